#pragma once

#include <QString>
#include <QStringList>

namespace saskati {

/// One text in every language a file provides, keyed by language code ("lv", "en", ...).
/// Languages are data: a third language needs no code change. A scenario holds hundreds of thousands of
/// texts, so all of one text's translations share one allocation (see m_block), and a missing text costs
/// none; the QStrings handed out share that allocation too instead of copying it.
class LocalizedText {
public:
    LocalizedText() = default;

    void set(const QString &language, const QString &text);
    bool has(const QString &language) const { return !find(language).isNull(); }
    bool isEmpty() const { return m_block.isEmpty(); }
    QStringList languages() const;

    /// The text in `language`, else in `fallback`, else any text there is.
    QString text(const QString &language, const QString &fallback = QStringLiteral("en")) const;

    bool operator==(const LocalizedText &other) const { return m_block == other.m_block; }

private:
    friend class LocalizedTextWriter; // the file reader writes translations straight into a block

    /// One translation in m_block: its language code's length (two units, low first), the code, the text's
    /// length (two units), the text and a NUL ending it (a shared text is NUL-terminated like any QString).
    struct Entry {
        QStringView language;
        QStringView text;
    };
    static constexpr qsizetype entryOverhead = 5;
    /// The entry at `*at` of the encoded `block`; `*at` moves on to the next.
    static Entry entryAt(const char16_t *block, qsizetype *at);
    static char16_t *writeEntry(char16_t *out, QStringView language, QStringView text);
    static char16_t *writeLength(char16_t *out, qsizetype length);
    /// The translation in `language` among the first `size` units of `block`; null text when there is none.
    static QStringView find(const char16_t *block, qsizetype size, QStringView language);
    QStringView find(QStringView language) const;
    /// `part` of m_block as a QString that shares m_block's allocation.
    QString share(QStringView part) const;

    QString m_block; // the encoded translations, in the order set; null when there are none
};

/// For file readers: a LocalizedText's translations written in place (decoded straight from the file), in one
/// allocation made up front, instead of a QString each. Languages must differ (has() says if one is taken).
class LocalizedTextWriter {
public:
    /// The room one translation of at most `maxLength` units takes.
    static qsizetype room(QStringView language, qsizetype maxLength)
    {
        return language.size() + maxLength + LocalizedText::entryOverhead;
    }
    /// Room for translations whose room() adds up to `capacity`.
    explicit LocalizedTextWriter(qsizetype capacity);

    bool has(QStringView language) const;
    /// Starts a translation in `language`: write its text from the place returned, within the room announced.
    char16_t *begin(QStringView language);
    /// Ends the translation begun last, whose text ends at `end`.
    void end(const char16_t *end);
    LocalizedText take();

private:
    QString m_block;
    char16_t *m_data = nullptr;
    char16_t *m_text = nullptr; // the start of the translation being written
    qsizetype m_used = 0;
};

} // namespace saskati
