#include "servererasure.h"

#include "serverconnection.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace saskati::servererasure {

Result<QStringList> find(ServerConnection &server, const QString &who)
{
    // A uuid is looked up as one (the primary key); anything else as a code.
    const bool uuid = !QUuid::fromString(who).isNull();
    const Result<QVariantList> found =
        server.column(uuid ? u"SELECT uuid::text FROM saskati.participants WHERE uuid = ?::uuid"_s
                           : u"SELECT uuid::text FROM saskati.participants WHERE code = ? ORDER BY uuid"_s,
                      {who}, u"look the person up"_s);
    if (!found)
        return found.error();
    QStringList people;
    for (const QVariant &person : *found)
        people.append(person.toString());
    return people;
}

Result<void> erase(ServerConnection &server, const QString &uuid)
{
    if (QUuid::fromString(uuid).isNull())
        return Error::withCode(u"no-person"_s,
                               u"'%1' is not a participant's uuid. Give the uuid or the code the review "
                               u"shows."_s.arg(uuid));
    return server.transaction([&]() -> Result<void> {
        const Result<QVariant> seen = server.value(
            u"SELECT 1 FROM saskati.participants WHERE uuid = ?::uuid"_s, {uuid}, u"look the person up"_s);
        if (!seen)
            return seen.error();
        if (!seen->isValid())
            return Error::withCode(
                u"no-person"_s,
                u"The server holds no participant %1 that the account '%2' may see: nothing was erased. "
                u"Check the uuid, or read the server again: they may have been erased already."_s.arg(
                    uuid, server.address().account));
        return server.exec(u"SELECT saskati.erase_participant(?::uuid)"_s, {uuid},
                           u"erase the person on the server"_s);
    });
}

} // namespace saskati::servererasure
