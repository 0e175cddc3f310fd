// A conversation of 20 moves over 5 variables (issue #18): how long loading and validating it takes, with the
// number of conversation states the validator walked (every order of moves within the turn limit, with the
// variable values they give), and the time of one move or flag with the live rescore, at the median (goal:
// under 50 µs, as for choices). The live rescore is measured against a full rescore of the same state.
#include "benchresult.h"

#include "catalog.h"
#include "conversation.h"
#include "playthrough.h"
#include "scenarioloader.h"
#include "scoretracker.h"
#include "scoring.h"
#include "transcript.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

constexpr int moveCount = 20;
constexpr int variableCount = 5;
constexpr int turns = 6;

QJsonObject text(const QString &en)
{
    return QJsonObject{{u"lv"_s, en}, {u"en"_s, en}};
}

QJsonObject condition(int variable, const char *op, int value)
{
    return QJsonObject{
        {u"var"_s, u"v%1"_s.arg(variable)}, {u"op"_s, QString::fromLatin1(op)}, {u"value"_s, value}};
}

// Move i changes one variable (up, or down for every fourth move), may need another to be high enough, and is
// answered by a line that needs its variable at 2 or more (with a cue), a line said only if the previous move
// was asked before it, and a plain line otherwise.
QJsonObject move(int i)
{
    const int v = i % variableCount;
    const QString id = u"m%1"_s.arg(i);
    QJsonArray reply{
        QJsonObject{{u"id"_s, QString(id + u"-r0"_s)},
                    {u"speaker"_s, u"person"_s},
                    {u"when"_s, QJsonArray{condition(v, ">=", 2)}},
                    {u"segments"_s,
                     QJsonArray{QJsonObject{{u"id"_s, QString(id + u"-s0"_s)},
                                            {u"text"_s, text(u"A sign, told at trust."_s)},
                                            {u"cue"_s, QJsonObject{{u"indicator"_s, u"excessive-hours"_s},
                                                                   {u"feedback"_s, text(u"Hours."_s)}}}}}}},
        QJsonObject{{u"id"_s, QString(id + u"-r1"_s)},
                    {u"speaker"_s, u"person"_s},
                    {u"when"_s, QJsonArray{condition(v, "<", 2)}},
                    {u"segments"_s, QJsonArray{QJsonObject{{u"id"_s, QString(id + u"-s1"_s)},
                                                           {u"text"_s, text(u"Not now."_s)}}}}}};
    if (i > 0)
        reply.append(
            QJsonObject{{u"id"_s, QString(id + u"-r2"_s)},
                        {u"speaker"_s, u"person"_s},
                        {u"asked"_s, QJsonArray{u"m%1"_s.arg(i - 1)}},
                        {u"segments"_s, QJsonArray{QJsonObject{{u"id"_s, QString(id + u"-s2"_s)},
                                                               {u"text"_s, text(u"As I said."_s)}}}}});
    QJsonObject m{
        {u"id"_s, id},
        {u"text"_s, text(u"Question %1?"_s.arg(i))},
        {u"questionType"_s, i % 4 == 3 ? u"leading"_s : u"open-invitation"_s},
        {u"points"_s, i % 4 == 3 ? -2 : 1},
        {u"principles"_s, QJsonArray{u"open-questions"_s}},
        {u"feedback"_s, text(u"Feedback."_s)},
        {u"effects"_s, QJsonArray{QJsonObject{{u"var"_s, u"v%1"_s.arg(v)}, {u"add"_s, i % 4 == 3 ? -1 : 1}}}},
        {u"reply"_s, reply}};
    if (i % 5 == 4)
        m.insert(u"conditions"_s, QJsonArray{condition((v + 1) % variableCount, ">=", 1)});
    return m;
}

QByteArray generateConversation()
{
    QJsonArray variables, moves;
    for (int v = 0; v < variableCount; ++v)
        variables.append(
            QJsonObject{{u"id"_s, u"v%1"_s.arg(v)}, {u"initial"_s, v % 2}, {u"min"_s, 0}, {u"max"_s, 4}});
    for (int i = 0; i < moveCount; ++i)
        moves.append(move(i));
    const QJsonObject talk{
        {u"id"_s, u"talk"_s},
        {u"kind"_s, u"conversation"_s},
        {u"person"_s, u"person"_s},
        {u"title"_s, text(u"Talk"_s)},
        {u"setting"_s, text(u"A room."_s)},
        {u"moves"_s, moves},
        {u"limit"_s, QJsonObject{{u"id"_s, u"talk-ends"_s},
                                 {u"turns"_s, turns},
                                 {u"text"_s, text(u"Time is up."_s)},
                                 {u"ending"_s, u"done"_s}}},
        {u"states"_s,
         QJsonArray{QJsonObject{{u"id"_s, u"open"_s},
                                {u"when"_s, QJsonArray{condition(0, ">=", 3)}},
                                {u"direction"_s, text(u"Open."_s)}},
                    QJsonObject{{u"id"_s, u"guarded"_s}, {u"direction"_s, text(u"Guarded."_s)}}}}};
    const QJsonObject scenario{
        {u"formatVersion"_s, 2},
        {u"id"_s, u"bench-conversation"_s},
        {u"version"_s, 1},
        {u"languages"_s, QJsonArray{u"lv"_s, u"en"_s}},
        {u"title"_s, text(u"Bench"_s)},
        {u"summary"_s, text(u"A generated conversation."_s)},
        {u"form"_s, u"none"_s},
        {u"subject"_s, u"adult"_s},
        {u"audience"_s, QJsonArray{u"police"_s}},
        {u"estimatedMinutes"_s, 10},
        {u"objectives"_s, QJsonArray{QJsonObject{{u"id"_s, u"o1"_s}, {u"text"_s, text(u"Ask well."_s)}}}},
        {u"contentWarning"_s, text(u"None."_s)},
        {u"author"_s, u"bench"_s},
        {u"licence"_s, u"CC-BY-SA-4.0"_s},
        {u"variables"_s, variables},
        {u"cast"_s, QJsonArray{QJsonObject{
                        {u"id"_s, u"person"_s}, {u"name"_s, text(u"Person"_s)}, {u"role"_s, u"person"_s}}}},
        {u"start"_s, u"talk"_s},
        {u"scenes"_s, QJsonArray{talk}},
        {u"endings"_s, QJsonArray{QJsonObject{{u"id"_s, u"done"_s},
                                              {u"outcome"_s, u"safe"_s},
                                              {u"title"_s, text(u"Done"_s)},
                                              {u"debrief"_s, text(u"Done."_s)}}}}};
    return QJsonDocument(scenario).toJson();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Diagnostics diagnostics;
    auto catalog = std::make_shared<Catalog>(
        loadCatalog(QStringLiteral(SASKATI_TEST_DATA) + u"/catalog"_s, &diagnostics));
    ScenarioLoader loader(catalog);
    loader.setCheckMediaFiles(false);
    const QByteArray bytes = generateConversation();

    // Load and validate, five times: the median.
    std::vector<double> loadMillis;
    LoadResult loaded;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        loaded = loader.loadBytes(u"conversation.json"_s, bytes);
        loadMillis.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    if (!loaded.ok()) {
        for (const Diagnostic &d : loaded.diagnostics)
            std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
        return 1;
    }
    const auto scenario = loaded.scenario;
    const Conversation rules(*scenario, scenario->scenes.first());
    ConversationState entry;
    for (const Variable &v : scenario->variables)
        entry.values.append(v.initial);
    const std::optional<qsizetype> states =
        rules.explore(entry, [](const auto &, qsizetype, const auto &) {});
    const double loadMedian = bench::percentile(loadMillis, 0.5);
    std::printf("conversation: %d moves, %d variables, %d turns; the validator walked %lld states\n",
                moveCount, variableCount, turns, qlonglong(states.value_or(-1)));
    std::printf("load + validate: median %.1f ms of 5 runs\n", loadMedian);
    (void)bestScore(*scenario);

    // Moves and flags with the live rescore, over many seeded interviews; a full rescore at the same states.
    std::vector<double> actionMicros, fullMicros;
    for (quint32 seed = 1; seed <= 200; ++seed) {
        Playthrough playthrough(scenario);
        ScoreTracker tracker(scenario);
        if (!playthrough.start(PlayMode::Solo, seed))
            return 1;
        tracker.reset(playthrough.state());
        auto timed = [&](auto &&action) {
            QElapsedTimer timer;
            timer.start();
            const Result<void> r = action();
            if (r)
                tracker.update(playthrough.state(), playthrough.events().last());
            actionMicros.push_back(double(timer.nsecsElapsed()) / 1000.0);
            return r.ok();
        };
        while (!playthrough.state().isFinished()) {
            const QList<const Choice *> available = playthrough.availableChoices();
            const QString move = available.at(int(seed) % available.size())->id;
            if (!timed([&] { return playthrough.choose(move); }))
                return 1;
            for (const TranscriptTurn &turn :
                 conversationTranscript(*scenario, playthrough.state(), u"talk"_s))
                for (const ReplyLine *line : turn.said)
                    if (turn.move->id == move && line->segments.first().target.kind == FlagTarget::Kind::Cue)
                        if (!timed([&] { return playthrough.flag(line->segments.first().id); }))
                            return 1;
            QElapsedTimer timer;
            timer.start();
            const Score full = scorePlaythrough(*scenario, playthrough.state());
            fullMicros.push_back(double(timer.nsecsElapsed()) / 1000.0);
            if (!(ScoreTracker::summarize(full) == tracker.summary())) {
                std::fprintf(stderr, "tracker and full score disagree (seed %u)\n", seed);
                return 1;
            }
        }
    }
    const double median = bench::percentile(actionMicros, 0.5);
    const double fullMedian = bench::percentile(fullMicros, 0.5);
    std::printf(
        "moves and flags: %zu; action + live rescore: median %.1f µs, p99 %.1f µs; full rescore %.1f µs\n",
        actionMicros.size(), median, bench::percentile(actionMicros, 0.99), fullMedian);
    bench::result("conversation, 20 moves × 5 variables: load + validate (median)", loadMedian, "ms", "", 0,
                  "< 1000 ms", loadMedian < 1000);
    bench::result("conversation: states the validator walked", double(states.value_or(-1)), "states", "", 0,
                  "<= 200,000 (the validator's limit)", states.has_value());
    bench::result("conversation: action + live rescore (median)", median, "µs", "full rescore of the state",
                  fullMedian, "median < 50 µs", median < 50);
    return 0;
}
