#include "institutioncontact.h"

namespace saskati {

InstitutionContact correctedContact(const Institution &current, InstitutionContact c, bool verified,
                                    QDate today)
{
    for (QString *field : {&c.phone, &c.freePhone, &c.address, &c.email, &c.website, &c.hours})
        *field = field->trimmed();
    const bool unchanged = c.phone == current.phone && c.freePhone == current.freePhone &&
                           c.address == current.address && c.email == current.email &&
                           c.website == current.website && c.hours == current.hours;
    c.institution = current.id;
    c.verifiedOn = verified    ? today
                   : unchanged ? QDate::fromString(current.verifiedOn, Qt::ISODate)
                               : QDate();
    return c;
}

Catalog withContacts(Catalog catalog, const QList<InstitutionContact> &contacts)
{
    for (const InstitutionContact &c : contacts) {
        const auto it = catalog.institutions.find(c.institution);
        if (it == catalog.institutions.end())
            continue;
        it->phone = c.phone;
        it->freePhone = c.freePhone;
        it->address = c.address;
        it->email = c.email;
        it->website = c.website;
        it->hours = c.hours;
        it->verifiedOn = c.verifiedOn.isValid() ? c.verifiedOn.toString(Qt::ISODate) : QString();
    }
    return catalog;
}

} // namespace saskati
