#pragma once

#include "itemanalysis.h"
#include "resultsstore.h"
#include "reviewsnapshot.h"

#include <QDate>
#include <QMap>

namespace saskati {

/// What every review view filters by; empty fields do not filter.
struct ReviewFilter {
    QDate from, to; // the day an attempt started, inclusive
    QString scenario;
    QString lecturer;
    QString seminar;      // uuid
    QString role;         // participant's audience role id
    QString participant;  // uuid: one person's history
    QString municipality; // a server mirror's (ServerMirror): the municipality an attempt was recorded in
};

/// Which of a participant's completed attempts of a scenario count in the item analysis.
enum class AttemptChoice { First, Best, Latest };
/// "first", "best", "latest" (the CLI's --attempt, the review screen's choice); false for anything else.
bool attemptChoiceFromId(const QString &id, AttemptChoice *choice);

struct IndicatorRow {
    QString indicator;
    int exposures = 0; // times the indicator's signs were on an attempt's path
    int found = 0;
    int falseNamed = 0; // times it was named for something that is not a sign of it
    int attempts = 0;
    double detectionRate() const { return exposures > 0 ? double(found) / exposures : 0; }
    /// Of the times trainees named this indicator, the share that was wrong.
    double falseFlagRate() const
    {
        return found + falseNamed > 0 ? double(falseNamed) / (found + falseNamed) : 0;
    }
    /// A rate from a handful of exposures is not a finding.
    bool enough() const { return exposures >= minimumExposures; }
    static constexpr int minimumExposures = 10;
};

struct ItemRow {
    QString item; // "choice:<scene>", "referral", "question:<id>"
    ItemStatistics statistics;
    QMap<QString, int> answers; // choice or options -> how many chose it
};

struct OverviewMonth {
    QString month; // YYYY-MM
    int seminars = 0;
    int participants = 0;
    int attempts = 0;
    double meanPercent = 0;
};

struct Overview {
    QList<OverviewMonth> months;
    QList<int> histogram; // completed attempts by percent: 0-9, 10-19, ..., 90-100
    int attempts = 0;
    int participants = 0;
    int seminars = 0;
};

/// Interview practice on one attempt number: every participant's n-th completed attempt (within the filter)
/// that held a conversation, the questions asked in them and how many were of a recommended type.
struct QuestionAttemptRow {
    int attemptNumber = 0; // 1: each participant's first such attempt
    int attempts = 0;
    int asked = 0;
    int recommended = 0;
    double share() const { return asked > 0 ? double(recommended) / asked : 0; }
};
/// One question type, over every attempt within the filter.
struct QuestionTypeRow {
    QString type;
    int asked = 0;
    bool recommended = false;
};
/// Interview practice with one kind of feedback (ReviewSnapshot::feedbackId: "each-move", "at-end", "mixed",
/// "" unrecorded): the attempts played so, the questions asked in them and the recommended ones.
struct QuestionFeedbackRow {
    QString feedback;
    int attempts = 0;
    int asked = 0;
    int recommended = 0;
    double share() const { return asked > 0 ? double(recommended) / asked : 0; }
};
/// The share of recommended questions over successive attempts (review-statistics.md, section 5).
struct QuestionPractice {
    QList<QuestionAttemptRow> byAttempt;   // by attempt number
    QList<QuestionFeedbackRow> byFeedback; // each-move, at-end, mixed, unrecorded: those with attempts
    QList<QuestionTypeRow> types;          // most asked first
    int asked() const;
    int recommended() const;
};

/// A participant's results within the filter (a seminar's report lists its people with these).
struct ParticipantRow {
    QString uuid;
    QString name;
    QString code;
    QString role;
    int attempts = 0;
    double meanPercent = 0;
    int bestPercent = 0;
};

/// The coordinator's questions over the results store's review rows (schema version 4). The views are passes
/// over a ReviewSnapshot of the completed, indexed attempts, read once and again only after the database has
/// changed: milliseconds each on a ten-year database (bench/bench_review.cpp). The people list is SQL.
class ReviewQueries {
public:
    explicit ReviewQueries(ResultsStore &store);

    // Each view fails when the results cannot be read.
    Result<Overview> overview(const ReviewFilter &filter);
    /// Worst detection first.
    Result<QList<IndicatorRow>> indicators(const ReviewFilter &filter);
    /// Item analysis of one scenario's decisions (fails unless filter.scenario is set).
    Result<QList<ItemRow>> items(const ReviewFilter &filter, AttemptChoice choice = AttemptChoice::First);
    /// First against latest completed attempt of each participant who completed the scenario (or, without
    /// one in the filter, any one scenario) at least twice.
    Result<GainStatistics> improvement(const ReviewFilter &filter);
    /// The questions asked in conversations by type, and the share of recommended ones by attempt number.
    Result<QuestionPractice> questions(const ReviewFilter &filter);
    /// Who took part, with their completed attempts' mean and best percent, by name.
    Result<QList<ParticipantRow>> participants(const ReviewFilter &filter);
    /// The lecturers named on seminars, for the filter.
    Result<QStringList> lecturers();

    /// Whether the next view reads the database again (it has changed since the snapshot, or none was read).
    /// The app then reads one off its GUI thread (ReviewSnapshot::loadFile) and hands it to adopt(), with the
    /// changeStamp() it took before starting.
    bool needsSnapshot() const;
    QString changeStamp() const;
    void adopt(std::shared_ptr<const ReviewSnapshot> snapshot, const QString &stampBeforeReading);

    ResultsStore &store() const { return m_store; }

private:
    QString where(const ReviewFilter &filter, QVariantList *values) const;
    /// The current snapshot, read again when the database has changed since.
    Result<std::shared_ptr<const ReviewSnapshot>> snapshot();

    ResultsStore &m_store;
    std::shared_ptr<const ReviewSnapshot> m_snapshot;
    QString m_stamp;
};

} // namespace saskati
