#pragma once

#include "knowledgecheckreview.h"
#include "reviewqueries.h"

#include <QList>
#include <optional>

namespace saskati {

struct Scenario;

/// How many trainees gave one answer to a decision.
struct AnswerCount {
    QString answer; // a choice id, question options joined by '+', or empty (no answer)
    int count = 0;
    bool critical = false; // a choice that is a critical error: harm to the person
};

/// One decision of a scenario in the item analysis, with its answers and the critical errors among them.
struct DecisionRow {
    QString item; // "choice:<scene>", "referral", "question:<id>"
    ItemStatistics statistics;
    QList<AnswerCount> answers; // by answer id
    int criticalCount = 0;      // trainees whose answer was a critical error
};

/// One person's attempts, newest first.
struct PersonHistory {
    Participant participant;
    QList<AttemptRecord> attempts;
    /// Their name was replaced by their code (ResultsStore::pseudonymiseSeminar()).
    bool pseudonymous() const { return participant.displayName == participant.code; }
};

/// Everything the coordinator's review shows for one filter, in no particular language: the screen, the CSV
/// files and the PDF report (report/) are made from it, in the app and in saskati-cli alike.
struct ReviewReport {
    ReviewFilter filter;
    AttemptChoice choice = AttemptChoice::First;
    QList<Seminar> seminars; // every seminar, newest first: the filter's choices
    QStringList lecturers;   // every lecturer named on a seminar
    Overview overview;
    QList<ParticipantRow> people;        // everyone within the filter
    std::optional<PersonHistory> person; // filter.participant's history
    QList<IndicatorRow> indicators;      // worst detection first
    QList<DecisionRow> decisions;        // filter.scenario's decisions; empty without one
    GainStatistics gain;
    QuestionPractice questions;                 // interview practice in conversations
    QList<SeminarKnowledgeRow> knowledgeChecks; // prevention seminars' checks within the filter, newest first

    /// The seminar's title with its date in front ("2026-03-02 · Liepāja teachers"), or empty.
    QString seminarTitle(const QString &uuid) const;
};

/// The decisions of `items` with their answers counted and the critical errors (choices of `scenario` that
/// are critical errors) marked. Without the scenario no answer is marked.
QList<DecisionRow> decisionRows(const QList<ItemRow> &items, const Scenario *scenario);

/// A participant's attempts, newest first; nullopt when there is no such participant.
std::optional<PersonHistory> personHistory(ResultsStore &store, const QString &participant);

/// Reads every view for `filter`. Reads the database when the snapshot is out of date: the app reads it off
/// its GUI thread first (ReviewQueries::needsSnapshot()). queries.lastError() says what went wrong, if
/// anything.
Result<ReviewReport> readReviewReport(ReviewQueries &queries, const ReviewFilter &filter,
                                      AttemptChoice choice, const Scenario *scenario);

} // namespace saskati
