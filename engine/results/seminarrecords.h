#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace saskati {

class ResultsDatabase;

struct Seminar {
    QString uuid;
    QString title;
    QDate date;
    QString place;
    QString lecturer;
    QString audience;
    QStringList scenarios;
    QString notes;
    QDateTime created;
};

/// The seminars held: when, where, by whom, for whom, with which scenarios. A part of ResultsStore; it works
/// on any open ResultsDatabase. (What a seminar's room played is RoomRecords'.)
class SeminarRecords {
public:
    explicit SeminarRecords(ResultsDatabase &db)
        : m_db(db)
    {}
    SeminarRecords(const SeminarRecords &) = delete; // a part lives on its database, inside its store
    SeminarRecords &operator=(const SeminarRecords &) = delete;

    /// Adds the seminar; a uuid and creation time are given when it has none.
    Result<Seminar> addSeminar(Seminar seminar);
    /// Every seminar, by date.
    QList<Seminar> seminars();

private:
    ResultsDatabase &m_db;
};

} // namespace saskati
