#include "institutioncontact.h"

namespace saskati {

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
