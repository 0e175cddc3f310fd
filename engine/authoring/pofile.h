#pragma once

#include "diagnostic.h"
#include "translationfile.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace saskati::authoring {

// A gettext PO file (https://www.gnu.org/software/gettext/manual/html_node/PO-Files.html), as translators'
// tools (Poedit, Lokalize, Weblate) edit it: msgctxt is an entry's context (the stable id), msgid its source,
// msgstr its translation, #. its notes, #: its references, "#, fuzzy" its fuzzy mark.

/// The file as UTF-8 text: the header entry first, then each entry, strings escaped as C strings (\", \\, \n,
/// \t) and long or multi-line ones split over lines as gettext's tools write them, so `msgfmt --check`
/// accepts it and a tool's re-save changes little.
QByteArray writePo(const TranslationFile &file);

/// Reads a PO file's text. A mistake (a string not closed, a keyword out of place, an unknown escape) is a
/// diagnostic at `fileName`:line:column; reading then stops. Obsolete entries (#~) are skipped; plural forms
/// are refused (a scenario has none).
TranslationFile readPo(const QString &fileName, const QByteArray &text, Diagnostics *diagnostics);

} // namespace saskati::authoring
