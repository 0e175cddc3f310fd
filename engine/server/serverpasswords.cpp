#include "serverpasswords.h"

#include "filelock.h"
#include "privatefiles.h"
#include "serveraddress.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace saskati::serverpasswords {

namespace {

QString escaped(const QString &field)
{
    QString out = field;
    out.replace(u"\\"_s, u"\\\\"_s);
    out.replace(u":"_s, u"\\:"_s);
    return out;
}

// A line's fields, unescaped; a line that is empty or a comment has none.
QStringList fields(const QString &line)
{
    if (line.trimmed().isEmpty() || line.startsWith(u'#'))
        return {};
    QStringList out{QString()};
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'\\' && i + 1 < line.size())
            out.last().append(line[++i]);
        else if (line[i] == u':' && out.size() < 5)
            out.append(QString());
        else
            out.last().append(line[i]);
    }
    return out.size() == 5 ? out : QStringList();
}

// libpq's socket folder on Debian: a connection through it is also found under "localhost".
const QString s_defaultSocketFolder = u"/var/run/postgresql"_s;

// The four fields a line is found by, as libpq compares them: the host as given (a socket folder too), and
// "localhost" for the default socket folder.
QStringList keyOf(const ServerAddress &address)
{
    return {address.host == s_defaultSocketFolder ? u"localhost"_s : address.host,
            QString::number(address.port), address.database, address.account};
}

bool matches(const QStringList &line, const QStringList &key, bool wildcards)
{
    for (int i = 0; i < 4; ++i)
        if (line[i] != key[i] && !(wildcards && line[i] == u"*"))
            return false;
    return true;
}

Error fileError(const QString &message)
{
    return Error::withCode(u"password-file"_s, message);
}

// The lines but the one for `key` exactly (comments, other servers and wildcard lines stay).
QStringList withoutEntry(const QStringList &lines, const QStringList &key)
{
    QStringList kept;
    for (const QString &line : lines)
        if (const QStringList entry = fields(line); entry.isEmpty() || !matches(entry, key, false))
            kept.append(line);
    return kept;
}

Result<QStringList> readLines(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QStringList();
#ifndef Q_OS_WIN // as libpq: Windows reports other users' access differently, and libpq does not check there
    if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
        return fileError(u"The password file %1 can be read by others, so Saskati does not use it. Make it "
                         u"yours alone (chmod 600 %1) or remove it and give the password again."_s.arg(path));
#endif
    if (!file.open(QIODevice::ReadOnly))
        return fileError(u"Could not read the password file %1: %2."_s.arg(path, file.errorString()));
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (QString &line : lines)
        if (line.endsWith(u'\r')) // written on Windows: libpq drops it too
            line.chop(1);
    return lines;
}

Result<void> writeLines(const QString &path, QStringList lines)
{
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    // Only the owner may read it, from the first byte on: its folder is made for the owner alone, and the
    // file exists with these permissions before QSaveFile makes its temporary copy (which takes the file's).
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    if (QFile created(path);
        !created.exists() && !created.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
        return fileError(u"Could not write the password file %1: %2."_s.arg(path, created.errorString()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly))
        return fileError(u"Could not write the password file %1: %2."_s.arg(path, file.errorString()));
    file.write(lines.isEmpty() ? QByteArray() : (lines.join(u'\n') + u'\n').toUtf8());
    if (!file.commit())
        return fileError(u"Could not write the password file %1: %2."_s.arg(path, file.errorString()));
    return {};
}

// Reads the lines, changes them, writes them back, as one step: two apps (each with its own results file)
// changing their passwords at once would otherwise each write what it read, and one change would be lost. The
// other writer holds the lock beside the file for milliseconds: waited for, up to 10 s.
Result<void> changeLines(const QString &path,
                         const std::function<std::optional<QStringList>(QStringList)> &change)
{
    // The folder is the owner's alone; another writer may make it at the same moment.
    if (!makePrivateDirectory(QFileInfo(path).absolutePath()))
        return fileError(u"Could not make the folder of the password file %1."_s.arg(path));
    FileLock lock(path + u".lock"_s);
    QDeadlineTimer deadline(10000);
    for (FileLock::Status status = lock.tryLock(); status != FileLock::Status::Locked;
         status = lock.tryLock()) {
        if (status != FileLock::Status::HeldByAnother)
            return fileError(u"Could not write the password file %1: %2."_s.arg(path, lock.errorString()));
        if (deadline.hasExpired())
            return fileError(
                u"The password file %1 was kept busy by another program for 10 s. Try again."_s.arg(path));
        QThread::msleep(2); // the other writer holds it for one write of a small file
    }
    const Result<QStringList> lines = readLines(path);
    if (!lines)
        return lines.error();
    const std::optional<QStringList> changed = change(*lines);
    return changed ? writeLines(path, *changed) : Result<void>();
}

} // namespace

QString defaultFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(u"saskati/server.pgpass"_s);
}

Result<QString> lookup(const QString &file, const ServerAddress &address)
{
    const Result<QStringList> lines = readLines(file);
    if (!lines)
        return lines.error();
    const QStringList key = keyOf(address);
    for (const QString &line : *lines)
        if (const QStringList entry = fields(line); !entry.isEmpty() && matches(entry, key, true))
            return entry[4];
    return QString();
}

Result<void> remember(const QString &file, const ServerAddress &address, const QString &password)
{
    // A line ends the entry: a line break in a field would leave part of it behind as a line of its own.
    const QStringList fieldsKept = keyOf(address) << password;
    for (const QString &field : fieldsKept)
        if (field.contains(u'\n') || field.contains(u'\r') || field.contains(QChar(0)))
            return fileError(u"A password or an address with a line break in it cannot be kept. Choose one "
                             u"without."_s);
    const QStringList key = keyOf(address);
    QStringList entry;
    for (const QString &field : key)
        entry.append(escaped(field));
    entry.append(escaped(password));
    return changeLines(file, [&](const QStringList &lines) -> std::optional<QStringList> {
        QStringList kept = withoutEntry(lines, key);
        // libpq takes the first line that matches: the newest goes before any wildcard line.
        kept.prepend(entry.join(u':'));
        return kept;
    });
}

Result<void> forget(const QString &file, const ServerAddress &address)
{
    if (!QFileInfo::exists(file))
        return {};
    return changeLines(file, [&](const QStringList &lines) -> std::optional<QStringList> {
        const QStringList kept = withoutEntry(lines, keyOf(address));
        if (kept.size() == lines.size())
            return std::nullopt; // nothing to forget: the file stays as it is
        return kept;
    });
}

} // namespace saskati::serverpasswords
