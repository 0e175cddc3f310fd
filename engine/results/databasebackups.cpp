#include "resultsdatabase.h"

#include "privatefiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

// The results database's copies (docs/results-store.md, 7): the backup folder beside the file, the daily
// copy, restoring one, and removing personal data from every copy when a person is erased.

namespace saskati {

void ResultsDatabase::keepDailyBackup()
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT count(*) FROM participants"_s) || !q.next() || q.value(0).toInt() == 0)
        return; // nothing worth keeping yet
    q.finish();
    QStringList daily;
    for (const QString &file : backups())
        if (file.endsWith(u"-daily.sqlite"_s))
            daily.append(file);
    const QDateTime newest = daily.isEmpty() ? QDateTime() : QFileInfo(daily.last()).lastModified();
    if (newest.isValid() && newest.secsTo(QDateTime::currentDateTime()) < 24 * 3600)
        return;
    if (const Result<QString> made = backup(u"daily"_s))
        daily.append(*made);
    // Keep the ten newest daily copies; copies made before migrations are kept.
    while (daily.size() > 10)
        QFile::remove(daily.takeFirst());
}

Result<QString> ResultsDatabase::backup(const QString &reason)
{
    const QString directory = m_path + u".backups"_s;
    makePrivateDirectory(directory);
    const QString file = QDir(directory).filePath(
        u"%1-%2.sqlite"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s), reason));
    QSqlQuery q(database());
    // VACUUM INTO writes a consistent, compact copy even while others read.
    if (!q.exec(u"VACUUM INTO '%1'"_s.arg(QString(file).replace(u'\'', u"''"_s))))
        return fail(u"back up the results database"_s, q.lastError());
    makeFilePrivate(file);
    return file;
}

QStringList ResultsDatabase::backups() const
{
    const QDir dir(m_path + u".backups"_s);
    QStringList files;
    for (const QString &name : dir.entryList({u"*.sqlite"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files; // oldest first: names start with the UTC time
}

Result<void> ResultsDatabase::restoreBackup(const QString &backupPath)
{
    close();
    const QString aside =
        m_path + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    if (QFile::exists(m_path) && !QFile::rename(m_path, aside))
        return Error(u"Could not move the damaged database aside to %1; nothing was changed."_s.arg(aside));
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        if (QFile::exists(m_path + suffix))
            QFile::rename(m_path + suffix, aside + suffix);
    if (!QFile::copy(backupPath, m_path))
        return Error(u"Could not copy the backup %1 into place; the damaged file is kept at %2."_s.arg(
            backupPath, aside));
    makeFilePrivate(m_path);
    return {};
}

void ResultsDatabase::forgetEverywhere(const QString &sql, const QVariantList &values)
{
    // Nothing removed may linger: not in the write-ahead log, not in the backups.
    QSqlQuery q(database());
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    q.finish();
    for (const QString &file : backups()) {
        const QString connection = m_connection + u"-forget"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery b(db);
                b.exec(u"PRAGMA foreign_keys=ON"_s);
                b.exec(u"PRAGMA secure_delete=ON"_s);
                b.prepare(sql);
                for (const QVariant &v : values)
                    b.addBindValue(v);
                const bool changed = b.exec();
                b.finish();
                if (!changed || !b.exec(u"VACUUM"_s))
                    qCWarning(lcStore)
                        << "could not remove personal data from the backup" << file << b.lastError().text();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }
}

} // namespace saskati
