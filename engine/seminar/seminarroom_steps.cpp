// The lecturer's steps through the scenario (start, next, back, stop), each one transaction over the room's
// path and every participant's attempt, and how a refused step is undone by reading the database back.
#include "seminarroom.h"
#include "seminarroom_p.h"

#include "scoring.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace saskati {

void SeminarRoom::attachRoomSink(Playthrough &room, const QString &runId)
{
    room.setEventSink([this, runId](const Event &event) {
        return m_store->appendRoomEvent(runId, event) ? QString() : m_store->lastError();
    });
}

bool SeminarRoom::start(std::shared_ptr<const Scenario> scenario, const QString &language,
                        bool recordParticipants, QString *error)
{
    flush();
    if (running() && m_phase != Phase::Ended) {
        *error = tr("A scenario is running; stop it or play it to its end first.");
        return false;
    }
    // The room's run and every participant's attempt are created together, or nothing is.
    ResultsStore::Transaction transaction(*m_store);
    if (!transaction.isOpen()) {
        *error = m_store->lastError();
        return false;
    }
    const std::optional<RoomRun> run = m_store->beginRoomRun(m_seminar.uuid, *scenario, language);
    if (!run) {
        *error = m_store->lastError();
        return false;
    }
    auto room = std::make_unique<Playthrough>(scenario);
    attachRoomSink(*room, run->uuid);
    if (const auto r = room->start(PlayMode::Seminar); !r) {
        *error = r.error;
        return false;
    }
    std::vector<std::pair<Member *, std::unique_ptr<AttemptRecorder>>> attempts;
    if (recordParticipants)
        for (const auto &m : m_members) {
            auto attempt =
                AttemptRecorder::beginInRoom(*m_store, scenario, m->participant.uuid, *run, language, error);
            if (!attempt)
                return false;
            attempts.emplace_back(m.get(), std::make_unique<AttemptRecorder>(std::move(*attempt)));
        }
    if (!transaction.commit()) {
        *error = m_store->lastError();
        return false;
    }
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
    setPhase(Phase::Scene);
    return true;
}

bool SeminarRoom::next(QString *error)
{
    flush();
    if (!m_room) {
        *error = tr("Start a scenario first.");
        return false;
    }
    switch (m_phase) {
    case Phase::Lobby:
        *error = tr("Start a scenario first.");
        return false;
    case Phase::Scene:
        setPhase(Phase::Open);
        return true;
    case Phase::Open: {
        ResultsStore::Transaction step(*m_store);
        if (!step.isOpen()) {
            *error = m_store->lastError();
            return false;
        }
        if (!applyMajority(error))
            return undoStep(step, *error, error);
        if (!step.commit())
            return undoStep(step, m_store->lastError(), error);
        setPhase(Phase::Closed);
        return true;
    }
    case Phase::Closed:
        setPhase(Phase::Revealed);
        return true;
    case Phase::Revealed: {
        const QString choice = roomChoice();
        if (choice.isEmpty()) {
            *error = tr("Nobody has answered: choose the room's answer first.");
            return false;
        }
        RoomDecision decision{m_decisionNumber, m_room->state().scene, tally(), choice,
                              !m_override.isEmpty()};
        // The room's choice, every participant's, and the result when it ends the scenario: one step.
        const auto saveResult = [this](QString *why) {
            return !m_room->state().isFinished() || finishRun(why);
        };
        if (!takeStep(Action::choose(choice), saveResult, error))
            return false;
        const bool finished = m_room->state().isFinished();
        m_history.append(decision);
        m_override.clear();
        m_hands.clear();
        ++m_decisionNumber;
        setPhase(finished ? Phase::Ended : Phase::Scene);
        return true;
    }
    case Phase::Ended:
        *error = tr("The scenario has ended.");
        return false;
    }
    return false;
}

bool SeminarRoom::back(QString *error)
{
    flush();
    switch (m_phase) {
    case Phase::Lobby:
        *error = tr("Nothing to go back to.");
        return false;
    case Phase::Open:
        setPhase(Phase::Scene);
        return true;
    case Phase::Closed:
        setPhase(Phase::Open);
        return true;
    case Phase::Revealed:
        setPhase(Phase::Closed);
        return true;
    case Phase::Scene:
    case Phase::Ended: {
        if (!m_room || !m_room->canStepBack()) {
            *error = tr("This is the first decision.");
            return false;
        }
        // From the ending, the room's run is in progress again.
        const auto reopenRun = [this](QString *why) {
            if (m_phase != Phase::Ended ||
                m_store->finishRoomRun(m_run.uuid, AttemptRecord::Status::InProgress, {}, {}))
                return true;
            *why = m_store->lastError();
            return false;
        };
        if (!takeStep(Action::stepBack(), reopenRun, error))
            return false;
        if (m_phase == Phase::Ended)
            m_run.status = AttemptRecord::Status::InProgress;
        if (!m_history.isEmpty()) {
            m_override = m_history.last().overridden ? m_history.last().roomChoice : QString();
            m_hands = m_history.last().tally.hands;
            m_history.removeLast();
        }
        ++m_decisionNumber;
        setPhase(Phase::Revealed);
        return true;
    }
    }
    return false;
}

bool SeminarRoom::stop(QString *error)
{
    flush();
    if (!m_room || m_room->state().isFinished()) {
        *error = tr("No scenario is running.");
        return false;
    }
    const auto saveResult = [this](QString *why) { return finishRun(why); };
    if (!takeStep(Action::abandon(), saveResult, error))
        return false;
    setPhase(Phase::Ended);
    return true;
}

bool SeminarRoom::finishRun(QString *error)
{
    const Score score = scorePlaythrough(*m_scenario, m_room->state());
    const auto status =
        m_room->state().abandoned ? AttemptRecord::Status::Abandoned : AttemptRecord::Status::Completed;
    if (!m_store->finishRoomRun(m_run.uuid, status, scoreToJson(score), QDateTime::currentDateTimeUtc())) {
        *error = tr("The room's result could not be saved: %1").arg(m_store->lastError());
        return false;
    }
    m_run.status = status;
    return true;
}

bool SeminarRoom::takeStep(const Action &action, const std::function<bool(QString *)> &alsoSave,
                           QString *error)
{
    ResultsStore::Transaction step(*m_store);
    if (!step.isOpen()) {
        *error = m_store->lastError();
        return false;
    }
    if (const auto r = m_room->perform(action); !r)
        return undoStep(step, r.error, error);
    if (!followRoom(action, error) || !alsoSave(error))
        return undoStep(step, *error, error);
    if (!step.commit())
        return undoStep(step, m_store->lastError(), error);
    return true;
}

bool SeminarRoom::followRoom(const Action &action, QString *error)
{
    if (!m_recordParticipants)
        return true;
    QStringList stuck;
    for (const auto &m : m_members) {
        if (!m->attempt)
            continue;
        if (const auto r = m->attempt->perform(action); !r) {
            if (r.notStored) {
                *error = r.error;
                return false;
            }
            // A participant's attempt that cannot follow is left where it is: the room goes on, and the
            // lecturer is told whose answers stop counting.
            qCWarning(lcRoom) << "participant" << m->id << "could not follow the room:" << r.error;
            stuck.append(m->participant.displayName);
        }
    }
    if (!stuck.isEmpty())
        Q_EMIT problem(tr("The answers of %1 could not follow the room's step and are no longer recorded "
                          "for this scenario.")
                           .arg(stuck.join(u", "_s)));
    return true;
}

bool SeminarRoom::undoStep(ResultsStore::Transaction &step, const QString &why, QString *error)
{
    step.rollback();
    reloadFromStore();
    *error = why;
    return false;
}

void SeminarRoom::reloadFromStore()
{
    if (!m_room)
        return;
    QString error;
    if (auto room = Playthrough::replay(m_scenario, m_store->roomEvents(m_run.uuid), &error)) {
        m_room = std::make_unique<Playthrough>(std::move(*room));
        attachRoomSink(*m_room, m_run.uuid);
    } else {
        Q_EMIT problem(tr("The room's path could not be read back from the database: %1").arg(error));
    }
    if (const std::optional<RoomRun> stored = [&]() -> std::optional<RoomRun> {
            for (const RoomRun &r : m_store->roomRuns(m_seminar.uuid))
                if (r.uuid == m_run.uuid)
                    return r;
            return std::nullopt;
        }())
        m_run = *stored;
    for (const auto &m : m_members)
        if (!rereadAttempt(*m, &error))
            Q_EMIT problem(tr("The answers of %1 could not be read back from the database: %2")
                               .arg(m->participant.displayName, error));
    Q_EMIT tallyChanged();
}

bool SeminarRoom::rereadAttempt(Member &member, QString *error)
{
    if (!member.attempt)
        return true;
    auto restored =
        AttemptRecorder::resume(*m_store, member.attempt->record().uuid, m_scenario->catalog, error);
    if (!restored)
        return false;
    member.attempt = std::make_unique<AttemptRecorder>(std::move(*restored));
    return true;
}

} // namespace saskati
