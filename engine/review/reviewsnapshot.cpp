#include "reviewsnapshot.h"

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

std::shared_ptr<const ReviewSnapshot> ReviewSnapshot::loadFile(const QString &path, QString *error)
{
    // A connection name of this call's own: several threads may read at once.
    static std::atomic<quint64> calls = 0;
    const QString connection = u"saskati-review-snapshot-%1"_s.arg(++calls);
    std::shared_ptr<const ReviewSnapshot> snapshot;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open())
            snapshot = load(db, error);
        else
            *error = u"Could not read the results for the review: %1"_s.arg(db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return snapshot;
}

std::shared_ptr<const ReviewSnapshot> ReviewSnapshot::load(const QSqlDatabase &database, QString *error)
{
    sqlite3 *db = handleOf(database);
    if (!db) {
        *error = u"The review needs the results in an SQLite database."_s;
        return nullptr;
    }
    auto snapshot = std::make_shared<ReviewSnapshot>();
    Dictionary participants(&snapshot->participants), seminars(&snapshot->seminars),
        scenarios(&snapshot->scenarios), roles(&snapshot->roles), lecturers(&snapshot->lecturers),
        indicators(&snapshot->indicators), items(&snapshot->items), answers(&snapshot->answers);
    // One read transaction: the attempts and their rows as of one moment (inside a caller's, that one).
    const bool ownTransaction = sqlite3_get_autocommit(db) != 0;
    const auto failed = [&] {
        *error =
            u"Could not read the results for the review: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(db)));
        if (ownTransaction)
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return nullptr;
    };
    if (ownTransaction && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failed();

    // Participants' roles and seminars' lecturers, so that filtering needs no join.
    QList<qint16> roleOf;
    {
        Statement q(db, "SELECT uuid, role FROM participants");
        if (!q.ok())
            return failed();
        while (q.next()) {
            participants.id(q.bytes(0));
            roleOf.append(qint16(roles.id(q.bytes(1))));
        }
    }
    QList<qint16> lecturerOf;
    {
        Statement q(db, "SELECT uuid, lecturer FROM seminars");
        if (!q.ok())
            return failed();
        while (q.next()) {
            seminars.id(q.bytes(0));
            lecturerOf.append(q.bytes(1).isEmpty() ? qint16(-1) : qint16(lecturers.id(q.bytes(1))));
        }
    }

    // Completed, indexed attempts (older ones are indexed on the app's start or by `results reindex`).
    QList<QByteArray> uuids;
    {
        Statement q(db, "SELECT uuid, participant_uuid, seminar_uuid, scenario_id, started, percent, total "
                        "FROM attempts WHERE status = 'completed' AND percent IS NOT NULL");
        if (!q.ok())
            return failed();
        while (q.next()) {
            Attempt a;
            a.participant = participants.id(q.bytes(1));
            if (a.participant >= roleOf.size()) // the foreign key makes this impossible; stay safe
                roleOf.resize(a.participant + 1, qint16(roles.id({})));
            a.role = roleOf.at(a.participant);
            if (!q.isNull(2)) {
                a.seminar = seminars.id(q.bytes(2));
                if (a.seminar >= lecturerOf.size())
                    lecturerOf.resize(a.seminar + 1, qint16(-1));
                a.lecturer = lecturerOf.at(a.seminar);
            }
            a.scenario = qint16(scenarios.id(q.bytes(3)));
            parseStarted(q.bytes(4), &a);
            a.percent = qint16(q.integer(5));
            a.total = q.real(6);
            snapshot->attempts.append(a);
            uuids.append(q.bytes(0).toByteArray());
        }
    }
    // In the order they started, as the store lists them (the item analysis's "first" depends on it).
    QList<qsizetype> order(snapshot->attempts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype l, qsizetype r) {
        const qint64 a = snapshot->attempts.at(l).started, b = snapshot->attempts.at(r).started;
        return a != b ? a < b : uuids.at(l) < uuids.at(r);
    });
    QList<Attempt> sorted;
    sorted.reserve(order.size());
    QHash<QByteArray, int> attemptIndex;
    attemptIndex.reserve(order.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        sorted.append(snapshot->attempts.at(order.at(i)));
        attemptIndex.insert(uuids.at(order.at(i)), int(i));
    }
    snapshot->attempts = std::move(sorted);

    // Each attempt's rows are contiguous (both tables are clustered by attempt): one lookup per attempt.
    const auto readRows = [&](const char *sql, auto &&readRow, auto setRange) {
        Statement q(db, sql);
        if (!q.ok())
            return false;
        QByteArray current;
        int attempt = -1;
        quint32 first = 0, row = 0;
        const auto close = [&] {
            if (attempt >= 0)
                setRange(snapshot->attempts[attempt], first, row);
        };
        while (q.next()) {
            if (q.bytes(0) != QByteArrayView(current)) {
                close();
                current = q.bytes(0).toByteArray();
                attempt = attemptIndex.value(current, -1);
                first = row;
            }
            if (attempt >= 0 && readRow(q))
                ++row;
        }
        close();
        return true;
    };
    const bool read =
        readRows(
            "SELECT attempt_uuid, indicator, present, found, false_named FROM attempt_indicators "
            "ORDER BY attempt_uuid",
            [&](const Statement &q) {
                snapshot->indicatorCounts.append({small(indicators.id(q.bytes(1))), small(q.integer(2)),
                                                  small(q.integer(3)), small(q.integer(4))});
                return true;
            },
            [](Attempt &a, quint32 first, quint32 end) { a.firstIndicator = first, a.endIndicator = end; }) &&
        readRows(
            "SELECT attempt_uuid, item, answer, mark, max FROM attempt_items ORDER BY attempt_uuid",
            [&](const Statement &q) {
                snapshot->itemMarks.append({small(items.id(q.bytes(1))), small(answers.id(q.bytes(2))),
                                            float(q.real(3)), float(q.real(4))});
                return true;
            },
            [](Attempt &a, quint32 first, quint32 end) { a.firstItem = first, a.endItem = end; });
    if (!read)
        return failed();
    snapshot->indicatorCounts.squeeze(); // appending doubled the capacity: give the rest back
    snapshot->itemMarks.squeeze();
    snapshot->attempts.squeeze();
    if (ownTransaction)
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    if (std::max({snapshot->indicators.size(), snapshot->items.size(), snapshot->answers.size()}) > 65535) {
        *error = u"The review can tell at most 65,535 different indicators, decisions or answers apart."_s;
        return nullptr;
    }
    snapshot->scenarioIndex = scenarios.index();
    snapshot->roleIndex = roles.index();
    snapshot->lecturerIndex = lecturers.index();
    snapshot->seminarIndex = seminars.index();
    snapshot->participantIndex = participants.index();
    return snapshot;
}

} // namespace saskati
