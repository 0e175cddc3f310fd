#include "resultscommand.h"

#include "attemptrecorder.h"
#include "catalog.h"
#include "datadirectory.h"
#include "privatefiles.h"
#include "resultsexport.h"
#include "resultsstore.h"
#include "servermirror.h"
#include "xapiexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::cli;

namespace saskati::cli {

QString databasePath(const Arguments &a)
{
    return a.option(u"database"_s, ResultsStore::defaultPath());
}

bool openStore(ResultsStore &store)
{
    const ResultsStore::OpenResult opened = store.open();
    if (!opened.ok()) {
        err() << "saskati-cli: " << opened.error.message << '\n';
        err().flush();
    }
    return opened.ok();
}

} // namespace saskati::cli

namespace {

// The review's copy of a server (`server mirror`) holds the server's results, read: nothing here changes it.
bool openToChange(ResultsStore &store)
{
    if (!openStore(store))
        return false;
    if (!ServerMirror::isMirror(store))
        return true;
    err()
        << "saskati-cli: " << store.path()
        << " is a copy of a server's results for the review: nothing is changed in it. Change results on the "
           "laptop that recorded them; the copy follows when it is read again (server mirror).\n";
    return false;
}

// The catalogue `--catalog` names, or the shipped one; its diagnostics printed. Null when it has errors.
std::shared_ptr<const Catalog> catalogOption(const Arguments &a)
{
    Diagnostics diagnostics;
    auto catalog = std::make_shared<Catalog>(
        loadCatalog(a.option(u"catalog"_s, shippedCatalogDirectory()), &diagnostics));
    printDiagnostics(diagnostics);
    return hasErrors(diagnostics) ? nullptr : catalog;
}

// Writes a file only its owner can read; says so on stderr when it cannot.
bool writeOutput(const QString &file, const QByteArray &bytes)
{
    if (writePrivateFile(file, bytes))
        return true;
    err() << "saskati-cli: cannot write " << file << '\n';
    return false;
}

int restore(ResultsStore &store, const Arguments &a)
{
    QStringList copies = store.backups();
    const QString chosen = a.option(u"backup"_s, copies.isEmpty() ? QString() : copies.last());
    if (chosen.isEmpty()) {
        err() << "saskati-cli: there is no backup of " << store.path() << '\n';
        return Failure;
    }
    if (const Result<void> restored = store.restoreBackup(chosen); !restored) {
        err() << "saskati-cli: " << restored.error().message << '\n';
        return Failure;
    }
    out() << "Restored " << chosen << "; the previous file was kept beside it (.damaged-*)\n";
    return Success;
}

void printList(const QString &path, const QJsonArray &participants, const QJsonArray &seminars,
               const QJsonArray &attempts)
{
    out() << path << "\n\nParticipants (" << participants.size() << ")\n";
    for (const QJsonValue &v : participants)
        out() << "  " << v[u"code"_s].toString() << "  " << v[u"name"_s].toString() << "  "
              << v[u"role"_s].toString() << '\n';
    out() << "\nSeminars (" << seminars.size() << ")\n";
    for (const QJsonValue &v : seminars)
        out() << "  " << v[u"date"_s].toString() << "  " << v[u"title"_s].toString() << '\n';
    out() << "\nAttempts (" << attempts.size() << ")\n";
    for (const QJsonValue &v : attempts)
        out() << "  " << v[u"uuid"_s].toString().left(8) << "  " << v[u"scenario"_s].toString() << "  "
              << v[u"status"_s].toString() << "  " << v[u"percent"_s].toVariant().toString() << '\n';
}

int list(ResultsStore &store, const Arguments &a)
{
    if (!openStore(store))
        return Failure;
    QJsonArray participants, seminars, attempts;
    for (const Participant &p : store.participants())
        participants.append(QJsonObject{
            {u"uuid"_s, p.uuid}, {u"name"_s, p.displayName}, {u"code"_s, p.code}, {u"role"_s, p.role}});
    for (const Seminar &s : store.seminars())
        seminars.append(QJsonObject{
            {u"uuid"_s, s.uuid}, {u"title"_s, s.title}, {u"date"_s, s.date.toString(Qt::ISODate)}});
    for (const AttemptRecord &r : store.attempts())
        attempts.append(QJsonObject{{u"uuid"_s, r.uuid},
                                    {u"participant"_s, r.participant},
                                    {u"scenario"_s, r.scenarioId},
                                    {u"status"_s, attemptStatusId(r.status)},
                                    {u"percent"_s, r.score.value(u"percent"_s)}});
    if (a.flag(u"json"_s))
        out() << QJsonDocument(QJsonObject{{u"participants"_s, participants},
                                           {u"seminars"_s, seminars},
                                           {u"attempts"_s, attempts}})
                     .toJson(QJsonDocument::Indented);
    else
        printList(store.path(), participants, seminars, attempts);
    return Success;
}

// `results export --csv`: four CSV files in the folder --output names.
int exportCsvFiles(ResultsStore &store, const Arguments &a, const ExportSelection &selection)
{
    const QString dir = a.option(u"output"_s);
    QDir().mkpath(dir);
    const auto catalog = catalogOption(a);
    if (!catalog)
        return Failure;
    const CsvExport csv = exportCsv(store, selection, catalog);
    for (const auto &[name, bytes] :
         {std::pair{u"attempts.csv"_s, csv.attempts}, std::pair{u"decisions.csv"_s, csv.decisions},
          std::pair{u"exposures.csv"_s, csv.exposures},
          std::pair{u"knowledge_answers.csv"_s, csv.knowledgeAnswers}}) {
        if (!writeOutput(QDir(dir).filePath(name), bytes))
            return Failure;
    }
    err() << "Wrote attempts.csv, decisions.csv, exposures.csv and knowledge_answers.csv to " << dir << '\n';
    return Success;
}

int exportResults(ResultsStore &store, const Arguments &a)
{
    if (a.option(u"output"_s).isEmpty())
        return usageError(u"results export needs --output PATH"_s);
    if (!openStore(store))
        return Failure;
    ExportSelection selection;
    selection.pseudonymise = a.flag(u"pseudonymise"_s);
    for (const QString &p : a.options(u"participant"_s))
        selection.participants.append(p);
    for (const QString &s : a.options(u"seminar"_s))
        selection.seminars.append(s);
    if (a.flag(u"csv"_s))
        return exportCsvFiles(store, a, selection);
    const QByteArray bytes = QJsonDocument(exportBundle(store, selection)).toJson(QJsonDocument::Indented);
    return writeOutput(a.option(u"output"_s), bytes) ? Success : Failure;
}

int xapi(ResultsStore &store, const Arguments &a)
{
    if (a.option(u"output"_s).isEmpty())
        return usageError(u"results xapi needs --output FILE"_s);
    if (!openStore(store))
        return Failure;
    // Decisions come from the review rows: attempts imported or recorded before version 4 get them first.
    if (!store.attemptsWithoutIndex().isEmpty()) {
        const auto catalog = catalogOption(a);
        if (!catalog)
            return Failure;
        QStringList problems;
        reindexAttempts(store, catalog, &problems);
        for (const QString &p : problems)
            err() << "saskati-cli: " << p << '\n';
    }
    ExportSelection selection;
    selection.participants = a.options(u"participant"_s);
    selection.seminars = a.options(u"seminar"_s);
    const QJsonArray statements = xapiStatements(store, selection);
    const QByteArray bytes = QJsonDocument(statements).toJson(QJsonDocument::Indented);
    if (!writeOutput(a.option(u"output"_s), bytes))
        return Failure;
    err() << "Wrote " << statements.size() << " xAPI statements to " << a.option(u"output"_s) << '\n';
    return Success;
}

int importFile(ResultsStore &store, const Arguments &a)
{
    if (a.positional().size() != 1)
        return usageError(u"results import needs one FILE"_s);
    QFile f(a.positional().first());
    if (!f.open(QIODevice::ReadOnly)) {
        err() << "saskati-cli: cannot read " << f.fileName() << '\n';
        return Failure;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        err() << "saskati-cli: " << f.fileName() << " is not a results bundle: " << parseError.errorString()
              << '\n';
        return Failure;
    }
    if (!openToChange(store))
        return Failure;
    const ImportReport report = importBundle(store, doc.object());
    if (!report.ok) {
        err() << "saskati-cli: " << report.error.message << '\n';
        return Failure;
    }
    out() << "Imported: " << report.added << " new, " << report.unchanged << " already here, "
          << report.conflicts.size() << " conflicts\n";
    // Conflicts are warnings: the rest was imported, and the local rows were kept.
    for (const QString &c : report.conflicts)
        err() << f.fileName() << ": warning: " << c << '\n';
    return Success;
}

int reindex(ResultsStore &store, const Arguments &a)
{
    if (!openToChange(store))
        return Failure;
    const auto catalog = catalogOption(a);
    if (!catalog)
        return Failure;
    QStringList problems;
    const int indexed = reindexAttempts(store, catalog, &problems);
    for (const QString &p : problems)
        err() << "saskati-cli: " << p << '\n';
    out() << "Indexed " << indexed << " attempts for the review\n";
    return problems.isEmpty() ? Success : Failure;
}

int erase(ResultsStore &store, const Arguments &a)
{
    if (a.option(u"participant"_s).isEmpty() || !a.flag(u"yes"_s))
        return usageError(u"results erase needs --participant X and --yes (it cannot be undone)"_s);
    if (!openToChange(store))
        return Failure;
    const Result<Participant> p = store.participant(a.option(u"participant"_s));
    if (!p) {
        err() << "saskati-cli: " << p.error().message << '\n';
        return Failure;
    }
    const int attempts = int(store.attempts(p->uuid).size());
    if (const Result<void> erased = store.eraseParticipant(p->uuid); !erased) {
        err() << "saskati-cli: " << erased.error().message << '\n';
        return Failure;
    }
    out() << "Erased " << p->code << " and " << attempts << " attempts\n";
    return Success;
}

} // namespace

int resultsCommand(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(u"results needs list, export, xapi, import, erase, restore or reindex"_s);
    const QString action = args.first();
    const Arguments a(
        args.mid(1), {u"json"_s, u"pseudonymise"_s, u"csv"_s, u"yes"_s},
        {u"database"_s, u"participant"_s, u"seminar"_s, u"output"_s, u"catalog"_s, u"backup"_s});
    if (!a.ok())
        return usageError(a.error());
    ResultsStore store(databasePath(a));
    // Reading commands never create a database: a mistyped --database must not look like an empty one.
    if (action != u"import" && !QFileInfo::exists(store.path())) {
        err() << "saskati-cli: there is no results database at " << store.path() << '\n';
        return Failure;
    }
    using Subcommand = int (*)(ResultsStore &, const Arguments &);
    const std::pair<QString, Subcommand> subcommands[] = {
        {u"restore"_s, restore},   {u"list"_s, list},       {u"export"_s, exportResults}, {u"xapi"_s, xapi},
        {u"import"_s, importFile}, {u"reindex"_s, reindex}, {u"erase"_s, erase}};
    for (const auto &[name, run] : subcommands)
        if (action == name)
            return run(store, a);
    return usageError(u"unknown results command '%1'"_s.arg(action));
}
