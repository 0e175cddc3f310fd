#include "interfacelanguages.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QTranslator>
#include <QVariantMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// Each translation names its own language: its translators write the name of theirs here.
const char *const nameContext = "InterfaceLanguages";
const struct {
    const char *source;
    const char *comment;
} ownName = QT_TRANSLATE_NOOP3("InterfaceLanguages", "English",
                               "The name of this translation's language, written in that language: Latviešu, "
                               "Русский");

QStringList codes()
{
    QStringList found;
    for (const QString &file : QDir(u":/i18n"_s).entryList({u"saskati_*.qm"_s}, QDir::Files))
        found.append(file.mid(8, file.size() - 8 - 3));
    // Latvian first, English second (the team's languages), then the rest by code.
    const auto rank = [](const QString &code) { return code == u"lv" ? 0 : code == u"en" ? 1 : 2; };
    std::ranges::sort(found, [&](const QString &a, const QString &b) {
        return std::pair(rank(a), a) < std::pair(rank(b), b);
    });
    return found;
}

} // namespace

QString interfaceLanguageName(const QString &code)
{
    // Read once per language: every library card asks on each change of language. (The GUI thread only.)
    static QHash<QString, QString> names;
    if (const auto known = names.constFind(code); known != names.cend())
        return *known;
    QTranslator translator;
    QString name = translator.load(u":/i18n/saskati_"_s + code)
                       ? translator.translate(nameContext, ownName.source, ownName.comment)
                       : QString();
    return names.insert(code, name.isEmpty() ? code : name).value();
}

QVariantList interfaceLanguages()
{
    QVariantList languages;
    for (const QString &code : codes())
        languages.append(QVariantMap{{u"code"_s, code}, {u"name"_s, interfaceLanguageName(code)}});
    return languages;
}

} // namespace saskati
