#include "filelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

FileLock::Holder readHolder(int descriptor)
{
    char buffer[1024];
    const ssize_t size = ::pread(descriptor, buffer, sizeof buffer, 0);
    FileLock::Holder holder;
    if (size <= 0)
        return holder;
    const QList<QByteArray> lines = QByteArray(buffer, int(size)).split('\n');
    holder.pid = qMax<qint64>(0, lines.value(0).toLongLong());
    holder.program = QString::fromUtf8(lines.value(1));
    holder.host = QString::fromUtf8(lines.value(2));
    return holder;
}

// Both name the same file: the one this process holds is still the one at the path.
bool sameFile(int descriptor, const QByteArray &path)
{
    struct stat held {};
    struct stat named {};
    return ::fstat(descriptor, &held) == 0 && ::stat(path.constData(), &named) == 0 &&
           held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}

} // namespace

FileLock::FileLock(QString path)
    : m_path(std::move(path))
{}

FileLock::~FileLock()
{
    unlock();
}

FileLock::Status FileLock::tryLock()
{
    if (isLocked())
        return Status::Locked;
    m_holder = {};
    m_error.clear();
    const QByteArray path = QFile::encodeName(m_path);
    // A holder that unlocks removes the file; one that opened it just before then holds a lock on a file
    // nobody else will open. So the file held must still be the one at the path, else the next one is tried.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int descriptor = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (descriptor < 0) {
            const int code = errno;
            m_error = systemError(code);
            return code == EACCES || code == EPERM || code == EROFS ? Status::NoPermission : Status::Failed;
        }
        int locked = 0;
        do
            locked = ::flock(descriptor, LOCK_EX | LOCK_NB);
        while (locked != 0 && errno == EINTR);
        if (locked != 0) {
            const int code = errno;
            if (code == EWOULDBLOCK)
                m_holder = readHolder(descriptor);
            else
                m_error = systemError(code);
            ::close(descriptor);
            return code == EWOULDBLOCK ? Status::HeldByAnother : Status::Failed;
        }
        if (sameFile(descriptor, path)) {
            m_descriptor = descriptor;
            writeHolder();
            return Status::Locked;
        }
        ::close(descriptor);
    }
    m_error = u"the lock file %1 kept being replaced"_s.arg(m_path);
    return Status::Failed;
}

void FileLock::unlock()
{
    if (!isLocked())
        return;
    // Removed while still held: whoever opens it afterwards finds it gone or new (tryLock's check).
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_descriptor);
    m_descriptor = -1;
}

void FileLock::writeHolder() const
{
    const QString program = QCoreApplication::instance()
                                ? QFileInfo(QCoreApplication::applicationFilePath()).fileName()
                                : QString();
    // QLockFile's layout: process id, program, computer, machine id, boot id.
    const QByteArray contents = QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
                                program.toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8() + '\n' +
                                QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n';
    // Only a name for messages: the lock holds without it, so a failed write is not a failed lock. It names a
    // computer: the user's alone, also when a file left behind had other permissions.
    [[maybe_unused]] const int owned = ::fchmod(m_descriptor, S_IRUSR | S_IWUSR);
    if (::ftruncate(m_descriptor, 0) != 0)
        return;
    [[maybe_unused]] const ssize_t written =
        ::pwrite(m_descriptor, contents.constData(), size_t(contents.size()), 0);
}

} // namespace saskati
