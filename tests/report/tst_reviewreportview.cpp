// The review report in one language (report/): rows named from the catalogue and the scenario, the CSV files
// and the PDF written from them. The report is made by hand here: what it says, not how it was queried.
#include "../engine/testscenarios.h"
#include "reviewcsv.h"
#include "reviewpdf.h"
#include "reviewreportview.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::testing;

class TestReviewReportView : public QObject {
    Q_OBJECT

    std::shared_ptr<const Scenario> m_scenario = minimalScenario();
    std::shared_ptr<const Catalog> m_catalog;

    ReportNaming naming(const QString &language) const
    {
        return ReportNaming{language, m_catalog, [this](const QString &id) {
                                return id == m_scenario->id ? m_scenario : nullptr;
                            }};
    }

    // A seminar's report on the minimal scenario: two people, one critical error, one indicator.
    static ReviewReport seminarReport()
    {
        ReviewReport report;
        report.filter.scenario = u"minimal"_s;
        report.filter.seminar = u"s1"_s;
        Seminar seminar;
        seminar.uuid = u"s1"_s;
        seminar.title = u"Teachers, \"Liepāja\""_s;
        seminar.date = QDate(2026, 3, 2);
        report.seminars = {seminar};
        report.overview.attempts = 3;
        report.overview.participants = 2;
        report.overview.seminars = 1;
        report.overview.histogram = {0, 0, 0, 1, 0, 0, 0, 0, 0, 2};
        report.people = {ParticipantRow{u"p1"_s, u"Anna"_s, u"K-1"_s, u"police"_s, 2, 62.5, 100},
                         ParticipantRow{u"p2"_s, u"Berta"_s, u"K-2"_s, u"nobody-knows"_s, 1, 30, 30}};
        report.indicators = {IndicatorRow{u"deceived-about-job"_s, 12, 3, 1, 3}};
        ItemStatistics office;
        office.attempts = 3;
        office.facility = 2.0 / 3;
        report.decisions = {
            DecisionRow{u"choice:office"_s,
                        office,
                        {AnswerCount{u"c-companion"_s, 1, true}, AnswerCount{u"c-private"_s, 2, false}},
                        1}};
        return report;
    }

    // Two prevention seminars' checks: 9b learnt three quarters of what there was to learn (40 % → 85 %), in
    // 9c everyone was right before already.
    static QList<SeminarKnowledgeRow> knowledgeChecks()
    {
        return {
            SeminarKnowledgeRow{
                u"s1"_s, {}, QDate(2026, 3, 2), {}, u"pupil"_s, {5, 20, 19, 18, 0.4, 0.85, 0.75}},
            SeminarKnowledgeRow{u"s2"_s, {}, QDate(2026, 3, 9), {}, u"pupil"_s, {5, 3, 3, 3, 1.0, 1.0, {}}}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scenario);
        Diagnostics diagnostics;
        m_catalog = std::make_shared<const Catalog>(loadCatalog(dataPath(u"catalog"_s), &diagnostics));
        QVERIFY(!hasErrors(diagnostics));
    }

    void rowsAreNamedInTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<QString>("answers");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("indicator");
        QTest::newRow("lv") << u"lv"_s << u"Birojā"_s
                            << u"1 × “Lūgt Pēteri tulkot” ⚠,  2 × “Aicināt Annu runāt vienatnē”"_s
                            << u"Policists"_s << u"Maldināts par darbu"_s;
        QTest::newRow("en") << u"en"_s << u"At the office"_s
                            << u"1 × “Ask Pēteris to interpret” ⚠,  2 × “Invite Anna to talk alone”"_s
                            << u"Police officer"_s << u"Deceived about the job"_s;
    }

    void rowsAreNamedInTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, decision);
        QFETCH(QString, answers);
        QFETCH(QString, role);
        QFETCH(QString, indicator);
        const ReviewReportView view(seminarReport(), naming(language));
        const QVariantMap office = view.decisions().value(0).toMap();
        QCOMPARE(office.value(u"label"_s).toString(), decision);
        QCOMPARE(office.value(u"answers"_s).toString(), answers);
        QCOMPARE(office.value(u"critical"_s).toInt(), 1);
        QCOMPARE(office.value(u"facility"_s).toInt(), 67);
        QVERIFY(office.value(u"discrimination"_s).isNull()); // not computed: shown as —
        const QVariantList people = view.people();
        QCOMPARE(people.size(), 2);
        QCOMPARE(people[0].toMap().value(u"role"_s).toString(), role);
        QCOMPARE(people[0].toMap().value(u"meanPercent"_s).toInt(), 63);
        QCOMPARE(people[1].toMap().value(u"role"_s).toString(), u"nobody-knows"_s); // unknown: the id
        const QVariantMap found = view.indicators().value(0).toMap();
        QCOMPARE(found.value(u"name"_s).toString(), indicator);
        QCOMPARE(found.value(u"detection"_s).toInt(), 25);
        QCOMPARE(found.value(u"enough"_s).toBool(), true);
        QVERIFY(view.filterSummary().contains(u"2026-03-02 · Teachers, \"Liepāja\""_s));
        // The filters by name: the scenario's title, not its id.
        QVERIFY2(view.filterSummary().contains(m_scenario->title.text(language)),
                 qPrintable(view.filterSummary()));
        const QVariantList histogram = view.overview().value(u"histogram"_s).toList();
        QCOMPARE(histogram.size(), 10);
        QCOMPARE(histogram[9].toMap().value(u"label"_s).toString(), u"90–100"_s);
        QCOMPARE(histogram[9].toMap().value(u"share"_s).toDouble(), 1.0);
        QCOMPARE(histogram[3].toMap().value(u"share"_s).toDouble(), 0.5);
    }

    void csvFilesHoldTheTables()
    {
        QTemporaryDir dir;
        QVERIFY(writeReviewCsv(ReviewReportView(seminarReport(), naming(u"en"_s)), dir.path()));
        for (const QString &name : {u"overview-months.csv"_s, u"overview-scores.csv"_s, u"indicators.csv"_s,
                                    u"decisions.csv"_s, u"participants.csv"_s, u"improvement.csv"_s}) {
            QFile file(dir.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        }
        QFile decisions(dir.filePath(u"decisions.csv"_s));
        QVERIFY(decisions.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = decisions.readAll().split('\n');
        QCOMPARE(lines[0],
                 "item,label,attempts,facility_percent,discrimination,efficiency,dubious,critical_errors,"
                 "answers\r");
        QVERIFY(lines[1].startsWith("choice:office,At the office,3,67,,,false,1,"));
        QFile people(dir.filePath(u"participants.csv"_s));
        QVERIFY(people.open(QIODevice::ReadOnly));
        QCOMPARE(people.readAll(), "name,code,role,attempts,mean_percent,best_percent\r\n"
                                   "Anna,K-1,Police officer,2,63,100\r\nBerta,K-2,nobody-knows,1,30,30\r\n");
        QVERIFY(
            !writeReviewCsv(ReviewReportView(seminarReport(), naming(u"en"_s)), dir.filePath(u"missing"_s)));
    }

    // The knowledge checks in the review's CSV: a row per seminar, the gain empty when there was none to
    // make.
    void knowledgeChecksInTheCsv()
    {
        ReviewReport report = seminarReport();
        report.knowledgeChecks = knowledgeChecks();
        const ReviewReportView view(report, naming(u"en"_s));
        QCOMPARE(view.knowledgeChecks().value(1).toMap().value(u"gainText"_s).toString(),
                 u"none (everyone was right before already)"_s);
        QTemporaryDir dir;
        QVERIFY(writeReviewCsv(view, dir.path()));
        QFile checks(dir.filePath(u"knowledge-checks.csv"_s));
        QVERIFY(checks.open(QIODevice::ReadOnly));
        QCOMPARE(
            checks.readAll(),
            "seminar,date,audience,questions,answered_before,answered_after,answered_both,before_percent,"
            "after_percent,normalised_gain\r\n"
            "\"2026-03-02 · Teachers, \"\"Liepāja\"\"\",2026-03-02,pupil,5,20,19,18,40,85,0.75\r\n"
            ",2026-03-09,pupil,5,3,3,3,100,100,\r\n");
    }

    void pdfHasTheSectionsOfItsReport_data()
    {
        QTest::addColumn<bool>("seminar");
        QTest::addColumn<bool>("person");
        QTest::addColumn<bool>("conversations");
        QTest::addColumn<QStringList>("titles");
        const QString overview = u"Overview"_s, indicators = u"Indicators"_s, decisions = u"Decisions"_s,
                      improvement = u"Improvement"_s;
        QTest::newRow("a seminar's report names who took part")
            << true << false << false
            << QStringList{overview, u"Who took part"_s, indicators, decisions, improvement};
        QTest::newRow("without a seminar, nobody is listed")
            << false << false << false << QStringList{overview, indicators, decisions, improvement};
        QTest::newRow("one person's report is their history")
            << true << true << false
            << QStringList{overview, u"History of Anna"_s, indicators, decisions, improvement};
        QTest::newRow("with conversations, the questions asked in them")
            << false << false << true
            << QStringList{overview, indicators, decisions, improvement, u"Questions in conversations"_s};
        QTest::newRow("a prevention seminar's knowledge check")
            << false << false << false
            << QStringList{overview, indicators, decisions, improvement, u"Knowledge checks"_s};
    }

    void pdfHasTheSectionsOfItsReport()
    {
        QFETCH(bool, seminar);
        QFETCH(bool, person);
        QFETCH(bool, conversations);
        QFETCH(QStringList, titles);
        ReviewReport report = seminarReport();
        if (conversations) {
            report.questions.byAttempt = {{1, 2, 7, 4}, {2, 1, 4, 4}};
            report.questions.byFeedback = {{u"each-move"_s, 2, 8, 7}, {u"at-end"_s, 1, 3, 1}};
            report.questions.types = {{u"open-invitation"_s, 7, true}, {u"leading"_s, 4, false}};
        }
        if (!seminar)
            report.filter.seminar.clear();
        if (titles.contains(u"Knowledge checks"_s))
            report.knowledgeChecks = knowledgeChecks();
        if (person) {
            AttemptRecord attempt;
            attempt.uuid = u"a1"_s;
            attempt.scenarioId = u"minimal"_s;
            attempt.status = AttemptRecord::Status::Completed;
            attempt.started = QDateTime(QDate(2026, 3, 2), QTime(10, 0));
            report.person =
                PersonHistory{Participant{u"p1"_s, u"Anna"_s, u"K-1"_s, u"police"_s, {}}, {attempt}};
        }
        QTemporaryDir dir;
        const QString file = dir.filePath(u"report.pdf"_s);
        const std::optional<QList<ReportSection>> sections =
            writeReviewPdf(ReviewReportView(report, naming(u"en"_s)), file);
        QVERIFY(sections);
        QStringList written;
        for (const ReportSection &s : *sections) {
            written.append(s.title);
            QVERIFY(s.firstPage >= 1 && s.lastPage >= s.firstPage);
            QVERIFY2(!s.fitsOnAPage || s.firstPage == s.lastPage,
                     qPrintable(s.title)); // none split needlessly
        }
        QCOMPARE(written, titles);
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(pdf.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(!writeReviewPdf(ReviewReportView(report, naming(u"en"_s)),
                                dir.filePath(u"missing/report.pdf"_s)));
    }
};

QTEST_MAIN(TestReviewReportView)
#include "tst_reviewreportview.moc"
