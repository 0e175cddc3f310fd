#include "seminarrecords.h"

#include "resultsdatabase.h"
#include "storerows_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saskati {

Result<Seminar> SeminarRecords::addSeminar(Seminar s)
{
    if (s.uuid.isEmpty())
        s.uuid = storerows::newUuid();
    if (!s.created.isValid())
        s.created = QDateTime::currentDateTimeUtc();
    if (Result<void> written = m_db.write(
            u"INSERT INTO seminars (uuid, title, date, place, lecturer, audience, scenarios, notes, created) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {s.uuid, s.title, s.date.toString(Qt::ISODate), s.place, s.lecturer, s.audience,
             QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(s.scenarios)).toJson(QJsonDocument::Compact)),
             s.notes, isoTime(s.created)},
            u"add the seminar"_s);
        !written)
        return written.error();
    return s;
}

QList<Seminar> SeminarRecords::seminars()
{
    QList<Seminar> list;
    QSqlQuery q(m_db.database());
    q.exec(u"SELECT uuid, title, date, place, lecturer, audience, scenarios, notes, created FROM seminars "
           u"ORDER BY date, created"_s);
    while (q.next()) {
        Seminar s;
        s.uuid = q.value(0).toString();
        s.title = q.value(1).toString();
        s.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        s.place = q.value(3).toString();
        s.lecturer = q.value(4).toString();
        s.audience = q.value(5).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(6).toByteArray()).array())
            s.scenarios.append(v.toString());
        s.notes = q.value(7).toString();
        s.created = storerows::fromIso(q.value(8));
        list.append(s);
    }
    return list;
}

} // namespace saskati
