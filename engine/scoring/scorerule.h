#pragma once

#include "scenario.h"
#include "scoreparts.h"

#include <optional>

namespace saskati {

/// The scoring rule, part by part (docs/scoring.md): what each thing a trainee does earns, and the most it
/// can earn. Everything that scores — the full score with its feedback (scoring.cpp), the maxima over the
/// scenario (scorebounds.cpp) and the live totals (scoretracker.cpp) — asks these functions, so a change to
/// the rule is made here once.

/// Recognition: what flagging `target` earns is Scenario::flagPoints() (a cue its weight, a distractor or
/// plain text a negative penalty). The most flagging it can add: a cue's weight; nothing for what is not a
/// cue.
int flagMax(const Scenario &scenario, const FlagTarget &target);

/// Referral: a wanted item (required: `basePoints` = key.requiredPoints, recommended: recommendedPoints)
/// fulfilled by a step planned with `planned` urgency earns its points, and the urgency points when the item
/// asks for an urgency and the step is at least that urgent (`urgencyMet`).
int referralItemPoints(const ReferralKey &key, const ReferralItem &item, int basePoints, Urgency planned,
                       bool *urgencyMet = nullptr);
/// The most a wanted item can earn: fulfilled with the urgency it asks for.
int referralItemMax(const ReferralKey &key, const ReferralItem &item, int basePoints);
/// An order constraint kept earns key.orderPoints.
int orderPoints(const ReferralKey &key, bool kept);
/// The most a referral plan can earn against the key: every wanted item at its urgency, every order kept.
int referralMax(const ReferralKey &key);

/// Assessment: the most a question gives (its points, for the answer the key expects).
int answerMax(const Question &question);

/// What a path adds up to before each part is kept within its maximum.
struct PathTally {
    int recognition = 0; // cue weights found minus penalties, over the scenes visited
    int recognitionMax = 0;
    int conduct = 0;    // the points of the choices taken (or voted for)
    int conductMax = 0; // each of those decisions measured (measureStep)
    bool referralScene = false;
    std::optional<int> referral; // the submitted plan's points, if one was submitted
    bool assessmentScene = false;
    int assessment = 0;
    int assessmentMax = 0;
};
/// The points and the path's maxima: recognition and conduct kept between 0 and their maximum; the referral
/// and the assessment count only once their scene was reached.
void sumUpPath(const Scenario &scenario, const PathTally &tally, ScoreParts *points, ScoreParts *pathMax);

} // namespace saskati
