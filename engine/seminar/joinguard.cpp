#include "joinguard.h"

#include <QElapsedTimer>
#include <algorithm>

namespace saskati {

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    // Starts well above zero, so that "until 0" is always in the past.
    return timer.elapsed() + 24 * 3600 * 1000LL;
}

} // namespace

JoinGuard::JoinGuard(Limits limits, Clock clock)
    : m_limits(limits)
    , m_clock(clock ? std::move(clock) : Clock(monotonicMs))
    , m_nextPauseMs(limits.firstPauseMs)
{}

void JoinGuard::forget(QList<qint64> &times, qint64 before)
{
    times.erase(times.begin(),
                std::find_if(times.begin(), times.end(), [&](qint64 t) { return t > before; }));
}

JoinGuard::Decision JoinGuard::check(const QHostAddress &address)
{
    const qint64 t = now();
    if (t < m_pausedUntil)
        return {Verdict::RoomPaused, m_pausedUntil - t};
    const auto it = m_addresses.find(address);
    if (it == m_addresses.end())
        return {};
    if (t < it->blockedUntil)
        return {Verdict::AddressBlocked, it->blockedUntil - t};
    forget(it->joins, t - m_limits.addressWindowMs);
    if (it->joins.size() >= m_limits.addressJoins)
        return {Verdict::AddressFull, it->joins.first() + m_limits.addressWindowMs - t};
    return {};
}

bool JoinGuard::wrongPin(const QHostAddress &address)
{
    const qint64 t = now();
    if (m_addresses.size() > 4096) // many addresses guessing: keep only those that still matter
        m_addresses.removeIf([&](const auto &entry) {
            const AddressRecord &r = entry.value();
            return r.blockedUntil + m_limits.longestAddressBlockMs <= t &&
                   (r.wrongPins.isEmpty() || r.wrongPins.last() < t - m_limits.addressWindowMs) &&
                   (r.joins.isEmpty() || r.joins.last() < t - m_limits.addressWindowMs);
        });
    AddressRecord &record = m_addresses[address];
    forget(record.wrongPins, t - m_limits.addressWindowMs);
    record.wrongPins.append(t);
    if (record.wrongPins.size() >= m_limits.addressWrongPins) {
        if (record.nextBlockMs == 0)
            record.nextBlockMs = m_limits.addressBlockMs;
        record.blockedUntil = t + record.nextBlockMs;
        record.nextBlockMs = std::min(record.nextBlockMs * 2, m_limits.longestAddressBlockMs);
        record.wrongPins.clear();
    }

    // A calm hour after the last pause and the last wrong PIN: back to the shortest pause.
    if (m_lastWrongPin >= 0 && t - std::max(m_lastWrongPin, m_pausedUntil) >= m_limits.calmAfterMs)
        m_nextPauseMs = m_limits.firstPauseMs;
    m_lastWrongPin = t;
    forget(m_roomWrongPins, t - m_limits.roomWindowMs);
    m_roomWrongPins.append(t);
    if (m_roomWrongPins.size() < m_limits.roomWrongPins)
        return false;
    m_roomWrongPins.clear();
    m_pausedUntil = t + m_nextPauseMs;
    m_nextPauseMs = std::min(m_nextPauseMs * 2, m_limits.longestPauseMs);
    ++m_pauses;
    return true;
}

void JoinGuard::joined(const QHostAddress &address)
{
    m_addresses[address].joins.append(now());
}

void JoinGuard::pinChanged()
{
    m_pausedUntil = 0;
    m_roomWrongPins.clear();
}

bool JoinGuard::roomPaused() const
{
    return now() < m_pausedUntil;
}

qint64 JoinGuard::roomPauseLeftMs() const
{
    return std::max<qint64>(0, m_pausedUntil - now());
}

} // namespace saskati
