#pragma once

#include "reader.h"
#include "scenario.h"

namespace saskati {

/// What the reader saw of references, with where each was written.
struct ValidationInput {
    using Refs = QList<std::pair<QString, qsizetype>>;
    Refs indicators, institutions, principles, speakers, media, roles, questionTypes, plantedDetails;
    qsizetype startOffset = 0;
    qsizetype formOffset = 0;
    qsizetype languagesOffset = 0;
    bool checkMediaFiles = true;
};

/// Cross-reference and graph checks on a structurally sound scenario: unknown references, unreachable scenes,
/// scenes with no way to an ending, loops, conditions that never hold, missing media, inconsistent keys.
void validateScenario(const Scenario &scenario, const ValidationInput &input, Reporter &reporter);

} // namespace saskati
