#include "diagnostic.h"

#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace saskati {

QString Diagnostic::toString() const
{
    return u"%1:%2:%3: %4: %5"_s.arg(file).arg(line).arg(column).arg(isError() ? u"error"_s : u"warning"_s,
                                                                     message);
}

QJsonObject Diagnostic::toJson() const
{
    return QJsonObject{{u"file"_s, file},
                       {u"line"_s, line},
                       {u"column"_s, column},
                       {u"severity"_s, isError() ? u"error"_s : u"warning"_s},
                       {u"message"_s, message}};
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.isError(); });
}

QJsonArray diagnosticsToJson(const Diagnostics &diagnostics)
{
    QJsonArray array;
    for (const Diagnostic &d : diagnostics)
        array.append(d.toJson());
    return array;
}

} // namespace saskati
