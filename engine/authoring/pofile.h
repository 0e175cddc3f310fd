#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace saskati::authoring {

/// One entry of a gettext PO file (https://www.gnu.org/software/gettext/manual/html_node/PO-Files.html) as
/// translators' tools (Poedit, Lokalize, Weblate) edit it: its context (msgctxt), source (msgid), translation
/// (msgstr), the notes for the translator (#.), where it comes from (#:) and whether it is marked fuzzy.
struct PoEntry {
    QString context;
    QString source;
    QString translation;
    QStringList notes;
    QStringList references;
    bool fuzzy = false;
    int line = 0; // where the entry starts in the file it was read from (1-based); 0 for a new one
};

/// A PO file: its header's fields (Language, Project-Id-Version, ...) in order, and its entries.
struct PoFile {
    QList<std::pair<QString, QString>> header;
    QList<PoEntry> entries;
    QString headerField(const QString &name) const;
};

/// The file as UTF-8 text: the header entry first, then each entry, strings escaped as C strings (\", \\, \n,
/// \t) and long or multi-line ones split over lines as gettext's tools write them, so `msgfmt --check`
/// accepts it and a tool's re-save changes little.
QByteArray writePo(const PoFile &file);

/// Reads a PO file's text. A mistake (a string not closed, a keyword out of place, an unknown escape) is a
/// diagnostic at `fileName`:line:column; reading then stops. Obsolete entries (#~) are skipped; plural forms
/// are refused (a scenario has none).
PoFile readPo(const QString &fileName, const QByteArray &text, Diagnostics *diagnostics);

} // namespace saskati::authoring
