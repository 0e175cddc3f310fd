#include "choiceorder.h"
#include "playthrough.h"
#include "scoring.h"
#include "testscenarios.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

Q_DECLARE_METATYPE(saskati::Action)

class TestPlaythrough : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const Scenario> m_scenario;

    Playthrough started(PlayMode mode = PlayMode::Solo) const
    {
        Playthrough p(m_scenario);
        p.setClock([] { return QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC); });
        const auto r = p.start(mode);
        Q_ASSERT(r.ok());
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_scenario = testing::minimalScenario();
        QVERIFY(m_scenario);
    }

    // Every kind of action's event, as docs/results-bundle.md section 7 documents it: the payloads are built
    // in one place (action.cpp), and a stored log from any part of the app reads the same.
    void actionsAreTheDocumentedEvents_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("payload");
        const auto start = [this](const char *extra) -> QByteArray {
            return QByteArray("{\"scenario\":\"minimal\",\"version\":1,\"contentHash\":\"") +
                   m_scenario->contentHash() + "\",\"mode\":" + extra + "}";
        };
        QTest::newRow("start solo") << Action::start(*m_scenario, PlayMode::Solo) << u"start"_s
                                    << start("\"solo\"");
        QTest::newRow("start voting")
            << Action::startVoting(*m_scenario) << u"start"_s << start("\"seminar\",\"voting\":true");
        QTest::newRow("start with its choice order") << Action::start(*m_scenario, PlayMode::Solo, 7u)
                                                     << u"start"_s << start("\"solo\",\"choiceOrderSeed\":7");
        QTest::newRow("start voting in the room's order")
            << Action::startVoting(*m_scenario, 4294967295u) << u"start"_s
            << start("\"seminar\",\"voting\":true,\"choiceOrderSeed\":4294967295");
        QTest::newRow("flag") << Action::flag(u"s-hours"_s) << u"flag"_s
                              << QByteArray("{\"target\":\"s-hours\"}");
        QTest::newRow("flag naming the indicator")
            << Action::flag(u"s-hours"_s, u"excessive-hours"_s) << u"flag"_s
            << QByteArray("{\"target\":\"s-hours\",\"indicator\":\"excessive-hours\"}");
        QTest::newRow("unflag") << Action::unflag(u"s-hours"_s) << u"unflag"_s
                                << QByteArray("{\"target\":\"s-hours\"}");
        QTest::newRow("choose") << Action::choose(u"c-private"_s) << u"choose"_s
                                << QByteArray("{\"choice\":\"c-private\"}");
        QTest::newRow("vote") << Action::vote(u"c-private"_s) << u"vote"_s
                              << QByteArray("{\"choice\":\"c-private\"}");
        QTest::newRow("referral")
            << Action::submitReferral({{u"state-police"_s, Urgency::SameDay}, {u"ngo"_s, Urgency::WhenReady}})
            << u"referral"_s
            << QByteArray("{\"plan\":[{\"institution\":\"state-police\",\"urgency\":\"same-day\"},"
                          "{\"institution\":\"ngo\",\"urgency\":\"when-ready\"}]}");
        QTest::newRow("answer") << Action::answer(u"q1"_s, {u"a"_s, u"b"_s}) << u"answer"_s
                                << QByteArray("{\"question\":\"q1\",\"options\":[\"a\",\"b\"]}");
        QTest::newRow("step back") << Action::stepBack() << u"step-back"_s << QByteArray("{}");
        QTest::newRow("abandon") << Action::abandon() << u"abandon"_s << QByteArray("{}");
    }
    void actionsAreTheDocumentedEvents()
    {
        QFETCH(Action, action);
        QFETCH(QString, type);
        QFETCH(QByteArray, payload);
        QCOMPARE(eventTypeId(action.type), type);
        QCOMPARE(action.payload, QJsonDocument::fromJson(payload).object());
    }

    void startState()
    {
        const Playthrough p = started();
        QCOMPARE(p.state().scene, u"office"_s);
        QCOMPARE(p.state().variables.value(u"trust"_s), 0);
        QCOMPARE(p.events().size(), 1);
        QCOMPARE(p.events().first().payload.value(u"contentHash"_s).toString(),
                 QString::fromLatin1(m_scenario->contentHash()));
        // The conditional choice needs trust >= 1.
        QCOMPARE(p.availableChoices().size(), 2);
    }

    // The order the choices are shown in is the attempt's own, recorded in its first event and replayed from
    // it (issue #17): a trainee who always takes the first option is not always right.
    void choiceOrderIsRecordedAndReplayed_data()
    {
        QTest::addColumn<int>("seed"); // -1: none (a log from before seeds)
        QTest::newRow("none: the file's order") << -1;
        QTest::newRow("0") << 0;
        QTest::newRow("7") << 7;
        QTest::newRow("2026") << 2026;
    }
    void choiceOrderIsRecordedAndReplayed()
    {
        QFETCH(int, seed);
        const std::optional<quint32> choiceOrderSeed = seed < 0 ? std::nullopt : std::optional<quint32>(seed);
        Playthrough p(m_scenario);
        QVERIFY(p.start(PlayMode::Solo, choiceOrderSeed));
        QCOMPARE(p.events().first().payload.contains(u"choiceOrderSeed"_s), seed >= 0);
        QCOMPARE(p.state().choiceOrderSeed, choiceOrderSeed);
        // Shown in the seed's order; the conditional choice (trust >= 1) is left out where it stands.
        const Scene &office = *m_scenario->scene(u"office"_s);
        QStringList expected;
        for (const qsizetype i : choiceOrder(office, choiceOrderSeed))
            if (office.choices[i].conditions.isEmpty())
                expected.append(office.choices[i].id);
        const auto ids = [](const QList<const Choice *> &choices) {
            QStringList list;
            for (const Choice *c : choices)
                list.append(c->id);
            return list;
        };
        QCOMPARE(ids(p.availableChoices()), expected);
        // A step on and back: a replay of the log shows the same order in every scene.
        QVERIFY(p.choose(expected.contains(u"c-private"_s) ? u"c-private"_s : expected.first()));
        const QStringList referral = ids(p.availableChoices());
        const Result<Playthrough> replayed = Playthrough::replay(m_scenario, p.events());
        QVERIFY2(replayed, qPrintable(replayed.error().toString()));
        QCOMPARE(replayed->state().choiceOrderSeed, choiceOrderSeed);
        QCOMPARE(ids(replayed->availableChoices()), referral);
    }

    void seedsReallyShuffle()
    {
        // Among 50 attempts, some show the office scene's two choices the other way round from the file.
        int swapped = 0;
        for (quint32 seed = 0; seed < 50; ++seed) {
            Playthrough p(m_scenario);
            QVERIFY(p.start(PlayMode::Solo, seed));
            swapped += p.availableChoices().first()->id != u"c-private";
        }
        QVERIFY2(swapped > 10 && swapped < 40, qPrintable(QString::number(swapped)));
    }

    void aBadSeedIsRefused_data()
    {
        QTest::addColumn<QJsonValue>("seed");
        QTest::newRow("negative") << QJsonValue(-1);
        QTest::newRow("too large") << QJsonValue(4294967296.0);
        QTest::newRow("a fraction") << QJsonValue(1.5);
        QTest::newRow("text") << QJsonValue(u"7"_s);
    }
    void aBadSeedIsRefused()
    {
        QFETCH(QJsonValue, seed);
        Action start = Action::start(*m_scenario, PlayMode::Solo);
        start.payload.insert(u"choiceOrderSeed"_s, seed);
        Playthrough p(m_scenario);
        const Result<void> r = p.perform(start);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"choice order's seed"_s), qPrintable(r.error().message));
        QVERIFY(!p.state().started);
    }

    void actionRules_data()
    {
        QTest::addColumn<QStringList>("steps"); // "kind:argument", the last one is checked
        QTest::addColumn<QString>("error");     // empty: the last step is accepted
        QTest::newRow("flag a cue") << QStringList{u"flag:s-hours"_s} << QString();
        QTest::newRow("flag plain text") << QStringList{u"flag:s-weather"_s} << QString();
        QTest::newRow("flag a hotspot") << QStringList{u"flag:hs-passport"_s} << QString();
        QTest::newRow("flag unknown") << QStringList{u"flag:nope"_s} << u"no segment or hotspot 'nope'"_s;
        QTest::newRow("flag outside the scene") << QStringList{u"choose:c-private"_s, u"flag:s-hours"_s}
                                                << u"not in the current scene 'referral'"_s;
        QTest::newRow("unflag unflagged") << QStringList{u"unflag:s-hours"_s} << u"is not flagged"_s;
        QTest::newRow("unflag flagged") << QStringList{u"flag:s-hours"_s, u"unflag:s-hours"_s} << QString();
        QTest::newRow("choose unavailable (condition)")
            << QStringList{u"choose:c-trusted"_s} << u"not available in scene 'office'"_s;
        QTest::newRow("choose from another scene")
            << QStringList{u"choose:c-to-assessment"_s} << u"not available"_s;
        QTest::newRow("referral outside a referral scene")
            << QStringList{u"referral:state-police"_s} << u"does not ask for a referral plan"_s;
        QTest::newRow("referral in its scene")
            << QStringList{u"choose:c-private"_s, u"referral:state-police"_s} << QString();
        QTest::newRow("referral to an unknown institution")
            << QStringList{u"choose:c-private"_s, u"referral:embassy"_s}
            << u"unknown institution 'embassy'"_s;
        QTest::newRow("answer outside assessment")
            << QStringList{u"answer:trafficking"_s} << u"asks no questions"_s;
        QTest::newRow("answer in assessment")
            << QStringList{u"choose:c-private"_s, u"choose:c-to-assessment"_s, u"answer:neither"_s}
            << QString();
        QTest::newRow("answer an unknown option")
            << QStringList{u"choose:c-private"_s, u"choose:c-to-assessment"_s, u"answer:maybe"_s}
            << u"has no option 'maybe'"_s;
        QTest::newRow("nothing after an ending")
            << QStringList{u"choose:c-private"_s, u"choose:c-to-assessment"_s, u"choose:c-end-lost"_s,
                           u"flag:s-hours"_s}
            << u"has ended (ending 'lost')"_s;
        QTest::newRow("nothing after abandoning")
            << QStringList{u"abandon:"_s, u"flag:s-hours"_s} << u"was abandoned"_s;
        QTest::newRow("vote outside a seminar room")
            << QStringList{u"vote:c-private"_s} << u"takes no votes"_s;
    }

    void participantVotes()
    {
        Playthrough p(m_scenario);
        QVERIFY(p.startVoting().ok());
        QVERIFY(p.state().voting);
        QCOMPARE(p.state().mode, PlayMode::Seminar);
        QVERIFY(!p.vote(u"c-to-assessment"_s).ok()); // not a choice of this scene
        QVERIFY(p.vote(u"c-private"_s).ok());
        QVERIFY(p.vote(u"c-companion"_s).ok()); // a change of mind: the last vote counts
        QCOMPARE(p.state().votes.value(u"office"_s), u"c-companion"_s);
        QCOMPARE(p.state().scene, u"office"_s); // a vote does not move the room
        QVERIFY(p.choose(u"c-private"_s).ok()); // the room's choice does
        QCOMPARE(p.state().scoredChoice(p.state().path.last()), u"c-companion"_s);
        // A solo start cannot claim to vote.
        Playthrough solo(m_scenario);
        QVERIFY(!solo.perform(Action::of(Event::Type::Start, QJsonObject{{u"scenario"_s, m_scenario->id},
                                                                         {u"version"_s, m_scenario->version},
                                                                         {u"mode"_s, u"solo"_s},
                                                                         {u"voting"_s, true}}))
                     .ok());
    }

    void actionRules()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, error);
        Playthrough p = started();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QString kind = steps[i].section(u':', 0, 0);
            const QString arg = steps[i].section(u':', 1);
            Result<void> r;
            if (kind == u"flag")
                r = p.flag(arg);
            else if (kind == u"unflag")
                r = p.unflag(arg);
            else if (kind == u"choose")
                r = p.choose(arg);
            else if (kind == u"referral")
                r = p.submitReferral({{arg, Urgency::SameDay}});
            else if (kind == u"answer")
                r = p.answer(u"q-judgement"_s, {arg});
            else if (kind == u"abandon")
                r = p.abandon();
            else if (kind == u"vote")
                r = p.vote(arg);
            if (i + 1 < steps.size()) {
                QVERIFY2(r.ok(), qPrintable(r.error().message));
                continue;
            }
            const qsizetype before = p.events().size();
            if (error.isEmpty()) {
                QVERIFY2(r.ok(), qPrintable(r.error().message));
            } else {
                QVERIFY(!r.ok());
                QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
                // A refused action leaves no trace in the log.
                QCOMPARE(p.events().size(), before);
            }
        }
    }

    void effectsAndConditions()
    {
        Playthrough p = started();
        QVERIFY(p.choose(u"c-private"_s).ok());
        QCOMPARE(p.state().variables.value(u"trust"_s), 1);
        QVERIFY(p.stepBack().ok()); // solo: recorded, refused
        QCOMPARE(p.state().scene, u"referral"_s);
        QCOMPARE(p.state().refusedStepBacks, 1);
        QCOMPARE(p.events().last().type, Event::Type::StepBack);
    }

    void seminarStepsBack()
    {
        Playthrough p = started(PlayMode::Seminar);
        QVERIFY(!p.stepBack().ok()); // nothing to step back to yet
        QVERIFY(p.choose(u"c-private"_s).ok());
        QCOMPARE(p.state().variables.value(u"trust"_s), 1);
        QVERIFY(p.stepBack().ok());
        QCOMPARE(p.state().scene, u"office"_s);
        QCOMPARE(p.state().variables.value(u"trust"_s), 0);
        // Back from an ending too, to discuss the last decision.
        QVERIFY(p.choose(u"c-private"_s).ok());
        QVERIFY(p.choose(u"c-to-assessment"_s).ok());
        QVERIFY(p.choose(u"c-end-lost"_s).ok());
        QVERIFY(p.state().isFinished());
        QVERIFY(p.stepBack().ok());
        QCOMPARE(p.state().scene, u"assessment"_s);
        QVERIFY(!p.state().isFinished());
    }

    // The store refuses an event (disk full): the action does not happen, the state does not move.
    void failedSinkChangesNothing()
    {
        Playthrough p = started();
        bool storeWorks = false;
        p.setEventSink([&](const Event &) -> Result<void> {
            if (storeWorks)
                return {};
            return Error(u"The disk is full."_s);
        });
        const auto r = p.choose(u"c-private"_s);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"The disk is full. The action was not taken"_s));
        QCOMPARE(p.state().scene, u"office"_s);
        QCOMPARE(p.events().size(), 1);
        storeWorks = true;
        QVERIFY(p.choose(u"c-private"_s).ok());
        QCOMPARE(p.events().size(), 2);
    }

    // Replaying the log of an interrupted attempt restores it exactly, at every point of the log.
    void replayRestoresEveryPrefix()
    {
        Playthrough p = started(PlayMode::Seminar);
        QVERIFY(p.flag(u"s-hours"_s, u"excessive-hours"_s).ok());
        QVERIFY(p.flag(u"s-weather"_s).ok());
        QVERIFY(p.unflag(u"s-weather"_s).ok());
        QVERIFY(p.choose(u"c-private"_s).ok());
        QVERIFY(p.stepBack().ok());
        QVERIFY(p.flag(u"hs-passport"_s).ok());
        QVERIFY(p.choose(u"c-private"_s).ok());
        QVERIFY(p.submitReferral({{u"state-police"_s, Urgency::Immediate}, {u"siva"_s, Urgency::WithinDays}})
                    .ok());
        QVERIFY(p.choose(u"c-to-assessment"_s).ok());
        QVERIFY(p.answer(u"q-judgement"_s, {u"trafficking"_s}).ok());
        QVERIFY(p.choose(u"c-end-referred"_s).ok());
        for (qsizetype n = 1; n <= p.events().size(); ++n) {
            const QList<Event> prefix = p.events().mid(0, n);
            const Result<Playthrough> replayed = Playthrough::replay(m_scenario, prefix);
            QVERIFY2(replayed, qPrintable(replayed.error().message));
            QCOMPARE(replayed->events(), prefix);
            if (n == p.events().size()) {
                const PlaythroughState &a = p.state(), &b = replayed->state();
                QCOMPARE(b.scene, a.scene);
                QCOMPARE(b.ending, a.ending);
                QCOMPARE(b.variables, a.variables);
                QCOMPARE(b.flags.keys(), a.flags.keys());
                QCOMPARE(b.referral.value(), a.referral.value());
                QCOMPARE(b.answers, a.answers);
                QCOMPARE(scoreToJson(scorePlaythrough(*m_scenario, b)),
                         scoreToJson(scorePlaythrough(*m_scenario, a)));
            }
        }
    }

    void replayRejectsWhatDoesNotFit()
    {
        Playthrough p = started();
        QVERIFY(p.choose(u"c-private"_s).ok());
        QList<Event> events = p.events();
        events[1].payload.insert(u"choice"_s, u"c-trusted"_s);
        Result<Playthrough> replayed = Playthrough::replay(m_scenario, events);
        QVERIFY(!replayed);
        QVERIFY2(replayed.error().message.contains(u"event 2 (choose)"_s),
                 qPrintable(replayed.error().message));

        events = p.events();
        events[0].payload.insert(u"version"_s, 2);
        replayed = Playthrough::replay(m_scenario, events);
        QVERIFY(!replayed);
        QVERIFY2(replayed.error().message.contains(u"version 2"_s), qPrintable(replayed.error().message));

        events = p.events();
        events.removeFirst(); // a gap in the sequence
        replayed = Playthrough::replay(m_scenario, events);
        QVERIFY(!replayed);
        QVERIFY2(replayed.error().message.contains(u"out of order"_s), qPrintable(replayed.error().message));
    }

    void eventJsonRoundTrip()
    {
        Playthrough p = started();
        QVERIFY(p.flag(u"s-hours"_s, u"excessive-hours"_s).ok());
        for (const Event &e : p.events()) {
            const Result<Event> back = Event::fromJson(e.toJson());
            QVERIFY2(back, qPrintable(back.error().message));
            QCOMPARE(*back, e);
        }
        const Result<Event> bad = Event::fromJson(QJsonObject{{u"seq"_s, 1}, {u"time"_s, u"yesterday"_s}});
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"time"_s));
    }
};

QTEST_GUILESS_MAIN(TestPlaythrough)
#include "tst_playthrough.moc"
