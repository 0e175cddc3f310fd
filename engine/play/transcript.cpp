#include "transcript.h"

namespace saskati {

QStringList askedMoves(const PlaythroughState &state, const QString &sceneId)
{
    QStringList moves;
    for (const PathStep &step : state.path)
        if (step.scene == sceneId)
            moves.append(step.choice);
    return moves;
}

QList<TranscriptTurn> conversationTranscript(const Scenario &scenario, const PlaythroughState &state,
                                             const QString &sceneId)
{
    QList<TranscriptTurn> turns;
    const Scene *scene = scenario.scene(sceneId);
    if (!scene || !scene->isConversation())
        return turns;
    const Conversation rules(scenario, *scene);
    QStringList asked;
    for (const PathStep &step : state.path) {
        if (step.scene != sceneId)
            continue;
        const qsizetype move = rules.moveIndex(step.choice);
        if (move < 0)
            continue;
        const ConversationState before = rules.stateOf(step.variablesBefore, asked);
        const ConversationState after = rules.after(before, move);
        TranscriptTurn turn;
        turn.move = &rules.move(move);
        for (const ReplyLine &line : turn.move->reply)
            if (rules.says(line, before, after))
                turn.said.append(&line);
        turn.stateAfter = rules.personState(after);
        turns.append(turn);
        asked.append(step.choice);
    }
    return turns;
}

QList<const Line *> linesSaid(const Scenario &scenario, const PlaythroughState &state, const QString &sceneId)
{
    QList<const Line *> lines;
    const Scene *scene = scenario.scene(sceneId);
    if (!scene)
        return lines;
    for (const Line &line : scene->lines)
        lines.append(&line);
    for (const TranscriptTurn &turn : conversationTranscript(scenario, state, sceneId))
        for (const ReplyLine *line : turn.said)
            lines.append(line);
    return lines;
}

const PersonState *currentPersonState(const Scenario &scenario, const PlaythroughState &state)
{
    const Scene *scene = scenario.scene(state.scene);
    if (!scene || !scene->isConversation() || state.isFinished())
        return nullptr;
    const Conversation rules(scenario, *scene);
    return rules.personState(rules.stateOf(state.variables, askedMoves(state, state.scene)));
}

} // namespace saskati
