#include "stepmeasure.h"

#include "conversation.h"

#include <algorithm>

namespace saskati {

int bestAvailable(const Scene &scene, const QHash<QString, int> &variables)
{
    std::optional<int> best;
    for (const Choice &choice : scene.choices)
        if (std::all_of(choice.conditions.begin(), choice.conditions.end(),
                        [&](const Condition &c) { return c.holds(variables.value(c.variable)); }))
            best = std::max(best.value_or(choice.points), choice.points);
    return best.value_or(0);
}

QString scoredChoiceAt(const Scenario &scenario, const PlaythroughState &state, const PathStep &step)
{
    const Choice *taken = scenario.choice(step.choice);
    return taken && taken->isLimit ? step.choice : state.scoredChoice(step);
}

StepMeasure measureStep(const Scenario &scenario, const PlaythroughState &state, qsizetype step,
                        const QString &choiceId)
{
    const PathStep &at = state.path.at(step);
    const Choice *choice = scenario.choice(choiceId);
    const int points = choice ? choice->points : 0;
    const int sceneIndex = scenario.sceneIndex.value(at.scene);
    const Scene &scene = scenario.scenes.at(sceneIndex);
    if (!scene.isConversation()) {
        const int best = bestAvailable(scene, at.variablesBefore);
        return {best, choice && points < best};
    }
    const Conversation rules(scenario, scene);
    // The scene's steps on the path are consecutive (scenes do not repeat on a path).
    qsizetype first = step, last = step;
    while (first > 0 && state.path.at(first - 1).scene == at.scene)
        --first;
    while (last + 1 < state.path.size() && state.path.at(last + 1).scene == at.scene)
        ++last;
    QStringList askedBefore;
    for (qsizetype i = first; i < step; ++i)
        askedBefore.append(state.path.at(i).choice);
    const ConversationState before = rules.stateOf(at.variablesBefore, askedBefore);
    // The yardstick: the best interview with no more steps than this one took from here on, so that how the
    // trainee asked is measured and not how long (what a longer one would have heard is recognition's
    // "undisclosed"). While the conversation goes on, its length is not known yet: any length counts.
    const bool ended = rules.exitOf(rules.moveIndex(state.path.at(last).choice)) != nullptr;
    const int steps = ended ? int(last - step + 1) : int(rules.moveCount() + 1);
    const auto leftAfter = [&](const QString &moveId) {
        const qsizetype move = rules.moveIndex(moveId);
        if (move < 0 || rules.exitOf(move))
            return 0;
        return conversationConductWithin(scenario, sceneIndex, rules.after(before, move), steps - 1);
    };
    const int leftBefore = conversationConductWithin(scenario, sceneIndex, before, steps);
    const int leftAfterTaken = leftAfter(at.choice);
    // A participant's vote other than the move taken is measured against the same yardstick, and never above
    // it: a good vote on a path the room made worse still earns its points in full.
    int best = std::max(0, leftBefore - leftAfterTaken);
    if (choice && !choice->criticalError)
        best = std::max(best, points);
    const int leftAfterChosen = choiceId == at.choice ? leftAfterTaken : leftAfter(choiceId);
    return {best, choice && points + leftAfterChosen < leftBefore};
}

} // namespace saskati
