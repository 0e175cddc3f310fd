#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace saskati {

/// A 1-based line and column; the column counts Unicode code points, as editors do.
struct SourcePosition {
    int line = 0;
    int column = 0;
};

/// Maps byte offsets of a UTF-8 file to line and column. Built once per file.
class SourceMap {
public:
    SourceMap() = default;
    explicit SourceMap(const QByteArray &bytes);

    SourcePosition position(qsizetype byteOffset) const;

private:
    QByteArray m_bytes;
    std::vector<qsizetype> m_lineStarts;
};

} // namespace saskati
