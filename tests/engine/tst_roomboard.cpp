// The lecturer's board (engine/seminar/roomboard.h): a real room with phones answering; what the board says
// of the current decision's choices and signs.
#include "roomboard.h"
#include "testscenarios.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::testing;

class TestRoomBoard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const Scenario> m_scenario = minimalScenario();

private Q_SLOTS:
    void boardShowsTheRoomsAnswers_data()
    {
        QTest::addColumn<QStringList>("answers"); // "name vote CHOICE" or "name flag TARGET", in order
        // Per choice "id count percent room best"; per sign "id count percent", in scene order.
        QTest::addColumn<QStringList>("choices");
        QTest::addColumn<QStringList>("cues");
        const QStringList unflagged{u"hs-passport 0 0"_s, u"s-hours 0 0"_s, u"s-job 0 0"_s, u"s-pay 0 0"_s};
        QTest::newRow("nobody answered: no shares, every cue listed, the rest hidden")
            << QStringList{} << QStringList{u"c-private 0 0 - best"_s, u"c-companion 0 0 - -"_s} << unflagged;
        QTest::newRow("the room takes the critical choice; the best stays the best")
            << QStringList{u"Anna vote c-companion"_s, u"Berta vote c-companion"_s, u"Cilda vote c-private"_s}
            << QStringList{u"c-private 1 33 - best"_s, u"c-companion 2 67 room -"_s} << unflagged;
        QTest::newRow("plain text someone flagged is listed; shares of those who answered")
            << QStringList{u"Anna flag s-weather"_s, u"Anna flag s-pay"_s, u"Berta flag s-pay"_s,
                           u"Cilda vote c-private"_s}
            << QStringList{u"c-private 1 100 room best"_s, u"c-companion 0 0 - -"_s}
            << QStringList{u"hs-passport 0 0"_s, u"s-hours 0 0"_s, u"s-job 0 0"_s, u"s-weather 1 33"_s,
                           u"s-pay 2 67"_s};
    }

    void boardShowsTheRoomsAnswers()
    {
        QFETCH(QStringList, answers);
        QFETCH(QStringList, choices);
        QFETCH(QStringList, cues);
        QVERIFY(m_scenario);
        static int n = 0;
        ResultsStore store(m_dir.filePath(u"board%1.sqlite"_s.arg(++n)));
        QVERIFY(store.open().ok());
        Seminar s;
        s.title = u"Liepāja"_s;
        const auto seminar = store.addSeminar(s);
        QVERIFY(seminar);
        SeminarRoom room(store, *seminar);
        room.setJoiningOpen(true);
        QHash<QString, QString> members;
        for (const QString &name : {u"Anna"_s, u"Berta"_s, u"Cilda"_s}) {
            const auto joined = room.join(room.pin(), name, u"police"_s, u"lv"_s);
            QVERIFY2(joined, qPrintable(joined.error().toString()));
            members.insert(name, (*joined)->id);
        }
        const Result<void> started = room.start(m_scenario, u"lv"_s, true);
        QVERIFY2(started, qPrintable(started.error().toString()));
        const Result<void> opened = room.next(); // the first decision opens
        QVERIFY2(opened, qPrintable(opened.error().toString()));
        for (const QString &a : answers) {
            const QStringList parts = a.split(u' ');
            ParticipantMessage m;
            m.type = parts[1] == u"vote" ? ParticipantMessage::Type::Vote : ParticipantMessage::Type::Flag;
            (parts[1] == u"vote" ? m.choice : m.target) = parts[2];
            room.submit(members.value(parts[0]), m);
        }
        QVERIFY(room.flush());

        const RoomBoard board = roomBoard(room);
        QStringList shownChoices, shownCues;
        for (const BoardChoice &c : board.choices) {
            QCOMPARE(c.count, c.votes + c.hands);
            shownChoices.append(u"%1 %2 %3 %4 %5"_s.arg(c.choice->id)
                                    .arg(c.count)
                                    .arg(c.percent)
                                    .arg(c.roomChoice ? u"room"_s : u"-"_s, c.best ? u"best"_s : u"-"_s));
        }
        for (const BoardCue &c : board.cues)
            shownCues.append(u"%1 %2 %3"_s.arg(c.id).arg(c.count).arg(c.percent));
        // The board lists the choices in the room's order (shuffled per run); compared here by id.
        QStringList roomOrder;
        for (const Choice *c : room.availableChoices())
            roomOrder.append(c->id);
        for (qsizetype i = 0; i < board.choices.size(); ++i)
            QCOMPARE(board.choices[i].choice->id, roomOrder[i]);
        shownChoices.sort();
        choices.sort();
        QCOMPARE(shownChoices, choices);
        // Every phone's attempt shows the room's order: it recorded the room's seed.
        QVERIFY(room.roomPlaythrough()->state().choiceOrderSeed.has_value());
        for (const SeminarRoom::Member *m : room.members())
            QCOMPARE(m->attempt->playthrough().state().choiceOrderSeed,
                     room.roomPlaythrough()->state().choiceOrderSeed);
        QCOMPARE(shownCues, cues);
    }
};

QTEST_GUILESS_MAIN(TestRoomBoard)
#include "tst_roomboard.moc"
