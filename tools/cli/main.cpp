// saskati-cli: the command-line face of the engine. Its output formats and exit codes are a contract used by
// other tools (docs/cli.md): change them only with a new subcommand or option.
#include "commandline.h"
#include "reviewcommand.h"

#include "attemptrecorder.h"
#include "catalog.h"
#include "datadirectory.h"
#include "playscript.h"
#include "privatefiles.h"
#include "resultsexport.h"
#include "resultsstore.h"
#include "scenariograph.h"
#include "scenarioloader.h"
#include "xapiexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::cli;

namespace {

const auto usageText = uR"(Usage: saskati-cli COMMAND [OPTIONS] FILE...

Commands:
  validate [--json] [--catalog DIR] FILE...   check scenario files; exit 0 if no errors, 1 if any
  info [--catalog DIR] FILE                   print a JSON summary of a scenario
  graph [--catalog DIR] [--lang CODE] FILE    print the scenario graph in Graphviz DOT
  play FILE --script SCRIPT [--lang CODE] [--fixed-clock] [--catalog DIR]
                                              play a scripted playthrough; print the result as JSON;
                                              exit 0 if it reaches an ending, 1 if it does not fit
  test [--catalog DIR] DIR...                 play every *.test.json below DIR and check its expectations
  play ... --database PATH --participant NAME [--seminar TITLE]
                                              also record the attempt in a results database
  results list [--json]                       participants, seminars and attempts in the database
  results export [--participant X]... [--seminar X]... [--pseudonymise] [--csv] --output PATH
                                              a results bundle (JSON file), or with --csv three CSV files in PATH
  results xapi [--participant X]... [--seminar X]... [--catalog DIR] --output FILE
                                              xAPI statements (JSON) of finished attempts and their decisions
  results import FILE                         import a bundle; importing it twice changes nothing
  results erase --participant X --yes         delete a participant with all their attempts (also from backups)
  results restore [--backup FILE]             put the newest (or the given) backup in place, keeping the old file
  results reindex [--catalog DIR]             write the review rows of attempts recorded before schema version 4
  review overview|indicators|gain [--from D] [--to D] [--scenario ID] [--lecturer X] [--seminar UUID] [--role R]
  review items --scenario ID [--attempt first|best|latest] [...]
                                              the coordinator's figures: item analysis, detection, gain; --csv
  Every results and review command takes --database PATH (default: the app's database in the user's data folder).

The catalogue is the nearest 'catalog' folder at or above the scenario's folder unless --catalog names one.
Exit codes: 0 success, 1 a file has errors, 2 bad usage.
)"_s;

int usageError(const QString &message)
{
    err() << "saskati-cli: " << message << "\n\n" << usageText;
    err().flush();
    return Usage;
}

// Loads scenarios, sharing one catalogue per catalogue folder.
class Loader {
public:
    explicit Loader(QString catalogOption)
        : m_catalogOption(std::move(catalogOption))
    {}

    LoadResult load(const QString &file)
    {
        LoadResult result;
        const QString directory = m_catalogOption.isEmpty() ? findCatalogFor(file) : m_catalogOption;
        auto it = m_catalogs.find(directory);
        if (it == m_catalogs.end()) {
            Diagnostics catalogDiagnostics;
            auto catalog = std::make_shared<Catalog>(loadCatalog(directory, &catalogDiagnostics));
            it = m_catalogs.insert(directory, {catalog, catalogDiagnostics});
            result.diagnostics = catalogDiagnostics; // reported once, with the first scenario that uses it
        }
        if (hasErrors(it->second)) {
            if (result.diagnostics.isEmpty())
                result.diagnostics.append(
                    Diagnostic{file, 1, 1, Diagnostic::Severity::Error,
                               u"not checked: its catalogue (%1) has errors"_s.arg(directory)});
            return result;
        }
        LoadResult loaded = ScenarioLoader(it->first).loadFile(file);
        result.diagnostics += loaded.diagnostics;
        result.scenario = loaded.scenario;
        return result;
    }

private:
    QString m_catalogOption;
    QMap<QString, std::pair<std::shared_ptr<const Catalog>, Diagnostics>> m_catalogs;
};

void printDiagnostics(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        err() << d.toString() << '\n';
    err().flush();
}

int validate(const QStringList &args)
{
    const Arguments a(args, {u"json"_s}, {u"catalog"_s});
    if (!a.ok())
        return usageError(a.error());
    if (a.positional().isEmpty())
        return usageError(u"validate needs at least one FILE"_s);
    Loader loader(a.option(u"catalog"_s));
    Diagnostics all;
    for (const QString &file : a.positional())
        all += loader.load(file).diagnostics;
    if (a.flag(u"json"_s))
        out() << QJsonDocument(diagnosticsToJson(all)).toJson(QJsonDocument::Indented);
    else
        printDiagnostics(all);
    out().flush();
    return hasErrors(all) ? Failure : Success;
}

int loadOne(const Arguments &a, LoadResult *result)
{
    if (!a.ok())
        return usageError(a.error());
    if (a.positional().size() != 1)
        return usageError(u"expected exactly one FILE"_s);
    Loader loader(a.option(u"catalog"_s));
    *result = loader.load(a.positional().first());
    printDiagnostics(result->diagnostics);
    return result->ok() ? Success : Failure;
}

int info(const QStringList &args)
{
    const Arguments a(args, {}, {u"catalog"_s});
    LoadResult result;
    if (const int code = loadOne(a, &result); code != Success)
        return code;
    out() << QJsonDocument(scenarioInfo(*result.scenario)).toJson(QJsonDocument::Indented);
    return Success;
}

int graph(const QStringList &args)
{
    const Arguments a(args, {}, {u"catalog"_s, u"lang"_s});
    LoadResult result;
    if (const int code = loadOne(a, &result); code != Success)
        return code;
    out() << scenarioToDot(*result.scenario, a.option(u"lang"_s, result.scenario->languages.value(0)));
    return Success;
}

QString compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return u"nothing"_s;
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // Wrap scalars in an array to print them exactly as JSON would.
    const QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

QString databasePath(const Arguments &a)
{
    return a.option(u"database"_s, ResultsStore::defaultPath());
}

bool openStore(ResultsStore &store)
{
    const ResultsStore::OpenResult opened = store.open();
    if (!opened.ok()) {
        err() << "saskati-cli: " << opened.message << '\n';
        err().flush();
    }
    return opened.ok();
}

// Records a scripted playthrough like the app would: each event committed in turn, then the result.
int recordPlay(const Arguments &a, std::shared_ptr<const Scenario> scenario, const Playthrough &played,
               const QString &language)
{
    if (a.option(u"participant"_s).isEmpty())
        return usageError(u"--database needs --participant NAME to record the attempt"_s);
    ResultsStore store(databasePath(a));
    if (!openStore(store))
        return Failure;
    const QString who = a.option(u"participant"_s);
    std::optional<Participant> participant = store.participant(who);
    const QList<Participant> everyone = store.participants();
    const auto sameName = std::count_if(everyone.cbegin(), everyone.cend(),
                                        [&](const Participant &p) { return p.displayName == who; });
    if (!participant && sameName > 1) {
        err() << "saskati-cli: " << store.lastError() << '\n';
        return Failure;
    }
    if (!participant)
        participant = store.addParticipant(who);
    QString seminar;
    if (!a.option(u"seminar"_s).isEmpty()) {
        for (const Seminar &s : store.seminars())
            if (s.title == a.option(u"seminar"_s) || s.uuid == a.option(u"seminar"_s))
                seminar = s.uuid;
        if (seminar.isEmpty()) {
            Seminar s;
            s.title = a.option(u"seminar"_s);
            s.date = QDate::currentDate();
            s.scenarios = {scenario->id};
            if (const auto added = store.addSeminar(s))
                seminar = added->uuid;
        }
    }
    QString error;
    auto recorder = participant ? AttemptRecorder::begin(store, scenario, participant->uuid, seminar,
                                                         played.state().mode, language, &error)
                                : std::nullopt;
    if (!recorder) {
        err() << "saskati-cli: " << (error.isEmpty() ? store.lastError() : error) << '\n';
        return Failure;
    }
    for (const Event &e : played.events().mid(1)) {
        if (const auto r = recorder->perform(Action::of(e.type, e.payload)); !r) {
            err() << "saskati-cli: " << r.error << '\n';
            return Failure;
        }
    }
    err() << "Recorded attempt " << recorder->record().uuid << " of " << participant->displayName << " in "
          << store.path() << '\n';
    return Success;
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

int results(const QStringList &args)
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
    if (action == u"restore") {
        QStringList copies = store.backups();
        const QString chosen = a.option(u"backup"_s, copies.isEmpty() ? QString() : copies.last());
        if (chosen.isEmpty()) {
            err() << "saskati-cli: there is no backup of " << store.path() << '\n';
            return Failure;
        }
        if (!store.restoreBackup(chosen)) {
            err() << "saskati-cli: " << store.lastError() << '\n';
            return Failure;
        }
        out() << "Restored " << chosen << "; the previous file was kept beside it (.damaged-*)\n";
        return Success;
    }
    if (action == u"list") {
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
        if (a.flag(u"json"_s)) {
            out() << QJsonDocument(QJsonObject{{u"participants"_s, participants},
                                               {u"seminars"_s, seminars},
                                               {u"attempts"_s, attempts}})
                         .toJson(QJsonDocument::Indented);
        } else {
            out() << store.path() << "\n\nParticipants (" << participants.size() << ")\n";
            for (const QJsonValue &v : participants)
                out() << "  " << v[u"code"_s].toString() << "  " << v[u"name"_s].toString() << "  "
                      << v[u"role"_s].toString() << '\n';
            out() << "\nSeminars (" << seminars.size() << ")\n";
            for (const QJsonValue &v : seminars)
                out() << "  " << v[u"date"_s].toString() << "  " << v[u"title"_s].toString() << '\n';
            out() << "\nAttempts (" << attempts.size() << ")\n";
            for (const QJsonValue &v : attempts)
                out() << "  " << v[u"uuid"_s].toString().left(8) << "  " << v[u"scenario"_s].toString()
                      << "  " << v[u"status"_s].toString() << "  " << v[u"percent"_s].toVariant().toString()
                      << '\n';
        }
        return Success;
    }
    if (action == u"export") {
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
        if (a.flag(u"csv"_s)) {
            const QString dir = a.option(u"output"_s);
            QDir().mkpath(dir);
            const auto catalog = catalogOption(a);
            if (!catalog)
                return Failure;
            const CsvExport csv = exportCsv(store, selection, catalog);
            for (const auto &[name, bytes] :
                 {std::pair{u"attempts.csv"_s, csv.attempts}, std::pair{u"decisions.csv"_s, csv.decisions},
                  std::pair{u"exposures.csv"_s, csv.exposures}}) {
                if (!writePrivateFile(QDir(dir).filePath(name), bytes)) {
                    err() << "saskati-cli: cannot write " << QDir(dir).filePath(name) << '\n';
                    return Failure;
                }
            }
            err() << "Wrote attempts.csv, decisions.csv and exposures.csv to " << dir << '\n';
            return Success;
        }
        const QByteArray bytes =
            QJsonDocument(exportBundle(store, selection)).toJson(QJsonDocument::Indented);
        if (!writePrivateFile(a.option(u"output"_s), bytes)) {
            err() << "saskati-cli: cannot write " << a.option(u"output"_s) << '\n';
            return Failure;
        }
        return Success;
    }
    if (action == u"xapi") {
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
        if (!writePrivateFile(a.option(u"output"_s), bytes)) {
            err() << "saskati-cli: cannot write " << a.option(u"output"_s) << '\n';
            return Failure;
        }
        err() << "Wrote " << statements.size() << " xAPI statements to " << a.option(u"output"_s) << '\n';
        return Success;
    }
    if (action == u"import") {
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
            err() << "saskati-cli: " << f.fileName()
                  << " is not a results bundle: " << parseError.errorString() << '\n';
            return Failure;
        }
        if (!openStore(store))
            return Failure;
        const ImportReport report = importBundle(store, doc.object());
        if (!report.ok) {
            err() << "saskati-cli: " << report.error << '\n';
            return Failure;
        }
        out() << "Imported: " << report.added << " new, " << report.unchanged << " already here, "
              << report.conflicts.size() << " conflicts\n";
        // Conflicts are warnings: the rest was imported, and the local rows were kept.
        for (const QString &c : report.conflicts)
            err() << f.fileName() << ": warning: " << c << '\n';
        return Success;
    }
    if (action == u"reindex") {
        if (!openStore(store))
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
    if (action == u"erase") {
        if (a.option(u"participant"_s).isEmpty() || !a.flag(u"yes"_s))
            return usageError(u"results erase needs --participant X and --yes (it cannot be undone)"_s);
        if (!openStore(store))
            return Failure;
        const std::optional<Participant> p = store.participant(a.option(u"participant"_s));
        if (!p) {
            err() << "saskati-cli: " << store.lastError() << '\n';
            return Failure;
        }
        const int attempts = int(store.attempts(p->uuid).size());
        if (!store.eraseParticipant(p->uuid)) {
            err() << "saskati-cli: " << store.lastError() << '\n';
            return Failure;
        }
        out() << "Erased " << p->code << " and " << attempts << " attempts\n";
        return Success;
    }
    return usageError(u"unknown results command '%1'"_s.arg(action));
}

int play(const QStringList &args)
{
    const Arguments a(args, {u"fixed-clock"_s},
                      {u"catalog"_s, u"script"_s, u"lang"_s, u"database"_s, u"participant"_s, u"seminar"_s});
    if (!a.ok())
        return usageError(a.error());
    if (a.positional().size() != 1 || a.option(u"script"_s).isEmpty())
        return usageError(u"play needs one scenario FILE and --script SCRIPT"_s);
    Loader loader(a.option(u"catalog"_s));
    const LoadResult loaded = loader.load(a.positional().first());
    printDiagnostics(loaded.diagnostics);
    if (!loaded.ok())
        return Failure;
    Diagnostics scriptDiagnostics;
    const std::optional<PlayScript> script = loadPlayScript(a.option(u"script"_s), &scriptDiagnostics);
    printDiagnostics(scriptDiagnostics);
    if (!script)
        return Failure;
    const QString language = a.option(
        u"lang"_s, script->language.isEmpty() ? loaded.scenario->languages.value(0) : script->language);
    if (!loaded.scenario->languages.contains(language))
        return usageError(u"the scenario has no language '%1'; it has %2"_s.arg(
            language, loaded.scenario->languages.join(u", "_s)));
    const PlayRun run = runPlayScript(loaded.scenario, *script, a.flag(u"fixed-clock"_s));
    if (run.failure) {
        printDiagnostics({*run.failure});
        return Failure;
    }
    if (!a.option(u"database"_s).isEmpty() || !a.option(u"participant"_s).isEmpty()) {
        if (const int code = recordPlay(a, loaded.scenario, *run.playthrough, language); code != Success)
            return code;
    }
    out() << QJsonDocument(playResultJson(*run.playthrough, language)).toJson(QJsonDocument::Indented);
    return Success;
}

// Plays one scenario test; returns the diagnostics of unmet expectations (empty: passed).
Diagnostics runScenarioTest(Loader &loader, const QString &testFile)
{
    Diagnostics problems;
    const std::optional<PlayScript> script = loadPlayScript(testFile, &problems);
    if (!script)
        return problems;
    if (script->scenario.isEmpty()) {
        problems.append(
            Diagnostic{testFile, 1, 1, Diagnostic::Severity::Error,
                       u"a scenario test needs \"scenario\": the scenario file, relative to the test"_s});
        return problems;
    }
    const QString scenarioFile = QFileInfo(testFile).dir().filePath(script->scenario);
    const LoadResult loaded = loader.load(scenarioFile);
    if (!loaded.ok()) {
        problems += loaded.diagnostics;
        return problems;
    }
    const PlayRun run = runPlayScript(loaded.scenario, *script, true);
    if (run.failure) {
        problems.append(*run.failure);
        return problems;
    }
    const QString language =
        script->language.isEmpty() ? loaded.scenario->languages.value(0) : script->language;
    if (!loaded.scenario->languages.contains(language)) {
        problems.append(Diagnostic{testFile, 1, 1, Diagnostic::Severity::Error,
                                   u"the scenario has no language '%1'"_s.arg(language)});
        return problems;
    }
    const QJsonObject result = playResultJson(*run.playthrough, language);
    for (const PlayScript::Expectation &e : script->expectations) {
        const QJsonValue actual = valueAtPath(result, e.path);
        if (actual != e.value) {
            const SourcePosition pos = script->position(e.offset);
            problems.append(
                Diagnostic{testFile, pos.line, pos.column, Diagnostic::Severity::Error,
                           u"expected %1 to be %2, got %3"_s.arg(e.path, compact(e.value), compact(actual))});
        }
    }
    if (script->expectations.isEmpty())
        problems.append(Diagnostic{testFile, 1, 1, Diagnostic::Severity::Error,
                                   u"the test expects nothing; add \"expect\": {\"score.total\": ...}"_s});
    return problems;
}

int test(const QStringList &args)
{
    const Arguments a(args, {}, {u"catalog"_s});
    if (!a.ok())
        return usageError(a.error());
    if (a.positional().isEmpty())
        return usageError(u"test needs at least one DIR"_s);
    QStringList files;
    for (const QString &dir : a.positional()) {
        if (QFileInfo(dir).isFile()) {
            files.append(dir);
            continue;
        }
        QDirIterator it(dir, {u"*.test.json"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    if (files.isEmpty()) {
        err() << "saskati-cli: no *.test.json files found\n";
        return Failure;
    }
    Loader loader(a.option(u"catalog"_s));
    int failed = 0;
    for (const QString &file : std::as_const(files)) {
        const Diagnostics problems = runScenarioTest(loader, file);
        out() << (problems.isEmpty() ? "PASS " : "FAIL ") << file << '\n';
        out().flush();
        printDiagnostics(problems);
        failed += !problems.isEmpty();
    }
    out() << files.size() << " scenario tests, " << failed << " failed\n";
    return failed == 0 ? Success : Failure;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same name as the app: both find the default database in the same data folder.
    QCoreApplication::setApplicationName(u"saskati"_s);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usageError(u"no command given"_s);
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    int code = Usage;
    if (command == u"validate")
        code = validate(rest);
    else if (command == u"info")
        code = info(rest);
    else if (command == u"graph")
        code = graph(rest);
    else if (command == u"play")
        code = play(rest);
    else if (command == u"test")
        code = test(rest);
    else if (command == u"results")
        code = results(rest);
    else if (command == u"review")
        code = reviewCommand(rest);
    else if (command == u"--help" || command == u"help") {
        out() << usageText;
        code = Success;
    } else
        code = usageError(u"unknown command '%1'"_s.arg(command));
    out().flush();
    err().flush();
    return code;
}
