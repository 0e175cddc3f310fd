#pragma once

#include "playthrough.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace saskati {

/// One message from a participant's phone in a seminar (docs/seminar-protocol.md, section 2), checked for
/// shape only: whether the ids exist in the open decision is the room's business.
struct ParticipantMessage {
    enum class Type { Join, Resume, Language, Flag, Unflag, Vote, Referral, Answer, Ping, CheckAnswer };
    Type type = Type::Ping;
    QString pin;
    QString name; // trimmed, control characters removed, at most maxNameLength characters
    QString role;
    QString language;
    QString token;
    QString target;
    QString indicator;
    QString choice;
    QString question;
    QStringList options;
    QString option; // checkAnswer: the one option chosen
    QList<ReferralStep> plan;
};

inline constexpr qsizetype maxParticipantMessageBytes = 16 * 1024;
inline constexpr qsizetype maxNameLength = 40;
inline constexpr qsizetype maxIdentifierLength = 64;
inline constexpr qsizetype maxPlanSteps = 20;
inline constexpr qsizetype maxOptions = 20;

/// Parses one WebSocket text frame. Anything that is not exactly a protocol message fails with a reason (for
/// the server's log and counters; the phone only hears "malformed").
Result<ParticipantMessage> parseParticipantMessage(QByteArrayView bytes);

/// The languages the phone page speaks (its STRINGS in web/app.js), in the order it offers them.
const QStringList &phoneLanguages();

/// ASCII letters, digits, '-', '_', '.', at most maxIdentifierLength: the ids scenarios and catalogues use.
bool isProtocolIdentifier(const QString &text);

} // namespace saskati
