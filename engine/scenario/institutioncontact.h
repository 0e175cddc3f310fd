#pragma once

#include "catalog.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace saskati {

/// A coordinator's correction of an institution's contacts (the contact fields of the catalogue's
/// `institutions.json`), kept with the results: the catalogue file may be read-only where the app is
/// installed, and contacts change more often than releases.
struct InstitutionContact {
    QString institution; // catalogue id
    QString phone, freePhone, address, email, website, hours;
    QDate verifiedOn; // invalid: not verified
    QDateTime updated;
};

/// A coordinator's correction of the contacts `current` shows (the fields of `correction`, trimmed). Checked
/// with the institution (`verified`): verified `today`. Not checked: a correction that changes nothing keeps
/// the date `current` had; one that changes something has none (what was verified is no longer what is
/// shown).
InstitutionContact correctedContact(const Institution &current, InstitutionContact correction, bool verified,
                                    QDate today);

/// The catalogue with the corrections in place of the file's contacts (corrections of unknown ids are
/// ignored).
Catalog withContacts(Catalog catalog, const QList<InstitutionContact> &contacts);

} // namespace saskati
