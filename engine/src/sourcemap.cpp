#include "sourcemap.h"

#include <algorithm>

namespace saskati {

SourceMap::SourceMap(const QByteArray &bytes)
    : m_bytes(bytes)
{
    m_lineStarts.push_back(0);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n')
            m_lineStarts.push_back(i + 1);
    }
}

SourcePosition SourceMap::position(qsizetype byteOffset) const
{
    if (m_lineStarts.empty())
        return {1, 1};
    byteOffset = std::clamp<qsizetype>(byteOffset, 0, m_bytes.size());
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), byteOffset);
    const auto lineIndex = std::distance(m_lineStarts.begin(), it) - 1;
    const qsizetype lineStart = m_lineStarts[size_t(lineIndex)];
    // Count code points, not bytes: UTF-8 continuation bytes (10xxxxxx) do not start a character.
    int column = 1;
    for (qsizetype i = lineStart; i < byteOffset; ++i) {
        if ((static_cast<unsigned char>(m_bytes.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return {int(lineIndex) + 1, column};
}

} // namespace saskati
