#include "seminarserver.h"

#include "participantview.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "saskati.server")

namespace saskati {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString rejectReason(SeminarRoom::Answer answer)
{
    switch (answer) {
    case SeminarRoom::Answer::Closed:
        return u"closed"_s;
    case SeminarRoom::Answer::Invalid:
        return u"invalid"_s;
    case SeminarRoom::Answer::NotJoined:
        return u"not-joined"_s;
    case SeminarRoom::Answer::Storage:
        return u"storage"_s;
    case SeminarRoom::Answer::Pending:
        break;
    }
    return {};
}

// A person's words for a join or resume failure. The page shows its own words for the codes it knows; these
// are for a page that does not (an older page, or a code added later). The last row is the fallback.
QString errorMessage(const QString &code, const QString &language)
{
    struct Message {
        const char16_t *code, *lv, *en, *ru;
    };
    static const Message messages[] = {
        {u"wrong-pin", u"Nepareizs PIN. Paskatieties uz ekrāna.", u"Wrong PIN. Look at the screen.",
         u"Неверный PIN-код. Посмотрите на экран."},
        {u"joining-closed", u"Pievienošanās ir slēgta.", u"Joining is closed.", u"Присоединение закрыто."},
        {u"unknown-token", u"Sesija beigusies. Pievienojieties vēlreiz.",
         u"Your session has ended. Please join again.", u"Сеанс закончился. Присоединитесь снова."},
        {u"too-many-attempts", u"Pārāk daudz mēģinājumu no šīs ierīces. Pagaidiet un mēģiniet vēlāk.",
         u"Too many attempts from this device. Wait and try again later.",
         u"Слишком много попыток с этого устройства. Подождите и попробуйте позже."},
        {u"joining-paused", u"Pievienošanās uz brīdi apturēta. Pagaidiet vai lūdziet lektoram jaunu PIN.",
         u"Joining is paused for a moment. Wait, or ask the lecturer for a new PIN.",
         u"Присоединение ненадолго приостановлено. Подождите или попросите у лектора новый PIN-код."},
        {u"room-full", u"Seminārā vairs nav brīvu vietu. Vērsieties pie lektora.",
         u"The seminar is full. Please speak to the lecturer.",
         u"На семинаре больше нет свободных мест. Обратитесь к лектору."},
        {u"already-joined", u"Jūs jau esat pievienojies.", u"You have already joined.",
         u"Вы уже присоединились."},
        {u"", u"Neizdevās saglabāt. Mēģiniet vēlreiz.", u"Could not save. Please try again.",
         u"Не удалось сохранить. Попробуйте ещё раз."},
    };
    const Message *m = std::find_if(std::begin(messages), std::end(messages) - 1,
                                    [&](const Message &candidate) { return code == candidate.code; });
    const char16_t *text = language == u"en" ? m->en : language == u"ru" ? m->ru : m->lv;
    return QString::fromUtf16(text);
}

} // namespace

SeminarServer::SeminarServer(SeminarRoom &room, std::shared_ptr<const Catalog> catalog, QObject *parent)
    : QObject(parent)
    , m_room(room)
    , m_catalog(std::move(catalog))
{
    routeHttp();
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, &SeminarServer::acceptSocket);
    connect(&m_room, &SeminarRoom::phaseChanged, this, &SeminarServer::broadcastState);
    connect(&m_room, &SeminarRoom::answersSaved, this,
            [this](const QStringList &ids) { acknowledge(ids, true); });
    connect(&m_room, &SeminarRoom::answersLost, this,
            [this](const QStringList &ids, const QString &) { acknowledge(ids, false); });
}

SeminarServer::~SeminarServer()
{
    close();
}

Result<void> SeminarServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        const Error failed(u"Could not open the seminar on %1 port %2: %3"_s.arg(address.toString())
                               .arg(port)
                               .arg(tcp->errorString()));
        delete tcp;
        return failed;
    }
    m_http.bind(tcp);
    m_tcp = tcp;
    m_port = tcp->serverPort();
    m_address = address;
    qCInfo(lcServer) << "listening on" << joinUrl().toString();
    return {};
}

void SeminarServer::close()
{
    if (m_tcp) {
        m_tcp->close();
        m_tcp->deleteLater();
        m_tcp = nullptr;
    }
    m_port = 0;
    std::map<QWebSocket *, Client> clients;
    clients.swap(m_clients);
    for (auto &[socket, client] : clients) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
    }
    m_counters.connections = 0;
    Q_EMIT countersChanged();
}

void SeminarServer::endSeminar()
{
    std::map<QWebSocket *, Client> clients;
    clients.swap(m_clients);
    for (auto &[socket, client] : clients) {
        send(client, {{u"type"_s, u"seminar-ended"_s}});
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeNormal, u"seminar ended"_s);
        socket->flush();
        // A socket destroyed at once would drop the message and the close frame unsent: it goes when the
        // phone has closed too, or after a few seconds, or with the server (never leaked at exit).
        QWebSocket *released = client.socket.release();
        released->setParent(this);
        connect(released, &QWebSocket::disconnected, released, &QObject::deleteLater);
        QTimer::singleShot(5000, released, &QObject::deleteLater);
    }
    close();
}

QUrl SeminarServer::joinUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(u"/"_s);
    url.setQuery(u"pin="_s + m_room.pin());
    return url;
}

QList<JoinInterface> SeminarServer::interfaces()
{
    QList<JoinInterface> list, loopback;
    const auto all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : all) {
        if (!(i.flags() & QNetworkInterface::IsUp) || !(i.flags() & QNetworkInterface::IsRunning))
            continue;
        for (const QNetworkAddressEntry &entry : i.addressEntries()) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            JoinInterface j;
            j.name = i.name();
            j.address = entry.ip();
            j.wireless = i.type() == QNetworkInterface::Wifi || i.name().startsWith(u"wl"_s);
            j.loopback = i.flags() & QNetworkInterface::IsLoopBack;
            j.humanName = i.humanReadableName();
            const QString kind = i.flags() & QNetworkInterface::IsLoopBack ? u"this laptop only"_s
                                 : j.wireless                              ? u"Wi-Fi"_s
                                                                           : u"network"_s;
            j.label = u"%1 (%2): %3"_s.arg(kind, i.humanReadableName(), entry.ip().toString());
            (i.flags() & QNetworkInterface::IsLoopBack ? loopback : list).append(j);
        }
    }
    std::stable_sort(list.begin(), list.end(), [](const JoinInterface &a, const JoinInterface &b) {
        return a.wireless && !b.wireless;
    });
    return list + loopback;
}

void SeminarServer::acceptSocket()
{
    while (m_http.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http.nextPendingWebSocketConnection();
        if (!socket)
            continue;
        if (socket->requestUrl().path() != u"/ws"_s) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            socket.release()->deleteLater();
            continue;
        }
        // Only the page this server serves may open a socket: a page from elsewhere that a participant's
        // browser happens to show must not join or answer in their name.
        if (!allowedOrigin(socket->origin())) {
            qCInfo(lcServer) << "refused a WebSocket from origin" << socket->origin();
            ++m_counters.closedForAbuse;
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"origin"_s);
            socket.release()->deleteLater();
            Q_EMIT countersChanged();
            continue;
        }
        socket->setMaxAllowedIncomingFrameSize(maxParticipantMessageBytes);
        socket->setMaxAllowedIncomingMessageSize(maxParticipantMessageBytes);
        QWebSocket *raw = socket.get();
        connect(raw, &QWebSocket::textMessageReceived, this,
                [this, raw](const QString &text) { onText(raw, text); });
        connect(raw, &QWebSocket::binaryMessageReceived, this,
                [this](const QByteArray &) { ++m_counters.malformed; });
        connect(raw, &QWebSocket::disconnected, this, [this, raw] { drop(raw); });
        Client client;
        client.socket = std::move(socket);
        client.lastRefillMs = nowMs();
        Client &stored = m_clients.emplace(raw, std::move(client)).first->second;
        ++m_counters.connections;
        send(stored, participantview::welcome(m_room, m_catalog.get(), stored.language));
        Q_EMIT countersChanged();
    }
}

bool SeminarServer::allowedOrigin(const QString &origin) const
{
    const QUrl url(origin);
    if (url.scheme() != u"http" || url.port(80) != m_port || !url.path().isEmpty())
        return false;
    const QHostAddress host(url.host());
    if (host == m_address)
        return true;
    // On loopback (a rehearsal on this laptop) the page may have been opened as localhost.
    return m_address.isLoopback() && (url.host() == u"localhost" || host.isLoopback());
}

void SeminarServer::newPin()
{
    m_room.newPin();
    const bool wasPaused = m_guard.roomPaused();
    m_guard.pinChanged();
    if (wasPaused)
        Q_EMIT joiningPausedChanged();
}

void SeminarServer::refuseJoin(Client &client, const QString &code, qint64 retryAfterMs)
{
    ++m_counters.refusedJoins;
    QJsonObject message{
        {u"type"_s, u"error"_s}, {u"code"_s, code}, {u"message"_s, errorMessage(code, client.language)}};
    if (retryAfterMs > 0)
        message.insert(u"retryAfter"_s, int((retryAfterMs + 999) / 1000));
    send(client, message);
    Q_EMIT countersChanged();
}

void SeminarServer::drop(QWebSocket *socket)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    if (socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData)
        ++m_counters.closedForAbuse;
    std::unique_ptr<QWebSocket> owned = std::move(it->second.socket);
    m_clients.erase(it);
    owned.release()->deleteLater(); // we are inside one of its signals
    --m_counters.connections;
    Q_EMIT countersChanged();
}

bool SeminarServer::takeToken(Client &client)
{
    const qint64 now = nowMs();
    client.tokens =
        std::min(burst, client.tokens + double(now - client.lastRefillMs) * messagesPerSecond / 1000.0);
    client.lastRefillMs = now;
    if (client.tokens < 1.0)
        return false;
    client.tokens -= 1.0;
    return true;
}

void SeminarServer::onText(QWebSocket *socket, const QString &text)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    Client &client = it->second;
    // A flooding client costs a subtraction per message, not a parse.
    if (!takeToken(client)) {
        ++m_counters.throttled;
        return;
    }
    const Result<ParticipantMessage> message = parseParticipantMessage(text.toUtf8());
    if (!message) {
        ++m_counters.malformed;
        if (nowMs() - client.lastRejectMs >= 1000) {
            client.lastRejectMs = nowMs();
            send(client, {{u"type"_s, u"rejected"_s}, {u"reason"_s, u"malformed"_s}});
        }
        Q_EMIT countersChanged();
        return;
    }
    ++m_counters.accepted;
    handle(client, *message);
}

void SeminarServer::handle(Client &client, const ParticipantMessage &message)
{
    using Type = ParticipantMessage::Type;
    switch (message.type) {
    case Type::Ping:
        send(client, {{u"type"_s, u"pong"_s}});
        return;
    case Type::Language:
        client.language = message.language;
        if (client.memberId.isEmpty()) {
            send(client, participantview::welcome(m_room, m_catalog.get(), client.language));
        } else {
            m_room.setLanguage(client.memberId, message.language);
            send(client, participantview::joined(*m_room.member(client.memberId), m_catalog.get()));
            sendState(client);
        }
        return;
    case Type::Join:
    case Type::Resume:
        joinOrResume(client, message);
        return;
    default:
        break;
    }
    if (client.memberId.isEmpty()) {
        send(client, {{u"type"_s, u"rejected"_s}, {u"reason"_s, u"not-joined"_s}});
        return;
    }
    const SeminarRoom::Answer answer =
        message.type == ParticipantMessage::Type::CheckAnswer
            ? m_room.submitCheckAnswer(client.memberId, message.question, message.option)
            : m_room.submit(client.memberId, message);
    if (answer != SeminarRoom::Answer::Pending)
        send(client, {{u"type"_s, u"rejected"_s}, {u"reason"_s, rejectReason(answer)}});
    // Pending: "received" follows once the answer is on disk (acknowledge()).
}

void SeminarServer::joinOrResume(Client &client, const ParticipantMessage &message)
{
    using Type = ParticipantMessage::Type;
    if (message.type == Type::Join)
        client.language = message.language;
    // One connection is one participant: a second join would make a new person of the same phone.
    if (message.type == Type::Join && !client.memberId.isEmpty()) {
        refuseJoin(client, u"already-joined"_s);
        return;
    }
    const QHostAddress peer = client.socket->peerAddress();
    if (message.type == Type::Join) {
        const JoinGuard::Decision allowed = m_guard.check(peer);
        if (!allowed.allowed()) {
            refuseJoin(client,
                       allowed.verdict == JoinGuard::Verdict::RoomPaused ? u"joining-paused"_s
                                                                         : u"too-many-attempts"_s,
                       allowed.retryAfterMs);
            return;
        }
    }
    const Result<const SeminarRoom::Member *> r =
        message.type == Type::Join ? m_room.join(message.pin, message.name, message.role, message.language)
                                   : m_room.resume(message.token);
    if (r.ok() && message.type == Type::Resume && !client.memberId.isEmpty() && (*r)->id != client.memberId) {
        refuseJoin(client, u"already-joined"_s);
        return;
    }
    if (!r.ok()) {
        if (r.error().code == u"wrong-pin") {
            ++m_counters.wrongPins;
            if (m_guard.wrongPin(peer)) {
                qCWarning(lcServer) << "too many wrong PINs: joining paused for"
                                    << m_guard.roomPauseLeftMs() / 1000 << "s";
                Q_EMIT joiningPausedChanged();
                QTimer::singleShot(m_guard.roomPauseLeftMs() + 10, this, [this] {
                    if (!m_guard.roomPaused())
                        Q_EMIT joiningPausedChanged();
                });
            }
            if (++client.wrongPins >= maxWrongPins) {
                send(client, {{u"type"_s, u"error"_s},
                              {u"code"_s, u"too-many-attempts"_s},
                              {u"message"_s, errorMessage(u"too-many-attempts"_s, client.language)}});
                ++m_counters.closedForAbuse;
                client.socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
                return;
            }
        }
        send(client, {{u"type"_s, u"error"_s},
                      {u"code"_s, r.error().code},
                      {u"message"_s, errorMessage(r.error().code, client.language)}});
        return;
    }
    if (message.type == Type::Join)
        m_guard.joined(peer);
    client.memberId = (*r)->id;
    if (message.type == Type::Resume)
        client.language = (*r)->language;
    send(client, participantview::joined(**r, m_catalog.get()));
    sendState(client);
}

void SeminarServer::acknowledge(const QStringList &memberIds, bool saved)
{
    const QSet<QString> ids(memberIds.begin(), memberIds.end());
    for (auto &[socket, client] : m_clients) {
        if (client.memberId.isEmpty() || !ids.contains(client.memberId))
            continue;
        if (saved) {
            QJsonObject received{{u"type"_s, u"received"_s},
                                 {u"answers"_s, m_room.answersOf(client.memberId)}};
            if (m_room.checkPhase() == SeminarRoom::CheckPhase::Open)
                received.insert(u"checkAnswers"_s, participantview::checkAnswers(m_room, client.memberId));
            send(client, received);
        } else
            send(client, {{u"type"_s, u"rejected"_s}, {u"reason"_s, u"storage"_s}});
    }
}

void SeminarServer::send(Client &client, const QJsonObject &message)
{
    client.socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void SeminarServer::sendState(Client &client)
{
    if (m_room.checkPhase() != SeminarRoom::CheckPhase::None) {
        send(client, participantview::checkState(m_room, m_catalog.get(), client.memberId, client.language));
        return;
    }
    if (m_cachedDecision != m_room.decisionId() + roomPhaseId(m_room.phase())) {
        m_decisionCache.clear();
        m_cachedDecision = m_room.decisionId() + roomPhaseId(m_room.phase());
    }
    auto cached = m_decisionCache.find(client.language);
    if (cached == m_decisionCache.end())
        cached = m_decisionCache.insert(
            client.language,
            participantview::decision(m_room, client.language, u"/photo/"_s + m_photoKey + u'/'));
    send(client, participantview::state(m_room, *cached, client.memberId, client.language));
}

void SeminarServer::broadcastState()
{
    for (auto &[socket, client] : m_clients)
        if (!client.memberId.isEmpty())
            sendState(client);
}

} // namespace saskati
