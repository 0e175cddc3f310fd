// Qt Quick Test runner for the start screen on bad input. The app's context starts on a results file that a
// real second process holds (this executable in its helper mode, locking it as the app does) and on a
// scenario folder with broken files among good ones; the tests open the other fixtures (a newer database, a
// read-only one, a good one) through AppContext, as the start screen's file dialog does.
#include "appcontext.h"
#include "resultsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <cstdio>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(SaskatiPlugin)
Q_IMPORT_QML_PLUGIN(SaskatiTestPlugin)

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

int holdLock(const QString &database)
{
    ResultsStore store(database);
    if (!store.lock().ok() || !store.open().ok())
        return 1;
    std::printf("locked\n");
    std::fflush(stdout);
    char line[16];
    while (std::fgets(line, sizeof line, stdin)) {
    }
    return 0;
}

QString newDatabase(const QString &path, int version = 0)
{
    ResultsStore store(path);
    if (!store.open().ok() || !store.addParticipant(u"Ilze"_s))
        return {};
    if (version > 0)
        store.execute(u"PRAGMA user_version = %1"_s.arg(version));
    return path;
}

} // namespace

class Setup : public QObject {
    Q_OBJECT

public:
    ~Setup() override
    {
        m_holder.closeWriteChannel();
        m_holder.waitForFinished(10000);
        if (!m_readOnly.isEmpty())
            QFile::setPermissions(m_readOnly, QFile::ReadOwner | QFile::WriteOwner);
    }

public Q_SLOTS:
    void applicationAvailable()
    {
        const QString data = QStringLiteral(SASKATI_TEST_DATA);
        QDir root(m_directory.path());
        root.mkpath(u"scenarios/media"_s);
        for (const QString &name : QDir(data + u"/valid"_s).entryList({u"*.json"_s}, QDir::Files))
            QFile::copy(data + u"/valid/"_s + name, root.filePath(u"scenarios/"_s + name));
        for (const QString &name : QDir(data + u"/valid/media"_s).entryList(QDir::Files))
            QFile::copy(data + u"/valid/media/"_s + name, root.filePath(u"scenarios/media/"_s + name));
        for (const QString &name :
             {u"bad-escape.json"_s, u"choice-leads-nowhere.json"_s, u"absolute-media-path.json"_s})
            QFile::copy(data + u"/broken/"_s + name, root.filePath(u"scenarios/"_s + name));

        const QString held = newDatabase(root.filePath(u"held.sqlite"_s));
        m_holder.start(QCoreApplication::applicationFilePath(), {u"--hold-lock"_s, held});
        if (!m_holder.waitForReadyRead(20000) || m_holder.readLine().trimmed() != "locked")
            qFatal("the second process did not lock %s", qPrintable(held));
        m_fixtures = {
            {u"heldDatabase"_s, held},
            {u"newerDatabase"_s, newDatabase(root.filePath(u"newer.sqlite"_s), 99)},
            {u"goodDatabase"_s, root.filePath(u"good.sqlite"_s)},
            {u"holderPid"_s, m_holder.processId()},
        };
        // Root writes whatever a file's mode says: no read-only file can be made here for root (tst_startup
        // checks that case with a read-only mount), and the test says it skips.
        if (geteuid() != 0) {
            m_readOnly = newDatabase(root.filePath(u"read-only.sqlite"_s));
            QFile::setPermissions(m_readOnly, QFile::ReadOwner);
        }
        m_fixtures.insert(u"readOnlyDatabase"_s, m_readOnly);
        AppContext::configure(root.filePath(u"scenarios"_s), held, data + u"/catalog"_s, u"en"_s);
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        TestSupport::setFixtures(m_fixtures);
    }

private:
    QTemporaryDir m_directory;
    QProcess m_holder;
    QVariantMap m_fixtures;
    QString m_readOnly;
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0) {
        QCoreApplication app(argc, argv);
        return holdLock(QString::fromLocal8Bit(argv[2]));
    }
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "saskati_startup", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_startupui.moc"
