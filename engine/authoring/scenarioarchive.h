#pragma once

#include "authorfolder.h"
#include "result.h"

#include <QString>
#include <QStringList>

namespace saskati {

/// A scenario with its media as one ZIP file, for taking it to another laptop (libarchive): the scenario as
/// `scenarios/<file>.json` and each picture, sound and voice at the place its path names relative to it
/// (`../media/x/a.svg` is `media/x/a.svg`).
namespace scenarioarchive {

/// Writes `scenarioFile` and its media into `archive` (whole or not at all). A media file missing on disk or
/// outside the archive's folders is refused with its name.
Result<void> exportScenario(const QString &scenarioFile, const QString &archive);

/// Brings scenarios into the team's folder: a ZIP made by exportScenario, a scenario file (with its media),
/// or a folder of them. Each keeps its id; one the folder already has is refused, and nothing of that
/// scenario is written. Returns the files written.
Result<QStringList> importInto(const AuthorFolder &folder, const QString &source);

} // namespace scenarioarchive

} // namespace saskati
