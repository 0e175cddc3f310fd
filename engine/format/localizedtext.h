#pragma once

#include <QString>
#include <QStringList>
#include <QVarLengthArray>

namespace saskati {

/// One text in every language a file provides, keyed by language code ("lv", "en", ...).
/// Languages are data: a third language needs no code change. Two languages are stored inline: a scenario
/// holds tens of thousands of texts, and a map per text costs more to build and free than the rest of
/// loading.
class LocalizedText {
public:
    LocalizedText() = default;

    void set(const QString &language, const QString &text)
    {
        for (auto &entry : m_texts) {
            if (entry.first == language) {
                entry.second = text;
                return;
            }
        }
        m_texts.append({language, text});
    }
    bool has(const QString &language) const { return find(language) != nullptr; }
    bool isEmpty() const { return m_texts.isEmpty(); }
    QStringList languages() const
    {
        QStringList list;
        for (const auto &entry : m_texts)
            list.append(entry.first);
        return list;
    }

    /// The text in `language`, else in `fallback`, else any text there is.
    QString text(const QString &language, const QString &fallback = QStringLiteral("en")) const
    {
        if (const QString *t = find(language))
            return *t;
        if (const QString *t = find(fallback))
            return *t;
        return m_texts.isEmpty() ? QString() : m_texts.first().second;
    }

    bool operator==(const LocalizedText &other) const { return m_texts == other.m_texts; }

private:
    const QString *find(const QString &language) const
    {
        for (const auto &entry : m_texts)
            if (entry.first == language)
                return &entry.second;
        return nullptr;
    }

    QVarLengthArray<std::pair<QString, QString>, 2> m_texts;
};

} // namespace saskati
