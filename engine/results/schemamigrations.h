#pragma once

#include <QList>
#include <QStringList>

namespace saskati {

/// The results database's schema as its history: step N (at index N-1) is the SQL that brings version N-1 to
/// N, run in one transaction (docs/results-store.md, "Migrations"). A released step is never edited: a change
/// is a new step, and ResultsDatabase::schemaVersion grows with it.
const QList<QStringList> &schemaMigrations();

} // namespace saskati
