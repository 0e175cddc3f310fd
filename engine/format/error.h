#pragma once

#include <QString>

namespace saskati {

/// What went wrong, said for a person, and where when it is about a place in a file. The engine's one error
/// value: a failing function returns it inside a Result (result.h); a Diagnostic (diagnostic.h) is an Error
/// with a severity. `code` is for the few errors that travel in a wire protocol as a fixed id (the seminar
/// phones' messages, docs/seminar-protocol.md); it is empty elsewhere.
struct Error {
    QString message;
    QString file;
    int line = 0;
    int column = 0;
    QString code;

    Error() = default;
    /// An error with no place ("The disk is full: ...").
    explicit Error(QString message)
        : message(std::move(message))
    {}
    Error(QString message, QString file, int line = 0, int column = 0)
        : message(std::move(message))
        , file(std::move(file))
        , line(line)
        , column(column)
    {}
    /// An error a protocol names by `code` (its wire id) as well as by `message`.
    static Error withCode(QString code, QString message)
    {
        Error error(std::move(message));
        error.code = std::move(code);
        return error;
    }

    /// A file is named (and the line and column when known).
    bool hasLocation() const { return !file.isEmpty(); }
    /// `FILE:LINE:COLUMN: MESSAGE` (`FILE: MESSAGE` without a line) when a place is known, else `MESSAGE`.
    QString toString() const;
};

} // namespace saskati
