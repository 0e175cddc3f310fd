#pragma once

#include "playthrough.h"
#include "scorebounds.h"
#include "stepmeasure.h"

#include <QJsonArray>
#include <QJsonObject>

namespace saskati {

/// One thing to tell the trainee: a missed cue, a false flag, a critical error, a gap in the referral plan...
struct FeedbackItem {
    enum class Kind {
        Miss,
        FalseFlag,
        WrongIndicator,
        Choice,
        CriticalError,
        ReferralMissing,
        ReferralHarmful,
        ReferralUrgency,
        ReferralOrder,
        ReferralNotMade,
        WrongAnswer,
        NoVote,      // a seminar participant did not vote on a decision of the room's path
        Undisclosed, // a conversation: what the person would have told a better interview, and by which move
        PlantedDetail, // a wrong detail a leading question planted: its truth, the question, what rested on
                       // it
    };
    Kind kind;
    QString ref; // the segment, hotspot, choice, institution or question it is about
    LocalizedText text;
    QString principle; // for choices and critical errors
    QString via = {};  // Undisclosed: the move whose reply holds it; PlantedDetail: the move that planted it
    QStringList restingOnIt = {}; // PlantedDetail: what the trainee did resting on it (ActionOnDetail refs)
};
QString feedbackKindId(FeedbackItem::Kind kind);

struct FlagOutcome {
    QString target;
    QString indicator; // the cue's indicator (hits, misses) or the one the trainee named (false flags)
    int points = 0;
    QString via = {}; // undisclosed: the move whose reply would have said it
};

/// Found / present counts, per indicator or per ILO/EC dimension.
struct Tally {
    int found = 0;
    int present = 0;
};

struct RecognitionResult {
    int raw = 0;    // hits minus penalties
    int points = 0; // raw kept between 0 and max
    int max = 0;
    QList<FlagOutcome> hits, misses, falseFlags;
    /// Cues of a conversation no move of this interview brought out, though some interview from the same
    /// start would have (not counted as present: nobody could flag them).
    QList<FlagOutcome> undisclosed;
    QMap<QString, Tally> perIndicator;
    QMap<QString, Tally> perDimension;
    double recall() const;    // hits / cues present
    double precision() const; // hits / flags placed
};

struct CriticalErrorRecord {
    QString choice;
    QString principle;
    bool endedBranch = false;
    LocalizedText explanation;
};

/// The score of one decision, on its own, whatever path led there (seminar mode scores each participant's
/// vote).
struct DecisionScore {
    int points = 0;
    int best = 0; // the best points any choice of that scene gives (critical-error choices aside)
    std::optional<CriticalErrorRecord> criticalError;
};

struct ReferralResult {
    int points = 0;
    int max = 0;
    QList<FeedbackItem> feedback;
};

struct AnswerResult {
    int points = 0;
    int max = 0;
    bool correct = false;
};

struct Score {
    ScoreParts points;
    ScoreParts pathMax;     // the best reachable on the path taken
    ScoreParts scenarioMax; // the best reachable in the whole scenario
    RecognitionResult recognition;
    QList<CriticalErrorRecord> criticalErrors;
    QList<FeedbackItem> feedback;
    int percent = 0;           // of pathMax, after any critical-error cap
    int percentOfScenario = 0; // of scenarioMax, after any critical-error cap
    bool capped = false;
    QString ending;
    bool finished = false;
};

struct Percentages {
    int percent = 0;
    int percentOfScenario = 0;
    bool capped = false;
};
/// Totals as percentages of the path's and the scenario's best, capped after a critical error.
/// An abandoned attempt is measured against the whole scenario in both: the path it took says nothing of what
/// it left out.
Percentages percentagesOf(const ScoreParts &points, const ScoreParts &pathMax, const ScoreParts &scenarioMax,
                          bool criticalError, int cap, bool abandoned);
// Per-decision scoring: each function scores one decision independently; path scoring is their sum.
DecisionScore scoreChoice(const Scenario &scenario, const QString &choiceId);
/// Flags judged in `scenes` (visited ones): every cue, distractor and plain target shown there; in a
/// conversation only the reply lines said, and its maximum is what the best interview could have disclosed.
RecognitionResult scoreFlags(const Scenario &scenario, const QStringList &scenes,
                             const PlaythroughState &state);
ReferralResult scoreReferral(const Scenario &scenario, const QList<ReferralStep> &plan);
AnswerResult scoreAnswer(const Question &question, const QStringList &selected);

/// The score of a playthrough state (the fold of its events). Pure: same inputs, same score.
Score scorePlaythrough(const Scenario &scenario, const PlaythroughState &state);

QJsonObject scoreToJson(const Score &score);
QJsonArray criticalErrorsToJson(const QList<CriticalErrorRecord> &errors, const QString &language);
/// Feedback texts in `language` (falling back to another language the text has, which the item then names).
QJsonArray feedbackToJson(const QList<FeedbackItem> &items, const QString &language);

} // namespace saskati
