#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <type_traits>

namespace saskati {

/// Work too slow for the GUI thread (opening and backing up the results file, reading a ten-year database for
/// the review) runs on Qt's thread pool, each with a database connection of its own; the result comes back on
/// the GUI thread, so the window keeps drawing its progress meanwhile.
namespace BackgroundWork {

/// Tests hold every background job this long before it starts (as a ten-year database's backup or review
/// snapshot takes), to check that frames keep coming meanwhile. Zero (the default) outside tests.
void setHoldForTesting(int milliseconds);
void holdForTesting();

/// Runs `work()` on the thread pool and then `done(result)` on `context`'s thread (not at all once `context`
/// is gone). The future lets an owner wait for the work before it lets go of what the work uses.
template <typename Work, typename Done>
QFuture<std::invoke_result_t<Work>> run(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    QFuture<Result> future = QtConcurrent::run([work] {
        holdForTesting();
        return work();
    });
    watcher->setFuture(future);
    return future;
}

} // namespace BackgroundWork

} // namespace saskati
