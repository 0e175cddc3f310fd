#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace saskati::authoring {

/// One text in a translator's file, whatever the format (gettext PO, XLIFF 1.2): its stable id, source,
/// translation, the notes for the translator, where it comes from, and whether the translation still needs a
/// look (PO's fuzzy flag, an XLIFF state "needs-…").
struct TranslationEntry {
    QString context; // the stable id (PO msgctxt, XLIFF trans-unit id)
    QString source;
    QString translation;
    QStringList notes;
    QStringList references; // "file:line"
    bool fuzzy = false;
    int line = 0; // where the entry starts in the file it was read from (1-based); 0 for a new one
};

/// A translator's file: its header's fields in order (PO's header entry; for XLIFF, Language and
/// X-Saskati-Source-Language are its file's target and source languages, X-Saskati-Original its original),
/// and its entries.
struct TranslationFile {
    QList<std::pair<QString, QString>> header;
    QList<TranslationEntry> entries;
    QString headerField(const QString &name) const;
};

} // namespace saskati::authoring
