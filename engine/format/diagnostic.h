#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace saskati {

/// A mistake found in a file a person wrote, with the place it is at.
struct Diagnostic {
    enum class Severity { Error, Warning };

    QString file;
    int line = 0;
    int column = 0;
    Severity severity = Severity::Error;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    /// `FILE:LINE:COLUMN: error|warning: MESSAGE`
    QString toString() const;
    QJsonObject toJson() const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
QJsonArray diagnosticsToJson(const Diagnostics &diagnostics);

} // namespace saskati
