// The phones' answers: each performed on arrival inside an open transaction, committed together on the next
// turn of the event loop (the group commit), and what a participant holds in the current decision.
#include "seminarroom.h"
#include "seminarroom_p.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace saskati {

QJsonObject SeminarRoom::answersOf(const QString &memberId) const
{
    const Member *m = member(memberId);
    QJsonObject flags;
    QJsonValue vote = QJsonValue::Null, referral = QJsonValue::Null;
    QJsonObject answers;
    if (m && m->attempt && m_room) {
        const PlaythroughState &s = m->attempt->playthrough().state();
        const QString scene = m_room->state().scene;
        for (const Flag &f : s.flags)
            if (f.scene == scene)
                flags.insert(f.target, f.indicator);
        vote = s.currentVote();
        if (s.referral) {
            QJsonArray plan;
            for (const ReferralStep &step : *s.referral)
                plan.append(QJsonObject{{u"institution"_s, step.institution},
                                        {u"urgency"_s, urgencyId(step.urgency)}});
            referral = plan;
        }
        for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it)
            answers.insert(it.key(), QJsonArray::fromStringList(it.value()));
    }
    return QJsonObject{
        {u"flags"_s, flags}, {u"vote"_s, vote}, {u"referral"_s, referral}, {u"answers"_s, answers}};
}

SeminarRoom::Answer SeminarRoom::submit(const QString &memberId, const ParticipantMessage &message)
{
    Member *m = memberById(memberId);
    if (!m)
        return Answer::NotJoined;
    if (m_phase != Phase::Open || !m->attempt)
        return Answer::Closed;
    Action action;
    switch (message.type) {
    case ParticipantMessage::Type::Flag:
        action = Action::flag(message.target, message.indicator);
        break;
    case ParticipantMessage::Type::Unflag:
        action = Action::unflag(message.target);
        break;
    case ParticipantMessage::Type::Vote:
        action = Action::vote(message.choice);
        break;
    case ParticipantMessage::Type::Referral:
        action = Action::submitReferral(message.plan);
        break;
    case ParticipantMessage::Type::Answer:
        action = Action::answer(message.question, message.options);
        break;
    default:
        return Answer::Invalid;
    }
    const Event::Type type = action.type;
    // Re-sending what is already held changes nothing and is not recorded again.
    const PlaythroughState &state = m->attempt->playthrough().state();
    const bool unchanged = (type == Event::Type::Vote && state.currentVote() == message.choice) ||
                           (type == Event::Type::Unflag && !state.flags.contains(message.target)) ||
                           (type == Event::Type::Flag && state.flags.contains(message.target) &&
                            state.flags.value(message.target).indicator == message.indicator);
    if (unchanged) {
        if (!m_pending.contains(m->id))
            m_pending.append(m->id);
        if (!m_answers)
            QTimer::singleShot(0, this, &SeminarRoom::flush);
        return Answer::Pending;
    }
    if (!openAnswers())
        return Answer::Storage;
    if (const auto r = m->attempt->perform(action); !r) {
        return Playthrough::notStored(r) ? Answer::Storage : Answer::Invalid;
    }
    m->answeredDecision = m_decisionNumber;
    if (!m_pending.contains(m->id))
        m_pending.append(m->id);
    return Answer::Pending;
}

bool SeminarRoom::openAnswers()
{
    if (m_answers)
        return true;
    auto transaction = std::make_unique<ResultsStore::Transaction>(*m_store);
    if (!transaction->isOpen())
        return false;
    m_answers = std::move(transaction);
    QTimer::singleShot(0, this, &SeminarRoom::flush); // the group commit, on the next turn of the event loop
    return true;
}

bool SeminarRoom::flush()
{
    const QStringList pending = std::exchange(m_pending, {});
    if (!m_answers) {
        if (!pending.isEmpty())
            Q_EMIT answersSaved(pending); // repeats of what was already saved
        return true;
    }
    const std::unique_ptr<ResultsStore::Transaction> answers = std::move(m_answers);
    const Result<void> committed = answers->commit();
    if (committed) {
        Q_EMIT answersSaved(pending);
        Q_EMIT tallyChanged();
        return true;
    }
    // The answers were performed in memory but never reached the disk: read the attempts (and the check's
    // answers) back as stored.
    if (m_checkPhase == CheckPhase::Open)
        rereadCheckAnswers();
    for (const QString &id : pending) {
        Member *m = memberById(id);
        if (!m)
            continue;
        if (const Result<void> reread = rereadAttempt(*m); !reread)
            qCWarning(lcRoom) << "could not re-read an attempt:" << reread.error().message;
    }
    Q_EMIT answersLost(pending, committed.error().message);
    Q_EMIT tallyChanged();
    return false;
}

} // namespace saskati
