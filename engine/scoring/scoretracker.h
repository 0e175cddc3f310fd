#pragma once

#include "playthrough.h"
#include "scoring.h"

namespace saskati {

/// A playthrough's score totals, kept up to date event by event: each event touches only the part it changes,
/// so a live score costs the same in scene 5 and in scene 5,000. Its totals always equal those of
/// scorePlaythrough() (the tests compare them after every event); the full breakdown and feedback come from
/// scorePlaythrough().
class ScoreTracker {
public:
    struct Summary {
        ScoreParts points;
        ScoreParts pathMax;
        ScoreParts scenarioMax;
        Percentages percentages;
        int criticalErrors = 0;
        bool operator==(const Summary &o) const
        {
            return points == o.points && pathMax == o.pathMax && scenarioMax == o.scenarioMax &&
                   percentages.percent == o.percentages.percent &&
                   percentages.percentOfScenario == o.percentages.percentOfScenario &&
                   percentages.capped == o.percentages.capped && criticalErrors == o.criticalErrors;
        }
    };

    explicit ScoreTracker(std::shared_ptr<const Scenario> scenario);

    /// Recomputes everything from a state.
    void reset(const PlaythroughState &state);
    /// Brings the totals up to date after `event` was applied, giving `state`.
    void update(const PlaythroughState &state, const Event &event);
    const Summary &summary() const { return m_summary; }

    static Summary summarize(const Score &score);

private:
    struct SceneRecognition {
        int raw = 0; // hits minus penalties, before clamping
        int max = 0;
    };
    struct Decision {
        int points = 0;
        int best = 0;
        bool critical = false;
    };

    SceneRecognition recognitionOf(const QString &scene, const PlaythroughState &state) const;
    void addScene(const QString &scene, const PlaythroughState &state);
    void addDecision(const PathStep &step, const PlaythroughState &state);
    /// A conversation's maxima depend on how many steps it took (scoring.md, section 10): measured again,
    /// from its first step, once it is left and its length is known.
    void remeasureConversation(const QString &sceneId, const PlaythroughState &state);
    void sumUp(const PlaythroughState &state);

    std::shared_ptr<const Scenario> m_scenario;
    QList<SceneRecognition> m_scenes; // parallel to state.visitedScenes()
    QList<Decision> m_decisions;      // parallel to state.path
    // Running totals of the lists above, so that an event costs the same late in a long scenario as early on.
    int m_recognitionRaw = 0;
    int m_recognitionMax = 0;
    int m_conduct = 0;
    int m_conductMax = 0;
    int m_criticalErrors = 0;
    int m_referralScenes = 0;
    int m_assessmentScenes = 0;
    int m_referral = 0;
    int m_assessment = 0;
    int m_assessmentMax = 0;
    Summary m_summary;
};

} // namespace saskati
