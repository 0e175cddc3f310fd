// Variables: every use declared, and every condition on them able to hold somewhere it is asked.
#include "scenariochecks_p.h"

using namespace Qt::StringLiterals;

namespace saskati {

void checkVariables(const Scenario &s, Reporter &reporter)
{
    // Every condition's variable, whatever owns the condition (`owner` names it in the message).
    const auto declared = [&](const QList<Condition> &conditions, const QString &owner) {
        for (const Condition &c : conditions)
            if (!s.variable(c.variable))
                reporter.error(c.variableOffset,
                               u"the condition of %1 uses variable '%2', which is not declared; "
                               u"add it to 'variables'"_s.arg(owner, c.variable));
    };
    for (const Scene &scene : s.scenes) {
        for (const Choice &choice : scene.choices) {
            declared(choice.conditions, u"choice '%1'"_s.arg(choice.id));
            for (const Effect &e : choice.effects)
                if (!s.variable(e.variable))
                    reporter.error(e.variableOffset,
                                   u"the effect of choice '%1' changes variable '%2', which is not declared; "
                                   u"add it to 'variables'"_s.arg(choice.id, e.variable));
            for (const ReplyLine &line : choice.reply)
                declared(line.when, u"reply line '%1'"_s.arg(line.id));
        }
        for (const PersonState &state : scene.states)
            declared(state.when, u"state '%1'"_s.arg(state.id));
    }
}

namespace {

struct Range {
    int low, high;
};

// What values the variables can have where a condition is asked. Walks the scene graph backwards, so it
// needs every choice's target resolved.
class VariableRanges {
public:
    explicit VariableRanges(const Scenario &s)
        : m_s(s)
    {}

    // The values a variable can have when the trainee is in `scene`: its initial value, anything a "set" on
    // the way gives, and up to min/max if something on the way adds in that direction. "On the way" means a
    // choice in an ancestor scene that leads to an ancestor or to the scene itself, or a conversation's move
    // that keeps it going (in an ancestor or the scene itself). A simple, safe over-approximation.
    Range possibleValues(const Variable &v, int scene) const
    {
        QSet<int> ancestors = ancestorsOf(scene);
        Range r{v.initial, v.initial};
        QList<int> scenes(ancestors.begin(), ancestors.end());
        scenes.append(scene);
        for (int a : scenes)
            for (const Choice &choice : m_s.scenes[a].choices) {
                const int next = choice.staysInScene()        ? a
                                 : choice.nextScene.isEmpty() ? -1
                                                              : m_s.sceneIndex.value(choice.nextScene);
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

private:
    // The scenes from which `scene` can be reached (its ancestors), by walking choices backwards.
    QSet<int> ancestorsOf(int scene) const
    {
        if (m_predecessors.isEmpty()) {
            m_predecessors.resize(m_s.scenes.size());
            for (qsizetype i = 0; i < m_s.scenes.size(); ++i)
                for (const Scene::Exit &exit : m_s.scenes[i].exits())
                    if (!exit.nextScene.isEmpty())
                        m_predecessors[m_s.sceneIndex.value(exit.nextScene)].append(int(i));
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

    const Scenario &m_s;
    mutable QList<QList<int>> m_predecessors;
};

bool canHold(const Condition &c, Range r)
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

} // namespace

void checkConditions(const Scenario &s, Reporter &reporter)
{
    const VariableRanges ranges(s);
    for (qsizetype index = 0; index < s.scenes.size(); ++index) {
        const Scene &scene = s.scenes[index];
        bool anyUnconditional = false;
        const auto check = [&](const QList<Condition> &conditions, const QString &owner) {
            for (const Condition &c : conditions) {
                const Variable *v = s.variable(c.variable);
                const Range r = ranges.possibleValues(*v, int(index));
                if (!canHold(c, r))
                    reporter.error(
                        c.offset,
                        u"the condition on '%1' of %2 can never hold: in this scene the "
                        u"variable can only be %3 to %4; fix the condition or the effects before it"_s
                            .arg(c.variable, owner)
                            .arg(r.low)
                            .arg(r.high));
            }
        };
        for (const Choice &choice : scene.choices) {
            anyUnconditional = anyUnconditional || choice.conditions.isEmpty();
            check(choice.conditions,
                  (scene.isConversation() ? u"move '%1'"_s : u"choice '%1'"_s).arg(choice.id));
            for (const ReplyLine &line : choice.reply)
                check(line.when, u"reply line '%1'"_s.arg(line.id));
        }
        for (const PersonState &state : scene.states)
            check(state.when, u"state '%1'"_s.arg(state.id));
        if (!anyUnconditional && !scene.isConversation())
            reporter.warning(scene.offset,
                             u"every choice of scene '%1' has a condition; if none holds the trainee is "
                             u"stuck, so add one choice without conditions"_s.arg(scene.id));
    }
}

} // namespace saskati
