// A real browser on the participants' side: headless Chromium loads the phone page from the seminar server,
// joins with the PIN and votes; the vote must reach the room and the results store. Chromium is driven over
// its DevTools protocol (a WebSocket), so the page runs exactly as on a phone: its own script, its own
// socket.
#include "../engine/testscenarios.h"
#include "participantmessage.h"
#include "seminarserver.h"
#include "takeawaysheet.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::testing;

namespace {

/// Just enough of the DevTools protocol: navigate, and evaluate JavaScript in the page.
class DevTools : public QObject {
public:
    bool connectTo(const QUrl &url)
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            if (o.contains(u"id"_s))
                m_replies.insert(o.value(u"id"_s).toInt(), o);
        });
        m_socket.open(url);
        return QSignalSpy(&m_socket, &QWebSocket::connected).wait(10000);
    }
    QJsonObject call(const QString &method, const QJsonObject &params = {})
    {
        const int id = ++m_lastId;
        m_socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}})
                .toJson()));
        for (int waited = 0; waited < 10000 && !m_replies.contains(id); waited += 20)
            QTest::qWait(20);
        return m_replies.take(id);
    }
    /// The value of a JavaScript expression in the page (strings, numbers, booleans).
    QJsonValue evaluate(const QString &expression)
    {
        const QJsonObject reply =
            call(u"Runtime.evaluate"_s, {{u"expression"_s, expression}, {u"returnByValue"_s, true}});
        return reply.value(u"result"_s).toObject().value(u"result"_s).toObject().value(u"value"_s);
    }
    /// Waits until the expression is true in the page.
    bool waitUntil(const QString &expression, int timeoutMs = 15000)
    {
        for (int waited = 0; waited < timeoutMs; waited += 100) {
            if (evaluate(expression).toBool())
                return true;
            QTest::qWait(100);
        }
        return false;
    }

private:
    QWebSocket m_socket;
    QHash<int, QJsonObject> m_replies;
    int m_lastId = 0;
};

/// Headless Chromium with its own profile in `dir`, its page driven over DevTools, on a phone's screen
/// (390 x 844 CSS pixels). Port 0: Chromium picks one and writes it down.
bool startChromium(const QTemporaryDir &dir, QProcess &browser, DevTools &page)
{
    const QString chromium = QStandardPaths::findExecutable(u"chromium"_s);
    if (chromium.isEmpty()) {
        qWarning("chromium is not installed: tools/setup.sh installs it (Debian package 'chromium')");
        return false;
    }
    const QString profile = dir.filePath(u"profile"_s);
    // Chromium talks a lot on stderr (no D-Bus in a container); keep it out of the test log.
    browser.setStandardOutputFile(QProcess::nullDevice());
    browser.setStandardErrorFile(QProcess::nullDevice());
    browser.start(chromium,
                  {u"--headless=new"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--disable-dev-shm-usage"_s,
                   u"--no-first-run"_s, u"--user-data-dir="_s + profile, u"--remote-debugging-port=0"_s,
                   u"about:blank"_s});
    if (!browser.waitForStarted(10000))
        return false;
    QFile portFile(profile + u"/DevToolsActivePort"_s);
    for (int waited = 0; waited < 30000 && !(portFile.exists() && portFile.size() > 0); waited += 100)
        QTest::qWait(100);
    if (!portFile.open(QIODevice::ReadOnly))
        return false;
    const int devToolsPort = portFile.readLine().trimmed().toInt();
    if (devToolsPort <= 0)
        return false;
    QNetworkAccessManager network;
    QNetworkReply *list =
        network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/json/list"_s.arg(devToolsPort))));
    if (!QSignalSpy(list, &QNetworkReply::finished).wait(10000))
        return false;
    QString pageSocket;
    for (const QJsonValue &target : QJsonDocument::fromJson(list->readAll()).array())
        if (target.toObject().value(u"type"_s).toString() == u"page")
            pageSocket = target.toObject().value(u"webSocketDebuggerUrl"_s).toString();
    list->deleteLater();
    if (pageSocket.isEmpty() || !page.connectTo(QUrl(pageSocket)))
        return false;
    page.call(u"Emulation.setDeviceMetricsOverride"_s,
              {{u"width"_s, 390}, {u"height"_s, 844}, {u"deviceScaleFactor"_s, 3}, {u"mobile"_s, true}});
    return true;
}

void stopChromium(QProcess &browser)
{
    browser.kill();
    browser.waitForFinished(5000);
}

// The page opened at the server's join address, as from the QR code: once it has its welcome (the PIN filled
// in from the address) the person types `name` and presses Join. True when the button was pressed; the caller
// waits for the room to have them.
bool joinFromPage(DevTools &page, const SeminarServer &server, const SeminarRoom &room, const QString &name)
{
    page.call(u"Page.navigate"_s, {{u"url"_s, server.joinUrl().toString()}});
    if (!page.waitUntil(u"(() => { const p = document.querySelector('[data-testid=pin]');"
                        u" return !!p && p.value === '%1'; })()"_s.arg(room.pin())) ||
        !page.waitUntil(u"!!document.querySelector('[data-testid=join]') &&"
                        u" !document.querySelector('[data-testid=join]').disabled"_s))
        return false;
    page.evaluate(u"document.querySelector('[data-testid=name]').value = '%1';"
                  u" document.querySelector('[data-testid=join]').click(); true"_s.arg(name));
    return true;
}

/// The page as the phone shows it, saved as `name` in SASKATI_SCREENSHOT_DIR when that is set (docs/
/// ui-testing.md); false only when it was asked for and could not be written.
bool saveScreenshot(DevTools &page, const QString &name)
{
    const QString shots = qEnvironmentVariable("SASKATI_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return true;
    const QJsonObject shot = page.call(u"Page.captureScreenshot"_s, {{u"format"_s, u"png"_s}});
    QFile png(QDir(shots).filePath(name));
    return png.open(QIODevice::WriteOnly) &&
           png.write(QByteArray::fromBase64(
               shot.value(u"result"_s).toObject().value(u"data"_s).toString().toLatin1())) > 0;
}

} // namespace

class TestBrowser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aPhoneBrowserJoinsAndVotes()
    {
        QTemporaryDir dir;
        ResultsStore store(dir.filePath(u"browser.sqlite"_s));
        QVERIFY(store.open().ok());
        Seminar s;
        s.title = u"Liepāja"_s;
        SeminarRoom room(store, *store.addSeminar(s));
        room.setJoiningOpen(true);
        const std::shared_ptr<const Scenario> scenario = minimalScenario();
        SeminarServer server(room, scenario->catalog);
        const Result<void> listening = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listening, qPrintable(listening.error().message));
        QVERIFY(room.start(scenario, u"lv"_s, true));
        QVERIFY(room.next()); // answers open

        QProcess browser;
        auto stopBrowser = qScopeGuard([&] { stopChromium(browser); });
        DevTools page;
        QVERIFY(startChromium(dir, browser, page));
        // The page connected, got its welcome, and filled in the PIN from the address.
        QVERIFY(joinFromPage(page, server, room, u"Chromium"_s));
        QTRY_COMPARE_WITH_TIMEOUT(room.members().size(), 1, 15000);
        QCOMPARE(room.members().first()->participant.displayName, u"Chromium"_s);

        // The open decision is on the page: vote.
        QVERIFY(page.waitUntil(u"!!document.querySelector('[data-testid=\"choice-c-private\"]')"_s));
        page.evaluate(u"document.querySelector('[data-testid=\"choice-c-private\"]').click(); true"_s);
        QTRY_COMPARE_WITH_TIMEOUT(room.tally().votes.value(u"c-private"_s), 1, 15000);
        // The page says the answer was received, and the vote is in the database.
        QVERIFY(
            page.waitUntil(u"document.querySelector('[data-testid=status]').textContent.includes('✓')"_s));

        // Flagging on the phone's screen: the sentence being flagged stays readable above the long list of
        // indicators (it was squeezed to 6.7 px), and the list's headings are the dimensions' names, not ids.
        // Height 400: the phone's on-screen keyboard is up (typing in the indicator filter), the sheet is
        // full.
        page.call(u"Emulation.setDeviceMetricsOverride"_s,
                  {{u"width"_s, 390}, {u"height"_s, 400}, {u"deviceScaleFactor"_s, 3}, {u"mobile"_s, true}});
        page.evaluate(u"document.querySelector('[data-testid=\"target-s-pay\"]').click(); true"_s);
        QVERIFY(page.waitUntil(u"!document.getElementById('chooser').hidden"_s));
        const double targetHeight =
            page.evaluate(u"document.getElementById('chooser-target').getBoundingClientRect().height"_s)
                .toDouble();
        const double lineHeight =
            page.evaluate(
                    u"parseFloat(getComputedStyle(document.getElementById('chooser-target')).fontSize)"_s)
                .toDouble();
        QVERIFY2(targetHeight >= lineHeight,
                 qPrintable(u"%1 px for a %2 px line"_s.arg(targetHeight).arg(lineHeight)));
        const QJsonArray headings =
            page.evaluate(u"[...document.querySelectorAll('#chooser-list h3')].map(h => h.textContent)"_s)
                .toArray();
        QVERIFY(!headings.isEmpty());
        for (const QJsonValue &heading : headings)
            QVERIFY2(!heading.toString().contains(u'-') && heading.toString().contains(u' '),
                     qPrintable(heading.toString()));
        page.evaluate(u"document.getElementById('chooser-cancel').click(); true"_s);

        // Answers close: "received" belongs to the open decision and goes.
        QVERIFY(room.next());
        QVERIFY(page.waitUntil(u"document.querySelector('[data-testid=status]').textContent === ''"_s));
        int votes = 0;
        for (const AttemptRecord &a : store.attempts())
            for (const Event &e : store.events(a.uuid))
                votes +=
                    e.type == Event::Type::Vote && e.payload.value(u"choice"_s).toString() == u"c-private";
        QCOMPARE(votes, 1);

        // The participant reads in English; the lecturer leaves the seminar: the page says so in English and
        // stops reconnecting (regression: it said "connection lost, retrying" forever).
        page.evaluate(u"document.querySelector('.lang button[data-lang=en]').click(); true"_s);
        QVERIFY(page.waitUntil(u"document.documentElement.lang === 'en'"_s));
        const quint16 port = server.port();
        server.endSeminar();
        QVERIFY(page.waitUntil(u"!document.querySelector('[data-testid=seminar-ended]').hidden"_s));
        QCOMPARE(page.evaluate(u"document.querySelector('[data-testid=seminar-ended] h1').textContent"_s)
                     .toString(),
                 u"The seminar has ended"_s);
        QVERIFY(
            page.evaluate(
                    u"document.getElementById('view-main').hidden && document.getElementById('conn').hidden"_s)
                .toBool());
        QVERIFY(page.evaluate(u"localStorage.getItem('saskati.token') === null"_s).toBool());
        // Even with a server on the same address again, the page does not come back (its first retry would
        // come after 1 s, the later ones within 10 s).
        const Result<void> again = server.listen(QHostAddress::LocalHost, port);
        QVERIFY2(again, qPrintable(again.error().message));
        QTest::qWait(3000);
        QCOMPARE(server.counters().connections, 0);
        QVERIFY(!page.evaluate(u"document.querySelector('[data-testid=seminar-ended]').hidden"_s).toBool());
    }

    // A prevention chat (scenario format 3, protocol 1.2) on the phone: the shipped online-friend-abroad's
    // first decision as message bubbles, each sender and time above its message, the participant's own on the
    // right; tapping a message part opens the indicator chooser, as for any sentence. With
    // SASKATI_SCREENSHOT_DIR set, the phone's screen is saved there as phone-chat.png.
    void aChatOnAPhone()
    {
        QTemporaryDir dir;
        ResultsStore store(dir.filePath(u"chat.sqlite"_s));
        QVERIFY(store.open().ok());
        Seminar s;
        s.title = u"Skola"_s;
        SeminarRoom room(store, *store.addSeminar(s));
        room.setJoiningOpen(true);
        const QString shipped = QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios/"_s;
        const std::shared_ptr<const Scenario> scenario =
            loadScenario(shipped + u"online-friend-abroad.json"_s, shipped + u"catalog"_s);
        QVERIFY(scenario);
        SeminarServer server(room, scenario->catalog);
        const Result<void> listening = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listening, qPrintable(listening.error().message));
        QVERIFY(room.start(scenario, u"lv"_s, true));
        QVERIFY(room.next()); // answers open
        const Scene *scene = room.currentScene();
        QCOMPARE(scene->presentation, Scene::Presentation::Chat);

        QProcess browser;
        auto stopBrowser = qScopeGuard([&] { stopChromium(browser); });
        DevTools page;
        QVERIFY(startChromium(dir, browser, page));
        QVERIFY(joinFromPage(page, server, room, u"Anna"_s));
        QTRY_COMPARE_WITH_TIMEOUT(room.members().size(), 1, 30000); // a busy machine (CI's sanitizer build)
        QVERIFY(page.waitUntil(u"!!document.querySelector('.targets.chat .target.message')"_s));

        // As many bubbles as the scene has segments; the participant's own on the right, the others' not.
        int segments = 0, own = 0;
        for (const Line &line : scene->lines) {
            segments += int(line.segments.size());
            for (const CastMember &c : scenario->cast)
                if (c.id == line.speaker && c.role == u"trainee")
                    own += int(line.segments.size());
        }
        QVERIFY2(own > 0, "the first chat has messages of the participant's own");
        QCOMPARE(
            page.evaluate(u"document.querySelectorAll('.targets.chat .target.message').length"_s).toInt(),
            segments);
        QCOMPARE(
            page.evaluate(u"document.querySelectorAll('.targets.chat .target.message.own').length"_s).toInt(),
            own);
        const QString rightEdges =
            u"(() => { const l = document.querySelector('.targets.chat').getBoundingClientRect();"
            u" const o = document.querySelector('.target.message.own').getBoundingClientRect();"
            u" const t = document.querySelector('.target.message:not(.own)').getBoundingClientRect();"
            u" return [Math.round(l.right - o.right), Math.round(o.left - l.left), Math.round(t.left - "
            u"l.left),"
            u" Math.round(l.right - t.right)]; })()"_s;
        const QJsonArray edges = page.evaluate(rightEdges).toArray();
        QCOMPARE(edges.size(), 4);
        QVERIFY2(edges.at(0).toInt() <= 1 && edges.at(1).toInt() > 20, "the own message sits on the right");
        QVERIFY2(edges.at(2).toInt() <= 1 && edges.at(3).toInt() > 20, "the others' sit on the left");
        // Each message's sender and time once, above it: the first timed message's time is on the page.
        QString firstTime;
        for (const Line &line : scene->lines)
            if (firstTime.isEmpty())
                firstTime = line.time;
        QVERIFY(!firstTime.isEmpty());
        QVERIFY(page.evaluate(u"[...document.querySelectorAll('.targets.chat .sender')].some(p =>"
                              u" p.textContent.endsWith(' · %1'))"_s.arg(firstTime))
                    .toBool());

        // A message part can be flagged as a sentence can: tapping it opens the chooser.
        const QString firstSegment = scene->lines.last().segments.first().id;
        page.evaluate(
            u"document.querySelector('[data-testid=\"target-%1\"]').click(); true"_s.arg(firstSegment));
        QVERIFY(page.waitUntil(u"!document.getElementById('chooser').hidden"_s));

        page.evaluate(u"document.getElementById('chooser-cancel').click(); true"_s);
        QVERIFY(page.waitUntil(u"document.getElementById('chooser').hidden"_s));
        QVERIFY(saveScreenshot(page, u"phone-chat.png"_s));

        // The next chat has a photo (protocol 1.4): the phone loads it from the laptop and shows it above its
        // message, with its text alternative. Saved as phone-chat-photo.png.
        QVERIFY(room.next()); // closed
        QVERIFY(room.next()); // revealed
        QVERIFY(room.setOverride(scene->choices.first().id));
        QVERIFY(room.next()); // the next scene
        QVERIFY(room.next()); // its answers open
        const Scene *photoScene = room.currentScene();
        QCOMPARE(photoScene->id, u"of-secret"_s);
        QString photoLine, photoAlt;
        for (const Line &line : photoScene->lines)
            if (line.photo) {
                photoLine = line.id;
                photoAlt = line.photo->alt.text(u"lv"_s);
            }
        QVERIFY(!photoLine.isEmpty());
        const QString photo = u"document.querySelector('[data-testid=\"photo-%1\"]')"_s.arg(photoLine);
        QVERIFY(page.waitUntil(u"!!%1 && %1.complete && %1.naturalWidth > 0"_s.arg(photo)));
        QCOMPARE(page.evaluate(photo + u".alt"_s).toString(), photoAlt);
        QVERIFY2(page.evaluate(photo + u".getBoundingClientRect().height > 100"_s).toBool(),
                 "the photo is shown at a size one can see");
        page.evaluate(photo + u".scrollIntoView({block: 'center'}); true"_s);
        QVERIFY(saveScreenshot(page, u"phone-chat-photo.png"_s));
    }

    // The knowledge check and the take-away on a phone (protocol 1.3), in the real page against the real
    // server: the page shows each question's options as buttons, a tap is an answer the database holds
    // (another tap replaces it), a closed round is read only, and the take-away shows the participant's
    // result and the help lines as numbers to call.
    void aKnowledgeCheckOnAPhone()
    {
        QTemporaryDir dir;
        ResultsStore store(dir.filePath(u"check.sqlite"_s));
        QVERIFY(store.open().ok());
        Seminar s;
        s.title = u"9.b klase"_s;
        s.audience = u"pupil"_s;
        SeminarRoom room(store, *store.addSeminar(s));
        room.setJoiningOpen(true);
        Diagnostics diagnostics;
        const auto catalog = std::make_shared<const Catalog>(
            loadCatalog(QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios/catalog"_s, &diagnostics));
        QVERIFY(diagnostics.isEmpty());
        const KnowledgeCheck check = catalog->knowledgeChecks.value(u"pupil"_s);
        QCOMPARE(check.questions.size(), 5);
        SeminarServer server(room, catalog);
        const Result<void> listening = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listening, qPrintable(listening.error().message));
        QVERIFY(room.openCheck(check, KnowledgeAnswer::Round::Before));

        QProcess browser;
        auto stopBrowser = qScopeGuard([&] { stopChromium(browser); });
        DevTools page;
        QVERIFY(startChromium(dir, browser, page));
        QVERIFY(joinFromPage(page, server, room, u"Anna"_s));
        QTRY_COMPARE_WITH_TIMEOUT(room.members().size(), 1, 30000);
        QVERIFY(page.waitUntil(u"!!document.querySelector('#check .check-option')"_s));
        int options = 0;
        for (const KnowledgeCheck::Question &q : check.questions)
            options += int(q.options.size());
        QCOMPARE(page.evaluate(u"document.querySelectorAll('#check button.check-option').length"_s).toInt(),
                 options);

        // Taps: the first question right, then changed to a wrong option; the second right.
        const auto tap = [&](const QString &question, const QString &option) {
            page.evaluate(u"document.querySelector('button.check-option[data-question=\"%1\"]"
                          u"[data-option=\"%2\"]').click(); true"_s.arg(question, option));
            return page.waitUntil(
                u"document.querySelector('button.check-option[data-question=\"%1\"]"
                u"[data-option=\"%2\"]').getAttribute('aria-pressed') === 'true'"_s.arg(question, option));
        };
        const KnowledgeCheck::Question &first = check.questions.at(0), &second = check.questions.at(1);
        QString wrong;
        for (const KnowledgeCheck::Option &o : first.options)
            if (o.id != first.answer)
                wrong = o.id;
        QVERIFY(tap(first.id, first.answer));
        QVERIFY(tap(first.id, wrong));
        QVERIFY(tap(second.id, second.answer));
        QVERIFY(page.waitUntil(u"document.getElementById('check-count').textContent.includes('2')"_s));
        QTRY_COMPARE_WITH_TIMEOUT(store.knowledgeAnswers().size(), 2, 5000);
        for (const KnowledgeAnswer &a : store.knowledgeAnswers())
            QCOMPARE(a.correct, a.question == second.id);
        QVERIFY(saveScreenshot(page, u"phone-check.png"_s));

        // Closed: read only.
        QVERIFY(room.closeCheck());
        QVERIFY(page.waitUntil(u"document.querySelector('#check button.check-option').disabled"_s));

        // After the seminar, all right; then the take-away with the result before and after.
        QVERIFY(room.openCheck(check, KnowledgeAnswer::Round::After));
        QVERIFY(page.waitUntil(u"!!document.querySelector('#check button.check-option:not([disabled])')"_s));
        for (const KnowledgeCheck::Question &q : check.questions)
            QVERIFY(tap(q.id, q.answer));
        QTRY_COMPARE_WITH_TIMEOUT(room.checkTally(KnowledgeAnswer::Round::After).complete, 1, 5000);
        QVERIFY(room.closeCheck());
        QVERIFY(room.showTakeaway());
        QVERIFY(page.waitUntil(u"!!document.getElementById('takeaway') &&"
                               u" document.getElementById('takeaway').offsetParent !== null"_s));
        const std::optional<TakeawaySheet> sheet = takeawaySheet(*catalog, u"pupil"_s, u"lv"_s);
        QVERIFY(sheet);
        int numbers = 0;
        for (const TakeawaySheet::HelpLine &line : sheet->help)
            numbers += line.phone.isEmpty() ? 0 : 1;
        QCOMPARE(
            page.evaluate(u"document.querySelectorAll('#takeaway a.tel[href^=\"tel:\"]').length"_s).toInt(),
            numbers);
        QVERIFY(page.evaluate(u"document.getElementById('takeaway').textContent.includes(%1)"_s.arg(
                                  QString::fromUtf8(
                                      QJsonDocument(QJsonArray{sheet->title}).toJson(QJsonDocument::Compact))
                                      .mid(1)
                                      .chopped(1)))
                    .toBool());
        // "5 no 5": the number right, not just a 5 somewhere.
        QVERIFY(page.evaluate(u"/(^|\\D)5\\D+5(\\D|$)/.test(document.querySelector('#result "
                              u".score[data-round=after]').textContent)"_s)
                    .toBool());
        QVERIFY(saveScreenshot(page, u"phone-takeaway.png"_s));

        // In Russian (protocol 1.5): the participant taps RU; the take-away comes again from the server in
        // Russian, the page's own words with it.
        page.evaluate(u"document.querySelector('.lang button[data-lang=ru]').click(); true"_s);
        QVERIFY(page.waitUntil(u"document.documentElement.lang === 'ru'"_s));
        const std::optional<TakeawaySheet> russian = takeawaySheet(*catalog, u"pupil"_s, u"ru"_s);
        QVERIFY(russian && russian->title != sheet->title);
        QVERIFY(page.waitUntil(u"document.getElementById('takeaway').textContent.includes(%1)"_s.arg(
            QString::fromUtf8(QJsonDocument(QJsonArray{russian->title}).toJson(QJsonDocument::Compact))
                .mid(1)
                .chopped(1))));
        QCOMPARE(page.evaluate(u"document.querySelector('#result h2').textContent"_s).toString(),
                 u"Ваш результат"_s);
        QVERIFY(page.evaluate(u"/(^|\\D)5 из 5(\\D|$)/.test(document.querySelector('#result "
                              u".score[data-round=after]').textContent)"_s)
                    .toBool());
        QVERIFY(saveScreenshot(page, u"phone-takeaway-ru.png"_s));
    }

    // The page offers the languages the server accepts (phoneLanguages), in its header and its join form, and
    // each of its string tables has the same keys as the Latvian one: read from the app.js the server serves.
    void thePageSpeaksTheServersLanguages()
    {
        QTemporaryDir dir;
        ResultsStore store(dir.filePath(u"languages.sqlite"_s));
        QVERIFY(store.open().ok());
        SeminarRoom room(store, *store.addSeminar(Seminar{}));
        const std::shared_ptr<const Scenario> scenario = minimalScenario();
        SeminarServer server(room, scenario->catalog);
        const Result<void> listening = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listening, qPrintable(listening.error().message));
        QProcess browser;
        auto stopBrowser = qScopeGuard([&] { stopChromium(browser); });
        DevTools page;
        QVERIFY(startChromium(dir, browser, page));
        page.call(u"Page.navigate"_s, {{u"url"_s, server.joinUrl().toString()}});
        QVERIFY(page.waitUntil(u"document.querySelectorAll('.lang button').length > 0"_s));
        const QString expected = phoneLanguages().join(u',');
        QCOMPARE(
            page.evaluate(u"[...document.querySelectorAll('.lang button')].map(b => b.dataset.lang).join()"_s)
                .toString(),
            expected);
        QCOMPARE(
            page.evaluate(u"[...document.querySelectorAll('#join-lang option')].map(o => o.value).join()"_s)
                .toString(),
            expected);
        // The string tables as the server serves them, evaluated in the page as an expression of their own
        // (the page's Content-Security-Policy allows no eval() inside it).
        QNetworkAccessManager network;
        QNetworkReply *served =
            network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/app.js"_s.arg(server.port()))));
        QVERIFY(QSignalSpy(served, &QNetworkReply::finished).wait(10000));
        const QString source = QString::fromUtf8(served->readAll());
        served->deleteLater();
        const QRegularExpressionMatch literal =
            QRegularExpression(uR"(const STRINGS = (\{[\s\S]*?\n  \});)"_s).match(source);
        QVERIFY(literal.hasMatch());
        const QString tables = page.evaluate(uR"js((() => {
            const strings = %1;
            const keys = (o) => Object.keys(o).flatMap((k) =>
                typeof o[k] === 'object' ? keys(o[k]).map((x) => k + '.' + x) : [k]);
            const same = (a, b) => keys(a).sort().join() === keys(b).sort().join();
            return Object.keys(strings).map((l) => l + (same(strings[l], strings.lv) ? '' : ' differs')).join();
        })())js"_s.arg(literal.captured(1)))
                                   .toString();
        QCOMPARE(tables, expected);
    }
};

QTEST_GUILESS_MAIN(TestBrowser)
#include "tst_browser.moc"
