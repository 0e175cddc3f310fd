#pragma once

#include "jsontree.h"

#include <QStringList>

namespace saskati::authoring {

/// Ids that other parts of a scenario name, so that renaming one renames it where it is used
/// (docs/scenario-format.md): a variable in the `var` of every condition and effect, a planted detail in
/// every `plants` and `restsOn`.
enum class NamedId { Variable, PlantedDetail };

/// The paths of the string values naming `id` as a `kind` ("scenes[1].choices[0].conditions[0].var",
/// "scenes[2].moves[0].reply[0].plants", "questions[0].options[2].restsOn[0]"), in the file's order.
QList<json::Path> usesOf(const json::Tree &root, NamedId kind, const QString &id);

/// The paths of the scenario's localized texts: objects whose members are all translations, at least one in
/// `languages`, like {"lv": "...", "en": "..."}; a translation in an undeclared language ({"lv": "...", "de":
/// "..."}) does not make it less of a text. A line's `voice` is left out: its values are recordings,
/// which a new language does not have yet.
QList<json::Path> localizedTexts(const json::Tree &root, const QStringList &languages);
/// A language code as BCP 47 starts it: two or three lowercase letters, and a region or variant after a '-'
/// ("ru", "ltg", "pt-br"). A text may hold a translation in a language its file has not declared (the loader
/// warns), and it is still a text.
bool isLanguageCode(QStringView key);
/// The paths of the lines' `voice` objects (a recording per language).
QList<json::Path> voices(const json::Tree &root);

} // namespace saskati::authoring
