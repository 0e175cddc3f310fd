#include "reporter.h"

namespace saskati {

void Reporter::add(qsizetype offset, Diagnostic::Severity severity, const QString &message)
{
    const SourcePosition pos = m_map ? m_map->position(offset) : SourcePosition{1, 1};
    m_out->append(Diagnostic{m_file, pos.line, pos.column, severity, message});
    if (severity == Diagnostic::Severity::Error)
        ++m_errors;
}

} // namespace saskati
