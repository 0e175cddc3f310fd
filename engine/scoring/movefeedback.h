#pragma once

#include "catalog.h"
#include "playthrough.h"

#include <optional>

namespace saskati {

/// What the trainee is told right after a conversation move when feedback after each move is on (practice;
/// off: assessment, everything waits for the debrief): the move's question type, whether that type is
/// recommended, and the move's own feedback when it lowered what was within reach or was a critical error
/// (scoring.md, section 10). Pure: the same scenario and path give the same feedback.
struct MoveFeedback {
    QString move;
    QString questionType; // empty when the move has none in the catalogue
    LocalizedText typeName;
    bool recommended = false;
    bool lowered = false;
    bool critical = false;
    LocalizedText text; // the move's feedback (lowered) or its critical error's explanation; else empty
};

/// The catalogue's question type of a conversation move; null for the limit, or a type the catalogue lacks.
const QuestionType *questionTypeOf(const Scenario &scenario, const Choice &move);

/// The feedback on path step `step`; nullopt unless it is a conversation move (the limit is none).
/// How an attempt's questions (its conversation moves with a question type, as scored: a participant's own
/// votes in a seminar) were asked: "each-move" (practice: each one's type shown when asked), "at-end"
/// (assessment: in the debrief only), "mixed" (switched in between), or empty (no question, or a log that did
/// not record the setting).
QString questionFeedbackSetting(const Scenario &scenario, const PlaythroughState &state);

std::optional<MoveFeedback> moveFeedbackAt(const Scenario &scenario, const PlaythroughState &state,
                                           qsizetype step);

} // namespace saskati
