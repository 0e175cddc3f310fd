#pragma once

#include "jsondocument.h"
#include "jsontree.h"

#include <QList>
#include <QString>

namespace saskati::authoring {

/// One translatable text of a scenario, as a translator's file carries it.
struct TranslationUnit {
    /// Stable across edits that move things: the text's path with each list item named by its id where it
    /// has one ("scenes[kitchen].choices[ask].text"), else by its place ("options[2]").
    QString id;
    json::Path path;   // where the text is in the scenario
    QString source;    // in the scenario's first language (the one translated from)
    QString reference; // in a second language, for the translator to compare
    QString target;    // the translation already written, if any
    /// For the translator: what the text is and who says it, and for a cue or a distractor what must
    /// survive the translation.
    QStringList notes;
};

/// Every text of `root` (a scenario) with a translation in `source`, in the file's order: its translation in
/// `reference` and in `target` where written. A text with no `source` translation is left out (there is
/// nothing to translate from).
QList<TranslationUnit> translationUnits(const json::Tree &root, const QString &source,
                                        const QString &reference, const QString &target);

/// The byte offset of the value at `path` below `root` in a parsed file, or -1 when there is none.
qsizetype offsetAt(json::Value root, const json::Path &path);

} // namespace saskati::authoring
