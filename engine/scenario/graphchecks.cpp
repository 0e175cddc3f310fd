// The scene graph: reachable from the start, a way to an ending everywhere, no loops, and one referral plan
// and one assessment per path.
#include "scenariochecks_p.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// Forwards from the start scene: which scenes and endings a trainee can reach. Reports the others.
std::vector<bool> reachFromStart(const Scenario &s, const SceneLinks &links, Reporter &reporter)
{
    const qsizetype n = s.scenes.size();
    std::vector<bool> reached(size_t(n), false);
    QSet<QString> endingsReached;
    std::vector<int> stack{s.sceneIndex.value(s.start)};
    reached[size_t(stack.front())] = true;
    while (!stack.empty()) {
        const int scene = stack.back();
        stack.pop_back();
        for (qsizetype e = links.begin(scene); e < links.end(scene); ++e) {
            const int next = links.target[size_t(e)];
            if (next < 0) {
                endingsReached.insert(links.exits[size_t(e)].ending);
            } else if (!reached[size_t(next)]) {
                reached[size_t(next)] = true;
                stack.push_back(next);
            }
        }
    }
    for (qsizetype i = 0; i < n; ++i)
        if (!reached[size_t(i)])
            reporter.error(s.scenes[i].offset,
                           u"scene '%1' is never reached: no choice leads to it from the start "
                           u"scene; lead a choice to it or remove it"_s.arg(s.scenes[i].id));
    for (const Ending &ending : s.endings)
        if (!endingsReached.contains(ending.id))
            reporter.warning(ending.offset,
                             u"ending '%1' is never reached: no choice leads to it; lead a choice to it "
                             u"or remove it"_s.arg(ending.id));
    return reached;
}

// Backwards from the endings over reversed choices: which scenes can reach an ending at all?
std::vector<bool> canReachAnEnding(const Scenario &s, const SceneLinks &links)
{
    const qsizetype n = s.scenes.size();
    // The reversed graph in the same compact form: predecessors of scene t at reversed[start[t]..start[t+1]).
    std::vector<qsizetype> start(size_t(n) + 1, 0);
    for (const int t : links.target)
        if (t >= 0)
            ++start[size_t(t) + 1];
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    std::vector<int> reversed(size_t(start.back()));
    std::vector<qsizetype> fill(start.begin(), start.end() - 1);
    std::vector<int> queue;
    std::vector<bool> canEnd(size_t(n), false);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype e = links.begin(i); e < links.end(i); ++e) {
            const int t = links.target[size_t(e)];
            if (t >= 0) {
                reversed[size_t(fill[size_t(t)]++)] = int(i);
            } else if (!canEnd[size_t(i)]) {
                canEnd[size_t(i)] = true;
                queue.push_back(int(i));
            }
        }
    }
    while (!queue.empty()) {
        const int scene = queue.back();
        queue.pop_back();
        for (qsizetype p = start[size_t(scene)]; p < start[size_t(scene) + 1]; ++p) {
            const int previous = reversed[size_t(p)];
            if (!canEnd[size_t(previous)]) {
                canEnd[size_t(previous)] = true;
                queue.push_back(previous);
            }
        }
    }
    return canEnd;
}

} // namespace

SceneLinks sceneLinks(const Scenario &s)
{
    SceneLinks links;
    links.first.reserve(size_t(s.scenes.size()) + 1);
    // Reserved, and Scene::exits()'s choices walked in place: no list made and copied for every scene.
    size_t exitCount = 0;
    for (const Scene &scene : s.scenes)
        exitCount += size_t(std::count_if(scene.choices.cbegin(), scene.choices.cend(),
                                          [](const Choice &c) { return !c.staysInScene(); }));
    links.exits.reserve(exitCount);
    links.target.reserve(exitCount);
    for (const Scene &scene : s.scenes) {
        links.first.push_back(qsizetype(links.exits.size()));
        for (const Choice &choice : scene.choices) {
            if (choice.staysInScene())
                continue;
            links.target.push_back(choice.nextScene.isEmpty() ? -1
                                                              : s.sceneIndex.value(choice.nextScene, -1));
            links.exits.push_back({choice.nextScene, choice.ending, choice.targetOffset, &choice});
        }
    }
    links.first.push_back(qsizetype(links.exits.size()));
    return links;
}

void checkReachability(const Scenario &s, const SceneLinks &links, Reporter &reporter)
{
    const std::vector<bool> reached = reachFromStart(s, links, reporter);
    const std::vector<bool> canEnd = canReachAnEnding(s, links);
    for (qsizetype i = 0; i < s.scenes.size(); ++i)
        if (reached[size_t(i)] && !canEnd[size_t(i)])
            reporter.error(s.scenes[i].offset,
                           u"no ending can be reached from scene '%1': every choice from it loops "
                           u"back; add a choice that leads to an ending"_s.arg(s.scenes[i].id));
}

// Scores are bounded per path only if no scene can be visited twice: scene graphs are acyclic.
void checkLoops(const Scenario &s, const SceneLinks &links, Reporter &reporter)
{
    const qsizetype n = s.scenes.size();
    enum Colour : char { White, Grey, Black };
    std::vector<Colour> colour(size_t(n), White);
    std::vector<std::pair<int, qsizetype>> stack; // (scene, its next exit): deep scenarios cannot overflow
    for (qsizetype root = 0; root < n; ++root) {
        if (colour[size_t(root)] != White)
            continue;
        stack.push_back({int(root), links.begin(root)});
        colour[size_t(root)] = Grey;
        while (!stack.empty()) {
            auto &[scene, e] = stack.back();
            if (e >= links.end(scene)) {
                colour[size_t(scene)] = Black;
                stack.pop_back();
                continue;
            }
            const qsizetype exitAt = e++;
            const int next = links.target[size_t(exitAt)];
            if (next < 0)
                continue;
            if (colour[size_t(next)] == Grey) {
                const Scene::Exit &exit = links.exits[size_t(exitAt)];
                reporter.error(exit.offset,
                               u"%1 leads back to scene '%2' and closes a loop; scenes may not "
                               u"repeat (scores must stay bounded): lead it forward to a new scene"_s.arg(
                                   exit.choice ? u"choice '%1'"_s.arg(exit.choice->id)
                                               : u"the limit of scene '%1'"_s.arg(s.scenes[scene].id),
                                   exit.nextScene));
            } else if (colour[size_t(next)] == White) {
                colour[size_t(next)] = Grey;
                stack.push_back({next, links.begin(next)});
            }
        }
    }
}

// A playthrough makes one referral plan and answers the questions once: no path may pass two scenes that
// ask.
void checkOnePlanPerPath(const Scenario &s, const SceneLinks &links, Reporter &reporter)
{
    const qsizetype n = s.scenes.size();
    for (const Scene::Kind kind : {Scene::Kind::Referral, Scene::Kind::Assessment}) {
        if (std::none_of(s.scenes.begin(), s.scenes.end(),
                         [&](const Scene &scene) { return scene.kind == kind; }))
            continue;
        // Most scenes of `kind` on any path starting at each scene, in an order where successors come
        // first.
        std::vector<int> most(size_t(n), -1);
        std::vector<std::pair<int, qsizetype>> stack;
        for (qsizetype root = 0; root < n; ++root) {
            if (most[size_t(root)] >= 0)
                continue;
            stack.push_back({int(root), links.begin(root)});
            while (!stack.empty()) {
                auto &[scene, e] = stack.back();
                if (e < links.end(scene)) {
                    const int target = links.target[size_t(e++)];
                    if (target >= 0 && most[size_t(target)] < 0)
                        stack.push_back({target, links.begin(target)});
                    continue;
                }
                int best = 0;
                for (qsizetype x = links.begin(scene); x < links.end(scene); ++x)
                    if (const int target = links.target[size_t(x)]; target >= 0)
                        best = std::max(best, most[size_t(target)]);
                const bool asks = s.scenes[scene].kind == kind;
                most[size_t(scene)] = best + (asks ? 1 : 0);
                if (asks && best > 0)
                    reporter.error(
                        s.scenes[scene].offset,
                        u"after scene '%1' a path reaches another scene of kind \"%2\"; a playthrough %3 "
                        u"once, so keep one such scene per path"_s.arg(
                            s.scenes[scene].id,
                            kind == Scene::Kind::Referral ? u"referral"_s : u"assessment"_s,
                            kind == Scene::Kind::Referral ? u"makes its referral plan"_s
                                                          : u"answers the questions"_s));
                stack.pop_back();
            }
        }
    }
}

} // namespace saskati
