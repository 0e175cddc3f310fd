// The coordinator's review views on a small database of real recorded attempts: they must equal the reference
// statistics computed in C++ from the same attempts one by one, and the designed counts.
#include "../engine/testscenarios.h"
#include "attemptrecorder.h"
#include "reviewqueries.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::testing;

namespace {

struct Play {
    QString office;                           // the first decision
    QList<std::pair<QString, QString>> flags; // target, indicator named
    QString judgement;                        // the assessment answer
    QString ending;                           // the last decision
};

} // namespace

class TestReviewQueries : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ResultsStore> m_store;
    std::shared_ptr<const Scenario> m_scenario = minimalScenario();
    QHash<QString, QString> m_participants; // name -> uuid

    void record(const QString &name, const QString &role, const Play &play)
    {
        if (!m_participants.contains(name))
            m_participants.insert(name, m_store->addParticipant(name, role)->uuid);
        auto recorder = AttemptRecorder::begin(*m_store, m_scenario, m_participants.value(name), {},
                                               PlayMode::Solo, u"lv"_s);
        QVERIFY2(recorder, qPrintable(recorder.error().message));
        auto act = [&](Event::Type type, const QJsonObject &payload) {
            const auto r = recorder->perform(Action::of(type, payload));
            QVERIFY2(r.ok(), qPrintable(r.error().message));
        };
        for (const auto &[target, indicator] : play.flags)
            act(Event::Type::Flag, indicator.isEmpty()
                                       ? QJsonObject{{u"target"_s, target}}
                                       : QJsonObject{{u"target"_s, target}, {u"indicator"_s, indicator}});
        act(Event::Type::Choose, {{u"choice"_s, play.office}});
        act(Event::Type::SubmitReferral,
            {{u"plan"_s, QJsonArray{QJsonObject{{u"institution"_s, u"state-police"_s},
                                                {u"urgency"_s, u"same-day"_s}}}}});
        act(Event::Type::Choose, {{u"choice"_s, u"c-to-assessment"_s}});
        act(Event::Type::Answer,
            {{u"question"_s, u"q-judgement"_s}, {u"options"_s, QJsonArray{play.judgement}}});
        act(Event::Type::Choose, {{u"choice"_s, play.ending}});
        QTest::qWait(5); // distinct start times: "first" and "latest" are by time
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<ResultsStore>(m_dir.filePath(u"review.sqlite"_s));
        QVERIFY(m_store->open().ok());
        const QString payHint = u"no-or-low-pay"_s;
        record(u"Anna"_s, u"police"_s,
               {u"c-private"_s, {{u"s-pay"_s, payHint}}, u"labour-rights"_s, u"c-end-referred"_s});
        record(u"Berta"_s, u"social-worker"_s, {u"c-companion"_s, {}, u"trafficking"_s, u"c-end-lost"_s});
        record(u"Cilda"_s, u"police"_s,
               {u"c-private"_s, {{u"s-tattoo"_s, payHint}}, u"labour-rights"_s, u"c-end-referred"_s});
        // Anna comes back and does better on the signs.
        record(u"Anna"_s, u"police"_s,
               {u"c-private"_s,
                {{u"s-pay"_s, payHint}, {u"s-hours"_s, u"excessive-hours"_s}, {u"s-job"_s, {}}},
                u"labour-rights"_s,
                u"c-end-referred"_s});
        // An abandoned attempt counts nowhere.
        auto abandoned = AttemptRecorder::begin(*m_store, m_scenario, m_participants.value(u"Berta"_s), {},
                                                PlayMode::Solo, u"lv"_s);
        QVERIFY(abandoned && abandoned->abandon().ok());
    }

    void itemsEqualTheReference_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<QStringList>("attemptsOf"); // whose attempt counts, in the order they were recorded
        QTest::newRow("first") << int(AttemptChoice::First)
                               << QStringList{u"Anna:0"_s, u"Berta:0"_s, u"Cilda:0"_s};
        QTest::newRow("latest") << int(AttemptChoice::Latest)
                                << QStringList{u"Anna:1"_s, u"Berta:0"_s, u"Cilda:0"_s};
        QTest::newRow("best") << int(AttemptChoice::Best)
                              << QStringList{u"Anna:1"_s, u"Berta:0"_s, u"Cilda:0"_s};
    }

    void itemsEqualTheReference()
    {
        QFETCH(int, choice);
        QFETCH(QStringList, attemptsOf);
        ReviewFilter filter;
        filter.scenario = u"minimal"_s;
        ReviewQueries queries(*m_store);
        const Result<QList<ItemRow>> read = queries.items(filter, AttemptChoice(choice));
        QVERIFY2(read, qPrintable(read.error().message));
        const QList<ItemRow> &rows = *read;
        // The reference: the chosen attempts' items, read row by row, through analyseItem.
        QHash<QString, QList<double>> marks, totals;
        QHash<QString, double> maxima;
        for (const QString &who : attemptsOf) {
            const QString participant = m_participants.value(who.section(u':', 0, 0));
            QList<AttemptRecord> completed;
            for (const AttemptRecord &a : m_store->attempts(participant))
                if (a.status == AttemptRecord::Status::Completed)
                    completed.append(a);
            const AttemptRecord a = completed.at(who.section(u':', 1).toInt());
            QSqlQuery q(m_store->database());
            q.prepare(u"SELECT item, mark, max FROM attempt_items WHERE attempt_uuid = ?"_s);
            q.addBindValue(a.uuid);
            QVERIFY(q.exec());
            while (q.next()) {
                marks[q.value(0).toString()].append(q.value(1).toDouble());
                totals[q.value(0).toString()].append(a.score.value(u"total"_s).toDouble());
                maxima[q.value(0).toString()] = q.value(2).toDouble();
            }
        }
        QCOMPARE(rows.size(), marks.size());
        for (const ItemRow &row : rows) {
            const ItemStatistics expected =
                analyseItem(marks.value(row.item), totals.value(row.item), maxima.value(row.item));
            QCOMPARE(row.statistics.attempts, expected.attempts);
            QVERIFY(qAbs(row.statistics.facility - expected.facility) < 1e-9);
            QCOMPARE(row.statistics.discrimination.has_value(), expected.discrimination.has_value());
            if (expected.discrimination)
                QVERIFY(qAbs(*row.statistics.discrimination - *expected.discrimination) < 1e-6);
            QCOMPARE(row.statistics.efficiency.has_value(), expected.efficiency.has_value());
            if (expected.efficiency)
                QVERIFY(qAbs(*row.statistics.efficiency - *expected.efficiency) < 1e-6);
        }
        // The office decision: two chose to talk in private, one let the companion interpret.
        const auto office = std::find_if(rows.begin(), rows.end(),
                                         [](const ItemRow &r) { return r.item == u"choice:office"; });
        QVERIFY(office != rows.end());
        QCOMPARE(office->answers.value(u"c-private"_s), 2);
        QCOMPARE(office->answers.value(u"c-companion"_s), 1);
        QVERIFY(qAbs(office->statistics.facility - (4.0 / 3) / 3) < 1e-9); // marks 3, -2, 3 of 3
        QVERIFY(office->statistics.discrimination && *office->statistics.discrimination > 0);
    }

    void indicators()
    {
        ReviewQueries queries(*m_store);
        const Result<QList<IndicatorRow>> read = queries.indicators({});
        QVERIFY2(read, qPrintable(read.error().message));
        const QList<IndicatorRow> &rows = *read;
        QHash<QString, IndicatorRow> byId;
        for (const IndicatorRow &r : rows)
            byId.insert(r.indicator, r);
        // Four completed attempts went through the office: each was exposed to the unpaid wages.
        const IndicatorRow pay = byId.value(u"no-or-low-pay"_s);
        QCOMPARE(pay.exposures, 4);
        QCOMPARE(pay.found, 2);      // Anna, twice
        QCOMPARE(pay.falseNamed, 1); // Cilda named it for the tattoo
        QCOMPARE(pay.detectionRate(), 0.5);
        QVERIFY(qAbs(pay.falseFlagRate() - 1.0 / 3) < 1e-12);
        QVERIFY(!pay.enough()); // 4 exposures are not a finding
        const IndicatorRow hours = byId.value(u"excessive-hours"_s);
        QCOMPARE(hours.exposures, 4);
        QCOMPARE(hours.found, 1);
        // Worst first.
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(rows[i - 1].exposures == 0 || rows[i].exposures == 0 ||
                    rows[i - 1].detectionRate() <= rows[i].detectionRate());
    }

    void improvementAndFilters()
    {
        ReviewQueries queries(*m_store);
        const Result<GainStatistics> read = queries.improvement({});
        QVERIFY2(read, qPrintable(read.error().message));
        const GainStatistics &gain = *read;
        QCOMPARE(gain.pairs, 1); // only Anna came twice (Berta's second attempt was abandoned)
        QList<double> anna;
        for (const AttemptRecord &a : m_store->attempts(m_participants.value(u"Anna"_s)))
            anna.append(a.score.value(u"percent"_s).toDouble());
        QCOMPARE(gain.meanPre, anna.first());
        QCOMPARE(gain.meanPost, anna.last());
        QVERIFY(anna.last() > anna.first());

        ReviewFilter police;
        police.role = u"police"_s;
        const Overview o = queries.overview(police).value();
        QCOMPARE(o.attempts, 3);
        QCOMPARE(o.participants, 2);
        int histogram = 0;
        for (int n : o.histogram)
            histogram += n;
        QCOMPARE(histogram, 3);
        QCOMPARE(queries.overview({})->attempts, 4);
        ReviewFilter future;
        future.from = QDate::currentDate().addDays(1);
        QCOMPARE(queries.overview(future)->attempts, 0);
        ReviewFilter today;
        today.from = today.to = QDate::currentDate();
        QCOMPARE(queries.overview(today)->attempts, 4);
        // The people in the filter, by name, with their mean and best.
        const QList<ParticipantRow> people = queries.participants(police).value();
        QCOMPARE(people.size(), 2);
        QCOMPARE(people.first().name, u"Anna"_s);
        QCOMPARE(people.first().attempts, 2);
        QCOMPARE(people.first().bestPercent, int(anna.last()));
        QCOMPARE(people.first().meanPercent, (anna.first() + anna.last()) / 2);
        QCOMPARE(people.last().name, u"Cilda"_s);
        // One person's history: their attempts and what they miss.
        ReviewFilter annaOnly;
        annaOnly.participant = m_participants.value(u"Anna"_s);
        QCOMPARE(queries.overview(annaOnly)->attempts, 2);
        QCOMPARE(queries.participants(annaOnly)->size(), 1);
        const QList<IndicatorRow> annas = queries.indicators(annaOnly).value();
        const auto pay = std::find_if(annas.begin(), annas.end(),
                                      [](const IndicatorRow &r) { return r.indicator == u"no-or-low-pay"; });
        QVERIFY(pay != annas.end());
        QCOMPARE(pay->exposures, 2);
        QCOMPARE(pay->found, 2);
        QVERIFY(queries.lecturers()->isEmpty()); // solo attempts only here
        const Result<QList<ItemRow>> noScenario = queries.items({});
        QVERIFY(noScenario.valueOr({}).isEmpty());
        QVERIFY(noScenario.error().message.contains(u"per scenario"_s));
    }

    // The views read a snapshot: it must follow every change, made here or by another process's connection.
    void viewsFollowNewResults()
    {
        ReviewQueries queries(*m_store);
        QCOMPARE(queries.overview({})->attempts, 4);
        record(u"Dora"_s, u"teacher"_s, {u"c-companion"_s, {}, u"trafficking"_s, u"c-end-lost"_s});
        QCOMPARE(queries.overview({})->attempts, 5);
        ReviewFilter teachers;
        teachers.role = u"teacher"_s;
        QCOMPARE(queries.overview(teachers)->participants, 1);

        ResultsStore other(m_store->path()); // another connection, as a second window or the CLI would have
        QVERIFY(other.open().ok());
        QVERIFY(other.eraseParticipant(m_participants.take(u"Dora"_s)));
        QCOMPARE(queries.overview({})->attempts, 4);
        QCOMPARE(queries.overview(teachers)->attempts, 0);
    }

    // The app reads the snapshot on a worker thread through a connection of its own and hands it over: the
    // views then give what they give from the store's own connection, and a later change is noticed.
    void aSnapshotReadOnAnotherThreadIsAdopted()
    {
        ReviewQueries reference(*m_store);
        ReviewQueries queries(*m_store);
        QVERIFY(queries.needsSnapshot());
        const QString stamp = queries.changeStamp();
        Result<std::shared_ptr<const ReviewSnapshot>> snapshot = Error(u"not read"_s);
        Qt::HANDLE worker = nullptr;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            worker = QThread::currentThreadId();
            snapshot = ReviewSnapshot::loadFile(m_store->path());
        }));
        thread->start();
        QVERIFY(thread->wait(60000));
        QVERIFY(worker != QThread::currentThreadId());
        QVERIFY2(snapshot, qPrintable(snapshot.error().message));
        queries.adopt(*snapshot, stamp);
        QVERIFY(!queries.needsSnapshot());
        const Overview mine = queries.overview({}).value(), theirs = reference.overview({}).value();
        QCOMPARE(mine.attempts, theirs.attempts);
        QCOMPARE(mine.participants, theirs.participants);
        QCOMPARE(mine.histogram, theirs.histogram);
        QCOMPARE(queries.indicators({})->size(), reference.indicators({})->size());
        QVERIFY(!queries.needsSnapshot());

        ResultsStore other(m_store->path());
        QVERIFY(other.open().ok());
        QVERIFY(other.addParticipant(u"Elza"_s));
        QVERIFY(queries.needsSnapshot());
        const auto missing = ReviewSnapshot::loadFile(m_dir.filePath(u"no-such-folder/none.sqlite"_s));
        QVERIFY(!missing);
        QVERIFY(!missing.error().message.isEmpty());
    }

    // Interview practice over successive attempts, on the test conversation (tests/data/conversation): the
    // limit is no question; care-offer, open invitation, directive and closing are recommended, leading and
    // promise are not (tests/data/catalog/questiontypes.json).
    void questionPracticeBySuccessiveAttempts()
    {
        ResultsStore store(m_dir.filePath(u"questions.sqlite"_s));
        QVERIFY(store.open().ok());
        const auto conversation =
            loadScenario(dataPath(u"conversation/conversation.json"_s), dataPath(u"catalog"_s));
        QVERIFY(conversation);
        const QString dana = store.addParticipant(u"Dana"_s)->uuid,
                      emils = store.addParticipant(u"Emīls"_s)->uuid;
        auto record = [&](const QString &person, const QStringList &moves) {
            auto recorder = AttemptRecorder::begin(store, conversation, person, {}, PlayMode::Solo, u"lv"_s);
            QVERIFY2(recorder, qPrintable(recorder.error().message));
            auto act = [&](Event::Type type, const QJsonObject &payload) {
                const auto r = recorder->perform(Action::of(type, payload));
                QVERIFY2(r.ok(), qPrintable(r.error().message));
            };
            for (const QString &move : QStringList{u"c-private"_s} + moves)
                if (move.startsWith(u"feedback:"_s))
                    act(Event::Type::Feedback, {{u"afterEachMove"_s, move == u"feedback:on"}});
                else
                    act(Event::Type::Choose, {{u"choice"_s, move}});
            act(Event::Type::SubmitReferral,
                {{u"plan"_s, QJsonArray{QJsonObject{{u"institution"_s, u"state-police"_s},
                                                    {u"urgency"_s, u"same-day"_s}}}}});
            act(Event::Type::Choose, {{u"choice"_s, u"c-to-assessment"_s}});
            act(Event::Type::Answer,
                {{u"question"_s, u"q-judgement"_s}, {u"options"_s, QJsonArray{u"neither"_s}}});
            act(Event::Type::Choose, {{u"choice"_s, u"c-end-referred"_s}});
            QTest::qWait(5);
        };
        // Dana, practising with feedback after each move: open, leading, directive, care-offer, then the
        // limit (3 of 4 recommended); then assessed without it: 4 of 4.
        record(dana,
               {u"feedback:on"_s, u"m-open"_s, u"m-leading"_s, u"m-follow"_s, u"m-water"_s, u"talk-ends"_s});
        record(dana, {u"feedback:off"_s, u"m-water"_s, u"m-open"_s, u"m-follow"_s, u"m-close"_s});
        // Emīls once, the setting not recorded: leading, a promise, closing (1 of 3).
        record(emils, {u"m-leading"_s, u"m-promise"_s, u"m-close"_s});

        ReviewQueries queries(store);
        const QuestionPractice all = queries.questions({}).value();
        QCOMPARE(all.byAttempt.size(), 2);
        QCOMPARE(all.byAttempt[0].attemptNumber, 1);
        QCOMPARE(all.byAttempt[0].attempts, 2);
        QCOMPARE(all.byAttempt[0].asked, 4 + 3);
        QCOMPARE(all.byAttempt[0].recommended, 3 + 1);
        QCOMPARE(all.byAttempt[1].attempts, 1);
        QCOMPARE(all.byAttempt[1].asked, 4);
        QCOMPARE(all.byAttempt[1].recommended, 4);
        QCOMPARE(all.byAttempt[1].share(), 1.0);
        QCOMPARE(all.asked(), 11);
        QCOMPARE(all.recommended(), 8);
        QStringList types;
        for (const QuestionTypeRow &t : all.types)
            types.append(u"%1=%2%3"_s.arg(t.type).arg(t.asked).arg(t.recommended ? u"+"_s : u"-"_s));
        QCOMPARE(types, (QStringList{u"care-offer=2+"_s, u"closing=2+"_s, u"directive=2+"_s, u"leading=2-"_s,
                                     u"open-invitation=2+"_s, u"promise=1-"_s}));
        // Practice against assessment: attempts/asked/recommended per setting, in the review's order.
        QStringList byFeedback;
        for (const QuestionFeedbackRow &f : all.byFeedback)
            byFeedback.append(
                u"%1:%2/%3/%4"_s.arg(f.feedback).arg(f.attempts).arg(f.asked).arg(f.recommended));
        QCOMPARE(byFeedback, (QStringList{u"each-move:1/4/3"_s, u"at-end:1/4/4"_s, u":1/3/1"_s}));

        ReviewFilter onePerson;
        onePerson.participant = emils;
        const QuestionPractice his = queries.questions(onePerson).value();
        QCOMPARE(his.byAttempt.size(), 1);
        QCOMPARE(his.byAttempt[0].asked, 3);
        QCOMPARE(his.byAttempt[0].recommended, 1);

        // The question types are no decisions: the item analysis lists only choices, plan and questions.
        ReviewFilter scenario;
        scenario.scenario = conversation->id;
        const Result<QList<ItemRow>> items = queries.items(scenario);
        QVERIFY(items);
        QVERIFY(!items->isEmpty());
        for (const ItemRow &row : *items)
            QVERIFY2(!row.item.startsWith(u"asked:"_s), qPrintable(row.item));
    }
};

QTEST_GUILESS_MAIN(TestReviewQueries)
#include "tst_reviewqueries.moc"
