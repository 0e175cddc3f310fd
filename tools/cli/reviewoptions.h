#pragma once

#include "commandline.h"
#include "reviewqueries.h"

#include <memory>
#include <optional>

namespace saskati::cli {

/// Says what was wrong on stderr, pointing to `saskati-cli help`; returns Usage. (The review's commands do
/// not print the whole usage text, docs/cli.md.)
int reviewUsage(const QString &message);

/// The review's filters from the command line: --from, --to, --scenario, --lecturer, --seminar, --role,
/// --participant. Nullopt when --from or --to is not a date YYYY-MM-DD.
std::optional<ReviewFilter> reviewFilter(const Arguments &arguments);

/// The results database of --database (default: the app's), opened (migrated if older). Nullptr after saying
/// on stderr that there is none (nothing is created) or why it cannot be opened.
std::unique_ptr<ResultsStore> openExistingStore(const Arguments &arguments);

} // namespace saskati::cli
