#pragma once

#include <QString>

namespace saskati::mirrorrows {

/// The table in which a copy of a server's results (engine/server/servermirror.h) keeps, for each row it
/// copied, the set the row belongs to, its key, its server version and the municipality it was recorded in. A
/// laptop's own results file has no such table. Named here, below both the server chapter that writes it and
/// the review that filters by it.
inline QString table()
{
    return QStringLiteral("mirror_rows");
}

/// The keys of one set's rows ("attempts", "seminars", ...) recorded in a municipality: one ?, its id.
inline QString keysIn(const QString &set)
{
    return QStringLiteral("SELECT key FROM %1 WHERE set_name = '%2' AND municipality = ?").arg(table(), set);
}

/// Each row of one set with its municipality: key, municipality.
inline QString municipalities(const QString &set)
{
    return QStringLiteral("SELECT key, municipality FROM %1 WHERE set_name = '%2'").arg(table(), set);
}

} // namespace saskati::mirrorrows
