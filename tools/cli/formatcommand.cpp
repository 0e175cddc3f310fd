#include "formatcommand.h"

#include "commandline.h"

#include "jsonfile.h"
#include "jsontree.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace saskati::cli {

int formatCommand(const QStringList &args)
{
    const Arguments a(args, {u"check"_s}, {});
    if (!a.ok())
        return usageError(a.error());
    if (a.positional().isEmpty())
        return usageError(u"format needs at least one FILE"_s);
    const bool check = a.flag(u"check"_s);
    bool failed = false;
    for (const QString &path : a.positional()) {
        Diagnostics diagnostics;
        const JsonFile file = readJsonFile(path, &diagnostics);
        if (!file.ok || hasErrors(diagnostics)) {
            printDiagnostics(diagnostics);
            err() << path << ": left as it is; fix the error first\n";
            failed = true;
            continue;
        }
        const QByteArray canonical = json::canonicalText(json::Tree::from(file.document.root()));
        if (canonical == file.bytes) {
            out() << path << ": unchanged\n";
            continue;
        }
        if (check) {
            out() << path << ": not in the editor's layout; run saskati-cli format " << path << '\n';
            failed = true;
            continue;
        }
        // Whole or not at all: a crash mid-write leaves the old file.
        QSaveFile save(path);
        if (!save.open(QIODevice::WriteOnly) || save.write(canonical) != canonical.size() || !save.commit()) {
            err() << path << ": could not be written (" << save.errorString() << "); left as it was\n";
            failed = true;
            continue;
        }
        out() << path << ": formatted\n";
    }
    return failed ? Failure : Success;
}

} // namespace saskati::cli
