// The phones' messages (docs/seminar-protocol.md, section 2): every shape the server accepts, and what it
// drops.
#include "participantmessage.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

class TestParticipantMessage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("detail"); // the main field, as parsed
        QTest::newRow("join")
            << QByteArray(R"({"type":"join","pin":"1234","name":"Anna","role":"police","language":"en"})")
            << int(ParticipantMessage::Type::Join) << u"Anna"_s;
        QTest::newRow("join anonymous")
            << QByteArray(R"({"type":"join","pin":"1234"})") << int(ParticipantMessage::Type::Join) << u""_s;
        QTest::newRow("join name cleaned")
            << QByteArray("{\"type\":\"join\",\"pin\":\"1\",\"name\":\"  J\\u0101nis\\u0007  "
                          "\\u202eB\\u0113rzi\\u0146\\u0161 \"}")
            << int(ParticipantMessage::Type::Join) << u"Jānis Bērziņš"_s;
        QTest::newRow("join name cut to 40")
            << QByteArray(R"({"type":"join","pin":"1","name":")" + QByteArray(100, 'a') + R"("})")
            << int(ParticipantMessage::Type::Join) << QString(40, u'a');
        // Any name that fits in a frame is cut, not refused (docs/seminar-protocol.md: "cut to 40").
        QTest::newRow("join name of 5,000 characters cut to 40")
            << QByteArray(R"({"type":"join","pin":"1","name":"  )" + QByteArray(5000, 'b') + R"("})")
            << int(ParticipantMessage::Type::Join) << QString(40, u'b');
        QTest::newRow("resume") << QByteArray(R"({"type":"resume","token":"abc"})")
                                << int(ParticipantMessage::Type::Resume) << u"abc"_s;
        QTest::newRow("language") << QByteArray(R"({"type":"language","language":"en"})")
                                  << int(ParticipantMessage::Type::Language) << u"en"_s;
        QTest::newRow("language ru") << QByteArray(R"({"type":"language","language":"ru"})")
                                     << int(ParticipantMessage::Type::Language) << u"ru"_s;
        QTest::newRow("flag named") << QByteArray(
                                           R"({"type":"flag","target":"rec-s2","indicator":"threats"})")
                                    << int(ParticipantMessage::Type::Flag) << u"rec-s2"_s;
        QTest::newRow("flag unnamed") << QByteArray(R"({"type":"flag","target":"rec-s2","indicator":""})")
                                      << int(ParticipantMessage::Type::Flag) << u"rec-s2"_s;
        QTest::newRow("unflag") << QByteArray(R"({"type":"unflag","target":"card-in-hand"})")
                                << int(ParticipantMessage::Type::Unflag) << u"card-in-hand"_s;
        QTest::newRow("vote") << QByteArray(R"({"type":"vote","choice":"rec-c-private","extra":1})")
                              << int(ParticipantMessage::Type::Vote) << u"rec-c-private"_s;
        QTest::newRow("referral")
            << QByteArray(
                   R"({"type":"referral","plan":[{"institution":"state-police","urgency":"same-day"},{"institution":"siva"}]})")
            << int(ParticipantMessage::Type::Referral) << u"state-police"_s;
        QTest::newRow("empty referral") << QByteArray(R"({"type":"referral","plan":[]})")
                                        << int(ParticipantMessage::Type::Referral) << u""_s;
        QTest::newRow("answer")
            << QByteArray(R"({"type":"answer","question":"q-judgement","options":["trafficking"]})")
            << int(ParticipantMessage::Type::Answer) << u"q-judgement"_s;
        QTest::newRow("ping") << QByteArray(R"({"type":"ping"})") << int(ParticipantMessage::Type::Ping)
                              << u""_s;
        QTest::newRow("knowledge check answer")
            << QByteArray(R"({"type":"checkAnswer","question":"kc-pupil-fee","option":"refuse"})")
            << int(ParticipantMessage::Type::CheckAnswer) << u"kc-pupil-fee"_s;
    }

    void accepted()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, type);
        QFETCH(QString, detail);
        const auto m = parseParticipantMessage(json);
        QVERIFY2(m, qPrintable(m.error().message));
        QCOMPARE(int(m->type), type);
        switch (m->type) {
        case ParticipantMessage::Type::Join:
            QCOMPARE(m->name, detail);
            QVERIFY(phoneLanguages().contains(m->language));
            break;
        case ParticipantMessage::Type::Resume:
            QCOMPARE(m->token, detail);
            break;
        case ParticipantMessage::Type::Language:
            QCOMPARE(m->language, detail);
            break;
        case ParticipantMessage::Type::Flag:
        case ParticipantMessage::Type::Unflag:
            QCOMPARE(m->target, detail);
            break;
        case ParticipantMessage::Type::Vote:
            QCOMPARE(m->choice, detail);
            break;
        case ParticipantMessage::Type::Referral:
            QCOMPARE(m->plan.isEmpty() ? QString() : m->plan.first().institution, detail);
            if (!m->plan.isEmpty()) {
                QCOMPARE(m->plan.first().urgency, Urgency::SameDay);
                QCOMPARE(m->plan.last().urgency, Urgency::WhenReady); // the default
            }
            break;
        case ParticipantMessage::Type::Answer:
            QCOMPARE(m->question, detail);
            QCOMPARE(m->options, QStringList{u"trafficking"_s});
            break;
        case ParticipantMessage::Type::CheckAnswer:
            QCOMPARE(m->question, detail);
            QCOMPARE(m->option, u"refuse"_s);
            break;
        case ParticipantMessage::Type::Ping:
            break;
        }
    }

    void dropped_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("vote rec-c-private") << u"not a JSON object"_s;
        QTest::newRow("an array") << QByteArray(R"([{"type":"ping"}])") << u"not a JSON object"_s;
        QTest::newRow("no type") << QByteArray(R"({"choice":"x"})") << u"unknown message type"_s;
        QTest::newRow("presenter control") << QByteArray(R"({"type":"next"})") << u"unknown message type"_s;
        QTest::newRow("reveal") << QByteArray(R"({"type":"reveal"})") << u"unknown message type"_s;
        QTest::newRow("type not a string") << QByteArray(R"({"type":7})") << u"unknown message type"_s;
        QTest::newRow("join without pin") << QByteArray(R"({"type":"join"})") << u"'pin'"_s;
        QTest::newRow("pin a number")
            << QByteArray(R"({"type":"join","pin":1234})") << u"'pin' must be a string"_s;
        QTest::newRow("unknown language")
            << QByteArray(R"({"type":"join","pin":"1","language":"de"})") << u"'language'"_s;
        QTest::newRow("role not an id")
            << QByteArray(R"({"type":"join","pin":"1","role":"<script>"})") << u"'role'"_s;
        QTest::newRow("vote without choice") << QByteArray(R"({"type":"vote"})") << u"'choice'"_s;
        QTest::newRow("check answer without option")
            << QByteArray(R"({"type":"checkAnswer","question":"kc-pupil-fee"})") << u"'option'"_s;
        QTest::newRow("check answer with a list of options")
            << QByteArray(R"({"type":"checkAnswer","question":"kc-pupil-fee","option":["a","b"]})")
            << u"'option'"_s;
        QTest::newRow("vote empty") << QByteArray(R"({"type":"vote","choice":""})") << u"'choice'"_s;
        QTest::newRow("vote not an id")
            << QByteArray(R"({"type":"vote","choice":"a b"})") << u"not an identifier"_s;
        QTest::newRow("vote too long")
            << QByteArray(R"({"type":"vote","choice":")" + QByteArray(65, 'x') + R"("})")
            << u"longer than 64"_s;
        QTest::newRow("flag non-ASCII id")
            << QByteArray(R"({"type":"flag","target":"ā"})") << u"not an identifier"_s;
        QTest::newRow("plan not an array")
            << QByteArray(R"({"type":"referral","plan":{}})") << u"'plan' must be an array"_s;
        QTest::newRow("plan step not an object")
            << QByteArray(R"({"type":"referral","plan":["siva"]})") << u"object"_s;
        QTest::newRow("plan unknown urgency")
            << QByteArray(R"({"type":"referral","plan":[{"institution":"siva","urgency":"soon"}]})")
            << u"'urgency'"_s;
        QTest::newRow("plan too long")
            << QByteArray(R"({"type":"referral","plan":[)" +
                          QByteArray(R"({"institution":"siva"},)").repeated(21).chopped(1) + "]}")
            << u"at most 20"_s;
        QTest::newRow("options not ids")
            << QByteArray(R"({"type":"answer","question":"q","options":[1]})") << u"option ids"_s;
        QTest::newRow("too large") << QByteArray(R"({"type":"ping","x":")" + QByteArray(17000, 'x') + R"("})")
                                   << u"larger than 16384"_s;
    }

    void dropped()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        const auto m = parseParticipantMessage(json);
        QVERIFY(!m);
        QVERIFY2(m.error().message.contains(reason), qPrintable(m.error().message));
    }
};

QTEST_GUILESS_MAIN(TestParticipantMessage)
#include "tst_participantmessage.moc"
