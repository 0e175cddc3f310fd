#include "servercommand.h"

#include "commandline.h"
#include "resultscommand.h"

#include "serveraccounts.h"
#include "serverconnection.h"
#include "servererasure.h"
#include "servermirror.h"
#include "serverpasswords.h"
#include "serverschema.h"
#include "serverstatus.h"
#include "serversync.h"
#include "syncsettings.h"

#include "resultsstore.h"

#include <QFile>
#include <QRandomGenerator>
#include <optional>

using namespace Qt::StringLiterals;

namespace saskati::cli {

namespace {

// Opens the server named by --url (or SASKATI_SERVER_URL); says why not on stderr.
bool connectTo(const Arguments &a, ServerConnection *server)
{
    const QString url = a.option(u"url"_s, qEnvironmentVariable("SASKATI_SERVER_URL"));
    if (url.isEmpty()) {
        err() << "saskati-cli: give the server as --url postgresql://ACCOUNT@HOST/DATABASE (or set "
                 "SASKATI_SERVER_URL)\n";
        return false;
    }
    const Result<ServerAddress> address = ServerAddress::parse(url);
    if (!address) {
        err() << address.error().message << "\n";
        return false;
    }
    if (Result<void> opened = server->open(*address); !opened) {
        err() << opened.error().message << "\n";
        return false;
    }
    return true;
}

int failed(const Error &error)
{
    err() << error.message << "\n";
    return Failure;
}

// A password from --password-file FILE (its first line) or, with --generate-password, a new one printed once.
bool readPassword(const Arguments &a, QString *password)
{
    if (a.flag(u"generate-password"_s)) {
        static const QString alphabet = u"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
        for (int i = 0; i < 20; ++i)
            password->append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
        return true;
    }
    const QString path = a.option(u"password-file"_s);
    QFile file(path);
    if (path.isEmpty() ||
        !(path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly))) {
        err()
            << "saskati-cli: give the account's password with --password-file FILE (- for standard input) or "
               "--generate-password\n";
        return false;
    }
    *password = QString::fromUtf8(file.readLine()).trimmed();
    return true;
}

int accountCommand(const QStringList &args)
{
    const Arguments a(args, {u"generate-password"_s},
                      {u"url"_s, u"kind"_s, u"municipality"_s, u"password-file"_s});
    if (!a.ok())
        return usageError(a.error());
    const QString action = a.positional().value(0);
    ServerConnection server;
    if (action == u"add" && a.positional().size() == 2) {
        ServerAccount account;
        account.name = a.positional().at(1);
        if (!serverAccountKindFromId(a.option(u"kind"_s), &account.kind))
            return usageError(u"server account add needs --kind lecturer|coordinator|national"_s);
        account.municipality = a.option(u"municipality"_s);
        QString password;
        if (!readPassword(a, &password))
            return Usage;
        if (!connectTo(a, &server))
            return Failure;
        if (Result<void> added = serveraccounts::addAccount(server, account, password); !added)
            return failed(added.error());
        out() << "added " << serverAccountKindId(account.kind) << " " << account.name;
        if (a.flag(u"generate-password"_s))
            out() << " with the password " << password << " (shown once: give it to them now)";
        out() << "\n";
        return Success;
    }
    if (action == u"remove" && a.positional().size() == 2) {
        if (!connectTo(a, &server))
            return Failure;
        if (Result<void> removed = serveraccounts::removeAccount(server, a.positional().at(1)); !removed)
            return failed(removed.error());
        out() << "removed " << a.positional().at(1) << "\n";
        return Success;
    }
    if (action == u"list" && a.positional().size() == 1) {
        if (!connectTo(a, &server))
            return Failure;
        const Result<QList<ServerAccount>> accounts = serveraccounts::accounts(server);
        if (!accounts)
            return failed(accounts.error());
        for (const ServerAccount &account : *accounts)
            out() << account.name << "\t" << serverAccountKindId(account.kind) << "\t"
                  << (account.municipality.isEmpty() ? u"-"_s : account.municipality) << "\n";
        return Success;
    }
    return usageError(u"server account add NAME --kind K [--municipality ID] | remove NAME | list"_s);
}

int municipalityCommand(const QStringList &args)
{
    const Arguments a(args, {}, {u"url"_s});
    if (!a.ok())
        return usageError(a.error());
    const QString action = a.positional().value(0);
    ServerConnection server;
    if (action == u"add" && a.positional().size() == 3) {
        if (!connectTo(a, &server))
            return Failure;
        if (Result<void> put =
                serveraccounts::putMunicipality(server, {a.positional().at(1), a.positional().at(2)});
            !put)
            return failed(put.error());
        out() << "municipality " << a.positional().at(1) << ": " << a.positional().at(2) << "\n";
        return Success;
    }
    if (action == u"list" && a.positional().size() == 1) {
        if (!connectTo(a, &server))
            return Failure;
        const Result<QList<serveraccounts::Municipality>> list = serveraccounts::municipalities(server);
        if (!list)
            return failed(list.error());
        for (const serveraccounts::Municipality &m : *list)
            out() << m.id << "\t" << m.name << "\n";
        return Success;
    }
    return usageError(u"server municipality add ID NAME | list"_s);
}

// Opens the server at `url` with the password written in it, or the one kept for the person
// (serverpasswords.h), or else libpq's own (PGPASSWORD, ~/.pgpass).
Result<void> openWithKeptPassword(const QString &url, ServerConnection *server)
{
    Result<ServerAddress> address = ServerAddress::parse(url);
    if (!address)
        return address.error();
    if (address->password.isEmpty()) {
        const Result<QString> remembered = serverpasswords::lookup(serverpasswords::defaultFile(), *address);
        if (!remembered)
            return remembered.error();
        address->password = *remembered;
    }
    return server->open(*address);
}

// The server --url (or SASKATI_SERVER_URL) names, opened with the kept password; the exit code when it cannot
// be.
std::optional<int> openNamedServer(const Arguments &a, ServerConnection *server)
{
    const QString url = a.option(u"url"_s, qEnvironmentVariable("SASKATI_SERVER_URL"));
    if (url.isEmpty())
        return usageError(u"give the server as --url postgresql://ACCOUNT@HOST/DATABASE"_s);
    if (Result<void> opened = openWithKeptPassword(url, server); !opened)
        return failed(opened.error());
    return std::nullopt;
}

// `server mirror --url URL --database FILE`: the coordinator's review of the server, in a results file of its
// own.
int mirrorCommand(const QStringList &args)
{
    const Arguments a(args, {u"full"_s}, {u"database"_s, u"url"_s});
    if (!a.ok())
        return usageError(a.error());
    if (!a.positional().isEmpty() || a.option(u"database"_s).isEmpty())
        return usageError(u"server mirror --url URL --database FILE (a file of its own, not the laptop's "
                          u"results)"_s);
    ServerConnection server;
    if (const std::optional<int> refused = openNamedServer(a, &server))
        return *refused;
    ResultsStore store(databasePath(a));
    store.setDailyBackups(false); // it can be read again from the server: no old copies of people lie about
    if (!openStore(store))
        return Failure;
    ServerMirror mirror(store, server);
    mirror.setFullPass(a.flag(u"full"_s));
    const Result<MirrorReport> report = mirror.refresh();
    if (!report)
        return failed(report.error());
    out() << report->toText();
    return Success;
}

// `server erase --url URL --participant UUID|CODE --yes`: a person erased on the server itself, for a
// coordinator whose review reads the server (the person need not be on this computer).
int eraseCommand(const QStringList &args)
{
    const Arguments a(args, {u"yes"_s}, {u"participant"_s, u"url"_s});
    if (!a.ok())
        return usageError(a.error());
    const QString who = a.option(u"participant"_s);
    if (!a.positional().isEmpty() || who.isEmpty())
        return usageError(u"server erase --url URL --participant UUID|CODE --yes"_s);
    if (!a.flag(u"yes"_s)) {
        err() << "saskati-cli: erasing deletes every result of the person on the server and, at their next "
                 "sync, on every laptop, also in the backups; it cannot be undone. Add --yes to erase.\n";
        return Failure;
    }
    ServerConnection server;
    if (const std::optional<int> refused = openNamedServer(a, &server))
        return *refused;
    const Result<QStringList> found = servererasure::find(server, who);
    if (!found)
        return failed(found.error());
    if (found->isEmpty()) {
        err() << "saskati-cli: the server holds no participant " << who << " that the account "
              << server.address().account << " may see: nothing was erased\n";
        return Failure;
    }
    // Two laptops drew the same code: the uuid says which (review people --database COPY lists them).
    if (found->size() > 1) {
        err() << "saskati-cli: " << found->size() << " people have the code " << who
              << " on the server; give the uuid of the one to erase: " << found->join(u", "_s) << "\n";
        return Failure;
    }
    if (Result<void> erased = servererasure::erase(server, found->constFirst()); !erased)
        return failed(erased.error());
    out() << "erased on the server: " << found->constFirst()
          << "\nevery laptop and review copy that holds them erases them at its next sync or reading\n";
    return Success;
}

} // namespace

int syncCommand(const QStringList &args)
{
    const Arguments a(args, {}, {u"database"_s, u"server"_s, u"url"_s, u"batch"_s});
    if (!a.ok())
        return usageError(a.error());
    if (!a.positional().isEmpty())
        return usageError(u"sync takes no FILE: --database PATH --server URL"_s);
    ResultsStore store(databasePath(a));
    if (!openStore(store))
        return Failure;
    // The server named here, or the one the app's server tab keeps in the results file (with the password it
    // remembers for the person: serverpasswords.h).
    const QStringList named = a.options(u"server"_s);
    QString url =
        named.isEmpty() ? a.option(u"url"_s, qEnvironmentVariable("SASKATI_SERVER_URL")) : named.last();
    if (url.isEmpty())
        url = SyncSettings::read(store).address;
    if (url.isEmpty()) {
        err() << "saskati-cli: give the server as --server postgresql://ACCOUNT@HOST/DATABASE (or set "
                 "SASKATI_SERVER_URL, or choose one for this results file in the app: Review results, "
                 "Server)\n";
        return Failure;
    }
    ServerConnection server;
    if (Result<void> opened = openWithKeptPassword(url, &server); !opened)
        return failed(opened.error());
    ServerSync sync(store, server);
    bool batchOk = true;
    if (!a.option(u"batch"_s).isEmpty())
        sync.setBatchSize(qMax(1, a.option(u"batch"_s).toInt(&batchOk)));
    if (!batchOk)
        return usageError(u"--batch is a number of attempts"_s);
    const Result<SyncReport> report = sync.run();
    if (!report)
        return failed(report.error());
    out() << report->toText();
    return Success;
}

int serverCommand(const QStringList &args)
{
    const QString action = args.value(0);
    if (action == u"account")
        return accountCommand(args.mid(1));
    if (action == u"municipality")
        return municipalityCommand(args.mid(1));
    if (action == u"mirror")
        return mirrorCommand(args.mid(1));
    if (action == u"erase")
        return eraseCommand(args.mid(1));
    const Arguments a(args.mid(1), {}, {u"url"_s});
    if (!a.ok())
        return usageError(a.error());
    if (!a.positional().isEmpty())
        return usageError(u"server %1 takes no FILE"_s.arg(action));
    ServerConnection server;
    if (action == u"init") {
        if (!connectTo(a, &server))
            return Failure;
        if (Result<void> made = serverschema::init(server); !made)
            return failed(made.error());
        out() << "initialised " << server.address().display() << " at schema version "
              << serverschema::latestVersion() << "\n";
        return Success;
    }
    if (action == u"migrate") {
        if (!connectTo(a, &server))
            return Failure;
        const Result<int> from = serverschema::migrate(server);
        if (!from)
            return failed(from.error());
        if (*from == serverschema::latestVersion())
            out() << "the schema is up to date (version " << *from << ")\n";
        else
            out() << "migrated from schema version " << *from << " to " << serverschema::latestVersion()
                  << "\n";
        return Success;
    }
    if (action == u"status") {
        if (!connectTo(a, &server))
            return Failure;
        const Result<ServerStatus> status = serverStatus(server);
        if (!status)
            return failed(status.error());
        out() << status->toText();
        return Success;
    }
    return usageError(
        u"server init|migrate|status|mirror|erase|municipality|account needs one of those words"_s);
}

} // namespace saskati::cli
