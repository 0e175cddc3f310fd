// Qt Quick Test runner for the app's QML: the real views, a temporary results database, the test scenarios
// (or the folder in SASKATI_TEST_SCENARIOS, e.g. the shipped ones). A "Polish loop detected" or "Binding loop
// detected" warning anywhere fails the run: Qt prints them and carries on with a half-done layout, and the
// first one of this project ended in a crash on a real display.
#include "appcontext.h"
#include "layoutinspector.h"
#include "testsupport.h"
#ifdef SASKATI_TEST_SERVER_UI
#include "laptopdata.h"
#include "resultsserver.h"
#include "serversync.h"
#include "testserver.h"
#endif

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <atomic>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(SaskatiPlugin)
Q_IMPORT_QML_PLUGIN(SaskatiTestPlugin)

using namespace Qt::StringLiterals;

namespace {

std::atomic_int layoutWarnings{0};
QtMessageHandler testLogHandler = nullptr;

void guardLayoutWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (saskati::LayoutInspector::isLoopWarning(message)) {
        ++layoutWarnings;
        std::fprintf(stderr, "LAYOUT WARNING (fails the run): %s\n", qPrintable(message));
    }
    if (testLogHandler)
        testLogHandler(type, context, message);
}

} // namespace

class Setup : public QObject {
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        const QString scenarios = qEnvironmentVariableIsSet("SASKATI_TEST_SCENARIOS")
                                      ? qEnvironmentVariable("SASKATI_TEST_SCENARIOS")
                                      : QStringLiteral(SASKATI_TEST_DATA) + u"/valid"_s;
        const QString catalog = qEnvironmentVariableIsSet("SASKATI_TEST_CATALOG")
                                    ? qEnvironmentVariable("SASKATI_TEST_CATALOG")
                                : qEnvironmentVariableIsSet("SASKATI_TEST_SCENARIOS")
                                    ? QString() // the folder's own catalog/
                                    : QStringLiteral(SASKATI_TEST_DATA) + u"/catalog"_s;
        saskati::AppContext::configure(scenarios, m_directory.filePath(u"results.sqlite"_s), catalog);
        // A test that checks against a file people write (a scenario, the catalogue) reads it from here.
        // SASKATI_SCREENSHOT_DIR: a test that takes screenshots saves them there (none without it).
        QVariantMap fixtures{{u"scenarios"_s, scenarios},
                             {u"screenshots"_s, qEnvironmentVariable("SASKATI_SCREENSHOT_DIR")}};
#ifdef SASKATI_TEST_SERVER_UI
        addServer(&fixtures);
#endif
        TestSupport::setFixtures(fixtures);
        // Scenarios written in the Author area go to the run's temporary folder.
        saskati::AppContext::setAuthorFolder(m_directory.filePath(u"authoring"_s));
        // Reports and PDFs saved without a chosen folder too, not into the user's Documents.
        saskati::AppContext::setExportFolder(m_directory.filePath(u"exports"_s));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        // Quick Test's log handler is in place by now: chain to it.
        if (!testLogHandler)
            testLogHandler = qInstallMessageHandler(guardLayoutWarnings);
    }

private:
#ifdef SASKATI_TEST_SERVER_UI
    // The app's server tab against a real PostgreSQL (the run's cluster, tests/server/testserver.h): a
    // lecturer's account on a schema of its own, its password kept in the run's folder, and the background
    // sync every two seconds instead of every five minutes.
    void addServer(QVariantMap *fixtures)
    {
        m_server = std::make_unique<saskati::testing::TestServer>();
        if (!m_server->ok() || !m_server->initialise())
            qFatal("tst_serverui: no PostgreSQL server (tests/tools/postgres-cluster.sh)");
        saskati::ServerAddress lecturer =
            m_server->account(u"anna"_s, saskati::ServerAccount::Kind::Lecturer, u"liepaja"_s);
        fixtures->insert(u"serverPassword"_s, lecturer.password);
        fixtures->insert(u"serverAccount"_s, lecturer.account);
        lecturer.password.clear();
        fixtures->insert(u"serverUrl"_s, saskati::testing::TestServer::url(lecturer));
        fixtures->insert(u"serverAdminUrl"_s, saskati::testing::TestServer::url(m_server->admin()));
        const QString passwords = m_directory.filePath(u"server.pgpass"_s);
        fixtures->insert(u"passwordFile"_s, passwords);
        saskati::ResultsServer::setPasswordFile(passwords);
        saskati::ResultsServer::setAutomaticInterval(2000, 1000);
        addAnotherLaptop(fixtures);
    }
    // For the review of the server: another lecturer of Liepāja has sent a laptop's results, which the
    // municipality's coordinator reads (fixtures coordinatorUrl, coordinatorPassword, otherLaptopCompleted).
    void addAnotherLaptop(QVariantMap *fixtures)
    {
        const saskati::ServerAddress berta =
            m_server->account(u"berta"_s, saskati::ServerAccount::Kind::Lecturer, u"liepaja"_s);
        saskati::ServerAddress dace =
            m_server->account(u"dace"_s, saskati::ServerAccount::Kind::Coordinator, u"liepaja"_s);
        saskati::ResultsStore laptop(m_directory.filePath(u"berta.sqlite"_s));
        saskati::ServerConnection server;
        if (!laptop.open().ok() || !saskati::testing::fillLaptop(laptop, {.seed = 9, .attempts = 40}) ||
            !server.open(berta) || !saskati::ServerSync(laptop, server).run())
            qFatal("tst_serverui: could not send another laptop's results");
        QSqlQuery q(laptop.database());
        q.exec(u"SELECT count(*) FROM attempts WHERE status = 'completed'"_s);
        q.next();
        fixtures->insert(u"otherLaptopCompleted"_s, q.value(0).toInt());
        fixtures->insert(u"coordinatorPassword"_s, dace.password);
        dace.password.clear();
        fixtures->insert(u"coordinatorUrl"_s, saskati::testing::TestServer::url(dace));
    }
    std::unique_ptr<saskati::testing::TestServer> m_server;
#endif
    QTemporaryDir m_directory;
};

int main(int argc, char **argv)
{
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    const int failed = quick_test_main_with_setup(argc, argv, "saskati_qml", QUICK_TEST_SOURCE_DIR, &setup);
    if (layoutWarnings > 0) {
        std::fprintf(stderr,
                     "FAIL: %d layout warning(s) (polish or binding loops) during the run; see above.\n",
                     int(layoutWarnings));
        return failed > 0 ? failed : 1;
    }
    return failed;
}

#include "tst_qml.moc"
