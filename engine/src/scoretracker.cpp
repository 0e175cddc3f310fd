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
    const RecognitionResult r = scoreFlags(*m_scenario, {scene}, state.flags);
    int raw = 0;
    for (const FlagOutcome &o : r.hits)
        raw += o.points;
    for (const FlagOutcome &o : r.falseFlags)
        raw += o.points;
    return {raw, r.max};
}

void ScoreTracker::reset(const PlaythroughState &state)
{
    m_scenes.clear();
    m_decisions.clear();
    for (const QString &scene : state.visitedScenes())
        m_scenes.append(recognitionOf(scene, state));
    for (const PathStep &step : state.path) {
        const DecisionScore d = scoreChoice(*m_scenario, step.choice);
        m_decisions.append({d.points, bestAvailable(*m_scenario->scene(step.scene), step.variablesBefore),
                            d.criticalError.has_value()});
    }
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
        if (!m_scenes.isEmpty())
            m_scenes.last() = recognitionOf(state.scene, state);
        break;
    case Event::Type::Choose: {
        const PathStep &step = state.path.last();
        const DecisionScore d = scoreChoice(*m_scenario, step.choice);
        m_decisions.append({d.points, bestAvailable(*m_scenario->scene(step.scene), step.variablesBefore),
                            d.criticalError.has_value()});
        if (!state.scene.isEmpty())
            m_scenes.append(
                recognitionOf(state.scene, state)); // flags may remain from a visit stepped back from
        break;
    }
    case Event::Type::SubmitReferral:
        m_referral = scoreReferral(*m_scenario, *state.referral).points;
        break;
    case Event::Type::Answer:
        reset(state); // a handful of questions: recounting them all is as cheap as anything smarter
        return;
    case Event::Type::Start:
    case Event::Type::StepBack: // rare, and it may reopen an ending: recount
        reset(state);
        return;
    case Event::Type::Abandon:
        break;
    }
    sumUp(state);
}

void ScoreTracker::sumUp(const PlaythroughState &state)
{
    Summary &s = m_summary;
    s = Summary();
    int raw = 0;
    for (const SceneRecognition &r : std::as_const(m_scenes)) {
        raw += r.raw;
        s.pathMax.recognition += r.max;
    }
    s.points.recognition = std::clamp(raw, 0, s.pathMax.recognition);
    int conduct = 0, conductMax = 0;
    for (const Decision &d : std::as_const(m_decisions)) {
        conduct += d.points;
        conductMax += d.best;
        s.criticalErrors += d.critical;
    }
    s.pathMax.conduct = std::max(0, conductMax);
    s.points.conduct = std::clamp(conduct, 0, s.pathMax.conduct);
    // Referral and assessment count once their scene is on the path; a path is short next to its scenes'
    // content, but this loop is still the only O(path) step: keep it to kind checks.
    bool referralScene = false, assessmentScene = false;
    for (const QString &id : state.visitedScenes()) {
        const Scene *scene = m_scenario->scene(id);
        referralScene = referralScene || scene->kind == Scene::Kind::Referral;
        assessmentScene = assessmentScene || scene->kind == Scene::Kind::Assessment;
    }
    if (referralScene && m_scenario->referral) {
        s.pathMax.referral = referralMax(*m_scenario->referral);
        s.points.referral = state.referral ? m_referral : 0;
    }
    if (assessmentScene) {
        s.pathMax.assessment = m_assessmentMax;
        s.points.assessment = m_assessment;
    }
    s.scenarioMax = m_scenario->bestScore();
    s.percentages = percentagesOf(s.points, s.pathMax, s.scenarioMax, s.criticalErrors > 0,
                                  m_scenario->scoring.criticalErrorCap);
}

} // namespace saskati
