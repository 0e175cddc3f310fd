#include "scenariovalidator.h"

#include "ilorule.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

class Validator {
public:
    Validator(const Scenario &s, const ValidationInput &in, Reporter &r)
        : m_s(s)
        , m_in(in)
        , m_r(r)
    {}

    void run()
    {
        checkCatalogueReferences();
        checkMediaFiles();
        checkStartAndTargets();
        checkVariables();
        if (m_r.errorCount() > 0)
            return; // the graph below needs every reference resolved
        checkReachability();
        const int errorsBefore = m_r.errorCount();
        checkLoops();
        if (m_r.errorCount() == errorsBefore)
            checkOnePlanPerPath(); // needs an acyclic graph
        checkConditions();
        checkReferralAndAssessment();
    }

private:
    void checkCatalogueReferences()
    {
        const Catalog *c = m_s.catalog.get();
        if (!c)
            return;
        for (const QString &language : m_s.languages)
            if (!c->languages.contains(language))
                m_r.warning(m_in.languagesOffset,
                            u"the catalogue has no '%1' texts, so indicator and institution names "
                            u"will show in another language; add '%1' to the catalogue"_s.arg(language));
        if (m_s.form != u"none" && !c->forms.contains(m_s.form))
            m_r.error(m_in.formOffset,
                      u"unknown form of trafficking '%1'; use one of the catalogue's forms.json ids "
                      u"or \"none\" for a negative control"_s.arg(m_s.form));
        for (const auto &[id, offset] : m_in.roles)
            if (!c->roles.contains(id))
                m_r.error(offset,
                          u"unknown audience role '%1'; use an id from the catalogue's roles.json"_s.arg(id));
        for (const auto &[id, offset] : m_in.indicators)
            if (!id.isEmpty() && !c->indicators.contains(id))
                m_r.error(offset,
                          u"unknown indicator '%1'; use an id from the catalogue's indicators.json or add "
                          u"the indicator there"_s.arg(id));
        for (const auto &[id, offset] : m_in.institutions)
            if (!id.isEmpty() && !c->institutions.contains(id))
                m_r.error(
                    offset,
                    u"unknown institution '%1'; use an id from the catalogue's institutions.json"_s.arg(id));
        for (const auto &[id, offset] : m_in.principles)
            if (!id.isEmpty() && !c->principles.contains(id))
                m_r.error(
                    offset,
                    u"unknown conduct principle '%1'; use an id from the catalogue's principles.json"_s.arg(
                        id));
        QSet<QString> castIds;
        for (const CastMember &member : m_s.cast)
            castIds.insert(member.id);
        for (const auto &[id, offset] : m_in.speakers)
            if (!castIds.contains(id))
                m_r.error(offset, u"unknown speaker '%1'; add them to 'cast' or fix the id"_s.arg(id));
    }

    void checkMediaFiles()
    {
        const QDir dir = QFileInfo(m_s.file).absoluteDir();
        for (const auto &[path, offset] : m_in.media) {
            if (path.isEmpty()) {
                m_r.error(offset, u"the media path is empty; name a file relative to the scenario file"_s);
                continue;
            }
            if (QDir::isAbsolutePath(path) || path.contains(u'\\')) {
                m_r.error(offset,
                          u"media path '%1' must be relative to the scenario file, with '/' separators"_s.arg(
                              path));
                continue;
            }
            if (m_in.checkMediaFiles && !QFileInfo::exists(dir.filePath(path)))
                m_r.error(
                    offset,
                    u"media file '%1' does not exist (looked in %2); add the file or fix the path"_s.arg(
                        path, QDir::cleanPath(dir.filePath(path))));
        }
    }

    void checkStartAndTargets()
    {
        if (!m_s.scene(m_s.start))
            m_r.error(m_in.startOffset,
                      u"the start scene '%1' does not exist; name one of the scenes"_s.arg(m_s.start));
        for (const Scene &scene : m_s.scenes) {
            for (const Choice &choice : scene.choices) {
                if (!choice.nextScene.isEmpty() && !m_s.scene(choice.nextScene))
                    m_r.error(choice.targetOffset,
                              u"choice '%1' leads to scene '%2', which does not exist; fix 'next'"_s.arg(
                                  choice.id, choice.nextScene));
                if (!choice.ending.isEmpty() && !m_s.ending(choice.ending))
                    m_r.error(choice.targetOffset,
                              u"choice '%1' leads to ending '%2', which does not exist; fix 'ending'"_s.arg(
                                  choice.id, choice.ending));
            }
        }
    }

    void checkVariables()
    {
        for (const Scene &scene : m_s.scenes) {
            for (const Choice &choice : scene.choices) {
                for (const Condition &c : choice.conditions)
                    if (!m_s.variable(c.variable))
                        m_r.error(c.variableOffset,
                                  u"the condition of choice '%1' uses variable '%2', which is not declared; "
                                  u"add it to 'variables'"_s.arg(choice.id, c.variable));
                for (const Effect &e : choice.effects)
                    if (!m_s.variable(e.variable))
                        m_r.error(e.variableOffset,
                                  u"the effect of choice '%1' changes variable '%2', which is not declared; "
                                  u"add it to 'variables'"_s.arg(choice.id, e.variable));
            }
        }
    }

    void checkReachability()
    {
        const qsizetype n = m_s.scenes.size();
        QList<bool> reached(n, false);
        QSet<QString> endingsReached;
        QList<int> stack{m_s.sceneIndex.value(m_s.start)};
        reached[stack.first()] = true;
        while (!stack.isEmpty()) {
            const Scene &scene = m_s.scenes.at(stack.takeLast());
            for (const Choice &choice : scene.choices) {
                if (!choice.ending.isEmpty()) {
                    endingsReached.insert(choice.ending);
                    continue;
                }
                const int next = m_s.sceneIndex.value(choice.nextScene);
                if (!reached[next]) {
                    reached[next] = true;
                    stack.append(next);
                }
            }
        }
        for (qsizetype i = 0; i < n; ++i)
            if (!reached[i])
                m_r.error(m_s.scenes[i].offset,
                          u"scene '%1' is never reached: no choice leads to it from the start "
                          u"scene; lead a choice to it or remove it"_s.arg(m_s.scenes[i].id));
        for (const Ending &ending : m_s.endings)
            if (!endingsReached.contains(ending.id))
                m_r.warning(ending.offset,
                            u"ending '%1' is never reached: no choice leads to it; lead a choice to it "
                            u"or remove it"_s.arg(ending.id));

        // Backwards from the endings over reversed choices: which scenes can reach an ending at all?
        QList<QList<int>> predecessors(n);
        QList<int> queue;
        QList<bool> canEnd(n, false);
        for (qsizetype i = 0; i < n; ++i) {
            for (const Choice &choice : m_s.scenes[i].choices) {
                if (!choice.ending.isEmpty()) {
                    if (!canEnd[i]) {
                        canEnd[i] = true;
                        queue.append(int(i));
                    }
                } else {
                    predecessors[m_s.sceneIndex.value(choice.nextScene)].append(int(i));
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
        for (qsizetype i = 0; i < n; ++i)
            if (reached[i] && !canEnd[i])
                m_r.error(m_s.scenes[i].offset,
                          u"no ending can be reached from scene '%1': every choice from it loops "
                          u"back; add a choice that leads to an ending"_s.arg(m_s.scenes[i].id));
    }

    // Scores are bounded per path only if no scene can be visited twice: scene graphs are acyclic.
    void checkLoops()
    {
        const qsizetype n = m_s.scenes.size();
        enum Colour { White, Grey, Black };
        QList<Colour> colour(n, White);
        for (qsizetype root = 0; root < n; ++root) {
            if (colour[root] != White)
                continue;
            // Iterative DFS: (scene, next choice index) so deep scenarios cannot overflow the stack.
            QList<std::pair<int, int>> stack{{int(root), 0}};
            colour[root] = Grey;
            while (!stack.isEmpty()) {
                auto &[scene, choiceIndex] = stack.last();
                const QList<Choice> &choices = m_s.scenes[scene].choices;
                if (choiceIndex >= choices.size()) {
                    colour[scene] = Black;
                    stack.removeLast();
                    continue;
                }
                const Choice &choice = choices[choiceIndex++];
                if (choice.nextScene.isEmpty())
                    continue;
                const int next = m_s.sceneIndex.value(choice.nextScene);
                if (colour[next] == Grey) {
                    m_r.error(choice.targetOffset,
                              u"choice '%1' leads back to scene '%2' and closes a loop; scenes may not "
                              u"repeat (scores must stay bounded): lead it forward to a new scene"_s.arg(
                                  choice.id, choice.nextScene));
                } else if (colour[next] == White) {
                    colour[next] = Grey;
                    stack.append({next, 0});
                }
            }
        }
    }

    struct Range {
        int low, high;
    };

    // The scenes from which `scene` can be reached (its ancestors), by walking choices backwards.
    QSet<int> ancestorsOf(int scene) const
    {
        if (m_predecessors.isEmpty()) {
            m_predecessors.resize(m_s.scenes.size());
            for (qsizetype i = 0; i < m_s.scenes.size(); ++i)
                for (const Choice &choice : m_s.scenes[i].choices)
                    if (!choice.nextScene.isEmpty())
                        m_predecessors[m_s.sceneIndex.value(choice.nextScene)].append(int(i));
        }
        QSet<int> ancestors;
        QList<int> queue{scene};
        while (!queue.isEmpty())
            for (int previous : m_predecessors[queue.takeLast()])
                if (!ancestors.contains(previous)) {
                    ancestors.insert(previous);
                    queue.append(previous);
                }
        return ancestors;
    }

    // The values a variable can have when the trainee is in `scene`: its initial value, anything a "set" on
    // the way gives, and up to min/max if something on the way adds in that direction. "On the way" means a
    // choice in an ancestor scene that leads to an ancestor or to the scene itself. A simple, safe
    // over-approximation.
    Range possibleValues(const Variable &v, int scene) const
    {
        const QSet<int> ancestors = ancestorsOf(scene);
        Range r{v.initial, v.initial};
        for (int a : ancestors)
            for (const Choice &choice : m_s.scenes[a].choices) {
                const int next = choice.nextScene.isEmpty() ? -1 : m_s.sceneIndex.value(choice.nextScene);
                if (next != scene && !ancestors.contains(next))
                    continue;
                for (const Effect &e : choice.effects) {
                    if (e.variable != v.id)
                        continue;
                    if (e.set) {
                        r.low = std::min(r.low, std::clamp(e.value, v.minimum, v.maximum));
                        r.high = std::max(r.high, std::clamp(e.value, v.minimum, v.maximum));
                    } else if (e.value > 0) {
                        r.high = v.maximum;
                    } else if (e.value < 0) {
                        r.low = v.minimum;
                    }
                }
            }
        return r;
    }

    // A playthrough makes one referral plan and answers the questions once: no path may pass two scenes that
    // ask.
    void checkOnePlanPerPath()
    {
        const qsizetype n = m_s.scenes.size();
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
                    const QList<Choice> &choices = m_s.scenes[scene].choices;
                    if (next < choices.size()) {
                        const Choice &c = choices[next++];
                        const int target = c.nextScene.isEmpty() ? -1 : m_s.sceneIndex.value(c.nextScene);
                        if (target >= 0 && most[target] < 0)
                            stack.append({target, 0});
                        continue;
                    }
                    int best = 0;
                    for (const Choice &c : choices)
                        if (!c.nextScene.isEmpty())
                            best = std::max(best, most[m_s.sceneIndex.value(c.nextScene)]);
                    const bool asks = m_s.scenes[scene].kind == kind;
                    most[scene] = best + (asks ? 1 : 0);
                    if (asks && best > 0)
                        m_r.error(
                            m_s.scenes[scene].offset,
                            u"after scene '%1' a path reaches another scene of kind \"%2\"; a playthrough %3 "
                            u"once, so keep one such scene per path"_s.arg(
                                m_s.scenes[scene].id,
                                kind == Scene::Kind::Referral ? u"referral"_s : u"assessment"_s,
                                kind == Scene::Kind::Referral ? u"makes its referral plan"_s
                                                              : u"answers the questions"_s));
                    stack.removeLast();
                }
            }
        }
    }

    static bool canHold(const Condition &c, Range r)
    {
        switch (c.op) {
        case Condition::Op::Less:
            return r.low < c.value;
        case Condition::Op::LessOrEqual:
            return r.low <= c.value;
        case Condition::Op::Equal:
            return r.low <= c.value && c.value <= r.high;
        case Condition::Op::NotEqual:
            return !(r.low == r.high && r.low == c.value);
        case Condition::Op::GreaterOrEqual:
            return r.high >= c.value;
        case Condition::Op::Greater:
            return r.high > c.value;
        }
        return true;
    }

    void checkConditions()
    {
        for (qsizetype index = 0; index < m_s.scenes.size(); ++index) {
            const Scene &scene = m_s.scenes[index];
            bool anyUnconditional = false;
            for (const Choice &choice : scene.choices) {
                anyUnconditional = anyUnconditional || choice.conditions.isEmpty();
                for (const Condition &c : choice.conditions) {
                    const Variable *v = m_s.variable(c.variable);
                    const Range r = possibleValues(*v, int(index));
                    if (!canHold(c, r))
                        m_r.error(
                            c.offset,
                            u"the condition on '%1' of choice '%2' can never hold: in this scene the "
                            u"variable can only be %3 to %4; fix the condition or the effects before it"_s
                                .arg(c.variable, choice.id)
                                .arg(r.low)
                                .arg(r.high));
                }
            }
            if (!anyUnconditional)
                m_r.warning(scene.offset,
                            u"every choice of scene '%1' has a condition; if none holds the trainee is "
                            u"stuck, so add one choice without conditions"_s.arg(scene.id));
        }
    }

    void checkReferralAndAssessment()
    {
        bool referralScene = false, assessmentScene = false;
        for (const Scene &scene : m_s.scenes) {
            if (scene.kind == Scene::Kind::Referral) {
                referralScene = true;
                if (!m_s.referral)
                    m_r.error(scene.offset,
                              u"scene '%1' asks for a referral plan, but the scenario has no 'referral' "
                              u"key; add one"_s.arg(scene.id));
            }
            if (scene.kind == Scene::Kind::Assessment) {
                assessmentScene = true;
                if (m_s.questions.isEmpty())
                    m_r.error(scene.offset,
                              u"scene '%1' is an assessment, but the scenario has no 'questions'; add "
                              u"them"_s.arg(scene.id));
            }
        }
        if (m_s.referral && !referralScene)
            m_r.error(m_s.referral->offset,
                      u"the scenario has a 'referral' key but no scene of kind \"referral\" asks "
                      u"for the plan; add one"_s);
        if (!m_s.questions.isEmpty() && !assessmentScene)
            m_r.error(m_s.questions.first().offset, u"the scenario has 'questions' but no scene of kind "
                                                    u"\"assessment\" asks them; add one"_s);
        if (m_s.referral) {
            QSet<QString> wanted;
            for (const ReferralItem &item : m_s.referral->required + m_s.referral->recommended) {
                for (const QString &institution : item.institutions) {
                    if (wanted.contains(institution))
                        m_r.error(item.offset,
                                  u"institution '%1' is listed twice in 'referral'; keep one entry"_s.arg(
                                      institution));
                    wanted.insert(institution);
                }
            }
            for (const ReferralItem &item : m_s.referral->harmful)
                for (const QString &institution : item.institutions)
                    if (wanted.contains(institution))
                        m_r.error(item.offset,
                                  u"institution '%1' is both wanted and harmful in 'referral'; decide "
                                  u"which"_s.arg(institution));
            for (const OrderConstraint &oc : m_s.referral->order)
                if (!wanted.contains(oc.first) || !wanted.contains(oc.then))
                    m_r.error(oc.offset,
                              u"the order constraint names an institution that is neither required nor "
                              u"recommended; list '%1' and '%2' there first"_s.arg(oc.first, oc.then));
        }
        if (!m_s.catalog)
            return;
        const IloAssessment ilo =
            assessIndicators(scenarioIndicators(m_s), *m_s.catalog, m_s.subject == u"child");
        for (const Question &q : m_s.questions) {
            if (q.kind == Question::Kind::Judgement && !q.deriveFromIndicators && !q.correct.isEmpty() &&
                q.correct.first() != ilo.judgement)
                m_r.warning(q.offset,
                            u"question '%1' keys '%2', but the ILO/EC combination rule applied to the "
                            u"scenario's cues gives '%3'; check the key or the cues' indicators"_s.arg(
                                q.id, q.correct.first(), ilo.judgement));
        }
    }

    const Scenario &m_s;
    const ValidationInput &m_in;
    Reporter &m_r;
    mutable QList<QList<int>> m_predecessors;
};

} // namespace

void validateScenario(const Scenario &scenario, const ValidationInput &input, Reporter &reporter)
{
    Validator(scenario, input, reporter).run();
}

} // namespace saskati
