#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace saskati {

class ServerConnection;

/// Erasing a person on the server itself (docs/server.md, "Erasure everywhere"): for a coordinator whose
/// review reads the server, where people other laptops sent are not on their own laptop to erase. The person
/// goes with everything of theirs, the server keeps a tombstone, and every laptop and review copy that holds
/// them erases them at its next sync or reading. The server decides who may (row-level security and
/// saskati.erase_participant): a coordinator anyone of their municipality, a lecturer a person they sent.
/// Anyone else cannot see the person and gets "no-person"; "42501" only if the server refuses an account it
/// lets see them.
namespace servererasure {

/// The uuids of the people the account can see whose uuid or code is `who` (a code is drawn on each laptop:
/// two laptops' people can share one).
Result<QStringList> find(ServerConnection &server, const QString &who);

/// Erases the person with this uuid in one transaction. A uuid the account cannot see is refused with code
/// "no-person" and leaves no tombstone (the server would keep one for a person it never had).
Result<void> erase(ServerConnection &server, const QString &uuid);

} // namespace servererasure

} // namespace saskati
