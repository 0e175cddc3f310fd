#include "conversation.h"
#include "playthrough.h"
#include "scoretracker.h"
#include "scoring.h"
#include "testscenarios.h"
#include "transcript.h"

#include <QDir>
#include <QSet>
#include <QTest>
#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

// "flag:id[:indicator]", "unflag:id", "choose:id", "referral:inst@urgency,...", "answer:question=opt+opt"
Result<void> perform(Playthrough &p, const QString &step)
{
    const QString kind = step.section(u':', 0, 0);
    const QString arg = step.section(u':', 1, 1);
    if (kind == u"flag")
        return p.flag(arg, step.section(u':', 2, 2));
    if (kind == u"unflag")
        return p.unflag(arg);
    if (kind == u"choose")
        return p.choose(arg);
    if (kind == u"referral") {
        static const QStringList urgencies = {u"immediate"_s, u"same-day"_s, u"within-days"_s,
                                              u"when-ready"_s};
        QList<ReferralStep> plan;
        for (const QString &item : arg.split(u',', Qt::SkipEmptyParts))
            plan.append({item.section(u'@', 0, 0), Urgency(urgencies.indexOf(item.section(u'@', 1, 1)))});
        return p.submitReferral(plan);
    }
    if (kind == u"answer")
        return p.answer(arg.section(u'=', 0, 0), arg.section(u'=', 1).split(u'+', Qt::SkipEmptyParts));
    return Error(u"unknown step kind"_s);
}

struct Variant {
    enum Flags { NoFlags, CuesOnly, Everything } flags;
    enum Referral { NoPlan, KeyPlan, EveryInstitution } referral;
    bool rightAnswers;
};

} // namespace

class TestScoring : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const Scenario> m_minimal;

private Q_SLOTS:
    void initTestCase()
    {
        m_minimal = testing::minimalScenario();
        QVERIFY(m_minimal);
    }

    // Hand-computed: cues strong 3 / medium 2; false flags -2 (distractor) / -1 (plain); referral required 3,
    // recommended 1, urgency 1, order 1, harmful -3; the question 3; a critical error caps at 40 %.
    void rules_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QList<int>>("parts"); // recognition, its max, conduct, its max, referral, its max,
                                               // assessment, its max
        QTest::addColumn<int>("percent");
        QTest::addColumn<bool>("capped");
        QTest::addColumn<int>("criticalErrors");
        const QString fullPlan = u"referral:state-police@same-day,drosa-maja@within-days,siva@when-ready"_s;
        QTest::newRow("best path") << QStringList{u"flag:hs-passport:confiscated-documents"_s,
                                                  u"flag:s-hours"_s,
                                                  u"flag:s-job"_s,
                                                  u"flag:s-pay"_s,
                                                  u"choose:c-private"_s,
                                                  fullPlan,
                                                  u"choose:c-to-assessment"_s,
                                                  u"answer:q-judgement=labour-rights"_s,
                                                  u"choose:c-end-referred"_s}
                                   << QList<int>{11, 11, 3, 3, 10, 10, 3, 3} << 100 << false << 0;
        QTest::newRow("nothing noticed, no plan, no answer")
            << QStringList{u"choose:c-private"_s, u"choose:c-to-assessment"_s, u"choose:c-end-referred"_s}
            << QList<int>{0, 11, 3, 3, 0, 10, 0, 3} << 11 << false << 0; // 3 / 27
        QTest::newRow("companion interprets: capped")
            << QStringList{u"flag:hs-passport"_s,
                           u"flag:s-hours"_s,
                           u"flag:s-job"_s,
                           u"flag:s-pay"_s,
                           u"choose:c-companion"_s,
                           fullPlan,
                           u"choose:c-to-assessment"_s,
                           u"answer:q-judgement=labour-rights"_s,
                           u"choose:c-end-referred"_s}
            << QList<int>{11, 11, 0, 3, 10, 10, 3, 3} << 40 << true << 1; // 24 / 27 = 89 %, capped
        QTest::newRow("false flags cost")
            << QStringList{u"flag:s-hours"_s,         u"flag:s-job"_s,       u"flag:s-weather"_s,
                           u"flag:s-tattoo"_s,        u"choose:c-private"_s, u"choose:c-to-assessment"_s,
                           u"choose:c-end-referred"_s}
            << QList<int>{3, 11, 3, 3, 0, 10, 0, 3} << 22 << false << 0; // 3+3-1-2 = 3; 6 / 27
        QTest::newRow("false flags never go below zero")
            << QStringList{u"flag:s-weather"_s, u"flag:s-tattoo"_s, u"choose:c-private"_s,
                           u"choose:c-to-assessment"_s, u"choose:c-end-lost"_s}
            << QList<int>{0, 11, 2, 3, 0, 10, 0, 3} << 7 << false << 0; // c-end-lost -1: 3-1 = 2 of 3; 2 / 27
        QTest::newRow("wrong indicator named: full points and feedback")
            << QStringList{u"flag:s-hours:threats"_s, u"choose:c-private"_s, u"choose:c-to-assessment"_s,
                           u"choose:c-end-referred"_s}
            << QList<int>{3, 11, 3, 3, 0, 10, 0, 3} << 22 << false << 0; // 6 / 27
        QTest::newRow("referral: harmful, late and out of order")
            << QStringList{u"choose:c-private"_s,
                           u"referral:siva@when-ready,state-police@within-days,labour-inspectorate@immediate"_s,
                           u"choose:c-to-assessment"_s, u"choose:c-end-referred"_s}
            << QList<int>{0, 11, 3, 3, 1, 10, 0, 3} << 15 << false << 0; // police 3 + siva 1 - 3 = 1
        QTest::newRow("either service provider counts")
            << QStringList{u"choose:c-private"_s, u"referral:state-police@immediate,centrs-marta@same-day"_s,
                           u"choose:c-to-assessment"_s, u"choose:c-end-referred"_s}
            << QList<int>{0, 11, 3, 3, 8, 10, 0, 3} << 41 << false << 0; // (3+1)*2; 11 / 27
        QTest::newRow("abandoned in the first scene")
            << QStringList{u"flag:s-hours"_s, u"abandon:"_s} << QList<int>{3, 11, 0, 0, 0, 0, 0, 0} << 11
            << false << 0; // abandoned: against the whole scenario, 3 / 27
        // docs/scoring.md section 4 quotes this one (it said 11 %, which is the row above).
        QTest::newRow("abandoned after flagging every cue of the first scene")
            << QStringList{u"flag:hs-passport"_s, u"flag:s-hours"_s, u"flag:s-job"_s, u"flag:s-pay"_s,
                           u"abandon:"_s}
            << QList<int>{11, 11, 0, 0, 0, 0, 0, 0} << 41 << false << 0; // 11 / 27
    }

    void rules()
    {
        QFETCH(QStringList, steps);
        QFETCH(QList<int>, parts);
        QFETCH(int, percent);
        QFETCH(bool, capped);
        QFETCH(int, criticalErrors);
        Playthrough p(m_minimal);
        QVERIFY(p.start(PlayMode::Solo).ok());
        for (const QString &step : std::as_const(steps)) {
            const auto r = step == u"abandon:" ? p.abandon() : perform(p, step);
            QVERIFY2(r.ok(), qPrintable(step + u": "_s + r.error().message));
        }
        const Score s = scorePlaythrough(*m_minimal, p.state());
        const QList<int> actual = {s.points.recognition, s.pathMax.recognition, s.points.conduct,
                                   s.pathMax.conduct,    s.points.referral,     s.pathMax.referral,
                                   s.points.assessment,  s.pathMax.assessment};
        QCOMPARE(actual, parts);
        QCOMPARE(s.percent, percent);
        QCOMPARE(s.capped, capped);
        QCOMPARE(s.criticalErrors.size(), criticalErrors);
        QCOMPARE(s.scenarioMax.total(), 27);
    }

    void feedbackExplainsEveryLoss()
    {
        Playthrough p(m_minimal);
        QVERIFY(p.start(PlayMode::Solo).ok());
        for (const QString &step :
             {u"flag:s-tattoo"_s, u"choose:c-companion"_s, u"referral:labour-inspectorate@same-day"_s,
              u"choose:c-to-assessment"_s, u"answer:q-judgement=neither"_s, u"choose:c-end-referred"_s})
            QVERIFY(perform(p, step).ok());
        const Score s = scorePlaythrough(*m_minimal, p.state());
        QStringList kinds;
        for (const FeedbackItem &f : s.feedback)
            kinds.append(feedbackKindId(f.kind) + u':' + f.ref);
        QCOMPARE(kinds,
                 (QStringList{u"miss:hs-passport"_s, u"miss:s-hours"_s, u"miss:s-job"_s, u"miss:s-pay"_s,
                              u"false-flag:s-tattoo"_s, u"critical-error:c-companion"_s,
                              u"referral-missing:state-police"_s,
                              u"referral-missing:centrs-marta|drosa-maja"_s, u"referral-missing:siva"_s,
                              u"referral-harmful:labour-inspectorate"_s, u"wrong-answer:q-judgement"_s}));
        for (const FeedbackItem &f : s.feedback)
            QVERIFY2(!f.text.text(u"lv"_s).isEmpty() && !f.text.text(u"en"_s).isEmpty(), qPrintable(f.ref));
    }

    void answers_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("correct");
        QTest::addColumn<QStringList>("selected");
        QTest::addColumn<int>("points");
        QTest::newRow("single right")
            << int(Question::Kind::Single) << QStringList{u"a"_s} << QStringList{u"a"_s} << 4;
        QTest::newRow("single wrong")
            << int(Question::Kind::Single) << QStringList{u"a"_s} << QStringList{u"b"_s} << 0;
        QTest::newRow("multiple exact") << int(Question::Kind::Multiple) << QStringList{u"a"_s, u"b"_s}
                                        << QStringList{u"b"_s, u"a"_s} << 4;
        QTest::newRow("multiple half")
            << int(Question::Kind::Multiple) << QStringList{u"a"_s, u"b"_s} << QStringList{u"a"_s} << 2;
        QTest::newRow("multiple right and wrong cancel")
            << int(Question::Kind::Multiple) << QStringList{u"a"_s, u"b"_s} << QStringList{u"a"_s, u"c"_s}
            << 0;
        QTest::newRow("nothing to find, nothing chosen")
            << int(Question::Kind::Dimensions) << QStringList{} << QStringList{} << 4;
        QTest::newRow("nothing to find, something chosen")
            << int(Question::Kind::Dimensions) << QStringList{} << QStringList{u"a"_s} << 0;
    }

    void answers()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, correct);
        QFETCH(QStringList, selected);
        QFETCH(int, points);
        Question q;
        q.kind = Question::Kind(kind);
        q.correct = correct;
        q.points = 4;
        QCOMPARE(scoreAnswer(q, selected).points, points);
    }

    void paths_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("catalog");
        QTest::newRow("minimal") << testing::dataPath(u"valid/minimal.json"_s)
                                 << testing::dataPath(u"catalog"_s);
        QTest::newRow("conversation")
            << testing::dataPath(u"conversation/conversation.json"_s) << testing::dataPath(u"catalog"_s);
        const QDir dir(QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios"_s);
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files))
            QTest::newRow(qPrintable(name)) << dir.filePath(name) << QString();
    }

    // Paths through the scenario, each with several ways of flagging, planning and answering: 0 <= points <=
    // max in every part, and per-decision scores add up to the path's score. The minimal scenario: every
    // path (the test conversation's 804 orders of moves took minutes under AddressSanitizer). The shipped
    // ones branch into thousands: a fixed set of paths chosen so that every choice and every ending a
    // playthrough can reach is on one of them, which the test checks against the paths it played.
    void paths()
    {
        QFETCH(QString, file);
        QFETCH(QString, catalog);
        const auto scenario = testing::loadScenario(file, catalog);
        QVERIFY(scenario);
        const Reachable reachable = explore(scenario);
        QVERIFY(!reachable.choices.isEmpty() && !reachable.endings.isEmpty());
        QString error;
        const QList<QStringList> sample =
            file.endsWith(u"minimal.json"_s) ? allPaths(scenario) : coveringPaths(reachable, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!sample.isEmpty());
        m_coveredChoices.clear();
        m_coveredEndings.clear();
        for (const QStringList &choices : sample)
            for (int flags = 0; flags < 3; ++flags)
                for (int referral = 0; referral < 3; ++referral)
                    for (bool right : {false, true})
                        checkPath(scenario, choices,
                                  Variant{Variant::Flags(flags), Variant::Referral(referral), right});
        // Coverage as played: every reachable choice (by scene) and ending is on a checked path.
        QCOMPARE(sorted(m_coveredChoices), sorted(reachable.choices));
        QCOMPARE(sorted(m_coveredEndings), sorted(reachable.endings));
        qInfo("%lld paths checked, 18 variants each; %lld choices and %lld endings reachable, all covered",
              qlonglong(sample.size()), qlonglong(reachable.choices.size()),
              qlonglong(reachable.endings.size()));
    }

private:
    /// What playthroughs can reach: "scene/choice" keys and ending ids, found by visiting every distinct
    /// state (scene, variable values and the moves asked in a conversation) breadth-first; the scene graph is
    /// acyclic, so this ends.
    struct Reachable {
        struct State {
            Playthrough playthrough;
            QStringList path;                     // a shortest way here
            QList<std::pair<QString, int>> edges; // choice -> state index, or -1 when it ends the scenario
        };
        QList<State> states;
        QSet<QString> choices, endings;
    };

    static QString choiceKey(const QString &scene, const QString &choice) { return scene + u'/' + choice; }

    static QStringList sorted(const QSet<QString> &set)
    {
        QStringList list(set.begin(), set.end());
        list.sort();
        return list;
    }

    static Reachable explore(const std::shared_ptr<const Scenario> &scenario)
    {
        Reachable r;
        QHash<QString, int> indexOf;
        const auto stateKey = [](const PlaythroughState &s) -> QString {
            QStringList values;
            for (auto it = s.variables.cbegin(); it != s.variables.cend(); ++it)
                values.append(it.key() + u'=' + QString::number(it.value()));
            values.sort();
            // In a conversation the moves asked are part of where the trainee is.
            QStringList asked = askedMoves(s, s.scene);
            asked.sort();
            return s.scene + u'|' + values.join(u',') + u'|' + asked.join(u',');
        };
        Playthrough start(scenario);
        if (!start.start(PlayMode::Solo).ok())
            return r;
        indexOf.insert(stateKey(start.state()), 0);
        r.states.append({start, {}, {}});
        for (qsizetype i = 0; i < r.states.size(); ++i) {
            const Playthrough here = r.states.at(i).playthrough;
            const QStringList path = r.states.at(i).path;
            for (const Choice *c : here.availableChoices()) {
                r.choices.insert(choiceKey(here.state().scene, c->id));
                Playthrough next = here;
                if (!next.choose(c->id).ok())
                    return {};
                int target = -1;
                if (next.state().isFinished()) {
                    r.endings.insert(next.state().ending);
                } else {
                    const QString key = stateKey(next.state());
                    target = indexOf.value(key, int(r.states.size()));
                    if (target == r.states.size()) {
                        indexOf.insert(key, target);
                        r.states.append({next, path + QStringList{c->id}, {}});
                    }
                }
                r.states[i].edges.append({c->id, target});
            }
        }
        return r;
    }

    /// Deterministic: for each state in breadth-first order and each of its choices in file order, a choice
    /// no chosen path has taken yet gets a path: the shortest way to that state, the choice, then the
    /// shortest way on to an ending.
    static QList<QStringList> coveringPaths(const Reachable &r, QString *error)
    {
        QHash<int, std::optional<QStringList>> toEndMemo;
        const std::function<std::optional<QStringList>(int)> toEnd = [&](int state) {
            if (const auto it = toEndMemo.constFind(state); it != toEndMemo.cend())
                return *it;
            std::optional<QStringList> best;
            for (const auto &[choice, target] : r.states.at(state).edges) {
                std::optional<QStringList> rest = target < 0 ? QStringList{} : toEnd(target);
                if (rest && (!best || rest->size() + 1 < best->size()))
                    best = QStringList{choice} + *rest;
            }
            toEndMemo.insert(state, best);
            return best;
        };
        QList<QStringList> paths;
        QSet<QString> taken;
        for (qsizetype i = 0; i < r.states.size(); ++i) {
            const Reachable::State &state = r.states.at(i);
            for (const auto &[choice, target] : state.edges) {
                if (taken.contains(choiceKey(state.playthrough.state().scene, choice)))
                    continue;
                const std::optional<QStringList> rest = target < 0 ? QStringList{} : toEnd(target);
                if (!rest) {
                    *error = u"no ending can be reached after choice '%1' in scene '%2'"_s.arg(
                        choice, state.playthrough.state().scene);
                    return {};
                }
                const QStringList path = state.path + QStringList{choice} + *rest;
                Playthrough replay = r.states.first().playthrough;
                for (const QString &c : path) {
                    taken.insert(choiceKey(replay.state().scene, c));
                    replay.choose(c);
                }
                paths.append(path);
            }
        }
        return paths;
    }

    /// Every path (choice sequence) the conditions allow.
    static QList<QStringList> allPaths(const std::shared_ptr<const Scenario> &scenario)
    {
        QList<QStringList> paths;
        QList<QStringList> stack{{}};
        while (!stack.isEmpty()) {
            const QStringList choices = stack.takeLast();
            Playthrough probe(scenario);
            probe.start(PlayMode::Solo);
            for (const QString &c : choices)
                probe.choose(c);
            if (probe.state().isFinished()) {
                paths.append(choices);
                continue;
            }
            for (const Choice *c : probe.availableChoices())
                stack.append(choices + QStringList{c->id});
        }
        return paths;
    }

    QSet<QString> m_coveredChoices, m_coveredEndings;

    void checkPath(const std::shared_ptr<const Scenario> &scenario, const QStringList &choices,
                   const Variant &v)
    {
        Playthrough p(scenario);
        // The live tracker must agree with the pure score after every single event.
        ScoreTracker tracker(scenario);
        auto tracked = [&](Result<void> r) {
            if (r.ok()) {
                tracker.update(p.state(), p.events().last());
                if (!(tracker.summary() == ScoreTracker::summarize(scorePlaythrough(*scenario, p.state()))))
                    r = Error(u"the tracker disagrees with scorePlaythrough after event %1"_s.arg(
                        p.events().size()));
            }
            return r;
        };
        QVERIFY(tracked(p.start(PlayMode::Solo)).ok());
        for (const QString &choiceId : choices) {
            const Scene *scene = scenario->scene(p.state().scene);
            auto flagAll = [&](const QString &id, const FlagTarget &t) {
                if (v.flags == Variant::Everything ||
                    (v.flags == Variant::CuesOnly && t.kind == FlagTarget::Kind::Cue))
                    QVERIFY(tracked(p.flag(id)).ok());
            };
            for (const Line &line : scene->lines)
                for (const Segment &s : line.segments)
                    flagAll(s.id, s.target);
            for (const Media &m : scene->media)
                for (const Hotspot &h : m.hotspots)
                    flagAll(h.id, h.target);
            // In a conversation, what the person said so far (flagging again is allowed).
            for (const TranscriptTurn &turn : conversationTranscript(*scenario, p.state(), p.state().scene))
                for (const ReplyLine *line : turn.said)
                    for (const Segment &s : line->segments)
                        flagAll(s.id, s.target);
            if (scene->kind == Scene::Kind::Referral && v.referral != Variant::NoPlan) {
                QList<ReferralStep> plan;
                if (v.referral == Variant::KeyPlan) {
                    for (const ReferralItem &item :
                         scenario->referral->required + scenario->referral->recommended)
                        plan.append({item.institutions.first(), Urgency::Immediate});
                } else {
                    for (const QString &id : scenario->catalog->institutions.keys())
                        plan.append({id, Urgency::WhenReady});
                }
                QVERIFY(tracked(p.submitReferral(plan)).ok());
            }
            if (scene->kind == Scene::Kind::Assessment) {
                for (const Question &q : scenario->questions) {
                    QStringList answer = v.rightAnswers ? q.correct : QStringList{q.options.last().id};
                    if (answer.isEmpty() &&
                        (q.kind == Question::Kind::Single || q.kind == Question::Kind::Judgement))
                        answer = {q.options.first().id};
                    QVERIFY(tracked(p.answer(q.id, answer)).ok());
                }
            }
            QVERIFY(tracked(p.choose(choiceId)).ok());
        }
        QVERIFY(p.state().isFinished());
        for (const PathStep &step : p.state().path)
            m_coveredChoices.insert(choiceKey(step.scene, step.choice));
        m_coveredEndings.insert(p.state().ending);
        const Score s = scorePlaythrough(*scenario, p.state());
        auto within = [](int points, int max) { return points >= 0 && points <= max; };
        QVERIFY(within(s.points.recognition, s.pathMax.recognition));
        QVERIFY(within(s.points.conduct, s.pathMax.conduct));
        QVERIFY(within(s.points.referral, s.pathMax.referral));
        QVERIFY(within(s.points.assessment, s.pathMax.assessment));
        QVERIFY(within(s.points.total(), s.pathMax.total()));
        QVERIFY(within(s.percent, 100));
        QVERIFY(within(s.percentOfScenario, 100));
        if (!s.criticalErrors.isEmpty())
            QVERIFY(s.percent <= scenario->scoring.criticalErrorCap);

        // Per-decision scores add up to the path's: choices, and the flags of each scene on their own.
        int conduct = 0, recognitionMax = 0;
        for (const PathStep &step : p.state().path)
            conduct += scoreChoice(*scenario, step.choice).points;
        QCOMPARE(std::clamp(conduct, 0, s.pathMax.conduct), s.points.conduct);
        // Each decision earns at most its maximum, and all of it exactly when it lowered nothing (no `choice`
        // item). A conversation's maxima add up to the best interview of the same number of steps from where
        // it was entered (scoring.md, section 10), unless a critical error took it off that yardstick.
        QHash<QString, int> conversationMax, conversationSteps;
        QSet<QString> criticalIn;
        for (qsizetype i = 0; i < p.state().path.size(); ++i) {
            const PathStep &step = p.state().path.at(i);
            const Choice *choice = scenario->choice(step.choice);
            const StepMeasure m = measureStep(*scenario, p.state(), i, step.choice);
            conversationMax[step.scene] += m.best;
            ++conversationSteps[step.scene];
            if (choice->criticalError) {
                criticalIn.insert(step.scene);
                continue;
            }
            QVERIFY2(choice->points <= m.best, qPrintable(step.choice));
            QCOMPARE(choice->points == m.best, !m.lowered);
        }
        for (auto it = conversationMax.cbegin(); it != conversationMax.cend(); ++it) {
            const int index = scenario->sceneIndex.value(it.key());
            const Scene &scene = scenario->scenes.at(index);
            if (!scene.isConversation() || criticalIn.contains(it.key()))
                continue;
            const PathStep &entry =
                *std::find_if(p.state().path.begin(), p.state().path.end(),
                              [&](const PathStep &step) { return step.scene == it.key(); });
            const Conversation rules(*scenario, scene);
            QCOMPARE(it.value(),
                     conversationConductWithin(*scenario, index, rules.stateOf(entry.variablesBefore, {}),
                                               conversationSteps.value(it.key())));
        }
        int recognition = 0;
        for (const QString &scene : p.state().visitedScenes()) {
            const RecognitionResult r = scoreFlags(*scenario, {scene}, p.state());
            recognitionMax += r.max;
            recognition += r.points;
        }
        QCOMPARE(recognitionMax, s.pathMax.recognition);
        if (v.flags != Variant::Everything) // no false flags: no clamping, so the parts add up exactly
            QCOMPARE(recognition, s.points.recognition);
        // Every cue said flagged: the whole maximum, unless a conversation left something untold that a
        // better interview would have heard (the maximum counts the best interview, scoring.md section 10).
        if (v.flags == Variant::CuesOnly && s.recognition.undisclosed.isEmpty())
            QCOMPARE(s.points.recognition, s.pathMax.recognition);
        if (v.referral == Variant::KeyPlan) // every wanted institution, most urgent, in key order
            QCOMPARE(s.points.referral, s.pathMax.referral);
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
