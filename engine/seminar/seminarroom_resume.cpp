// Taking a seminar up again: the members of a reopened seminar, and the scenario a crash interrupted.
#include "seminarroom.h"
#include "seminarroom_p.h"

#include <algorithm>

namespace saskati {

void SeminarRoom::restoreMembers()
{
    for (const RoomMemberRecord &record : m_store->roomMembers(m_seminar.uuid)) {
        if (m_byId.contains(record.memberId))
            continue;
        const Result<Participant> participant = m_store->participant(record.participant);
        if (!participant)
            continue; // erased since
        auto member = std::make_unique<Member>();
        member->id = record.memberId;
        member->participant = *participant;
        member->language = record.language;
        m_byId.insert(member->id, member.get());
        m_byToken.insert(record.tokenHash, member.get());
        m_members.push_back(std::move(member));
    }
    Q_EMIT membersChanged();
}

Result<void> SeminarRoom::resumeRun(const RoomRun &run, std::shared_ptr<const Scenario> scenario)
{
    if (running() || run.seminar != m_seminar.uuid || run.status != AttemptRecord::Status::InProgress)
        return Error(
            tr("Only an interrupted scenario of this seminar can be resumed, in a room that has not begun."));
    // The room's path as stored: every step it took was committed with everyone's (one transaction each).
    const QList<Event> roomEvents = m_store->roomEvents(run.uuid);
    Result<Playthrough> room = Playthrough::replay(scenario, roomEvents);
    if (!room)
        return room.error();
    auto roomPlaythrough = std::make_unique<Playthrough>(std::move(*room));
    attachRoomSink(*roomPlaythrough, run.uuid);
    QHash<QString, AttemptRecord> attemptOf; // participant -> their attempt in this run
    for (const AttemptRecord &a : m_store->roomAttempts(run.uuid))
        if (a.status == AttemptRecord::Status::InProgress)
            attemptOf.insert(a.participant, a);
    std::vector<std::pair<Member *, std::unique_ptr<AttemptRecorder>>> attempts;
    restoreMembers();
    for (const auto &m : m_members)
        if (attemptOf.contains(m->participant.uuid)) {
            auto attempt = AttemptRecorder::resume(*m_store, attemptOf.value(m->participant.uuid).uuid,
                                                   scenario->catalog);
            if (!attempt)
                return attempt.error();
            attempts.emplace_back(m.get(), std::make_unique<AttemptRecorder>(std::move(*attempt)));
        }
    for (auto &[member, attempt] : attempts)
        member->attempt = std::move(attempt);
    m_scenario = std::move(scenario);
    m_room = std::move(roomPlaythrough);
    m_run = run;
    m_language = run.language;
    m_recordParticipants = !attemptOf.isEmpty() || m_members.empty();
    m_feedbackAfterEachMove = m_room->state().feedbackAfterEachMove.value_or(m_feedbackAfterEachMove);
    Q_EMIT feedbackAfterEachMoveChanged();
    m_history.clear();
    m_override.clear();
    m_hands.clear();
    // A decision number not used in this run before (hand counts are kept by it).
    int steps = 0;
    for (const Event &e : roomEvents)
        steps += e.type == Event::Type::Choose || e.type == Event::Type::StepBack;
    m_decisionNumber = steps + 1;
    for (const HandCount &h : m_store->handCounts(run.uuid))
        m_decisionNumber = std::max(m_decisionNumber, h.decision + 1);
    // Who had answered the decision open at the crash keeps counting in its tally.
    const QString scene = m_room->state().scene;
    for (const auto &m : m_members)
        if (m->attempt) {
            const PlaythroughState &s = m->attempt->playthrough().state();
            if (s.votes.contains(s.currentDecision()) ||
                std::any_of(s.flags.cbegin(), s.flags.cend(),
                            [&](const Flag &f) { return f.scene == scene; }))
                m->answeredDecision = m_decisionNumber;
        }
    qCInfo(lcRoom) << "resumed the room run" << run.uuid << "at" << scene << "with" << m_members.size()
                   << "participants";
    Q_EMIT membersChanged();
    setPhase(m_room->state().isFinished() ? Phase::Ended : Phase::Scene);
    return {};
}

} // namespace saskati
