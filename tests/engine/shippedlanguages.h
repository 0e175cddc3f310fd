#pragma once

// For tests that write one catalogue file beside copies of the shipped ones: the shipped catalogue declares
// its languages (lv, en, and any a translator has added since), and a file beside them must declare the same.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace testing {

/// The languages the catalogue in `directory` declares (its indicators.json).
inline QStringList catalogueLanguages(const QString &directory)
{
    QFile file(directory + QStringLiteral("/indicators.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList languages;
    for (const QJsonValue &language :
         QJsonDocument::fromJson(file.readAll()).object().value(u"languages").toArray())
        languages.append(language.toString());
    return languages;
}

/// `json`, written with "languages": ["lv", "en"] and texts {"lv": "...", "en": "..."} on one line each, in
/// the languages of the catalogue in `directory`: the list replaced, and each text given its English words in
/// every further language. Lines and columns stay where they were.
inline QString inCatalogueLanguages(QString json, const QString &directory)
{
    const QStringList languages = catalogueLanguages(directory);
    QStringList quoted;
    for (const QString &language : languages)
        quoted.append(u'"' + language + u'"');
    json.replace(QString::fromLatin1("\"languages\": [\"lv\", \"en\"]"),
                 QString::fromLatin1("\"languages\": [") + quoted.join(QString::fromLatin1(", ")) + u']');
    QString further;
    for (const QString &language : languages)
        if (language != u"lv" && language != u"en")
            further += QString::fromLatin1(", \"%1\": \"\\2\"").arg(language);
    static const QRegularExpression text(
        QString::fromLatin1("\\{\"lv\": \"([^\"]*)\", \"en\": \"([^\"]*)\"\\}"));
    return json.replace(text, QString::fromLatin1("{\"lv\": \"\\1\", \"en\": \"\\2") + u'"' + further + u'}');
}

} // namespace testing
