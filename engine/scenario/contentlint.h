#pragma once

#include "diagnostic.h"
#include "scenario.h"

namespace saskati {

/// One decision (a scene with two or more choices, or a single-answer question with a right and a wrong
/// option) and what its options' form says about the key.
struct DecisionTell {
    QString scene;              // the scene's id, or the question's
    qsizetype offset = 0;       // the scene's, for FILE:LINE:COLUMN
    int bestLength = 0;         // characters of the longest best choice's text
    int otherLength = 0;        // characters of the longest other choice's text
    bool bestIsLongest = false; // a best choice is longer than every other choice
    bool bestIsFirst = false;   // a best choice is listed first
};

/// How much the options' form gives away across a scenario: the best choice (the highest points among those
/// that are not critical errors), or a single-answer question's right option, as the longest text or the
/// first listed. A trainee who always takes the longest or the first option should not reach the best
/// ending. Lengths are counted in `language`.
struct ChoiceTells {
    QList<DecisionTell> decisions; // the scenario's decisions that have a best and another choice
    int bestLongest() const;
    int bestFirst() const;
};

ChoiceTells choiceTells(const Scenario &scenario, const QString &language);

/// Warnings about what gives answers away (`saskati-cli lint`, docs/cli.md): the best choice or right option
/// as the longest text in more than half of the decisions in any of the scenario's languages (a warning per
/// language, with the decisions named), or listed first in more than half of them (one warning).
Diagnostics lintContent(const Scenario &scenario);

} // namespace saskati
