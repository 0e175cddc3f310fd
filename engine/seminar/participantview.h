#pragma once

#include "seminarroom.h"

#include <QJsonObject>

namespace saskati {

/// What a participant's phone is shown, as protocol messages (docs/seminar-protocol.md, section 3). Only what
/// a participant may see: never the key, never other participants' answers.
namespace participantview {

QJsonObject welcome(const SeminarRoom &room, const Catalog *catalog, const QString &language);
QJsonObject joined(const SeminarRoom::Member &member, const Catalog *catalog);
/// The decision without the participant's answers; the same for everyone with this language (cacheable). A
/// chat message's photo is at `photoPrefix` + scene id + "/" + line id (none when the prefix is empty).
QJsonObject decision(const SeminarRoom &room, const QString &language, const QString &photoPrefix);
/// The absolute path of the chat photo of line `lineId`, if the current decision shows it (scene `sceneId`,
/// its messages on the phones); empty otherwise. The only media file a phone may fetch (version 1.4).
QString shownPhotoFile(const SeminarRoom &room, const QString &sceneId, const QString &lineId);
QJsonObject state(const SeminarRoom &room, const QJsonObject &decision, const QString &memberId,
                  const QString &language);

/// The state while the room shows a knowledge check or the take-away (version 1.3, participantcheckview.cpp):
/// the check's questions and the participant's answers, or the take-away sheet of the seminar's audience and
/// the participant's result. Only their own answers, never the others'.
QJsonObject checkState(const SeminarRoom &room, const Catalog *catalog, const QString &memberId,
                       const QString &language);
/// What `received` carries after a checkAnswer: every answer the participant holds in the open round.
QJsonObject checkAnswers(const SeminarRoom &room, const QString &memberId);

} // namespace participantview

} // namespace saskati
