// saskati-cli: the command-line face of the engine. Its output formats and exit codes are a contract used by
// other tools (docs/cli.md): change them only with a new subcommand or option.
#include "commandline.h"

#include "catalog.h"
#include "scenariograph.h"
#include "scenarioloader.h"

#include <QCoreApplication>
#include <QFileInfo>
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

The catalogue is the nearest 'catalog' folder at or above the scenario's folder unless --catalog names one.
Exit codes: 0 success, 1 a file has errors, 2 bad usage.
)"_s;

int usageError(const QString &message) {
    err() << "saskati-cli: " << message << "\n\n" << usageText;
    err().flush();
    return Usage;
}

// Loads scenarios, sharing one catalogue per catalogue folder.
class Loader {
public:
    explicit Loader(QString catalogOption)
        : m_catalogOption(std::move(catalogOption)) {}

    LoadResult load(const QString &file) {
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

void printDiagnostics(const Diagnostics &diagnostics) {
    for (const Diagnostic &d : diagnostics)
        err() << d.toString() << '\n';
    err().flush();
}

int validate(const QStringList &args) {
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

int loadOne(const Arguments &a, LoadResult *result) {
    if (!a.ok())
        return usageError(a.error());
    if (a.positional().size() != 1)
        return usageError(u"expected exactly one FILE"_s);
    Loader loader(a.option(u"catalog"_s));
    *result = loader.load(a.positional().first());
    printDiagnostics(result->diagnostics);
    return result->ok() ? Success : Failure;
}

int info(const QStringList &args) {
    const Arguments a(args, {}, {u"catalog"_s});
    LoadResult result;
    if (const int code = loadOne(a, &result); code != Success)
        return code;
    out() << QJsonDocument(scenarioInfo(*result.scenario)).toJson(QJsonDocument::Indented);
    return Success;
}

int graph(const QStringList &args) {
    const Arguments a(args, {}, {u"catalog"_s, u"lang"_s});
    LoadResult result;
    if (const int code = loadOne(a, &result); code != Success)
        return code;
    out() << scenarioToDot(*result.scenario, a.option(u"lang"_s, result.scenario->languages.value(0)));
    return Success;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"saskati-cli"_s);
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
    else if (command == u"--help" || command == u"help") {
        out() << usageText;
        code = Success;
    } else
        code = usageError(u"unknown command '%1'"_s.arg(command));
    out().flush();
    err().flush();
    return code;
}
