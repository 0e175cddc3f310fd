#pragma once

#include "playthrough.h"
#include "resultsstore.h"

namespace saskati {

/// Plays an attempt with every event committed to the results store before the state moves on, and the final
/// score saved when it ends. Also resumes an attempt a crash interrupted, by replaying its events against the
/// snapshot of the scenario it was started with.
class AttemptRecorder {
public:
    static Result<AttemptRecorder> begin(ResultsStore &store, std::shared_ptr<const Scenario> scenario,
                                         const QString &participant, const QString &seminar, PlayMode mode,
                                         const QString &language);
    /// A seminar participant's attempt: it follows the room's run and records the participant's votes.
    /// `choiceOrderSeed`: the room's, so that the participant's attempt shows the room's order.
    static Result<AttemptRecorder> beginInRoom(ResultsStore &store, std::shared_ptr<const Scenario> scenario,
                                               const QString &participant, const RoomRun &run,
                                               const QString &language,
                                               std::optional<quint32> choiceOrderSeed = std::nullopt);
    /// `catalog`: the catalogue to read the snapshot with (indicator strengths, institutions). `saveResult`:
    /// write the finished attempt's result again from the replay (a crash may have lost it); false to read
    /// only (a debrief of the review's copy of a server, which nothing here changes).
    static Result<AttemptRecorder> resume(ResultsStore &store, const QString &attempt,
                                          std::shared_ptr<const Catalog> catalog, bool saveResult = true);

    AttemptRecorder(AttemptRecorder &&other) noexcept;
    AttemptRecorder &operator=(AttemptRecorder &&) = delete;

    /// Performs an action (action.h); it happens only if its event was committed (else the error's code is
    /// Playthrough::notStoredCode).
    Result<void> perform(const Action &action);
    Result<void> flag(const QString &target, const QString &indicator = {})
    {
        return perform(Action::flag(target, indicator));
    }
    Result<void> unflag(const QString &target) { return perform(Action::unflag(target)); }
    Result<void> choose(const QString &choice) { return perform(Action::choose(choice)); }
    Result<void> vote(const QString &choice) { return perform(Action::vote(choice)); }
    Result<void> submitReferral(const QList<ReferralStep> &plan)
    {
        return perform(Action::submitReferral(plan));
    }
    Result<void> answer(const QString &question, const QStringList &options)
    {
        return perform(Action::answer(question, options));
    }
    Result<void> stepBack() { return perform(Action::stepBack()); }
    /// Closes the attempt as abandoned (an abandon event, then the status).
    Result<void> abandon() { return perform(Action::abandon()); }
    Result<void> setFeedbackAfterEachMove(bool on) { return perform(Action::feedback(on)); }

    const Playthrough &playthrough() const { return m_playthrough; }
    const AttemptRecord &record() const { return m_record; }

private:
    AttemptRecorder(ResultsStore &store, AttemptRecord record, Playthrough playthrough);
    void connectSink();
    /// Saves the final score once the playthrough has ended (again after a crash between event and score).
    Result<void> saveResultIfFinished();

    ResultsStore *m_store;
    AttemptRecord m_record;
    Playthrough m_playthrough;
};

/// Writes the review rows of completed attempts that have none (recorded before schema version 4), by
/// replaying them against their snapshots. Returns how many were indexed; what could not be, is said in
/// `problems`.
int reindexAttempts(ResultsStore &store, std::shared_ptr<const Catalog> catalog, QStringList *problems);

} // namespace saskati
