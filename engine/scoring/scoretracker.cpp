#include "scoretracker.h"

namespace saskati {

ScoreTracker::ScoreTracker(std::shared_ptr<const Scenario> scenario)
    : m_scenario(std::move(scenario))
{}

ScoreTracker::Summary ScoreTracker::summarize(const Score &score)
{
    return Summary{score.points, score.pathMax, score.scenarioMax,
                   Percentages{score.percent, score.percentOfScenario, score.capped},
                   int(score.criticalErrors.size())};
}

ScoreTracker::SceneRecognition ScoreTracker::recognitionOf(const QString &scene,
                                                           const PlaythroughState &state) const
{
    const RecognitionResult r = scoreFlags(*m_scenario, {scene}, state);
    return {r.raw, r.max};
}

void ScoreTracker::addScene(const QString &sceneId, const PlaythroughState &state)
{
    const SceneRecognition r = recognitionOf(sceneId, state);
    m_scenes.append(r);
    m_recognitionRaw += r.raw;
    m_recognitionMax += r.max;
    const Scene *scene = m_scenario->scene(sceneId);
    m_referralScenes += scene->kind == Scene::Kind::Referral;
    m_assessmentScenes += scene->kind == Scene::Kind::Assessment;
}

void ScoreTracker::addDecision(const PathStep &step, const PlaythroughState &state)
{
    const QString scored = scoredChoiceAt(*m_scenario, state, step);
    const DecisionScore d = scored.isEmpty() ? DecisionScore{} : scoreChoice(*m_scenario, scored);
    const Decision decision{d.points, measureStep(*m_scenario, state, m_decisions.size(), scored).best,
                            d.criticalError.has_value()};
    m_decisions.append(decision);
    m_conduct += decision.points;
    m_conductMax += decision.best;
    m_criticalErrors += decision.critical;
}

void ScoreTracker::remeasureConversation(const QString &sceneId, const PlaythroughState &state)
{
    for (qsizetype i = m_decisions.size() - 1; i >= 0 && state.path.at(i).scene == sceneId; --i) {
        const int best =
            measureStep(*m_scenario, state, i, scoredChoiceAt(*m_scenario, state, state.path.at(i))).best;
        m_conductMax += best - m_decisions[i].best;
        m_decisions[i].best = best;
    }
}

void ScoreTracker::reset(const PlaythroughState &state)
{
    m_scenes.clear();
    m_decisions.clear();
    m_recognitionRaw = m_recognitionMax = m_conduct = m_conductMax = m_criticalErrors = 0;
    m_referralScenes = m_assessmentScenes = 0;
    for (const QString &scene : state.visitedScenes())
        addScene(scene, state);
    for (const PathStep &step : state.path)
        addDecision(step, state);
    m_referral = state.referral ? scoreReferral(*m_scenario, *state.referral).points : 0;
    m_assessment = m_assessmentMax = 0;
    for (const Question &q : m_scenario->questions) {
        const AnswerResult a = scoreAnswer(q, state.answers.value(q.id));
        m_assessment += a.points;
        m_assessmentMax += a.max;
    }
    sumUp(state);
}

void ScoreTracker::update(const PlaythroughState &state, const Event &event)
{
    switch (event.type) {
    case Event::Type::Flag:
    case Event::Type::Unflag:
        if (!m_scenes.isEmpty()) {
            const SceneRecognition r = recognitionOf(state.scene, state);
            m_recognitionRaw += r.raw - m_scenes.last().raw;
            m_scenes.last() = r;
        }
        break;
    case Event::Type::Choose: {
        const PathStep &step = state.path.last();
        addDecision(step, state);
        // A conversation's move says something in the scene it was taken in: judge that scene again.
        if (m_scenario->scene(step.scene)->isConversation() && !m_scenes.isEmpty()) {
            // Its length is known once it is left: only then do its earlier moves' maxima change.
            if (state.scene != step.scene || state.isFinished())
                remeasureConversation(step.scene, state);
            const SceneRecognition r = recognitionOf(step.scene, state);
            m_recognitionRaw += r.raw - m_scenes.last().raw;
            m_recognitionMax += r.max - m_scenes.last().max;
            m_scenes.last() = r;
        }
        if (!state.scene.isEmpty() && state.scene != step.scene)
            addScene(state.scene, state); // flags may remain from a visit stepped back from
        break;
    }
    case Event::Type::SubmitReferral:
        m_referral = scoreReferral(*m_scenario, *state.referral).points;
        break;
    case Event::Type::Answer:
    case Event::Type::Vote: // changes the score of a decision already on the path when the room stepped back
    case Event::Type::Start:
    case Event::Type::StepBack: // rare, and it may reopen an ending: recount
        reset(state);
        return;
    case Event::Type::Abandon:
    case Event::Type::Feedback: // what is shown, not what is done
        break;
    }
    sumUp(state);
}

void ScoreTracker::sumUp(const PlaythroughState &state)
{
    Summary &s = m_summary;
    s = Summary();
    PathTally tally;
    tally.recognition = m_recognitionRaw;
    tally.recognitionMax = m_recognitionMax;
    tally.conduct = m_conduct;
    tally.conductMax = m_conductMax;
    tally.referralScene = m_referralScenes > 0;
    if (state.referral)
        tally.referral = m_referral;
    tally.assessmentScene = m_assessmentScenes > 0;
    tally.assessment = m_assessment;
    tally.assessmentMax = m_assessmentMax;
    sumUpPath(*m_scenario, tally, &s.points, &s.pathMax);
    s.criticalErrors = m_criticalErrors;
    s.scenarioMax = bestScore(*m_scenario);
    s.percentages = percentagesOf(s.points, s.pathMax, s.scenarioMax, s.criticalErrors > 0,
                                  m_scenario->scoring.criticalErrorCap, state.abandoned);
}

} // namespace saskati
