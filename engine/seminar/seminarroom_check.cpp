// The knowledge check of a prevention seminar (issue #20): a round of the same questions before the first
// scenario and after the last, answered on the phones and group-committed as the scenario's answers are; then
// the take-away on every phone. Between scenarios only: a round never opens while a scenario is in progress.
#include "seminarroom.h"
#include "seminarroom_p.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace saskati {

QString participantPhaseId(const SeminarRoom &room)
{
    switch (room.checkPhase()) {
    case SeminarRoom::CheckPhase::Open:
        return u"check"_s;
    case SeminarRoom::CheckPhase::Closed:
        return u"check-closed"_s;
    case SeminarRoom::CheckPhase::Takeaway:
        return u"takeaway"_s;
    case SeminarRoom::CheckPhase::None:
        break;
    }
    return roomPhaseId(room.phase());
}

Result<void> SeminarRoom::openCheck(const KnowledgeCheck &check, KnowledgeAnswer::Round round)
{
    flush();
    if (running() && m_phase != Phase::Ended)
        return Error(tr("A scenario is running; play it to its end or stop it first."));
    if (check.questions.isEmpty())
        return Error(tr("The knowledge check has no questions."));
    // Answers given after the key was seen, or a "before" after the seminar began, would make the gain a lie;
    // both are read from the database, so that a restarted app keeps to them.
    if (m_store->knowledgeKeyShown(m_seminar.uuid))
        return Error(
            tr("The right answers have been shown on the phones: the check cannot be opened again."));
    if (round == KnowledgeAnswer::Round::Before &&
        (running() || !m_store->roomRuns(m_seminar.uuid).isEmpty()))
        return Error(tr("The check before is for before the first scenario: open the check after instead."));
    m_check = check;
    m_checkRound = round;
    rereadCheckAnswers(); // a reopened seminar keeps what was answered
    setCheckPhase(CheckPhase::Open);
    return {};
}

Result<void> SeminarRoom::closeCheck()
{
    flush();
    if (!m_check || (m_checkPhase != CheckPhase::Open && m_checkPhase != CheckPhase::Takeaway))
        return Error(tr("No knowledge check is open."));
    setCheckPhase(CheckPhase::Closed);
    return {};
}

Result<void> SeminarRoom::showTakeaway(const KnowledgeCheck *check)
{
    flush();
    if (running() && m_phase != Phase::Ended && m_checkPhase == CheckPhase::None)
        return Error(tr("A scenario is running; play it to its end or stop it first."));
    if (m_checkPhase == CheckPhase::Open)
        return Error(tr("Close the knowledge check first."));
    if (!m_check && check) {
        m_check = *check;
        rereadCheckAnswers();
    }
    // Noted before the phones are told (setCheckPhase): a restart after they saw it still knows. (The first
    // time is kept.)
    if (resultsShown())
        if (const Result<void> noted = m_store->markKnowledgeKeyShown(m_seminar.uuid); !noted)
            return noted;
    setCheckPhase(CheckPhase::Takeaway);
    return {};
}

bool SeminarRoom::resultsShown() const
{
    if (!m_check || m_checkPhase == CheckPhase::Open)
        return false;
    const auto after = m_checkAnswers.constFind(int(KnowledgeAnswer::Round::After));
    return after != m_checkAnswers.constEnd() && !after->isEmpty();
}

void SeminarRoom::leaveCheck()
{
    flush();
    if (m_checkPhase != CheckPhase::None)
        setCheckPhase(CheckPhase::None);
}

void SeminarRoom::setCheckPhase(CheckPhase phase)
{
    m_store->checkpoint(); // between answers, as setPhase
    m_checkPhase = phase;
    Q_EMIT phaseChanged();
    Q_EMIT tallyChanged();
}

SeminarRoom::Answer SeminarRoom::submitCheckAnswer(const QString &memberId, const QString &questionId,
                                                   const QString &optionId)
{
    Member *m = memberById(memberId);
    if (!m)
        return Answer::NotJoined;
    if (m_checkPhase != CheckPhase::Open || !m_check)
        return Answer::Closed;
    const KnowledgeCheck::Question *question = m_check->question(questionId);
    if (!question || !question->option(optionId))
        return Answer::Invalid;
    QHash<QString, QString> &held = m_checkAnswers[int(m_checkRound)][m->participant.uuid];
    if (held.value(questionId) != optionId) {
        if (!openAnswers())
            return Answer::Storage;
        const KnowledgeAnswer answer{m_seminar.uuid,
                                     m->participant.uuid,
                                     m_checkRound,
                                     m_check->id,
                                     questionId,
                                     optionId,
                                     question->answer == optionId,
                                     {}};
        if (!m_store->saveKnowledgeAnswer(answer))
            return Answer::Storage;
        held.insert(questionId, optionId);
    }
    if (!m_pending.contains(m->id))
        m_pending.append(m->id);
    if (!m_answers)
        QTimer::singleShot(0, this, &SeminarRoom::flush); // a repeat: acknowledged, nothing written
    return Answer::Pending;
}

QHash<QString, QString> SeminarRoom::checkAnswersOf(const QString &memberId,
                                                    KnowledgeAnswer::Round round) const
{
    const Member *m = member(memberId);
    return m ? m_checkAnswers.value(int(round)).value(m->participant.uuid) : QHash<QString, QString>();
}

SeminarRoom::CheckTally SeminarRoom::checkTally(KnowledgeAnswer::Round round) const
{
    CheckTally tally;
    tally.members = int(m_members.size());
    if (!m_check)
        return tally;
    for (const auto &m : m_members) {
        const QHash<QString, QString> answers = m_checkAnswers.value(int(round)).value(m->participant.uuid);
        if (answers.isEmpty())
            continue;
        ++tally.answered;
        if (answers.size() >= m_check->questions.size())
            ++tally.complete;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            if (const KnowledgeCheck::Question *q = m_check->question(it.key()); q && q->answer == it.value())
                ++tally.right;
    }
    return tally;
}

QList<KnowledgeAnswer> SeminarRoom::checkAnswers() const
{
    return m_store->knowledgeAnswers(m_seminar.uuid);
}

void SeminarRoom::rereadCheckAnswers()
{
    m_checkAnswers.clear();
    for (const KnowledgeAnswer &a : m_store->knowledgeAnswers(m_seminar.uuid))
        m_checkAnswers[int(a.round)][a.participant].insert(a.question, a.option);
}

} // namespace saskati
