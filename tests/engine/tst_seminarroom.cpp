// A seminar room without a network: joining, pacing, answers, tallies, the room's path, and what the results
// store holds afterwards (docs/seminar-protocol.md).
#include "participantview.h"
#include "roundedshares.h"
#include "scoring.h"
#include "seminarroom.h"
#include "seminarsummary.h"
#include "testscenarios.h"
#include "transcript.h"

#include <numeric>

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::testing;

namespace {

ParticipantMessage vote(const QString &choice)
{
    ParticipantMessage m;
    m.type = ParticipantMessage::Type::Vote;
    m.choice = choice;
    return m;
}

ParticipantMessage flag(const QString &target, const QString &indicator = {})
{
    ParticipantMessage m;
    m.type = ParticipantMessage::Type::Flag;
    m.target = target;
    m.indicator = indicator;
    return m;
}

ParticipantMessage plan(const QStringList &institutions)
{
    ParticipantMessage m;
    m.type = ParticipantMessage::Type::Referral;
    for (const QString &i : institutions)
        m.plan.append(ReferralStep{i, Urgency::SameDay});
    return m;
}

ParticipantMessage answer(const QString &question, const QStringList &options)
{
    ParticipantMessage m;
    m.type = ParticipantMessage::Type::Answer;
    m.question = question;
    m.options = options;
    return m;
}

} // namespace

class TestSeminarRoom : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ResultsStore> m_store;
    std::unique_ptr<SeminarRoom> m_room;
    std::shared_ptr<const Scenario> m_scenario = minimalScenario();

    QString join(const QString &name = {})
    {
        const auto r = m_room->join(m_room->pin(), name, u"police"_s, u"lv"_s);
        if (!r.ok())
            qWarning("join: %s", qPrintable(r.error().message));
        return r.ok() ? (*r)->id : QString();
    }

    void advance(int steps)
    {
        for (int i = 0; i < steps; ++i) {
            const Result<void> went = m_room->next();
            QVERIFY2(went, qPrintable(went.error().message));
        }
    }

    int rows(const QString &table)
    {
        QSqlQuery q(m_store->database());
        return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toInt() : -1;
    }

    // Everything a step may change, in memory and on disk, in words (a failed step must change none of it).
    QStringList roomAndDisk()
    {
        const PlaythroughState &room = m_room->roomPlaythrough()->state();
        QStringList lines{
            u"phase %1, decision %2"_s.arg(roomPhaseId(m_room->phase())).arg(m_room->decisionNumber()),
            u"room: scene %1, path %2, flags %3, plan %4, ended %5, abandoned %6"_s.arg(room.scene)
                .arg(room.path.size())
                .arg(room.flags.size())
                .arg(room.referral ? room.referral->size() : -1)
                .arg(room.ending)
                .arg(room.abandoned),
            u"run status %1"_s.arg(attemptStatusId(m_room->run().status)),
            u"rows: room events %1, events %2, attempts finished %3"_s.arg(rows(u"room_events"_s))
                .arg(rows(u"events"_s))
                .arg(rows(u"attempts WHERE status != 'in-progress'"_s))};
        for (const RoomRun &run : m_store->roomRuns())
            lines.append(u"stored run status %1"_s.arg(attemptStatusId(run.status)));
        for (const SeminarRoom::Member *m : m_room->members()) {
            const PlaythroughState &own = m->attempt->playthrough().state();
            lines.append(u"%1: scene %2, path %3, events %4"_s.arg(m->participant.displayName, own.scene)
                             .arg(own.path.size())
                             .arg(m_store->events(m->attempt->record().uuid).size()));
        }
        return lines;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_scenario);
        static int n = 0;
        m_store = std::make_unique<ResultsStore>(m_dir.filePath(u"room%1.sqlite"_s.arg(++n)));
        QVERIFY(m_store->open().ok());
        Seminar s;
        s.title = u"Liepāja, skolotāji"_s;
        s.date = QDate(2026, 11, 29);
        const auto seminar = m_store->addSeminar(s);
        QVERIFY(seminar);
        m_room = std::make_unique<SeminarRoom>(*m_store, *seminar);
        m_room->setJoiningOpen(true);
    }

    void cleanup()
    {
        m_room.reset();
        m_store.reset();
    }

    void joining_data()
    {
        QTest::addColumn<bool>("open");
        QTest::addColumn<bool>("rightPin");
        QTest::addColumn<QString>("error");
        QTest::newRow("joins") << true << true << QString();
        QTest::newRow("wrong pin") << true << false << u"wrong-pin"_s;
        QTest::newRow("joining closed") << false << true << u"joining-closed"_s;
    }

    void joining()
    {
        QFETCH(bool, open);
        QFETCH(bool, rightPin);
        QFETCH(QString, error);
        m_room->setJoiningOpen(open);
        const QString pin = rightPin ? m_room->pin() : (m_room->pin() == u"0000" ? u"1111"_s : u"0000"_s);
        const auto r = m_room->join(pin, u"Anna"_s, {}, u"lv"_s);
        QCOMPARE(r.error().code, error);
        QCOMPARE(m_store->participants().size(), error.isEmpty() ? 1 : 0);
        if (r.ok()) {
            QCOMPARE((*r)->participant.displayName, u"Anna"_s);
            QCOMPARE((*r)->token.size(), 32); // 128 random bits
            QCOMPARE(*m_room->resume((*r)->token), *r);
            QCOMPARE(m_room->resume(u"forged"_s).error().code, u"unknown-token"_s);
        }
    }

    void anonymousNamesAreUniqueInTheRoom()
    {
        QSet<QString> names;
        for (int i = 0; i < 40; ++i) {
            const QString id = join();
            QVERIFY(!id.isEmpty());
            names.insert(m_room->member(id)->participant.displayName);
        }
        QCOMPARE(names.size(), 40);
        QCOMPARE(generatedParticipantName(u"lv"_s, 0), u"Zilā pūce"_s);
        QCOMPARE(generatedParticipantName(u"lv"_s, 8), u"Zilais lācis"_s);
        QCOMPARE(generatedParticipantName(u"en"_s, 1), u"Blue fox"_s);
        QCOMPARE(generatedParticipantName(u"lv"_s, 128), u"Zilā pūce 2"_s);
        // Russian: the adjective agrees with the animal as in Latvian.
        QCOMPARE(generatedParticipantName(u"ru"_s, 0), u"Синяя сова"_s);
        QCOMPARE(generatedParticipantName(u"ru"_s, 9), u"Синий ёж"_s);
        QCOMPARE(generatedParticipantName(u"ru"_s, 16 * 7 + 15), u"Оранжевый лебедь"_s);
    }

    void answersOnlyWhileOpen()
    {
        const QString anna = join(u"Anna"_s);
        QCOMPARE(m_room->submit(anna, vote(u"c-private"_s)), SeminarRoom::Answer::Closed); // lobby
        QVERIFY(m_room->start(m_scenario, u"lv"_s, true));
        QCOMPARE(m_room->phase(), SeminarRoom::Phase::Scene);
        QCOMPARE(m_room->submit(anna, vote(u"c-private"_s)), SeminarRoom::Answer::Closed);
        advance(1);
        QCOMPARE(m_room->phase(), SeminarRoom::Phase::Open);
        QCOMPARE(m_room->submit(u"nobody"_s, vote(u"c-private"_s)), SeminarRoom::Answer::NotJoined);
        QCOMPARE(m_room->submit(anna, vote(u"c-end-lost"_s)), SeminarRoom::Answer::Invalid); // not this scene
        QCOMPARE(m_room->submit(anna, flag(u"s-nope"_s)), SeminarRoom::Answer::Invalid);
        QCOMPARE(m_room->submit(anna, vote(u"c-private"_s)), SeminarRoom::Answer::Pending);
        advance(1);
        QCOMPARE(m_room->phase(), SeminarRoom::Phase::Closed);
        QCOMPARE(m_room->submit(anna, vote(u"c-companion"_s)), SeminarRoom::Answer::Closed);
        QCOMPARE(m_room->tally().votes.value(u"c-private"_s), 1);
        QCOMPARE(m_room->tally().votes.value(u"c-companion"_s), 0);
    }

    // A valid answer the database refuses is "storage" (the phone says: try again), never "invalid".
    void refusedWriteIsStorageNotInvalid()
    {
        const QString anna = join(u"Anna"_s);
        QVERIFY(m_room->start(m_scenario, u"lv"_s, true));
        advance(1);
        // The database takes the transaction but refuses the event itself, as a full disk would.
        QVERIFY(m_store->execute(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON events BEGIN SELECT "
                                 u"RAISE(ABORT, 'disk full'); END"_s));
        QCOMPARE(m_room->submit(anna, vote(u"c-private"_s)), SeminarRoom::Answer::Storage);
        QCOMPARE(m_room->submit(anna, vote(u"c-end-lost"_s)), SeminarRoom::Answer::Invalid); // checked first
        QVERIFY(m_store->execute(u"DROP TRIGGER temp.refuse"_s));
        QCOMPARE(m_room->submit(anna, vote(u"c-private"_s)), SeminarRoom::Answer::Pending);
    }

    void groupCommitAcknowledgesAfterTheDisk()
    {
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids.append(join());
        QVERIFY(m_room->start(m_scenario, u"lv"_s, true));
        advance(1);
        QSignalSpy saved(m_room.get(), &SeminarRoom::answersSaved);
        for (const QString &id : ids)
            QCOMPARE(m_room->submit(id, vote(u"c-private"_s)), SeminarRoom::Answer::Pending);
        QCOMPARE(saved.size(), 0); // not yet on disk: not acknowledged
        QVERIFY(saved.wait(1000)); // the next turn of the event loop
        QCOMPARE(saved.size(), 1); // one commit for all five
        QCOMPARE(saved.first().first().toStringList().size(), 5);
        // What was acknowledged is in the database, event by event.
        int votes = 0;
        for (const AttemptRecord &a : m_store->attempts())
            for (const Event &e : m_store->events(a.uuid))
                votes += e.type == Event::Type::Vote;
        QCOMPARE(votes, 5);
    }

    void changedAnswersCountOnce()
    {
        const QString anna = join(u"Anna"_s), berta = join(u"Berta"_s), cilda = join(u"Cilda"_s);
        QVERIFY(m_room->start(m_scenario, u"lv"_s, true));
        advance(1);
        m_room->submit(anna, vote(u"c-companion"_s));
        m_room->submit(anna, vote(u"c-private"_s)); // changed her mind
        m_room->submit(berta, vote(u"c-private"_s));
        m_room->submit(berta, vote(u"c-private"_s)); // the same again: not recorded twice
        m_room->submit(cilda, vote(u"c-companion"_s));
        m_room->submit(cilda, flag(u"s-pay"_s, u"no-or-low-pay"_s));
        QVERIFY(m_room->flush());
        const RoomTally t = m_room->tally();
        QCOMPARE(t.members, 3);
        QCOMPARE(t.answered, 3);
        QCOMPARE(t.voted, 3);
        QCOMPARE(t.votes.value(u"c-private"_s), 2);
        QCOMPARE(t.votes.value(u"c-companion"_s), 1);
        QCOMPARE(t.flags.value(u"s-pay"_s), 1);
        QCOMPARE(m_room->roomChoice(), u"c-private"_s);
        QCOMPARE(m_room->answersOf(anna).value(u"vote"_s).toString(), u"c-private"_s);
        QCOMPARE(m_room->answersOf(cilda).value(u"flags"_s).toObject().value(u"s-pay"_s).toString(),
                 u"no-or-low-pay"_s);
        int bertaVotes = 0;
        const auto attempts = m_store->attempts(m_room->member(berta)->participant.uuid);
        QCOMPARE(attempts.size(), 1);
        for (const Event &e : m_store->events(attempts.first().uuid))
            bertaVotes += e.type == Event::Type::Vote;
        QCOMPARE(bertaVotes, 1);
    }

    void wholeScenario()
    {
        const QString anna = join(u"Anna"_s), berta = join(u"Berta"_s), cilda = join(u"Cilda"_s);
        QVERIFY(m_room->start(m_scenario, u"lv"_s, true));
        QCOMPARE(m_room->progress(), std::make_pair(1, 3));
        // office: two vote well, Cilda lets the companion interpret (a critical error).
        advance(1);
        m_room->submit(anna, vote(u"c-private"_s));
        m_room->submit(anna, flag(u"s-pay"_s, u"no-or-low-pay"_s));
        m_room->submit(berta, vote(u"c-private"_s));
        m_room->submit(berta, flag(u"s-pay"_s));
        m_room->submit(cilda, vote(u"c-companion"_s));
        advance(3); // close, reveal, the majority's choice
        QCOMPARE(m_room->phase(), SeminarRoom::Phase::Scene);
        QCOMPARE(m_room->roomPlaythrough()->state().scene, u"referral"_s);
        // The room flagged what most of it flagged, naming what most of them named (a tie: the first name).
        QVERIFY(m_room->roomPlaythrough()->state().flags.contains(u"s-pay"_s));
        QCOMPARE(m_room->history().size(), 1);
        QCOMPARE(m_room->history().first().tally.votes.value(u"c-companion"_s), 1);
        // referral: plans; the lecturer overrides the choice.
        advance(1);
        m_room->submit(anna, plan({u"state-police"_s, u"centrs-marta"_s}));
        m_room->submit(berta, plan({u"state-police"_s, u"labour-inspectorate"_s}));
        m_room->submit(cilda, plan({u"centrs-marta"_s, u"state-police"_s}));
        m_room->submit(anna, vote(u"c-to-assessment"_s));
        m_room->submit(berta, vote(u"c-trusted"_s));
        advance(2);
        QVERIFY(m_room->setOverride(u"c-to-assessment"_s));
        QCOMPARE(m_room->roomChoice(), u"c-to-assessment"_s);
        advance(1);
        // The room's plan: institutions in more than half of the plans, in their average order.
        const auto roomPlan = m_room->roomPlaythrough()->state().referral;
        QVERIFY(roomPlan);
        QCOMPARE(roomPlan->size(), 2);
        QCOMPARE(roomPlan->at(0).institution, u"state-police"_s);
        QCOMPARE(roomPlan->at(1).institution, u"centrs-marta"_s);
        QVERIFY(m_room->history().last().overridden);
        // assessment, then the ending.
        advance(1);
        m_room->submit(anna, answer(u"q-judgement"_s, {u"trafficking"_s}));
        m_room->submit(anna, vote(u"c-end-referred"_s));
        m_room->submit(berta, vote(u"c-end-referred"_s));
        m_room->submit(cilda, vote(u"c-end-lost"_s));
        advance(3);
        QCOMPARE(m_room->phase(), SeminarRoom::Phase::Ended);
        QVERIFY(!m_room->next());

        // The store: the room run with its path, and one scored attempt per participant, linked to the run.
        const QList<RoomRun> runs = m_store->roomRuns(m_room->seminar().uuid);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status, AttemptRecord::Status::Completed);
        QCOMPARE(runs.first().score.value(u"percent"_s).toInt() > 0, true);
        int roomChoices = 0;
        for (const Event &e : m_store->roomEvents(runs.first().uuid))
            roomChoices += e.type == Event::Type::Choose;
        QCOMPARE(roomChoices, 3);
        const QList<AttemptRecord> attempts = m_store->roomAttempts(runs.first().uuid);
        QCOMPARE(attempts.size(), 3);
        QHash<QString, QJsonObject> scoreOf;
        for (const AttemptRecord &a : attempts) {
            QCOMPARE(a.status, AttemptRecord::Status::Completed);
            QCOMPARE(a.seminar, m_room->seminar().uuid);
            QCOMPARE(a.mode, PlayMode::Seminar);
            scoreOf.insert(a.participant, a.score);
        }
        const QJsonObject annaScore = scoreOf.value(m_room->member(anna)->participant.uuid);
        const QJsonObject cildaScore = scoreOf.value(m_room->member(cilda)->participant.uuid);
        // Everyone walked the room's path, but each is scored on their own votes.
        QCOMPARE(annaScore.value(u"capped"_s).toBool(), false);
        QVERIFY(annaScore.value(u"total"_s).toInt() > cildaScore.value(u"total"_s).toInt());
        // The stored score is the pure function of the stored events.
        QHash<QString, qsizetype> criticalErrors;
        for (const AttemptRecord &a : attempts) {
            const auto replayed = Playthrough::replay(m_scenario, m_store->events(a.uuid));
            QVERIFY2(replayed, qPrintable(replayed.error().message));
            const Score score = scorePlaythrough(*m_scenario, replayed->state());
            QCOMPARE(scoreToJson(score), a.score);
            criticalErrors.insert(a.participant, score.criticalErrors.size());
        }
        // Cilda's vote to let the companion interpret is her critical error, although the room chose well.
        QCOMPARE(criticalErrors.value(m_room->member(anna)->participant.uuid), 0);
        QCOMPARE(criticalErrors.value(m_room->member(cilda)->participant.uuid), 1);
        // The lecturer's summary: the decisions with their votes, the cues least found first, people best
        // first.
        const SeminarSummary summary = summarizeRoom(*m_room);
        QCOMPARE(summary.decisions.size(), 3);
        const SeminarSummary::Decision &office = summary.decisions.first();
        QCOMPARE(office.scene, u"office"_s);
        QCOMPARE(office.criticalVotes, 1); // Cilda's
        QVERIFY(!office.overridden);
        const auto option = [](const SeminarSummary::Decision &d, const QString &choice) {
            for (const SeminarSummary::Option &o : d.options)
                if (o.choice == choice)
                    return o;
            return SeminarSummary::Option{};
        };
        QCOMPARE(option(office, u"c-private"_s).count, 2);
        QVERIFY(option(office, u"c-private"_s).roomChoice);
        QCOMPARE(option(office, u"c-companion"_s).count, 1);
        QVERIFY(option(office, u"c-companion"_s).critical);
        QVERIFY(summary.decisions.at(1).overridden);
        QCOMPARE(option(summary.decisions.at(1), u"c-to-assessment"_s).count, 1);
        QVERIFY(option(summary.decisions.at(1), u"c-to-assessment"_s).roomChoice);
        bool payFound = false;
        for (qsizetype i = 0; i < summary.cues.size(); ++i) {
            const SeminarSummary::Cue &cue = summary.cues.at(i);
            QCOMPARE(cue.of, 3);
            if (i > 0)
                QVERIFY(summary.cues.at(i - 1).detected <= cue.detected);
            if (cue.target == u"s-pay") {
                QCOMPARE(cue.detected, 2); // Anna and Berta
                payFound = true;
            }
        }
        QVERIFY(payFound);
        QCOMPARE(summary.participants.size(), 3);
        for (qsizetype i = 1; i < summary.participants.size(); ++i)
            QVERIFY(summary.participants.at(i - 1).percent >= summary.participants.at(i).percent);
        for (const SeminarSummary::Participant &p : summary.participants) {
            QCOMPARE(p.criticalErrors, p.name == u"Cilda" ? 1 : 0);
            QCOMPARE(p.percent,
                     scoreOf
                         .value(m_room->member(p.name == u"Anna"    ? anna
                                               : p.name == u"Berta" ? berta
                                                                    : cilda)
                                    ->participant.uuid)
                         .value(u"percent"_s)
                         .toInt());
        }
        QCOMPARE(summary.roomPercent, runs.first().score.value(u"percent"_s).toInt());
    }

    // A conversation voted move by move: each turn is a decision of its own (a participant's vote on the
    // second move does not replace their vote on the first), the phones are offered what was said, and a sign
    // said in a reply can be flagged from a phone.
    void aConversationIsVotedMoveByMove()
    {
        const auto conversation = testing::loadScenario(
            testing::dataPath(u"conversation/conversation.json"_s), testing::dataPath(u"catalog"_s));
        QVERIFY(conversation);
        const QString anna = join(u"Anna"_s), berta = join(u"Berta"_s);
        QVERIFY(m_room->start(conversation, u"en"_s, true));
        advance(1);
        m_room->submit(anna, vote(u"c-private"_s));
        m_room->submit(berta, vote(u"c-private"_s));
        advance(3);
        QCOMPARE(m_room->roomPlaythrough()->state().scene, u"talk"_s);
        // Water: both agree. The open invitation: Anna; Berta asks the leading question, and is outvoted.
        advance(1);
        m_room->submit(anna, vote(u"m-water"_s));
        m_room->submit(berta, vote(u"m-water"_s));
        advance(3);
        advance(1);
        m_room->submit(anna, vote(u"m-open"_s));
        m_room->submit(berta, vote(u"m-leading"_s));
        advance(2); // close, reveal: a tie, the lecturer takes the open invitation
        QVERIFY(m_room->setOverride(u"m-open"_s));
        advance(1);
        QCOMPARE(askedMoves(m_room->roomPlaythrough()->state(), u"talk"_s),
                 (QStringList{u"m-water"_s, u"m-open"_s}));
        // What she said is on the phones, and can be flagged there.
        advance(1);
        const QJsonObject decision = participantview::decision(*m_room, u"en"_s, u"/photo/k/"_s);
        QStringList segments;
        for (const QJsonValue &v : decision.value(u"segments"_s).toArray())
            segments.append(v[u"id"_s].toString());
        QVERIFY2(segments.contains(u"s-open-passport"_s), qPrintable(segments.join(u", "_s)));
        QVERIFY(m_room->submit(anna, flag(u"s-open-passport"_s)) != SeminarRoom::Answer::Invalid);
        // Each participant's votes, one per turn.
        for (const SeminarRoom::Member *m : m_room->members()) {
            const PlaythroughState &own = m->attempt->playthrough().state();
            QCOMPARE(own.path.size(), 3);
            QCOMPARE(own.scoredChoice(own.path.at(1)), u"m-water"_s);
            QCOMPARE(own.scoredChoice(own.path.at(2)),
                     m->participant.displayName == u"Anna"_s ? u"m-open"_s : u"m-leading"_s);
        }
        // The follow-up and a fourth move use up the turns: the limit is the one way on. Nobody votes on it,
        // and nobody is told they did not vote: it counts as taken by everyone (0 of 0).
        for (const QString &move : {u"m-follow"_s, u"m-leading"_s}) {
            m_room->submit(anna, vote(move));
            m_room->submit(berta, vote(move));
            advance(3);
            advance(1);
        }
        QCOMPARE(m_room->roomPlaythrough()->state().scene, u"talk"_s);
        const QList<const Choice *> left = m_room->roomPlaythrough()->availableChoices();
        QCOMPARE(left.size(), 1);
        QVERIFY(left.first()->isLimit);
        advance(2);
        if (m_room->roomPlaythrough()->state().scene == u"talk"_s) {
            QVERIFY(m_room->setOverride(u"talk-ends"_s));
            advance(1);
        }
        QCOMPARE(m_room->roomPlaythrough()->state().scene, u"referral"_s);
        for (const SeminarRoom::Member *m : m_room->members()) {
            const PlaythroughState &own = m->attempt->playthrough().state();
            QCOMPARE(own.path.last().choice, u"talk-ends"_s);
            const Score score = scorePlaythrough(*conversation, own);
            for (const FeedbackItem &item : score.feedback)
                QVERIFY2(item.kind != FeedbackItem::Kind::NoVote, qPrintable(item.ref));
            QCOMPARE(scoredChoiceAt(*conversation, own, own.path.last()), u"talk-ends"_s);
        }
        // The lecturer's summary names each of the conversation's decisions by its turn.
        QVERIFY(m_room->stop());
        QList<int> turns;
        for (const SeminarSummary::Decision &d : summarizeRoom(*m_room).decisions)
            if (d.scene == u"talk"_s)
                turns.append(d.turn);
        QCOMPARE(turns, (QList<int>{0, 1, 2, 3, 4}));
    }

    // The lecturer runs a conversation as an assessment, then switches to practice: the setting is a step of
    // the room recorded in the room's run and every attempt (a late joiner's too), each move keeps the
    // setting it was voted under, and a resumed room takes it up from its log. A scenario without
    // conversations records none.
    void theLecturersFeedbackSettingReachesEveryAttempt()
    {
        const auto conversation = testing::loadScenario(
            testing::dataPath(u"conversation/conversation.json"_s), testing::dataPath(u"catalog"_s));
        QVERIFY(conversation);
        const QString anna = join(u"Anna"_s);
        QVERIFY(m_room->setFeedbackAfterEachMove(false));
        QVERIFY(m_room->start(conversation, u"en"_s, true));
        QCOMPARE(m_room->roomPlaythrough()->state().feedbackAfterEachMove, std::optional<bool>(false));
        auto voteAndTake = [&](const QString &choice) {
            advance(1);
            for (const SeminarRoom::Member *m : m_room->members())
                QCOMPARE(m_room->submit(m->id, vote(choice)), SeminarRoom::Answer::Pending);
            advance(3);
        };
        voteAndTake(u"c-private"_s);
        voteAndTake(u"m-water"_s);
        QVERIFY(m_room->setFeedbackAfterEachMove(true));
        QVERIFY(m_room->feedbackAfterEachMove());
        const QString berta = join(u"Berta"_s); // joins after the switch
        QVERIFY(!berta.isEmpty());
        voteAndTake(u"m-open"_s);
        for (const SeminarRoom::Member *m : m_room->members()) {
            const PlaythroughState &own = m->attempt->playthrough().state();
            QCOMPARE(own.feedbackAfterEachMove, std::optional<bool>(true));
            QCOMPARE(own.path.size(), 3);
            if (m->id == anna) {
                QCOMPARE(own.path.at(1).feedbackAfterEachMove, std::optional<bool>(false)); // the water
                QCOMPARE(own.path.at(2).feedbackAfterEachMove, std::optional<bool>(true));  // the open one
            }
            int switches = 0;
            for (const Event &e : m_store->events(m->attempt->record().uuid))
                switches += e.type == Event::Type::Feedback;
            QCOMPARE(switches, m->id == anna ? 2 : 1); // off at the start and on; Berta: on when she joined
        }

        // After a crash the room takes the setting up from its own log.
        const RoomRun run = m_room->run();
        const Seminar seminar = m_room->seminar();
        m_room.reset();
        SeminarRoom resumed(*m_store, seminar);
        QVERIFY(resumed.setFeedbackAfterEachMove(false)); // a default the log overrides
        QVERIFY(resumed.resumeRun(run, conversation));
        QVERIFY(resumed.feedbackAfterEachMove());
        QVERIFY(resumed.stop());

        SeminarRoom plain(*m_store, seminar);
        plain.setJoiningOpen(true);
        QVERIFY(plain.join(plain.pin(), u"Cilda"_s, u"police"_s, u"lv"_s));
        QVERIFY(plain.start(m_scenario, u"lv"_s, true));
        for (const Event &e : m_store->roomEvents(plain.run().uuid))
            QVERIFY(e.type != Event::Type::Feedback);
    }

    void stepBackAndLateJoiner()
    {
        const QString anna = join(u"Anna"_s);
        QVERIFY(m_room->start(m_scenario, u"lv"_s, true));
        advance(1);
        m_room->submit(anna, vote(u"c-companion"_s));
        advance(3);
        QCOMPARE(m_room->roomPlaythrough()->state().scene, u"referral"_s);
        // Someone arrives late: their attempt follows the room to where it is.
        const QString late = join(u"Dace"_s);
        const auto lateAttempt = m_store->attempts(m_room->member(late)->participant.uuid);
        QCOMPARE(lateAttempt.size(), 1);
        QCOMPARE(m_store->events(lateAttempt.first().uuid).last().type, Event::Type::Choose);
        // The lecturer steps back to discuss the first decision again: everyone steps back.
        QVERIFY(m_room->back());
        QCOMPARE(m_room->phase(), SeminarRoom::Phase::Revealed);
        QCOMPARE(m_room->roomPlaythrough()->state().scene, u"office"_s);
        QCOMPARE(m_room->tally().votes.value(u"c-companion"_s), 0); // a new decision number: answers anew
        QVERIFY(m_room->back());                                    // revealed -> closed
        QVERIFY(m_room->back());                                    // closed -> open
        QCOMPARE(m_room->submit(anna, vote(u"c-private"_s)), SeminarRoom::Answer::Pending);
        QCOMPARE(m_room->submit(late, vote(u"c-private"_s)), SeminarRoom::Answer::Pending);
        advance(3);
        QCOMPARE(m_room->roomPlaythrough()->state().path.first().choice, u"c-private"_s);
        const auto annaEvents =
            m_store->events(m_store->attempts(m_room->member(anna)->participant.uuid).first().uuid);
        QVERIFY(std::any_of(annaEvents.begin(), annaEvents.end(),
                            [](const Event &e) { return e.type == Event::Type::StepBack; }));
    }

    // A step of the room (its choice, every participant's, the result at the ending) is one transaction: when
    // the database refuses any write of it, nothing of it stays, in the database or in memory, the lecturer
    // gets the error, and the same step succeeds once the database takes writes again.
    void aRefusedStepLeavesNothingBehind_data()
    {
        QTest::addColumn<int>(
            "decisions");                // decisions the room takes first (the minimal scenario's best path)
        QTest::addColumn<int>("phases"); // then next() this many times within the decision
        QTest::addColumn<QString>("step"); // next, back or stop
        QTest::addColumn<QString>("refused");
        QTest::newRow("choice: a participant's event refused")
            << 0 << 3 << u"next"_s << u"INSERT ON events"_s;
        QTest::newRow("choice: the room's own event refused")
            << 0 << 3 << u"next"_s << u"INSERT ON room_events"_s;
        QTest::newRow("ending: the room's result refused") << 2 << 3 << u"next"_s << u"UPDATE ON room_runs"_s;
        QTest::newRow("ending: a participant's result refused")
            << 2 << 3 << u"next"_s << u"UPDATE ON attempts"_s;
        QTest::newRow("closing: the room's majority flag refused")
            << 0 << 1 << u"next"_s << u"INSERT ON room_events"_s;
        QTest::newRow("step back: a participant's event refused")
            << 1 << 0 << u"back"_s << u"INSERT ON events"_s;
        QTest::newRow("step back from the ending: the room's status refused")
            << 3 << 0 << u"back"_s << u"UPDATE ON room_runs"_s;
        QTest::newRow("stop: a participant's event refused") << 1 << 1 << u"stop"_s << u"INSERT ON events"_s;
        QTest::newRow("stop: the room's result refused") << 1 << 1 << u"stop"_s << u"UPDATE ON room_runs"_s;
    }
    void aRefusedStepLeavesNothingBehind()
    {
        QFETCH(int, decisions);
        QFETCH(int, phases);
        QFETCH(QString, step);
        QFETCH(QString, refused);
        const QString anna = join(u"Anna"_s), berta = join(u"Berta"_s);
        QString error;
        QVERIFY(m_room->start(m_scenario, u"lv"_s, true));
        const QStringList path{u"c-private"_s, u"c-to-assessment"_s, u"c-end-referred"_s};
        for (int d = 0; d < decisions; ++d) {
            advance(1);
            m_room->submit(anna, vote(path.at(d)));
            m_room->submit(berta, vote(path.at(d)));
            advance(3);
        }
        if (phases >= 1 && m_room->phase() == SeminarRoom::Phase::Scene) {
            advance(1);
            m_room->submit(anna, flag(u"s-pay"_s, u"no-or-low-pay"_s));
            m_room->submit(berta, flag(u"s-pay"_s, u"no-or-low-pay"_s));
            QVERIFY(m_room->setOverride(path.at(decisions)));
            advance(phases - 1);
        }
        QVERIFY(m_room->flush());
        auto takeStep = [&] {
            const Result<void> taken = step == u"next"   ? m_room->next()
                                       : step == u"back" ? m_room->back()
                                                         : m_room->stop();
            error = taken.error().message;
            return taken.ok();
        };
        const QStringList before = roomAndDisk();
        QSignalSpy problems(m_room.get(), &SeminarRoom::problem);
        QVERIFY(
            m_store->execute(u"CREATE TEMP TRIGGER refuse BEFORE %1 BEGIN SELECT RAISE(ABORT, 'disk full'); "
                             u"END"_s.arg(refused)));
        error.clear();
        QVERIFY(!takeStep());
        QVERIFY2(!error.isEmpty(), "the lecturer is told why");
        QCOMPARE(roomAndDisk(), before);
        QVERIFY(m_store->execute(u"DROP TRIGGER temp.refuse"_s));
        QVERIFY2(takeStep(), qPrintable(error));
        QVERIFY(roomAndDisk() != before);
        QCOMPARE(problems.size(), 0);
        // What memory holds now is what the database holds: the attempts replay to the same state.
        for (const SeminarRoom::Member *m : m_room->members()) {
            const auto replayed = Playthrough::replay(m_scenario, m_store->events(m->attempt->record().uuid));
            QVERIFY2(replayed, qPrintable(replayed.error().message));
            QCOMPARE(replayed->state().path.size(), m->attempt->playthrough().state().path.size());
        }
    }

    // A late joiner whose attempt cannot start is not let in half-way (a person without an attempt, whose
    // every answer would be "closed"): the phone gets an error, the console is told, nothing is stored.
    void aLateJoinerWhoseAttemptFailsIsRefusedVisibly()
    {
        join(u"Anna"_s);
        QVERIFY(m_room->start(m_scenario, u"lv"_s, true));
        QSignalSpy problems(m_room.get(), &SeminarRoom::problem);
        const int people = rows(u"participants"_s);
        QVERIFY(m_store->execute(
            u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON attempts BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        const auto refused = m_room->join(m_room->pin(), u"Dace"_s, {}, u"lv"_s);
        QCOMPARE(refused.error().code, u"storage"_s);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().first().toString().contains(u"Dace"_s));
        QCOMPARE(rows(u"participants"_s), people);
        QCOMPARE(m_room->members().size(), 1);
        QVERIFY(m_store->execute(u"DROP TRIGGER temp.refuse"_s));
        QVERIFY(m_room->join(m_room->pin(), u"Dace"_s, {}, u"lv"_s).ok());
        QCOMPARE(m_room->members().size(), 2);
    }

    // A seminar killed (SIGKILL) at random moments and started again resumes its interrupted room run where
    // it stopped, with the same participants (the phones resume with their tokens), until the scenario ends:
    // no acknowledged vote is lost, nobody is in the room twice, and each finished run has one completed
    // attempt per phone. At least 30 kills (the host: tests/seminar/seminarhost.cpp).
    void killedSeminarsResumeWithoutLoss()
    {
        const QString database = m_dir.filePath(u"killed-seminar.sqlite"_s);
        const QString tokens = m_dir.filePath(u"killed-seminar.tokens"_s);
        const QString host = QCoreApplication::applicationDirPath() + u"/saskati_seminar_host"_s;
        constexpr int phones = 6;
        QRandomGenerator random(2026);
        QList<std::pair<QString, QString>> acknowledged; // participant, choice
        int kills = 0, finished = 0, resumed = 0;
        for (int round = 0; round < 400 && (kills < 30 || finished < 3); ++round) {
            QProcess process;
            process.start(host, {u"--database"_s, database, u"--tokens"_s, tokens, u"--phones"_s,
                                 QString::number(phones), u"--seed"_s, QString::number(round),
                                 u"--scenario"_s, testing::dataPath(u"valid/minimal.json"_s), u"--catalog"_s,
                                 testing::dataPath(u"catalog"_s)});
            QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
            // Running (it printed its run): kill it at a random moment from now.
            QVERIFY(process.waitForReadyRead(30000) || process.state() == QProcess::NotRunning);
            const bool kill = kills < 30 && random.bounded(4) != 0;
            if (kill) {
                QTest::qWait(int(random.bounded(60)));
                process.kill();
            }
            QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(60000));
            const QByteArray output = process.readAllStandardOutput();
            if (process.exitStatus() == QProcess::NormalExit)
                QVERIFY2(process.exitCode() == 0,
                         qPrintable(u"exit %1: %2"_s.arg(process.exitCode())
                                        .arg(QString::fromLocal8Bit(process.readAllStandardError()))));
            else
                ++kills;
            for (const QByteArray &line : output.split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 3 && parts[0] == "ACK")
                    acknowledged.append({QString::fromLatin1(parts[1]), QString::fromLatin1(parts[2])});
                QVERIFY2(!line.startsWith("LOST"), line.constData());
                resumed += line.startsWith("RESUMED");
                finished += line.startsWith("DONE");
            }
        }
        QVERIFY(kills >= 30);
        QVERIFY(finished >= 3);
        QVERIFY(resumed > 0);

        ResultsStore store(database);
        QVERIFY(store.open().ok());
        QCOMPARE(store.integrityCheck(), u"ok"_s);
        // Every acknowledged vote is in its participant's attempt.
        QHash<QString, QList<QString>> votesOf; // participant -> choices voted, over their attempts
        for (const AttemptRecord &a : store.attempts())
            for (const Event &e : store.events(a.uuid))
                if (e.type == Event::Type::Vote)
                    votesOf[a.participant].append(e.payload.value(u"choice"_s).toString());
        for (const auto &[participant, choice] : acknowledged)
            QVERIFY2(votesOf.value(participant).contains(choice), qPrintable(participant + u" "_s + choice));
        // Nobody twice: every run's attempts are one per phone, each by a different participant, and each
        // room's members are the phones that joined it.
        for (const RoomRun &run : store.roomRuns()) {
            const QList<AttemptRecord> attempts = store.roomAttempts(run.uuid);
            QSet<QString> people;
            for (const AttemptRecord &a : attempts)
                people.insert(a.participant);
            QCOMPARE(people.size(), attempts.size());
            QVERIFY2(attempts.size() <= phones, qPrintable(QString::number(attempts.size())));
            QCOMPARE(store.roomMembers(run.seminar).size(), attempts.size());
            if (run.status == AttemptRecord::Status::Completed)
                for (const AttemptRecord &a : attempts)
                    QCOMPARE(a.status, AttemptRecord::Status::Completed);
        }
        qInfo("%d kills, %d phones resumed, %d seminars finished, %lld acknowledged votes checked", kills,
              resumed, finished, qlonglong(acknowledged.size()));
    }

    // A run nobody resumes is closed as interrupted, its attempts too: nothing stays "in progress" for ever.
    void anInterruptedRunNotResumedIsClosed()
    {
        join(u"Anna"_s);
        QVERIFY(m_room->start(m_scenario, u"lv"_s, true));
        advance(1);
        const QString run = m_room->run().uuid;
        QCOMPARE(m_store->interruptedRoomRuns().size(), 1);
        QVERIFY(m_store->closeInterruptedRoomRun(run));
        QCOMPARE(m_store->interruptedRoomRuns().size(), 0);
        QCOMPARE(m_store->roomRuns().first().status, AttemptRecord::Status::Interrupted);
        for (const AttemptRecord &a : m_store->roomAttempts(run))
            QCOMPARE(a.status, AttemptRecord::Status::Interrupted);
        QCOMPARE(m_store->interruptedAttempts().size(), 0);
    }

    // The spread on the projector adds up to 100 % (rounding each share alone gave 34 + 33 + 34).
    void sharesAddUpToAHundred_data()
    {
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<QList<int>>("shares");
        QTest::newRow("thirds") << QList<int>{1, 1, 1} << QList<int>{34, 33, 33};
        QTest::newRow("one of three each way") << QList<int>{2, 1, 4} << QList<int>{29, 14, 57};
        QTest::newRow("halves of odd") << QList<int>{1, 1} << QList<int>{50, 50};
        QTest::newRow("seven phones") << QList<int>{4, 2, 1} << QList<int>{57, 29, 14};
        QTest::newRow("nobody") << QList<int>{0, 0} << QList<int>{0, 0};
        QTest::newRow("one option") << QList<int>{5} << QList<int>{100};
        QTest::newRow("sixths") << QList<int>{1, 1, 1, 1, 1, 1} << QList<int>{17, 17, 17, 17, 16, 16};
    }
    void sharesAddUpToAHundred()
    {
        QFETCH(QList<int>, counts);
        QFETCH(QList<int>, shares);
        const QList<int> got = roundedShares(counts);
        QCOMPARE(got, shares);
        const int sum = std::accumulate(got.cbegin(), got.cend(), 0);
        QCOMPARE(sum, std::accumulate(counts.cbegin(), counts.cend(), 0) > 0 ? 100 : 0);
    }

    void showOfHandsWithoutPhones()
    {
        QVERIFY(m_room->start(m_scenario, u"lv"_s, false));
        QCOMPARE(m_room->join(m_room->pin(), u"Anna"_s, {}, u"lv"_s).error().code, u"joining-closed"_s);
        advance(3); // open, closed, revealed: nobody answered
        QCOMPARE(m_room->roomChoice(), QString());
        const Result<void> nobody = m_room->next();
        QVERIFY(!nobody);
        QVERIFY(nobody.error().message.contains(u"Nobody has answered"_s));
        QVERIFY(m_room->setHands(u"c-private"_s, 7));
        QVERIFY(m_room->setHands(u"c-companion"_s, 9));
        QVERIFY(!m_room->setHands(u"c-end-lost"_s, 3));
        QCOMPARE(m_room->roomChoice(), u"c-companion"_s);
        advance(1);
        const auto counts = m_store->handCounts(m_room->run().uuid);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.first().counts.value(u"c-companion"_s).toInt(), 9);
        QCOMPARE(m_store->attempts().size(), 0); // nobody's answers recorded
        QVERIFY(m_room->stop());
        QCOMPARE(m_store->roomRuns().first().status, AttemptRecord::Status::Abandoned);
    }
};

QTEST_GUILESS_MAIN(TestSeminarRoom)
#include "tst_seminarroom.moc"
