#include "serverpasswords.h"

#include "serveraddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

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

// The four fields a line is found by, as libpq compares them (a socket folder is "localhost").
QStringList keyOf(const ServerAddress &address)
{
    return {address.host.startsWith(u'/') ? u"localhost"_s : address.host, QString::number(address.port),
            address.database, address.account};
}

bool matches(const QStringList &line, const QStringList &key, bool wildcards)
{
    for (int i = 0; i < 4; ++i)
        if (line[i] != key[i] && !(wildcards && line[i] == u"*"))
            return false;
    return true;
}

Result<QStringList> readLines(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QStringList();
    if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
        return Error(u"The password file %1 can be read by others, so Saskati does not use it. Make it yours "
                     u"alone (chmod 600 %1) or remove it and give the password again."_s.arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error(u"Could not read the password file %1: %2."_s.arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll()).split(u'\n');
}

Result<void> writeLines(const QString &path, QStringList lines)
{
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(u"Could not make the folder of the password file %1."_s.arg(path));
    QSaveFile file(path);
    // Only the owner may read it, from the first byte on (the temporary file is made with these).
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return Error(u"Could not write the password file %1: %2."_s.arg(path, file.errorString()));
    file.write(lines.isEmpty() ? QByteArray() : (lines.join(u'\n') + u'\n').toUtf8());
    if (!file.commit())
        return Error(u"Could not write the password file %1: %2."_s.arg(path, file.errorString()));
    return {};
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
    Result<QStringList> lines = readLines(file);
    if (!lines)
        return lines.error();
    const QStringList key = keyOf(address);
    QStringList kept;
    for (const QString &line : std::as_const(*lines))
        if (const QStringList entry = fields(line); entry.isEmpty() || !matches(entry, key, false))
            kept.append(line);
    QStringList entry;
    for (const QString &field : key)
        entry.append(escaped(field));
    entry.append(escaped(password));
    // libpq takes the first line that matches: the newest goes before any wildcard line.
    kept.prepend(entry.join(u':'));
    return writeLines(file, kept);
}

Result<void> forget(const QString &file, const ServerAddress &address)
{
    Result<QStringList> lines = readLines(file);
    if (!lines)
        return lines.error();
    const QStringList key = keyOf(address);
    QStringList kept;
    for (const QString &line : std::as_const(*lines))
        if (const QStringList entry = fields(line); entry.isEmpty() || !matches(entry, key, false))
            kept.append(line);
    if (kept.size() == lines->size())
        return {};
    return writeLines(file, kept);
}

} // namespace saskati::serverpasswords
