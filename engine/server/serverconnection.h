#pragma once

#include "result.h"
#include "serveraddress.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace saskati {

/// One connection to a Saskati server (PostgreSQL, through Qt's QPSQL driver), owned by the thread that
/// opened it. Every failure is said for a person: what could not be done, why, and what to do
/// (docs/server.md, "When something fails").
class ServerConnection {
public:
    ServerConnection();
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    Result<void> open(const ServerAddress &address);
    bool isOpen() const;
    const ServerAddress &address() const { return m_address; }
    QSqlDatabase database() const;

    /// Runs `sql` (several statements when `values` is empty) and keeps nothing of its result.
    Result<void> exec(const QString &sql, const QVariantList &values = {}, const QString &what = {});
    /// Runs one statement and returns how many rows it inserted, changed or deleted.
    Result<qint64> write(const QString &sql, const QVariantList &values, const QString &what);
    /// The first column of each row of `sql`'s result.
    Result<QVariantList> column(const QString &sql, const QVariantList &values = {},
                                const QString &what = {});
    /// The first value of `sql`'s result, or an invalid QVariant when it has no row.
    Result<QVariant> value(const QString &sql, const QVariantList &values = {}, const QString &what = {});

    /// libpq's SCRAM-SHA-256 verifier of `password` for `account`, made on this computer: what CREATE ROLE
    /// ... PASSWORD is given instead of the password itself.
    Result<QString> passwordVerifier(const QString &account, const QString &password) const;
    /// Runs `work` in one transaction: committed when it succeeds, rolled back when it fails.
    Result<void> transaction(const std::function<Result<void>()> &work);

    /// "Could not WHAT: WHY." with the server's own words turned into a person's where they are known.
    Error fail(const QString &what, const QSqlError &error) const;

private:
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values, const QString &what);

    QString m_name;
    ServerAddress m_address;
    // A prepared statement that failed inside a transaction can only be freed after the rollback: kept until
    // then.
    std::unique_ptr<QSqlQuery> m_failed;
};

} // namespace saskati
