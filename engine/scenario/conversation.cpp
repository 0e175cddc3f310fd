#include "conversation.h"

#include <algorithm>

namespace saskati {

namespace {

// A move's bit in ConversationState::asked; a conversation has at most 63 moves and its limit (the reader
// refuses more), an ordinary scene's choices are never asked (no bit).
quint64 bit(qsizetype move)
{
    return move < 64 ? quint64(1) << move : 0;
}

} // namespace

size_t qHash(const ConversationState &state, size_t seed)
{
    return qHashMulti(seed, state.asked, state.values);
}

Conversation::Conversation(const Scenario &scenario, const Scene &scene)
    : m_scenario(scenario)
    , m_scene(scene)
    , m_exits(scene.exits())
{
    for (qsizetype i = 0; i < scenario.variables.size(); ++i)
        m_variableIndex.insert(scenario.variables.at(i).id, int(i));
    m_exitOfMove.fill(-1, scene.choices.size());
    for (qsizetype e = 0; e < m_exits.size(); ++e)
        if (m_exits.at(e).choice)
            m_exitOfMove[m_exits.at(e).choice - scene.choices.constData()] = e;
}

qsizetype Conversation::moveIndex(const QString &moveId) const
{
    for (qsizetype i = 0; i < m_scene.choices.size(); ++i)
        if (m_scene.choices.at(i).id == moveId)
            return i;
    return -1;
}

ConversationState Conversation::stateOf(const QHash<QString, int> &variables,
                                        const QStringList &askedMoves) const
{
    ConversationState state;
    state.values.reserve(m_scenario.variables.size());
    for (const Variable &v : m_scenario.variables)
        state.values.append(variables.value(v.id));
    for (const QString &id : askedMoves)
        if (const qsizetype i = moveIndex(id); i >= 0)
            state.asked |= bit(i);
    return state;
}

QHash<QString, int> Conversation::variablesOf(const ConversationState &state) const
{
    QHash<QString, int> variables;
    for (qsizetype i = 0; i < m_scenario.variables.size(); ++i)
        variables.insert(m_scenario.variables.at(i).id, state.values.value(i));
    return variables;
}

bool Conversation::holds(const QList<Condition> &conditions, const ConversationState &state) const
{
    return std::all_of(conditions.begin(), conditions.end(), [&](const Condition &c) {
        const auto it = m_variableIndex.constFind(c.variable);
        return c.holds(it == m_variableIndex.constEnd() ? 0 : state.values.value(*it));
    });
}

bool Conversation::isAvailable(const ConversationState &state, qsizetype move) const
{
    if (m_scene.choices.at(move).isLimit)
        return runsOut(state);
    if (state.asked & bit(move))
        return false;
    if (m_scene.limit && m_scene.limit->turns > 0 && state.turns() >= m_scene.limit->turns)
        return false;
    return holds(m_scene.choices.at(move).conditions, state);
}

ConversationState Conversation::after(const ConversationState &state, qsizetype move) const
{
    ConversationState next = state;
    next.asked |= bit(move);
    for (const Effect &e : m_scene.choices.at(move).effects) {
        const auto it = m_variableIndex.constFind(e.variable);
        if (it == m_variableIndex.constEnd())
            continue;
        const Variable &v = m_scenario.variables.at(*it);
        int &value = next.values[*it];
        value = std::clamp(e.set ? e.value : value + e.value, v.minimum, v.maximum);
    }
    return next;
}

bool Conversation::says(const ReplyLine &line, const ConversationState &before,
                        const ConversationState &after) const
{
    for (const QString &id : line.asked)
        if (const qsizetype i = moveIndex(id); i < 0 || !(before.asked & bit(i)))
            return false;
    for (const QString &id : line.notAsked)
        if (const qsizetype i = moveIndex(id); i >= 0 && (before.asked & bit(i)))
            return false;
    return holds(line.when, after);
}

bool Conversation::runsOutWithout(const ConversationState &state,
                                  const std::function<bool(qsizetype)> &allowed) const
{
    for (qsizetype m = 0; m < moveCount(); ++m)
        if (!m_scene.choices.at(m).isLimit && allowed(m) && isAvailable(state, m))
            return false;
    return true;
}

bool Conversation::runsOut(const ConversationState &state) const
{
    for (qsizetype m = 0; m < moveCount(); ++m)
        if (!m_scene.choices.at(m).isLimit && isAvailable(state, m))
            return false;
    return true;
}

const PersonState *Conversation::personState(const ConversationState &state) const
{
    for (const PersonState &s : m_scene.states)
        if (holds(s.when, state))
            return &s;
    return nullptr;
}

const Scene::Exit *Conversation::exitOf(qsizetype move) const
{
    const qsizetype e = m_exitOfMove.value(move, -1);
    return e < 0 ? nullptr : &m_exits.at(e);
}

Conversation::SearchResult Conversation::bestInterview(const ConversationState &from,
                                                       const Search &search) const
{
    SearchResult result;
    QHash<ConversationState, std::optional<ScoreParts>> memo;
    // Depth-first with memory: a state's best does not depend on how it was reached (the moves asked and the
    // variables are all a later move, reply or exit can depend on). The depth is at most the number of moves.
    std::function<std::optional<ScoreParts>(const ConversationState &)> value =
        [&](const ConversationState &state) {
            if (const auto it = memo.constFind(state); it != memo.constEnd())
                return *it;
            if (memo.size() >= search.stateCap) {
                result.capped = true;
                return std::optional<ScoreParts>();
            }
            memo.insert(state, std::nullopt);
            std::optional<ScoreParts> best; // none: stuck, or only ways out that do not count
            for (qsizetype m = 0; m < moveCount(); ++m) {
                if (!isAvailable(state, m) || (search.allowed && !search.allowed(m)))
                    continue;
                const ConversationState next = after(state, m);
                const Scene::Exit *exit = exitOf(m);
                const std::optional<ScoreParts> rest = exit ? search.exitValue(*exit, next) : value(next);
                if (rest) {
                    ScoreParts total = search.gain(m, state, next);
                    total += *rest;
                    if (!best || total.total() > best->total())
                        best = total;
                }
            }
            // Only refused moves left (critical errors): as if the trainee let the turns run out.
            if (!best && search.allowed)
                for (qsizetype m = 0; m < moveCount(); ++m)
                    if (m_scene.choices.at(m).isLimit && runsOutWithout(state, search.allowed))
                        best = search.exitValue(*exitOf(m), state);
            memo.insert(state, best);
            return best;
        };
    result.best = value(from);
    result.states = memo.size();
    return result;
}

std::optional<qsizetype> Conversation::explore(
    const ConversationState &from,
    const std::function<void(const ConversationState &, qsizetype, const ConversationState &)> &visit,
    qsizetype stateCap, const std::function<bool(qsizetype)> &allowed) const
{
    QSet<ConversationState> seen{from};
    QList<ConversationState> queue{from};
    for (qsizetype head = 0; head < queue.size(); ++head) {
        const ConversationState state = queue.at(head);
        for (qsizetype m = 0; m < moveCount(); ++m) {
            if (!isAvailable(state, m) || (allowed && !allowed(m)))
                continue;
            const ConversationState next = after(state, m);
            visit(state, m, next);
            if (exitOf(m) || seen.contains(next))
                continue;
            if (seen.size() >= stateCap)
                return std::nullopt;
            seen.insert(next);
            queue.append(next);
        }
    }
    return seen.size();
}

std::shared_ptr<const ConversationReach> conversationReach(const Scenario &scenario, int sceneIndex,
                                                           const QList<int> &entryValues)
{
    Scenario::ConversationCache &cache = scenario.conversationCache;
    const std::pair<int, QList<int>> key{sceneIndex, entryValues};
    {
        std::lock_guard lock(cache.mutex);
        if (const auto it = cache.reach.constFind(key); it != cache.reach.constEnd())
            return *it;
    }
    auto reach = std::make_shared<ConversationReach>();
    const Conversation rules(scenario, scenario.scenes.at(sceneIndex));
    ConversationState entry;
    entry.values = entryValues;
    // What a good interview can bring out: critical errors left out, so that no debrief points to one as the
    // way to a disclosure.
    const auto allowed = [&](qsizetype move) { return !rules.move(move).criticalError.has_value(); };
    rules.explore(
        entry,
        [&](const ConversationState &before, qsizetype move, const ConversationState &after) {
            for (const ReplyLine &line : rules.move(move).reply)
                if (rules.says(line, before, after))
                    reach->sayable.insert(&line);
        },
        200000, allowed);
    Conversation::Search search;
    search.allowed = allowed;
    search.gain = [&](qsizetype move, const ConversationState &before, const ConversationState &after) {
        ScoreParts parts;
        for (const ReplyLine &line : rules.move(move).reply)
            if (rules.says(line, before, after))
                for (const Segment &segment : line.segments)
                    if (segment.target.kind == FlagTarget::Kind::Cue)
                        parts.recognition += std::max(0, scenario.flagPoints(segment.target));
        return parts;
    };
    search.exitValue = [](const Scene::Exit &, const ConversationState &) { return ScoreParts(); };
    const Conversation::SearchResult best = rules.bestInterview(entry, search);
    reach->bestCueWeight = best.best ? best.best->recognition : 0;
    reach->states = best.states;
    std::lock_guard lock(cache.mutex);
    cache.reach.insert(key, reach);
    return reach;
}

namespace {

// No interview from `state` has more steps than the turns left and the limit: a larger budget is the same.
int stepsThatMatter(const Scene &scene, const ConversationState &state, int steps)
{
    const qsizetype movesLeft = scene.limit && scene.limit->turns > 0 ? scene.limit->turns - state.turns()
                                                                      : scene.choices.size() - state.turns();
    return int(std::min<qsizetype>(steps, std::max<qsizetype>(0, movesLeft) + 1));
}

// The most conduct points from `state` in at most `steps` steps, the last of them a way out (a move that
// leads away, or the limit); nullopt when no such interview exists. Depth-first with memory, as
// bestInterview.
std::optional<int> conductWithin(const Conversation &rules, const ConversationState &state, int steps,
                                 QHash<std::pair<ConversationState, int>, std::optional<int>> &memo)
{
    if (steps <= 0)
        return std::nullopt;
    steps = stepsThatMatter(rules.scene(), state, steps);
    const std::pair<ConversationState, int> key{state, steps};
    if (const auto it = memo.constFind(key); it != memo.constEnd())
        return *it;
    const auto allowed = [&](qsizetype move) { return !rules.move(move).criticalError.has_value(); };
    std::optional<int> best;
    for (qsizetype m = 0; m < rules.moveCount(); ++m) {
        if (!allowed(m) || !rules.isAvailable(state, m))
            continue;
        const std::optional<int> rest = rules.exitOf(m)
                                            ? std::optional<int>(0)
                                            : conductWithin(rules, rules.after(state, m), steps - 1, memo);
        if (rest)
            best = std::max(best.value_or(*rest + rules.move(m).points), *rest + rules.move(m).points);
    }
    // Only critical errors left: as if the trainee let the turns run out (the limit's way on, worth 0).
    if (!best && rules.runsOutWithout(state, allowed))
        for (qsizetype m = 0; m < rules.moveCount(); ++m)
            if (rules.move(m).isLimit)
                best = rules.move(m).points;
    memo.insert(key, best);
    return best;
}

} // namespace

int conversationConductWithin(const Scenario &scenario, int sceneIndex, const ConversationState &state,
                              int steps)
{
    Scenario::ConversationCache &cache = scenario.conversationCache;
    // Held for the whole search: another thread asking for the same scene waits rather than searching again.
    std::lock_guard lock(cache.mutex);
    std::shared_ptr<ConductWithinMemo> &memo = cache.conductWithin[sceneIndex];
    if (!memo)
        memo = std::make_shared<ConductWithinMemo>();
    // A state searched before (every call of the live score after the first) needs no rules built.
    const Scene &scene = scenario.scenes.at(sceneIndex);
    if (steps > 0)
        if (const auto it = memo->best.constFind({state, stepsThatMatter(scene, state, steps)});
            it != memo->best.constEnd())
            return it->value_or(0);
    const Conversation rules(scenario, scene);
    return conductWithin(rules, state, steps, memo->best).value_or(0);
}

namespace {

// Scenes in an order where each comes before every scene it leads to (Kahn's algorithm over the exits).
QList<int> topologicalOrder(const Scenario &scenario)
{
    const qsizetype n = scenario.scenes.size();
    QList<int> incoming(n, 0);
    for (const Scene &scene : scenario.scenes)
        for (const Scene::Exit &exit : scene.exits())
            if (const auto it = scenario.sceneIndex.constFind(exit.nextScene);
                it != scenario.sceneIndex.constEnd())
                ++incoming[*it];
    QList<int> order;
    for (qsizetype i = 0; i < n; ++i)
        if (incoming[i] == 0)
            order.append(int(i));
    for (qsizetype head = 0; head < order.size(); ++head)
        for (const Scene::Exit &exit : scenario.scenes.at(order.at(head)).exits())
            if (const auto it = scenario.sceneIndex.constFind(exit.nextScene);
                it != scenario.sceneIndex.constEnd() && --incoming[*it] == 0)
                order.append(*it);
    return order;
}

} // namespace

SceneEntries sceneEntries(const Scenario &scenario, qsizetype perSceneCap)
{
    SceneEntries entries;
    const auto start = scenario.sceneIndex.constFind(scenario.start);
    if (start == scenario.sceneIndex.constEnd())
        return entries;
    QList<int> initial;
    for (const Variable &v : scenario.variables)
        initial.append(v.initial);
    entries.values[*start].append(initial);
    const auto enter = [&](const QString &sceneId, const QList<int> &values) {
        const auto it = scenario.sceneIndex.constFind(sceneId);
        if (it == scenario.sceneIndex.constEnd())
            return;
        QList<QList<int>> &list = entries.values[*it];
        if (list.contains(values))
            return;
        if (list.size() >= perSceneCap) {
            entries.overflowScene = *it;
            return;
        }
        list.append(values);
    };
    for (const int index : topologicalOrder(scenario)) {
        const Scene &scene = scenario.scenes.at(index);
        const Conversation rules(scenario, scene);
        for (const QList<int> &values : entries.values.value(index)) {
            ConversationState entry;
            entry.values = values;
            if (scene.isConversation()) {
                rules.explore(entry,
                              [&](const ConversationState &, qsizetype move, const ConversationState &after) {
                                  if (const Scene::Exit *exit = rules.exitOf(move))
                                      enter(exit->nextScene, after.values);
                              });
                continue;
            }
            // An ordinary scene's choice is a move that always leads away: the same rules apply.
            for (qsizetype c = 0; c < scene.choices.size(); ++c)
                if (rules.isAvailable(entry, c))
                    enter(scene.choices.at(c).nextScene, rules.after(entry, c).values);
        }
    }
    return entries;
}

} // namespace saskati
