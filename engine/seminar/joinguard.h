#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <functional>

namespace saskati {

/// The limits of JoinGuard (see there); the defaults are the product's.
struct JoinLimits {
    int roomWrongPins = 20;
    qint64 roomWindowMs = 60'000;
    qint64 firstPauseMs = 30'000;
    qint64 longestPauseMs = 60 * 60'000;
    qint64 calmAfterMs = 60 * 60'000; // counted from the end of the last pause
    int addressWrongPins = 10;
    qint64 addressWindowMs = 10 * 60'000;
    qint64 addressBlockMs = 10 * 60'000; // the first block; each further one twice the last, up to an hour
    qint64 longestAddressBlockMs = 60 * 60'000;
    int addressJoins = 6; // a person who cleared the page may join again; a script may not fill the room
};

/// Who may try the seminar's PIN or join, and when: the server's defence against guessing the PIN over many
/// connections and against one client filling the room (docs/seminar-protocol.md, 1). Asked before a PIN is
/// compared, so that a paused room or a blocked address learns nothing from its guesses.
///
/// The room: after `roomWrongPins` wrong PINs within `roomWindowMs` (from any connections and addresses),
/// joining pauses; the first pause lasts `firstPauseMs`, each further one twice the last (up to
/// `longestPauseMs`), until `calmAfterMs` pass after a pause without a wrong PIN. An address: after
/// `addressWrongPins` wrong PINs within `addressWindowMs` it may not try for `addressBlockMs`, each further
/// block twice as long (up to `longestAddressBlockMs`); it may create at most `addressJoins` participants per
/// `addressWindowMs`. Phones already in are not affected: they resume with their token. With the defaults a
/// guesser gets at most a few hundred guesses in a ten-hour day, whatever their strategy and however many
/// devices they use (tst_joinguard): under a 0.05 % chance of finding a six-digit PIN.
class JoinGuard {
public:
    using Limits = JoinLimits;
    enum class Verdict { Allowed, RoomPaused, AddressBlocked, AddressFull };
    struct Decision {
        Verdict verdict = Verdict::Allowed;
        qint64 retryAfterMs = 0;
        bool allowed() const { return verdict == Verdict::Allowed; }
    };
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit JoinGuard(Limits limits = {}, Clock clock = {});

    /// Before a join's PIN is compared.
    Decision check(const QHostAddress &address);
    /// A join with a wrong PIN. True when this one paused the room (the console says so).
    bool wrongPin(const QHostAddress &address);
    /// A participant was created from this address.
    void joined(const QHostAddress &address);
    /// The lecturer chose a new PIN: the room's pause ends (guesses at the old PIN say nothing about the new
    /// one); how long the next pause lasts is kept, so that a guesser gains nothing from it.
    void pinChanged();

    bool roomPaused() const;
    /// Milliseconds until joining resumes; 0 when it is not paused.
    qint64 roomPauseLeftMs() const;
    /// How many times the room paused since the seminar began.
    int roomPauses() const { return m_pauses; }
    const Limits &limits() const { return m_limits; }

private:
    struct AddressRecord {
        QList<qint64> wrongPins; // times, within the window
        QList<qint64> joins;
        qint64 blockedUntil = 0;
        qint64 nextBlockMs = 0;
    };
    qint64 now() const { return m_clock(); }
    static void forget(QList<qint64> &times, qint64 before);

    Limits m_limits;
    Clock m_clock;
    QList<qint64> m_roomWrongPins; // times, within the room's window
    qint64 m_pausedUntil = 0;
    qint64 m_lastWrongPin = -1;
    qint64 m_nextPauseMs = 0;
    int m_pauses = 0;
    QHash<QHostAddress, AddressRecord> m_addresses;
};

} // namespace saskati
