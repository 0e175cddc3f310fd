#pragma once

#include "event.h"
#include "scenario.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace saskati {

/// Solo: scored practice, no stepping back. Seminar: the room discusses, the lecturer may step back.
enum class PlayMode { Solo, Seminar };
QString playModeId(PlayMode mode);
bool playModeFromId(const QString &id, PlayMode *mode);

struct ReferralStep {
    QString institution;
    Urgency urgency = Urgency::WhenReady;
    bool operator==(const ReferralStep &) const = default;
};

/// What a trainee (or a room, or a participant's phone) does, as the event it becomes: its type and payload.
/// The payload of every kind of event is written here and only here (docs/results-bundle.md lists them);
/// Playthrough checks an action against the scenario, AttemptRecorder commits it before the state moves.
struct Action {
    Event::Type type = Event::Type::Start;
    QJsonObject payload;

    /// `choiceOrderSeed`: the order the attempt's choices are shown in (engine/scenario/choiceorder.h);
    /// none: the file's order.
    static Action start(const Scenario &scenario, PlayMode mode,
                        std::optional<quint32> choiceOrderSeed = std::nullopt);
    /// A seminar participant's playthrough: it follows the room (choose) and records the participant's votes.
    /// It shows the room's choice order: the room's seed.
    static Action startVoting(const Scenario &scenario,
                              std::optional<quint32> choiceOrderSeed = std::nullopt);
    /// `indicator` may be empty: a sign noticed, not yet named.
    static Action flag(const QString &target, const QString &indicator = {});
    static Action unflag(const QString &target);
    static Action choose(const QString &choice);
    static Action vote(const QString &choice);
    static Action submitReferral(const QList<ReferralStep> &plan);
    static Action answer(const QString &question, const QStringList &options);
    static Action stepBack();
    static Action abandon();
    /// Feedback after each conversation move on (practice) or off (assessment: the debrief only).
    static Action feedback(bool afterEachMove);
    /// An action as a stored event or a play script has it (replays, imports, scripts).
    static Action of(Event::Type type, const QJsonObject &payload) { return {type, payload}; }
    static Action of(const Event &event) { return {event.type, event.payload}; }

    // Reading the payload back, for Playthrough's check and fold. A field the payload lacks reads as empty
    // (or 0, or false): a log from elsewhere is checked, not trusted.

    /// Start: the mode's id ("solo", "seminar"), the scenario and version it was recorded with, whether it
    /// takes votes, and the content hash (an older log may have none).
    QString modeId() const;
    QString scenarioId() const;
    int scenarioVersion() const;
    bool voting() const;
    bool hasContentHash() const;
    QString contentHash() const;
    /// The seed of the choices' order, if the log has one (logs from before seeds have none); a value that is
    /// not a whole number from 0 to 4294967295 makes `valid` false.
    std::optional<quint32> choiceOrderSeed(bool *valid = nullptr) const;
    /// Flag, unflag: the segment or hotspot; flag: the indicator named, or empty.
    QString target() const;
    QString indicator() const;
    /// Choose, vote.
    QString choice() const;
    /// SubmitReferral: each step as written, the urgency's id "when-ready" when it has none.
    struct PlannedStep {
        QString institution;
        QString urgency;
    };
    QList<PlannedStep> plan() const;
    /// Answer: the question and the options chosen, in order.
    QString question() const;
    QStringList options() const;
    /// Feedback: on or off; `valid` false when the payload has no boolean `afterEachMove`.
    bool feedbackAfterEachMove(bool *valid = nullptr) const;
};

} // namespace saskati
