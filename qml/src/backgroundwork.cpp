#include "backgroundwork.h"

#include <QCoreApplication>
#include <QThread>
#include <atomic>

namespace saskati::BackgroundWork {

namespace {

std::atomic<int> s_holdMilliseconds = 0;

// Jobs that wait on a server use no processor meanwhile: more threads than cores. The app runs at most one
// connection test, one sync and one reading at a time; the fourth is room to spare.
class ServerPool : public QThreadPool {
public:
    ServerPool();
};
Q_GLOBAL_STATIC(ServerPool, s_serverPool)

// Its threads end with the application object, as those of Qt's own pool do, not later among the static
// destructors, after libpq's and OpenSSL's clean-up at exit. (Every owner has waited for its jobs by then.)
ServerPool::ServerPool()
{
    setMaxThreadCount(4);
    qAddPostRoutine([] { s_serverPool->waitForDone(); });
}

} // namespace

QThreadPool *poolOf(Lane lane)
{
    return lane == Lane::Server ? static_cast<QThreadPool *>(s_serverPool) : QThreadPool::globalInstance();
}

void setHoldForTesting(int milliseconds)
{
    s_holdMilliseconds = milliseconds;
}

void holdForTesting()
{
    if (const int hold = s_holdMilliseconds; hold > 0)
        QThread::msleep(hold);
}

} // namespace saskati::BackgroundWork
