#pragma once

#include <QStringList>

namespace saskati::cli {

/// `saskati-cli import-twine FILE [--output FILE] [--language lv|en]`: a Twine story (Twee 3 text) as a
/// scenario skeleton in the editor's layout (docs/authoring.md), with what could not be brought in reported
/// at the Twee file's line and column.
int importTwineCommand(const QStringList &args);

} // namespace saskati::cli
