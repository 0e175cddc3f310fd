#pragma once

#include "diagnostic.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace saskati::cli {

/// Exit codes shared by every subcommand; other tools rely on them.
enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

/// Minimal option parsing for subcommands: `--flag`, `--option VALUE`, and positional arguments.
class Arguments {
public:
    Arguments(const QStringList &arguments, const QStringList &flags, const QStringList &options);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    QString option(const QString &name, const QString &fallback = {}) const
    {
        return m_options.contains(name) ? m_options.value(name).last() : fallback;
    }
    /// Every value of an option given more than once (--participant A --participant B).
    QStringList options(const QString &name) const { return m_options.value(name); }
    const QStringList &positional() const { return m_positional; }

private:
    QStringList m_flags;
    QHash<QString, QStringList> m_options;
    QStringList m_positional;
    QString m_error;
};

QTextStream &out();
QTextStream &err();

/// What `saskati-cli help` prints: every command with its options, and the exit codes.
const QString &usageText();
/// Says what was wrong with the command line, then the usage text, on stderr; returns Usage.
int usageError(const QString &message);
/// Prints diagnostics on stderr, one a line.
void printDiagnostics(const Diagnostics &diagnostics);

} // namespace saskati::cli
