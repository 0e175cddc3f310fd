// Conversation scenes (scenario format 2): what the person says depends on how the trainee asks. Played on
// tests/data/conversation/conversation.json: Anna, met alone after the office scene (trust 1 on entry), a
// limit of four turns, moves once each; her full account (passport, pay, threats) comes only at trust 3. The
// expected scores are worked out by hand beside each script (docs/scoring.md, "Conversations").
#include "conversation.h"
#include "movefeedback.h"
#include "planteddetails.h"
#include "playthrough.h"
#include "reviewindex.h"
#include "scoretracker.h"
#include "scoring.h"
#include "testscenarios.h"
#include "transcript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

class TestConversation : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const Scenario> m_scenario;
    std::shared_ptr<const Catalog> m_catalog;

    Playthrough started() const
    {
        Playthrough p(m_scenario);
        p.setClock([] { return QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC); });
        const Result<void> r = p.start(PlayMode::Solo);
        Q_ASSERT(r.ok());
        return p;
    }

    // "flag:ID" flags a target; anything else is a choice or move. Fails the test on a refused action, and
    // checks after every event that the live totals equal the full score.
    void play(Playthrough &p, const QStringList &script)
    {
        ScoreTracker tracker(m_scenario);
        tracker.reset(p.state());
        for (const QString &step : script) {
            const Result<void> r = step.startsWith(u"flag:"_s) ? p.flag(step.mid(5))
                                   : step.startsWith(u"feedback:"_s)
                                       ? p.setFeedbackAfterEachMove(step == u"feedback:on")
                                       : p.choose(step);
            QVERIFY2(r.ok(), qPrintable(step + u": "_s + r.error().message));
            tracker.update(p.state(), p.events().last());
            QVERIFY2(tracker.summary() == ScoreTracker::summarize(scorePlaythrough(*m_scenario, p.state())),
                     qPrintable(u"the live score differs from the full score after "_s + step));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_scenario = testing::loadScenario(testing::dataPath(u"conversation/conversation.json"_s),
                                           testing::dataPath(u"catalog"_s));
        QVERIFY(m_scenario);
        QCOMPARE(m_scenario->formatVersion, 2);
        Diagnostics diagnostics;
        m_catalog = std::make_shared<Catalog>(loadCatalog(testing::dataPath(u"catalog"_s), &diagnostics));
        QVERIFY(diagnostics.isEmpty());
        QVERIFY(m_catalog->questionTypes.value(u"open-invitation"_s).recommended);
        QVERIFY(!m_catalog->questionTypes.value(u"leading"_s).recommended);
    }

    void scripts_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<int>("recognition");
        QTest::addColumn<int>("recognitionMax");
        QTest::addColumn<int>("conduct");
        QTest::addColumn<int>("conductMax");
        QTest::addColumn<int>("criticalErrors");
        QTest::addColumn<QStringList>("undisclosed");
        QTest::addColumn<QStringList>("unreliableSaid");
        QTest::addColumn<QStringList>("choiceFeedback");

        // A move's maximum is what it takes from the most an interview of no more steps than this one took
        // from there can earn (the best order of the moves left, critical errors left out): for four steps
        // on entry water, open invitation, follow-up and closing, 1 + 2 + 1 + 1 = 5.
        //
        // Water first (trust 2), then the open invitation (trust 3): the full account, and the follow-up
        // hears the threat. Recognition 3 + 2 + 2 = 7 of 11 (office) + 7 (the most an interview can
        // disclose). Conduct: office 3/3; water 1/1 (5 left before, 4 after); open 2/2 (4, 2); follow-up
        // 1/1 (2, 1); closing 1/1 (1, 0): 8 of 8, the best interview.
        QTest::newRow("respectful: care, open invitation, follow-up")
            << QStringList{u"c-private"_s,
                           u"m-water"_s,
                           u"m-open"_s,
                           u"flag:s-open-passport"_s,
                           u"flag:s-open-pay"_s,
                           u"m-follow"_s,
                           u"flag:s-follow-threat"_s,
                           u"m-close"_s}
            << 7 << 18 << 8 << 8 << 0 << QStringList() << QStringList() << QStringList();
        // The open invitation at trust 2 gets "everything is fine"; the leading question lowers trust to 1
        // and gets an unreliable yes; the follow-up hears nothing; the water is the fourth turn and the limit
        // leads to the referral. Nothing to flag: 0 of 18, and all three cues are what she would have told.
        // Conduct: 3/3; open 2/2 (5 left before, 3 after: water, follow-up, closing); leading -2 of 1 (3
        // before; 2 after: two turns left, e.g. water and closing), the one move that lowered what was within
        // reach; follow-up 1/1 (2, 1); water 1/1 (1, 0: the turns are used up); the limit 0/0: 5 of 8 (five
        // steps, so any interview counts: the limit is one step more than the turns).
        QTest::newRow("pressing: open too early, then a leading question")
            << QStringList{u"c-private"_s, u"m-open"_s,  u"m-leading"_s,
                           u"m-follow"_s,  u"m-water"_s, u"talk-ends"_s}
            << 0 << 18 << 5 << 8 << 0
            << QStringList{u"s-follow-threat"_s, u"s-open-passport"_s, u"s-open-pay"_s}
            << QStringList{u"r-leading"_s} << QStringList{u"m-leading"_s};
        // Short and polite: the open invitation too early (trust 2: "everything is fine"), then closing.
        // Conduct is how she was asked: the best two-step interview is the same, 2 + 1 = 3, so 3/3, 2/2, 1/1:
        // 6 of 6. What a longer one would have heard is recognition's: 0 of 18, all three cues undisclosed.
        QTest::newRow("short: an open invitation, then closing")
            << QStringList{u"c-private"_s, u"m-open"_s, u"m-close"_s} << 0 << 18 << 6 << 6 << 0
            << QStringList{u"s-follow-threat"_s, u"s-open-passport"_s, u"s-open-pay"_s} << QStringList()
            << QStringList();
        // A promise she cannot be given (a critical error, capped), yet trust still reaches 3 and she tells
        // of the passport and the pay; the threat stays untold. Recognition 3 of 18 (pay said and missed).
        // Conduct: 3/3; water 1/1 (5, 4); promise -3 of 1 (4 before; 3 after: open invitation and closing in
        // the two turns left); open 2/2 (3, 1); closing 1/1: 4 of 8. The promise is a critical error, not a
        // `choice` item.
        QTest::newRow("critical: a promise nobody can keep")
            << QStringList{u"c-private"_s,
                           u"m-water"_s,
                           u"m-promise"_s,
                           u"m-open"_s,
                           u"flag:s-open-passport"_s,
                           u"m-close"_s}
            << 3 << 18 << 4 << 8 << 1 << QStringList{u"s-follow-threat"_s} << QStringList() << QStringList();
    }

    void scripts()
    {
        QFETCH(QStringList, script);
        Playthrough p = started();
        play(p, script);
        QCOMPARE(p.state().scene, u"referral"_s);
        const Score score = scorePlaythrough(*m_scenario, p.state());
        QTEST(score.points.recognition, "recognition");
        QTEST(score.pathMax.recognition, "recognitionMax");
        QTEST(score.points.conduct, "conduct");
        QTEST(score.pathMax.conduct, "conductMax");
        QTEST(int(score.criticalErrors.size()), "criticalErrors");
        QStringList undisclosed, via;
        for (const FeedbackItem &item : score.feedback)
            if (item.kind == FeedbackItem::Kind::Undisclosed) {
                undisclosed.append(item.ref);
                via.append(item.via);
            }
        undisclosed.sort();
        QTEST(undisclosed, "undisclosed");
        for (const QString &move : via)
            QVERIFY2(move == u"m-open"_s || move == u"m-follow"_s, qPrintable(move));
        QStringList unreliable;
        for (const TranscriptTurn &turn : conversationTranscript(*m_scenario, p.state(), u"talk"_s))
            for (const ReplyLine *line : turn.said)
                if (line->unreliable)
                    unreliable.append(line->id);
        QTEST(unreliable, "unreliableSaid");
        QStringList lowered;
        for (const FeedbackItem &item : score.feedback)
            if (item.kind == FeedbackItem::Kind::Choice)
                lowered.append(item.ref);
        QTEST(lowered, "choiceFeedback");
        if (score.criticalErrors.isEmpty())
            QVERIFY(!score.capped);
        else
            QVERIFY(score.percent <= m_scenario->scoring.criticalErrorCap);
    }

    // Practice mode: right after each move its question type, and its own feedback only when it lowered what
    // was within reach or was a critical error. Not for the office's choice nor the limit.
    void feedbackAfterEachMove()
    {
        Playthrough p = started();
        play(p, {u"c-private"_s, u"m-open"_s, u"m-leading"_s, u"m-follow"_s, u"m-water"_s, u"talk-ends"_s});
        const PlaythroughState &state = p.state();
        QVERIFY(!moveFeedbackAt(*m_scenario, state, 0)); // the office: an ordinary choice
        const auto open = moveFeedbackAt(*m_scenario, state, 1);
        QVERIFY(open);
        QCOMPARE(open->questionType, u"open-invitation"_s);
        QVERIFY(open->recommended && !open->lowered && !open->critical);
        QVERIFY(open->text.text(u"en"_s).isEmpty());
        const auto leading = moveFeedbackAt(*m_scenario, state, 2);
        QVERIFY(leading);
        QCOMPARE(leading->questionType, u"leading"_s);
        QVERIFY(!leading->recommended && leading->lowered);
        QCOMPARE(leading->text.text(u"en"_s), m_scenario->choice(u"m-leading"_s)->feedback.text(u"en"_s));
        QVERIFY(!leading->text.text(u"en"_s).isEmpty());
        QVERIFY(!moveFeedbackAt(*m_scenario, state, 5)); // the limit

        Playthrough promised = started();
        play(promised, {u"c-private"_s, u"m-water"_s, u"m-promise"_s});
        const auto promise = moveFeedbackAt(*m_scenario, promised.state(), 2);
        QVERIFY(promise && promise->critical && !promise->recommended);
        QCOMPARE(promise->text.text(u"lv"_s),
                 m_scenario->choice(u"m-promise"_s)->criticalError->explanation.text(u"lv"_s));
    }

    // Practice or assessment is recorded in the log as the trainee (or the lecturer) sets it; each move keeps
    // the setting it was asked under, and the review groups the attempt by it. What is shown changes no
    // score.
    void feedbackSettingIsRecordedWithEachMove_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<QList<int>>("movesWithFeedback"); // per step: 1 on, 0 off, -1 not recorded
        QTest::addColumn<QString>("attemptFeedback");
        const QStringList interview{u"c-private"_s, u"m-water"_s, u"m-open"_s, u"m-close"_s};
        QTest::newRow("never recorded") << interview << QList<int>{-1, -1, -1, -1} << QString();
        QTest::newRow("practice") << QStringList{u"feedback:on"_s} + interview << QList<int>{1, 1, 1, 1}
                                  << u"each-move"_s;
        QTest::newRow("assessment") << QStringList{u"feedback:off"_s} + interview << QList<int>{0, 0, 0, 0}
                                    << u"at-end"_s;
        QTest::newRow("switched off after the water")
            << QStringList{u"feedback:on"_s,  u"c-private"_s, u"m-water"_s,
                           u"feedback:off"_s, u"m-open"_s,    u"m-close"_s}
            << QList<int>{1, 1, 0, 0} << u"mixed"_s;
        // Only the questions count: the office's choice before the conversation was made under another
        // setting.
        QTest::newRow("switched on before the first question")
            << QStringList{u"feedback:off"_s, u"c-private"_s, u"feedback:on"_s,
                           u"m-water"_s,      u"m-open"_s,    u"m-close"_s}
            << QList<int>{0, 1, 1, 1} << u"each-move"_s;
    }

    void feedbackSettingIsRecordedWithEachMove()
    {
        QFETCH(QStringList, script);
        QFETCH(QList<int>, movesWithFeedback);
        QFETCH(QString, attemptFeedback);
        Playthrough p = started();
        play(p, script);
        const PlaythroughState &state = p.state();
        QCOMPARE(state.path.size(), movesWithFeedback.size());
        for (qsizetype i = 0; i < state.path.size(); ++i) {
            const std::optional<bool> shown = state.path.at(i).feedbackAfterEachMove;
            QCOMPARE(shown ? int(*shown) : -1, movesWithFeedback.at(i));
        }
        const Score score = scorePlaythrough(*m_scenario, state);
        QCOMPARE(indexAttempt(*m_scenario, state, score).feedback, attemptFeedback);

        // The same moves without the setting score the same; the log replays to the same state.
        Playthrough plain = started();
        QStringList moves = script;
        moves.removeIf([](const QString &step) { return step.startsWith(u"feedback:"_s); });
        play(plain, moves);
        QCOMPARE(scorePlaythrough(*m_scenario, plain.state()).points.total(), score.points.total());
        const Result<Playthrough> replayed = Playthrough::replay(m_scenario, p.events());
        QVERIFY(replayed.ok());
        QCOMPARE(replayed->state().path.constLast().feedbackAfterEachMove,
                 state.path.constLast().feedbackAfterEachMove);
    }

    void feedbackSettingRefusesWhatChangesNothing()
    {
        Playthrough p = started();
        QVERIFY(p.setFeedbackAfterEachMove(false).ok());
        const Result<void> again = p.setFeedbackAfterEachMove(false);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(u"already off"_s));
        QVERIFY(!p.apply(Event{p.events().size() + 1, QDateTime::currentDateTimeUtc(), Event::Type::Feedback,
                               QJsonObject{{u"afterEachMove"_s, u"yes"_s}}})
                     .ok());
        QVERIFY(p.setFeedbackAfterEachMove(true).ok());
        QVERIFY(p.abandon().ok());
        QVERIFY(!p.setFeedbackAfterEachMove(false).ok()); // an attempt that has ended shows nothing more
    }

    // A leading question plants a wrong detail (only the wages matter) when it is asked; the debrief's item
    // names the question that produced it, the truth, and what the trainee did resting on it: flagging the
    // planted words as a sign, naming the labour inspectorate (a harmful referral here) in the plan.
    void aLeadingQuestionPlantsAWrongDetail_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<bool>("planted");
        QTest::addColumn<QStringList>("restingOnIt");
        QTest::newRow("never asked") << QStringList{u"c-private"_s, u"m-open"_s, u"m-close"_s} << false
                                     << QStringList{};
        QTest::newRow("asked, not acted on")
            << QStringList{u"c-private"_s, u"m-leading"_s, u"m-close"_s, u"plan:state-police"_s} << true
            << QStringList{};
        QTest::newRow("flagged and referred on it")
            << QStringList{u"c-private"_s, u"m-leading"_s, u"flag:s-leading"_s, u"m-close"_s,
                           u"plan:labour-inspectorate"_s}
            << true << QStringList{u"labour-inspectorate"_s, u"s-leading"_s};
    }

    void aLeadingQuestionPlantsAWrongDetail()
    {
        QFETCH(QStringList, script);
        QFETCH(bool, planted);
        QFETCH(QStringList, restingOnIt);
        Playthrough p = started();
        QStringList moves;
        for (const QString &step : script)
            if (step.startsWith(u"plan:"_s)) {
                play(p, moves);
                moves.clear();
                QVERIFY(p.submitReferral({ReferralStep{step.mid(5), Urgency::SameDay}}).ok());
            } else {
                moves.append(step);
            }
        play(p, moves);
        const QList<PlantedInAttempt> found = plantedInAttempt(*m_scenario, p.state());
        QCOMPARE(found.size(), qsizetype(planted));
        const Score score = scorePlaythrough(*m_scenario, p.state());
        const auto item =
            std::find_if(score.feedback.cbegin(), score.feedback.cend(),
                         [](const FeedbackItem &f) { return f.kind == FeedbackItem::Kind::PlantedDetail; });
        QCOMPARE(item != score.feedback.cend(), planted);
        if (!planted)
            return;
        QCOMPARE(found.first().detail->id, u"only-wages"_s);
        QCOMPARE(found.first().question->id, u"m-leading"_s);
        QCOMPARE(found.first().line->id, u"r-leading"_s);
        QCOMPARE(item->ref, u"only-wages"_s);
        QCOMPARE(item->via, u"m-leading"_s);
        QCOMPARE(item->text.text(u"en"_s), found.first().detail->truth.text(u"en"_s));
        QCOMPARE(item->restingOnIt, restingOnIt);
        // As exports and the command line write it.
        const QJsonObject json = feedbackToJson(score.feedback, u"en"_s).last().toObject();
        QCOMPARE(json[u"kind"_s].toString(), u"planted-detail"_s);
        QCOMPARE(json[u"via"_s].toString(), u"m-leading"_s);
        QCOMPARE(json[u"restingOnIt"_s].toArray().size(), restingOnIt.size());
    }

    // The best interview (water, open invitation, follow-up, closing: conduct 5, cues 7) adds 12 to what the
    // same scenario without the conversation could reach.
    void scenarioMaxCountsTheBestInterview()
    {
        const std::shared_ptr<const Scenario> minimal = testing::minimalScenario();
        const ScoreParts with = bestScore(*m_scenario);
        const ScoreParts without = bestScore(*minimal);
        QCOMPARE(with.recognition, without.recognition + 7);
        QCOMPARE(with.conduct, without.conduct + 5);
        QCOMPARE(with.total(), without.total() + 12);
    }

    void aMoveIsTakenOnceAndRepliesFollowTheOrder()
    {
        Playthrough p = started();
        play(p, {u"c-private"_s, u"m-follow"_s});
        // Asked before the open invitation, the follow-up only gets "By what?".
        QList<TranscriptTurn> turns = conversationTranscript(*m_scenario, p.state(), u"talk"_s);
        QCOMPARE(turns.size(), 1);
        QCOMPARE(turns.first().said.size(), 1);
        QCOMPARE(turns.first().said.first()->id, u"r-follow-what"_s);
        const Result<void> again = p.choose(u"m-follow"_s);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(u"not available"_s), qPrintable(again.error().message));
        for (const Choice *c : p.availableChoices())
            QVERIFY(c->id != u"m-follow"_s);
        QCOMPARE(p.availableChoices().size(), 5);
    }

    void aSignCanBeFlaggedOnlyOnceSaid()
    {
        Playthrough p = started();
        play(p, {u"c-private"_s});
        const Result<void> early = p.flag(u"s-open-passport"_s);
        QVERIFY(!early.ok());
        QVERIFY2(early.error().message.contains(u"has not been said"_s), qPrintable(early.error().message));
        QVERIFY(p.flag(u"s-talk-open"_s).ok()); // the opening line is there from the start
        play(p, {u"m-water"_s, u"m-open"_s, u"flag:s-open-passport"_s});
    }

    void thePersonsStateFollowsTheVariables_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<QString>("state");
        QTest::newRow("on entry, trust 1") << QStringList{u"c-private"_s} << u"st-guarded"_s;
        QTest::newRow("after a leading question, trust 0")
            << QStringList{u"c-private"_s, u"m-leading"_s} << u"st-closed"_s;
        QTest::newRow("after water and an open invitation, trust 3")
            << QStringList{u"c-private"_s, u"m-water"_s, u"m-open"_s} << u"st-open"_s;
    }

    void thePersonsStateFollowsTheVariables()
    {
        QFETCH(QStringList, script);
        Playthrough p = started();
        play(p, script);
        const PersonState *state = currentPersonState(*m_scenario, p.state());
        QVERIFY(state);
        QTEST(state->id, "state");
    }

    void theReplayIsExact()
    {
        Playthrough p = started();
        play(p, {u"c-private"_s, u"m-open"_s, u"m-leading"_s, u"m-follow"_s, u"m-water"_s});
        // The turns are used up: only the limit's way on is offered.
        QCOMPARE(p.availableChoices().size(), 1);
        QCOMPARE(p.availableChoices().first()->id, u"talk-ends"_s);
        play(p, {u"talk-ends"_s});
        QCOMPARE(p.state().scene, u"referral"_s);
        const Result<Playthrough> replayed = Playthrough::replay(m_scenario, p.events());
        QVERIFY2(replayed.ok(), qPrintable(replayed.error().message));
        QCOMPARE(replayed->state().scene, p.state().scene);
        QCOMPARE(askedMoves(replayed->state(), u"talk"_s), askedMoves(p.state(), u"talk"_s));
        QCOMPARE(scoreToJson(scorePlaythrough(*m_scenario, replayed->state())),
                 scoreToJson(scorePlaythrough(*m_scenario, p.state())));
    }

    // A seminar participant's vote is on one decision: after the room steps back inside a conversation, a
    // vote on a later turn no longer stands for whatever the room asks at that turn next.
    void aVoteOnALaterTurnGoesWhenTheRoomStepsBack()
    {
        Playthrough p(m_scenario);
        QVERIFY(p.startVoting().ok());
        for (const auto &[vote, take] : {std::pair{u"c-private"_s, u"c-private"_s},
                                         {u"m-water"_s, u"m-water"_s},
                                         {u"m-open"_s, u"m-open"_s}}) {
            QVERIFY(p.vote(vote).ok());
            QVERIFY(p.choose(take).ok());
        }
        QCOMPARE(p.state().scoredChoice(p.state().path.at(2)), u"m-open"_s);
        QVERIFY(p.stepBack().ok()); // turn 1 open again: the vote on it stands
        QCOMPARE(p.state().currentVote(), u"m-open"_s);
        QVERIFY(p.stepBack().ok()); // back to turn 0: turn 1 will be another decision
        QVERIFY(p.choose(u"m-open"_s).ok());
        QVERIFY(p.choose(u"m-water"_s).ok());
        QCOMPARE(p.state().scoredChoice(p.state().path.at(1)), u"m-water"_s); // the vote on turn 0
        QVERIFY(p.state().scoredChoice(p.state().path.at(2)).isEmpty());      // no vote on this turn 1
    }

    // What the validator says of a conversation, on variants of the test file.
    void validatorReports_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("a version 1 file") << u"version1"_s << u"which scenario format version 2 added"_s;
        QTest::newRow("a version 4 file")
            << u"version4"_s
            << u"scenario format version 4 is not supported: this Saskati reads "
               u"versions 1 to 3"_s;
        QTest::newRow("choices instead of moves") << u"choices"_s << u"it has 'moves', not 'choices'"_s;
        QTest::newRow("an unknown question type") << u"questionType"_s << u"unknown question type 'chat'"_s;
        QTest::newRow("a reply on a move of another scene")
            << u"otherScene"_s << u"depends on move 'c-private', which is not a move of scene 'talk'"_s;
        QTest::newRow("a limit to nowhere")
            << u"limitTarget"_s << u"the limit 'talk-ends' of scene 'talk' leads to scene 'nowhere'"_s;
        QTest::newRow("a reply to a move that leads away")
            << u"replyOnExit"_s << u"move 'm-close' leads away, so the conversation ends with it"_s;
        QTest::newRow("a cue in an unreliable reply") << u"unreliableCue"_s << u"is unreliable"_s;
        QTest::newRow("a reply never said")
            << u"neverSaid"_s
            << u"reply line 'r-follow-threat' of move 'm-follow' is never said: no interview reaches it with "
               u"its "
               u"'when', 'asked' and 'notAsked' met, so its cue can never be disclosed"_s;
        QTest::newRow("a conversation that can get stuck")
            << u"stuck"_s << u"conversation 'talk' can get stuck: after"_s;
        QTest::newRow("a detail planted by a reliable reply")
            << u"plantsReliable"_s << u"plants 'only-wages' but is not marked unreliable"_s;
        QTest::newRow("an unknown planted detail")
            << u"plantsUnknown"_s << u"unknown planted detail 'debt'"_s;
        QTest::newRow("a detail nothing plants")
            << u"plantsNothing"_s << u"planted detail 'only-wages' is planted by no reply line"_s;
        QTest::newRow("a correct answer resting on a planted detail")
            << u"correctRestsOn"_s
            << u"option 'labour-rights' of question 'q-judgement' rests on a planted"_s;
        QTest::newRow("a required referral resting on a planted detail")
            << u"requiredRestsOn"_s
            << u"a required or recommended referral rests on a planted (wrong) detail"_s;
    }

    void validatorReports()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        const QString path = testing::dataPath(u"conversation/conversation.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray scenes = root[u"scenes"_s].toArray();
        qsizetype talkIndex = -1;
        for (qsizetype i = 0; i < scenes.size(); ++i)
            if (scenes.at(i)[u"id"_s].toString() == u"talk")
                talkIndex = i;
        QJsonObject talk = scenes.at(talkIndex).toObject();
        QJsonArray moves = talk[u"moves"_s].toArray();
        const auto editMove = [&](const QString &id, const std::function<void(QJsonObject &)> &edit) {
            for (qsizetype i = 0; i < moves.size(); ++i)
                if (moves.at(i)[u"id"_s].toString() == id) {
                    QJsonObject move = moves.at(i).toObject();
                    edit(move);
                    moves.replace(i, move);
                }
        };
        const auto editReply = [&](const QString &moveId, int line,
                                   const std::function<void(QJsonObject &)> &edit) {
            editMove(moveId, [&](QJsonObject &move) {
                QJsonArray reply = move[u"reply"_s].toArray();
                QJsonObject l = reply.at(line).toObject();
                edit(l);
                reply.replace(line, l);
                move[u"reply"_s] = reply;
            });
        };
        if (change == u"version1")
            root[u"formatVersion"_s] = 1;
        else if (change == u"version4")
            root[u"formatVersion"_s] = 4;
        else if (change == u"choices")
            talk[u"choices"_s] = QJsonArray();
        else if (change == u"questionType")
            editMove(u"m-water"_s, [](QJsonObject &m) { m[u"questionType"_s] = u"chat"_s; });
        else if (change == u"otherScene")
            editReply(u"m-follow"_s, 0, [](QJsonObject &l) { l[u"asked"_s] = QJsonArray{u"c-private"_s}; });
        else if (change == u"limitTarget") {
            QJsonObject limit = talk[u"limit"_s].toObject();
            limit[u"next"_s] = u"nowhere"_s;
            talk[u"limit"_s] = limit;
        } else if (change == u"replyOnExit")
            editMove(u"m-close"_s, [&](QJsonObject &m) {
                m[u"reply"_s] = moves.at(0)[u"reply"_s]; // the water's "Thank you, yes."
            });
        else if (change == u"unreliableCue")
            editReply(u"m-leading"_s, 0, [](QJsonObject &l) {
                QJsonArray segments = l[u"segments"_s].toArray();
                QJsonObject s = segments.at(0).toObject();
                s[u"cue"_s] = QJsonObject{{u"indicator"_s, u"confiscated-documents"_s},
                                          {u"feedback"_s, QJsonObject{{u"lv"_s, u"x"_s}, {u"en"_s, u"x"_s}}}};
                segments.replace(0, s);
                l[u"segments"_s] = segments;
            });
        else if (change == u"neverSaid") // the closing leads away: nothing can be asked after it
            editReply(u"m-follow"_s, 0, [](QJsonObject &l) { l[u"asked"_s] = QJsonArray{u"m-close"_s}; });
        else if (change == u"stuck") {
            talk.remove(u"limit"_s);
            editMove(u"m-close"_s, [](QJsonObject &m) { m.remove(u"next"_s); });
        } else if (change == u"plantsReliable")
            editReply(u"m-leading"_s, 0, [](QJsonObject &l) { l.remove(u"unreliable"_s); });
        else if (change == u"plantsUnknown")
            editReply(u"m-leading"_s, 0, [](QJsonObject &l) { l[u"plants"_s] = u"debt"_s; });
        else if (change == u"plantsNothing")
            editReply(u"m-leading"_s, 0, [](QJsonObject &l) { l.remove(u"plants"_s); });
        else if (change == u"correctRestsOn" || change == u"requiredRestsOn") {
            // The judgement's key is labour-rights (derived by the ILO rule); the police are required.
            const bool question = change == u"correctRestsOn";
            const QString list = question ? u"questions"_s : u"referral"_s;
            QJsonValueRef owner = root[list];
            QJsonObject holder = question ? owner.toArray().at(0).toObject() : owner.toObject();
            QJsonArray items = holder[question ? u"options"_s : u"required"_s].toArray();
            QJsonObject item = items.at(question ? 1 : 0).toObject();
            item[u"restsOn"_s] = QJsonArray{u"only-wages"_s};
            items.replace(question ? 1 : 0, item);
            holder[question ? u"options"_s : u"required"_s] = items;
            if (question)
                root[list] = QJsonArray{holder};
            else
                root[list] = holder;
        }
        talk[u"moves"_s] = moves;
        scenes.replace(talkIndex, talk);
        root[u"scenes"_s] = scenes;
        ScenarioLoader loader(m_catalog);
        const LoadResult result = loader.loadBytes(path, QJsonDocument(root).toJson());
        QStringList errors;
        for (const Diagnostic &d : result.diagnostics)
            errors.append(d.toString());
        QVERIFY2(
            std::any_of(errors.begin(), errors.end(), [&](const QString &e) { return e.contains(message); }),
            qPrintable(errors.join(u'\n')));
        QVERIFY(!result.ok());
        // Every message names the file, line and column.
        for (const Diagnostic &d : result.diagnostics)
            QVERIFY2(d.line > 0 && d.column > 0, qPrintable(d.toString()));
    }
};

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"
