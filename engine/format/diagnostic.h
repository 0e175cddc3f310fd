#pragma once

#include "error.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace saskati {

/// A mistake found in a file a person wrote, with the place it is at: an Error with a severity.
struct Diagnostic : Error {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;

    Diagnostic() = default;
    Diagnostic(QString file, int line, int column, Severity severity, QString message)
        : Error(std::move(message), std::move(file), line, column)
        , severity(severity)
    {}

    bool isError() const { return severity == Severity::Error; }
    /// `FILE:LINE:COLUMN: error|warning: MESSAGE`
    QString toString() const;
    QJsonObject toJson() const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
QJsonArray diagnosticsToJson(const Diagnostics &diagnostics);

} // namespace saskati
