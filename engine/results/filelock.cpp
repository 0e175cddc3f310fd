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

// 0, or why flock(2) refused.
int lockExclusively(int descriptor)
{
    int locked = 0;
    do
        locked = ::flock(descriptor, LOCK_EX | LOCK_NB);
    while (locked != 0 && errno == EINTR);
    return locked == 0 ? 0 : errno;
}

QString lockingError(int code)
{
    if (code == ENOLCK)
        return u"this folder's file system keeps no locks (a network folder?): keep the results file in a "
               u"folder on this computer"_s;
    return systemError(code);
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
        if (descriptor < 0)
            return cannotOpen(errno);
        if (const int code = lockExclusively(descriptor); code != 0) {
            if (code == EWOULDBLOCK)
                m_holder = readHolder(descriptor);
            else
                m_error = lockingError(code);
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
    m_error =
        u"the lock file %1 kept being replaced by another program: close it, then try again"_s.arg(m_path);
    return Status::Failed;
}

FileLock::Status FileLock::cannotOpen(int code)
{
    m_error = systemError(code);
    if (code == EROFS)
        return Status::NoPermission;
    if (code != EACCES && code != EPERM)
        return Status::Failed;
    // The folder may be fine and the file another user's (one left by a Saskati run with sudo): read-only, it
    // can still be asked whether someone holds it.
    const int descriptor = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0)
        return Status::NoPermission; // not there to read either: nothing can be made in the folder
    const int code2 = lockExclusively(descriptor);
    if (code2 == EWOULDBLOCK)
        m_holder = readHolder(descriptor);
    ::close(descriptor);
    if (code2 == EWOULDBLOCK)
        return Status::HeldByAnother;
    m_error = code2 != 0
                  ? lockingError(code2)
                  : u"the lock file %1 cannot be written by this user (did another user's Saskati leave "
                    u"it?); nobody holds it: delete it, then try again"_s.arg(m_path);
    return Status::Failed;
}

void FileLock::unlock()
{
    if (!isLocked())
        return;
    // Removed while still held, so whoever opens it afterwards finds it gone or new (tryLock's check); only
    // when it is still this lock's file (not one made after someone deleted this one by hand).
    const QByteArray path = QFile::encodeName(m_path);
    if (sameFile(m_descriptor, path))
        ::unlink(path.constData());
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
