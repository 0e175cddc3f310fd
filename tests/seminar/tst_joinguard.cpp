// The seminar's PIN guard on a simulated clock: what a guesser gets through in a seminar day, whatever their
// strategy, and that people who mistype are not locked out (docs/seminar-protocol.md, 1).
#include "joinguard.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

class TestJoinGuard : public QObject {
    Q_OBJECT

    static constexpr qint64 seminarDayMs = 10LL * 3600 * 1000; // longer than any seminar
    static constexpr int pinSpace = 900'000;                   // six digits, no leading zero

private Q_SLOTS:
    // A guesser who knows the guard: as fast as allowed, from one address or a new one per guess (a network
    // of devices), or in bursts that wait for the guard to calm down. Each guess that reaches the PIN
    // comparison is counted; the PIN is found with probability guesses / 900,000.
    void aGuesserGetsFewGuessesInASeminarDay_data()
    {
        QTest::addColumn<bool>("newAddressEachGuess");
        QTest::addColumn<qint64>("waitWhenRefusedMs"); // 0: retry as soon as the guard allows
        QTest::newRow("one address, as fast as allowed") << false << qint64(0);
        QTest::newRow("a new address per guess, as fast as allowed") << true << qint64(0);
        QTest::newRow("a new address per guess, waiting for the calm") << true << qint64(60 * 60'000);
        QTest::newRow("one address, waiting out each block") << false << qint64(60 * 60'000);
    }
    void aGuesserGetsFewGuessesInASeminarDay()
    {
        QFETCH(bool, newAddressEachGuess);
        QFETCH(qint64, waitWhenRefusedMs);
        qint64 now = 0;
        JoinGuard guard({}, [&] { return now; });
        int compared = 0;
        quint32 address = 0x0a000001; // 10.0.0.1
        while (now < seminarDayMs) {
            const QHostAddress from(newAddressEachGuess ? address++ : address);
            const JoinGuard::Decision d = guard.check(from);
            if (d.allowed()) {
                ++compared;
                guard.wrongPin(from);
                now += 10; // a fast client: 100 guesses a second when let through
            } else {
                now += std::max(d.retryAfterMs, waitWhenRefusedMs);
            }
        }
        const double chance = double(compared) / pinSpace;
        qInfo("%d guesses compared in 10 hours: a %.3f %% chance of finding the PIN", compared, chance * 100);
        QVERIFY2(compared <= 400, qPrintable(QString::number(compared)));
        QVERIFY(chance < 0.0005);
        QCOMPARE(guard.roomPauses() > 0,
                 newAddressEachGuess); // one address is stopped by its own limit first
    }

    // Real people mistype: two wrong PINs each, then the right one. Thirty of them joining within two minutes
    // are never refused (the room's limit counts wrong PINs, not joins), and no address is blocked.
    void peopleWhoMistypeAreNotLockedOut()
    {
        qint64 now = 0;
        JoinGuard guard({}, [&] { return now; });
        for (int person = 0; person < 30; ++person) {
            const QHostAddress phone(quint32(0xc0a80100 + person));
            for (int attempt = 0; attempt < 3; ++attempt) {
                QVERIFY2(guard.check(phone).allowed(), qPrintable(QString::number(person)));
                if (attempt < 2 && person % 4 == 0) // every fourth person mistypes twice
                    guard.wrongPin(phone);
                now += 1000;
            }
            guard.joined(phone);
        }
        QCOMPARE(guard.roomPauses(), 0);
    }

    // An address is blocked after ten wrong PINs for ten minutes, then twice as long each time.
    void anAddressIsBlockedAfterTenWrongPins()
    {
        qint64 now = 0;
        JoinGuard guard({}, [&] { return now; });
        const QHostAddress guesser(u"192.168.1.50"_s), neighbour(u"192.168.1.51"_s);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(guard.check(guesser).allowed());
            guard.wrongPin(guesser);
        }
        const JoinGuard::Decision d = guard.check(guesser);
        QCOMPARE(d.verdict, JoinGuard::Verdict::AddressBlocked);
        QCOMPARE(d.retryAfterMs, guard.limits().addressBlockMs);
        QVERIFY(guard.check(neighbour).allowed());
        now += guard.limits().addressBlockMs;
        QVERIFY(guard.check(guesser).allowed());
        for (int i = 0; i < 10; ++i)
            guard.wrongPin(guesser);
        QCOMPARE(guard.check(guesser).retryAfterMs, 2 * guard.limits().addressBlockMs);
    }

    void joinsPerAddressAreLimited()
    {
        qint64 now = 0;
        JoinGuard guard({}, [&] { return now; });
        const QHostAddress phone(u"192.168.1.60"_s);
        for (int i = 0; i < guard.limits().addressJoins; ++i) {
            QVERIFY(guard.check(phone).allowed());
            guard.joined(phone);
        }
        QCOMPARE(guard.check(phone).verdict, JoinGuard::Verdict::AddressFull);
        now += guard.limits().addressWindowMs;
        QVERIFY(guard.check(phone).allowed());
    }

    // The room pauses after 20 wrong PINs in a minute, each pause twice the last; a new PIN ends the pause at
    // once but not the doubling.
    void theRoomPausesLongerEachTimeAndANewPinEndsIt()
    {
        qint64 now = 0;
        JoinGuard guard({}, [&] { return now; });
        auto guessTwenty = [&] {
            for (int i = 0; i < 20; ++i)
                guard.wrongPin(QHostAddress(quint32(0x0a000100 + i)));
        };
        guessTwenty();
        QVERIFY(guard.roomPaused());
        QCOMPARE(guard.roomPauseLeftMs(), 30'000);
        QCOMPARE(guard.check(QHostAddress(u"10.9.9.9"_s)).verdict, JoinGuard::Verdict::RoomPaused);
        now += 30'000;
        QVERIFY(!guard.roomPaused());
        guessTwenty();
        QCOMPARE(guard.roomPauseLeftMs(), 60'000);
        guard.pinChanged();
        QVERIFY(!guard.roomPaused());
        QVERIFY(guard.check(QHostAddress(u"10.9.9.9"_s)).allowed());
        guessTwenty();
        QCOMPARE(guard.roomPauseLeftMs(), 120'000);
        QCOMPARE(guard.roomPauses(), 3);
    }
};

QTEST_GUILESS_MAIN(TestJoinGuard)
#include "tst_joinguard.moc"
