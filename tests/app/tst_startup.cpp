// Starting on bad input: one app per results database (a lock, taken over after a crash, never in the CLI's
// way), a database that cannot be written (read-only file or folder: really so, also for root), a scenario
// folder without its media (summarised, the rest loads), and the display settings remembered across runs.
// The other processes are real: this executable started again in a helper mode, and saskati-cli.
#include "appcontext.h"
#include "resultsstore.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

// Helper mode: lock and open DATABASE like the app does, say "locked", and hold it until stdin closes.
int holdLock(const QString &database)
{
    ResultsStore store(database);
    ResultsStore::OpenResult opened = store.lock();
    if (opened.ok())
        opened = store.open();
    if (!opened.ok()) {
        std::printf("failed: %s\n", qPrintable(opened.error.message));
        return 1;
    }
    store.addParticipant(u"Holder"_s);
    std::printf("locked\n");
    std::fflush(stdout);
    char line[16];
    while (std::fgets(line, sizeof line, stdin)) {
    }
    return 0;
}

// Helper mode: what lock() and open() say about DATABASE, as "<lock status> <open status>".
int reportOpen(const QString &database)
{
    ResultsStore store(database);
    const auto locked = store.lock();
    const auto opened = store.open();
    std::printf("%d %d\n", int(locked.status), int(opened.status));
    return 0;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestStartup : public QObject {
    Q_OBJECT

private:
    // A second process holding `database` as the app does; it lets go when released.
    struct Holder {
        QProcess process;
        bool start(const QString &database)
        {
            process.start(QCoreApplication::applicationFilePath(), {u"--hold-lock"_s, database});
            return process.waitForStarted() && process.waitForReadyRead(20000) &&
                   process.readLine().trimmed() == "locked";
        }
        void release()
        {
            process.closeWriteChannel();
            process.waitForFinished(10000);
        }
        ~Holder()
        {
            if (process.state() != QProcess::NotRunning) {
                process.kill();
                process.waitForFinished();
            }
        }
    };

    QString newDatabase(const QTemporaryDir &dir, const QString &name = u"results.sqlite"_s)
    {
        const QString path = dir.filePath(name);
        ResultsStore store(path);
        if (!store.open().ok())
            return {};
        store.addParticipant(u"Ilze"_s);
        return path;
    }

    // What lock() and open() say, seen from a process that cannot write `target` (a file or folder): for
    // anyone but root its mode says so; root ignores modes, so for root a child process gets its own mount
    // namespace in which `target` is bind-mounted read-only (unshare(1)): as on a write-protected stick.
    QList<ResultsStore::OpenStatus> openReadOnly(const QString &database, const QString &target)
    {
        QProcess child;
        if (geteuid() != 0) {
            QFile::setPermissions(target, QFileInfo(target).isDir() ? QFile::ReadOwner | QFile::ExeOwner
                                                                    : QFile::ReadOwner);
            child.start(QCoreApplication::applicationFilePath(), {u"--report-open"_s, database});
        } else {
            child.start(u"unshare"_s,
                        {u"--mount"_s, u"--propagation"_s, u"private"_s, u"sh"_s, u"-c"_s,
                         u"mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && exec \"$2\" "
                         u"--report-open \"$3\""_s,
                         u"sh"_s, target, QCoreApplication::applicationFilePath(), database});
        }
        child.waitForFinished(30000);
        if (geteuid() != 0)
            QFile::setPermissions(target, QFileInfo(target).isDir()
                                              ? QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              : QFile::ReadOwner | QFile::WriteOwner);
        const QList<QByteArray> words = child.readAllStandardOutput().trimmed().split(' ');
        if (child.exitCode() != 0 || words.size() != 2) {
            qWarning() << "no read-only check possible:" << child.readAllStandardError();
            return {};
        }
        return {ResultsStore::OpenStatus(words.at(0).toInt()), ResultsStore::OpenStatus(words.at(1).toInt())};
    }

private Q_SLOTS:
    void lockIsExclusiveAcrossProcesses()
    {
        QTemporaryDir dir;
        const QString database = newDatabase(dir);
        Holder holder;
        QVERIFY(holder.start(database));

        ResultsStore second(database);
        const ResultsStore::OpenResult locked = second.lock();
        QCOMPARE(locked.status, ResultsStore::OpenStatus::InUse);
        QCOMPARE(locked.holderPid, holder.process.processId());
        QVERIFY(locked.error.message.contains(database));

        holder.release();
        QCOMPARE(holder.process.exitCode(), 0);
        QVERIFY(!QFile::exists(ResultsStore::lockPath(database))); // a clean exit leaves no lock behind
        QVERIFY(second.lock().ok());
        QVERIFY(second.open().ok());
    }

    // A crash must not lock people out: the lock of a process that is gone is taken over.
    void lockLeftByCrashIsTakenOver()
    {
        QTemporaryDir dir;
        const QString database = newDatabase(dir);
        Holder holder;
        QVERIFY(holder.start(database));
        holder.process.kill(); // SIGKILL: no destructor runs, the lock file stays
        QVERIFY(holder.process.waitForFinished());
        QVERIFY(QFile::exists(ResultsStore::lockPath(database)));

        ResultsStore next(database);
        QVERIFY(next.lock().ok());
        QVERIFY(next.open().ok());
        QCOMPARE(next.participants().size(), 2); // Ilze and the crashed holder's participant
        // ...and it is now this process's lock.
        ResultsStore third(database);
        QCOMPARE(third.lock().status, ResultsStore::OpenStatus::InUse);
    }

    // The CLI reads (and may write) while the app holds the database: it takes no lock.
    void cliWorksWhileTheAppRuns()
    {
        QTemporaryDir dir;
        const QString database = newDatabase(dir);
        Holder holder;
        QVERIFY(holder.start(database));

        QProcess cli;
        cli.start(QStringLiteral(SASKATI_CLI),
                  {u"results"_s, u"list"_s, u"--json"_s, u"--database"_s, database});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray listed = cli.readAllStandardOutput();
        QVERIFY2(listed.contains("Ilze") && listed.contains("Holder"), listed.constData());

        ResultsStore reader(database); // the store without lock(), as the CLI uses it
        QVERIFY(reader.open().ok());
        QCOMPARE(reader.participants().size(), 2);
        holder.release();
    }

    void readOnly_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::newRow("read-only file") << false;
        QTest::newRow("read-only folder") << true;
    }
    // Nothing can be saved: said at once (not at the first answer), and the file is left as it was.
    void readOnly()
    {
        QFETCH(bool, folder);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"stick"_s));
        const QString database = newDatabase(dir, u"stick/results.sqlite"_s);
        const QByteArray before = contents(database);
        const QString target = folder ? dir.filePath(u"stick"_s) : database;

        const QList<ResultsStore::OpenStatus> seen = openReadOnly(database, target);
        if (seen.isEmpty())
            QSKIP("running as root without the right to make a read-only mount (unshare): no read-only case "
                  "can be made here");
        if (folder) {
            QCOMPARE(seen.at(0), ResultsStore::OpenStatus::ReadOnlyFolder); // not even a lock file
            QCOMPARE(seen.at(1), ResultsStore::OpenStatus::ReadOnlyFolder);
        } else {
            QCOMPARE(seen.at(0), ResultsStore::OpenStatus::Ok); // the folder takes the lock file
            QCOMPARE(seen.at(1), ResultsStore::OpenStatus::ReadOnlyFile);
        }
        QCOMPARE(contents(database), before);
    }

    // Root may write a file whose mode says read-only: for root it is not read-only, and the store opens it.
    // (Said here so that nobody "fixes" the store to refuse it: the read-only cases above use what stops root
    // too.)
    void rootWritesAChmodedFile()
    {
        if (geteuid() != 0)
            QSKIP("only root ignores file modes");
        QTemporaryDir dir;
        const QString database = newDatabase(dir);
        QFile::setPermissions(database, QFile::ReadOwner);
        ResultsStore store(database);
        QVERIFY(store.open().ok());
        QVERIFY(store.addParticipant(u"Root"_s).ok());
    }

    // The second app on one database says so, and offers neither its people nor their unfinished attempts.
    void appOnADatabaseInUse()
    {
        QTemporaryDir dir;
        const QString database = newDatabase(dir);
        Holder holder;
        QVERIFY(holder.start(database));
        AppContext::configure(QStringLiteral(SASKATI_TEST_DATA) + u"/valid"_s, database,
                              QStringLiteral(SASKATI_TEST_DATA) + u"/catalog"_s, u"en"_s);
        QQmlEngine engine;
        AppContext *context = AppContext::create(&engine, &engine);
        QTRY_VERIFY(context->loaded());
        QCOMPARE(context->storeStatus(), u"in-use"_s);
        QVERIFY(!context->ready());
        QVERIFY(context->participants().isEmpty());
        QVERIFY(context->storeProblem().contains(QString::number(holder.process.processId())));
        QVERIFY(context->storeProblem().contains(QDir::toNativeSeparators(database)));

        // Going on without saving: a temporary database, and nothing of the held one.
        // The file is opened off the GUI thread: storeOpened says when.
        QSignalSpy opened(context, &AppContext::storeOpened);
        QVERIFY(context->continueWithoutSaving());
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.takeFirst().value(0).toBool(), true);
        QVERIFY(context->ready());
        QVERIFY(context->practiceOnly());
        QCOMPARE(context->storeStatus(), QString());
        QVERIFY(context->participants().isEmpty());
        const QString temporary = context->databasePath();
        QVERIFY(!temporary.startsWith(dir.path()));

        // Another file: saving again; the temporary one is gone.
        QVERIFY(context->openDatabase(QUrl::fromLocalFile(dir.filePath(u"other.sqlite"_s)).toString()));
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.takeFirst().value(0).toBool(), true);
        QVERIFY(!context->practiceOnly());
        QVERIFY(context->ready());
        QVERIFY(!QFile::exists(temporary));
        holder.release();
    }

    // A database a newer Saskati wrote: said plainly, file untouched, other files still open.
    void appOnANewerDatabase()
    {
        QTemporaryDir dir;
        const QString database = newDatabase(dir);
        {
            ResultsStore store(database);
            QVERIFY(store.open().ok());
            QVERIFY(store.execute(u"PRAGMA user_version = 99"_s));
        }
        const QByteArray before = contents(database);
        AppContext::configure(QStringLiteral(SASKATI_TEST_DATA) + u"/valid"_s, database,
                              QStringLiteral(SASKATI_TEST_DATA) + u"/catalog"_s, u"en"_s);
        QQmlEngine engine;
        AppContext *context = AppContext::create(&engine, &engine);
        QTRY_VERIFY(context->loaded());
        QCOMPARE(context->storeStatus(), u"newer"_s);
        QVERIFY(context->storeProblem().contains(u"newer version"_s));
        QVERIFY(!context->ready());
        QCOMPARE(contents(database), before);
    }

    // A scenario folder copied without its media: the files that fail are counted and listed as the
    // validator says (FILE:LINE:COLUMN), the others load.
    void scenarioFolderWithoutMedia()
    {
        QTemporaryDir dir;
        const QString shipped = QStringLiteral(SASKATI_SOURCE_DIR);
        QDir root(dir.path());
        QVERIFY(root.mkpath(u"scenarios/catalog"_s));
        QVERIFY(root.mkpath(u"media"_s));
        for (const QString &name : QDir(shipped + u"/scenarios"_s).entryList({u"*.json"_s}, QDir::Files))
            QVERIFY(QFile::copy(shipped + u"/scenarios/"_s + name, root.filePath(u"scenarios/"_s + name)));
        for (const QString &name : QDir(shipped + u"/scenarios/catalog"_s).entryList(QDir::Files))
            QVERIFY(QFile::copy(shipped + u"/scenarios/catalog/"_s + name,
                                root.filePath(u"scenarios/catalog/"_s + name)));
        // One scenario with its media beside it (pictures and voices), as a copy that brought only that.
        QProcess copy;
        copy.start(u"cp"_s, {u"-r"_s, shipped + u"/media/bakery-overtime"_s, root.filePath(u"media/"_s)});
        QVERIFY(copy.waitForFinished());
        QVERIFY(root.mkpath(u"media/voices"_s));
        copy.start(u"cp"_s, {u"-r"_s, shipped + u"/media/voices/bakery-overtime"_s,
                             root.filePath(u"media/voices/"_s)});
        QVERIFY(copy.waitForFinished());
        const QStringList names = QDir(root.filePath(u"scenarios"_s)).entryList({u"*.json"_s}, QDir::Files);
        const int files = int(names.size());
        // A scenario that names no media file at all (a prevention chat, say) needs nothing beside it.
        int withoutMedia = 0;
        for (const QString &name : names) {
            QFile file(root.filePath(u"scenarios/"_s + name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            withoutMedia += file.readAll().contains("../media/") ? 0 : 1;
        }

        AppContext::configure(root.filePath(u"scenarios"_s), dir.filePath(u"results.sqlite"_s), {}, u"en"_s);
        QQmlEngine engine;
        AppContext *context = AppContext::create(&engine, &engine);
        QTRY_VERIFY(context->loaded());
        QCOMPARE(context->scenarioCount(), 1 + withoutMedia);
        QCOMPARE(context->scenarioProblemCount(), files - 1 - withoutMedia);
        QVERIFY(context->scenarioProblems().size() > files); // many lines: one per missing file
        static const QRegularExpression located(u"^.+\\.json:\\d+:\\d+: error: "_s);
        for (const QString &line : context->scenarioProblems())
            QVERIFY2(located.match(line).hasMatch(), qPrintable(line));
        QVERIFY(context->problem().isEmpty()); // the start screen's error line is not flooded
        QVERIFY(context->ready());
    }

    // The Voices setting (and the text size) as the person left them, in the next run.
    void displaySettingsRemembered()
    {
        QTemporaryDir dir;
        const QString settings = dir.filePath(u"saskati.conf"_s);
        AppContext::configure(QStringLiteral(SASKATI_TEST_DATA) + u"/valid"_s, dir.filePath(u"r.sqlite"_s),
                              QStringLiteral(SASKATI_TEST_DATA) + u"/catalog"_s, u"en"_s);
        AppContext::setSettingsFile(settings);
        {
            QQmlEngine engine;
            AppContext *context = AppContext::create(&engine, &engine);
            QVERIFY(context->autoPlayVoices());
            context->setAutoPlayVoices(false);
            context->setFontScale(1.3);
        }
        {
            QQmlEngine engine;
            AppContext *context = AppContext::create(&engine, &engine);
            QVERIFY(!context->autoPlayVoices());
            QCOMPARE(context->fontScale(), 1.3);
            context->setAutoPlayVoices(true);
        }
        {
            QQmlEngine engine;
            QVERIFY(AppContext::create(&engine, &engine)->autoPlayVoices());
        }
        // Without a settings file (tests, the screenshot tour) nothing is read or written.
        AppContext::setSettingsFile({});
        QFile::remove(settings);
        {
            QQmlEngine engine;
            AppContext *context = AppContext::create(&engine, &engine);
            context->setAutoPlayVoices(false);
        }
        QVERIFY(!QFile::exists(settings));
        // The app's own file: in the configuration folder named after the app, as main() names it.
        const QString name = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(u"saskati"_s);
        QVERIFY2(AppContext::defaultSettingsFile().endsWith(u"/saskati/saskati.conf"_s),
                 qPrintable(AppContext::defaultSettingsFile()));
        QCoreApplication::setApplicationName(name);
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0) {
        QCoreApplication app(argc, argv);
        return holdLock(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 3 && qstrcmp(argv[1], "--report-open") == 0) {
        QCoreApplication app(argc, argv);
        return reportOpen(QString::fromLocal8Bit(argv[2]));
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestStartup test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_startup.moc"
