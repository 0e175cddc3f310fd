#include "planteddetails.h"

#include "stepmeasure.h"
#include "transcript.h"

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// The path step at which `move` was asked in `scene` (the first such step), or -1.
qsizetype stepOf(const PlaythroughState &state, const QString &scene, const Choice *move)
{
    for (qsizetype i = 0; i < state.path.size(); ++i)
        if (state.path.at(i).scene == scene && state.path.at(i).choice == move->id)
            return i;
    return -1;
}

QList<ActionOnDetail> actionsOn(const Scenario &scenario, const PlaythroughState &state,
                                const QString &detail, const ReplyLine &line, qsizetype plantedAt)
{
    QList<ActionOnDetail> actions;
    // Choices and votes after the question: acting on what it produced.
    for (qsizetype i = plantedAt + 1; i < state.path.size(); ++i) {
        const Choice *choice = scenario.choice(scoredChoiceAt(scenario, state, state.path.at(i)));
        if (choice && choice->restsOn.contains(detail))
            actions.append({ActionOnDetail::Kind::Choice, choice->id});
    }
    for (const Question &q : scenario.questions)
        for (const AnswerOption &o : q.options)
            if (o.restsOn.contains(detail) && state.answers.value(q.id).contains(o.id))
                actions.append({ActionOnDetail::Kind::Answer, q.id + u'/' + o.id});
    if (scenario.referral && state.referral)
        for (const ReferralItem &item : scenario.referral->harmful)
            if (item.restsOn.contains(detail))
                for (const ReferralStep &step : *state.referral)
                    if (item.isFulfilledBy(step.institution))
                        actions.append({ActionOnDetail::Kind::Referral, step.institution});
    // Flagging the planted words as a sign takes them for evidence.
    for (const Segment &segment : line.segments)
        if (state.flags.contains(segment.id))
            actions.append({ActionOnDetail::Kind::Flag, segment.id});
    return actions;
}

} // namespace

QList<PlantedInAttempt> plantedInAttempt(const Scenario &scenario, const PlaythroughState &state)
{
    QList<PlantedInAttempt> planted;
    if (scenario.plantedDetails.isEmpty())
        return planted;
    QSet<QString> seen;
    for (const QString &sceneId : state.visitedScenes())
        for (const TranscriptTurn &turn : conversationTranscript(scenario, state, sceneId))
            for (const ReplyLine *line : turn.said) {
                if (line->plants.isEmpty() || seen.contains(line->plants))
                    continue;
                const PlantedDetail *detail = scenario.plantedDetail(line->plants);
                if (!detail)
                    continue;
                seen.insert(line->plants);
                planted.append(
                    {detail, turn.move, line,
                     actionsOn(scenario, state, detail->id, *line, stepOf(state, sceneId, turn.move))});
            }
    return planted;
}

} // namespace saskati
