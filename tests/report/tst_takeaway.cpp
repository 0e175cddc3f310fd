// A prevention seminar's take-away (issue #20): the sheet built from the shipped catalogue's takeaways.json
// for each audience and language, the catalogue's errors for ids it does not know (at file:line:column), and
// the one-page A4 PDF written from it.
#include "../engine/shippedlanguages.h"
#include "catalog.h"
#include "takeawaypdf.h"
#include "takeawaysheet.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

Catalog shippedCatalog()
{
    Diagnostics diagnostics;
    Catalog catalog = loadCatalog(QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios/catalog"_s, &diagnostics);
    for (const Diagnostic &d : diagnostics)
        qWarning("%s", qPrintable(d.toString()));
    return catalog;
}

} // namespace

class TestTakeaway : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Each audience's sheet in each language: its steps and help lines in the catalogue's order, by name.
    void sheetFromTheCatalogue_data()
    {
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("steps");
        QTest::addColumn<QString>("firstStep");
        QTest::addColumn<QString>("firstNumber");
        QTest::newRow("pupil, lv") << u"pupil"_s << u"lv"_s << 5 << u"Pastāsti kādam, kam uzticies"_s
                                   << u"112"_s;
        QTest::newRow("pupil, en") << u"pupil"_s << u"en"_s << 5 << u"Tell someone you trust"_s << u"112"_s;
        QTest::newRow("job seeker, en") << u"job-seeker"_s << u"en"_s << 7
                                        << u"A written contract in a language you understand"_s << QString();
    }
    void sheetFromTheCatalogue()
    {
        QFETCH(QString, audience);
        QFETCH(QString, language);
        QFETCH(int, steps);
        QFETCH(QString, firstStep);
        QFETCH(QString, firstNumber);
        const Catalog catalog = shippedCatalog();
        const Takeaway &takeaway = catalog.takeaways.value(audience);
        const std::optional<TakeawaySheet> sheet = takeawaySheet(catalog, audience, language);
        QVERIFY(sheet);
        QCOMPARE(sheet->title, takeaway.title.text(language));
        QCOMPARE(sheet->steps.size(), steps);
        QCOMPARE(sheet->steps.first().name, firstStep);
        QCOMPARE(sheet->help.size(), takeaway.help.size());
        QCOMPARE(sheet->help.first().phone, firstNumber);
        // The free number where there is one (the helpline), else the number; what it is for as the sheet
        // says.
        for (qsizetype i = 0; i < sheet->help.size(); ++i) {
            const Institution &institution = catalog.institutions.value(takeaway.help.at(i).institution);
            QCOMPARE(sheet->help.at(i).name, institution.name.text(language));
            QCOMPARE(sheet->help.at(i).phone,
                     institution.freePhone.isEmpty() ? institution.phone : institution.freePhone);
            QCOMPARE(sheet->help.at(i).text, takeaway.help.at(i).text.text(language));
        }
        // No shipped number has been checked with its institution yet: the sheet says so.
        QVERIFY(sheet->hasUncheckedNumbers());
        QVERIFY(!takeawaySheet(catalog, u"police"_s, language)); // no take-away for a professional audience
    }

    // An id the catalogue does not know is an error where it is written (the id itself, also as the second of
    // a list), saying what to do.
    void unknownIdsAreErrorsAtTheirPlace_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("institution");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("at"); // the text the column points to, on that line
        QTest::newRow("an unknown audience")
            << u"pensioner"_s << u"say-no-and-leave"_s << u"drosa-maja"_s
            << u"'pensioner' is not an audience role"_s << 2 << u"\"pensioner\""_s;
        QTest::newRow("an unknown step, second in its list")
            << u"pupil"_s << u"run-away"_s << u"drosa-maja"_s
            << u"step 'run-away' is not in principles.json"_s << 3 << u"\"run-away\""_s;
        QTest::newRow("an unknown institution, second in its list")
            << u"pupil"_s << u"say-no-and-leave"_s << u"batman"_s << u"'batman' is not in institutions.json"_s
            << 5 << u"\"batman\""_s;
    }
    void unknownIdsAreErrorsAtTheirPlace()
    {
        QFETCH(QString, id);
        QFETCH(QString, step);
        QFETCH(QString, institution);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(QString, at);
        QTemporaryDir dir;
        const QDir shipped(QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios/catalog"_s);
        for (const QString &name : shipped.entryList({u"*.json"_s}, QDir::Files))
            if (name != u"takeaways.json")
                QVERIFY(QFile::copy(shipped.filePath(name), dir.filePath(name)));
        const QString text = uR"({"catalogFormatVersion": 1, "languages": ["lv", "en"], "takeaways": [
  {"id": "%1", "title": {"lv": "T", "en": "T"},
   "steps": ["keep-your-documents", "%2"],
   "help": [{"institution": "state-police", "text": {"lv": "X", "en": "X"}},
            {"institution": "%3", "text": {"lv": "X", "en": "X"}}]}
]}
)"_s.arg(id, step, institution);
        QFile file(dir.filePath(u"takeaways.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(testing::inCatalogueLanguages(text, shipped.path()).toUtf8());
        file.close();
        Diagnostics diagnostics;
        loadCatalog(dir.path(), &diagnostics);
        QCOMPARE(diagnostics.size(), 1);
        const Diagnostic &d = diagnostics.first();
        QVERIFY(d.isError());
        QVERIFY2(d.message.contains(message), qPrintable(d.toString()));
        QVERIFY2(d.file.endsWith(u"takeaways.json"_s), qPrintable(d.toString()));
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, int(text.split(u'\n').at(line - 1).indexOf(at)) + 1);
    }

    // The sheet's headings are in its own language, whatever translation the program has installed: a
    // lecturer with an English console prints a Latvian class's sheet, and the other way round.
    void headingsInTheSheetsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("installed"); // the program's translation: "" none, or "lv"
        QTest::addColumn<QString>("heading");
        QTest::newRow("lv sheet, none installed") << u"lv"_s << QString() << u"Pirms dodies ceļā"_s;
        QTest::newRow("lv sheet, lv installed") << u"lv"_s << u"lv"_s << u"Pirms dodies ceļā"_s;
        QTest::newRow("en sheet, lv installed") << u"en"_s << u"lv"_s << u"Before you go"_s;
        QTest::newRow("en sheet, none installed") << u"en"_s << QString() << u"Before you go"_s;
        QTest::newRow("ru sheet, lv installed") << u"ru"_s << u"lv"_s << u"Перед отъездом"_s;
    }
    void headingsInTheSheetsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, installed);
        QFETCH(QString, heading);
        QTranslator translator;
        if (!installed.isEmpty()) {
            QVERIFY(translator.load(u":/i18n/saskati_"_s + installed));
            QCoreApplication::installTranslator(&translator);
        }
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        const std::optional<TakeawaySheet> sheet = takeawaySheet(shippedCatalog(), u"pupil"_s, language);
        QVERIFY(sheet);
        const QString html = takeawayPdfHtml(*sheet);
        QVERIFY2(html.contains(u">"_s + heading + u"<"_s), qPrintable(html.left(400)));
        QVERIFY(html.contains(sheet->title.toHtmlEscaped()));
    }

    // The PDF: one A4 page for each shipped sheet; a sheet too long for a page says how many it took.
    void pdfIsOnePage_data()
    {
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("extraSteps");
        QTest::addColumn<int>("pages");
        // Every shipped sheet in every language the catalogue's texts are in (Russian runs longest).
        const Catalog catalog = shippedCatalog();
        for (const QString &audience : catalog.takeaways.keys())
            for (const QString &language : catalog.languages)
                QTest::addRow("%s, %s", qPrintable(audience), qPrintable(language))
                    << audience << language << 0 << 1;
        QTest::newRow("forty more steps") << u"pupil"_s << u"en"_s << 40 << 2;
    }
    void pdfIsOnePage()
    {
        QFETCH(QString, audience);
        QFETCH(QString, language);
        QFETCH(int, extraSteps);
        QFETCH(int, pages);
        std::optional<TakeawaySheet> sheet = takeawaySheet(shippedCatalog(), audience, language);
        QVERIFY(sheet);
        for (int i = 0; i < extraSteps; ++i)
            sheet->steps.append(sheet->steps.first());
        QTemporaryDir dir;
        const QString file = dir.filePath(u"takeaway.pdf"_s);
        const std::optional<int> written = writeTakeawayPdf(*sheet, file);
        QVERIFY(written);
        QVERIFY2(*written >= pages, qPrintable(QString::number(*written)));
        if (pages == 1)
            QCOMPARE(*written, 1);
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(!writeTakeawayPdf(*sheet, dir.filePath(u"missing/takeaway.pdf"_s)));
    }
};

QTEST_MAIN(TestTakeaway)
#include "tst_takeaway.moc"
