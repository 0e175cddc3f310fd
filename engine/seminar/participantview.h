#pragma once

#include "seminarroom.h"

#include <QJsonObject>

namespace saskati {

/// What a participant's phone is shown, as protocol messages (docs/seminar-protocol.md, section 3). Only what
/// a participant may see: never the key, never other participants' answers.
namespace participantview {

QJsonObject welcome(const SeminarRoom &room, const Catalog *catalog, const QString &language);
QJsonObject joined(const SeminarRoom::Member &member, const Catalog *catalog);
/// The decision without the participant's answers; the same for everyone with this language (cacheable).
QJsonObject decision(const SeminarRoom &room, const QString &language);
QJsonObject state(const SeminarRoom &room, const QJsonObject &decision, const QString &memberId,
                  const QString &language);

} // namespace participantview

} // namespace saskati
