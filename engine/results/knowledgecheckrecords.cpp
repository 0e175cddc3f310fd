#include "knowledgecheckrecords.h"

#include "event.h"
#include "resultsdatabase.h"
#include "storerows_p.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saskati {

QString roundId(KnowledgeAnswer::Round round)
{
    return round == KnowledgeAnswer::Round::Before ? u"before"_s : u"after"_s;
}

bool roundFromId(const QString &id, KnowledgeAnswer::Round *round)
{
    if (id == u"before"_s)
        *round = KnowledgeAnswer::Round::Before;
    else if (id == u"after"_s)
        *round = KnowledgeAnswer::Round::After;
    else
        return false;
    return true;
}

Result<void> KnowledgeCheckRecords::saveKnowledgeAnswer(const KnowledgeAnswer &a)
{
    return m_db.write(
        u"INSERT OR REPLACE INTO knowledge_answers (seminar_uuid, participant_uuid, round, "
        u"check_id, question_id, option_id, correct, answered) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {a.seminar, a.participant, roundId(a.round), a.check, a.question, a.option, a.correct ? 1 : 0,
         isoTime(a.answered.isValid() ? a.answered : QDateTime::currentDateTimeUtc())},
        u"save the knowledge check's answer"_s);
}

QList<KnowledgeAnswer> KnowledgeCheckRecords::knowledgeAnswers(const QString &seminar)
{
    QList<KnowledgeAnswer> list;
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT seminar_uuid, participant_uuid, round, check_id, question_id, option_id, correct, "
              u"answered FROM knowledge_answers %1 ORDER BY seminar_uuid, participant_uuid, round DESC, "
              u"question_id"_s.arg(seminar.isEmpty() ? QString() : u"WHERE seminar_uuid = ?"_s));
    if (!seminar.isEmpty())
        q.addBindValue(seminar);
    if (!q.exec())
        qWarning("could not read the knowledge check's answers: %s", qPrintable(q.lastError().text()));
    while (q.next()) {
        KnowledgeAnswer a;
        a.seminar = q.value(0).toString();
        a.participant = q.value(1).toString();
        roundFromId(q.value(2).toString(), &a.round);
        a.check = q.value(3).toString();
        a.question = q.value(4).toString();
        a.option = q.value(5).toString();
        a.correct = q.value(6).toInt() != 0;
        a.answered = storerows::fromIso(q.value(7));
        list.append(a);
    }
    return list;
}

Result<void> KnowledgeCheckRecords::markKnowledgeKeyShown(const QString &seminar)
{
    return m_db.write(u"INSERT OR IGNORE INTO knowledge_key_shown (seminar_uuid, shown) VALUES (?, ?)"_s,
                      {seminar, isoTime(QDateTime::currentDateTimeUtc())},
                      u"note that the knowledge check's answers were shown"_s);
}

bool KnowledgeCheckRecords::knowledgeKeyShown(const QString &seminar)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT 1 FROM knowledge_key_shown WHERE seminar_uuid = ?"_s);
    q.addBindValue(seminar);
    if (!q.exec()) {
        qWarning("could not read whether the knowledge check's answers were shown: %s",
                 qPrintable(q.lastError().text()));
        return true; // unknown counts as shown: a round that stays shut is safer than a gain that lies
    }
    return q.next();
}

} // namespace saskati
