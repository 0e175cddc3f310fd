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

/// Maps byte offsets of a UTF-8 file to line and column. Built once per file in one pass; each lookup then
/// costs a binary search over the line starts and a scan of at most `checkpointBytes` bytes, whatever the
/// length of the line and in any order of lookups, so a file's diagnostics cost time linear in their number.
/// A UTF-8 byte-order mark at the start of the file is not a column.
class SourceMap {
public:
    SourceMap() = default;
    explicit SourceMap(const QByteArray &bytes);

    SourcePosition position(qsizetype byteOffset) const;

    /// The distance between two checkpoints of the code-point count.
    static constexpr qsizetype checkpointBytes = 256;

private:
    // Code points (bytes that are not UTF-8 continuation bytes) in [0, offset).
    qsizetype codePointsBefore(qsizetype offset) const;

    QByteArray m_bytes;
    std::vector<qsizetype> m_lineStarts;
    // m_checkpoints[k]: code points in [0, k * checkpointBytes).
    std::vector<qsizetype> m_checkpoints;
    bool m_byteOrderMark = false;
};

} // namespace saskati
