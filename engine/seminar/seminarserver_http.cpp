// What the seminar server answers over HTTP (docs/seminar-protocol.md, section 1): the page's own files, the
// chat photos the room shows, and the WebSocket's path. Nothing else.
#include "participantview.h"
#include "seminarserver.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// Every answer: its own content policy, never sniffed, no referrer, and nothing kept on the phone.
QHttpServerResponse guarded(const QByteArray &type, const QByteArray &bytes, const QByteArray &policy)
{
    QHttpServerResponse response(type, bytes);
    response.setHeader("Content-Security-Policy", policy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse staticFile(const QString &name)
{
    QFile file(u":/saskati/web/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
    QByteArray type = "text/html; charset=utf-8";
    if (name.endsWith(u".js"))
        type = "text/javascript; charset=utf-8";
    else if (name.endsWith(u".css"))
        type = "text/css; charset=utf-8";
    else if (name.endsWith(u".svg"))
        type = "image/svg+xml";
    // Nothing from elsewhere, ever: the page must work in a room without internet and leak nothing.
    return guarded(
        type, file.readAll(),
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self' ws: wss:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
}

// A chat photo the room shows (version 1.4), as read from its file: empty when it cannot be read or is too
// large for a chat.
QByteArray readPhoto(const QString &path)
{
    constexpr qint64 largest = 8 * 1024 * 1024; // a photo in a chat, not a film
    QFile file(path);
    if (path.isEmpty() || file.size() > largest || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Its own policy: an SVG opened directly may run no script and load nothing.
QHttpServerResponse photoResponse(const QString &path, const QByteArray &bytes)
{
    const QByteArray type = chatPhotoType(path);
    if (type.isEmpty() || bytes.isEmpty())
        return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
    return guarded(type, bytes, "default-src 'none'; style-src 'unsafe-inline'; sandbox");
}

} // namespace

void SeminarServer::routeHttp()
{
    m_http.route(u"/"_s, [] { return staticFile(u"index.html"_s); });
    for (const QString &name : {u"app.js"_s, u"style.css"_s, u"icon.svg"_s})
        m_http.route(u"/"_s + name, [name] { return staticFile(name); });
    // Chat photos, only those the current decision shows, behind a key that only joined phones are told (in
    // the decision): someone on the room's network who has not joined sees nothing.
    m_http.route(u"/photo/<arg>/<arg>/<arg>"_s,
                 [this](const QString &key, const QString &scene, const QString &line) {
                     const QString path =
                         key == m_photoKey ? participantview::shownPhotoFile(m_room, scene, line) : QString();
                     if (path.isEmpty())
                         return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
                     // Read once per decision, however often thirty phones ask.
                     auto cached = m_photoBytes.constFind(path);
                     if (cached == m_photoBytes.constEnd())
                         cached = m_photoBytes.insert(path, readPhoto(path));
                     return photoResponse(path, *cached);
                 });
    connect(&m_room, &SeminarRoom::phaseChanged, this, [this] { m_photoBytes.clear(); });
    // Qt 6.4 upgrades a WebSocket only on a path that has a route whose handler writes nothing: the responder
    // form with a void handler sends no response of its own, so the socket stays clean for the handshake.
    m_http.route(u"/ws"_s, [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
            return;
        responder.write(QHttpServerResponder::StatusCode::UpgradeRequired);
    });
}

} // namespace saskati
