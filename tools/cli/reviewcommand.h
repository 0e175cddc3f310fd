#pragma once

#include <QStringList>

/// `saskati-cli review overview|indicators|items|gain`: the coordinator's figures from a results database, as
/// a table or CSV (docs/cli.md, docs/review-statistics.md). `review report` is reportCommand().
int reviewCommand(const QStringList &args);
