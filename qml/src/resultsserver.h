#pragma once

#include "serveraddress.h"
#include "syncsettings.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantMap>
#include <atomic>
#include <memory>

namespace saskati {

class AppContext;

/// The app's side of the shared server (docs/server.md, "The app"): which server the open results file syncs
/// with (kept in the file: SyncSettings), the account's password (kept for the person only:
/// serverpasswords.h), a connection test, and the sync itself, on demand and every few minutes in the
/// background. Everything that waits for the network runs on a worker thread with a store connection and a
/// server connection of its own; the GUI thread only reads the outcome. One per application (QML singleton):
/// the header's status and the review's Server tab show the same state.
class ResultsServer : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// A results file is open and kept (not practising without saving): there is something to sync.
    Q_PROPERTY(bool available READ available NOTIFY settingsChanged)
    /// The server's address without its password ("" when none is chosen).
    Q_PROPERTY(QString address READ address NOTIFY settingsChanged)
    Q_PROPERTY(bool configured READ configured NOTIFY settingsChanged)
    Q_PROPERTY(bool automatic READ automatic NOTIFY settingsChanged)
    /// A password for the address's account is kept on this computer.
    Q_PROPERTY(bool passwordRemembered READ passwordRemembered NOTIFY settingsChanged)
    /// A sync runs; a connection test runs.
    Q_PROPERTY(bool syncing READ syncing NOTIFY activityChanged)
    Q_PROPERTY(bool testing READ testing NOTIFY activityChanged)
    /// Items sent so far by the sync that runs.
    Q_PROPERTY(int sentSoFar READ sentSoFar NOTIFY activityChanged)
    /// Items waiting to be sent; -1 until counted.
    Q_PROPERTY(int pending READ pending NOTIFY statusChanged)
    /// The last sync that sent everything (local time); invalid when there was none.
    Q_PROPERTY(QDateTime lastComplete READ lastComplete NOTIFY statusChanged)
    /// Why the last sync failed, as a kind the interface says in its own words ("" when it did not fail):
    /// address, no-driver, unreachable, identity, credentials, no-database, no-schema, not-allowed, busy,
    /// store, password-file, other. problemDetail: the engine's own sentence (what, why, what to do).
    Q_PROPERTY(QString problem READ problem NOTIFY statusChanged)
    Q_PROPERTY(QString problemDetail READ problemDetail NOTIFY statusChanged)
    /// What the last sync did: {sent, newRows, erasuresReceived, notYours, refusedErasures, newServer}.
    Q_PROPERTY(QVariantMap lastReport READ lastReport NOTIFY statusChanged)
    /// The last connection test: {ok, problem, detail, account, kind, municipality, tls, schemaVersion,
    /// latestSchemaVersion}; empty before the first. problem adds account-kind, old-schema and new-schema to
    /// the sync's kinds.
    Q_PROPERTY(QVariantMap testResult READ testResult NOTIFY testResultChanged)
    /// The review of the server (docs/server.md, "The review from the server"): a copy of what the account
    /// may read, in a results file of its own beside this one (ServerMirror). reviewCopy: its path once one
    /// was read ("" before); reviewCopyRead: when it was last read whole (local time; invalid before);
    /// readProblem/readProblemDetail: why the last reading failed, as problem/problemDetail.
    Q_PROPERTY(bool reading READ reading NOTIFY activityChanged)
    Q_PROPERTY(QString reviewCopy READ reviewCopy NOTIFY reviewCopyChanged)
    Q_PROPERTY(QDateTime reviewCopyRead READ reviewCopyRead NOTIFY reviewCopyChanged)
    Q_PROPERTY(QString readProblem READ readProblem NOTIFY reviewCopyChanged)
    Q_PROPERTY(QString readProblemDetail READ readProblemDetail NOTIFY reviewCopyChanged)
    /// A person is being erased on the server (eraseOnServer()); reading is true too.
    Q_PROPERTY(bool erasing READ erasing NOTIFY activityChanged)

public:
    static ResultsServer *create(QQmlEngine *engine, QJSEngine *);
    ~ResultsServer() override;

    /// Where passwords are kept (main(): serverpasswords::defaultFile()). Empty (tests, screenshots): for
    /// this run only, in memory.
    static void setPasswordFile(const QString &path);
    /// How often the background sync runs (default 5 minutes) and how soon after a file opens; for tests.
    static void setAutomaticInterval(int milliseconds, int firstAfterMilliseconds);

    bool available() const;
    QString address() const { return m_settings.address; }
    bool configured() const { return available() && !m_settings.address.isEmpty(); }
    bool automatic() const { return m_settings.automatic; }
    bool passwordRemembered() const;
    bool syncing() const { return m_syncing; }
    bool testing() const { return m_testing; }
    int sentSoFar() const { return m_sentSoFar; }
    int pending() const { return m_pending; }
    QDateTime lastComplete() const { return m_settings.lastComplete.toLocalTime(); }
    QString problem() const { return m_problem; }
    QString problemDetail() const { return m_problemDetail; }
    QVariantMap lastReport() const { return m_lastReport; }
    QVariantMap testResult() const { return m_testResult; }
    bool reading() const { return m_reading; }
    QString reviewCopy() const { return m_reviewCopy; }
    QDateTime reviewCopyRead() const { return m_reviewCopyRead.toLocalTime(); }
    QString readProblem() const { return m_readProblem; }
    QString readProblemDetail() const { return m_readProblemDetail; }
    bool erasing() const { return m_erasing; }

    /// Tries `url` (with `password`, or the one kept for it) without saving anything: testResult follows.
    /// False when nothing was started (a test runs already).
    Q_INVOKABLE bool test(const QString &url, const QString &password);
    /// Syncs this results file with `url` from now on; `password` (or one written in the URL) is kept for the
    /// person, an empty one keeps the one kept before. False, with problem "address", when the URL cannot be
    /// used.
    Q_INVOKABLE bool save(const QString &url, const QString &password, bool automatic);
    /// No server for this results file any more; its kept password is removed.
    Q_INVOKABLE void forget();
    /// Starts a sync now; false when there is no server or one runs already.
    Q_INVOKABLE bool syncNow();
    /// Counts what is waiting again (in the background).
    Q_INVOKABLE void refresh();
    /// Brings the review's copy of the server up to date (in the background); false when there is no server
    /// or a reading runs already.
    Q_INVOKABLE bool readForReview();
    /// Erases the person with this uuid on the server itself (servererasure.h), then reads the server into
    /// the review's copy, which the person leaves (in the background); erasureFinished() says how it went.
    /// False when there is no server or a reading runs already.
    Q_INVOKABLE bool eraseOnServer(const QString &uuid);

Q_SIGNALS:
    void settingsChanged();
    void activityChanged();
    void statusChanged();
    void testResultChanged();
    /// A sync started by syncNow() or the timer ended; ok: everything was sent.
    void syncFinished(bool ok);
    void reviewCopyChanged();
    /// An eraseOnServer() ended: problem is "" when the person was erased, else a kind as for `problem`
    /// (not-allowed: the account may not erase them; no-person: the server holds no such person for it).
    void erasureFinished(const QString &uuid, const QString &problem, const QString &problemDetail);

private:
    ResultsServer(AppContext *app, QObject *parent);
    void readSettings(bool force);
    Result<ServerAddress> addressWithPassword(const QString &url, const QString &password) const;
    void finishSync(quint64 generation, const QVariantMap &outcome);
    void finishReading(quint64 generation, const QVariantMap &outcome);
    /// Starts readOn() on the worker; `erase`: a person to erase on the server first.
    bool startReading(const QString &erase);
    /// The review's copy of the file shown, as it is on disk now (none: all empty).
    void findReviewCopy();
    /// Removes the review's copy of the file shown (its server was forgotten or changed).
    void removeReviewCopy();

    AppContext *m_app;
    SyncSettings m_settings;
    QString m_storePath; // the results file shown ("" when none is kept)
    // Set when a job starts and cleared when its outcome is taken, both on the GUI thread with
    // activityChanged (a future stops running before its outcome arrives: shown from it, "testing" ended
    // without a signal).
    bool m_syncing = false;
    bool m_testing = false;
    quint64 m_generation = 0; // counts changes of file or server: a job's outcome is shown only if unchanged
    int m_sentSoFar = 0;
    int m_pending = -1;
    bool m_countAgain = false; // refresh() was asked while a count or a sync ran
    QString m_problem;
    QString m_problemDetail;
    QVariantMap m_lastReport;
    QVariantMap m_testResult;
    QString m_testedAddress; // the address m_testResult is about, without its password
    QTimer m_timer;
    QFuture<QVariantMap> m_sync;
    QFuture<QVariantMap> m_test;
    QFuture<qint64> m_count;
    QFuture<QVariantMap> m_read;
    std::shared_ptr<std::atomic_bool> m_readStop = std::make_shared<std::atomic_bool>(false);
    bool m_reading = false;
    bool m_erasing = false;
    QString m_reviewCopy;
    QDateTime m_reviewCopyRead;
    QString m_readProblem;
    QString m_readProblemDetail;
    std::shared_ptr<std::atomic_bool> m_stopping = std::make_shared<std::atomic_bool>(false);
};

} // namespace saskati
