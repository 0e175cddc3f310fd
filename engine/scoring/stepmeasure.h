#pragma once

#include "playthrough.h"
#include "scenario.h"

namespace saskati {

/// The best points among the choices of `scene` whose conditions hold with `variables`.
int bestAvailable(const Scene &scene, const QHash<QString, int> &variables);

/// The choice a path step is scored by: PlaythroughState::scoredChoice (a seminar participant's vote), except
/// for a conversation's limit, which nobody chooses (it is the one way on once the turns have run out): that
/// counts as taken by everyone, worth its points of the same maximum, never a missing vote.
QString scoredChoiceAt(const Scenario &scenario, const PlaythroughState &state, const PathStep &step);

/// How a decision on the path is measured (scoring.md, sections 3.2 and 10).
struct StepMeasure {
    int best = 0;         // what the decision adds to the conduct maximum
    bool lowered = false; // it left less within reach than the best would have: a `choice` item
};
/// Step `step` of the path, decided by `choiceId` (the move taken, or a seminar participant's vote). An
/// ordinary scene: the best points among the choices whose conditions held then. A conversation: what the
/// move taken took from the most an interview of no more steps than this one took from there could still earn
/// (so the maxima of an interview add up to the best interview of its length), and `lowered` when `choiceId`
/// left less within reach than before. Until the conversation has ended, any length counts.
StepMeasure measureStep(const Scenario &scenario, const PlaythroughState &state, qsizetype step,
                        const QString &choiceId);

} // namespace saskati
