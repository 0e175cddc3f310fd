// The review area's password: set once, verified, changed only with the old one, never stored in clear.
#include "coordinatorlock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

class TestCoordinatorLock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lock()
    {
        QTemporaryDir dir;
        ResultsStore store(dir.filePath(u"lock.sqlite"_s));
        QVERIFY(store.open().ok());
        CoordinatorLock lock(store);
        QVERIFY(!lock.isSet());
        QVERIFY(!lock.verify(u""_s));
        QVERIFY(lock.setPassword(u"short"_s).error().message.contains(u"at least 8"_s));
        QCOMPARE(lock.setPassword(u"Liepāja-2026"_s).error().message, QString());
        QVERIFY(lock.isSet());
        QVERIFY(lock.verify(u"Liepāja-2026"_s));
        QVERIFY(!lock.verify(u"liepāja-2026"_s));
        QVERIFY(!lock.verify(u"Liepāja-202"_s));
        // Stored salted and slow, never in clear.
        const QString stored = store.setting(u"coordinator.password"_s);
        QVERIFY(stored.startsWith(u"pbkdf2-sha256$%1$"_s.arg(CoordinatorLock::iterations)));
        QVERIFY(!stored.contains(u"Liepāja"_s));
        // The same password again gets a new salt.
        QCOMPARE(lock.setPassword(u"Liepāja-2026"_s, u"Liepāja-2026"_s).error().message, QString());
        QVERIFY(store.setting(u"coordinator.password"_s) != stored);
        // Changing it needs the current one.
        QVERIFY(!lock.setPassword(u"another-password"_s, u"wrong-password"_s).error().message.isEmpty());
        QVERIFY(lock.verify(u"Liepāja-2026"_s));
        QCOMPARE(lock.setPassword(u"another-password"_s, u"Liepāja-2026"_s).error().message, QString());
        QVERIFY(lock.verify(u"another-password"_s));
        QVERIFY(!lock.verify(u"Liepāja-2026"_s));
        // A damaged setting locks rather than opens.
        QVERIFY(store.setSetting(u"coordinator.password"_s, u"pbkdf2-sha256$0$$"_s));
        QVERIFY(!lock.verify(u""_s));
    }

    // The start screen offers to set the password once: until it is set or the offer skipped.
    void offerOnce()
    {
        QTemporaryDir dir;
        ResultsStore store(dir.filePath(u"offer.sqlite"_s));
        QVERIFY(store.open().ok());
        CoordinatorLock lock(store);
        QVERIFY(!lock.offerDone());
        QVERIFY(lock.skipOffer());
        QVERIFY(lock.offerDone());
        QVERIFY(!lock.isSet()); // skipping sets nothing

        ResultsStore other(dir.filePath(u"other.sqlite"_s));
        QVERIFY(other.open().ok());
        CoordinatorLock second(other);
        QVERIFY(!second.offerDone());
        QCOMPARE(second.setPassword(u"coordinator-1"_s).error().message, QString());
        QVERIFY(second.offerDone());
    }
};

QTEST_GUILESS_MAIN(TestCoordinatorLock)
#include "tst_coordinatorlock.moc"
