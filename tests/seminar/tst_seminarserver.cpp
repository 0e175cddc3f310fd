// The seminar server with real WebSocket clients over loopback: joining, answering, closing, revealing,
// reconnecting, and hostile clients (docs/seminar-protocol.md).
#include "../engine/testscenarios.h"
#include "seminarserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::testing;

namespace {

/// The origin of the page this server serves, as a browser that loaded it sends it.
QString pageOrigin(const QUrl &socketUrl)
{
    return u"http://%1:%2"_s.arg(socketUrl.host()).arg(socketUrl.port());
}

/// A phone: a WebSocket that keeps every message it receives. Its origin is the page's unless told otherwise.
class Phone : public QObject {
public:
    explicit Phone(const QUrl &url, const std::optional<QString> &origin = std::nullopt)
        : socket(origin.value_or(pageOrigin(url)))
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            received.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        socket.open(url);
    }
    bool waitConnected()
    {
        return socket.state() == QAbstractSocket::ConnectedState ||
               QSignalSpy(&socket, &QWebSocket::connected).wait(5000);
    }
    void send(const QJsonObject &o) { socket.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson())); }
    /// The next message of this type after `from` (an index into received), waiting up to 5 s.
    QJsonObject waitFor(const QString &type, qsizetype *from)
    {
        for (int waited = 0; waited < 5000; waited += 10) {
            for (qsizetype i = *from; i < received.size(); ++i)
                if (received[i].value(u"type"_s).toString() == type) {
                    *from = i + 1;
                    return received[i];
                }
            QTest::qWait(10);
        }
        return {};
    }
    QWebSocket socket;
    QList<QJsonObject> received;
    qsizetype read = 0;
    QJsonObject next(const QString &type) { return waitFor(type, &read); }
};

} // namespace

class TestSeminarServer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ResultsStore> m_store;
    std::unique_ptr<SeminarRoom> m_room;
    std::unique_ptr<SeminarServer> m_server;
    std::shared_ptr<const Scenario> m_scenario = minimalScenario();

    QUrl socketUrl() const { return QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_server->port())); }

    std::unique_ptr<Phone> joinedPhone(const QString &name = {})
    {
        auto phone = std::make_unique<Phone>(socketUrl());
        if (!phone->waitConnected() || phone->next(u"welcome"_s).isEmpty())
            return nullptr;
        phone->send(
            {{u"type"_s, u"join"_s}, {u"pin"_s, m_room->pin()}, {u"name"_s, name}, {u"language"_s, u"en"_s}});
        if (phone->next(u"joined"_s).isEmpty())
            return nullptr;
        return phone;
    }

    void advance(int steps)
    {
        for (int i = 0; i < steps; ++i) {
            const Result<void> went = m_room->next();
            QVERIFY2(went, qPrintable(went.error().message));
        }
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_store = std::make_unique<ResultsStore>(m_dir.filePath(u"server%1.sqlite"_s.arg(++n)));
        QVERIFY(m_store->open().ok());
        Seminar s;
        s.title = u"Liepāja"_s;
        m_room = std::make_unique<SeminarRoom>(*m_store, *m_store->addSeminar(s));
        m_room->setJoiningOpen(true);
        m_server = std::make_unique<SeminarServer>(*m_room, m_scenario->catalog);
        const Result<void> listening = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listening, qPrintable(listening.error().message));
    }

    void cleanup()
    {
        m_server.reset();
        m_room.reset();
        m_store.reset();
    }

    void servesThePageAndNothingElse_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("contains");
        QTest::newRow("page") << u"/"_s << 200 << u"<html"_s;
        QTest::newRow("script") << u"/app.js"_s << 200 << u"WebSocket"_s;
        QTest::newRow("style") << u"/style.css"_s << 200 << u"{"_s;
        QTest::newRow("anything else") << u"/../../etc/passwd"_s << 404 << QString();
        QTest::newRow("presenter") << u"/presenter"_s << 404 << QString();
    }

    void servesThePageAndNothingElse()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, contains);
        QNetworkAccessManager network;
        QNetworkReply *reply =
            network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server->port()).arg(path))));
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        if (status == 200) {
            QVERIFY(QString::fromUtf8(reply->readAll()).contains(contains));
            QVERIFY(reply->rawHeader("Content-Security-Policy").contains("default-src 'none'"));
        }
        reply->deleteLater();
    }

    // A chat photo (protocol 1.4) is served only to someone who was told its address in a decision, and only
    // while that decision shows it: the shipped marriage-offer's first chat has one (line ms-l-photo).
    void servesOnlyTheShownChatPhoto_data()
    {
        QTest::addColumn<QString>("path"); // {key}: the key the decision gave, {scene}: the photo's scene
        QTest::addColumn<bool>("answersOpen");
        QTest::addColumn<int>("status");
        QTest::newRow("the shown photo") << u"/photo/{key}/{scene}/ms-l-photo"_s << true << 200;
        QTest::newRow("before answers open") << u"/photo/{key}/{scene}/ms-l-photo"_s << false << 404;
        QTest::newRow("another key") << u"/photo/0123456789abcdef0123456789abcdef/{scene}/ms-l-photo"_s
                                     << true << 404;
        QTest::newRow("a line without a photo") << u"/photo/{key}/{scene}/ms-l-hi"_s << true << 404;
        QTest::newRow("a scene not shown") << u"/photo/{key}/call/ms-l-photo"_s << true << 404;
        QTest::newRow("a path for a line")
            << u"/photo/{key}/{scene}/..%2F..%2Fmarriage-offer.json"_s << true << 404;
        QTest::newRow("no key") << u"/photo/{scene}/ms-l-photo"_s << true << 404;
    }

    void servesOnlyTheShownChatPhoto()
    {
        QFETCH(QString, path);
        QFETCH(bool, answersOpen);
        QFETCH(int, status);
        const QString shipped = QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios/"_s;
        const std::shared_ptr<const Scenario> scenario =
            loadScenario(shipped + u"marriage-offer.json"_s, shipped + u"catalog"_s);
        QVERIFY(scenario);
        auto anna = joinedPhone(u"Anna"_s);
        QVERIFY(anna);
        QVERIFY(m_room->start(scenario, u"en"_s, true));
        advance(1); // answers open: the phone learns the photo's address
        QJsonObject decision;
        while (decision.value(u"segments"_s).toArray().isEmpty()) {
            const QJsonObject state = anna->next(u"state"_s);
            QVERIFY(!state.isEmpty());
            decision = state.value(u"decision"_s).toObject();
        }
        QString src, alt;
        for (const QJsonValue &segment : decision.value(u"segments"_s).toArray())
            if (segment[u"photo"_s].isObject()) {
                QVERIFY2(src.isEmpty(), "a photo once, on its message's first part");
                src = segment[u"photo"_s][u"src"_s].toString();
                alt = segment[u"photo"_s][u"alt"_s].toString();
                QCOMPARE(segment[u"line"_s].toString(), u"ms-l-photo"_s);
            }
        QVERIFY2(!alt.isEmpty(), "the photo's text alternative goes with it");
        const QStringList parts = src.split(u'/');
        QCOMPARE(parts.size(), 5); // "", photo, key, scene, line
        QCOMPARE(parts.at(1), u"photo"_s);
        QVERIFY2(parts.at(2).size() >= 32, "an unguessable key");
        if (!answersOpen)
            QVERIFY(m_room->back()); // the scene again, messages not yet on the phones

        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(
            QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port()) +
                 QString(path).replace(u"{key}"_s, parts.at(2)).replace(u"{scene}"_s, parts.at(3)))));
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        if (status == 200) {
            QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"image/svg+xml"_s);
            QVERIFY(reply->readAll().contains("<svg"));
            // An SVG opened on its own runs nothing and loads nothing; the phone keeps no copy.
            QVERIFY(reply->rawHeader("Content-Security-Policy").contains("sandbox"));
            QCOMPARE(reply->rawHeader("Cache-Control"), QByteArray("no-store"));
        }
        reply->deleteLater();
    }

    void joinAnswerChangeCloseReveal()
    {
        auto anna = joinedPhone(u"Anna"_s);
        QVERIFY(anna);
        QCOMPARE(anna->next(u"state"_s).value(u"phase"_s).toString(), u"lobby"_s);
        QVERIFY(m_room->start(m_scenario, u"lv"_s, true));
        QCOMPARE(anna->next(u"state"_s).value(u"phase"_s).toString(), u"scene"_s);
        advance(1);
        const QJsonObject open = anna->next(u"state"_s);
        QCOMPARE(open.value(u"phase"_s).toString(), u"open"_s);
        const QJsonObject decision = open.value(u"decision"_s).toObject();
        QCOMPARE(decision.value(u"scene"_s).toString(), u"office"_s);
        QCOMPARE(decision.value(u"choices"_s).toArray().size(), 2);
        // In her language, and in the room's order (shuffled per run, the same on every phone and the
        // projector).
        QStringList texts, ids, roomIds;
        for (const QJsonValue &c : decision.value(u"choices"_s).toArray()) {
            texts.append(c.toObject().value(u"text"_s).toString());
            ids.append(c.toObject().value(u"id"_s).toString());
        }
        for (const Choice *c : m_room->availableChoices())
            roomIds.append(c->id);
        QVERIFY2(texts.contains(u"Invite Anna to talk alone"_s), qPrintable(texts.join(u" | "_s)));
        QCOMPARE(ids, roomIds);
        // Nothing of the key reaches a phone.
        const QByteArray raw = QJsonDocument(open).toJson();
        QVERIFY(!raw.contains("points") && !raw.contains("feedback") && !raw.contains("criticalError"));

        anna->send({{u"type"_s, u"vote"_s}, {u"choice"_s, u"c-companion"_s}});
        QCOMPARE(anna->next(u"received"_s).value(u"answers"_s).toObject().value(u"vote"_s).toString(),
                 u"c-companion"_s);
        anna->send({{u"type"_s, u"vote"_s}, {u"choice"_s, u"c-private"_s}});
        anna->send({{u"type"_s, u"flag"_s}, {u"target"_s, u"s-pay"_s}, {u"indicator"_s, u"no-or-low-pay"_s}});
        // Answers that arrive together are committed together: one acknowledgement may cover both.
        QJsonObject received = anna->next(u"received"_s);
        if (!received.value(u"answers"_s).toObject().value(u"flags"_s).toObject().contains(u"s-pay"_s))
            received = anna->next(u"received"_s);
        QCOMPARE(received.value(u"answers"_s).toObject().value(u"vote"_s).toString(), u"c-private"_s);
        QCOMPARE(
            received.value(u"answers"_s).toObject().value(u"flags"_s).toObject().value(u"s-pay"_s).toString(),
            u"no-or-low-pay"_s);
        QCOMPARE(m_room->tally().votes.value(u"c-private"_s), 1);
        QCOMPARE(m_room->tally().votes.value(u"c-companion"_s), 0);

        advance(1); // closed
        QCOMPARE(anna->next(u"state"_s).value(u"phase"_s).toString(), u"closed"_s);
        anna->send({{u"type"_s, u"vote"_s}, {u"choice"_s, u"c-companion"_s}});
        QCOMPARE(anna->next(u"rejected"_s).value(u"reason"_s).toString(), u"closed"_s);
        advance(1); // revealed: the phone is told, but never sees the spread
        const QJsonObject revealed = anna->next(u"state"_s);
        QCOMPARE(revealed.value(u"phase"_s).toString(), u"revealed"_s);
        QVERIFY(!QJsonDocument(revealed).toJson().contains("tally"));
        QCOMPARE(m_room->tally().votes.value(u"c-private"_s), 1);
    }

    void reconnectKeepsAnswers()
    {
        QVERIFY(m_room->start(m_scenario, u"lv"_s, true));
        advance(1);
        QString token;
        {
            auto phone = joinedPhone();
            QVERIFY(phone);
            token = phone->received[1].value(u"token"_s).toString();
            QCOMPARE(token.size(), 32);
            phone->send({{u"type"_s, u"vote"_s}, {u"choice"_s, u"c-private"_s}});
            QVERIFY(!phone->next(u"received"_s).isEmpty());
        } // the phone sleeps: its socket is gone
        QTRY_COMPARE(m_server->counters().connections, 0);
        Phone again(socketUrl());
        QVERIFY(again.waitConnected());
        again.send({{u"type"_s, u"resume"_s}, {u"token"_s, token}});
        QVERIFY(!again.next(u"joined"_s).isEmpty());
        const QJsonObject state = again.next(u"state"_s);
        QCOMPARE(state.value(u"answers"_s).toObject().value(u"vote"_s).toString(), u"c-private"_s);
        QCOMPARE(m_room->members().size(), 1); // the same participant, not a new one
        again.send({{u"type"_s, u"resume"_s}, {u"token"_s, u"0123456789abcdef0123456789abcdef"_s}});
        QCOMPARE(again.next(u"error"_s).value(u"code"_s).toString(), u"unknown-token"_s);
    }

    // Only the page's own origin may open a socket (a page from elsewhere in a participant's browser may
    // not).
    void foreignOriginsAreRefused_data()
    {
        QTest::addColumn<QString>("origin"); // %1: the server's port
        QTest::addColumn<bool>("accepted");
        QTest::newRow("the page's own") << u"http://127.0.0.1:%1"_s << true;
        QTest::newRow("the page opened as localhost") << u"http://localhost:%1"_s << true;
        QTest::newRow("none") << QString() << false;
        QTest::newRow("another site") << u"http://example.com"_s << false;
        QTest::newRow("another port") << u"http://127.0.0.1:1"_s << false;
        QTest::newRow("https") << u"https://127.0.0.1:%1"_s << false;
        QTest::newRow("a file") << u"null"_s << false;
    }
    void foreignOriginsAreRefused()
    {
        QFETCH(QString, origin);
        QFETCH(bool, accepted);
        Phone phone(socketUrl(), origin.contains(u"%1"_s) ? origin.arg(m_server->port()) : origin);
        QVERIFY(phone.waitConnected());
        if (accepted) {
            QVERIFY(!phone.next(u"welcome"_s).isEmpty());
        } else {
            QSignalSpy closed(&phone.socket, &QWebSocket::disconnected);
            QTRY_VERIFY_WITH_TIMEOUT(
                closed.size() > 0 || phone.socket.state() == QAbstractSocket::UnconnectedState, 5000);
            QCOMPARE(phone.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
            QVERIFY(phone.received.isEmpty());
        }
    }

    // A PIN guessed over many connections (each below the per-connection limit of five): after 20 wrong PINs
    // the room pauses joining, so the rest are never compared; the right PIN waits too; the console is told,
    // and a new PIN lets people in at once. Here every connection comes from 127.0.0.1, so the limit per
    // address is raised to show the room's own limit (tst_joinguard covers many addresses and a whole day).
    void aBruteForceOverManyConnectionsIsStopped()
    {
        JoinGuard::Limits limits;
        limits.addressWrongPins = 100000;
        m_server->setJoinLimits(limits);
        QSignalSpy paused(m_server.get(), &SeminarServer::joiningPausedChanged);
        QHash<QString, int> answers; // error code -> count
        int pin = 100000, sent = 0;
        for (int connection = 0; connection < 60; ++connection) {
            Phone guesser(socketUrl());
            QVERIFY(guesser.waitConnected());
            for (int i = 0; i < 4; ++i, ++pin) {
                if (QString::number(pin) == m_room->pin())
                    ++pin; // the test is about how many guesses are compared, not about luck
                guesser.send({{u"type"_s, u"join"_s}, {u"pin"_s, QString::number(pin)}});
                ++sent;
            }
            for (int i = 0; i < 4; ++i)
                ++answers[guesser.next(u"error"_s).value(u"code"_s).toString()];
        }
        QCOMPARE(sent, 240);
        QCOMPARE(answers.value(u"wrong-pin"_s), 20);
        QCOMPARE(answers.value(u"joining-paused"_s), 220);
        QCOMPARE(m_server->counters().wrongPins, qint64(20));
        QVERIFY(m_server->joiningPaused());
        QCOMPARE(paused.size(), 1);
        // The right PIN waits too while joining is paused ...
        Phone person(socketUrl());
        QVERIFY(person.waitConnected());
        person.send({{u"type"_s, u"join"_s}, {u"pin"_s, m_room->pin()}, {u"name"_s, u"Anna"_s}});
        const QJsonObject refused = person.next(u"error"_s);
        QCOMPARE(refused.value(u"code"_s).toString(), u"joining-paused"_s);
        QVERIFY(refused.value(u"retryAfter"_s).toInt() > 0);
        // ... until the lecturer gives a new PIN.
        const QString oldPin = m_room->pin();
        m_server->newPin();
        QVERIFY(m_room->pin() != oldPin);
        QCOMPARE(m_room->pin().size(), 6);
        QVERIFY(!m_server->joiningPaused());
        person.send({{u"type"_s, u"join"_s}, {u"pin"_s, m_room->pin()}, {u"name"_s, u"Anna"_s}});
        QVERIFY(!person.next(u"joined"_s).isEmpty());
        QCOMPARE(m_room->members().size(), 1);
    }

    // One connection is one participant; one address makes at most six; the room holds at most its cap.
    void joinsAreLimited()
    {
        auto anna = joinedPhone(u"Anna"_s);
        QVERIFY(anna);
        anna->send({{u"type"_s, u"join"_s}, {u"pin"_s, m_room->pin()}, {u"name"_s, u"Anna again"_s}});
        QCOMPARE(anna->next(u"error"_s).value(u"code"_s).toString(), u"already-joined"_s);
        QCOMPARE(m_room->members().size(), 1);
        std::vector<std::unique_ptr<Phone>> phones;
        for (int i = 1; i < JoinGuard::Limits().addressJoins; ++i) {
            phones.push_back(joinedPhone());
            QVERIFY(phones.back());
        }
        Phone seventh(socketUrl());
        QVERIFY(seventh.waitConnected());
        seventh.send({{u"type"_s, u"join"_s}, {u"pin"_s, m_room->pin()}});
        QCOMPARE(seventh.next(u"error"_s).value(u"code"_s).toString(), u"too-many-attempts"_s);
        QCOMPARE(m_room->members().size(), JoinGuard::Limits().addressJoins);
        // The room's cap.
        JoinGuard::Limits many;
        many.addressJoins = 1000;
        m_server->setJoinLimits(many);
        m_room->setMaxMembers(m_room->members().size() + 1);
        QVERIFY(joinedPhone());
        seventh.send({{u"type"_s, u"join"_s}, {u"pin"_s, m_room->pin()}});
        QCOMPARE(seventh.next(u"error"_s).value(u"code"_s).toString(), u"room-full"_s);
        QCOMPARE(m_room->members().size(), m_room->maxMembers());
    }

    void wrongPinsCloseTheConnection()
    {
        Phone phone(socketUrl());
        QVERIFY(phone.waitConnected());
        const QString wrong = m_room->pin() == u"100000" ? u"100001"_s : u"100000"_s;
        QSignalSpy closed(&phone.socket, &QWebSocket::disconnected);
        for (int i = 0; i < SeminarServer::maxWrongPins; ++i)
            phone.send({{u"type"_s, u"join"_s}, {u"pin"_s, wrong}});
        QCOMPARE(phone.next(u"error"_s).value(u"code"_s).toString(), u"wrong-pin"_s);
        QTRY_VERIFY_WITH_TIMEOUT(closed.size() > 0, 5000);
        QCOMPARE(m_server->counters().wrongPins, qint64(SeminarServer::maxWrongPins));
        QCOMPARE(m_room->members().size(), 0);
    }

    void hostileMessagesAreDroppedAndCounted()
    {
        QVERIFY(m_room->start(m_scenario, u"lv"_s, true));
        advance(1);
        auto calm = joinedPhone(u"Calm"_s);
        QVERIFY(calm);
        Phone hostile(socketUrl());
        QVERIFY(hostile.waitConnected());
        hostile.socket.sendTextMessage(u"not json"_s);
        hostile.socket.sendTextMessage(u"{\"type\":\"next\"}"_s); // presenter controls do not exist here
        hostile.socket.sendTextMessage(u"{\"type\":\"vote\",\"choice\":\"c-private\"}"_s); // not joined
        hostile.socket.sendBinaryMessage(QByteArray(100, '\0'));
        QCOMPARE(hostile.next(u"rejected"_s).value(u"reason"_s).toString(), u"malformed"_s);
        QCOMPARE(hostile.next(u"rejected"_s).value(u"reason"_s).toString(), u"not-joined"_s);
        QTRY_COMPARE(m_server->counters().malformed, qint64(3));
        QCOMPARE(m_room->phase(), SeminarRoom::Phase::Open);
        // An oversized frame closes only that connection.
        QSignalSpy closed(&hostile.socket, &QWebSocket::disconnected);
        hostile.socket.sendTextMessage(QString(20000, u'x'));
        QTRY_VERIFY_WITH_TIMEOUT(closed.size() > 0, 5000);
        QTRY_COMPARE(m_server->counters().connections, 1);
        calm->send({{u"type"_s, u"vote"_s}, {u"choice"_s, u"c-private"_s}});
        QVERIFY(!calm->next(u"received"_s).isEmpty());
    }

    void aFloodDoesNotSlowTheOthers()
    {
        QVERIFY(m_room->start(m_scenario, u"lv"_s, true));
        advance(1);
        auto flooder = joinedPhone(u"Flood"_s);
        auto calm = joinedPhone(u"Calm"_s);
        QVERIFY(flooder && calm);
        for (int i = 0; i < 3000; ++i)
            flooder->socket.sendTextMessage(i % 2 ? u"{\"type\":\"vote\",\"choice\":\"c-private\"}"_s
                                                  : u"{\"type\":\"vote\",\"choice\":\"c-companion\"}"_s);
        calm->send({{u"type"_s, u"vote"_s}, {u"choice"_s, u"c-private"_s}});
        QVERIFY(!calm->next(u"received"_s).isEmpty());
        QTRY_VERIFY(m_server->counters().throttled > 2000); // most of the flood was never parsed
        // One current answer per participant: the flooder counts once.
        QVERIFY(m_room->flush());
        QCOMPARE(m_room->tally().voted, 2);
        QCOMPARE(m_room->tally().totalVotes(), 2);
    }

    // Regression: leaving a seminar left the phones saying "connection lost, retrying" forever.
    void endingTheSeminarTellsEveryPhone()
    {
        QVERIFY(m_room->start(m_scenario, u"lv"_s, true));
        auto anna = joinedPhone(u"Anna"_s);
        QVERIFY(anna);
        Phone watcher(socketUrl()); // connected, not joined yet
        QVERIFY(watcher.waitConnected());
        QVERIFY(!watcher.next(u"welcome"_s).isEmpty());
        QSignalSpy annaClosed(&anna->socket, &QWebSocket::disconnected);
        QSignalSpy watcherClosed(&watcher.socket, &QWebSocket::disconnected);
        const quint16 port = m_server->port();

        m_server->endSeminar();
        QVERIFY(!m_server->isListening());
        QCOMPARE(m_server->counters().connections, 0);
        QVERIFY(!anna->next(u"seminar-ended"_s).isEmpty());
        QVERIFY(!watcher.next(u"seminar-ended"_s).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(annaClosed.size() > 0 && watcherClosed.size() > 0, 5000);
        QCOMPARE(anna->socket.closeCode(), QWebSocketProtocol::CloseCodeNormal);
        QCOMPARE(watcher.socket.closeCode(), QWebSocketProtocol::CloseCodeNormal);
        // Nobody can come back in.
        QWebSocket late;
        QSignalSpy errors(&late, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        late.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(port)));
        QVERIFY(errors.wait(5000));
    }

    void stopsListening()
    {
        const quint16 port = m_server->port();
        m_server->close();
        QVERIFY(!m_server->isListening());
        QWebSocket socket;
        QSignalSpy errors(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        socket.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(port)));
        QVERIFY(errors.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestSeminarServer)
#include "tst_seminarserver.moc"
