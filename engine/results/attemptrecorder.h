#pragma once

#include "playthrough.h"
#include "resultsstore.h"

#include <optional>

namespace saskati {

/// Plays an attempt with every event committed to the results store before the state moves on, and the final
/// score saved when it ends. Also resumes an attempt a crash interrupted, by replaying its events against the
/// snapshot of the scenario it was started with.
class AttemptRecorder {
public:
    static std::optional<AttemptRecorder> begin(ResultsStore &store, std::shared_ptr<const Scenario> scenario,
                                                const QString &participant, const QString &seminar,
                                                PlayMode mode, const QString &language, QString *error);
    /// A seminar participant's attempt: it follows the room's run and records the participant's votes.
    static std::optional<AttemptRecorder> beginInRoom(ResultsStore &store,
                                                      std::shared_ptr<const Scenario> scenario,
                                                      const QString &participant, const RoomRun &run,
                                                      const QString &language, QString *error);
    /// `catalog`: the catalogue to read the snapshot with (indicator strengths, institutions).
    static std::optional<AttemptRecorder> resume(ResultsStore &store, const QString &attempt,
                                                 std::shared_ptr<const Catalog> catalog, QString *error);

    AttemptRecorder(AttemptRecorder &&other) noexcept;
    AttemptRecorder &operator=(AttemptRecorder &&) = delete;

    /// Performs an action (action.h); it happens only if its event was committed.
    Playthrough::Result perform(const Action &action);
    Playthrough::Result flag(const QString &target, const QString &indicator = {})
    {
        return perform(Action::flag(target, indicator));
    }
    Playthrough::Result unflag(const QString &target) { return perform(Action::unflag(target)); }
    Playthrough::Result choose(const QString &choice) { return perform(Action::choose(choice)); }
    Playthrough::Result vote(const QString &choice) { return perform(Action::vote(choice)); }
    Playthrough::Result submitReferral(const QList<ReferralStep> &plan)
    {
        return perform(Action::submitReferral(plan));
    }
    Playthrough::Result answer(const QString &question, const QStringList &options)
    {
        return perform(Action::answer(question, options));
    }
    Playthrough::Result stepBack() { return perform(Action::stepBack()); }
    /// Closes the attempt as abandoned (an abandon event, then the status).
    Playthrough::Result abandon() { return perform(Action::abandon()); }

    const Playthrough &playthrough() const { return m_playthrough; }
    const AttemptRecord &record() const { return m_record; }

private:
    AttemptRecorder(ResultsStore &store, AttemptRecord record, Playthrough playthrough);
    void connectSink();
    /// Saves the final score once the playthrough has ended (again after a crash between event and score).
    bool saveResultIfFinished();

    ResultsStore *m_store;
    AttemptRecord m_record;
    Playthrough m_playthrough;
};

/// Writes the review rows of completed attempts that have none (recorded before schema version 4), by
/// replaying them against their snapshots. Returns how many were indexed; what could not be, is said in
/// `problems`.
int reindexAttempts(ResultsStore &store, std::shared_ptr<const Catalog> catalog, QStringList *problems);

} // namespace saskati
