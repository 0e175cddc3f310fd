#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <type_traits>

namespace saskati {

/// Work too slow for the GUI thread (opening and backing up the results file, reading a ten-year database for
/// the review) runs on a thread pool, each with a database connection of its own; the result comes back on
/// the GUI thread, so the window keeps drawing its progress meanwhile.
namespace BackgroundWork {

/// Which threads a job runs on. Work on this computer's files takes Qt's global pool, a thread per core. Work
/// that waits on the results server (a connection test, a sync, reading the server for the review) takes a
/// pool of its own: it can wait for minutes, and on a two-core laptop a sync and a reading of the server
/// would otherwise hold both threads while opening a results file or the review's snapshot waited behind
/// them.
enum class Lane { Local, Server };
QThreadPool *poolOf(Lane lane);

/// Tests hold every background job this long before it starts (as a ten-year database's backup or review
/// snapshot takes), to check that frames keep coming meanwhile. Zero (the default) outside tests.
void setHoldForTesting(int milliseconds);
void holdForTesting();

/// Runs `work()` on the lane's pool and then `done(result)` on `context`'s thread (not at all once `context`
/// is gone). The future lets an owner wait for the work before it lets go of what the work uses.
template <typename Work, typename Done>
QFuture<std::invoke_result_t<Work>> run(QObject *context, Work work, Done done, Lane lane = Lane::Local)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    QFuture<Result> future = QtConcurrent::run(poolOf(lane), [work] {
        holdForTesting();
        return work();
    });
    watcher->setFuture(future);
    return future;
}

} // namespace BackgroundWork

} // namespace saskati
