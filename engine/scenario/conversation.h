#pragma once

#include "scenario.h"
#include "scoreparts.h"

#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace saskati {

/// A conversation at one moment: the moves asked so far (bit i: the scene's move i) and the value of every
/// variable (in the scenario's order). The number of turns taken is the number of moves asked.
struct ConversationState {
    quint64 asked = 0;
    QList<int> values;
    int turns() const { return qPopulationCount(asked); }
    bool operator==(const ConversationState &other) const = default;
};
size_t qHash(const ConversationState &state, size_t seed = 0);

/// The rules of one conversation scene (format 2), shared by the runtime, the scoring and the validator:
/// which moves can be taken, what each does to the variables, which reply lines are said, when it ends, and
/// how the person appears. Moves are the scene's choices.
class Conversation {
public:
    Conversation(const Scenario &scenario, const Scene &scene);

    const Scene &scene() const { return m_scene; }
    qsizetype moveCount() const { return m_scene.choices.size(); }
    const Choice &move(qsizetype index) const { return m_scene.choices.at(index); }
    qsizetype moveIndex(const QString &moveId) const;

    ConversationState stateOf(const QHash<QString, int> &variables, const QStringList &askedMoves) const;
    QHash<QString, int> variablesOf(const ConversationState &state) const;

    /// A move: not asked yet, its conditions hold, and turns are left. The limit's way on: when no move is.
    bool isAvailable(const ConversationState &state, qsizetype move) const;
    /// The state after `move`: its effects applied (within each variable's range), the move asked.
    ConversationState after(const ConversationState &state, qsizetype move) const;
    /// Whether `line` of a move's reply is said when the move is taken from `before`, giving `after`: its
    /// conditions hold with the variables after the move, the moves it names were (not) asked before it.
    bool says(const ReplyLine &line, const ConversationState &before, const ConversationState &after) const;
    /// No move can be taken any more: the turns are used up, or every move was asked or is closed by its
    /// conditions. Only the limit's way on is left then (nothing, without a limit: the validator refuses
    /// that).
    bool runsOut(const ConversationState &state) const;
    /// The same, counting only the moves `allowed` lets the search take.
    bool runsOutWithout(const ConversationState &state, const std::function<bool(qsizetype)> &allowed) const;
    /// How the person appears: the first state whose conditions hold; null when none does.
    const PersonState *personState(const ConversationState &state) const;

    /// The best value an interview from `from` can reach, searching every order of moves (each once): a move
    /// taken adds `gain`, leaving adds `exitValue` (of the move or the limit that leads away; nullopt: that
    /// way out does not count). Moves `allowed` refuses are not taken. Stops after `stateCap` states;
    /// `capped` then says the answer is not exact.
    struct Search {
        std::function<ScoreParts(qsizetype move, const ConversationState &before,
                                 const ConversationState &after)>
            gain;
        std::function<std::optional<ScoreParts>(const Scene::Exit &exit, const ConversationState &after)>
            exitValue;
        std::function<bool(qsizetype move)> allowed;
        qsizetype stateCap = 200000;
    };
    struct SearchResult {
        std::optional<ScoreParts> best; // the parts of the best total
        qsizetype states = 0;
        bool capped = false;
    };
    SearchResult bestInterview(const ConversationState &from, const Search &search) const;

    /// Every state an interview from `from` can pass through, each once, with every move taken from it (that
    /// `allowed` lets through, when given); `visit(before, move, after)` is called per move. Returns the
    /// number of states, or nullopt past `stateCap`.
    std::optional<qsizetype> explore(const ConversationState &from,
                                     const std::function<void(const ConversationState &before, qsizetype move,
                                                              const ConversationState &after)> &visit,
                                     qsizetype stateCap = 200000,
                                     const std::function<bool(qsizetype move)> &allowed = {}) const;

    /// The exit a move (or the limit) leads by; null for a move that keeps the conversation going.
    const Scene::Exit *exitOf(qsizetype move) const;

private:
    bool holds(const QList<Condition> &conditions, const ConversationState &state) const;

    const Scenario &m_scenario;
    const Scene &m_scene;
    QHash<QString, int> m_variableIndex;
    QList<Scene::Exit> m_exits;
    QList<qsizetype> m_exitOfMove; // index into m_exits, -1: stays
};

/// What an interview in a conversation can bring out, from one set of variable values at its start: the reply
/// lines some interview without a critical error says, and the most cue weight one such interview can
/// disclose. Computed once per (scene, values) and kept in the scenario.
struct ConversationReach {
    QSet<const ReplyLine *> sayable;
    int bestCueWeight = 0;
    qsizetype states = 0;
};
std::shared_ptr<const ConversationReach> conversationReach(const Scenario &scenario, int sceneIndex,
                                                           const QList<int> &entryValues);

/// The most conduct points an interview from `state` can still earn in the conversation of scene `sceneIndex`
/// in at most `steps` steps, the last of them a way out (a move that leads away, or the limit): the best
/// order of the moves left, each once, critical errors left out; 0 when there is none. A move's yardstick is
/// what it takes from this (scoring.md, section 10). Kept in the scenario per scene: each state is searched
/// once.
int conversationConductWithin(const Scenario &scenario, int sceneIndex, const ConversationState &state,
                              int steps);
struct ConductWithinMemo {
    QHash<std::pair<ConversationState, int>, std::optional<int>> best; // (state, steps) -> the most
};

/// The variable values each scene can be entered with, following every path from the start (choices whose
/// conditions hold, every interview through a conversation). Needs an acyclic scene graph. At most
/// `perSceneCap` different sets of values per scene; past it `overflowScene` names the scene (else -1).
struct SceneEntries {
    QHash<int, QList<QList<int>>> values; // scene index -> the sets of values (in the scenario's order)
    int overflowScene = -1;
};
SceneEntries sceneEntries(const Scenario &scenario, qsizetype perSceneCap = 512);

} // namespace saskati
