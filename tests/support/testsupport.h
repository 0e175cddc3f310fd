#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

/// What the Qt Quick Test runners give their tests (import SaskatiTest): the seed of the paths a test takes,
/// the fixtures a runner made, and reading a file the app saved. A QML singleton, so that qmllint knows it.
class TestSupport : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int seed READ seed CONSTANT)

public:
    /// SASKATI_TEST_SEED, or one drawn from the clock (printed by the tests that use it, to replay a run).
    static int seed();
    /// Called by a runner before its tests start.
    static void setFixtures(const QVariantMap &fixtures);

    /// One of the runner's fixtures by name (a path, a process id...).
    Q_INVOKABLE QVariant fixture(const QString &name) const;
    Q_INVOKABLE QString readText(const QString &path) const;

    /// A phone joins the seminar at `joinUrl` (http://IP:PORT/?pin=PIN, as on the projector) over a real
    /// WebSocket, as the phone page does (the page's origin, a join message with `name`). True once the
    /// server said `joined` (within 5 s). The phone stays connected until dropPhones().
    Q_INVOKABLE bool joinPhone(const QString &joinUrl, const QString &name);
    /// The simulated phones all join from this machine's one address, which the seminar server lets make only
    /// six participants (docs/seminar-protocol.md); a real class joins from as many phones as people. Call
    /// with the app's SeminarController once joining is open.
    Q_INVOKABLE bool allowManyPhonesFromOneAddress(QObject *seminarController);
    /// Phone `phone` (0, 1, ... in the order they joined) sends `message` as its page would.
    Q_INVOKABLE bool phoneSend(int phone, const QVariantMap &message);
    /// The last message of `type` the phone received (empty when none): e.g. "state", "received".
    Q_INVOKABLE QVariantMap phoneLast(int phone, const QString &type) const;
    Q_INVOKABLE void dropPhones();

    /// A new file for a test in a folder removed at exit.
    Q_INVOKABLE QString temporaryPath(const QString &name) const;
    /// A results database at `path` with one participant and no backup yet: the next opening makes the day's.
    Q_INVOKABLE bool makeDatabaseDueForBackup(const QString &path);
    /// Adds a participant to the results database at `path` through a connection of its own, as another
    /// program (the command-line tool, another laptop's import) does while the app has it open.
    Q_INVOKABLE bool addParticipant(const QString &path, const QString &name);
    /// The backups kept beside the database at `path`.
    Q_INVOKABLE QStringList backups(const QString &path) const;
    /// Holds a read transaction on a results database at `path` in SQLite's rollback journal (as one another
    /// program has just made and is reading), so that switching it to WAL waits until releaseDatabase().
    Q_INVOKABLE bool holdDatabaseForReading(const QString &path);
    Q_INVOKABLE void releaseDatabase();
    /// The app's background work (opening a results file, reading them for the review) waits this long before
    /// it starts, as a ten-year database's backup or review snapshot takes.
    Q_INVOKABLE void holdBackgroundWork(int milliseconds);
    /// The rows of `table` on the test's PostgreSQL server (the runner's fixture "serverAdminUrl"), as its
    /// administrator counts them; -1 when it cannot be asked.
    Q_INVOKABLE int serverRows(const QString &table) const;
    /// A file's permissions as chmod writes them ("600"); empty when there is no file.
    Q_INVOKABLE QString permissions(const QString &path) const;
};
