#include "reportcommand.h"

#include "catalog.h"
#include "commandline.h"
#include "datadirectory.h"
#include "reviewcsv.h"
#include "reviewoptions.h"
#include "reviewpdf.h"
#include "reviewreportview.h"
#include "scenarioloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::cli;

namespace {

// The shipped scenarios by id, read once, for the report's names of scenes, questions and choices.
std::function<std::shared_ptr<const Scenario>(const QString &)>
shippedScenarios(std::shared_ptr<const Catalog> catalog)
{
    auto byId = std::make_shared<QHash<QString, std::shared_ptr<const Scenario>>>();
    const ScenarioLoader loader(std::move(catalog));
    const QDir dir(shippedScenarioDirectory());
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        if (const LoadResult loaded = loader.loadFile(dir.filePath(name)); loaded.ok())
            byId->insert(loaded.scenario->id, loaded.scenario);
    return [byId](const QString &id) { return byId->value(id); };
}

} // namespace

int reportCommand(const QStringList &args)
{
    const Arguments a(args, {},
                      {u"database"_s, u"from"_s, u"to"_s, u"scenario"_s, u"lecturer"_s, u"seminar"_s,
                       u"role"_s, u"participant"_s, u"attempt"_s, u"catalog"_s, u"pdf"_s, u"tables"_s,
                       u"municipality"_s, u"language"_s});
    if (!a.ok())
        return reviewUsage(a.error());
    const QString pdf = a.option(u"pdf"_s), tables = a.option(u"tables"_s);
    if (pdf.isEmpty() && tables.isEmpty())
        return reviewUsage(u"review report needs --pdf FILE, --tables FOLDER or both"_s);
    const QString language = a.option(u"language"_s, u"lv"_s);
    if (language != u"lv" && language != u"en")
        return reviewUsage(u"--language is lv or en"_s);
    const std::optional<ReviewFilter> filter = reviewFilter(a);
    if (!filter)
        return reviewUsage(u"--from and --to take dates as YYYY-MM-DD"_s);
    const QString which = a.option(u"attempt"_s, u"first"_s);
    AttemptChoice choice;
    if (!attemptChoiceFromId(which, &choice))
        return reviewUsage(u"--attempt is first, best or latest"_s);

    const std::unique_ptr<ResultsStore> store = openExistingStore(a);
    if (!store)
        return Failure;
    // The interface's words in the report's language (the app's translations, built into this tool).
    QTranslator translator;
    if (translator.load(u":/i18n/saskati_"_s + language))
        QCoreApplication::installTranslator(&translator);
    Diagnostics diagnostics;
    const auto catalog = std::make_shared<const Catalog>(
        loadCatalog(a.option(u"catalog"_s, shippedCatalogDirectory()), &diagnostics));
    const ReportNaming naming{language, catalog, shippedScenarios(catalog)};

    ReviewQueries queries(*store);
    const auto scenario = filter->scenario.isEmpty() ? nullptr : naming.scenario(filter->scenario);
    Result<ReviewReport> report = readReviewReport(queries, *filter, choice, scenario.get());
    if (!report) {
        err() << "saskati-cli: " << report.error().toString() << '\n';
        return Failure;
    }
    const ReviewReportView view(std::move(*report), naming);
    if (!tables.isEmpty()) {
        if (!QDir().mkpath(tables) || !writeReviewCsv(view, tables)) {
            err() << "saskati-cli: cannot write the CSV files into " << tables << '\n';
            return Failure;
        }
        out() << "Wrote the tables into " << QDir(tables).absolutePath() << '\n';
    }
    if (!pdf.isEmpty()) {
        const auto sections = writeReviewPdf(view, pdf);
        if (!sections) {
            err() << "saskati-cli: cannot write the report " << pdf << '\n';
            return Failure;
        }
        out() << "Wrote " << QFileInfo(pdf).absoluteFilePath() << ":";
        for (const ReportSection &s : *sections)
            out() << "\n  " << s.title << ": page " << s.firstPage
                  << (s.lastPage > s.firstPage ? u"–%1"_s.arg(s.lastPage) : QString());
        out() << '\n';
    }
    return Success;
}
