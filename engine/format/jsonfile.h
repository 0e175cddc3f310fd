#pragma once

#include "diagnostic.h"
#include "jsondocument.h"
#include "sourcemap.h"

namespace saskati {

/// A JSON file read from disk with the map needed to report positions in it.
struct JsonFile {
    QString path;
    QByteArray bytes;
    SourceMap sourceMap;
    json::Document document;
    bool ok = false;
};

/// Files larger than this are refused before parsing (a scenario of 10,000 scenes is ~10 MiB).
inline constexpr qsizetype maxJsonFileBytes = 64 * 1024 * 1024;

/// Reads a file's bytes, refusing missing, unreadable and oversized files with a diagnostic.
bool readFileBytes(const QString &path, QByteArray *bytes, Diagnostics *diagnostics);
/// Reads and parses `path`; on any failure (missing, unreadable, too large, not JSON, duplicate keys) adds
/// diagnostics. `ok` is true when the document can be read further (duplicate keys are reported but
/// readable).
JsonFile readJsonFile(const QString &path, Diagnostics *diagnostics);
/// The same for bytes already in memory (tests, fuzzing); `path` only names the file in diagnostics.
JsonFile parseJsonBytes(const QString &path, const QByteArray &bytes, Diagnostics *diagnostics);

} // namespace saskati
