#pragma once

#include "scenario.h"

namespace saskati {

/// Points in the four parts of a score. Used for results and for the maxima they are measured against.
struct ScoreParts {
    int recognition = 0;
    int conduct = 0;
    int referral = 0;
    int assessment = 0;
    int total() const { return recognition + conduct + referral + assessment; }
    ScoreParts &operator+=(const ScoreParts &o) {
        recognition += o.recognition;
        conduct += o.conduct;
        referral += o.referral;
        assessment += o.assessment;
        return *this;
    }
    bool operator==(const ScoreParts &) const = default;
};

/// The most recognition points the cues of one scene can give.
int recognitionMax(const Scenario &scenario, const Scene &scene);
/// The most a referral plan can earn against the key.
int referralMax(const ReferralKey &key);
/// The most all assessment questions can earn.
int assessmentMax(const Scenario &scenario);
/// The most the visit to `scene` itself can add (its cues; the plan or the questions if it asks for them).
ScoreParts sceneMax(const Scenario &scenario, const Scene &scene);

/// The best score reachable in the whole scenario from `fromScene` (default: the start), over every path to
/// an ending. Variable conditions are ignored, so this is an upper bound. Requires an acyclic scene graph.
ScoreParts bestReachable(const Scenario &scenario, const QString &fromScene = {});

} // namespace saskati
