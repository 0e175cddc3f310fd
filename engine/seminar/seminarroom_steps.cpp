// The lecturer's steps through the scenario (start, next, back, stop), each one transaction over the room's
// path and every participant's attempt, and how a refused step is undone by reading the database back.
#include "seminarroom.h"
#include "seminarroom_p.h"

#include "choiceorder.h"
#include "scoring.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace saskati {

void SeminarRoom::attachRoomSink(Playthrough &room, const QString &runId)
{
    room.setEventSink([this, runId](const Event &event) { return m_store->appendRoomEvent(runId, event); });
}

Result<void> SeminarRoom::start(std::shared_ptr<const Scenario> scenario, const QString &language,
                                bool recordParticipants)
{
    flush();
    if (running() && m_phase != Phase::Ended)
        return Error(tr("A scenario is running; stop it or play it to its end first."));
    if (m_checkPhase == CheckPhase::Open)
        return Error(tr("Close the knowledge check first."));
    // The room's run and every participant's attempt are created together, or nothing is.
    ResultsStore::Transaction transaction(*m_store);
    if (!transaction.isOpen())
        return transaction.began();
    const Result<RoomRun> run = m_store->beginRoomRun(m_seminar.uuid, *scenario, language);
    if (!run)
        return run.error();
    auto room = std::make_unique<Playthrough>(scenario);
    attachRoomSink(*room, run->uuid);
    // One order for the room: the projector, the console and every phone show the choices alike.
    const quint32 seed = newChoiceOrderSeed();
    if (const Result<void> r = room->start(PlayMode::Seminar, seed); !r)
        return Error(r.error().message);
    const bool recordFeedback = scenario->hasConversation();
    if (recordFeedback)
        if (const Result<void> r = room->setFeedbackAfterEachMove(m_feedbackAfterEachMove); !r)
            return Error(r.error().message);
    std::vector<std::pair<Member *, std::unique_ptr<AttemptRecorder>>> attempts;
    if (recordParticipants)
        for (const auto &m : m_members) {
            auto attempt =
                AttemptRecorder::beginInRoom(*m_store, scenario, m->participant.uuid, *run, language, seed);
            if (!attempt)
                return attempt.error();
            if (recordFeedback)
                if (const Result<void> r = attempt->setFeedbackAfterEachMove(m_feedbackAfterEachMove); !r)
                    return r;
            attempts.emplace_back(m.get(), std::make_unique<AttemptRecorder>(std::move(*attempt)));
        }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed;
    m_scenario = std::move(scenario);
    m_room = std::move(room);
    m_run = *run;
    m_language = language;
    m_recordParticipants = recordParticipants;
    m_history.clear();
    m_override.clear();
    m_hands.clear();
    ++m_decisionNumber;
    for (const auto &m : m_members)
        m->attempt.reset();
    for (auto &[member, attempt] : attempts)
        member->attempt = std::move(attempt);
    m_checkPhase = CheckPhase::None; // the phones leave the check for the scenario
    setPhase(Phase::Scene);
    return {};
}

Result<void> SeminarRoom::next()
{
    flush();
    if (!m_room)
        return Error(tr("Start a scenario first."));
    switch (m_phase) {
    case Phase::Lobby:
        return Error(tr("Start a scenario first."));
    case Phase::Scene:
        setPhase(Phase::Open);
        return {};
    case Phase::Open: {
        ResultsStore::Transaction step(*m_store);
        if (!step.isOpen())
            return step.began();
        if (const Result<void> applied = applyMajority(); !applied)
            return undoStep(step, applied.error());
        if (const Result<void> committed = step.commit(); !committed)
            return undoStep(step, committed.error());
        setPhase(Phase::Closed);
        return {};
    }
    case Phase::Closed:
        setPhase(Phase::Revealed);
        return {};
    case Phase::Revealed: {
        const QString choice = roomChoice();
        if (choice.isEmpty())
            return Error(tr("Nobody has answered: choose the room's answer first."));
        RoomDecision decision{m_decisionNumber, m_room->state().scene, m_room->state().turnInScene(), tally(),
                              choice,           !m_override.isEmpty()};
        // The room's choice, every participant's, and the result when it ends the scenario: one step.
        const auto saveResult = [this]() -> Result<void> {
            if (!m_room->state().isFinished())
                return {};
            return finishRun();
        };
        if (Result<void> taken = takeStep(Action::choose(choice), saveResult); !taken)
            return taken;
        const bool finished = m_room->state().isFinished();
        m_history.append(decision);
        m_override.clear();
        m_hands.clear();
        ++m_decisionNumber;
        setPhase(finished ? Phase::Ended : Phase::Scene);
        return {};
    }
    case Phase::Ended:
        return Error(tr("The scenario has ended."));
    }
    return Error(tr("Start a scenario first."));
}

Result<void> SeminarRoom::back()
{
    flush();
    if (m_checkPhase != CheckPhase::None)
        return Error(tr("Leave the knowledge check first."));
    switch (m_phase) {
    case Phase::Lobby:
        return Error(tr("Nothing to go back to."));
    case Phase::Open:
        setPhase(Phase::Scene);
        return {};
    case Phase::Closed:
        setPhase(Phase::Open);
        return {};
    case Phase::Revealed:
        setPhase(Phase::Closed);
        return {};
    case Phase::Scene:
    case Phase::Ended: {
        if (!m_room || !m_room->canStepBack())
            return Error(tr("This is the first decision."));
        // From the ending, the room's run is in progress again.
        const auto reopenRun = [this]() -> Result<void> {
            if (m_phase != Phase::Ended)
                return {};
            return m_store->finishRoomRun(m_run.uuid, AttemptRecord::Status::InProgress, {}, {});
        };
        if (Result<void> taken = takeStep(Action::stepBack(), reopenRun); !taken)
            return taken;
        if (m_phase == Phase::Ended)
            m_run.status = AttemptRecord::Status::InProgress;
        if (!m_history.isEmpty()) {
            m_override = m_history.last().overridden ? m_history.last().roomChoice : QString();
            m_hands = m_history.last().tally.hands;
            m_history.removeLast();
        }
        ++m_decisionNumber;
        setPhase(Phase::Revealed);
        return {};
    }
    }
    return Error(tr("Nothing to go back to."));
}

Result<void> SeminarRoom::stop()
{
    flush();
    if (!m_room || m_room->state().isFinished())
        return Error(tr("No scenario is running."));
    if (Result<void> taken = takeStep(Action::abandon(), [this] { return finishRun(); }); !taken)
        return taken;
    setPhase(Phase::Ended);
    return {};
}

bool SeminarRoom::recordsFeedback() const
{
    return m_room && m_scenario && m_scenario->hasConversation() && !m_room->state().isFinished();
}

Result<void> SeminarRoom::setFeedbackAfterEachMove(bool on)
{
    if (on == m_feedbackAfterEachMove)
        return {};
    flush();
    if (recordsFeedback() && m_room->state().feedbackAfterEachMove != on)
        if (Result<void> taken = takeStep(Action::feedback(on), [] { return Result<void>(); }); !taken)
            return taken;
    m_feedbackAfterEachMove = on;
    Q_EMIT feedbackAfterEachMoveChanged();
    return {};
}

Result<void> SeminarRoom::finishRun()
{
    const Score score = scorePlaythrough(*m_scenario, m_room->state());
    const auto status =
        m_room->state().abandoned ? AttemptRecord::Status::Abandoned : AttemptRecord::Status::Completed;
    if (const Result<void> saved =
            m_store->finishRoomRun(m_run.uuid, status, scoreToJson(score), QDateTime::currentDateTimeUtc());
        !saved)
        return Error(tr("The room's result could not be saved: %1").arg(saved.error().message));
    m_run.status = status;
    return {};
}

Result<void> SeminarRoom::takeStep(const Action &action, const std::function<Result<void>()> &alsoSave)
{
    ResultsStore::Transaction step(*m_store);
    if (!step.isOpen())
        return step.began();
    if (const Result<void> r = m_room->perform(action); !r)
        return undoStep(step, Error(r.error().message));
    if (const Result<void> followed = followRoom(action); !followed)
        return undoStep(step, followed.error());
    if (const Result<void> saved = alsoSave(); !saved)
        return undoStep(step, saved.error());
    if (const Result<void> committed = step.commit(); !committed)
        return undoStep(step, committed.error());
    return {};
}

Result<void> SeminarRoom::followRoom(const Action &action)
{
    if (!m_recordParticipants)
        return {};
    QStringList stuck;
    for (const auto &m : m_members) {
        if (!m->attempt)
            continue;
        if (const Result<void> r = m->attempt->perform(action); !r) {
            if (Playthrough::notStored(r))
                return Error(r.error().message);
            // A participant's attempt that cannot follow is left where it is: the room goes on, and the
            // lecturer is told whose answers stop counting.
            qCWarning(lcRoom) << "participant" << m->id << "could not follow the room:" << r.error().message;
            stuck.append(m->participant.displayName);
        }
    }
    if (!stuck.isEmpty())
        Q_EMIT problem(tr("The answers of %1 could not follow the room's step and are no longer recorded "
                          "for this scenario.")
                           .arg(stuck.join(u", "_s)));
    return {};
}

Error SeminarRoom::undoStep(ResultsStore::Transaction &step, const Error &why)
{
    step.rollback();
    reloadFromStore();
    return why;
}

void SeminarRoom::reloadFromStore()
{
    if (!m_room)
        return;
    if (Result<Playthrough> room = Playthrough::replay(m_scenario, m_store->roomEvents(m_run.uuid))) {
        m_room = std::make_unique<Playthrough>(std::move(*room));
        attachRoomSink(*m_room, m_run.uuid);
    } else {
        Q_EMIT problem(
            tr("The room's path could not be read back from the database: %1").arg(room.error().message));
    }
    if (const std::optional<RoomRun> stored = [&]() -> std::optional<RoomRun> {
            for (const RoomRun &r : m_store->roomRuns(m_seminar.uuid))
                if (r.uuid == m_run.uuid)
                    return r;
            return std::nullopt;
        }())
        m_run = *stored;
    for (const auto &m : m_members)
        if (const Result<void> reread = rereadAttempt(*m); !reread)
            Q_EMIT problem(tr("The answers of %1 could not be read back from the database: %2")
                               .arg(m->participant.displayName, reread.error().message));
    Q_EMIT tallyChanged();
}

Result<void> SeminarRoom::rereadAttempt(Member &member)
{
    if (!member.attempt)
        return {};
    auto restored = AttemptRecorder::resume(*m_store, member.attempt->record().uuid, m_scenario->catalog);
    if (!restored)
        return restored.error();
    member.attempt = std::make_unique<AttemptRecorder>(std::move(*restored));
    return {};
}

} // namespace saskati
