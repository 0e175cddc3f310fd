#pragma once

#include "action.h"
#include "event.h"
#include "result.h"
#include "scenario.h"

#include <QList>
#include <QMap>
#include <functional>
#include <memory>
#include <optional>

namespace saskati {

struct Flag {
    QString target;    // segment or hotspot id
    QString indicator; // the indicator the trainee named, or empty
    QString scene;
};

struct PathStep {
    QString scene;
    QString choice;
    QHash<QString, int> variablesBefore; // to step back exactly
    int turn = 0; // earlier steps in the same scene: a conversation's moves are decisions in one scene
    /// Whether the move's question type was shown when it was taken (none: the log did not record it).
    std::optional<bool> feedbackAfterEachMove;
};

/// The key of one decision: its scene, and in a conversation the turn (the scene alone for the first).
QString decisionKey(const QString &scene, int turn);

/// Everything a playthrough is at one moment: a pure fold of its events.
struct PlaythroughState {
    bool started = false;
    PlayMode mode = PlayMode::Solo;
    QString scene;  // current scene; empty once an ending is reached
    QString ending; // set when a choice led to an ending
    bool abandoned = false;
    /// Feedback after each conversation move (practice) or only in the debrief (assessment), as last
    /// recorded; none: never recorded (logs from before it was, scenarios without conversations).
    std::optional<bool> feedbackAfterEachMove;
    QHash<QString, int> variables;
    QList<PathStep> path; // choices taken, in order (stepping back removes the last)
    QMap<QString, Flag> flags;
    std::optional<QList<ReferralStep>> referral; // the plan as last submitted
    QMap<QString, QStringList> answers;          // question id -> selected option ids
    int refusedStepBacks = 0;                    // asked for where the mode does not allow it
    /// A seminar participant's playthrough follows the room's path (its `choose` events are the room's) and
    /// is scored on its own votes: decision key (decisionKey()) -> the choice this participant voted for
    /// there.
    bool voting = false;
    QHash<QString, QString> votes;
    /// The steps already taken in the current scene (a conversation's moves so far; 0 elsewhere).
    int turnInScene() const;
    /// The decision open now: the current scene, and in a conversation the turn.
    QString currentDecision() const;
    /// This participant's vote on the decision open now (empty: none yet).
    QString currentVote() const { return votes.value(currentDecision()); }
    /// The order the choices are shown in (choiceorder.h), from the Start event; none: the file's order.
    std::optional<quint32> choiceOrderSeed;
    /// The choice a path step is scored by: the participant's vote in a voting playthrough (empty when they
    /// did not vote), else the choice taken.
    QString scoredChoice(const PathStep &step) const
    {
        return voting ? votes.value(decisionKey(step.scene, step.turn)) : step.choice;
    }

    bool isFinished() const { return !ending.isEmpty() || abandoned; }
    /// Scenes on the path taken, then the current one.
    QStringList visitedScenes() const;
};

/// Plays one scenario for one participant. Every action becomes an Event; an event is handed to the sink (the
/// results store) before it changes the state, so nothing acknowledged is lost and nothing unsaved is shown.
class Playthrough {
public:
    using Clock = std::function<QDateTime()>;
    /// Stores the event; succeeds once it is stored, else says why not (the action then does not happen).
    using EventSink = std::function<Result<void>(const Event &)>;

    /// The code of an action's Error when the action was valid but the sink (the database) refused it: try
    /// again, the input was fine.
    static inline const QString notStoredCode = QStringLiteral("not-stored");
    static bool notStored(const Result<void> &result)
    {
        return !result && result.error().code == notStoredCode;
    }

    explicit Playthrough(std::shared_ptr<const Scenario> scenario);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setEventSink(EventSink sink) { m_sink = std::move(sink); }

    /// `choiceOrderSeed`: the order the choices are shown in (none: the file's order).
    Result<void> start(PlayMode mode, std::optional<quint32> choiceOrderSeed = std::nullopt);
    /// A seminar participant's playthrough: it follows the room (choose) and records the participant's votes.
    Result<void> startVoting(std::optional<quint32> choiceOrderSeed = std::nullopt);
    Result<void> vote(const QString &choice);
    Result<void> flag(const QString &target, const QString &indicator = {});
    Result<void> unflag(const QString &target);
    Result<void> choose(const QString &choice);
    Result<void> submitReferral(const QList<ReferralStep> &plan);
    Result<void> answer(const QString &question, const QStringList &options);
    Result<void> stepBack();
    Result<void> abandon();
    Result<void> setFeedbackAfterEachMove(bool on);

    /// Any action (action.h builds them); stamps sequence and time.
    Result<void> perform(const Action &action);
    /// Checks and applies an event made elsewhere (replay, a seminar room). Its sequence must be the next
    /// one.
    Result<void> apply(const Event &event);
    /// Rebuilds a playthrough from its log; fails naming the first event that does not fit.
    static Result<Playthrough> replay(std::shared_ptr<const Scenario> scenario, const QList<Event> &events);

    const Scenario &scenario() const { return *m_scenario; }
    std::shared_ptr<const Scenario> scenarioPointer() const { return m_scenario; }
    const PlaythroughState &state() const { return m_state; }
    const QList<Event> &events() const { return m_events; }
    /// The choices of the current scene whose conditions hold now; in a conversation, the moves that can be
    /// taken now (not asked yet, conditions holding, turns left).
    QList<const Choice *> availableChoices() const;
    bool canStepBack() const { return m_state.mode == PlayMode::Seminar && !m_state.path.isEmpty(); }

private:
    Result<void> check(const Event &event) const;
    Result<void> checkStart(const Action &action) const;
    Result<void> checkFlag(const Action &action) const;
    Result<void> checkChoice(const Action &action) const;
    Result<void> checkReferral(const Action &action) const;
    Result<void> checkAnswer(const Action &action) const;
    void applyChecked(const Event &event);
    /// Moves the state on to a scene or an ending.
    void leaveFor(const QString &nextScene, const QString &ending);
    /// Whether a segment of the current conversation scene is in what was said (its opening lines or a
    /// reply).
    bool hasBeenSaid(const QString &targetId) const;

    std::shared_ptr<const Scenario> m_scenario;
    PlaythroughState m_state;
    QList<Event> m_events;
    QString m_shownOrderScene;     // the scene m_shownOrder is for
    QList<qsizetype> m_shownOrder; // its choices' indexes in the attempt's order (choiceOrder)
    Clock m_clock;
    EventSink m_sink;
};

} // namespace saskati
