#pragma once

#include <QString>

namespace saskati {

/// One holder at a time for something on disk (a results file, its sync), across processes and threads: a
/// lock file held with flock(2). The kernel lets go of the lock when the holder's process ends, however it
/// ends (kill -9, a crash, a power cut), so a lock file found unheld is simply taken: nothing guesses from a
/// process id or an age whether the holder still lives. (QLockFile guesses, and a process killed while it
/// took over a stale lock left an empty `.rmlock` that kept everyone out for 30 s.)
///
/// The file names its holder (process id, program, computer; QLockFile's first lines, so an older Saskati
/// reads it too) for the message of whoever finds it held. Unlocking removes it.
///
/// POSIX (Linux, where Saskati runs). On a network folder the lock is only as good as that file system's
/// locks: NFS keeps them on its server; a mount that keeps none fails with a message saying so (ENOLCK); one
/// that keeps them only on each computer (NFS `local_lock`) cannot see a holder on another computer.
class FileLock {
public:
    enum class Status {
        Locked,
        HeldByAnother, // holder() says who
        NoPermission,  // no lock file can be made: a read-only folder or mount
        Failed         // errorString() says why and what to do
    };
    struct Holder {
        qint64 pid = 0; // 0 when the holder had not written its name yet
        QString program;
        QString host;
    };

    explicit FileLock(QString path);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    /// Takes the lock without waiting. Locked also when this object holds it already.
    Status tryLock();
    /// Removes the file and lets go. Nothing when not held.
    void unlock();
    bool isLocked() const { return m_descriptor >= 0; }
    const QString &path() const { return m_path; }
    /// After HeldByAnother: who holds it, as its file says.
    const Holder &holder() const { return m_holder; }
    /// After NoPermission or Failed: the system's reason.
    const QString &errorString() const { return m_error; }

private:
    Status cannotOpen(int code);
    void writeHolder() const;

    QString m_path;
    int m_descriptor = -1;
    Holder m_holder;
    QString m_error;
};

} // namespace saskati
