#pragma once

#include <QStringList>

namespace saskati::cli {

/// `saskati-cli format [--check] FILE...`: rewrites JSON files (scenarios, catalogues) in the layout the
/// authoring editor saves (docs/scenario-format.md, section 8), so that a change reviewed in git shows only
/// the lines it made. A file that is not JSON is reported at file:line:column and left as it is.
int formatCommand(const QStringList &args);

} // namespace saskati::cli
