#pragma once

#include <QString>
#include <QVariantList>

namespace saskati {

/// The interface languages the program has a translation for (Qt Linguist's .qm files built in under
/// ":/i18n"), Latvian first and English second, then the others by code: [{code, name}], each named in
/// itself ("Latviešu", "English", "Русский") by its own translation. A language is added by adding its .ts
/// file (qml/CMakeLists.txt): no code names it.
QVariantList interfaceLanguages();

/// The name of `code`'s interface language in itself, or the code when there is no translation for it.
QString interfaceLanguageName(const QString &code);

} // namespace saskati
