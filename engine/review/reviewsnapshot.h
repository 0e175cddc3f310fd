#pragma once

#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>

class QSqlDatabase;

namespace saskati {

/// The completed attempts' review rows (schema version 4) read once into compact arrays, so that every review
/// view is a pass over memory instead of a query over millions of rows: a ten-year database is ~40 MB here
/// and each view takes milliseconds (bench/bench_review.cpp). Read with SQLite's C interface on the store's
/// own connection, in one read transaction: a consistent picture. Immutable once loaded; ReviewQueries loads
/// a new one when the database has changed.
class ReviewSnapshot {
public:
    /// Ids are indexes into the dictionaries below; -1 means none (solo attempts have no seminar or
    /// lecturer).
    /// attempts.feedback (reviewindex.h, attemptFeedbackId).
    enum class Feedback : qint8 { Unrecorded, EachMove, AtEnd, Mixed };
    static QString feedbackId(Feedback feedback);
    struct Attempt {
        qint64 started = 0; // ms since the epoch, UTC
        int participant = 0;
        int seminar = -1;
        int day = 0;   // Julian day of the start (UTC), for the date filter
        int month = 0; // year * 100 + month of the start (UTC)
        qint16 scenario = 0;
        qint16 role = 0;
        qint16 lecturer = -1;
        qint16 municipality = -1; // a server mirror's (mirror_rows); -1 in a laptop's file
        qint16 percent = 0;
        Feedback feedback = Feedback::Unrecorded;
        double total = 0;
        quint32 firstIndicator = 0, endIndicator = 0; // this attempt's rows in indicatorCounts
        quint32 firstItem = 0, endItem = 0;           // and in itemMarks
    };
    // Millions of these in a ten-year database: kept small (8 and 12 bytes). Marks are small multiples of
    // 0.5, exact in a float.
    struct IndicatorCount {
        quint16 indicator = 0;
        quint16 present = 0, found = 0, falseNamed = 0;
    };
    struct ItemMark {
        quint16 item = 0;
        quint16 answer = 0;
        float mark = 0, max = 0;
    };

    /// Reads `database` (an open QSQLITE connection); never null when it succeeds.
    static Result<std::shared_ptr<const ReviewSnapshot>> load(const QSqlDatabase &database);
    /// Reads the database file at `path` through a read-only connection of its own, made and closed on the
    /// calling thread: a ten-year database takes seconds, so the app reads it off its GUI thread.
    static Result<std::shared_ptr<const ReviewSnapshot>> loadFile(const QString &path);
    /// Changes whenever anything was committed to `database`, by this connection or another: a snapshot
    /// taken at one stamp is current while the stamp stays the same.
    static QString changeStamp(const QSqlDatabase &database);

    /// Completed attempts in the order they started (then by uuid, as the store lists them).
    QList<Attempt> attempts;
    QList<IndicatorCount> indicatorCounts;
    QList<ItemMark> itemMarks;

    // Dictionaries: the text behind each id.
    QStringList participants, seminars, scenarios, roles, lecturers, indicators, items, answers;
    /// The municipalities the attempts were recorded in: only a server mirror (ServerMirror) knows them.
    QStringList municipalities;

    /// The id of `text` in `dictionary`, or -1: filters compare ids.
    static int idOf(const QHash<QString, int> &index, const QString &text) { return index.value(text, -1); }
    QHash<QString, int> scenarioIndex, roleIndex, lecturerIndex, seminarIndex, participantIndex,
        municipalityIndex;
};

} // namespace saskati
