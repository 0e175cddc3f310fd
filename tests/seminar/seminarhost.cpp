// A child process for the seminar crash test: a room with phones that runs a scenario to its end, printing
// "ACK <participant> <choice>" for every vote the room acknowledged (committed). The test kills it at random
// moments; started again it resumes the interrupted room run, and the phones resume with the tokens they
// kept (the tokens file plays their localStorage): "RESUMED <name> <participant>" or "LOST <name>".
#include "childprocess.h"
#include "seminarroom.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saskati;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    childprocess::Setup child = childprocess::setUp(app.arguments());
    if (child.exitCode != 0)
        return child.exitCode;
    ResultsStore &store = *child.store;
    const QString tokensFile = child.options.value(u"--tokens"_s);
    const int phones = child.options.value(u"--phones"_s, u"5"_s).toInt();
    auto say = [](const QString &line) {
        std::printf("%s\n", qPrintable(line));
        std::fflush(stdout);
    };

    std::unique_ptr<SeminarRoom> room;
    QHash<QString, QString> memberOf; // phone name -> member id
    const QList<RoomRun> interrupted = store.interruptedRoomRuns();
    if (!interrupted.isEmpty()) {
        const RoomRun run = interrupted.first();
        std::optional<Seminar> seminar;
        for (const Seminar &s : store.seminars())
            if (s.uuid == run.seminar)
                seminar = s;
        if (!seminar)
            return 5;
        room = std::make_unique<SeminarRoom>(store, *seminar);
        if (const Result<void> resumed = room->resumeRun(run, child.scenario); !resumed) {
            std::fprintf(stderr, "resume: %s\n", qPrintable(resumed.error().message));
            return 6;
        }
        QFile tokens(tokensFile);
        if (!tokens.open(QIODevice::ReadOnly))
            return 7;
        for (const QByteArray &line : tokens.readAll().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 2)
                continue;
            const auto r = room->resume(QString::fromLatin1(parts[1]));
            if (!r.ok()) {
                say(u"LOST "_s + QString::fromLatin1(parts[0]));
                return 8;
            }
            memberOf.insert(QString::fromLatin1(parts[0]), (*r)->id);
            say(u"RESUMED %1 %2"_s.arg(QString::fromLatin1(parts[0]), (*r)->participant.uuid));
        }
    } else {
        Seminar s;
        s.title = u"crash test"_s;
        const Result<Seminar> seminar = store.addSeminar(s);
        if (!seminar)
            return 5;
        room = std::make_unique<SeminarRoom>(store, *seminar);
        room->setJoiningOpen(true);
        QFile::remove(tokensFile);
        for (int i = 0; i < phones; ++i) {
            const QString name = u"phone-%1"_s.arg(i);
            const auto r = room->join(room->pin(), name, {}, u"lv"_s);
            if (!r.ok())
                return 9;
            // The phone keeps its token once it has the answer: appended and flushed, as localStorage would.
            QFile tokens(tokensFile);
            if (!tokens.open(QIODevice::Append) ||
                tokens.write((name + u' ' + (*r)->token + u'\n').toLatin1()) < 0)
                return 10;
            tokens.close();
            memberOf.insert(name, (*r)->id);
        }
        if (const Result<void> started = room->start(child.scenario, u"lv"_s, true); !started) {
            std::fprintf(stderr, "start: %s\n", qPrintable(started.error().message));
            return 11;
        }
    }
    say(u"RUN "_s + room->run().uuid);

    while (room->phase() != SeminarRoom::Phase::Ended) {
        if (room->phase() == SeminarRoom::Phase::Open) {
            QList<std::pair<const SeminarRoom::Member *, QString>> votes;
            for (const SeminarRoom::Member *m : room->members()) {
                const QList<const Choice *> choices = room->availableChoices();
                ParticipantMessage vote;
                vote.type = ParticipantMessage::Type::Vote;
                vote.choice = choices.at(int(child.random.bounded(int(choices.size()))))->id;
                if (room->submit(m->id, vote) == SeminarRoom::Answer::Pending)
                    votes.append({m, vote.choice});
            }
            if (!room->flush())
                return 12;
            for (const auto &[member, choice] : votes)
                say(u"ACK %1 %2"_s.arg(member->participant.uuid, choice));
        }
        if (room->phase() == SeminarRoom::Phase::Revealed && room->roomChoice().isEmpty() &&
            !room->setOverride(room->availableChoices().first()->id))
            return 13;
        if (const Result<void> went = room->next(); !went) {
            std::fprintf(stderr, "next: %s\n", qPrintable(went.error().message));
            return 14;
        }
        QThread::usleep(child.random.bounded(3000));
    }
    say(u"DONE "_s + room->run().uuid);
    return 0;
}
