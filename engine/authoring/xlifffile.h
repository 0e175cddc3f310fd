#pragma once

// XLIFF 1.2 (http://docs.oasis-open.org/xliff/v1.2/os/xliff-core.html), the exchange format Lokalize, Qt
// Linguist, Weblate and translation memories read: one <file> with the source and target languages, one
// <trans-unit> per entry (id: the stable id; <source>, <target> with its state, <note>s, where it comes from
// as a <context-group>).

#include "diagnostic.h"
#include "translationfile.h"

#include <QByteArray>

namespace saskati::authoring {

/// The file as UTF-8 XML, valid against the XLIFF 1.2 strict schema. A target is "translated", or
/// "needs-review-translation" when the entry is fuzzy, or "needs-translation" (and empty) when there is none.
QByteArray writeXliff(const TranslationFile &file);

/// Reads XLIFF 1.2 text. Not XML, not XLIFF 1.2, or a trans-unit without an id or a source: a diagnostic at
/// `fileName`:line:column; reading then stops. A target whose state starts with "needs-" (or is "new") is
/// read as fuzzy: not taken until someone checks it. Units may be in groups; only the first <file> is read.
TranslationFile readXliff(const QString &fileName, const QByteArray &text, Diagnostics *diagnostics);

} // namespace saskati::authoring
