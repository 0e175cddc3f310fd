#pragma once

#include "scenario.h"
#include "scoreparts.h"
#include "scorerule.h"

namespace saskati {

/// The most recognition points the cues of one scene can give.
int recognitionMax(const Scenario &scenario, const Scene &scene);
/// The most all assessment questions can earn.
int assessmentMax(const Scenario &scenario);
/// The most the visit to `scene` itself can add (its cues; the plan or the questions if it asks for them).
ScoreParts sceneMax(const Scenario &scenario, const Scene &scene);

/// The best score reachable in the whole scenario from `fromScene` (default: the start), over every path to
/// an ending. Variable conditions are ignored, so this is an upper bound. Requires an acyclic scene graph.
ScoreParts bestReachable(const Scenario &scenario, const QString &fromScene = {});
/// bestReachable() from the start, computed once per scenario (thread-safe) and kept with it.
const ScoreParts &bestScore(const Scenario &scenario);

} // namespace saskati
