#pragma once

#include "knowledgecheckrecords.h"

#include <QList>
#include <optional>

namespace saskati {

/// What a class learnt by one seminar's knowledge check (docs/review-statistics.md, "Knowledge check"): the
/// share of right answers before and after, over the participants who answered both rounds, and the
/// normalised gain (Hake 1998): how much of what was there to learn was learnt.
struct KnowledgeGain {
    int questions = 0;      // the questions asked (distinct ids in the seminar's answers)
    int answeredBefore = 0; // participants who answered at least one question before
    int answeredAfter = 0;
    int answeredBoth = 0;
    double before = 0; // share of right answers before, 0..1, over those who answered both (a missing
    double after = 0;  // answer counts as not right)
    /// (after - before) / (1 - before); none when nobody answered both rounds or everyone was right before.
    std::optional<double> gain;
};

/// The gain of one seminar from its answers (KnowledgeCheckRecords::knowledgeAnswers(seminar)).
/// `questions`: how many the check asked, when known (a question nobody answered then counts as not right for
/// everyone); otherwise the distinct questions answered.
KnowledgeGain knowledgeGain(const QList<KnowledgeAnswer> &answers, int questions = 0);

} // namespace saskati
