#pragma once

#include "playthrough.h"

namespace saskati {

/// What the trainee did that rests on a planted detail: a choice taken (or voted for), an answer option
/// chosen, an institution named in the plan, or a flag on the planted words.
struct ActionOnDetail {
    enum class Kind { Choice, Answer, Referral, Flag };
    Kind kind = Kind::Choice;
    QString ref; // the choice, the option ("question/option"), the institution, the segment
};

/// A wrong detail a leading question planted in this attempt (scenario.h, PlantedDetail): the reply line that
/// said it, the question that produced it, and what the trainee did afterwards resting on it. The debrief
/// traces it back to the question (docs/scoring.md, section 10).
struct PlantedInAttempt {
    const PlantedDetail *detail = nullptr;
    const Choice *question = nullptr;
    const ReplyLine *line = nullptr;
    QList<ActionOnDetail> actedOn;
};

/// Every planted detail said in the attempt, in the order said (each once: the first time). A pure function
/// of (scenario, state).
QList<PlantedInAttempt> plantedInAttempt(const Scenario &scenario, const PlaythroughState &state);

} // namespace saskati
