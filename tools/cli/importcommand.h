#pragma once

#include <QStringList>

namespace saskati::cli {

/// `saskati-cli import-twine FILE [--output FILE] [--language lv|en]`: a Twine story (Twee 3 text) as a
/// scenario skeleton in the editor's layout (docs/authoring.md), with what could not be brought in reported
/// at the Twee file's line and column.
int importTwineCommand(const QStringList &args);

/// `saskati-cli export-scenario FILE --output ZIP`: the scenario with its media as one ZIP for another
/// laptop.
int exportScenarioCommand(const QStringList &args);

/// `saskati-cli import-scenarios SOURCE [--folder DIR]`: a ZIP another laptop exported, a scenario file or a
/// folder of them into the team's folder (default: the app's, authoring/ in the user's data folder).
int importScenariosCommand(const QStringList &args);

} // namespace saskati::cli
