#include "importcommand.h"

#include "commandline.h"

#include "jsonfile.h"
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
    const TwineImport imported = importTwee(file, bytes, language);
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

} // namespace saskati::cli
