#pragma once

#include "catalog.h"
#include "scenario.h"

#include <QSet>
#include <QStringList>

namespace saskati {

/// The options a "judgement" question must offer.
QStringList judgementOptionIds();

/// The ILO/EC combination rule (docs/scoring.md, ../shared/domain.md): a dimension is positive with
/// 2 strong, or 1 strong + 1 medium/weak, or 3 medium, or 2 medium + 1 weak indicators.
bool isDimensionPositive(int strong, int medium, int weak);

struct IloAssessment {
    QSet<Dimension> positiveDimensions;
    QString judgement; // one of judgementOptionIds()
};

/// Applies the rule to a set of distinct indicators. An adult case needs a positive recruitment dimension,
/// positive exploitative conditions and a positive destination dimension; for a child the means are not
/// required, so positive exploitative conditions suffice. Exploitative conditions short of that read as a
/// labour-rights case.
IloAssessment assessIndicators(const QSet<QString> &indicatorIds, const Catalog &catalog, bool child);

/// Every indicator some cue of the scenario is tied to.
QSet<QString> scenarioIndicators(const Scenario &scenario);

/// The options a "derive-ilo" question of `kind` (judgement or dimensions) counts correct under `ilo`.
QStringList iloCorrectOptions(const IloAssessment &ilo, Question::Kind kind);

/// Fills the key of questions marked "derive-ilo" from the scenario's cues.
void deriveIloKeys(Scenario &scenario);

} // namespace saskati
