#pragma once

#include <QMap>
#include <QString>

namespace saskati {

/// One text in every language a file provides, keyed by language code ("lv", "en", ...).
/// Languages are data: a third language needs no code change.
class LocalizedText {
public:
    LocalizedText() = default;

    void set(const QString &language, const QString &text) { m_texts.insert(language, text); }
    bool has(const QString &language) const { return m_texts.contains(language); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    QStringList languages() const { return m_texts.keys(); }

    /// The text in `language`, else in `fallback`, else any text there is.
    QString text(const QString &language, const QString &fallback = QStringLiteral("en")) const {
        if (auto it = m_texts.constFind(language); it != m_texts.constEnd())
            return *it;
        if (auto it = m_texts.constFind(fallback); it != m_texts.constEnd())
            return *it;
        return m_texts.isEmpty() ? QString() : m_texts.first();
    }

    bool operator==(const LocalizedText &other) const = default;

private:
    QMap<QString, QString> m_texts;
};

} // namespace saskati
