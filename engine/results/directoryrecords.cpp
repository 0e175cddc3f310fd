#include "directoryrecords.h"

#include "resultsdatabase.h"
#include "storerows_p.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saskati {

QList<InstitutionContact> DirectoryRecords::institutionContacts()
{
    QList<InstitutionContact> contacts;
    QSqlQuery q(m_db.database());
    if (!q.exec(
            u"SELECT institution, phone, free_phone, address, email, website, hours, verified_on, updated "
            u"FROM institution_contacts ORDER BY institution"_s)) {
        m_db.fail(u"read the institution contacts"_s, q.lastError());
        return contacts;
    }
    while (q.next())
        contacts.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                         q.value(6).toString(), QDate::fromString(q.value(7).toString(), Qt::ISODate),
                         storerows::fromIso(q.value(8))});
    return contacts;
}

Result<void> DirectoryRecords::saveInstitutionContact(const InstitutionContact &c)
{
    return m_db.write(
        u"INSERT OR REPLACE INTO institution_contacts (institution, phone, free_phone, address, email, "
        u"website, hours, verified_on, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {c.institution, c.phone, c.freePhone, c.address, c.email, c.website, c.hours,
         c.verifiedOn.isValid() ? c.verifiedOn.toString(Qt::ISODate) : QString(),
         isoTime(QDateTime::currentDateTimeUtc())},
        u"save the institution's contacts"_s);
}

} // namespace saskati
