// saskati-cli: the command-line face of the engine. Its output formats and exit codes are a contract used by
// other tools (docs/cli.md): change them only with a new subcommand or option.
#include "commandline.h"
#include "formatcommand.h"
#include "importcommand.h"
#include "resultscommand.h"
#include "reviewcommand.h"
#include "servercommand.h"
#include "stringscommand.h"
#include "takeawaycommand.h"

#include "attemptrecorder.h"
#include "catalog.h"
#include "contentlint.h"
#include "playscript.h"
#include "resultsstore.h"
#include "scenariograph.h"
#include "scenarioloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::cli;

namespace {

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

// Content that gives answers away (contentlint.h): a warning per finding; the files must load first.
int lint(const QStringList &args)
{
    const Arguments a(args, {}, {u"catalog"_s});
    if (!a.ok())
        return usageError(a.error());
    if (a.positional().isEmpty())
        return usageError(u"lint needs at least one FILE"_s);
    Loader loader(a.option(u"catalog"_s));
    Diagnostics all;
    bool loaded = true;
    for (const QString &file : a.positional()) {
        const LoadResult result = loader.load(file);
        all += result.diagnostics;
        loaded = loaded && result.ok();
        if (result.ok())
            all += lintContent(*result.scenario);
    }
    printDiagnostics(all);
    return loaded && all.isEmpty() ? Success : Failure;
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
    Result<Participant> participant = store.participant(who);
    const QList<Participant> everyone = store.participants();
    const auto sameName = std::count_if(everyone.cbegin(), everyone.cend(),
                                        [&](const Participant &p) { return p.displayName == who; });
    if (!participant && sameName > 1) {
        err() << "saskati-cli: " << participant.error().message << '\n';
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
    if (!participant) {
        err() << "saskati-cli: " << participant.error().message << '\n';
        return Failure;
    }
    auto recorder =
        AttemptRecorder::begin(store, scenario, participant->uuid, seminar, played.state().mode, language);
    if (!recorder) {
        err() << "saskati-cli: " << recorder.error().message << '\n';
        return Failure;
    }
    for (const Event &e : played.events().mid(1)) {
        if (const auto r = recorder->perform(Action::of(e.type, e.payload)); !r) {
            err() << "saskati-cli: " << r.error().message << '\n';
            return Failure;
        }
    }
    err() << "Recorded attempt " << recorder->record().uuid << " of " << participant->displayName << " in "
          << store.path() << '\n';
    return Success;
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
    // The review's PDF report lays text out with fonts, which need a QGuiApplication: one without a display.
    // So does the take-away's.
    const bool report = (argc > 2 && qstrcmp(argv[1], "review") == 0 && qstrcmp(argv[2], "report") == 0) ||
                        (argc > 1 && qstrcmp(argv[1], "takeaway") == 0);
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = report ? std::make_unique<QGuiApplication>(argc, argv)
                                                         : std::make_unique<QCoreApplication>(argc, argv);
    // The same name as the app: both find the default database in the same data folder.
    QCoreApplication::setApplicationName(u"saskati"_s);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usageError(u"no command given"_s);
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    int code = Usage;
    if (command == u"validate")
        code = validate(rest);
    else if (command == u"lint")
        code = lint(rest);
    else if (command == u"info")
        code = info(rest);
    else if (command == u"graph")
        code = graph(rest);
    else if (command == u"play")
        code = play(rest);
    else if (command == u"test")
        code = test(rest);
    else if (command == u"format")
        code = formatCommand(rest);
    else if (command == u"strings")
        code = stringsCommand(rest);
    else if (command == u"import-twine")
        code = importTwineCommand(rest);
    else if (command == u"export-scenario")
        code = exportScenarioCommand(rest);
    else if (command == u"import-scenarios")
        code = importScenariosCommand(rest);
    else if (command == u"results")
        code = resultsCommand(rest);
    else if (command == u"review")
        code = reviewCommand(rest);
    else if (command == u"takeaway")
        code = takeawayCommand(rest);
    else if (command == u"server")
        code = serverCommand(rest);
    else if (command == u"sync")
        code = syncCommand(rest);
    else if (command == u"--help" || command == u"help") {
        out() << usageText();
        code = Success;
    } else
        code = usageError(u"unknown command '%1'"_s.arg(command));
    out().flush();
    err().flush();
    return code;
}
