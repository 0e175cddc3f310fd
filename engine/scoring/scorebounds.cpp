#include "scorebounds.h"

#include "conversation.h"

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
            auto &[scene, exitIndex] = stack.last();
            const QList<Scene::Exit> exits = scenario.scenes[scene].exits();
            if (exitIndex >= exits.size()) {
                order.append(scene);
                stack.removeLast();
                continue;
            }
            const Scene::Exit &exit = exits[exitIndex++];
            const auto it = scenario.sceneIndex.constFind(exit.nextScene);
            if (it != scenario.sceneIndex.constEnd() && !done[*it]) {
                done[*it] = true;
                stack.append({*it, 0});
            }
        }
    }
    return order;
}

// The best interview of a conversation, followed by the best after it: every order of moves (each once,
// critical errors left out) from every set of values the scene can be entered with.
ScoreParts bestConversation(const Scenario &scenario, int index, const QList<ScoreParts> &best,
                            const SceneEntries &entries)
{
    const Scene &scene = scenario.scenes[index];
    const Conversation rules(scenario, scene);
    Conversation::Search search;
    search.allowed = [&](qsizetype move) { return !rules.move(move).criticalError.has_value(); };
    search.gain = [&](qsizetype move, const ConversationState &before, const ConversationState &after) {
        ScoreParts parts;
        parts.conduct = std::max(0, rules.move(move).points);
        for (const ReplyLine &line : rules.move(move).reply)
            if (rules.says(line, before, after))
                for (const Segment &segment : line.segments)
                    parts.recognition += flagMax(scenario, segment.target);
        return parts;
    };
    search.exitValue = [&](const Scene::Exit &e, const ConversationState &) {
        const auto it = scenario.sceneIndex.constFind(e.nextScene);
        return std::optional<ScoreParts>(it == scenario.sceneIndex.constEnd() ? ScoreParts() : best[*it]);
    };
    QList<QList<int>> starts = entries.values.value(index);
    if (starts.isEmpty()) {
        QList<int> initial;
        for (const Variable &v : scenario.variables)
            initial.append(v.initial);
        starts.append(initial);
    }
    ScoreParts bestOfAll;
    for (const QList<int> &values : starts) {
        ConversationState entry;
        entry.values = values;
        const Conversation::SearchResult result = rules.bestInterview(entry, search);
        if (result.best && result.best->total() > bestOfAll.total())
            bestOfAll = *result.best;
    }
    return bestOfAll;
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
    const bool anyConversation = std::any_of(scenario.scenes.begin(), scenario.scenes.end(),
                                             [](const Scene &scene) { return scene.isConversation(); });
    const SceneEntries entries = anyConversation ? sceneEntries(scenario) : SceneEntries();
    for (int index : reverseTopologicalOrder(scenario)) {
        const Scene &scene = scenario.scenes[index];
        if (scene.isConversation()) {
            best[index] = sceneMax(scenario, scene);
            best[index] += bestConversation(scenario, index, best, entries);
            continue;
        }
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
