#pragma once
// A laptop's results for the server tests and the sync benchmark: seminars, people, attempts with 25 events
// each and their review rows, a seminar room's run with a show of hands, a knowledge check and a directory
// correction, with real UUIDs (the server's columns are of type uuid). The same seed gives the same rows, so
// two laptops can hold the same seminar.
#include "resultsstore.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <cstdio>

namespace saskati::testing {

inline QString laptopUuid(quint32 seed, const QString &what, int i)
{
    static const QUuid space = QUuid::fromString(QStringLiteral("6f1e9d4c-4b0a-4d8e-9c1a-5a5b5c5d5e5f"));
    return QUuid::createUuidV5(space, QStringLiteral("%1/%2/%3").arg(seed).arg(what).arg(i))
        .toString(QUuid::WithoutBraces);
}

struct LaptopData {
    quint32 seed = 1;
    int attempts = 100;
    int eventsPerAttempt = 25;
    int attemptsPerSeminar = 30;
    int firstAttempt = 0; // another laptop's attempts in the same seminars start further on
};

inline bool fillLaptop(ResultsStore &store, const LaptopData &d)
{
    using namespace Qt::StringLiterals;
    QRandomGenerator random(d.seed + quint32(d.firstAttempt));
    QSqlDatabase db = store.database();
    const auto run = [&](QSqlQuery &q) {
        if (q.exec())
            return true;
        std::fprintf(stderr, "laptop data: %s\n", qPrintable(q.lastError().text()));
        return false;
    };
    ResultsStore::Transaction transaction(store);
    QSqlQuery q(db);
    q.prepare(u"INSERT OR IGNORE INTO scenario_snapshots VALUES ('hash-minimal', 'minimal', 1, ?)"_s);
    q.addBindValue(QByteArray("{\"id\": \"minimal\", \"version\": 1, \"bytes\": \"\\u0000\\u00ff\"}"));
    if (!run(q))
        return false;
    const int last = d.firstAttempt + d.attempts;
    const QDateTime start(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    QSqlQuery seminar(db), person(db), attempt(db), event(db), item(db), indicator(db);
    seminar.prepare(
        u"INSERT OR IGNORE INTO seminars (uuid, title, date, place, lecturer, audience, created) VALUES "
        u"(?, ?, ?, 'Liepāja', 'Inese', 'social-worker', ?)"_s);
    person.prepare(
        u"INSERT OR IGNORE INTO participants (uuid, display_name, code, role, created) VALUES (?, ?, ?, "
        u"'social-worker', ?)"_s);
    attempt.prepare(
        u"INSERT INTO attempts (uuid, participant_uuid, seminar_uuid, mode, scenario_id, "
        u"scenario_version, content_hash, started, finished, status, score, language, percent, total) "
        u"VALUES (?, ?, ?, 'seminar', 'minimal', 1, 'hash-minimal', ?, ?, ?, ?, 'lv', ?, ?)"_s);
    event.prepare(u"INSERT INTO events (attempt_uuid, seq, time, type, payload) VALUES (?, ?, ?, ?, ?)"_s);
    item.prepare(
        u"INSERT INTO attempt_items (attempt_uuid, item, mark, max, answer) VALUES (?, ?, ?, 3, ?)"_s);
    indicator.prepare(u"INSERT INTO attempt_indicators VALUES (?, ?, ?, ?, ?)"_s);
    for (int i = d.firstAttempt; i < last; ++i) {
        const int s = i / d.attemptsPerSeminar;
        const QDateTime when = start.addDays(s).addSecs(i % d.attemptsPerSeminar * 60);
        const QString time = when.toString(Qt::ISODateWithMs);
        seminar.addBindValue(laptopUuid(d.seed, u"seminar"_s, s));
        seminar.addBindValue(u"Seminārs %1: sociālie darbinieki"_s.arg(s));
        seminar.addBindValue(when.date().toString(Qt::ISODate));
        seminar.addBindValue(time);
        person.addBindValue(laptopUuid(d.seed, u"person"_s, i / 2));
        person.addBindValue(u"Dalībniece %1 “Mārīte”"_s.arg(i / 2));
        person.addBindValue(u"P-%1"_s.arg(i / 2, 6, 16, QChar(u'0')).toUpper());
        person.addBindValue(time);
        const QString uuid = laptopUuid(d.seed, u"attempt"_s, i);
        const bool completed = i % 7 != 3;
        const int percent = int(random.bounded(101));
        attempt.addBindValue(uuid);
        attempt.addBindValue(laptopUuid(d.seed, u"person"_s, i / 2));
        attempt.addBindValue(laptopUuid(d.seed, u"seminar"_s, s));
        attempt.addBindValue(time);
        attempt.addBindValue(completed ? QVariant(time) : QVariant());
        attempt.addBindValue(completed ? u"completed"_s : u"in-progress"_s);
        attempt.addBindValue(
            completed ? QVariant(u"{\"percent\":%1,\"total\":%2}"_s.arg(percent).arg(percent * 0.25))
                      : QVariant());
        attempt.addBindValue(completed ? QVariant(percent) : QVariant());
        attempt.addBindValue(completed ? QVariant(percent * 0.25) : QVariant());
        if (!run(seminar) || !run(person) || !run(attempt))
            return false;
        for (int e = 1; e <= d.eventsPerAttempt; ++e) {
            event.addBindValue(uuid);
            event.addBindValue(e);
            event.addBindValue(when.addMSecs(e * 1500).toString(Qt::ISODateWithMs));
            event.addBindValue(e == 1 ? u"start"_s : e % 3 ? u"flag"_s : u"choose"_s);
            // Payloads as the recorder writes them, with what JSON and SQL must carry unchanged.
            event.addBindValue(e % 3 ? u"{\"target\":\"s-%1\",\"note\":\"it's \\\"ok\\\" \\\\ ā\"}"_s.arg(e)
                                     : u"{\"choice\":\"c-%1\"}"_s.arg(e));
            if (!run(event))
                return false;
        }
        if (!completed)
            continue;
        for (int k = 0; k < 4; ++k) {
            item.addBindValue(uuid);
            item.addBindValue(u"choice:scene-%1"_s.arg(k));
            item.addBindValue(double(random.bounded(4)) - 0.5);
            item.addBindValue(k % 2 ? u"c-best"_s : u"c-other"_s);
            indicator.addBindValue(uuid);
            indicator.addBindValue(u"indicator-%1"_s.arg(k));
            indicator.addBindValue(2);
            indicator.addBindValue(int(random.bounded(3)));
            indicator.addBindValue(k == 3 ? 1 : 0);
            if (!run(item) || !run(indicator))
                return false;
        }
    }
    // A room's run through the first seminar, with a show of hands; a knowledge check; a correction.
    const QString seminarZero = laptopUuid(d.seed, u"seminar"_s, d.firstAttempt / d.attemptsPerSeminar);
    const QString runUuid = laptopUuid(d.seed, u"run"_s, d.firstAttempt);
    const QString t0 = start.toString(Qt::ISODateWithMs);
    const QList<std::pair<QString, QVariantList>> rest = {
        {u"INSERT INTO room_runs (uuid, seminar_uuid, scenario_id, scenario_version, content_hash, language, "
         u"started, "
         u"status) VALUES (?, ?, 'minimal', 1, 'hash-minimal', 'lv', ?, 'in-progress')"_s,
         {runUuid, seminarZero, t0}},
        {u"INSERT INTO room_events VALUES (?, 1, ?, 'start', '{}'), (?, 2, ?, 'choose', '{\"choice\":\"c-1\"}')"_s,
         {runUuid, t0, runUuid, t0}},
        {u"INSERT INTO room_hand_counts VALUES (?, 1, 'scene-1', '{\"c-1\":12,\"c-2\":3}', ?)"_s,
         {runUuid, t0}},
        {u"INSERT OR IGNORE INTO knowledge_answers VALUES (?, ?, 'before', 'pupil', 'q1', 'a', 1, ?), (?, ?, "
         u"'after', "
         u"'pupil', 'q1', 'b', 0, ?)"_s,
         {seminarZero, laptopUuid(d.seed, u"person"_s, d.firstAttempt / 2), t0, seminarZero,
          laptopUuid(d.seed, u"person"_s, d.firstAttempt / 2), t0}},
        {u"INSERT OR IGNORE INTO knowledge_key_shown VALUES (?, ?)"_s, {seminarZero, t0}},
        {u"INSERT OR REPLACE INTO institution_contacts (institution, phone, verified_on, updated) VALUES "
         u"('state-police', '+371 67 075 000', '2026-11-20', ?)"_s,
         {t0}},
    };
    for (const auto &[sql, values] : rest) {
        QSqlQuery r(db);
        r.prepare(sql);
        for (const QVariant &v : values)
            r.addBindValue(v);
        if (!run(r))
            return false;
    }
    return transaction.commit().ok();
}

} // namespace saskati::testing
