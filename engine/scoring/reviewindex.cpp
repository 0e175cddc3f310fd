#include "reviewindex.h"

#include "movefeedback.h"
#include "scorebounds.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace saskati {

AttemptIndex indexAttempt(const Scenario &scenario, const PlaythroughState &state, const Score &score)
{
    AttemptIndex index;
    index.feedback = questionFeedbackSetting(scenario, state);
    bool referralScene = false, assessmentScene = false;
    for (const QString &sceneId : state.visitedScenes()) {
        const Scene *scene = scenario.scene(sceneId);
        referralScene = referralScene || (scene && scene->kind == Scene::Kind::Referral);
        assessmentScene = assessmentScene || (scene && scene->kind == Scene::Kind::Assessment);
    }
    for (qsizetype i = 0; i < state.path.size(); ++i) {
        const PathStep &step = state.path.at(i);
        const Scene *scene = scenario.scene(step.scene);
        if (!scene)
            continue;
        // A scene's decision is one item; a conversation's turns are items of their own ("choice:talk#2"),
        // measured as the score measures them.
        const QString chosen = scoredChoiceAt(scenario, state, step);
        int best = 0;
        if (scene->isConversation())
            best = measureStep(scenario, state, i, chosen).best;
        else
            for (const Choice &c : scene->choices)
                if (!c.criticalError)
                    best = std::max(best, c.points);
        const double mark = chosen.isEmpty() ? 0 : scoreChoice(scenario, chosen).points;
        index.items.append({u"choice:"_s + decisionKey(step.scene, step.turn), mark, double(best), chosen});
        // The question asked, by its type: the share of recommended ones is the measure of interview
        // practice (review-statistics.md, section 5).
        const Choice *move = scene->isConversation() ? scenario.choice(chosen) : nullptr;
        if (const QuestionType *type = move ? questionTypeOf(scenario, *move) : nullptr)
            index.items.append({askedItemPrefix() + decisionKey(step.scene, step.turn),
                                type->recommended ? 1.0 : 0.0, 1.0, type->id});
    }
    if (referralScene && scenario.referral)
        index.items.append({u"referral"_s, double(score.points.referral),
                            double(referralMax(*scenario.referral)), QString()});
    if (assessmentScene)
        for (const Question &q : scenario.questions) {
            const AnswerResult a = scoreAnswer(q, state.answers.value(q.id));
            QStringList selected = state.answers.value(q.id);
            selected.sort();
            index.items.append({u"question:"_s + q.id, double(a.points), double(a.max), selected.join(u'+')});
        }

    QMap<QString, IndicatorCount> counts;
    for (auto it = score.recognition.perIndicator.cbegin(); it != score.recognition.perIndicator.cend();
         ++it) {
        IndicatorCount &c = counts[it.key()];
        c.indicator = it.key();
        c.present = it->present;
        c.found = it->found;
    }
    for (const FlagOutcome &f : score.recognition.falseFlags)
        if (!f.indicator.isEmpty()) {
            IndicatorCount &c = counts[f.indicator];
            c.indicator = f.indicator;
            ++c.falseNamed;
        }
    // A cue flagged with another indicator's name is a false naming of that other indicator.
    for (const FlagOutcome &hit : score.recognition.hits) {
        const QString named = state.flags.value(hit.target).indicator;
        if (!named.isEmpty() && named != hit.indicator) {
            IndicatorCount &c = counts[named];
            c.indicator = named;
            ++c.falseNamed;
        }
    }
    index.indicators = counts.values();
    return index;
}

} // namespace saskati
