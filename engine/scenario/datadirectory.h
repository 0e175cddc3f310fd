#pragma once

#include <QString>

namespace saskati {

/// The shipped scenarios (with catalog/ in them; media/ beside them): installed, `<prefix>/share/saskati/
/// scenarios` next to the program's `bin/`; run from the build folder, the source tree's `scenarios/`.
QString shippedScenarioDirectory();

/// The shipped catalogue: `catalog/` in the shipped scenarios.
QString shippedCatalogDirectory();

} // namespace saskati
