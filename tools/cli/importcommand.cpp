#include "importcommand.h"

#include "commandline.h"

#include "authorfolder.h"
#include "jsonfile.h"
#include "scenarioarchive.h"
#include "twinehtml.h"
#include "twineimport.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace saskati::cli {

int importTwineCommand(const QStringList &args)
{
    const Arguments a(args, {}, {u"output"_s, u"language"_s});
    if (!a.ok())
        return usageError(a.error());
    if (a.positional().size() != 1)
        return usageError(u"import-twine needs one FILE (Twee 3 text)"_s);
    const QString language = a.option(u"language"_s, u"lv"_s);
    if (language != u"lv" && language != u"en")
        return usageError(u"--language is lv or en"_s);
    const QString file = a.positional().first();
    Diagnostics diagnostics;
    QByteArray bytes;
    if (!readFileBytes(file, &bytes, &diagnostics)) {
        printDiagnostics(diagnostics);
        return Failure;
    }
    // Twine 2's published HTML, or Twee 3 text.
    const TwineImport imported =
        isTwineHtml(bytes) ? importTwineHtml(file, bytes, language) : importTwee(file, bytes, language);
    printDiagnostics(imported.report);
    if (hasErrors(imported.report))
        return Failure;
    const QByteArray scenario = json::canonicalText(imported.scenario);
    const QString output = a.option(u"output"_s);
    if (output.isEmpty()) {
        out() << QString::fromUtf8(scenario);
    } else {
        QSaveFile save(output);
        if (!save.open(QIODevice::WriteOnly) || save.write(scenario) != scenario.size() || !save.commit()) {
            err() << output << ": could not be written (" << save.errorString() << ")\n";
            return Failure;
        }
    }
    err() << file << ": " << imported.passages << " passages, " << imported.links << " links; "
          << imported.report.size() << " things not brought in (above)\n";
    return Success;
}

int exportScenarioCommand(const QStringList &args)
{
    const Arguments a(args, {}, {u"output"_s});
    if (!a.ok())
        return usageError(a.error());
    if (a.positional().size() != 1 || a.option(u"output"_s).isEmpty())
        return usageError(u"export-scenario needs one FILE and --output ZIP"_s);
    const QString file = a.positional().first();
    if (const Result<void> written = scenarioarchive::exportScenario(file, a.option(u"output"_s)); !written) {
        err() << written.error().toString() << "\n";
        return Failure;
    }
    err() << file << ": exported with its media to " << a.option(u"output"_s) << "\n";
    return Success;
}

int importScenariosCommand(const QStringList &args)
{
    const Arguments a(args, {}, {u"folder"_s});
    if (!a.ok())
        return usageError(a.error());
    if (a.positional().size() != 1)
        return usageError(u"import-scenarios needs one SOURCE (a ZIP, a scenario file or a folder)"_s);
    const AuthorFolder folder(a.option(u"folder"_s, AuthorFolder::defaultRoot()));
    const Result<QStringList> imported = scenarioarchive::importInto(folder, a.positional().first());
    if (!imported) {
        err() << imported.error().toString() << "\n";
        return Failure;
    }
    for (const QString &file : *imported)
        out() << file << "\n";
    err() << imported->size() << " scenario(s) imported into " << folder.scenarioDirectory() << "\n";
    return Success;
}

} // namespace saskati::cli
