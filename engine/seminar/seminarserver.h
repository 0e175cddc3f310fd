#pragma once

#include "joinguard.h"
#include "seminarroom.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QUrl>
#include <QUuid>
#include <map>
#include <memory>

class QWebSocket;
class QTcpServer;

namespace saskati {

/// A network interface the lecturer can open the seminar on.
struct JoinInterface {
    QString name;      // "wlp2s0"
    QString label;     // "Wi-Fi (wlp2s0): 192.168.1.23", in English (logs); the app words it in its language
    QString humanName; // "wlp2s0"
    QHostAddress address;
    bool wireless = false;
    bool loopback = false;
};

/// The participants' side of a seminar: serves the phone page (engine/seminar/web/) and its WebSocket on the
/// local network (docs/seminar-protocol.md). It exposes no presenter control: phones can only join and
/// answer. Hostile input is dropped and counted: frames over 16 KiB close the socket, a client over its
/// message rate is throttled without parsing, malformed messages are answered at most once a second, a
/// WebSocket opened from another origin than the page's is closed, and PIN guesses and joins are limited per
/// room and per address (JoinGuard).
class SeminarServer : public QObject {
    Q_OBJECT
public:
    struct Counters {
        int connections = 0;  // open WebSocket connections now
        qint64 accepted = 0;  // messages parsed and handled
        qint64 malformed = 0; // not a protocol message
        qint64 throttled = 0; // over a client's rate, dropped unread
        qint64 wrongPins = 0;
        qint64 closedForAbuse = 0; // connections closed: too large, too many wrong PINs, foreign origin
        qint64 refusedJoins = 0;   // joins not let in: room paused, address blocked or full, room full
    };

    SeminarServer(SeminarRoom &room, std::shared_ptr<const Catalog> catalog, QObject *parent = nullptr);
    ~SeminarServer() override;

    /// Starts listening on one address (port 0: any free port), or says why not.
    Result<void> listen(const QHostAddress &address, quint16 port);
    /// Stops listening and drops every connection; a phone reconnects when the server listens again.
    void close();
    /// The lecturer left the seminar: every phone is told `seminar-ended` (it then stops reconnecting), its
    /// connection is closed normally, and the server stops listening.
    void endSeminar();
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_address; }
    /// The address for the QR code and the projector: http://IP:PORT/?pin=PIN (never a .local name).
    QUrl joinUrl() const;
    const Counters &counters() const { return m_counters; }

    /// Joining paused by the room's PIN guard (too many wrong PINs): for the console, which offers a new PIN.
    bool joiningPaused() const { return m_guard.roomPaused(); }
    qint64 joiningPauseLeftMs() const { return m_guard.roomPauseLeftMs(); }
    /// A new PIN for the room; a pause for wrong PINs ends with it.
    void newPin();
    /// For rehearsals and benchmarks with many phones on one address (tests, bench_seminar).
    void setJoinLimits(const JoinGuard::Limits &limits) { m_guard = JoinGuard(limits); }

    /// IPv4 addresses of the interfaces that are up, Wi-Fi first; loopback last (for a single-laptop
    /// rehearsal).
    static QList<JoinInterface> interfaces();

    // Rate limit per client: a sustained rate and a burst.
    static constexpr double messagesPerSecond = 20;
    static constexpr double burst = 40;
    static constexpr int maxWrongPins = 5;

Q_SIGNALS:
    void countersChanged();
    /// Too many wrong PINs: joining pauses for `pauseMs` (the console says so and offers a new PIN).
    void joiningPausedChanged();

private:
    struct Client {
        std::unique_ptr<QWebSocket> socket;
        QString memberId;
        QString language = QStringLiteral("lv");
        int wrongPins = 0;
        double tokens = burst;
        qint64 lastRefillMs = 0;
        qint64 lastRejectMs = -1000000;
    };

    void routeHttp(); // seminarserver_http.cpp
    void acceptSocket();
    bool allowedOrigin(const QString &origin) const;
    void refuseJoin(Client &client, const QString &code, qint64 retryAfterMs = 0);
    void onText(QWebSocket *socket, const QString &text);
    void handle(Client &client, const ParticipantMessage &message);
    /// A join (PIN, name) or a resume (token): the guard against PIN guessing, then the room.
    void joinOrResume(Client &client, const ParticipantMessage &message);
    void send(Client &client, const QJsonObject &message);
    void sendState(Client &client);
    void broadcastState();
    void acknowledge(const QStringList &memberIds, bool saved);
    void drop(QWebSocket *socket);
    bool takeToken(Client &client);

    SeminarRoom &m_room;
    std::shared_ptr<const Catalog> m_catalog;
    QHttpServer m_http;
    QTcpServer *m_tcp = nullptr; // ours, so that the server can stop listening (QHttpServer 6.4 cannot)
    quint16 m_port = 0;
    QHostAddress m_address;
    std::map<QWebSocket *, Client> m_clients;
    QHash<QString, QJsonObject> m_decisionCache; // language -> decision view, for the current decision
    QString m_cachedDecision;
    // The secret part of a chat photo's address, new with every server (122 random bits).
    const QString m_photoKey = QUuid::createUuid().toString(QUuid::Id128);
    QHash<QString, QByteArray>
        m_photoBytes; // the shown decision's photos, by file; cleared as the room moves
    Counters m_counters;
    JoinGuard m_guard;
};

} // namespace saskati
