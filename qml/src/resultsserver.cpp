#include "resultsserver.h"

#include "appcontext.h"
#include "backgroundwork.h"
#include "resultsstore.h"
#include "serverconnection.h"
#include "servererasure.h"
#include "servermirror.h"
#include "serverpasswords.h"
#include "serverschema.h"
#include "serverstatus.h"
#include "serversync.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace saskati {

Q_LOGGING_CATEGORY(lcServer, "saskati.server")

namespace {

QString s_passwordFile;
// Without a password file (tests, screenshots) passwords are kept for this run only.
QHash<QString, QString> s_passwordsThisRun;
int s_intervalMs = 5 * 60 * 1000;
int s_firstAfterMs = 20 * 1000;

QString passwordKey(const ServerAddress &address)
{
    return u"%1:%2:%3:%4"_s.arg(address.host).arg(address.port).arg(address.database, address.account);
}

Result<QString> keptPassword(const ServerAddress &address)
{
    if (s_passwordFile.isEmpty())
        return s_passwordsThisRun.value(passwordKey(address));
    return serverpasswords::lookup(s_passwordFile, address);
}

// The interface says each failure in its own words; the engine's sentence is shown below it.
QString problemKind(const Error &error)
{
    static const QHash<QString, QString> kinds = {{u"address"_s, u"address"_s},
                                                  {u"no-driver"_s, u"no-driver"_s},
                                                  {u"unreachable"_s, u"unreachable"_s},
                                                  {u"identity"_s, u"identity"_s},
                                                  {u"28P01"_s, u"credentials"_s},
                                                  {u"3D000"_s, u"no-database"_s},
                                                  {u"42P01"_s, u"no-schema"_s},
                                                  {u"3F000"_s, u"no-schema"_s},
                                                  {u"42501"_s, u"not-allowed"_s},
                                                  {u"busy"_s, u"busy"_s},
                                                  {u"store"_s, u"store"_s},
                                                  {u"password-file"_s, u"password-file"_s},
                                                  {u"no-person"_s, u"no-person"_s}};
    return kinds.value(error.code, u"other"_s);
}

QVariantMap failure(const Error &error)
{
    return {{u"ok"_s, false}, {u"problem"_s, problemKind(error)}, {u"detail"_s, error.message}};
}

// A reading that failed before anything was read: with `erase`, said about that erasure (finishReading).
QVariantMap notRead(const Error &error, const QString &erase)
{
    QVariantMap failed = failure(error);
    failed.insert(u"erasing"_s, !erase.isEmpty());
    failed.insert(u"person"_s, erase);
    return failed;
}

qint64 total(const QMap<QString, qint64> &counts)
{
    qint64 sum = 0;
    for (const qint64 count : counts)
        sum += count;
    return sum;
}

// The connection test, on the worker thread: who the account is, and whether it can send results.
QVariantMap testOn(const ServerAddress &address)
{
    ServerConnection server;
    if (Result<void> opened = server.open(address); !opened)
        return failure(opened.error());
    const Result<ServerStatus> status = serverStatus(server);
    if (!status)
        return failure(status.error());
    QVariantMap result{{u"ok"_s, true},
                       {u"account"_s, status->account},
                       {u"kind"_s, status->kind},
                       {u"municipality"_s, status->municipality},
                       {u"tls"_s, status->tls},
                       {u"schemaVersion"_s, status->schemaVersion},
                       {u"latestSchemaVersion"_s, status->latestSchemaVersion}};
    QString problem;
    if (status->kind != u"lecturer" && status->kind != u"coordinator")
        problem = u"account-kind"_s;
    else if (status->schemaVersion < status->latestSchemaVersion)
        problem = u"old-schema"_s;
    else if (status->schemaVersion > status->latestSchemaVersion)
        problem = u"new-schema"_s;
    if (!problem.isEmpty()) {
        result.insert(u"ok"_s, false);
        result.insert(u"problem"_s, problem);
    }
    return result;
}

// One sync, on the worker thread, with a store connection and a server connection of its own.
QVariantMap syncOn(const QString &databasePath, const ServerAddress &address,
                   const std::function<bool(const SyncReport &)> &progress, bool leaving)
{
    // The app is closing before this job started (waiting for it may even run it on the GUI thread): nothing.
    if (leaving)
        return failure(Error::withCode(u"busy"_s, u"The app is closing."_s));
    ResultsStore store(databasePath);
    if (const ResultsStore::OpenResult opened =
            store.open(ResultsDatabase::schemaVersion, ResultsDatabase::OpenMode::Prepared);
        !opened.ok())
        return failure(Error::withCode(u"store"_s, opened.error.message));
    // People erased here by the sync, also by one that failed later: the app's lists must follow.
    const qint64 erasedBefore = store.tombstones();
    ServerConnection server;
    Result<SyncReport> report = Error();
    if (Result<void> opened = server.open(address); !opened)
        report = opened.error();
    else {
        ServerSync sync(store, server);
        sync.setProgress(progress);
        report = sync.run();
    }
    QVariantMap outcome =
        report ? QVariantMap{{u"ok"_s, total(report->pending) == 0}} : failure(report.error());
    if (report)
        outcome.insert(u"report"_s, QVariantMap{{u"sent"_s, total(report->sent)},
                                                {u"newRows"_s, total(report->newRows)},
                                                {u"erasuresReceived"_s, report->erasuresReceived},
                                                {u"notYours"_s, total(report->notYours)},
                                                {u"refusedErasures"_s, int(report->refusedErasures.size())},
                                                {u"newServer"_s, report->newServer}});
    outcome.insert(u"erasedHere"_s, store.tombstones() - erasedBefore);
    outcome.insert(u"path"_s, databasePath);
    outcome.insert(u"pending"_s, total(store.pending()));
    outcome.insert(u"lastComplete"_s, SyncSettings::read(store).lastComplete);
    return outcome;
}

// Which server and account an address names (its options aside): "" when none.
QString serverKey(const QString &url)
{
    const Result<ServerAddress> address = ServerAddress::parse(url);
    return address ? passwordKey(*address) : QString();
}

void forgetPassword(const ServerAddress &address)
{
    if (s_passwordFile.isEmpty())
        s_passwordsThisRun.remove(passwordKey(address));
    else if (Result<void> forgotten = serverpasswords::forget(s_passwordFile, address); !forgotten)
        qCWarning(lcServer) << forgotten.error().message;
}

} // namespace

ResultsServer::ResultsServer(AppContext *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    m_timer.setInterval(s_intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timer.setInterval(s_intervalMs);
        // Without the automatic sync, what waits is still counted for the header.
        if (configured() && m_settings.automatic)
            syncNow();
        else
            refresh();
    });
    connect(m_app, &AppContext::storeChanged, this, [this] { readSettings(false); });
    readSettings(true);
}

ResultsServer *ResultsServer::create(QQmlEngine *engine, QJSEngine *)
{
    // The same engine's AppContext (made here if QML has not asked for it yet): whose results file it is.
    return new ResultsServer(AppContext::create(engine, engine), engine);
}

ResultsServer::~ResultsServer()
{
    // A sync in the background stops after its current batch; what it sent is acknowledged, the rest waits.
    *m_stopping = true;
    m_sync.waitForFinished();
    m_test.waitForFinished();
    m_count.waitForFinished();
    m_read.waitForFinished();
}

void ResultsServer::setPasswordFile(const QString &path)
{
    s_passwordFile = path;
}

void ResultsServer::setAutomaticInterval(int milliseconds, int firstAfterMilliseconds)
{
    s_intervalMs = milliseconds;
    s_firstAfterMs = firstAfterMilliseconds;
}

bool ResultsServer::available() const
{
    return m_app->ready() && !m_app->practiceOnly();
}

bool ResultsServer::passwordRemembered() const
{
    const Result<ServerAddress> address = ServerAddress::parse(m_settings.address);
    if (!address)
        return false;
    const Result<QString> kept = keptPassword(*address);
    return kept && !kept->isEmpty();
}

// The results file changed (opened at start, another chosen, practising without saving), or its server did
// (force): what is shown is about it. A language change also says the store changed: nothing to read then.
void ResultsServer::readSettings(bool force)
{
    const QString store = available() ? m_app->databasePath() : QString();
    if (!force && store == m_storePath)
        return;
    const bool sameFile = store == m_storePath;
    m_storePath = store;
    ResultsStore *open = m_app->store();
    const QString server = m_settings.address;
    m_settings = !store.isEmpty() && open ? SyncSettings::read(*open) : SyncSettings();
    // Another file or another server: what runs now is about the one before, and its outcome is not shown.
    // Only switching the automatic sync on or off changes nothing of that.
    if (!sameFile || serverKey(server) != serverKey(m_settings.address)) {
        // The review's copy of the server before holds its people: it goes with that server.
        if (sameFile && !server.isEmpty())
            removeReviewCopy();
        ++m_generation;
        m_pending = -1;
        m_problem.clear();
        m_problemDetail.clear();
        m_lastReport.clear();
    }
    m_timer.stop();
    if (configured()) {
        m_timer.setInterval(s_firstAfterMs);
        m_timer.start();
    }
    Q_EMIT settingsChanged();
    Q_EMIT statusChanged();
    findReviewCopy();
    refresh();
}

Result<ServerAddress> ResultsServer::addressWithPassword(const QString &url, const QString &password) const
{
    Result<ServerAddress> address = ServerAddress::parse(url);
    if (!address)
        return address;
    if (!password.isEmpty())
        address->password = password;
    if (address->password.isEmpty()) {
        const Result<QString> kept = keptPassword(*address);
        if (!kept)
            return kept.error();
        address->password = *kept; // still empty: libpq's PGPASSWORD or ~/.pgpass, as for psql
    }
    return address;
}

bool ResultsServer::test(const QString &url, const QString &password)
{
    if (m_testing)
        return false;
    m_testedAddress = SyncSettings::withoutPassword(url.trimmed());
    const Result<ServerAddress> address = addressWithPassword(url.trimmed(), password);
    if (!address) {
        m_testResult = failure(address.error());
        Q_EMIT testResultChanged();
        return true;
    }
    m_testResult.clear();
    Q_EMIT testResultChanged();
    m_test = BackgroundWork::run(
        this, [address = *address] { return testOn(address); },
        [this, tested = m_testedAddress](const QVariantMap &result) {
            // Shown only while it is about the address last tried (not one saved or tried since).
            m_testing = false;
            if (tested == m_testedAddress) {
                m_testResult = result;
                Q_EMIT testResultChanged();
            }
            Q_EMIT activityChanged();
        },
        BackgroundWork::Lane::Server);
    m_testing = true;
    Q_EMIT activityChanged();
    return true;
}

// The order keeps a password only where it is needed: the file's new server first, then the previous server's
// password goes, then the new one is kept. A failure on the way leaves the file's server as it was, or with
// no kept password (said: the next sync asks the server, which refuses).
bool ResultsServer::save(const QString &url, const QString &password, bool automatic)
{
    ResultsStore *store = m_app->store();
    const Result<ServerAddress> address = ServerAddress::parse(url.trimmed());
    if (!available() || !store || !address) {
        m_testedAddress = SyncSettings::withoutPassword(url.trimmed());
        m_testResult = failure(address ? Error::withCode(u"store"_s, QString()) : address.error());
        Q_EMIT testResultChanged();
        return false;
    }
    const Result<ServerAddress> previous = ServerAddress::parse(m_settings.address);
    SyncSettings settings = m_settings;
    settings.address = SyncSettings::withoutPassword(url.trimmed());
    settings.automatic = automatic;
    if (Result<void> saved = settings.save(*store); !saved) {
        m_testResult = failure(Error::withCode(u"store"_s, saved.error().message));
        Q_EMIT testResultChanged();
        return false;
    }
    if (previous && passwordKey(*previous) != passwordKey(*address))
        forgetPassword(*previous);
    Error kept;
    if (const QString newPassword = password.isEmpty() ? address->password : password;
        !newPassword.isEmpty()) {
        if (s_passwordFile.isEmpty())
            s_passwordsThisRun.insert(passwordKey(*address), newPassword);
        else if (Result<void> remembered = serverpasswords::remember(s_passwordFile, *address, newPassword);
                 !remembered)
            kept = remembered.error();
    }
    // A test of another address says nothing about this one.
    if (m_testedAddress != settings.address) {
        m_testedAddress = settings.address; // a test of the other one still running is not shown either
        m_testResult.clear();
        Q_EMIT testResultChanged();
    }
    readSettings(true);
    if (!kept.message.isEmpty()) {
        m_problem = problemKind(kept);
        m_problemDetail = kept.message;
        Q_EMIT statusChanged();
    }
    return true;
}

void ResultsServer::forget()
{
    ResultsStore *store = m_app->store();
    if (!available() || !store)
        return;
    const Result<ServerAddress> address = ServerAddress::parse(m_settings.address);
    SyncSettings settings;
    settings.automatic = m_settings.automatic;
    if (Result<void> saved = settings.save(*store); !saved) {
        m_problem = u"store"_s;
        m_problemDetail = saved.error().message;
        Q_EMIT statusChanged();
        return;
    }
    if (address)
        forgetPassword(*address);
    removeReviewCopy();
    readSettings(true);
}

bool ResultsServer::syncNow()
{
    if (!configured() || m_syncing)
        return false;
    const Result<ServerAddress> address = addressWithPassword(m_settings.address, {});
    if (!address) {
        finishSync(m_generation, failure(address.error()));
        return false;
    }
    m_sentSoFar = 0;
    // Progress comes back to the GUI thread after each committed batch; leaving the app stops the sync there.
    auto progress = [this, stopping = m_stopping, generation = m_generation](const SyncReport &report) {
        const int sent = int(total(report.sent));
        QMetaObject::invokeMethod(
            this,
            [this, sent, generation] {
                if (generation != m_generation)
                    return;
                m_sentSoFar = sent;
                Q_EMIT activityChanged();
            },
            Qt::QueuedConnection);
        return !stopping->load();
    };
    m_sync = BackgroundWork::run(
        this,
        [path = m_app->databasePath(), address = *address, progress, stopping = m_stopping] {
            return syncOn(path, address, progress, stopping->load());
        },
        [this, generation = m_generation](const QVariantMap &outcome) { finishSync(generation, outcome); },
        BackgroundWork::Lane::Server);
    m_syncing = true;
    Q_EMIT activityChanged();
    return true;
}

void ResultsServer::finishSync(quint64 generation, const QVariantMap &outcome)
{
    m_sentSoFar = 0;
    m_syncing = false;
    Q_EMIT activityChanged();
    if (outcome.value(u"erasedHere"_s).toLongLong() > 0 && outcome.value(u"path"_s).toString() == m_storePath)
        m_app->peopleErasedElsewhere();
    // A sync of the file or server before: its outcome is not this one's; count this one's instead.
    if (generation != m_generation) {
        refresh();
        return;
    }
    const bool ok = outcome.value(u"ok"_s).toBool();
    m_problem = outcome.value(u"problem"_s).toString();
    m_problemDetail = outcome.value(u"detail"_s).toString();
    if (outcome.contains(u"report"_s))
        m_lastReport = outcome.value(u"report"_s).toMap();
    if (outcome.contains(u"pending"_s))
        m_pending = outcome.value(u"pending"_s).toInt();
    if (outcome.contains(u"lastComplete"_s))
        m_settings.lastComplete = outcome.value(u"lastComplete"_s).toDateTime();
    Q_EMIT statusChanged();
    Q_EMIT syncFinished(ok);
    // A sync that failed says nothing of what waits: counted here.
    if (m_countAgain || !outcome.contains(u"pending"_s))
        refresh();
}

void ResultsServer::refresh()
{
    if (!available())
        return;
    // Asked while a count or a sync runs: counted again when it ends, so that what was written meanwhile is
    // not left out (the header said "all sent" with a person waiting, after a sync that failed).
    if (m_count.isRunning() || m_syncing) {
        m_countAgain = true;
        return;
    }
    m_countAgain = false;
    m_count = BackgroundWork::run(
        this,
        [path = m_app->databasePath()]() -> qint64 {
            ResultsStore store(path);
            if (!store.open(ResultsDatabase::schemaVersion, ResultsDatabase::OpenMode::Prepared).ok())
                return -1;
            return total(store.pending());
        },
        [this, generation = m_generation](qint64 pending) {
            if (generation != m_generation) {
                refresh();
                return;
            }
            m_pending = int(pending);
            Q_EMIT statusChanged();
            if (m_countAgain)
                refresh();
        });
}

namespace {

// One reading of the server for the review, on the worker thread: the copy beside the results file, brought
// up to date with a store connection and a server connection of its own. `erase`: a person erased on the
// server first (the outcome's "person"; "erasing": the erasure failed, and nothing was read).
QVariantMap readOn(const QString &copyPath, const ServerAddress &address, const QString &erase,
                   const std::function<bool()> &stopping)
{
    if (stopping())
        return notRead(Error::withCode(u"busy"_s, u"The app is closing."_s), erase);
    ResultsStore copy(copyPath);
    copy.setDailyBackups(false); // it can be read again from the server: no old copies of people lie about
    if (const ResultsStore::OpenResult opened = copy.open(); !opened.ok())
        return notRead(Error::withCode(u"store"_s, opened.error.message), erase);
    ServerConnection server;
    if (Result<void> opened = server.open(address); !opened)
        return notRead(opened.error(), erase);
    if (!erase.isEmpty())
        if (Result<void> erased = servererasure::erase(server, erase); !erased)
            return notRead(erased.error(), erase);
    ServerMirror mirror(copy, server);
    // Leaving the app, or forgetting the server, stops it after the piece it is writing: the next reading
    // goes on from there.
    mirror.setProgress([stopping](const MirrorReport &) { return !stopping(); });
    const Result<MirrorReport> report = mirror.refresh();
    QVariantMap outcome =
        report ? QVariantMap{{u"ok"_s, true},
                             {u"path"_s, copyPath},
                             {u"read"_s, QDateTime::fromString(copy.setting(ServerMirror::refreshedSetting()),
                                                               Qt::ISODateWithMs)}}
               : failure(report.error());
    outcome.insert(u"person"_s, erase);
    return outcome;
}

} // namespace

bool ResultsServer::readForReview()
{
    return startReading({});
}

bool ResultsServer::eraseOnServer(const QString &uuid)
{
    return !uuid.isEmpty() && startReading(uuid);
}

bool ResultsServer::startReading(const QString &erase)
{
    if (!configured() || m_reading)
        return false;
    const Result<ServerAddress> address = addressWithPassword(m_settings.address, {});
    if (!address) {
        finishReading(m_generation, notRead(address.error(), erase));
        return false;
    }
    *m_readStop = false;
    m_read = BackgroundWork::run(
        this,
        [copy = ServerMirror::pathBeside(m_storePath), address = *address, erase, leaving = m_stopping,
         stop = m_readStop] {
            return readOn(copy, address, erase, [=] { return leaving->load() || stop->load(); });
        },
        [this, generation = m_generation](const QVariantMap &outcome) { finishReading(generation, outcome); },
        BackgroundWork::Lane::Server);
    m_reading = true;
    m_erasing = !erase.isEmpty();
    Q_EMIT activityChanged();
    return true;
}

void ResultsServer::finishReading(quint64 generation, const QVariantMap &outcome)
{
    m_reading = false;
    m_erasing = false;
    Q_EMIT activityChanged();
    if (generation != m_generation)
        return; // about another file or server
    // An erasure that failed leaves the copy as it was read last: said about the erasure, not the reading.
    if (outcome.value(u"erasing"_s).toBool()) {
        Q_EMIT erasureFinished(outcome.value(u"person"_s).toString(), outcome.value(u"problem"_s).toString(),
                               outcome.value(u"detail"_s).toString());
        return;
    }
    m_readProblem = outcome.value(u"problem"_s).toString();
    m_readProblemDetail = outcome.value(u"detail"_s).toString();
    if (outcome.value(u"ok"_s).toBool()) {
        m_reviewCopy = outcome.value(u"path"_s).toString();
        m_reviewCopyRead = outcome.value(u"read"_s).toDateTime();
    }
    Q_EMIT reviewCopyChanged();
    // After the copy's news: the review shows the people without them when it says they were erased.
    if (const QString erased = outcome.value(u"person"_s).toString(); !erased.isEmpty())
        Q_EMIT erasureFinished(erased, {}, {});
}

void ResultsServer::removeReviewCopy()
{
    // Said first, so that the review lets go of the file; a reading stops after its piece.
    *m_readStop = true;
    m_reviewCopy.clear();
    m_reviewCopyRead = {};
    Q_EMIT reviewCopyChanged();
    m_read.waitForFinished();
    const QString copy = ServerMirror::pathBeside(m_storePath);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s})
        QFile::remove(copy + suffix);
    QDir(copy + u".backups"_s).removeRecursively();
}

void ResultsServer::findReviewCopy()
{
    // A copy read before (on an earlier day) is shown until it is read again; it names when it was read.
    m_reviewCopy.clear();
    m_reviewCopyRead = {};
    m_readProblem.clear();
    m_readProblemDetail.clear();
    const QString copy = m_storePath.isEmpty() ? QString() : ServerMirror::pathBeside(m_storePath);
    if (configured() && QFile::exists(copy)) {
        ResultsStore store(copy);
        const Result<ServerAddress> address = ServerAddress::parse(m_settings.address);
        // A copy of another account's view (the server was changed since) is not shown: the next reading
        // starts it over.
        if (address && store.open(ResultsDatabase::schemaVersion, ResultsDatabase::OpenMode::Prepared).ok() &&
            ServerMirror::isMirror(store) &&
            store.setting(ServerMirror::serverSetting()) == address->display()) {
            m_reviewCopy = copy;
            m_reviewCopyRead =
                QDateTime::fromString(store.setting(ServerMirror::refreshedSetting()), Qt::ISODateWithMs);
        }
    }
    Q_EMIT reviewCopyChanged();
}

} // namespace saskati
