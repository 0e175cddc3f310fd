#include "participantrecords.h"

#include "resultsdatabase.h"
#include "storerows_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// A code that says nothing about the person: "P-" and six characters of a random UUID.
QString newCode()
{
    return u"P-"_s + QUuid::createUuid().toString(QUuid::Id128).left(6).toUpper();
}

// Lower case without accents: "Mārīte" and "MARITE" read alike in a search.
QString searchKey(const QString &text)
{
    QString key;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            key.append(c);
    return key.toCaseFolded();
}

} // namespace

Result<Participant> ParticipantRecords::addParticipant(const QString &displayName, const QString &role,
                                                       const QString &code)
{
    Participant p{storerows::newUuid(), displayName.trimmed(), code, role, QDateTime::currentDateTimeUtc()};
    if (p.displayName.isEmpty())
        return Error(u"A participant needs a name (or a pseudonym)."_s);
    if (p.code.isEmpty())
        p.code = freeCode();
    if (p.code.isEmpty())
        return Error(u"Could not find a free participant code; check the database."_s);
    if (Result<void> written = m_db.write(
            u"INSERT INTO participants (uuid, display_name, code, role, created) VALUES (?, ?, ?, ?, ?)"_s,
            {p.uuid, p.displayName, p.code, p.role, isoTime(p.created)}, u"add the participant"_s);
        !written)
        return written.error();
    return p;
}

QString ParticipantRecords::freeCode()
{
    // Six random characters give 16.7 million codes: over years of seminars two people would meet one
    // another's code now and then, so a generated code is drawn again until it is free.
    for (int draw = 0; draw < 16; ++draw) {
        const QString candidate = newCode();
        QSqlQuery taken(m_db.database());
        taken.prepare(u"SELECT 1 FROM participants WHERE code = ?"_s);
        taken.addBindValue(candidate);
        if (taken.exec() && !taken.next())
            return candidate;
    }
    return {};
}

QList<Participant> ParticipantRecords::participants()
{
    return participantsWhere({});
}

QList<Participant> ParticipantRecords::practisingParticipants()
{
    return participantsWhere(
        u"WHERE NOT EXISTS (SELECT 1 FROM attempts a WHERE a.participant_uuid = p.uuid AND a.seminar_uuid IS "
        u"NOT NULL) "
        u"OR EXISTS (SELECT 1 FROM attempts a WHERE a.participant_uuid = p.uuid AND a.seminar_uuid IS NULL)"_s);
}

QList<Participant> ParticipantRecords::participantsWhere(const QString &where)
{
    QList<Participant> list;
    QSqlQuery q(m_db.database());
    q.exec(u"SELECT p.uuid, p.display_name, p.code, p.role, p.created FROM participants p %1 "
           u"ORDER BY p.display_name, p.created"_s.arg(where));
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), storerows::fromIso(q.value(4))});
    return list;
}

Result<Participant> ParticipantRecords::participant(const QString &key)
{
    // A uuid or code names one person; a name may be shared, and then the code must be used.
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT uuid, display_name, code, role, created FROM participants "
              u"WHERE uuid = ? OR code = ? OR display_name = ? ORDER BY (display_name = ?), created"_s);
    for (int i = 0; i < 4; ++i)
        q.addBindValue(key);
    if (!q.exec() || !q.next())
        return Error(u"There is no participant '%1'."_s.arg(key));
    const Participant p{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), storerows::fromIso(q.value(4))};
    if (p.displayName == key && p.uuid != key && p.code != key && q.next())
        return Error(u"Several participants are called '%1'; name one by its code."_s.arg(key));
    return p;
}

QList<Participant> ParticipantRecords::findParticipants(const QString &text, int limit)
{
    // In C++, not SQL: SQLite's LIKE folds only ASCII. A laptop holds thousands of people, not millions.
    const QString needle = searchKey(text.simplified());
    QList<Participant> found;
    for (const Participant &p : participants()) {
        if (found.size() >= limit)
            break;
        if (searchKey(p.displayName).contains(needle) || searchKey(p.code).contains(needle))
            found.append(p);
    }
    return found;
}

QHash<QString, int> ParticipantRecords::attemptCounts()
{
    QHash<QString, int> counts;
    QSqlQuery q(m_db.database());
    q.exec(u"SELECT participant_uuid, count(*) FROM attempts GROUP BY participant_uuid"_s);
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

Result<void> ParticipantRecords::eraseParticipant(const QString &uuid)
{
    // Attempts and their events go with the participant (ON DELETE CASCADE), in one transaction.
    const QString sql = u"DELETE FROM participants WHERE uuid = ?"_s;
    QSqlQuery q(m_db.database());
    q.prepare(sql);
    q.addBindValue(uuid);
    if (!q.exec())
        return m_db.fail(u"erase the participant"_s, q.lastError());
    if (q.numRowsAffected() == 0)
        return Error(u"There is no participant '%1'."_s.arg(uuid));
    q.finish();
    m_db.forgetEverywhere(sql, {uuid});
    return {};
}

Result<int> ParticipantRecords::pseudonymiseSeminar(const QString &seminar)
{
    // A name becomes the person's code everywhere: a participant of two seminars is one person.
    const QString sql = u"UPDATE participants SET display_name = code WHERE display_name != code AND uuid IN "
                        u"(SELECT participant_uuid FROM attempts WHERE seminar_uuid = ?)"_s;
    QSqlQuery q(m_db.database());
    q.prepare(sql);
    q.addBindValue(seminar);
    if (!q.exec())
        return m_db.fail(u"replace the seminar's names by codes"_s, q.lastError());
    const int renamed = q.numRowsAffected();
    q.finish();
    m_db.forgetEverywhere(sql, {seminar});
    return renamed;
}

} // namespace saskati
