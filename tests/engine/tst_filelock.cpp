// The lock that keeps a second app off a results file and a second sync off its outbox (engine/results/
// filelock.h): whatever a holder that died left behind is taken at once; a holder that lives keeps it.
#include "filelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

// The process id of a program that has run and ended: no process has it now (until the ids wrap around).
qint64 pidOfAnEndedProcess()
{
    QProcess ended;
    ended.start(u"true"_s, {});
    const qint64 pid = ended.processId(); // 0 again once it has finished
    return ended.waitForFinished(10000) ? pid : 0;
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

QByteArray holderLines(qint64 pid, const QString &program)
{
    return QByteArray::number(pid) + '\n' + program.toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8() +
           '\n';
}

} // namespace

class TestFileLock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void whatADeadHolderLeftIsTaken_data()
    {
        QTest::addColumn<QByteArray>("leftover"); // the lock file's contents; "-" for no file
        QTest::addColumn<bool>("emptyRemovalLock");
        const QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
        QTest::newRow("no file") << QByteArray("-") << false;
        QTest::newRow("an empty file (its holder killed before it wrote its name)") << QByteArray() << false;
        QTest::newRow("the name of a process that has ended")
            << holderLines(pidOfAnEndedProcess(), u"saskati"_s) << false;
        // QLockFile would wait 30 s here: the process lives, and its name is right.
        QTest::newRow("the name of this live process, which holds nothing")
            << holderLines(QCoreApplication::applicationPid(), program) << false;
        // What kept the sync tests' last sync out in CI: QLockFile's takeover of a stale lock, killed between
        // making its '.rmlock' and writing it, left that empty, and every QLockFile then waited 30 s.
        // FileLock makes no '.rmlock' and reads none: the row says it stays that way.
        QTest::newRow("an ended holder's file with an empty .rmlock beside it")
            << holderLines(pidOfAnEndedProcess(), u"saskati-cli"_s) << true;
    }
    void whatADeadHolderLeftIsTaken()
    {
        QFETCH(QByteArray, leftover);
        QVERIFY(!leftover.startsWith("0\n")); // every named process has an id
        QFETCH(bool, emptyRemovalLock);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"results.sqlite.lock"_s);
        if (leftover != "-")
            QVERIFY(writeFile(path, leftover));
        if (emptyRemovalLock)
            QVERIFY(writeFile(path + u".rmlock"_s, {}));

        FileLock lock(path);
        QCOMPARE(lock.tryLock(), FileLock::Status::Locked);
        QVERIFY(lock.isLocked());
        QCOMPARE(lock.tryLock(), FileLock::Status::Locked); // taken once, asked again

        // The file now names this process, for the message of whoever finds it held; only its owner reads it.
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = written.readAll().split('\n');
        QCOMPARE(lines.value(0).toLongLong(), QCoreApplication::applicationPid());
        QCOMPARE(QString::fromUtf8(lines.value(2)), QSysInfo::machineHostName());
        QCOMPARE(written.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        // Another holder, even in this process, finds it held and who holds it.
        FileLock second(path);
        QCOMPARE(second.tryLock(), FileLock::Status::HeldByAnother);
        QVERIFY(!second.isLocked());
        QCOMPARE(second.holder().pid, QCoreApplication::applicationPid());
        QCOMPARE(second.holder().host, QSysInfo::machineHostName());
        QCOMPARE(second.holder().program, QFileInfo(QCoreApplication::applicationFilePath()).fileName());

        lock.unlock();
        QVERIFY(!lock.isLocked());
        QVERIFY(!QFile::exists(path)); // a holder that lets go leaves no file
        QCOMPARE(second.tryLock(), FileLock::Status::Locked);
    }

    // Held by another process (flock(1), the kernel's lock the same way) until that process is killed: then
    // free at once, with nothing to wait for and no file to remove by hand.
    void heldByAnotherProcessUntilItIsKilled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"results.sqlite.sync.lock"_s);
        QProcess holder;
        // --close: the command (a shell that says its id, then sleeps) does not inherit the lock; flock holds
        // it.
        holder.start(u"flock"_s, {u"--close"_s, path, u"sh"_s, u"-c"_s, u"echo $$; exec sleep 600"_s});
        QVERIFY2(holder.waitForReadyRead(10000), "flock (util-linux) did not start its command");
        const qint64 sleeper = holder.readLine().trimmed().toLongLong();
        QVERIFY(sleeper > 0);
        const auto stopSleeper = qScopeGuard([sleeper] { ::kill(pid_t(sleeper), SIGKILL); });

        FileLock lock(path);
        QCOMPARE(lock.tryLock(), FileLock::Status::HeldByAnother);
        QCOMPARE(lock.holder().pid, 0); // flock(1) writes no name: "another" without a number

        ::kill(pid_t(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY(QFile::exists(path)); // left behind, as by any crash
        QCOMPARE(lock.tryLock(), FileLock::Status::Locked);
    }

    // A lock file deleted by hand while held: the next holder makes a new one, and the first, letting go,
    // leaves that one alone.
    void lettingGoRemovesOnlyItsOwnFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"results.sqlite.lock"_s);
        FileLock first(path);
        QCOMPARE(first.tryLock(), FileLock::Status::Locked);
        QVERIFY(QFile::remove(path));
        FileLock second(path);
        QCOMPARE(second.tryLock(), FileLock::Status::Locked);
        first.unlock();
        QVERIFY(QFile::exists(path));
        FileLock third(path);
        QCOMPARE(third.tryLock(), FileLock::Status::HeldByAnother);
    }

    // A Saskati from before FileLock locked with QLockFile, which holds flock on its file too: the two keep
    // each other out, whichever came first.
    void anOlderSaskatisQLockFileAndThisOneExcludeEachOther()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"results.sqlite.lock"_s);
        {
            QLockFile older(path);
            older.setStaleLockTime(0);
            QVERIFY(older.tryLock(0));
            FileLock lock(path);
            QCOMPARE(lock.tryLock(), FileLock::Status::HeldByAnother);
            QCOMPARE(lock.holder().pid, QCoreApplication::applicationPid());
        }
        FileLock lock(path);
        QCOMPARE(lock.tryLock(), FileLock::Status::Locked);
        QLockFile older(path);
        older.setStaleLockTime(0);
        QVERIFY(!older.tryLock(0));
        QCOMPARE(older.error(), QLockFile::LockFailedError);
    }

    void aFolderThatIsNotThereFails()
    {
        QTemporaryDir dir;
        FileLock lock(dir.filePath(u"gone/results.sqlite.lock"_s));
        QCOMPARE(lock.tryLock(), FileLock::Status::Failed);
        QVERIFY(!lock.isLocked());
        QVERIFY2(lock.errorString().contains(u"No such file"_s), qPrintable(lock.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestFileLock)
#include "tst_filelock.moc"
