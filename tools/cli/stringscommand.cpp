#include "stringscommand.h"

#include "commandline.h"

#include "catalog.h"
#include "idreferences.h"
#include "jsonfile.h"
#include "pofile.h"
#include "scenarioloader.h"
#include "scenarioparts.h"
#include "scenariostrings.h"
#include "xlifffile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace saskati::cli {

namespace {

using authoring::TranslationEntry;
using authoring::TranslationFile;
using authoring::TranslationUnit;

bool writeOut(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == u"-") {
        QFile stdoutFile;
        return stdoutFile.open(stdout, QIODevice::WriteOnly) && stdoutFile.write(bytes) == bytes.size();
    }
    // Whole or not at all: a crash mid-write leaves the old file.
    QSaveFile save(path);
    if (save.open(QIODevice::WriteOnly) && save.write(bytes) == bytes.size() && save.commit())
        return true;
    err() << path << ": could not be written (" << save.errorString() << ")\n";
    return false;
}

int exportStrings(const Arguments &a)
{
    if (a.positional().size() != 2)
        return usageError(u"strings export needs one SCENARIO"_s);
    const QString language = a.option(u"language"_s);
    if (!authoring::isLanguageCode(language))
        return usageError(
            u"strings export needs --language CODE (the language to translate into, e.g. ru)"_s);
    const QString path = a.positional().at(1);
    Diagnostics diagnostics;
    const JsonFile file = readJsonFile(path, &diagnostics);
    if (!file.ok || hasErrors(diagnostics)) {
        printDiagnostics(diagnostics);
        return Failure;
    }
    const json::Tree root = json::Tree::from(file.document.root());
    const QStringList declared = authoring::languagesOf(root);
    const QString source = a.option(u"source"_s, declared.value(0, u"lv"_s));
    const QString reference = a.option(u"reference"_s, declared.value(1));
    const QString now = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm+0000"_s);
    // The file as its folder and name ("scenarios/bakery-overtime.json"): no one's home folder in a file that
    // travels to translators.
    const QString named = QFileInfo(path).absoluteDir().dirName() + u'/' + QFileInfo(path).fileName();
    TranslationFile po;
    po.header = {{u"Project-Id-Version"_s, u"saskati %1"_s.arg(named)},
                 {u"Report-Msgid-Bugs-To"_s, QString()},
                 {u"POT-Creation-Date"_s, now},
                 {u"PO-Revision-Date"_s, now},
                 {u"Last-Translator"_s, u"Saskati <none@example.invalid>"_s},
                 {u"Language-Team"_s, language + u" <none@example.invalid>"_s},
                 {u"Language"_s, language},
                 {u"MIME-Version"_s, u"1.0"_s},
                 {u"Content-Type"_s, u"text/plain; charset=UTF-8"_s},
                 {u"Content-Transfer-Encoding"_s, u"8bit"_s},
                 {u"X-Generator"_s, u"saskati-cli strings export"_s},
                 {u"X-Saskati-Source-Language"_s, source},
                 {u"X-Saskati-Original"_s, named}};
    for (const TranslationUnit &unit : authoring::translationUnits(root, source, reference, language)) {
        TranslationEntry entry;
        entry.context = unit.id;
        entry.source = unit.source;
        entry.translation = unit.target;
        if (!unit.reference.isEmpty())
            entry.notes.append(u"%1: %2"_s.arg(reference, unit.reference));
        entry.notes += unit.notes;
        const SourcePosition at =
            file.sourceMap.position(authoring::offsetAt(file.document.root(), unit.path));
        entry.references.append(u"%1:%2"_s.arg(named).arg(at.line));
        po.entries.append(entry);
    }
    const bool xliff = a.option(u"format"_s, u"po"_s) == u"xliff";
    if (!writeOut(a.option(u"output"_s), xliff ? authoring::writeXliff(po) : authoring::writePo(po)))
        return Failure;
    if (!a.option(u"output"_s).isEmpty())
        err() << a.option(u"output"_s) << ": " << po.entries.size() << " texts from " << source << " to "
              << language << '\n';
    return Success;
}

// One text of the scenario that the translation does not bring back, at the text's place in the scenario.
Diagnostic unmatched(const JsonFile &file, const TranslationUnit &unit, const QString &message)
{
    const SourcePosition at = file.sourceMap.position(authoring::offsetAt(file.document.root(), unit.path));
    return Diagnostic(file.path, at.line, at.column, Diagnostic::Severity::Warning, message);
}

int importStrings(const Arguments &a)
{
    if (a.positional().size() != 3)
        return usageError(u"strings import needs a SCENARIO and a TRANSLATION (.po)"_s);
    const QString path = a.positional().at(1), translationPath = a.positional().at(2);
    Diagnostics diagnostics;
    const JsonFile file = readJsonFile(path, &diagnostics);
    QByteArray poBytes;
    if (!file.ok || hasErrors(diagnostics) || !readFileBytes(translationPath, &poBytes, &diagnostics)) {
        printDiagnostics(diagnostics);
        return Failure;
    }
    // XLIFF or PO, told by the content (after a byte-order mark): a translator's tool may save either under
    // any name.
    const bool xliff =
        (poBytes.startsWith("\xEF\xBB\xBF") ? poBytes.mid(3) : poBytes).trimmed().startsWith("<");
    const TranslationFile po = xliff ? authoring::readXliff(translationPath, poBytes, &diagnostics)
                                     : authoring::readPo(translationPath, poBytes, &diagnostics);
    const QString language = po.headerField(u"Language"_s);
    if (!hasErrors(diagnostics) && !authoring::isLanguageCode(language))
        diagnostics.append(Diagnostic(translationPath, 1, 1, Diagnostic::Severity::Error,
                                      xliff
                                          ? u"the <file> has no target-language=\"CODE\" (e.g. ru); add it"_s
                                          : u"the header has no 'Language: CODE' (e.g. ru); add it"_s));
    if (hasErrors(diagnostics)) {
        printDiagnostics(diagnostics);
        return Failure;
    }
    json::Tree root = json::Tree::from(file.document.root());
    const QStringList declared = authoring::languagesOf(root);
    const QString source = po.headerField(u"X-Saskati-Source-Language"_s).isEmpty()
                               ? declared.value(0, u"lv"_s)
                               : po.headerField(u"X-Saskati-Source-Language"_s);
    QHash<QString, const TranslationEntry *> byId;
    for (const TranslationEntry &entry : po.entries) {
        if (byId.contains(entry.context))
            diagnostics.append(Diagnostic(translationPath, entry.line, 1, Diagnostic::Severity::Error,
                                          u"a second entry for '%1'; keep one"_s.arg(entry.context)));
        byId.insert(entry.context, &entry);
    }
    int untranslated = 0, written = 0;
    for (const TranslationUnit &unit : authoring::translationUnits(root, source, QString(), language)) {
        const TranslationEntry *entry = byId.take(unit.id);
        if (!entry || entry->translation.isEmpty()) {
            diagnostics.append(unmatched(
                file, unit,
                u"'%1' has no %2 translation in %3; translate it"_s.arg(unit.id, language, translationPath)));
            ++untranslated;
        } else if (entry->source != unit.source) {
            diagnostics.append(unmatched(
                file, unit,
                u"'%1' changed in %2 since it was translated (%3:%4 translates the old text); export "
                u"again and translate the new text"_s.arg(unit.id, source, translationPath)
                    .arg(entry->line)));
            ++untranslated;
        } else if (entry->fuzzy) {
            diagnostics.append(
                unmatched(file, unit,
                          u"'%1' is marked fuzzy or as needing review at %2:%3; check it and clear the mark"_s
                              .arg(unit.id, translationPath)
                              .arg(entry->line)));
            ++untranslated;
        } else if (entry->translation != unit.target) {
            root.at(unit.path)->setMember(language, json::Tree::string(entry->translation));
            ++written;
        }
    }
    for (const TranslationEntry *extra : std::as_const(byId))
        diagnostics.append(Diagnostic(translationPath, extra->line, 1, Diagnostic::Severity::Warning,
                                      u"the scenario has no text '%1' (removed or renamed since the export); "
                                      u"this translation is not used"_s.arg(extra->context)));
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &x, const Diagnostic &y) {
        return std::tie(x.file, x.line, x.column) < std::tie(y.file, y.line, y.column);
    });
    printDiagnostics(diagnostics);
    if (hasErrors(diagnostics))
        return Failure;
    const bool partial = a.flag(u"partial"_s);
    if (untranslated > 0 && !partial) {
        err() << path << ": left as it was: " << untranslated << " text(s) not translated into " << language
              << "; finish them, or import with --partial to write the " << written
              << " translated without declaring " << language << '\n';
        return Failure;
    }
    if (untranslated == 0 && !declared.contains(language)) {
        json::Tree languages = json::Tree::array();
        for (const QString &code : declared + QStringList{language})
            languages.items().push_back(json::Tree::string(code));
        root.setMember(u"languages"_s, std::move(languages));
    }
    const QByteArray bytes = json::canonicalText(root);
    if (bytes == file.bytes) {
        out() << path << ": unchanged (" << language << " as in " << translationPath << ")\n";
        return Success;
    }
    if (!writeOut(path, bytes))
        return Failure;
    out() << path << ": " << written << " " << language << " text(s) written"
          << (untranslated == 0 ? QString() : u", %1 still to translate"_s.arg(untranslated)) << '\n';
    // What the file's checks say now (a translation can leave a text empty, for one): a catalogue file is
    // checked with the rest of its folder.
    if (root.member(u"catalogFormatVersion")) {
        Diagnostics catalogue;
        (void)loadCatalog(QFileInfo(path).absolutePath(), &catalogue);
        printDiagnostics(catalogue);
        return hasErrors(catalogue) ? Failure : Success;
    }
    const LoadResult loaded = loadScenarioWithCatalog(path, a.option(u"catalog"_s));
    printDiagnostics(loaded.diagnostics);
    return loaded.scenario ? Success : Failure;
}

} // namespace

int stringsCommand(const QStringList &args)
{
    const Arguments a(args, {u"partial"_s},
                      {u"language"_s, u"output"_s, u"format"_s, u"source"_s, u"reference"_s, u"catalog"_s});
    if (!a.ok())
        return usageError(a.error());
    if (const QString format = a.option(u"format"_s, u"po"_s); format != u"po" && format != u"xliff")
        return usageError(u"--format is po (gettext) or xliff (XLIFF 1.2)"_s);
    const QString action = a.positional().value(0);
    if (action == u"export")
        return exportStrings(a);
    if (action == u"import")
        return importStrings(a);
    return usageError(u"strings export|import"_s);
}

} // namespace saskati::cli
