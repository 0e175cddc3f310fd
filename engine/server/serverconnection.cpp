#include "serverconnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace saskati {

ServerConnection::ServerConnection()
    : m_name(u"saskati-server-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

ServerConnection::~ServerConnection()
{
    m_failed.reset();
    if (QSqlDatabase::contains(m_name)) {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
}

Result<void> ServerConnection::open(const ServerAddress &address)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return Error::withCode(u"no-driver"_s,
                               u"Saskati cannot reach a PostgreSQL server: Qt's PostgreSQL driver is not "
                               u"installed. Install the package libqt6sql6-psql (./tools/setup.sh does)."_s);
    m_address = address;
    QSqlDatabase db = QSqlDatabase::contains(m_name) ? QSqlDatabase::database(m_name, false)
                                                     : QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
    db.close();
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.account);
    db.setPassword(address.password);
    db.setConnectOptions(address.connectOptions());
    if (!db.open())
        return fail(u"connect to the server %1"_s.arg(address.display()), db.lastError());
    // Every name Saskati uses is written with its schema; nothing an account creates can stand in for it.
    // JIT compiling pays for long analytic queries; every statement here is short, and compiling one took
    // longer than running it (20 ms a statement under auto_explain, bench_sync).
    return exec(u"SET search_path = pg_catalog; SET jit = off"_s, {}, u"prepare the connection"_s);
}

bool ServerConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase ServerConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<QSqlQuery> ServerConnection::run(const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(database());
    bool ran = false;
    if (values.isEmpty()) {
        ran = q.exec(sql);
    } else {
        ran = q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ran = ran && q.exec();
    }
    if (!ran) {
        const Error failure = fail(what.isEmpty() ? u"run a query on the server"_s : what, q.lastError());
        m_failed = std::make_unique<QSqlQuery>(std::move(q));
        return failure;
    }
    return q;
}

Result<void> ServerConnection::exec(const QString &sql, const QVariantList &values, const QString &what)
{
    const Result<QSqlQuery> q = run(sql, values, what);
    if (!q)
        return q.error();
    return {};
}

Result<qint64> ServerConnection::write(const QString &sql, const QVariantList &values, const QString &what)
{
    const Result<QSqlQuery> q = run(sql, values, what);
    if (!q)
        return q.error();
    return qint64(q->numRowsAffected());
}

Result<QVariantList> ServerConnection::column(const QString &sql, const QVariantList &values,
                                              const QString &what)
{
    Result<QSqlQuery> q = run(sql, values, what);
    if (!q)
        return q.error();
    QVariantList list;
    while (q->next())
        list.append(q->value(0));
    return list;
}

Result<QVariant> ServerConnection::value(const QString &sql, const QVariantList &values, const QString &what)
{
    Result<QSqlQuery> q = run(sql, values, what);
    if (!q)
        return q.error();
    return q->next() ? q->value(0) : QVariant();
}

Result<QString> ServerConnection::passwordVerifier(const QString &account, const QString &password) const
{
    // The driver's own libpq connection (QSqlDriver::handle()): "PGconn*" in Qt's documentation, and named
    // by its struct, "pg_conn*", by Qt 6's type registry.
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return Error(u"Could not prepare the password: not connected to a PostgreSQL server."_s);
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    char *verifier = PQencryptPasswordConn(connection, password.toUtf8().constData(),
                                           account.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return Error(u"Could not prepare the password: %1"_s.arg(
            QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
    const QString text = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return text;
}

Result<void> ServerConnection::transaction(const std::function<Result<void>()> &work)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(u"begin a transaction on the server"_s, db.lastError());
    const Result<void> done = work();
    if (!done) {
        db.rollback();
        m_failed.reset();
        return done;
    }
    // QSqlDatabase::commit() also fails when the server answers a COMMIT with ROLLBACK (an aborted
    // transaction).
    if (!db.commit())
        return fail(u"commit on the server"_s, db.lastError());
    return {};
}

Error ServerConnection::fail(const QString &what, const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    const QString text = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).simplified();
    const QString where =
        m_address.host.startsWith(u'/') ? m_address.host : u"%1:%2"_s.arg(m_address.host).arg(m_address.port);
    QString why;
    QString code = state;
    if (text.contains(u"no password supplied"_s)) {
        why = u"the server wants a password for the account '%1'. Give it with the address"_s.arg(
            m_address.account);
        code = u"28P01"_s;
    } else if (text.contains(u"no pg_hba.conf entry"_s)) {
        why = u"the server does not accept the account '%1' from this computer (its pg_hba.conf). Ask the "
              u"server's administrator"_s.arg(m_address.account);
        code = u"42501"_s;
    } else if (state == u"28P01" || text.contains(u"password authentication failed"_s)) {
        why = u"the server refused the account '%1' or its password. Check both with the server's "
              u"administrator"_s.arg(m_address.account);
        code = u"28P01"_s;
    } else if (state == u"42501")
        why =
            u"the server does not let the account '%1' do this (%2)"_s.arg(m_address.account, text.trimmed());
    else if (state == u"3D000")
        why = u"the server has no database '%1'. Check the address's last part"_s.arg(m_address.database);
    else if (state == u"SK001")
        why = u"%1. Sync again: the person is erased on this computer first"_s.arg(text.trimmed());
    // A connection lost (also in the middle of its TLS handshake: "SSL SYSCALL error: EOF detected") before
    // an identity that could not be checked.
    else if (text.contains(u"Connection refused"_s) || text.contains(u"could not connect"_s) ||
             text.contains(u"timeout expired"_s) || text.contains(u"could not translate host name"_s) ||
             text.contains(u"server closed the connection"_s) ||
             text.contains(u"no connection to the server"_s) || text.contains(u"EOF detected"_s) ||
             text.contains(u"closed unexpectedly"_s) || text.contains(u"terminating connection"_s)) {
        why = u"the server at %1 does not answer (%2). Check the address and the network; results stay on "
              u"this computer and nothing is lost"_s.arg(where, text.trimmed());
        code = u"unreachable"_s;
    } else if (text.contains(u"certificate"_s) || text.contains(u"SSL error"_s) ||
               text.contains(u"sslmode"_s)) {
        why = u"the server's identity could not be checked over TLS (%1). Check sslrootcert=FILE (the "
              u"authority's certificate from the server's administrator) and that the address's host name is "
              u"the one in the server's certificate"_s.arg(text.trimmed());
        if (code.isEmpty())
            code = u"identity"_s;
    } else
        why = text.trimmed();
    // The SQLSTATE, for the callers that act on it (42501: refused; SK001: erased), or "unreachable" /
    // "identity" for a connection that failed before the server could say anything.
    return Error::withCode(code, u"Could not %1: %2."_s.arg(what, why));
}

} // namespace saskati
