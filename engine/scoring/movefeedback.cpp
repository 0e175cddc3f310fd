#include "movefeedback.h"

#include "stepmeasure.h"

namespace saskati {

const QuestionType *questionTypeOf(const Scenario &scenario, const Choice &move)
{
    if (move.isLimit || !scenario.catalog)
        return nullptr;
    const auto it = scenario.catalog->questionTypes.constFind(move.questionType);
    return it == scenario.catalog->questionTypes.constEnd() ? nullptr : &*it;
}

QString questionFeedbackSetting(const Scenario &scenario, const PlaythroughState &state)
{
    bool on = false, off = false, unrecorded = false;
    for (const PathStep &step : state.path) {
        const Scene *scene = scenario.scene(step.scene);
        const Choice *move = scene && scene->isConversation()
                                 ? scenario.choice(scoredChoiceAt(scenario, state, step))
                                 : nullptr;
        if (!move || !questionTypeOf(scenario, *move))
            continue;
        on = on || step.feedbackAfterEachMove == true;
        off = off || step.feedbackAfterEachMove == false;
        unrecorded = unrecorded || !step.feedbackAfterEachMove;
    }
    if (int(on) + int(off) + int(unrecorded) > 1)
        return QStringLiteral("mixed");
    return on ? QStringLiteral("each-move") : off ? QStringLiteral("at-end") : QString();
}

std::optional<MoveFeedback> moveFeedbackAt(const Scenario &scenario, const PlaythroughState &state,
                                           qsizetype step)
{
    if (step < 0 || step >= state.path.size())
        return std::nullopt;
    const PathStep &at = state.path.at(step);
    const Scene *scene = scenario.scene(at.scene);
    const QString chosen = scoredChoiceAt(scenario, state, at);
    const Choice *move = scenario.choice(chosen);
    if (!scene || !scene->isConversation() || !move || move->isLimit)
        return std::nullopt;
    MoveFeedback feedback;
    feedback.move = move->id;
    if (const QuestionType *type = questionTypeOf(scenario, *move)) {
        feedback.questionType = type->id;
        feedback.typeName = type->name;
        feedback.recommended = type->recommended;
    }
    feedback.critical = move->criticalError.has_value();
    feedback.lowered = !feedback.critical && measureStep(scenario, state, step, chosen).lowered;
    if (feedback.critical)
        feedback.text = move->criticalError->explanation;
    else if (feedback.lowered)
        feedback.text = move->feedback;
    return feedback;
}

} // namespace saskati
