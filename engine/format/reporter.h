#pragma once

#include "diagnostic.h"
#include "sourcemap.h"

namespace saskati {

/// Collects diagnostics for one file, turning byte offsets into FILE:LINE:COLUMN.
class Reporter {
public:
    Reporter(QString file, const SourceMap *map, Diagnostics *out)
        : m_file(std::move(file))
        , m_map(map)
        , m_out(out)
    {}

    void error(qsizetype offset, const QString &message)
    {
        add(offset, Diagnostic::Severity::Error, message);
    }
    void warning(qsizetype offset, const QString &message)
    {
        add(offset, Diagnostic::Severity::Warning, message);
    }
    int errorCount() const { return m_errors; }
    /// The document that describes the file's format, named in hints ("docs/scenario-format.md").
    void setFormatDocument(const QString &path) { m_formatDocument = path; }
    const QString &formatDocument() const { return m_formatDocument; }
    const QString &file() const { return m_file; }

private:
    void add(qsizetype offset, Diagnostic::Severity severity, const QString &message);

    QString m_file;
    const SourceMap *m_map;
    Diagnostics *m_out;
    int m_errors = 0;
    QString m_formatDocument = QStringLiteral("docs/scenario-format.md");
};

} // namespace saskati
