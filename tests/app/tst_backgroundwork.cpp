// The app's background jobs (qml/src/backgroundwork.h): the result comes back on the caller's thread, never
// after the caller is gone, and work that waits on the results server never keeps this computer's own work
// (opening a results file, the review's snapshot) waiting, nor the other way round.
#include "backgroundwork.h"

#include <QPointer>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace saskati;
using Lane = BackgroundWork::Lane;

Q_DECLARE_METATYPE(saskati::BackgroundWork::Lane)

class TestBackgroundWork : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneLaneFullTheOtherRuns_data()
    {
        QTest::addColumn<Lane>("busy");
        QTest::addColumn<Lane>("probe");
        QTest::newRow("server jobs wait; a results file still opens") << Lane::Server << Lane::Local;
        QTest::newRow("every core busy with local work; a sync still starts") << Lane::Local << Lane::Server;
    }
    void oneLaneFullTheOtherRuns()
    {
        QFETCH(Lane, busy);
        QFETCH(Lane, probe);
        // More waiting jobs than both pools have threads: with one pool for all, nothing else could start.
        const int waiting = BackgroundWork::poolOf(Lane::Server)->maxThreadCount() +
                            QThreadPool::globalInstance()->maxThreadCount();
        int finished = 0;
        bool probed = false;
        Qt::HANDLE probeThread = nullptr;
        QObject caller; // gone before the counters above: no done() comes after this test
        auto server = std::make_shared<QSemaphore>(); // what the waiting jobs wait for
        auto released = std::make_shared<std::atomic<int>>(0);
        const auto releaseThem = qScopeGuard([&] {
            server->release(waiting);
            BackgroundWork::poolOf(busy)->waitForDone(60000);
        });
        for (int i = 0; i < waiting; ++i)
            BackgroundWork::run(
                &caller,
                [server, released] {
                    const bool answered = server->tryAcquire(1, 60000); // bounded: a failing test ends
                    ++*released;
                    return answered;
                },
                [&finished](bool) { ++finished; }, busy);

        BackgroundWork::run(
            &caller, [] { return QThread::currentThreadId(); },
            [&](Qt::HANDLE thread) {
                probed = true;
                probeThread = thread;
            },
            probe);
        QTRY_VERIFY_WITH_TIMEOUT(probed, 30000);
        QCOMPARE(released->load(), 0); // the probe ran while every waiting job still waited
        QCOMPARE(finished, 0);
        QVERIFY(probeThread != QThread::currentThreadId());
    }

    void doneComesBackOnTheCallersThreadAndNotAfterItIsGone()
    {
        Qt::HANDLE doneThread = nullptr;
        QFuture<int> future = BackgroundWork::run(
            this, [] { return 42; },
            [&](int value) { doneThread = value == 42 ? QThread::currentThreadId() : nullptr; });
        QTRY_VERIFY(doneThread != nullptr);
        QCOMPARE(doneThread, QThread::currentThreadId());

        // The caller goes while its job runs: the job finishes, its done() is not called.
        auto gate = std::make_shared<QSemaphore>();
        bool called = false;
        auto *caller = new QObject;
        future = BackgroundWork::run(
            caller, [gate] { return gate->tryAcquire(1, 60000) ? 1 : 0; }, [&](int) { called = true; },
            Lane::Server);
        delete caller;
        gate->release();
        future.waitForFinished();
        QCOMPARE(future.result(), 1);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundWork)
#include "tst_backgroundwork.moc"
