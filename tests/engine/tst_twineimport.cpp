// Twine stories brought in as scenario skeletons (engine/authoring/twineimport): Twee 3 files written to the
// specification, every link form, the start passage, tags, and each construct that cannot be mapped reported
// with its passage and line; a large story imports into a scenario the loader accepts.
#include "catalog.h"
#include "scenarioloader.h"
#include "twinehtml.h"
#include "twineimport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

TwineImport importFile(const QString &name, const QString &language = u"en"_s)
{
    const QString path = QStringLiteral(SASKATI_TEST_DATA) + u"/twine/"_s + name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return importTwee(path, file.readAll(), language);
}

// "scene-id: choice text -> target" for every choice, and "ending-id" for every ending.
QStringList outline(const json::Tree &scenario)
{
    QStringList lines;
    for (const json::Tree &scene : scenario.member(u"scenes")->items())
        for (const json::Tree &choice : scene.member(u"choices")->items()) {
            const json::Tree *next = choice.member(u"next");
            lines.append(u"%1: %2 -> %3%4"_s.arg(
                scene.member(u"id")->toString(), choice.member(u"text")->member(u"en")->toString(),
                next ? QString() : u"ending "_s, (next ? next : choice.member(u"ending"))->toString()));
        }
    for (const json::Tree &ending : scenario.member(u"endings")->items())
        lines.append(u"ending %1"_s.arg(ending.member(u"id")->toString()));
    return lines;
}

QStringList report(const TwineImport &imported)
{
    QStringList lines;
    for (const Diagnostic &d : imported.report)
        lines.append(u"%1:%2 %3"_s.arg(d.line).arg(d.column).arg(d.message.section(u';', 0, 0)));
    return lines;
}

} // namespace

class TestTwineImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void passagesBecomeScenesAndLinksChoices()
    {
        const TwineImport imported = importFile(u"job-offer.twee"_s);
        QCOMPARE(imported.passages, 7); // StoryTitle and StoryData are the story's, not passages of it
        QCOMPARE(imported.links, 8);
        const json::Tree &s = imported.scenario;
        QCOMPARE(s.member(u"title")->member(u"en")->toString(), u"A job offer"_s);
        QCOMPARE(s.member(u"start")->toString(), u"at-the-desk"_s); // StoryData's start
        QCOMPARE(outline(s), (QStringList{
                                 u"at-the-desk: Invite Anna to talk alone -> alone"_s,    // text->target
                                 u"at-the-desk: Ask him to interpret -> he-interprets"_s, // text|target
                                 u"at-the-desk: Send them away -> plan"_s,                // target<-text
                                 u"alone: Make a plan -> plan"_s,
                                 u"he-interprets: Plan -> plan"_s, // [[target]]
                                 u"plan: Finish -> ending helped"_s,
                                 u"plan: Let her go -> ending lost"_s,
                                 u"bracket-draft-name: Back to the desk -> at-the-desk"_s, // \[ \] in a name
                                 u"ending helped"_s,
                                 u"ending lost"_s,
                             }));
        const json::Tree &plan = s.member(u"scenes")->items().at(3);
        QCOMPARE(plan.member(u"kind")->toString(), u"referral"_s); // from its tag
        // What is said stays; the lines that only list links are the choices.
        QCOMPARE(s.member(u"scenes")->items().at(0).member(u"setting")->member(u"en")->toString(),
                 u"Anna comes in with a man who answers for her."_s);
        QCOMPARE(report(imported),
                 (QStringList{u"20:1 passage 'Alone': the story format's macro '(set:' has no "
                              u"place in a scenario and was kept as text"_s,
                              u"20:7 passage 'Alone': the story format's variable '$trust' has no "
                              u"place in a scenario and was kept as text"_s}));
    }

    void whatCannotBeMappedIsReported()
    {
        const TwineImport imported = importFile(u"sugarcube.twee"_s);
        QCOMPARE(
            report(imported),
            (QStringList{
                u"5:1 passage 'Start': the story format's macro '<<set' has no place in a scenario and was "
                u"kept "
                u"as text"_s,
                u"5:7 passage 'Start': the story format's variable '$met' has no place in a scenario and was "
                u"kept as text"_s,
                u"6:1 passage 'Start': the link's setter '$asked to true' changes a story variable, which a "
                u"scenario cannot"_s,
                u"7:1 passage 'Start' links to 'Nowhere', which is no passage"_s,
                u"9:1 passage 'Talk': tag 'widget' has no meaning in a scenario and was left out"_s,
                u"10:48 passage 'Talk': the story format's macro '{{' has no place in a scenario and was "
                u"kept as "
                u"text"_s,
                u"12:1 passage 'Script' is a story format's script"_s,
            }));
        QCOMPARE(imported.scenario.member(u"start")->toString(), u"start"_s); // the passage named Start
    }

    // The same story as Twine 2 publishes it (HTML, texts escaped): the same scenario, what could not be
    // brought in at the HTML file's lines, and the story's stylesheet reported.
    void publishedHtmlImportsAsItsTwee()
    {
        QFile htmlFile(QStringLiteral(SASKATI_TEST_DATA) + u"/twine/job-offer.html"_s);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray html = htmlFile.readAll();
        QVERIFY(isTwineHtml(html));
        QVERIFY(!isTwineHtml("::StoryTitle\nA job offer\n"));
        const TwineImport fromHtml = importTwineHtml(u"job-offer.html"_s, html, u"en"_s);
        const TwineImport fromTwee = importFile(u"job-offer.twee"_s);
        // Only the note naming the file it came from differs.
        QCOMPARE(QString::fromUtf8(json::canonicalText(fromHtml.scenario))
                     .replace(u"job-offer.html"_s, u"job-offer.twee"_s),
                 QString::fromUtf8(json::canonicalText(fromTwee.scenario)));
        QCOMPARE(fromHtml.passages, 7);
        QCOMPARE(fromHtml.links, 8);
        QCOMPARE(report(fromHtml),
                 (QStringList{
                     u"9:1 the story's stylesheet was not brought in: a scenario has no scripts or styles"_s,
                     u"15:1 passage 'Alone': the story format's macro '(set:' has no "
                     u"place in a scenario and was kept as text"_s,
                     u"15:7 passage 'Alone': the story format's variable '$trust' has no "
                     u"place in a scenario and was kept as text"_s}));
        const TwineImport notHtml =
            importTwineHtml(u"page.html"_s, "<html><body>Hello</body></html>", u"en"_s);
        QVERIFY(!notHtml.report.isEmpty() && notHtml.report.first().isError());
    }

    void notTwee()
    {
        const TwineImport imported = importTwee(u"notes.txt"_s, "Just some notes.\nNo passages.\n", u"lv"_s);
        QCOMPARE(imported.report.size(), 1);
        QVERIFY(imported.report.first().isError());
        QVERIFY(imported.report.first().message.contains(u"no passage found"_s));
    }

    // Windows line endings, and a story of 3,000 passages in a chain: a skeleton the loader accepts as it is.
    void aLargeStoryImportsWhole()
    {
        QByteArray twee = ":: StoryTitle\r\nA long way\r\n\r\n";
        constexpr int passages = 3000;
        for (int i = 0; i < passages - 1; ++i)
            twee += ":: Step " + QByteArray::number(i) + "\r\nOn the way, step " + QByteArray::number(i) +
                    ".\r\n[[Go on->Step " + QByteArray::number(i + 1) + "]]\r\n\r\n";
        twee += ":: Step " + QByteArray::number(passages - 1) + "\r\nArrived.\r\n";
        const TwineImport imported = importTwee(u"long.twee"_s, twee, u"lv"_s);
        QVERIFY2(imported.report.isEmpty(), qPrintable(imported.report.value(0).toString()));
        QCOMPARE(imported.passages, passages);
        QCOMPARE(imported.scenario.member(u"scenes")->items().size(), size_t(passages - 1));
        QCOMPARE(
            imported.scenario.member(u"scenes")->items().back().member(u"setting")->member(u"lv")->toString(),
            u"On the way, step 2998."_s);
        Diagnostics diagnostics;
        const auto catalog = std::make_shared<Catalog>(
            loadCatalog(QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios/catalog"_s, &diagnostics));
        const LoadResult loaded =
            ScenarioLoader(catalog).loadBytes(u"long.json"_s, json::canonicalText(imported.scenario));
        QStringList errors;
        for (const Diagnostic &d : loaded.diagnostics)
            if (d.isError())
                errors.append(d.toString());
        QVERIFY2(loaded.ok(), qPrintable(errors.mid(0, 5).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTwineImport)
#include "tst_twineimport.moc"
