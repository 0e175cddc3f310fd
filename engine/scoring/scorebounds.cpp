#include "scorebounds.h"

namespace saskati {

namespace {

// Scenes in an order where every scene comes after all scenes its choices lead to.
QList<int> reverseTopologicalOrder(const Scenario &scenario)
{
    const qsizetype n = scenario.scenes.size();
    QList<bool> done(n, false);
    QList<int> order;
    order.reserve(n);
    for (qsizetype root = 0; root < n; ++root) {
        if (done[root])
            continue;
        QList<std::pair<int, int>> stack{{int(root), 0}};
        done[root] = true;
        while (!stack.isEmpty()) {
            auto &[scene, choiceIndex] = stack.last();
            const QList<Choice> &choices = scenario.scenes[scene].choices;
            if (choiceIndex >= choices.size()) {
                order.append(scene);
                stack.removeLast();
                continue;
            }
            const Choice &choice = choices[choiceIndex++];
            const auto it = scenario.sceneIndex.constFind(choice.nextScene);
            if (it != scenario.sceneIndex.constEnd() && !done[*it]) {
                done[*it] = true;
                stack.append({*it, 0});
            }
        }
    }
    return order;
}

} // namespace

int recognitionMax(const Scenario &scenario, const Scene &scene)
{
    int sum = 0;
    for (const Line &line : scene.lines)
        for (const Segment &segment : line.segments)
            sum += flagMax(scenario, segment.target);
    for (const Media &media : scene.media)
        for (const Hotspot &hotspot : media.hotspots)
            sum += flagMax(scenario, hotspot.target);
    return sum;
}

int assessmentMax(const Scenario &scenario)
{
    int sum = 0;
    for (const Question &q : scenario.questions)
        sum += answerMax(q);
    return sum;
}

ScoreParts sceneMax(const Scenario &scenario, const Scene &scene)
{
    ScoreParts parts;
    parts.recognition = recognitionMax(scenario, scene);
    if (scene.kind == Scene::Kind::Referral && scenario.referral)
        parts.referral = referralMax(*scenario.referral);
    if (scene.kind == Scene::Kind::Assessment)
        parts.assessment = assessmentMax(scenario);
    return parts;
}

ScoreParts bestReachable(const Scenario &scenario, const QString &fromScene)
{
    const QString start = fromScene.isEmpty() ? scenario.start : fromScene;
    if (!scenario.sceneIndex.contains(start))
        return {};
    QList<ScoreParts> best(scenario.scenes.size());
    for (int index : reverseTopologicalOrder(scenario)) {
        const Scene &scene = scenario.scenes[index];
        ScoreParts bestChoice;
        bool first = true;
        // A choice with a critical error never leads to the best result (it caps or ends it), so it counts
        // only where a scene offers nothing else.
        const bool anySafe = std::any_of(scene.choices.begin(), scene.choices.end(),
                                         [](const Choice &c) { return !c.criticalError.has_value(); });
        for (const Choice &choice : scene.choices) {
            if (anySafe && choice.criticalError)
                continue;
            ScoreParts candidate;
            candidate.conduct = std::max(0, choice.points);
            if (const auto it = scenario.sceneIndex.constFind(choice.nextScene);
                it != scenario.sceneIndex.constEnd())
                candidate += best[*it];
            if (first || candidate.total() > bestChoice.total())
                bestChoice = candidate;
            first = false;
        }
        best[index] = sceneMax(scenario, scene);
        best[index] += bestChoice;
    }
    return best[scenario.sceneIndex.value(start)];
}

const ScoreParts &bestScore(const Scenario &scenario)
{
    Scenario::BestScoreCache &cache = scenario.bestScoreCache;
    std::call_once(cache.computed, [&] { cache.value = bestReachable(scenario); });
    return cache.value;
}

} // namespace saskati
