// The scene graph: reachable from the start, a way to an ending everywhere, no loops, and one referral plan
// and one assessment per path.
#include "scenariochecks_p.h"

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// Forwards from the start scene: which scenes and endings a trainee can reach. Reports the others.
QList<bool> reachFromStart(const Scenario &s, Reporter &reporter)
{
    const qsizetype n = s.scenes.size();
    QList<bool> reached(n, false);
    QSet<QString> endingsReached;
    QList<int> stack{s.sceneIndex.value(s.start)};
    reached[stack.first()] = true;
    while (!stack.isEmpty()) {
        const Scene &scene = s.scenes.at(stack.takeLast());
        for (const Scene::Exit &exit : scene.exits()) {
            if (!exit.ending.isEmpty()) {
                endingsReached.insert(exit.ending);
                continue;
            }
            const int next = s.sceneIndex.value(exit.nextScene);
            if (!reached[next]) {
                reached[next] = true;
                stack.append(next);
            }
        }
    }
    for (qsizetype i = 0; i < n; ++i)
        if (!reached[i])
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
QList<bool> canReachAnEnding(const Scenario &s)
{
    const qsizetype n = s.scenes.size();
    QList<QList<int>> predecessors(n);
    QList<int> queue;
    QList<bool> canEnd(n, false);
    for (qsizetype i = 0; i < n; ++i) {
        for (const Scene::Exit &exit : s.scenes[i].exits()) {
            if (!exit.ending.isEmpty()) {
                if (!canEnd[i]) {
                    canEnd[i] = true;
                    queue.append(int(i));
                }
            } else {
                predecessors[s.sceneIndex.value(exit.nextScene)].append(int(i));
            }
        }
    }
    while (!queue.isEmpty()) {
        for (int previous : predecessors[queue.takeLast()]) {
            if (!canEnd[previous]) {
                canEnd[previous] = true;
                queue.append(previous);
            }
        }
    }
    return canEnd;
}

} // namespace

void checkReachability(const Scenario &s, Reporter &reporter)
{
    const QList<bool> reached = reachFromStart(s, reporter);
    const QList<bool> canEnd = canReachAnEnding(s);
    for (qsizetype i = 0; i < s.scenes.size(); ++i)
        if (reached[i] && !canEnd[i])
            reporter.error(s.scenes[i].offset,
                           u"no ending can be reached from scene '%1': every choice from it loops "
                           u"back; add a choice that leads to an ending"_s.arg(s.scenes[i].id));
}

// Scores are bounded per path only if no scene can be visited twice: scene graphs are acyclic.
void checkLoops(const Scenario &s, Reporter &reporter)
{
    const qsizetype n = s.scenes.size();
    enum Colour { White, Grey, Black };
    QList<Colour> colour(n, White);
    for (qsizetype root = 0; root < n; ++root) {
        if (colour[root] != White)
            continue;
        // Iterative DFS: (scene, next exit index) so deep scenarios cannot overflow the stack.
        QList<std::pair<int, int>> stack{{int(root), 0}};
        colour[root] = Grey;
        while (!stack.isEmpty()) {
            auto &[scene, exitIndex] = stack.last();
            const QList<Scene::Exit> exits = s.scenes[scene].exits();
            if (exitIndex >= exits.size()) {
                colour[scene] = Black;
                stack.removeLast();
                continue;
            }
            const Scene::Exit exit = exits[exitIndex++];
            if (exit.nextScene.isEmpty())
                continue;
            const int next = s.sceneIndex.value(exit.nextScene);
            if (colour[next] == Grey) {
                reporter.error(exit.offset,
                               u"%1 leads back to scene '%2' and closes a loop; scenes may not "
                               u"repeat (scores must stay bounded): lead it forward to a new scene"_s.arg(
                                   exit.choice ? u"choice '%1'"_s.arg(exit.choice->id)
                                               : u"the limit of scene '%1'"_s.arg(s.scenes[scene].id),
                                   exit.nextScene));
            } else if (colour[next] == White) {
                colour[next] = Grey;
                stack.append({next, 0});
            }
        }
    }
}

// A playthrough makes one referral plan and answers the questions once: no path may pass two scenes that
// ask.
void checkOnePlanPerPath(const Scenario &s, Reporter &reporter)
{
    const qsizetype n = s.scenes.size();
    for (const Scene::Kind kind : {Scene::Kind::Referral, Scene::Kind::Assessment}) {
        // Most scenes of `kind` on any path starting at each scene, in an order where successors come
        // first.
        QList<int> most(n, -1);
        QList<std::pair<int, int>> stack;
        for (qsizetype root = 0; root < n; ++root) {
            if (most[root] >= 0)
                continue;
            stack.append({int(root), 0});
            while (!stack.isEmpty()) {
                auto &[scene, next] = stack.last();
                const QList<Scene::Exit> exits = s.scenes[scene].exits();
                if (next < exits.size()) {
                    const Scene::Exit &e = exits[next++];
                    const int target = e.nextScene.isEmpty() ? -1 : s.sceneIndex.value(e.nextScene);
                    if (target >= 0 && most[target] < 0)
                        stack.append({target, 0});
                    continue;
                }
                int best = 0;
                for (const Scene::Exit &e : exits)
                    if (!e.nextScene.isEmpty())
                        best = std::max(best, most[s.sceneIndex.value(e.nextScene)]);
                const bool asks = s.scenes[scene].kind == kind;
                most[scene] = best + (asks ? 1 : 0);
                if (asks && best > 0)
                    reporter.error(
                        s.scenes[scene].offset,
                        u"after scene '%1' a path reaches another scene of kind \"%2\"; a playthrough %3 "
                        u"once, so keep one such scene per path"_s.arg(
                            s.scenes[scene].id,
                            kind == Scene::Kind::Referral ? u"referral"_s : u"assessment"_s,
                            kind == Scene::Kind::Referral ? u"makes its referral plan"_s
                                                          : u"answers the questions"_s));
                stack.removeLast();
            }
        }
    }
}

} // namespace saskati
