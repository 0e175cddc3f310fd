#pragma once

#include <QStringList>

namespace saskati::cli {

/// `saskati-cli strings export|import`: a scenario's texts in a translator's file (gettext PO) and back
/// (docs/translating.md). Export writes every text with a stable id, the source and a reference language;
/// import brings one language back, reporting missing, stale and extra strings at the scenario's
/// file:line:column, and writes nothing until every text is translated (or --partial is given).
int stringsCommand(const QStringList &args);

} // namespace saskati::cli
