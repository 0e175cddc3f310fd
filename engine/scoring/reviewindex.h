#pragma once

#include "scoring.h"

#include <QList>
#include <QString>

namespace saskati {

/// One decision of an attempt as the coordinator's item analysis sees it (docs/review-statistics.md, section
/// 1).
struct ItemMark {
    QString item; // "choice:<scene>" ("choice:<scene>#<turn>" after a conversation's first), "referral",
                  // "question:<id>"; and "asked:<scene>#<turn>" per conversation move, its answer the
                  // question type and its mark 1 when that is recommended: not a decision of its own
    double mark = 0;
    double max = 0;
    QString answer; // the choice (or vote) id; the selected options joined with '+'; empty for the plan
};

/// One indicator in one attempt: how often it was on the path, found, named by the trainee, named wrongly.
struct IndicatorCount {
    QString indicator;
    int present = 0;
    int found = 0;
    int falseNamed = 0; // flags naming this indicator on something that is not a sign of it
};

/// What a finished attempt contributes to the review, kept next to its score so that the review's queries are
/// SQL aggregates, not replays (docs/results-store.md, version 4).
struct AttemptIndex {
    QList<ItemMark> items;
    QList<IndicatorCount> indicators;
    /// How the attempt's questions (its "asked:" items) were asked: movefeedback.h, questionFeedbackSetting.
    QString feedback;
};

/// "asked:": the items that record the question type of a conversation's move.
inline QString askedItemPrefix()
{
    return QStringLiteral("asked:");
}

AttemptIndex indexAttempt(const Scenario &scenario, const PlaythroughState &state, const Score &score);

} // namespace saskati
