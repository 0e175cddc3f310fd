#include "sourcemap.h"

#include <algorithm>

namespace saskati {

namespace {

// UTF-8 continuation bytes (10xxxxxx) do not start a character.
inline bool startsCodePoint(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}

} // namespace

SourceMap::SourceMap(const QByteArray &bytes)
    : m_bytes(bytes)
    , m_byteOrderMark(bytes.startsWith("\xEF\xBB\xBF"))
{
    m_lineStarts.push_back(0);
    m_checkpoints.reserve(size_t(bytes.size() / checkpointBytes + 1));
    const char *data = bytes.constData();
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i % checkpointBytes == 0)
            m_checkpoints.push_back(codePoints);
        codePoints += startsCodePoint(data[i]);
        if (data[i] == '\n')
            m_lineStarts.push_back(i + 1);
    }
    if (bytes.size() % checkpointBytes == 0)
        m_checkpoints.push_back(codePoints);
}

qsizetype SourceMap::codePointsBefore(qsizetype offset) const
{
    const qsizetype checkpoint = offset / checkpointBytes;
    qsizetype count = m_checkpoints[size_t(checkpoint)];
    const char *data = m_bytes.constData();
    for (qsizetype i = checkpoint * checkpointBytes; i < offset; ++i)
        count += startsCodePoint(data[i]);
    return count;
}

SourcePosition SourceMap::position(qsizetype byteOffset) const
{
    if (m_lineStarts.empty())
        return {1, 1};
    byteOffset = std::clamp<qsizetype>(byteOffset, 0, m_bytes.size());
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), byteOffset);
    const auto lineIndex = std::distance(m_lineStarts.begin(), it) - 1;
    qsizetype lineStart = m_lineStarts[size_t(lineIndex)];
    // The byte-order mark is no character an editor shows: line 1 starts after it.
    if (lineIndex == 0 && m_byteOrderMark)
        lineStart = std::min<qsizetype>(3, byteOffset);
    const qsizetype column = 1 + codePointsBefore(byteOffset) - codePointsBefore(lineStart);
    return {int(lineIndex) + 1, int(column)};
}

} // namespace saskati
