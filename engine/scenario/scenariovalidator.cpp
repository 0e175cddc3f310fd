// The order of the validator's checks (each concern is in its own file, see scenariochecks_p.h): references
// first, because the graph checks follow them and would trip over a broken one.
#include "scenariovalidator.h"

#include "scenariochecks_p.h"

namespace saskati {

void validateScenario(const Scenario &scenario, const ValidationInput &input, Reporter &reporter)
{
    checkCatalogueReferences(scenario, input, reporter);
    checkMediaFiles(scenario, input, reporter);
    checkStartAndTargets(scenario, input, reporter);
    checkVariables(scenario, reporter);
    checkPlantedDetails(scenario, input, reporter);
    if (reporter.errorCount() > 0)
        return; // the graph below needs every reference resolved
    const SceneLinks links = sceneLinks(scenario);
    checkReachability(scenario, links, reporter);
    const int errorsBefore = reporter.errorCount();
    checkLoops(scenario, links, reporter);
    if (reporter.errorCount() == errorsBefore) {
        checkOnePlanPerPath(scenario, links, reporter); // needs an acyclic graph
        checkConversations(scenario, reporter);
    }
    checkConditions(scenario, reporter);
    checkKeysAreAsked(scenario, reporter);
    checkReferralKey(scenario, reporter);
    checkJudgementKeys(scenario, reporter);
    checkBreachSeverities(scenario, reporter);
}

} // namespace saskati
