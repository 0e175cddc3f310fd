#pragma once

// SeminarRoom is one class whose implementation is spread over files by concern:
//   seminarroom.cpp          made and put away, the phase, what the room shows of the scenario now
//   seminarroom_members.cpp  joining: the PIN, members, resume tokens, generated names
//   seminarroom_steps.cpp    the lecturer's steps (start, next, back, stop) and undoing a refused one
//   seminarroom_answers.cpp  the phones' answers and their group commit
//   seminarroom_tally.cpp    the tally, hands, override, the room's choice and majority answers
//   seminarroom_resume.cpp   taking a seminar up again after a restart or a crash
//   seminarroom_check.cpp    the knowledge check before and after a prevention seminar, and the take-away
// Why not smaller classes: the parts keep one invariant together, that memory holds only what the database
// holds. A step is one transaction over the room's path and every member's attempt, the phones' answers are
// performed on those same attempts, and a refused step or commit reads all of them back. Collaborating
// classes would each need the store, the scenario, the members and the room's signals, so they would reach
// back into the room rather than stand alone. One class keeps that contract in one place; the files keep each
// part short.

#include "attemptrecorder.h"
#include "participantmessage.h"
#include "resultsstore.h"

#include <QMap>
#include <QObject>
#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace saskati {

/// What the room answered to one decision: counts only, never who.
struct RoomTally {
    int members = 0;  // participants whose answers are recorded
    int answered = 0; // of them, those who answered anything in this decision
    int voted = 0;
    QMap<QString, int> votes;                // choice -> phone votes
    QMap<QString, int> hands;                // choice -> show of hands typed in by the lecturer
    QMap<QString, int> flags;                // segment or hotspot -> participants who flagged it
    QMap<QString, QMap<QString, int>> named; // segment or hotspot -> indicator named ("" = unnamed) -> count
    int plans = 0;                           // referral plans sent
    QMap<QString, int> institutions;         // institution -> plans naming it
    QMap<QString, QMap<QString, int>> answers; // question -> option -> count
    int total(const QString &choice) const { return votes.value(choice) + hands.value(choice); }
    int totalVotes() const;
};

/// One decision the room went through, kept for the seminar summary.
struct RoomDecision {
    int number = 0;
    QString scene;
    int turn = 0; // in a conversation, the moves asked before this one
    RoomTally tally;
    QString roomChoice;
    bool overridden = false;
};

/// A seminar room working through one scenario at a time: the lecturer paces it (next, back, override), the
/// participants answer from their phones, and every answer is recorded as that participant's own attempt
/// (docs/seminar-protocol.md). The room's own path is stored as a room run. UI-free: the seminar server and
/// the presenter console drive it.
///
/// Answers are group-committed: an accepted answer is performed at once inside an open transaction, and the
/// transaction is committed on the next turn of the event loop (or by flush()), one fsync for all the answers
/// that arrived together. Only then are they acknowledged (answersSaved).
class SeminarRoom : public QObject {
    Q_OBJECT
public:
    enum class Phase { Lobby, Scene, Open, Closed, Revealed, Ended };
    enum class Answer { Pending, Closed, Invalid, NotJoined, Storage };

    struct Member {
        QString id; // short, for the server and the console
        QString
            token; // the phone's private resume token (empty after a resumed room until the phone resumes)
        Participant participant;
        QString language;
        std::unique_ptr<AttemptRecorder> attempt; // while a scenario runs and answers are recorded
        int answeredDecision = 0;                 // the last decision number they answered in
    };

    SeminarRoom(ResultsStore &store, Seminar seminar, QObject *parent = nullptr);
    ~SeminarRoom() override;

    const Seminar &seminar() const { return m_seminar; }
    ResultsStore &store() { return *m_store; }

    // Joining.
    QString pin() const { return m_pin; }
    void newPin();
    bool joiningOpen() const { return m_joiningOpen; }
    void setJoiningOpen(bool open);
    /// At most this many participants join (default 80; the app's setting seminar/maxParticipants).
    int maxMembers() const { return m_maxMembers; }
    void setMaxMembers(int count) { m_maxMembers = std::max(1, count); }
    static constexpr int defaultMaxMembers = 80;
    /// The member who joined, or an Error whose code the phone is sent (docs/seminar-protocol.md): wrong-pin,
    /// joining-closed, room-full, unknown-token, storage.
    Result<const Member *> join(const QString &pin, const QString &name, const QString &role,
                                const QString &language);
    Result<const Member *> resume(const QString &token);
    /// Everyone who joined this seminar before (a reopened seminar, the app restarted): their phones resume
    /// with their tokens as the same participants instead of joining as new people.
    void restoreMembers();
    /// After a crash: the room takes up `run` (an interrupted scenario of this seminar) where it stopped: the
    /// room's path, everyone who had joined (their phones resume with their tokens) and their attempts. The
    /// decision it stopped at shows its scene again; answers already given to it are kept. Call on a new room
    /// instead of start().
    Result<void> resumeRun(const RoomRun &run, std::shared_ptr<const Scenario> scenario);
    void setLanguage(const QString &memberId, const QString &language);
    const Member *member(const QString &memberId) const;
    QList<const Member *> members() const;

    // The lecturer.
    /// Starts a scenario for the room. `recordParticipants` false: the room plays without phones and nobody's
    /// answers are recorded (hands and the lecturer's choices only).
    Result<void> start(std::shared_ptr<const Scenario> scenario, const QString &language,
                       bool recordParticipants);
    /// Scene -> open -> closed -> revealed -> (the room's choice) next scene, or the ending.
    Result<void> next();
    /// Open -> scene, closed -> open, revealed -> closed; from a scene or an ending: step back to the last
    /// decision (revealed again).
    Result<void> back();
    /// Stops the scenario before its end: the room run and every attempt are recorded as abandoned.
    Result<void> stop();
    /// The lecturer's choice for the room instead of the majority; empty to follow the majority again.
    Result<void> setOverride(const QString &choice);
    QString override() const { return m_override; }
    /// A show of hands for one option of the current decision (phones or not).
    Result<void> setHands(const QString &choice, int count);
    /// Practice (on: after each conversation move is revealed the projector shows its question type) or
    /// assessment (off: the debrief only). Recorded in the room's run and every participant's attempt when
    /// the scenario has conversations: at its start, and as one step whenever the lecturer switches it.
    bool feedbackAfterEachMove() const { return m_feedbackAfterEachMove; }
    Result<void> setFeedbackAfterEachMove(bool on);
    /// The choice the room takes on next(): the override, else the most votes and hands (ties: the first in
    /// the scene), else empty.
    QString roomChoice() const;

    // Phones.
    Answer submit(const QString &memberId, const ParticipantMessage &message);
    /// Commits the answers performed since the last flush. Returns false (and emits answersLost) when the
    /// database refused them; those participants' attempts are then re-read from the database.
    bool flush();

    // The knowledge check of a prevention seminar (issue #20), between scenarios: the same questions before
    // the first scenario and after the last, answered on the phones; then the take-away on every phone.
    enum class CheckPhase { None, Open, Closed, Takeaway };
    /// How many answered a round, and how many of their answers were right.
    struct CheckTally {
        int members = 0;  // participants in the room
        int answered = 0; // of them, those who answered at least one question
        int complete = 0; // those who answered every question
        int right = 0;    // right answers, over everyone
    };
    /// Opens a round of `check` for the phones; only while no scenario is in progress, the round before
    /// only before the first scenario, and neither once the right answers have been shown (the take-away).
    /// The answers are kept in the results store, group-committed as the scenario's are.
    Result<void> openCheck(const KnowledgeCheck &check, KnowledgeAnswer::Round round);
    /// Closes the open round (or goes back to it from the take-away): answers are no longer taken; the phones
    /// show their own.
    Result<void> closeCheck();
    /// Every phone shows the take-away; once the round after has been answered (and none is open), also
    /// its participant's result with the right answers. `check`: the seminar's check, for a room that has not
    /// opened one since it was made (a seminar taken up again after a restart).
    Result<void> showTakeaway(const KnowledgeCheck *check = nullptr);
    /// Whether the take-away shows the results (and with them the key): the round after has answers.
    bool resultsShown() const;
    /// The room goes back to what it was between scenarios (the phones too).
    void leaveCheck();
    CheckPhase checkPhase() const { return m_checkPhase; }
    /// The check last opened (none before the first).
    const std::optional<KnowledgeCheck> &check() const { return m_check; }
    KnowledgeAnswer::Round checkRound() const { return m_checkRound; }
    Answer submitCheckAnswer(const QString &memberId, const QString &question, const QString &option);
    /// The member's answers in a round as the database holds them: question -> option.
    QHash<QString, QString> checkAnswersOf(const QString &memberId, KnowledgeAnswer::Round round) const;
    CheckTally checkTally(KnowledgeAnswer::Round round) const;
    /// Every answer of this seminar's checks as stored (for the class's gain).
    QList<KnowledgeAnswer> checkAnswers() const;

    // State.
    Phase phase() const { return m_phase; }
    bool running() const { return m_room != nullptr; }
    bool recordingParticipants() const { return m_recordParticipants; }
    int decisionNumber() const { return m_decisionNumber; }
    QString decisionId() const;
    const Playthrough *roomPlaythrough() const { return m_room.get(); }
    std::shared_ptr<const Scenario> scenario() const { return m_scenario; }
    const Scene *currentScene() const;
    /// The choices of the current scene whose conditions hold for the room.
    QList<const Choice *> availableChoices() const;
    QString language() const { return m_language; }
    const RoomRun &run() const { return m_run; }
    RoomTally tally() const;
    const QList<RoomDecision> &history() const { return m_history; }
    /// What the server holds for this participant in the current decision (docs/seminar-protocol.md, 3).
    QJsonObject answersOf(const QString &memberId) const;
    /// The room's path so far: decisions taken / decisions on the longest way to an ending from here.
    std::pair<int, int> progress() const;

Q_SIGNALS:
    void phaseChanged();
    void membersChanged();
    void answersSaved(const QStringList &memberIds);
    void answersLost(const QStringList &memberIds, const QString &error);
    void tallyChanged();
    void feedbackAfterEachMoveChanged();
    /// Something went wrong that the lecturer must see although the room goes on (participants whose attempts
    /// could not follow the room, the room's own answers refused): for the console, said for a person.
    void problem(const QString &message);

private:
    Member *memberById(const QString &id);
    Result<void> beginAttemptFor(Member &member);
    /// Whether the feedback setting is recorded in the running scenario's logs (it has conversations).
    bool recordsFeedback() const;
    /// One step of the room (choose, step back, abandon, feedback) in one transaction: the room's playthrough
    /// performs `action`, every recording participant follows (followRoom), `alsoSave` saves what else goes
    /// with the step, and the transaction is committed. On a refusal the step is undone (undoStep) and its
    /// error returned.
    Result<void> takeStep(const Action &action, const std::function<Result<void>()> &alsoSave);
    /// Every recording participant performs the same room action (choose, step back, abandon), inside the
    /// step's transaction. Fails only when the database refused (the step must then be undone); a participant
    /// whose attempt cannot follow is named in problem().
    Result<void> followRoom(const Action &action);
    /// The room's own flags, plan and answers for the closed decision: what most of the room answered. Fails
    /// when the database refused; answers the room's playthrough refuses are named in problem().
    Result<void> applyMajority();
    /// The room's result saved with the step that ends the scenario.
    Result<void> finishRun();
    /// Undoes a step whose transaction failed: memory is read back from the database (the room's path and
    /// every participant's attempt), so that it never holds what the disk does not. Returns `why`.
    Error undoStep(ResultsStore::Transaction &step, const Error &why);
    void reloadFromStore();
    /// The member's attempt read back as the database holds it (nothing to do without one).
    Result<void> rereadAttempt(Member &member);
    void attachRoomSink(Playthrough &room, const QString &runId);
    void setPhase(Phase phase);
    void setCheckPhase(CheckPhase phase);
    /// Opens the transaction the phones' answers go into until the next flush() (the group commit), unless
    /// one is open. False when the database refused.
    bool openAnswers();
    /// The check's answers read back as the database holds them (after a refused commit, on resuming).
    void rereadCheckAnswers();

    ResultsStore *m_store;
    Seminar m_seminar;
    QString m_pin;
    bool m_joiningOpen = false;
    int m_maxMembers = defaultMaxMembers;
    std::vector<std::unique_ptr<Member>> m_members;
    QHash<QString, Member *> m_byId;
    QHash<QString, Member *> m_byToken; // by the token's hash

    std::shared_ptr<const Scenario> m_scenario;
    std::unique_ptr<Playthrough> m_room;
    RoomRun m_run;
    QString m_language;
    bool m_recordParticipants = true;
    bool m_feedbackAfterEachMove = true;
    Phase m_phase = Phase::Lobby;
    int m_decisionNumber = 0;
    QString m_override;
    QMap<QString, int> m_hands;
    QList<RoomDecision> m_history;

    CheckPhase m_checkPhase = CheckPhase::None;
    std::optional<KnowledgeCheck> m_check;
    KnowledgeAnswer::Round m_checkRound = KnowledgeAnswer::Round::Before;
    // round -> participant uuid -> question -> option: what the database holds for this seminar
    QHash<int, QHash<QString, QHash<QString, QString>>> m_checkAnswers;

    std::unique_ptr<ResultsStore::Transaction> m_answers; // open while answers wait for their group commit
    QStringList m_pending; // member ids with answers performed but not yet committed
};

QString roomPhaseId(SeminarRoom::Phase phase);
/// The phase a phone is told: the check's (`check`, `check-closed`, `takeaway`) while one is shown, else the
/// scenario's (docs/seminar-protocol.md, "Phases").
QString participantPhaseId(const SeminarRoom &room);

/// A name for a participant who stays anonymous: "Zilā pūce" / "Blue owl".
QString generatedParticipantName(const QString &language, int seed);

} // namespace saskati
