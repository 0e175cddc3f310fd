#include "takeawaycommand.h"

#include "catalog.h"
#include "commandline.h"
#include "datadirectory.h"
#include "takeawaypdf.h"

#include <QFileInfo>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::cli;

int takeawayCommand(const QStringList &args)
{
    const Arguments a(args, {}, {u"audience"_s, u"pdf"_s, u"language"_s, u"catalog"_s});
    if (!a.ok())
        return usageError(a.error());
    const QString audience = a.option(u"audience"_s), pdf = a.option(u"pdf"_s);
    const QString language = a.option(u"language"_s, u"lv"_s);
    if (audience.isEmpty() || pdf.isEmpty())
        return usageError(u"takeaway needs --audience ROLE and --pdf FILE"_s);
    Diagnostics diagnostics;
    const Catalog catalog = loadCatalog(a.option(u"catalog"_s, shippedCatalogDirectory()), &diagnostics);
    if (!diagnostics.isEmpty()) {
        printDiagnostics(diagnostics);
        if (std::any_of(diagnostics.begin(), diagnostics.end(),
                        [](const Diagnostic &d) { return d.isError(); }))
            return Failure;
    }
    if (!catalog.languages.contains(language)) {
        err() << "saskati-cli: the catalogue's texts are not in '" << language << "'; they are in "
              << catalog.languages.join(u", "_s) << '\n';
        return Usage;
    }
    const std::optional<TakeawaySheet> sheet = takeawaySheet(catalog, audience, language);
    if (!sheet) {
        QStringList known = catalog.takeaways.keys();
        known.sort();
        err() << "saskati-cli: the catalogue has no take-away for '" << audience
              << "'; it has one for: " << known.join(u", "_s) << '\n';
        return Failure;
    }
    // The lecturer hands the sheet out: the numbers not yet confirmed are said here, not only in small print.
    for (const TakeawaySheet::HelpLine &line : sheet->help)
        if (!line.phone.isEmpty() && line.verifiedOn.isEmpty())
            err() << "saskati-cli: warning: " << line.phone << " (" << line.name
                  << ") has not been confirmed with the institution (institutions.json verifiedOn); check it "
                     "before you hand the sheet out\n";
    const std::optional<int> pages = writeTakeawayPdf(*sheet, pdf);
    if (!pages) {
        err() << "saskati-cli: cannot write " << pdf << '\n';
        return Failure;
    }
    out() << "Wrote " << QFileInfo(pdf).absoluteFilePath() << ": " << *pages
          << (*pages == 1 ? " page" : " pages") << '\n';
    if (*pages == 1)
        return Success;
    err()
        << "saskati-cli: the take-away is meant for one page; shorten the texts of takeaways.json or of the "
           "steps it lists\n";
    return Failure;
}
