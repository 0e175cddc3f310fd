// LocalizedText's one block of translations: how it is written, searched and shared.
#include "localizedtext.h"

namespace saskati {

namespace {

const char16_t *unitsOf(const QString &block)
{
    return reinterpret_cast<const char16_t *>(block.constData());
}

qsizetype readLength(const char16_t *at)
{
    return qsizetype(at[0]) | (qsizetype(at[1]) << 16);
}

} // namespace

char16_t *LocalizedText::writeLength(char16_t *out, qsizetype length)
{
    out[0] = char16_t(length & 0xFFFF);
    out[1] = char16_t((length >> 16) & 0xFFFF);
    return out + 2;
}

char16_t *LocalizedText::writeEntry(char16_t *out, QStringView language, QStringView text)
{
    out = writeLength(out, language.size());
    out = std::copy(language.utf16(), language.utf16() + language.size(), out);
    out = writeLength(out, text.size());
    out = std::copy(text.utf16(), text.utf16() + text.size(), out);
    *out = u'\0';
    return out + 1;
}

LocalizedText::Entry LocalizedText::entryAt(const char16_t *block, qsizetype *at)
{
    const qsizetype languageLength = readLength(block + *at);
    const char16_t *language = block + *at + 2;
    const qsizetype textLength = readLength(language + languageLength);
    const char16_t *text = language + languageLength + 2;
    *at = (text + textLength + 1) - block;
    return {QStringView(language, languageLength), QStringView(text, textLength)};
}

QStringView LocalizedText::find(const char16_t *block, qsizetype size, QStringView language)
{
    for (qsizetype at = 0; at < size;) {
        const Entry entry = entryAt(block, &at);
        if (entry.language == language)
            return entry.text;
    }
    return {};
}

QStringView LocalizedText::find(QStringView language) const
{
    return find(unitsOf(m_block), m_block.size(), language);
}

QString LocalizedText::share(QStringView part) const
{
    // The block's own pointer, moved to the part: copying it counts one more user of the allocation, so
    // the part stays valid after this text is gone, and changing it copies it first like any shared QString.
    QString::DataPointer shared = m_block.data_ptr();
    shared.setBegin(const_cast<char16_t *>(part.utf16()));
    shared.size = part.size();
    return QString(std::move(shared));
}

void LocalizedText::set(const QString &language, const QString &text)
{
    QString block(m_block.size() + language.size() + text.size() + entryOverhead, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(block.data());
    char16_t *const start = out;
    bool replaced = false;
    for (qsizetype at = 0; at < m_block.size();) {
        const Entry entry = entryAt(unitsOf(m_block), &at);
        replaced = replaced || entry.language == language;
        out = writeEntry(out, entry.language, entry.language == language ? QStringView(text) : entry.text);
    }
    if (!replaced)
        out = writeEntry(out, language, text);
    block.resize(out - start);
    m_block = std::move(block);
}

QStringList LocalizedText::languages() const
{
    QStringList list;
    // Copies, not shared parts: a language code has no NUL after it in the block, and a QString is expected
    // to end in one (utf16(), C APIs).
    for (qsizetype at = 0; at < m_block.size();)
        list.append(entryAt(unitsOf(m_block), &at).language.toString());
    return list;
}

QString LocalizedText::text(const QString &language, const QString &fallback) const
{
    if (m_block.isEmpty())
        return {};
    if (const QStringView t = find(language); !t.isNull())
        return share(t);
    if (const QStringView t = find(fallback); !t.isNull())
        return share(t);
    qsizetype first = 0;
    return share(entryAt(unitsOf(m_block), &first).text);
}

LocalizedTextWriter::LocalizedTextWriter(qsizetype capacity)
{
    if (capacity <= 0)
        return;
    m_block = QString(capacity, Qt::Uninitialized);
    m_data = reinterpret_cast<char16_t *>(m_block.data());
}

bool LocalizedTextWriter::has(QStringView language) const
{
    return !LocalizedText::find(m_data, m_used, language).isNull();
}

char16_t *LocalizedTextWriter::begin(QStringView language)
{
    char16_t *out = LocalizedText::writeLength(m_data + m_used, language.size());
    out = std::copy(language.utf16(), language.utf16() + language.size(), out);
    m_text = out + 2; // the text's length is written by end()
    return m_text;
}

void LocalizedTextWriter::end(const char16_t *end)
{
    LocalizedText::writeLength(m_text - 2, end - m_text);
    m_data[end - m_data] = u'\0';
    m_used = end - m_data + 1;
}

LocalizedText LocalizedTextWriter::take()
{
    LocalizedText text;
    if (m_used == 0)
        return text;
    m_block.resize(m_used);
    text.m_block = std::move(m_block);
    return text;
}

} // namespace saskati
