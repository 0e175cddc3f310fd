#include "reviewsnapshot.h"

#include "mirrorrows.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <algorithm>
#include <atomic>
#include <numeric>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

sqlite3 *handleOf(const QSqlDatabase &database)
{
    // The QSQLITE driver hands out its sqlite3* (documented in QSqlDriver::handle()).
    const QVariant v = database.driver() ? database.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

/// One prepared statement, finalised on every path out.
class Statement {
public:
    Statement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr); }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool ok() const { return m_statement != nullptr; }
    bool next() { return sqlite3_step(m_statement) == SQLITE_ROW; }
    QByteArrayView bytes(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
    }
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    int integer(int column) const { return sqlite3_column_int(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }

private:
    sqlite3_stmt *m_statement = nullptr;
};

/// Text to a small id: every distinct value once.
class Dictionary {
public:
    explicit Dictionary(QStringList *values)
        : m_values(values)
    {}
    int id(QByteArrayView text)
    {
        // A raw-data key looks the text up without copying it; only new text is copied.
        const auto it = m_ids.constFind(QByteArray::fromRawData(text.data(), text.size()));
        if (it != m_ids.constEnd())
            return *it;
        const int id = int(m_values->size());
        m_values->append(QString::fromUtf8(text));
        m_ids.insert(text.toByteArray(), id);
        return id;
    }
    QHash<QString, int> index() const
    {
        QHash<QString, int> index;
        for (qsizetype i = 0; i < m_values->size(); ++i)
            index.insert(m_values->at(i), int(i));
        return index;
    }

private:
    QStringList *m_values;
    QHash<QByteArray, int> m_ids;
};

int digits(QByteArrayView s, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count && i < s.size(); ++i)
        value = value * 10 + (s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : 0);
    return value;
}

// The store writes times as "YYYY-MM-DDTHH:MM:SS.mmmZ" (UTC); parsing them by hand is 50 times faster than
// QDateTime for the hundreds of thousands of a ten-year database.
void parseStarted(QByteArrayView iso, ReviewSnapshot::Attempt *a)
{
    const QDate date(digits(iso, 0, 4), digits(iso, 5, 2), digits(iso, 8, 2));
    a->day = int(date.toJulianDay());
    a->month = date.year() * 100 + date.month();
    constexpr qint64 unixEpochDay = 2440588;
    a->started = (a->day - unixEpochDay) * 86400000LL + digits(iso, 11, 2) * 3600000LL +
                 digits(iso, 14, 2) * 60000LL + digits(iso, 17, 2) * 1000LL + digits(iso, 20, 3);
}

quint16 small(int value)
{
    return quint16(std::clamp(value, 0, 65535));
}

} // namespace

QString ReviewSnapshot::changeStamp(const QSqlDatabase &database)
{
    sqlite3 *db = handleOf(database);
    if (!db)
        return {};
    // data_version moves with other connections' commits, total_changes with this connection's own.
    Statement version(db, "PRAGMA data_version");
    const int dataVersion = version.ok() && version.next() ? version.integer(0) : -1;
    return u"%1/%2"_s.arg(dataVersion).arg(sqlite3_total_changes64(db));
}

QString ReviewSnapshot::feedbackId(Feedback feedback)
{
    switch (feedback) {
    case Feedback::EachMove:
        return u"each-move"_s;
    case Feedback::AtEnd:
        return u"at-end"_s;
    case Feedback::Mixed:
        return u"mixed"_s;
    case Feedback::Unrecorded:
        break;
    }
    return {};
}

Result<std::shared_ptr<const ReviewSnapshot>> ReviewSnapshot::loadFile(const QString &path)
{
    // A connection name of this call's own: several threads may read at once.
    static std::atomic<quint64> calls = 0;
    const QString connection = u"saskati-review-snapshot-%1"_s.arg(++calls);
    Result<std::shared_ptr<const ReviewSnapshot>> snapshot =
        Error(u"Could not read the results for the review."_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open())
            snapshot = load(db);
        else
            snapshot = Error(u"Could not read the results for the review: %1"_s.arg(db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return snapshot;
}

namespace {

/// Reads one snapshot on one connection: the people and seminars, the completed attempts in the order they
/// started, then each attempt's indicator and item rows. Every step returns false on an SQLite error.
class SnapshotReader {
public:
    SnapshotReader(sqlite3 *db, ReviewSnapshot *snapshot)
        : m_db(db)
        , m_snapshot(snapshot)
        , m_participants(&snapshot->participants)
        , m_seminars(&snapshot->seminars)
        , m_scenarios(&snapshot->scenarios)
        , m_roles(&snapshot->roles)
        , m_lecturers(&snapshot->lecturers)
        , m_indicators(&snapshot->indicators)
        , m_items(&snapshot->items)
        , m_answers(&snapshot->answers)
        , m_municipalities(&snapshot->municipalities)
    {}

    bool readPeopleAndSeminars();
    bool readAttempts();
    void sortByStart();
    bool readIndicatorsAndItems();
    bool readMunicipalities();
    void index();

private:
    /// Each attempt's rows are contiguous (both tables are clustered by attempt): one lookup per attempt.
    template <typename ReadRow, typename SetRange>
    bool readRows(const char *sql, ReadRow &&readRow, SetRange setRange);

    sqlite3 *m_db;
    ReviewSnapshot *m_snapshot;
    Dictionary m_participants, m_seminars, m_scenarios, m_roles, m_lecturers, m_indicators, m_items,
        m_answers, m_municipalities;
    QList<qint16> m_roleOf;     // by participant id
    QList<qint16> m_lecturerOf; // by seminar id
    QList<QByteArray> m_uuids;  // by attempt, as read
    QHash<QByteArray, int> m_attemptIndex;
};

bool SnapshotReader::readPeopleAndSeminars()
{
    // Participants' roles and seminars' lecturers, so that filtering needs no join. Each statement is
    // finalised before the next is prepared: finalising a statement that ran clean resets the connection's
    // error, and load() reports sqlite3_errmsg() of the one that failed.
    {
        Statement people(m_db, "SELECT uuid, role FROM participants");
        if (!people.ok())
            return false;
        while (people.next()) {
            m_participants.id(people.bytes(0));
            m_roleOf.append(qint16(m_roles.id(people.bytes(1))));
        }
    }
    Statement seminars(m_db, "SELECT uuid, lecturer FROM seminars");
    if (!seminars.ok())
        return false;
    while (seminars.next()) {
        m_seminars.id(seminars.bytes(0));
        m_lecturerOf.append(seminars.bytes(1).isEmpty() ? qint16(-1)
                                                        : qint16(m_lecturers.id(seminars.bytes(1))));
    }
    return true;
}

// Read for every attempt of a ten-year database: compared as bytes, nothing allocated (the ids of
// feedbackId).
ReviewSnapshot::Feedback feedbackOf(QByteArrayView id)
{
    using Feedback = ReviewSnapshot::Feedback;
    if (id == "each-move")
        return Feedback::EachMove;
    if (id == "at-end")
        return Feedback::AtEnd;
    if (id == "mixed")
        return Feedback::Mixed;
    return Feedback::Unrecorded;
}

bool SnapshotReader::readAttempts()
{
    // Completed, indexed attempts (older ones are indexed on the app's start or by `results reindex`).
    Statement q(m_db, "SELECT uuid, participant_uuid, seminar_uuid, scenario_id, started, percent, total, "
                      "feedback FROM attempts WHERE status = 'completed' AND percent IS NOT NULL");
    if (!q.ok())
        return false;
    while (q.next()) {
        ReviewSnapshot::Attempt a;
        a.participant = m_participants.id(q.bytes(1));
        if (a.participant >= m_roleOf.size()) // the foreign key makes this impossible; stay safe
            m_roleOf.resize(a.participant + 1, qint16(m_roles.id({})));
        a.role = m_roleOf.at(a.participant);
        if (!q.isNull(2)) {
            a.seminar = m_seminars.id(q.bytes(2));
            if (a.seminar >= m_lecturerOf.size())
                m_lecturerOf.resize(a.seminar + 1, qint16(-1));
            a.lecturer = m_lecturerOf.at(a.seminar);
        }
        a.scenario = qint16(m_scenarios.id(q.bytes(3)));
        parseStarted(q.bytes(4), &a);
        a.percent = qint16(q.integer(5));
        a.total = q.real(6);
        a.feedback = feedbackOf(q.bytes(7));
        m_snapshot->attempts.append(a);
        m_uuids.append(q.bytes(0).toByteArray());
    }
    return true;
}

void SnapshotReader::sortByStart()
{
    // In the order they started, as the store lists them (the item analysis's "first" depends on it).
    QList<ReviewSnapshot::Attempt> &attempts = m_snapshot->attempts;
    QList<qsizetype> order(attempts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype l, qsizetype r) {
        const qint64 a = attempts.at(l).started, b = attempts.at(r).started;
        return a != b ? a < b : m_uuids.at(l) < m_uuids.at(r);
    });
    QList<ReviewSnapshot::Attempt> sorted;
    sorted.reserve(order.size());
    m_attemptIndex.reserve(order.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        sorted.append(attempts.at(order.at(i)));
        m_attemptIndex.insert(m_uuids.at(order.at(i)), int(i));
    }
    attempts = std::move(sorted);
}

template <typename ReadRow, typename SetRange>
bool SnapshotReader::readRows(const char *sql, ReadRow &&readRow, SetRange setRange)
{
    Statement q(m_db, sql);
    if (!q.ok())
        return false;
    QByteArray current;
    int attempt = -1;
    quint32 first = 0, row = 0;
    const auto close = [&] {
        if (attempt >= 0)
            setRange(m_snapshot->attempts[attempt], first, row);
    };
    while (q.next()) {
        if (q.bytes(0) != QByteArrayView(current)) {
            close();
            current = q.bytes(0).toByteArray();
            attempt = m_attemptIndex.value(current, -1);
            first = row;
        }
        if (attempt >= 0 && readRow(q))
            ++row;
    }
    close();
    return true;
}

bool SnapshotReader::readIndicatorsAndItems()
{
    ReviewSnapshot &snapshot = *m_snapshot;
    const bool read =
        readRows(
            "SELECT attempt_uuid, indicator, present, found, false_named FROM attempt_indicators "
            "ORDER BY attempt_uuid",
            [&](const Statement &q) {
                snapshot.indicatorCounts.append({small(m_indicators.id(q.bytes(1))), small(q.integer(2)),
                                                 small(q.integer(3)), small(q.integer(4))});
                return true;
            },
            [](ReviewSnapshot::Attempt &a, quint32 first, quint32 end) {
                a.firstIndicator = first, a.endIndicator = end;
            }) &&
        readRows(
            "SELECT attempt_uuid, item, answer, mark, max FROM attempt_items ORDER BY attempt_uuid",
            [&](const Statement &q) {
                snapshot.itemMarks.append({small(m_items.id(q.bytes(1))), small(m_answers.id(q.bytes(2))),
                                           float(q.real(3)), float(q.real(4))});
                return true;
            },
            [](ReviewSnapshot::Attempt &a, quint32 first, quint32 end) {
                a.firstItem = first, a.endItem = end;
            });
    snapshot.indicatorCounts.squeeze(); // appending doubled the capacity: give the rest back
    snapshot.itemMarks.squeeze();
    snapshot.attempts.squeeze();
    return read;
}

bool SnapshotReader::readMunicipalities()
{
    // A server mirror notes where each attempt was recorded; a laptop's file has no such table.
    {
        const QByteArray named =
            QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                .arg(mirrorrows::table())
                .toUtf8();
        Statement exists(m_db, named.constData());
        if (!exists.ok())
            return false;
        if (!exists.next())
            return true;
    }
    const QByteArray rows = mirrorrows::municipalities(QStringLiteral("attempts")).toUtf8();
    Statement q(m_db, rows.constData());
    if (!q.ok())
        return false;
    while (q.next()) {
        const int attempt = m_attemptIndex.value(q.bytes(0).toByteArray(), -1);
        if (attempt >= 0 && !q.bytes(1).isEmpty())
            m_snapshot->attempts[attempt].municipality = qint16(m_municipalities.id(q.bytes(1)));
    }
    return true;
}

void SnapshotReader::index()
{
    m_snapshot->scenarioIndex = m_scenarios.index();
    m_snapshot->roleIndex = m_roles.index();
    m_snapshot->lecturerIndex = m_lecturers.index();
    m_snapshot->seminarIndex = m_seminars.index();
    m_snapshot->participantIndex = m_participants.index();
    m_snapshot->municipalityIndex = m_municipalities.index();
}

} // namespace

Result<std::shared_ptr<const ReviewSnapshot>> ReviewSnapshot::load(const QSqlDatabase &database)
{
    sqlite3 *db = handleOf(database);
    if (!db)
        return Error(u"The review needs the results in an SQLite database."_s);
    auto snapshot = std::make_shared<ReviewSnapshot>();
    SnapshotReader reader(db, snapshot.get());
    // One read transaction: the attempts and their rows as of one moment (inside a caller's, that one).
    const bool ownTransaction = sqlite3_get_autocommit(db) != 0;
    if (ownTransaction && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error(
            u"Could not read the results for the review: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(db))));
    const bool read = reader.readPeopleAndSeminars() && reader.readAttempts() &&
                      (reader.sortByStart(), reader.readIndicatorsAndItems()) && reader.readMunicipalities();
    if (!read) {
        const Error failed(
            u"Could not read the results for the review: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(db))));
        if (ownTransaction)
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return failed;
    }
    if (ownTransaction)
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    if (std::max({snapshot->indicators.size(), snapshot->items.size(), snapshot->answers.size()}) > 65535)
        return Error(
            u"The review can tell at most 65,535 different indicators, decisions or answers apart."_s);
    reader.index();
    return std::shared_ptr<const ReviewSnapshot>(std::move(snapshot));
}

} // namespace saskati
