#pragma once

#include "result.h"
#include "reviewindex.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace saskati {

class ResultsDatabase;

/// What each completed attempt contributes to the coordinator's review, as rows (docs/review-statistics.md):
/// its decisions (items) and indicator counts, so that the review's figures are SQL aggregates. Written with
/// the attempt's result (AttemptRecords::finishAttempt) or later by `results reindex`. A part of
/// ResultsStore; it works on any open ResultsDatabase.
class ReviewRows {
public:
    explicit ReviewRows(ResultsDatabase &db)
        : m_db(db)
    {}
    ReviewRows(const ReviewRows &) = delete; // a part lives on its database, inside its store
    ReviewRows &operator=(const ReviewRows &) = delete;

    /// Completed attempts whose review rows are missing (finished before schema version 4): `results
    /// reindex`.
    QStringList attemptsWithoutIndex();
    /// Replaces the attempt's rows by `index`, in a transaction of its own.
    Result<void> saveIndex(const QString &attempt, const AttemptIndex &index);
    /// The decisions of a completed attempt as indexed for the review, in item order.
    QList<ItemMark> attemptItems(const QString &attempt);

private:
    friend class AttemptRecords; // finishing an attempt writes its rows in the same transaction
    /// Replaces the attempt's rows by `index` (none when null) inside the caller's transaction.
    Result<void> writeIndex(const QString &attempt, const AttemptIndex *index);

    ResultsDatabase &m_db;
};

} // namespace saskati
