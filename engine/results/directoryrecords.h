#pragma once

#include "institutioncontact.h"
#include "result.h"

#include <QList>

namespace saskati {

class ResultsDatabase;

/// The coordinator's corrections of the institution directory's contacts, each with the date it was
/// verified; they override the catalogue file's in debriefs (docs/catalog-format.md). A part of
/// ResultsStore; it works on any open ResultsDatabase.
class DirectoryRecords {
public:
    explicit DirectoryRecords(ResultsDatabase &db)
        : m_db(db)
    {}
    DirectoryRecords(const DirectoryRecords &) = delete; // a part lives on its database, inside its store
    DirectoryRecords &operator=(const DirectoryRecords &) = delete;

    /// The corrected contacts, by institution id.
    QList<InstitutionContact> institutionContacts();
    /// Saves one institution's contacts, replacing its previous correction.
    Result<void> saveInstitutionContact(const InstitutionContact &contact);

private:
    ResultsDatabase &m_db;
};

} // namespace saskati
