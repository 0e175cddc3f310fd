#pragma once
// A real PostgreSQL server for a test (issue #22): the run's throw-away cluster
// (tests/tools/postgres-cluster.sh, CTest fixture "postgres", its folder in SASKATI_TEST_POSTGRES) or, run by
// hand, one started here and removed when the test ends. Each TestServer makes its own database and its own
// accounts, with names no other test uses, and drops them again: tests can run side by side on one cluster.
#include "serveraccounts.h"
#include "serveraddress.h"
#include "serverconnection.h"
#include "serverschema.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <memory>

namespace saskati::testing {

class TestServer {
public:
    /// OwnCluster: a cluster of the test's own even under ctest, for a test that stops its server.
    enum Cluster { SharedCluster, OwnCluster };

    explicit TestServer(Cluster which = SharedCluster)
    {
        using namespace Qt::StringLiterals;
        m_info = which == SharedCluster ? qEnvironmentVariable("SASKATI_TEST_POSTGRES") : QString();
        if (m_info.isEmpty()) {
            m_own = std::make_unique<QTemporaryDir>();
            m_info = m_own->path();
            if (QProcess::execute(script(), {u"start"_s, m_info}) != 0)
                return;
        }
        QFile url(m_info + u"/admin.url"_s);
        if (!url.open(QIODevice::ReadOnly))
            return;
        const Result<ServerAddress> cluster =
            ServerAddress::parse(QString::fromUtf8(url.readAll()).trimmed());
        if (!cluster)
            return;
        m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
        m_database = u"test_"_s + m_suffix;
        ServerConnection maintenance;
        if (!maintenance.open(*cluster) || !maintenance.exec(u"CREATE DATABASE %1"_s.arg(m_database)))
            return;
        m_admin = *cluster;
        m_admin.database = m_database;
    }

    ~TestServer()
    {
        using namespace Qt::StringLiterals;
        if (!m_database.isEmpty() && !m_admin.host.isEmpty()) {
            ServerAddress cluster = m_admin;
            cluster.database = u"saskati"_s;
            ServerConnection maintenance;
            if (maintenance.open(cluster)) {
                (void)maintenance.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database));
                for (const QString &role : std::as_const(m_roles))
                    (void)maintenance.exec(u"DROP ROLE IF EXISTS %1"_s.arg(role));
            }
        }
        if (m_own)
            QProcess::execute(script(), {u"stop"_s, m_info});
    }

    bool ok() const { return !m_admin.host.isEmpty(); }
    /// The administrator's address of this test's own database.
    const ServerAddress &admin() const { return m_admin; }
    /// The cluster's folder of connection details (for postgres-cluster.sh restart|kill|start-again).
    const QString &infoDir() const { return m_info; }
    static QString script() { return QStringLiteral(SASKATI_SOURCE_DIR "/tests/tools/postgres-cluster.sh"); }

    /// An initialised schema with the municipalities liepaja and valmiera.
    bool initialise()
    {
        using namespace Qt::StringLiterals;
        ServerConnection server;
        return server.open(m_admin) && serverschema::init(server) &&
               serveraccounts::putMunicipality(server, {u"liepaja"_s, u"Liepāja"_s}) &&
               serveraccounts::putMunicipality(server, {u"valmiera"_s, u"Valmiera"_s});
    }

    /// Makes an account ("anna" becomes "anna_<suffix>": logins are the cluster's) and returns its address.
    ServerAddress account(const QString &name, ServerAccount::Kind kind, const QString &municipality = {})
    {
        using namespace Qt::StringLiterals;
        ServerAccount account;
        account.name = name + u'_' + m_suffix.toLower();
        account.kind = kind;
        account.municipality = municipality;
        const QString password = u"secret-"_s + QUuid::createUuid().toString(QUuid::Id128);
        ServerConnection server;
        if (!server.open(m_admin) || !serveraccounts::addAccount(server, account, password))
            return {};
        m_roles.append(account.name);
        ServerAddress address = m_admin;
        address.account = account.name;
        address.password = password;
        return address;
    }

    /// A URL for `address` as a person writes it (password included), for the command-line tool.
    static QString url(const ServerAddress &address)
    {
        using namespace Qt::StringLiterals;
        QUrl url;
        url.setScheme(u"postgresql"_s);
        url.setUserName(address.account);
        url.setPassword(address.password);
        url.setHost(address.host);
        url.setPort(address.port);
        url.setPath(u"/"_s + address.database);
        QUrlQuery query;
        query.addQueryItem(u"sslmode"_s, address.sslMode);
        if (!address.sslRootCert.isEmpty())
            query.addQueryItem(u"sslrootcert"_s, address.sslRootCert);
        url.setQuery(query);
        return url.toString();
    }

private:
    std::unique_ptr<QTemporaryDir> m_own;
    QString m_info;
    QString m_suffix;
    QString m_database;
    ServerAddress m_admin;
    QStringList m_roles;
};

} // namespace saskati::testing
