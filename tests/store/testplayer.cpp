// A child process for the store tests: plays random attempts into a database and prints "ACK <attempt> <seq>"
// for every event the store acknowledged. The crash test kills it at random moments; the concurrency test
// runs two.
#include "attemptrecorder.h"
#include "catalog.h"
#include "childprocess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saskati;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    childprocess::Setup child = childprocess::setUp(app.arguments());
    if (child.exitCode != 0)
        return child.exitCode;
    const int attempts = child.options.value(u"--attempts"_s, u"1000000"_s).toInt();
    ResultsStore &store = *child.store;
    const auto participant =
        store.addParticipant(u"Test player "_s + child.options.value(u"--seed"_s, u"1"_s));
    if (!participant)
        return 5;
    const Scenario &s = *child.scenario;
    for (int n = 0; n < attempts; ++n) {
        auto recorder =
            AttemptRecorder::begin(store, child.scenario, participant->uuid, {}, PlayMode::Solo, u"lv"_s);
        if (!recorder) {
            std::fprintf(stderr, "%s\n", qPrintable(recorder.error().message));
            return 6;
        }
        auto acknowledge = [&] {
            std::printf("ACK %s %lld\n", qPrintable(recorder->record().uuid),
                        recorder->playthrough().events().last().sequence);
            std::fflush(stdout);
        };
        acknowledge();
        while (!recorder->playthrough().state().isFinished()) {
            const PlaythroughState &state = recorder->playthrough().state();
            const Scene *scene = s.scene(state.scene);
            Result<void> r;
            const int pick = int(child.random.bounded(4));
            if (pick == 0 && !scene->lines.isEmpty()) {
                const Line &line = scene->lines.at(int(child.random.bounded(int(scene->lines.size()))));
                const Segment &segment =
                    line.segments.at(int(child.random.bounded(int(line.segments.size()))));
                r = recorder->perform(
                    Action::of(state.flags.contains(segment.id) ? Event::Type::Unflag : Event::Type::Flag,
                               QJsonObject{{u"target"_s, segment.id}}));
            } else if (pick == 1 && scene->kind == Scene::Kind::Referral) {
                r = recorder->perform(Action::of(
                    Event::Type::SubmitReferral,
                    QJsonObject{{u"plan"_s, QJsonArray{QJsonObject{{u"institution"_s, u"state-police"_s},
                                                                   {u"urgency"_s, u"same-day"_s}}}}}));
            } else if (pick == 1 && scene->kind == Scene::Kind::Assessment && !s.questions.isEmpty()) {
                const Question &q = s.questions.first();
                r = recorder->perform(Action::of(
                    Event::Type::Answer,
                    QJsonObject{{u"question"_s, q.id}, {u"options"_s, QJsonArray{q.options.first().id}}}));
            } else {
                const auto choices = recorder->playthrough().availableChoices();
                r = recorder->perform(Action::of(
                    Event::Type::Choose,
                    QJsonObject{
                        {u"choice"_s, choices.at(int(child.random.bounded(int(choices.size()))))->id}}));
            }
            if (!r.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
                return 7;
            }
            acknowledge();
        }
    }
    return 0;
}
