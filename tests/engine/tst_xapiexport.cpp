// xAPI statements of recorded attempts: one per finished attempt and one per decision, with pseudonymous
// actors, scaled scores in [-1, 1], the seminar as registration, and ids that stay the same on re-export.
#include "attemptrecorder.h"
#include "testscenarios.h"
#include "xapiexport.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::testing;

class TestXapiExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ResultsStore> m_store;
    std::shared_ptr<const Scenario> m_scenario = minimalScenario();
    QString m_seminar, m_anna, m_berta;

    void play(AttemptRecorder &recorder, const QList<std::pair<Event::Type, QJsonObject>> &actions)
    {
        for (const auto &[type, payload] : actions) {
            const auto r = recorder.perform(Action::of(type, payload));
            QVERIFY2(r.ok(), qPrintable(r.error().message));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<ResultsStore>(m_dir.filePath(u"xapi.sqlite"_s));
        QVERIFY(m_store->open().ok());
        m_anna = m_store->addParticipant(u"Anna Bērziņa"_s, u"police"_s)->uuid;
        m_berta = m_store->addParticipant(u"Berta Kalniņa"_s, u"teacher"_s)->uuid;
        Seminar seminar;
        seminar.title = u"Liepāja, policija"_s;
        m_seminar = m_store->addSeminar(seminar)->uuid;
        // Anna completes the scenario in the seminar.
        auto anna =
            AttemptRecorder::begin(*m_store, m_scenario, m_anna, m_seminar, PlayMode::Seminar, u"lv"_s);
        QVERIFY2(anna, qPrintable(anna.error().message));
        play(*anna, {{Event::Type::Choose, {{u"choice"_s, u"c-private"_s}}},
                     {Event::Type::SubmitReferral,
                      {{u"plan"_s, QJsonArray{QJsonObject{{u"institution"_s, u"state-police"_s},
                                                          {u"urgency"_s, u"same-day"_s}}}}}},
                     {Event::Type::Choose, {{u"choice"_s, u"c-to-assessment"_s}}},
                     {Event::Type::Answer,
                      {{u"question"_s, u"q-judgement"_s}, {u"options"_s, QJsonArray{u"trafficking"_s}}}},
                     {Event::Type::Choose, {{u"choice"_s, u"c-end-referred"_s}}}});
        // Berta gives up alone; her second attempt is still open.
        auto berta = AttemptRecorder::begin(*m_store, m_scenario, m_berta, {}, PlayMode::Solo, u"en"_s);
        QVERIFY(berta && berta->abandon().ok());
        QVERIFY(AttemptRecorder::begin(*m_store, m_scenario, m_berta, {}, PlayMode::Solo, u"en"_s));
    }

    void statementsOfEveryFinishedAttempt_data()
    {
        QTest::addColumn<QString>("participant");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<int>("statements");
        QTest::addColumn<bool>("registration");
        QTest::newRow("completed in a seminar") << u"Anna Bērziņa"_s << u"completed"_s << 1 << true;
        QTest::newRow("abandoned alone") << u"Berta Kalniņa"_s << u"terminated"_s << 1 << false;
    }
    void statementsOfEveryFinishedAttempt()
    {
        QFETCH(QString, participant);
        QFETCH(QString, verb);
        QFETCH(int, statements);
        QFETCH(bool, registration);
        ExportSelection selection;
        selection.participants = {participant};
        const QJsonArray all = xapiStatements(*m_store, selection);
        QJsonArray attempts;
        for (const QJsonValue &s : all)
            if (s[u"object"_s][u"definition"_s][u"type"_s].toString().endsWith(u"simulation"_s))
                attempts.append(s);
        QCOMPARE(attempts.size(), statements); // the open attempt is not a statement
        const QJsonObject s = attempts.first().toObject();
        QCOMPARE(s[u"verb"_s][u"id"_s].toString(), u"http://adlnet.gov/expapi/verbs/"_s + verb);
        QVERIFY(!QUuid(s[u"id"_s].toString()).isNull());
        QCOMPARE(s[u"object"_s][u"id"_s].toString(), xapiBase() + u"/scenarios/"_s + m_scenario->id);
        QCOMPARE(s[u"context"_s].toObject().contains(u"registration"_s), registration);
        if (registration)
            QCOMPARE(s[u"context"_s][u"registration"_s].toString(), m_seminar);
        // The actor is the pseudonymous code: no name goes to a learning record store.
        const QString code = m_store->participant(participant)->code;
        QCOMPARE(s[u"actor"_s][u"account"_s][u"name"_s].toString(), code);
        QVERIFY(!QJsonDocument(all).toJson().contains(participant.toUtf8()));
        QVERIFY(s[u"result"_s][u"duration"_s].toString().startsWith(u"PT"_s));
    }

    void decisionsAreAnsweredWithTheirMarks()
    {
        ExportSelection selection;
        selection.participants = {m_anna};
        const QJsonArray all = xapiStatements(*m_store, selection);
        const QJsonObject completed = all.first().toObject();
        const QJsonObject score = completed[u"result"_s][u"score"_s].toObject();
        const AttemptRecord attempt = m_store->attempts(m_anna).first();
        QCOMPARE(score[u"raw"_s].toDouble(), attempt.score[u"total"_s].toDouble());
        QCOMPARE(score[u"max"_s].toDouble(), attempt.score[u"max"_s].toDouble());
        QCOMPARE(score[u"scaled"_s].toDouble(), score[u"raw"_s].toDouble() / score[u"max"_s].toDouble());

        const QList<ItemMark> items = m_store->attemptItems(attempt.uuid);
        QVERIFY(!items.isEmpty());
        QCOMPARE(all.size(), 1 + items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject d = all.at(i + 1).toObject();
            QCOMPARE(d[u"verb"_s][u"id"_s].toString(), u"http://adlnet.gov/expapi/verbs/answered"_s);
            QCOMPARE(d[u"result"_s][u"score"_s][u"raw"_s].toDouble(), items.at(i).mark);
            const double scaled = d[u"result"_s][u"score"_s][u"scaled"_s].toDouble();
            QVERIFY(scaled >= -1 && scaled <= 1);
            QCOMPARE(d[u"result"_s][u"response"_s].toString(), items.at(i).answer);
            QCOMPARE(d[u"context"_s][u"contextActivities"_s][u"parent"_s][0][u"id"_s],
                     completed[u"object"_s][u"id"_s]);
            QCOMPARE(d[u"context"_s][u"registration"_s].toString(), m_seminar);
        }
        // Exporting again gives the same statements, ids included: a record store keeps one of each.
        QCOMPARE(xapiStatements(*m_store, selection), all);
    }
};

QTEST_GUILESS_MAIN(TestXapiExport)
#include "tst_xapiexport.moc"
