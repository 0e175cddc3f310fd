// Severity: the same behaviour costs the same everywhere. A choice that breaks a conduct principle is scored
// at the catalogue's default severity for it, or says in 'severityReason' why this case is graver or milder.
#include "scenariochecks_p.h"

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// What the choice's scoring amounts to; nullopt for a choice that breaks nothing.
std::optional<BreachSeverity> scoredSeverity(const Choice &choice)
{
    if (choice.criticalError)
        return BreachSeverity::Critical;
    if (choice.points >= 0)
        return std::nullopt;
    return choice.points == -1 ? BreachSeverity::Minor : BreachSeverity::Serious;
}

QString howToScore(BreachSeverity severity)
{
    switch (severity) {
    case BreachSeverity::Minor:
        return u"−1 points and no criticalError"_s;
    case BreachSeverity::Serious:
        return u"−2 or −3 points and no criticalError"_s;
    case BreachSeverity::Critical:
        return u"a criticalError"_s;
    }
    return {};
}

} // namespace

void checkBreachSeverities(const Scenario &s, Reporter &reporter)
{
    const Catalog *catalog = s.catalog.get();
    if (!catalog)
        return;
    for (const Scene &scene : s.scenes) {
        for (const Choice &choice : scene.choices) {
            const std::optional<BreachSeverity> scored = scoredSeverity(choice);
            const bool hasReason = !choice.severityReason.isEmpty();
            if (!scored) {
                if (hasReason)
                    reporter.warning(choice.severityReasonOffset,
                                     u"choice '%1' breaks no principle (it loses no points), so its "
                                     u"'severityReason' explains nothing; remove it"_s.arg(choice.id));
                continue;
            }
            // A choice that names no principle is not compared with anything.
            const QString chief = choice.chiefPrinciple();
            const auto principle = catalog->principles.constFind(chief);
            if (principle == catalog->principles.cend() || !principle->breach)
                continue;
            const BreachSeverity expected = *principle->breach;
            if (expected == *scored) {
                if (hasReason)
                    reporter.warning(
                        choice.severityReasonOffset,
                        u"choice '%1' is scored at the catalogue's default for '%2' (%3), so its "
                        u"'severityReason' explains no difference; remove it"_s.arg(
                            choice.id, chief, breachSeverityId(expected)));
            } else if (!hasReason) {
                reporter.error(choice.offset,
                               u"choice '%1' breaks '%2', which the catalogue rates %3 (principles.json "
                               u"'breach'), but it is scored %4; give it %5, or say in 'severityReason' why "
                               u"this case is different"_s.arg(choice.id, chief, breachSeverityId(expected),
                                                               breachSeverityId(*scored),
                                                               howToScore(expected)));
            }
        }
    }
}

} // namespace saskati
