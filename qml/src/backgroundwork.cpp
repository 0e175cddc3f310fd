#include "backgroundwork.h"

#include <QThread>
#include <atomic>

namespace saskati::BackgroundWork {

namespace {
std::atomic<int> s_holdMilliseconds = 0;
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
