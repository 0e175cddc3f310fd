// The review's report (engine/review/reviewreport.h): decisions with their critical answers counted, one
// person's history, and the whole report agreeing with the queries it is read from.
#include "../engine/testscenarios.h"
#include "attemptrecorder.h"
#include "reviewreport.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::testing;

using AnswerCounts = QMap<QString, int>;

class TestReviewReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ResultsStore> m_store;
    std::shared_ptr<const Scenario> m_scenario = minimalScenario();
    QString m_anna, m_berta, m_spring, m_autumn;

    // One completed attempt of the minimal scenario: `office` is the first decision.
    void complete(const QString &participant, const QString &seminar, const QString &office)
    {
        auto recorder =
            AttemptRecorder::begin(*m_store, m_scenario, participant, seminar,
                                   seminar.isEmpty() ? PlayMode::Solo : PlayMode::Seminar, u"lv"_s);
        QVERIFY2(recorder, qPrintable(recorder.error().toString()));
        for (const Result<void> &r :
             {recorder->choose(office), recorder->submitReferral({{u"state-police"_s, Urgency::SameDay}}),
              recorder->choose(u"c-to-assessment"_s),
              recorder->answer(u"q-judgement"_s, {u"labour-rights"_s}),
              recorder->choose(u"c-end-referred"_s)})
            QVERIFY2(r, qPrintable(r.error().toString()));
        QTest::qWait(5); // distinct start times: the history is by time
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scenario);
        m_store = std::make_unique<ResultsStore>(m_dir.filePath(u"report.sqlite"_s));
        QVERIFY(m_store->open().ok());
        m_anna = m_store->addParticipant(u"Anna"_s, u"police"_s)->uuid;
        m_berta = m_store->addParticipant(u"Berta"_s, u"social-worker"_s)->uuid;
        Seminar spring, autumn;
        spring.title = u"Spring"_s;
        spring.date = QDate(2026, 3, 2);
        autumn.title = u"Autumn"_s;
        autumn.date = QDate(2026, 10, 5);
        m_spring = m_store->addSeminar(spring)->uuid; // added first, held first
        m_autumn = m_store->addSeminar(autumn)->uuid;
        complete(m_anna, m_spring, u"c-private"_s);
        complete(m_berta, m_spring, u"c-companion"_s); // a critical error
        complete(m_anna, m_autumn, u"c-companion"_s);
    }

    void decisionRowsMarkCriticalAnswers_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<AnswerCounts>("answers");
        QTest::addColumn<bool>("withScenario");
        QTest::addColumn<QList<bool>>("critical"); // per answer, by answer id
        QTest::addColumn<int>("criticalCount");
        QTest::newRow("a critical choice counts everyone who took it")
            << u"choice:office"_s << AnswerCounts{{u"c-private"_s, 2}, {u"c-companion"_s, 3}} << true
            << QList<bool>{true, false} << 3;
        QTest::newRow("without the scenario nothing is marked")
            << u"choice:office"_s << AnswerCounts{{u"c-private"_s, 2}, {u"c-companion"_s, 3}} << false
            << QList<bool>{false, false} << 0;
        QTest::newRow("a question's options are never critical errors")
            << u"question:q-judgement"_s
            << AnswerCounts{{u"c-companion"_s, 1}, {u"labour-rights+neither"_s, 2}} << true
            << QList<bool>{false, false} << 0;
        QTest::newRow("no answer and an unknown choice are not critical")
            << u"choice:office"_s << AnswerCounts{{QString(), 1}, {u"gone"_s, 4}} << true
            << QList<bool>{false, false} << 0;
    }

    void decisionRowsMarkCriticalAnswers()
    {
        QFETCH(QString, item);
        QFETCH(AnswerCounts, answers);
        QFETCH(bool, withScenario);
        QFETCH(QList<bool>, critical);
        QFETCH(int, criticalCount);
        ItemRow row;
        row.item = item;
        row.statistics.attempts = 5;
        row.answers = answers;
        const QList<DecisionRow> rows = decisionRows({row}, withScenario ? m_scenario.get() : nullptr);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].item, item);
        QCOMPARE(rows[0].statistics.attempts, 5);
        QCOMPARE(rows[0].criticalCount, criticalCount);
        QCOMPARE(rows[0].answers.size(), answers.size());
        int i = 0;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it, ++i) {
            QCOMPARE(rows[0].answers[i].answer, it.key());
            QCOMPARE(rows[0].answers[i].count, it.value());
            QCOMPARE(rows[0].answers[i].critical, critical[i]);
        }
    }

    void historyIsNewestFirst()
    {
        const std::optional<PersonHistory> anna = personHistory(*m_store, m_anna);
        QVERIFY(anna);
        QCOMPARE(anna->participant.displayName, u"Anna"_s);
        QCOMPARE(anna->attempts.size(), 2);
        QCOMPARE(anna->attempts[0].seminar, m_autumn);
        QCOMPARE(anna->attempts[1].seminar, m_spring);
        QVERIFY(anna->attempts[0].started >= anna->attempts[1].started);
        QVERIFY(!anna->pseudonymous());
        QVERIFY(!personHistory(*m_store, u"nobody"_s));
        QVERIFY(!personHistory(*m_store, QString()));
    }

    void reportAgreesWithTheQueries_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("seminar");
        QTest::addColumn<QString>("participant");
        QTest::newRow("everything") << QString() << QString() << QString();
        QTest::newRow("one scenario") << u"minimal"_s << QString() << QString();
        QTest::newRow("the spring seminar") << u"minimal"_s << u"spring"_s << QString();
        QTest::newRow("Anna") << QString() << QString() << u"anna"_s;
    }

    void reportAgreesWithTheQueries()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, seminar);
        QFETCH(QString, participant);
        ReviewFilter filter;
        filter.scenario = scenario.isEmpty() ? QString() : m_scenario->id;
        filter.seminar = seminar.isEmpty() ? QString() : m_spring;
        filter.participant = participant.isEmpty() ? QString() : m_anna;
        ReviewQueries queries(*m_store);
        const Result<ReviewReport> read =
            readReviewReport(queries, filter, AttemptChoice::Latest, m_scenario.get());
        QVERIFY2(read, qPrintable(read.error().toString()));
        const ReviewReport &report = *read;
        QCOMPARE(report.filter.scenario, filter.scenario);
        QCOMPARE(report.choice, AttemptChoice::Latest);
        // Seminars newest first, whatever order they were added in.
        QCOMPARE(report.seminars.size(), 2);
        QCOMPARE(report.seminars[0].uuid, m_autumn);
        QCOMPARE(report.seminarTitle(m_spring), u"2026-03-02 · Spring"_s);
        QCOMPARE(report.seminarTitle(u"none"_s), QString());
        const Overview overview = queries.overview(filter).value();
        QCOMPARE(report.overview.attempts, overview.attempts);
        QCOMPARE(report.overview.histogram, overview.histogram);
        QCOMPARE(report.people.size(), queries.participants(filter).value().size());
        QCOMPARE(report.indicators.size(), queries.indicators(filter).value().size());
        QCOMPARE(report.gain.pairs, queries.improvement(filter).value().pairs);
        QCOMPARE(report.person.has_value(), !participant.isEmpty());
        // Decisions only for one scenario, with Berta's (and Anna's later) critical error counted.
        if (scenario.isEmpty()) {
            QVERIFY(report.decisions.isEmpty());
        } else {
            const QList<ItemRow> items = queries.items(filter, AttemptChoice::Latest).value();
            QCOMPARE(report.decisions.size(), items.size());
            const auto office = std::find_if(report.decisions.cbegin(), report.decisions.cend(),
                                             [](const DecisionRow &r) { return r.item == u"choice:office"; });
            QVERIFY(office != report.decisions.cend());
            QCOMPARE(office->criticalCount, seminar.isEmpty() ? 2 : 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestReviewReport)
#include "tst_reviewreport.moc"
