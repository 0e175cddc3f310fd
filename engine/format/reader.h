#pragma once

#include <functional>

#include <optional>

// Reading the files people write, one field at a time: where mistakes are collected (reporter.h), typed
// fields of one object (objectreader.h), and the readers of single values shared by both.

#include "diagnostic.h"
#include "jsondocument.h"
#include "localizedtext.h"
#include "objectreader.h"
#include "reporter.h"
#include "sourcemap.h"

#include <QSet>
#include <QStringList>

namespace saskati {

/// Reads a file's format version, the first field to read: true when it is `known`. Any other value (another
/// number, a string such as "one", null, ...) is one error, and the rest of the object is ignored: its other
/// problems would only be noise. A missing field is an error too, but reading goes on. `format` names the
/// format in messages ("scenario", "catalogue").
std::optional<int> readFormatVersion(ObjectReader &reader, QStringView field, int oldest, int newest,
                                     const QString &format);

bool isValidIdentifier(const QString &id);
QString describeType(json::Value value);
/// Reads a localized text ({"lv": "...", "en": "..."}) and reports missing or undeclared languages.
/// `what` names the text in messages; it is called only when there is one to write.
LocalizedText readText(Reporter &reporter, json::Value value, const std::function<QString()> &what,
                       const QStringList *languages);
inline LocalizedText readText(Reporter &reporter, json::Value value, const QString &what,
                              const QStringList *languages)
{
    return readText(
        reporter, value, [&] { return what; }, languages);
}

} // namespace saskati
