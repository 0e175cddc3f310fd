#include "serveraccounts.h"

#include "serverconnection.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saskati {

QString serverAccountKindId(ServerAccount::Kind kind)
{
    switch (kind) {
    case ServerAccount::Kind::Lecturer:
        return u"lecturer"_s;
    case ServerAccount::Kind::Coordinator:
        return u"coordinator"_s;
    case ServerAccount::Kind::National:
        return u"national"_s;
    }
    return {};
}

bool serverAccountKindFromId(const QString &id, ServerAccount::Kind *kind)
{
    for (ServerAccount::Kind k :
         {ServerAccount::Kind::Lecturer, ServerAccount::Kind::Coordinator, ServerAccount::Kind::National})
        if (serverAccountKindId(k) == id) {
            *kind = k;
            return true;
        }
    return false;
}

namespace serveraccounts {

namespace {

// Lower-case names: PostgreSQL folds unquoted names, and psql users type them unquoted.
bool isAccountName(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_.-]{0,62}$"_s);
    return pattern.match(name).hasMatch() && !name.startsWith(u"saskati_"_s) && !name.startsWith(u"pg_"_s);
}

} // namespace

Result<void> putMunicipality(ServerConnection &server, const Municipality &municipality)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9-]{0,39}$"_s);
    if (!pattern.match(municipality.id).hasMatch())
        return Error(u"'%1' cannot be a municipality's id: write it in lower-case letters, digits and '-', "
                     u"e.g. liepaja."_s.arg(municipality.id));
    if (municipality.name.trimmed().isEmpty())
        return Error(u"The municipality '%1' needs a name."_s.arg(municipality.id));
    return server.exec(u"INSERT INTO saskati.municipalities (id, name) VALUES (?, ?) "
                       u"ON CONFLICT (id) DO UPDATE SET name = excluded.name"_s,
                       {municipality.id, municipality.name.trimmed()}, u"add the municipality"_s);
}

Result<QList<Municipality>> municipalities(ServerConnection &server)
{
    QSqlQuery q(server.database());
    if (!q.exec(u"SELECT id, name FROM saskati.municipalities ORDER BY id"_s))
        return server.fail(u"read the municipalities"_s, q.lastError());
    QList<Municipality> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

Result<void> addAccount(ServerConnection &server, const ServerAccount &account, const QString &password)
{
    if (!isAccountName(account.name))
        return Error(
            u"'%1' cannot be an account's name: write it in lower-case letters, digits, '.', '_' and "
            u"'-', starting with a letter (not saskati_ or pg_)."_s.arg(account.name));
    if (password.size() < 12)
        return Error(u"The password of '%1' is too short: give at least 12 characters."_s.arg(account.name));
    const bool national = account.kind == ServerAccount::Kind::National;
    if (national != account.municipality.isEmpty())
        return Error(national ? u"A national account belongs to no municipality: leave --municipality out."_s
                              : u"A lecturer's or coordinator's account needs --municipality ID."_s);
    const QString group = u"saskati_"_s + serverAccountKindId(account.kind);
    // Only libpq's SCRAM verifier of the password travels, never the password: a statement the server logs (a
    // failure, or log_statement) shows no password.
    const Result<QString> verifier = server.passwordVerifier(account.name, password);
    if (!verifier)
        return verifier.error();
    return server.transaction([&]() -> Result<void> {
        // The statement is quoted by the server (format's %I and %L): a name cannot break out of it.
        const Result<QVariant> create = server.value(
            u"SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', ?::text, ?::text, ?::text)"_s,
            {account.name, *verifier, group});
        if (!create)
            return create.error();
        if (Result<void> made =
                server.exec(create->toString(), {}, u"make the account '%1'"_s.arg(account.name));
            !made)
            return made;
        return server.exec(
            u"INSERT INTO saskati.accounts (role_name, kind, municipality) VALUES (?, ?, ?)"_s,
            {account.name, serverAccountKindId(account.kind),
             national ? QVariant(QMetaType::fromType<QString>()) : QVariant(account.municipality)},
            u"record the account '%1' (is the municipality known? server municipality add)"_s.arg(
                account.name));
    });
}

Result<void> removeAccount(ServerConnection &server, const QString &name)
{
    return server.transaction([&]() -> Result<void> {
        const Result<QVariant> known =
            server.value(u"DELETE FROM saskati.accounts WHERE role_name = ? RETURNING role_name"_s, {name},
                         u"remove the account"_s);
        if (!known)
            return known.error();
        if (!known->isValid())
            return Error(u"There is no Saskati account '%1' on the server."_s.arg(name));
        const Result<QVariant> drop = server.value(u"SELECT format('DROP ROLE %I', ?::text)"_s, {name});
        if (!drop)
            return drop.error();
        return server.exec(drop->toString(), {}, u"remove the login '%1'"_s.arg(name));
    });
}

Result<QList<ServerAccount>> accounts(ServerConnection &server)
{
    QSqlQuery q(server.database());
    if (!q.exec(u"SELECT role_name, kind, coalesce(municipality, ''), created FROM saskati.accounts "
                u"ORDER BY municipality NULLS FIRST, kind, role_name"_s))
        return server.fail(u"read the accounts"_s, q.lastError());
    QList<ServerAccount> list;
    while (q.next()) {
        ServerAccount a;
        a.name = q.value(0).toString();
        (void)serverAccountKindFromId(q.value(1).toString(), &a.kind);
        a.municipality = q.value(2).toString();
        a.created = q.value(3).toDateTime();
        list.append(a);
    }
    return list;
}

} // namespace serveraccounts

} // namespace saskati
