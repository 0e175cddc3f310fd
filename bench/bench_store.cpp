// Event-commit latency of the results store (issue #4): p50/p99 of ResultsStore::appendEvent at the chosen
// durability (WAL, synchronous=FULL) next to a bare prepared INSERT of the same row through the same driver
// and settings, as a ratio (goal <= 1.5), and committed events per second. The same with synchronous=NORMAL
// shows what FULL costs. Run on the disk the database will live on: pass a folder (default: the current one).
#include "benchresult.h"
#include "catalog.h"
#include "resultsstore.h"
#include "scenarioloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

struct Figures {
    double p50 = 0, p99 = 0, perSecond = 0;
};

Figures measure(int count, const std::function<bool(int)> &commit)
{
    std::vector<double> micros;
    micros.reserve(size_t(count));
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!commit(i)) {
            std::fprintf(stderr, "commit %d failed\n", i);
            std::exit(1);
        }
        micros.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    std::sort(micros.begin(), micros.end());
    return {micros[micros.size() / 2], micros[std::min(micros.size() - 1, micros.size() * 99 / 100)],
            count / seconds};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString where = app.arguments().value(1, QDir::currentPath());
    QTemporaryDir dir(QDir(where).filePath(u"bench-store-XXXXXX"_s));
    const int count = 2000;
    Diagnostics diagnostics;
    const LoadResult loaded =
        loadScenarioWithCatalog(QStringLiteral(SASKATI_TEST_DATA) + u"/valid/minimal.json"_s,
                                QStringLiteral(SASKATI_TEST_DATA) + u"/catalog"_s);
    if (!loaded.ok())
        return 1;
    std::printf("%d events committed one by one into %s\n", count, qPrintable(dir.path()));
    std::printf("%-10s %-22s %9s %9s %10s\n", "sync", "what", "p50 µs", "p99 µs", "events/s");
    for (const QString &sync : {u"FULL"_s, u"NORMAL"_s}) {
        ResultsStore store(dir.filePath(u"store-"_s + sync + u".sqlite"_s));
        if (!store.open().ok() || !store.execute(u"PRAGMA synchronous="_s + sync))
            return 1;
        const auto participant = store.addParticipant(u"Bench"_s);
        const auto attempt =
            store.beginAttempt(participant->uuid, {}, PlayMode::Solo, *loaded.scenario, u"lv"_s);
        Event event;
        event.type = Event::Type::Flag;
        event.timestamp = QDateTime::currentDateTimeUtc();
        event.payload = QJsonObject{{u"target"_s, u"s-hours"_s}, {u"indicator"_s, u"excessive-hours"_s}};
        const Figures ours = measure(count, [&](int i) {
            event.sequence = i + 1;
            return store.appendEvent(attempt->uuid, event).ok();
        });
        // The same row by a bare prepared statement: what SQLite itself costs at these settings.
        const auto other =
            store.beginAttempt(participant->uuid, {}, PlayMode::Solo, *loaded.scenario, u"lv"_s);
        QSqlQuery insert(store.database());
        insert.prepare(
            u"INSERT INTO events (attempt_uuid, seq, time, type, payload) VALUES (?, ?, ?, ?, ?)"_s);
        const QString time = event.timestamp.toString(Qt::ISODateWithMs);
        const QString payload =
            QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact));
        const Figures bare = measure(count, [&](int i) {
            insert.bindValue(0, other->uuid);
            insert.bindValue(1, i + 1);
            insert.bindValue(2, time);
            insert.bindValue(3, u"flag"_s);
            insert.bindValue(4, payload);
            return insert.exec();
        });
        // The same INSERT into a copy of the table without the sync outbox's triggers (schema 10): what they
        // add to each event's commit, said on its own line (the bare INSERT above goes through them too).
        store.execute(
            u"CREATE TABLE IF NOT EXISTS events_untriggered (attempt_uuid TEXT NOT NULL, seq INTEGER "
            u"NOT NULL, time TEXT NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL, PRIMARY KEY "
            u"(attempt_uuid, seq)) WITHOUT ROWID"_s);
        QSqlQuery plain(store.database());
        plain.prepare(
            u"INSERT INTO events_untriggered (attempt_uuid, seq, time, type, payload) VALUES (?, ?, ?, ?, "
            u"?)"_s);
        const Figures untriggered = measure(count, [&](int i) {
            plain.bindValue(0, QString(other->uuid + sync));
            plain.bindValue(1, i + 1);
            plain.bindValue(2, time);
            plain.bindValue(3, u"flag"_s);
            plain.bindValue(4, payload);
            return plain.exec();
        });
        std::printf("%-10s %-22s %9.1f %9.1f %10.0f\n", qPrintable(sync), "ResultsStore", ours.p50, ours.p99,
                    ours.perSecond);
        std::printf("%-10s %-22s %9.1f %9.1f %10.0f\n", qPrintable(sync), "INSERT, no triggers",
                    untriggered.p50, untriggered.p99, untriggered.perSecond);
        std::printf("%-10s %-22s %9.1f %9.1f %10.0f\n", qPrintable(sync), "bare INSERT", bare.p50, bare.p99,
                    bare.perSecond);
        std::printf("%-10s %-22s %9.2f %9.2f\n", qPrintable(sync), "ratio (goal p50 <= 1.5)",
                    ours.p50 / bare.p50, ours.p99 / bare.p99);
        if (sync == u"FULL")
            bench::result("event commit, synchronous=FULL (p50)", ours.p50, "µs", "bare prepared INSERT",
                          bare.p50, "ratio <= 1.5", ours.p50 / bare.p50 <= 1.5);
    }
    return 0;
}
