#pragma once

#include "commandline.h"

#include <QStringList>

namespace saskati {
class ResultsStore;
}

/// `saskati-cli results list|export|xapi|import|erase|restore|reindex`: a results database's contents,
/// bundles in and out, erasure and repair (docs/cli.md).
int resultsCommand(const QStringList &args);

namespace saskati::cli {

/// The results database `--database` names, or the app's.
QString databasePath(const Arguments &a);
/// Opens the store; says why not on stderr.
bool openStore(ResultsStore &store);

} // namespace saskati::cli
