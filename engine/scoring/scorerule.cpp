#include "scorerule.h"

#include <algorithm>

namespace saskati {

int flagMax(const Scenario &scenario, const FlagTarget &target)
{
    return target.kind == FlagTarget::Kind::Cue ? std::max(0, scenario.flagPoints(target)) : 0;
}

int referralItemPoints(const ReferralKey &key, const ReferralItem &item, int basePoints, Urgency planned,
                       bool *urgencyMet)
{
    // Urgencies are ordered from the most urgent (immediate) to the least (when ready).
    const bool met = item.urgency != Urgency::WhenReady && int(planned) <= int(item.urgency);
    if (urgencyMet)
        *urgencyMet = item.urgency == Urgency::WhenReady || met;
    return basePoints + (met ? key.urgencyPoints : 0);
}

int referralItemMax(const ReferralKey &key, const ReferralItem &item, int basePoints)
{
    return referralItemPoints(key, item, basePoints, item.urgency);
}

int orderPoints(const ReferralKey &key, bool kept)
{
    return kept ? key.orderPoints : 0;
}

int referralMax(const ReferralKey &key)
{
    int sum = 0;
    for (const ReferralItem &item : key.required)
        sum += referralItemMax(key, item, key.requiredPoints);
    for (const ReferralItem &item : key.recommended)
        sum += referralItemMax(key, item, key.recommendedPoints);
    for (qsizetype i = 0; i < key.order.size(); ++i)
        sum += orderPoints(key, true);
    return sum;
}

int answerMax(const Question &question)
{
    return question.points;
}

void sumUpPath(const Scenario &scenario, const PathTally &tally, ScoreParts *points, ScoreParts *pathMax)
{
    *points = {};
    *pathMax = {};
    pathMax->recognition = tally.recognitionMax;
    points->recognition = std::clamp(tally.recognition, 0, tally.recognitionMax);
    pathMax->conduct = std::max(0, tally.conductMax);
    points->conduct = std::clamp(tally.conduct, 0, pathMax->conduct);
    if (tally.referralScene && scenario.referral) {
        pathMax->referral = referralMax(*scenario.referral);
        points->referral = std::clamp(tally.referral.value_or(0), 0, pathMax->referral);
    }
    if (tally.assessmentScene) {
        pathMax->assessment = tally.assessmentMax;
        points->assessment = tally.assessment;
    }
}

} // namespace saskati
