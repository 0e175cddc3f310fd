// The coordinator's review on a ten-year database (issue #8): generates 2,000 seminars, 60,000 participants,
// 200,000 attempts and 5 million events (with each attempt's review rows), then times every review view
// (median of 5; goal: each under 200 ms) next to the same aggregate computed by SQL on the same connection
// (QSqlQuery over the store's database: the same filter, the same figures; the bench checks that both agree).
// The views are passes over a snapshot read into memory once after each change to the database: that read is
// timed on its own (goal under 3 s) next to running every view's SQL once. `--scale N` divides the sizes by N
// (a quicker run; its own file). The file is kept (bench-review.sqlite, or bench-review-1-in-N.sqlite, in the
// given folder) and reused when it exists.
#include "benchresult.h"
#include "reviewqueries.h"
#include "reviewsnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

int seminars = 2000, participants = 60000, attempts = 200000;
constexpr int eventsPerAttempt = 25;
const QStringList scenarios = {
    u"bakery-overtime"_s,        u"care-leaver-offer"_s, u"construction-site-workers"_s, u"eures-job-offer"_s,
    u"registry-sham-marriage"_s, u"school-boyfriend"_s,  u"shoplifting-learned-story"_s};
const QStringList roles = {u"social-worker"_s, u"teacher"_s,       u"police"_s, u"border-guard"_s,
                           u"eures-adviser"_s, u"orphans-court"_s, u"student"_s};
const QStringList lecturers = {u"Inese"_s, u"Kārlis"_s, u"Dace"_s, u"Jānis"_s, u"Laura"_s, u"Māris"_s};

bool exec(QSqlQuery &q)
{
    if (!q.exec()) {
        std::fprintf(stderr, "generation failed: %s\n", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

bool generate(ResultsStore &store)
{
    QRandomGenerator random(2026); // the same database every time
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    q.exec(u"PRAGMA synchronous = OFF"_s); // generation only; the app keeps FULL
    ResultsStore::Transaction transaction(store);
    const QDate first(2016, 11, 1);
    for (const QString &s : scenarios) {
        q.prepare(u"INSERT INTO scenario_snapshots VALUES (?, ?, 1, ?)"_s);
        q.addBindValue(QString(u"hash-"_s + s));
        q.addBindValue(s);
        q.addBindValue(QByteArray("{}"));
        if (!exec(q))
            return false;
    }
    QList<QDate> seminarDates;
    q.prepare(
        u"INSERT INTO seminars (uuid, title, date, place, lecturer, audience, created) VALUES (?, ?, ?, "
        u"'Liepāja', ?, ?, ?)"_s);
    for (int i = 0; i < seminars; ++i) {
        const QDate date = first.addDays(random.bounded(3650));
        seminarDates.append(date);
        q.addBindValue(u"seminar-%1"_s.arg(i));
        q.addBindValue(u"Seminārs %1"_s.arg(i));
        q.addBindValue(date.toString(Qt::ISODate));
        q.addBindValue(lecturers.at(random.bounded(lecturers.size())));
        q.addBindValue(roles.at(random.bounded(roles.size())));
        q.addBindValue(QString(date.toString(Qt::ISODate) + u"T08:00:00.000Z"_s));
        if (!exec(q))
            return false;
    }
    q.prepare(u"INSERT INTO participants (uuid, display_name, code, role, created) VALUES (?, ?, ?, ?, "
              u"'2016-11-01T08:00:00.000Z')"_s);
    for (int i = 0; i < participants; ++i) {
        q.addBindValue(u"participant-%1"_s.arg(i));
        q.addBindValue(u"Dalībnieks %1"_s.arg(i));
        q.addBindValue(u"P-%1"_s.arg(i, 6, 10, QChar(u'0')));
        q.addBindValue(roles.at(random.bounded(roles.size())));
        if (!exec(q))
            return false;
    }
    QSqlQuery attempt(db), event(db), item(db), indicator(db);
    attempt.prepare(
        u"INSERT INTO attempts (uuid, participant_uuid, seminar_uuid, mode, scenario_id, "
        u"scenario_version, content_hash, started, finished, status, score, language, percent, total) "
        u"VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, NULL, 'lv', ?, ?)"_s);
    event.prepare(u"INSERT INTO events (attempt_uuid, seq, time, type, payload) VALUES (?, ?, ?, ?, ?)"_s);
    item.prepare(
        u"INSERT INTO attempt_items (attempt_uuid, item, mark, max, answer) VALUES (?, ?, ?, ?, ?)"_s);
    indicator.prepare(u"INSERT INTO attempt_indicators VALUES (?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < attempts; ++i) {
        const QString uuid = u"attempt-%1"_s.arg(i);
        // A skill per participant makes the items discriminate, as real ones should.
        const int person = random.bounded(participants);
        const double skill = double((person * 7919) % 100) / 100.0;
        const bool inSeminar = random.bounded(10) < 8;
        const int seminar = random.bounded(seminars);
        const QDate date = inSeminar ? seminarDates.at(seminar) : first.addDays(random.bounded(3650));
        const QString started =
            date.toString(Qt::ISODate) + u"T%1:00:00.000Z"_s.arg(8 + random.bounded(9), 2, 10, QChar(u'0'));
        const bool completed = random.bounded(20) > 0;
        const int percent = std::clamp(int(skill * 70 + random.bounded(30)), 0, 100);
        const QString scenario = scenarios.at(random.bounded(scenarios.size()));
        attempt.addBindValue(uuid);
        attempt.addBindValue(u"participant-%1"_s.arg(person));
        attempt.addBindValue(inSeminar ? QVariant(u"seminar-%1"_s.arg(seminar)) : QVariant());
        attempt.addBindValue(inSeminar ? u"seminar"_s : u"solo"_s);
        attempt.addBindValue(scenario);
        attempt.addBindValue(QString(u"hash-"_s + scenario));
        attempt.addBindValue(started);
        attempt.addBindValue(completed ? QVariant(started) : QVariant());
        attempt.addBindValue(completed ? u"completed"_s : u"abandoned"_s);
        attempt.addBindValue(completed ? QVariant(percent) : QVariant());
        attempt.addBindValue(completed ? QVariant(percent * 0.9) : QVariant());
        if (!exec(attempt))
            return false;
        for (int e = 1; e <= eventsPerAttempt; ++e) {
            event.addBindValue(uuid);
            event.addBindValue(e);
            event.addBindValue(started);
            event.addBindValue(e == 1 ? u"start"_s : e % 3 ? u"flag"_s : u"choose"_s);
            event.addBindValue(e % 3 ? u"{\"target\":\"s-%1\"}"_s.arg(e) : u"{\"choice\":\"c-%1\"}"_s.arg(e));
            if (!exec(event))
                return false;
        }
        if (!completed)
            continue;
        for (int k = 0; k < 8; ++k) {
            const bool good = random.generateDouble() < 0.3 + 0.6 * skill;
            item.addBindValue(uuid);
            item.addBindValue(k < 6    ? u"choice:scene-%1"_s.arg(k)
                              : k == 6 ? u"referral"_s
                                       : u"question:q-judgement"_s);
            item.addBindValue(good ? 3.0 : (random.bounded(4) == 0 ? -2.0 : 1.0));
            item.addBindValue(3.0);
            item.addBindValue(good ? u"c-best"_s : u"c-other"_s);
            if (!exec(item))
                return false;
        }
        for (int k = 0; k < 10; ++k) {
            const int present = 1 + random.bounded(2);
            indicator.addBindValue(uuid);
            indicator.addBindValue(u"indicator-%1"_s.arg((i + k * 3) % 30));
            indicator.addBindValue(present);
            indicator.addBindValue(random.generateDouble() < 0.4 + 0.5 * skill ? present : 0);
            indicator.addBindValue(random.bounded(8) == 0 ? 1 : 0);
            if (!exec(indicator))
                return false;
        }
        if (i % 20000 == 19999)
            std::printf("  %d attempts...\n", i + 1), std::fflush(stdout);
    }
    return transaction.commit().ok();
}

// Resident memory in MB (Linux), to show what the review's snapshot costs.
double residentMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    return 0;
}

double medianMs(const std::function<void()> &run, int times = 5)
{
    std::vector<double> ms;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

/// Runs `sql` with `values` bound on `db`; calls `row` with each result row. False (and a message) on an
/// error.
bool query(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
           const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        std::fprintf(stderr, "SQL reference failed: %s\n", qPrintable(q.lastError().text()));
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        std::fprintf(stderr, "SQL reference failed: %s\n", qPrintable(q.lastError().text()));
        return false;
    }
    const int columns = q.record().count();
    while (q.next()) {
        for (int c = 0; c < columns; ++c) // every figure read, as a view delivers all of its own
            q.value(c);
        row(q);
    }
    return true;
}

// The filter as the snapshot applies it: completed, indexed attempts, started on the days given.
struct SqlFilter {
    QString joins, where;
    QVariantList values;
};
SqlFilter sqlFilter(const ReviewFilter &f)
{
    SqlFilter s{{}, u"a.status = 'completed' AND a.percent IS NOT NULL"_s, {}};
    if (f.from.isValid()) {
        s.where += u" AND a.started >= ?"_s;
        s.values.append(f.from.toString(Qt::ISODate));
    }
    if (f.to.isValid()) {
        s.where += u" AND a.started < ?"_s;
        s.values.append(f.to.addDays(1).toString(Qt::ISODate));
    }
    if (!f.role.isEmpty()) {
        s.joins += u" JOIN participants p ON p.uuid = a.participant_uuid"_s;
        s.where += u" AND p.role = ?"_s;
        s.values.append(f.role);
    }
    if (!f.seminar.isEmpty()) {
        s.where += u" AND a.seminar_uuid = ?"_s;
        s.values.append(f.seminar);
    }
    if (!f.scenario.isEmpty()) {
        s.where += u" AND a.scenario_id = ?"_s;
        s.values.append(f.scenario);
    }
    return s;
}

// Each view's figures in SQL, returned as the same check value the view's result gives (checkOf below).
double sqlOverview(const QSqlDatabase &db, const ReviewFilter &filter)
{
    const SqlFilter f = sqlFilter(filter);
    const QString from = u" FROM attempts a"_s + f.joins + u" WHERE "_s + f.where;
    double check = 0;
    query(db,
          u"SELECT substr(a.started, 1, 7) m, COUNT(DISTINCT a.seminar_uuid), COUNT(DISTINCT "
          u"a.participant_uuid), "
          u"COUNT(*), AVG(a.percent)"_s +
              from + u" GROUP BY m ORDER BY m"_s,
          f.values, [&](const QSqlQuery &) { ++check; });
    query(db, u"SELECT MAX(0, MIN(9, a.percent / 10)) b, COUNT(*)"_s + from + u" GROUP BY b"_s, f.values,
          [](const QSqlQuery &) {});
    query(db, u"SELECT COUNT(*), COUNT(DISTINCT a.participant_uuid), COUNT(DISTINCT a.seminar_uuid)"_s + from,
          f.values, [&](const QSqlQuery &q) {
              check += q.value(0).toDouble() + q.value(1).toDouble() + q.value(2).toDouble();
          });
    return check;
}

double sqlIndicators(const QSqlDatabase &db, const ReviewFilter &filter)
{
    const SqlFilter f = sqlFilter(filter);
    double check = 0;
    query(db,
          u"SELECT i.indicator, SUM(i.present) e, SUM(i.found) f, SUM(i.false_named), COUNT(*) FROM "
          u"attempt_indicators i JOIN attempts a ON a.uuid = i.attempt_uuid"_s +
              f.joins + u" WHERE "_s + f.where +
              u" GROUP BY i.indicator ORDER BY e = 0, CAST(f AS REAL) / e, e DESC, i.indicator"_s,
          f.values, [&](const QSqlQuery &q) {
              check += 1 + q.value(1).toDouble() + q.value(2).toDouble() + q.value(3).toDouble();
          });
    return check;
}

double sqlItemsFirst(const QSqlDatabase &db, const ReviewFilter &filter)
{
    const SqlFilter f = sqlFilter(filter);
    // Each participant's first attempt; per item the sums of ItemSums, Cov_max's pairing by rank included.
    const QString firsts =
        u"WITH firsts AS (SELECT uuid, total FROM (SELECT a.uuid, a.total, ROW_NUMBER() OVER (PARTITION BY "
        u"a.participant_uuid ORDER BY a.started, a.uuid) n FROM attempts a"_s +
        f.joins + u" WHERE "_s + f.where + u") WHERE n = 1)"_s;
    QMap<QString, ItemSums> sums;
    query(
        db,
        firsts +
            u", marks AS (SELECT i.item, i.mark x, t.total - i.mark r, i.max m FROM attempt_items i JOIN "
            u"firsts t "
            u"ON t.uuid = i.attempt_uuid), "
            u"xs AS (SELECT item, x, ROW_NUMBER() OVER (PARTITION BY item ORDER BY x) k FROM marks), "
            u"rs AS (SELECT item, r, ROW_NUMBER() OVER (PARTITION BY item ORDER BY r) k FROM marks), "
            u"sorted AS (SELECT xs.item, SUM(xs.x * rs.r) xr FROM xs JOIN rs ON rs.item = xs.item AND rs.k = "
            u"xs.k GROUP BY xs.item) "
            u"SELECT marks.item, COUNT(*), MAX(m), SUM(x), SUM(x * x), SUM(r), SUM(r * r), SUM(x * r), "
            u"sorted.xr FROM marks JOIN sorted ON sorted.item = marks.item GROUP BY marks.item"_s,
        f.values, [&](const QSqlQuery &q) {
            ItemSums &s = sums[q.value(0).toString()];
            s.n = q.value(1).toLongLong();
            s.maxMark = q.value(2).toDouble();
            s.x = q.value(3).toDouble();
            s.xx = q.value(4).toDouble();
            s.r = q.value(5).toDouble();
            s.rr = q.value(6).toDouble();
            s.xr = q.value(7).toDouble();
            s.xrSorted = q.value(8).toDouble();
        });
    QMap<QString, QMap<QString, int>> answers;
    query(db,
          firsts + u" SELECT i.item, i.answer, COUNT(*) FROM attempt_items i JOIN firsts t ON "
                   u"t.uuid = i.attempt_uuid GROUP BY i.item, i.answer"_s,
          f.values, [&](const QSqlQuery &q) {
              answers[q.value(0).toString()][q.value(1).toString()] = q.value(2).toInt();
          });
    double check = 0;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        const ItemStatistics s = analyseItem(*it);
        check += 1 + s.attempts + s.facility + s.discrimination.value_or(0) + answers.value(it.key()).size();
    }
    return check;
}

double sqlImprovement(const QSqlDatabase &db, const ReviewFilter &filter)
{
    const SqlFilter f = sqlFilter(filter);
    QList<std::pair<double, double>> pairs;
    query(db,
          u"SELECT pre, post FROM (SELECT COUNT(*) OVER whole n, ROW_NUMBER() OVER ordered k, "
          u"FIRST_VALUE(a.percent) OVER ordered pre, LAST_VALUE(a.percent) OVER (ordered ROWS BETWEEN "
          u"UNBOUNDED "
          u"PRECEDING AND UNBOUNDED FOLLOWING) post FROM attempts a"_s +
              f.joins + u" WHERE "_s + f.where +
              u" WINDOW whole AS (PARTITION BY a.participant_uuid, a.scenario_id), ordered AS (PARTITION BY "
              u"a.participant_uuid, a.scenario_id ORDER BY a.started, a.uuid)) WHERE k = 1 AND n >= 2"_s,
          f.values, [&](const QSqlQuery &q) {
              pairs.append({q.value(0).toDouble(), q.value(1).toDouble()});
          });
    const GainStatistics g = hakeGain(pairs);
    return g.pairs + g.definedPairs + g.meanPre + g.meanPost + g.classGain.value_or(0);
}

// The same check values from the views' results.
double checkOf(const Overview &o)
{
    return double(o.months.size()) + o.attempts + o.participants + o.seminars;
}
double checkOf(const QList<IndicatorRow> &rows)
{
    double check = 0;
    for (const IndicatorRow &r : rows)
        check += 1 + r.exposures + r.found + r.falseNamed;
    return check;
}
double checkOf(const QList<ItemRow> &rows)
{
    double check = 0;
    for (const ItemRow &r : rows)
        check += 1 + r.statistics.attempts + r.statistics.facility + r.statistics.discrimination.value_or(0) +
                 r.answers.size();
    return check;
}
double checkOf(const GainStatistics &g)
{
    return g.pairs + g.definedPairs + g.meanPre + g.meanPost + g.classGain.value_or(0);
}

bool agree(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(a));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int scale = 1;
    if (const qsizetype at = args.indexOf(u"--scale"_s); at >= 0 && at + 1 < args.size()) {
        scale = std::max(1, args.at(at + 1).toInt());
        args.remove(at, 2);
    }
    seminars /= scale;
    participants /= scale;
    attempts /= scale;
    const QString folder = !args.isEmpty() ? args.first() : QDir::currentPath();
    const QString file = QDir(folder).filePath(scale == 1 ? u"bench-review.sqlite"_s
                                                          : u"bench-review-1-in-%1.sqlite"_s.arg(scale));
    // The figures' names say which database they come from.
    const std::string size = scale == 1 ? std::string("ten-year database")
                                        : "1/" + std::to_string(scale) + " of the ten-year database";
    const bool exists = QFileInfo::exists(file);
    ResultsStore store(file);
    if (!store.open().ok())
        return 1;
    if (!exists) {
        std::printf("generating %s: %d seminars, %d participants, %d attempts, %d events...\n",
                    qPrintable(file), seminars, participants, attempts, attempts * eventsPerAttempt);
        QElapsedTimer t;
        t.start();
        if (!generate(store))
            return 1;
        store.execute(u"ANALYZE"_s);
        std::printf("generated in %.0f s, %.0f MB\n", double(t.elapsed()) / 1000,
                    double(QFileInfo(file).size()) / 1e6);
    }
    std::printf("%s: %s\n", size.c_str(), qPrintable(file));

    ReviewQueries queries(store);
    const QSqlDatabase db = store.database();
    ReviewFilter all, police, oneSeminar, lastYear, scenario;
    police.role = u"police"_s;
    oneSeminar.seminar = u"seminar-17"_s;
    lastYear.from = QDate(2025, 11, 1);
    lastYear.to = QDate(2026, 10, 31);
    scenario.scenario = u"eures-job-offer"_s;
    struct View {
        const char *name;
        std::function<double()> run; // the view on the snapshot; returns its check value
        std::function<double()> sql; // the same aggregate by SQL on the same connection; the same check value
    };
    QString problem; // why the last view could not be read
    const auto checked = [&problem](const auto &view) {
        if (!view) {
            problem = view.error().message;
            return 0.0;
        }
        return checkOf(*view);
    };
    const QList<View> views = {
        {"overview (all)", [&] { return checked(queries.overview(all)); },
         [&] { return sqlOverview(db, all); }},
        {"overview (last year)", [&] { return checked(queries.overview(lastYear)); },
         [&] { return sqlOverview(db, lastYear); }},
        {"seminar report (overview of one)", [&] { return checked(queries.overview(oneSeminar)); },
         [&] { return sqlOverview(db, oneSeminar); }},
        {"indicators (all)", [&] { return checked(queries.indicators(all)); },
         [&] { return sqlIndicators(db, all); }},
        {"indicators (police)", [&] { return checked(queries.indicators(police)); },
         [&] { return sqlIndicators(db, police); }},
        {"items (one scenario, first)",
         [&] { return checked(queries.items(scenario, AttemptChoice::First)); },
         [&] { return sqlItemsFirst(db, scenario); }},
        {"improvement (all)", [&] { return checked(queries.improvement(all)); },
         [&] { return sqlImprovement(db, all); }},
    };
    const auto timed = [](const std::function<double()> &f, double *check) {
        return medianMs([&] { *check = f(); });
    };

    // The snapshot: read once after each change to the database (a fresh ReviewQueries reads it on its first
    // view), measured next to running every view's SQL once, which is what the snapshot stands in for.
    const double before = residentMb();
    queries.overview(all);
    const double snapshotMb = residentMb() - before;
    double unused = 0;
    const double read = timed([&] { return double(ReviewSnapshot::load(db) ? 1 : 0); }, &unused);
    double allSql = 0;
    for (const View &v : views) {
        QElapsedTimer t;
        t.start();
        v.sql();
        allSql += double(t.nsecsElapsed()) / 1e6;
    }
    std::printf("\n%-34s %12.1f ms\n%-34s %12.1f ms (the read is %.2f times that)\n%-34s %12.1f MB\n",
                "read snapshot (after a change)", read, "every view's SQL once", allSql,
                allSql > 0 ? read / allSql : 0.0, "snapshot memory", snapshotMb);
    bench::result(("review, " + size + ": read snapshot").c_str(), read, "ms",
                  "every view's SQL once, same connection", allSql, "< 3000 ms", read < 3000);

    std::printf("\n%-34s %12s %12s %8s %6s %6s %16s\n", "view", "snapshot ms", "SQL ms", "ratio", "goal",
                "agree", "read + view ms");
    bool met = true, same = true;
    for (const View &v : views) {
        double ours = 0, theirs = 0;
        const double oursMs = timed(v.run, &ours);
        const double sqlMs = timed(v.sql, &theirs);
        met = met && oursMs < 200;
        same = same && agree(ours, theirs);
        std::printf("%-34s %12.1f %12.1f %8.3f %6s %6s %16.1f\n", v.name, oursMs, sqlMs,
                    sqlMs > 0 ? oursMs / sqlMs : 0.0, oursMs < 200 ? "met" : "NOT",
                    agree(ours, theirs) ? "yes" : "NO", read + oursMs);
        if (!agree(ours, theirs))
            std::printf("  the view and SQL disagree: check values %.6f and %.6f\n", ours, theirs);
        const std::string figure = "review, " + size + ": " + v.name + " on the snapshot";
        bench::result(figure.c_str(), oursMs, "ms", "the same aggregate in SQL, same connection", sqlMs,
                      "< 200 ms", oursMs < 200);
        if (!problem.isEmpty())
            std::printf("  error: %s\n", qPrintable(problem));
    }
    std::printf(
        "\nSQL: the view's own figures (same filter, same columns; the statistics of the item analysis and "
        "the "
        "gain from SQL sums) by QSqlQuery on the store's connection, warm, median of 5. A view's first use "
        "after "
        "a change also reads the snapshot (last column).\nEach view under 200 ms: %s; reading the snapshot "
        "under 3 s: %s; views and SQL agree: %s\n",
        met ? "yes" : "NO", read < 3000 ? "yes" : "NO", same ? "yes" : "NO");
    return same ? 0 : 1;
}
