#include "reviewcommand.h"

#include "knowledgecheckreview.h"
#include "reportcommand.h"
#include "reviewoptions.h"

#include "catalog.h"
#include "commandline.h"
#include "datadirectory.h"
#include "resultsexport.h"
#include "reviewqueries.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::cli;

namespace {

QString number(const std::optional<double> &value, int decimals = 1)
{
    return value ? QString::number(*value, 'f', decimals) : u"—"_s;
}

// Prints rows as an aligned table, or as CSV (RFC 4180 quoting) for spreadsheets.
void print(const QStringList &header, const QList<QStringList> &rows, bool csv)
{
    if (csv) {
        auto quote = [](const QString &cell) { return QString::fromUtf8(csvField(cell)); };
        QStringList line;
        for (const QString &h : header)
            line.append(quote(h));
        out() << line.join(u',') << "\r\n";
        for (const QStringList &row : rows) {
            line.clear();
            for (const QString &cell : row)
                line.append(quote(cell));
            out() << line.join(u',') << "\r\n";
        }
        return;
    }
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    // Numbers right-aligned, words left-aligned.
    QList<bool> numeric(header.size(), true);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < numeric.size(); ++i) {
            bool isNumber = false;
            row[i].toDouble(&isNumber);
            numeric[i] = numeric[i] && (isNumber || row[i] == u"—");
        }
    auto printRow = [&](const QStringList &row) {
        QStringList padded;
        for (qsizetype i = 0; i < row.size(); ++i)
            padded.append(numeric[i] ? row[i].rightJustified(widths[i]) : row[i].leftJustified(widths[i]));
        out() << padded.join(u"  "_s).trimmed() << '\n';
    };
    printRow(header);
    for (const QStringList &row : rows)
        printRow(row);
}

} // namespace

int reviewCommand(const QStringList &args)
{
    if (args.isEmpty())
        return reviewUsage(u"review needs overview, indicators, items, gain, questions, checks or report"_s);
    const QString view = args.first();
    if (view == u"report")
        return reportCommand(args.mid(1));
    if (!QStringList{u"overview"_s, u"indicators"_s, u"items"_s, u"gain"_s, u"questions"_s, u"checks"_s}
             .contains(view))
        return reviewUsage(
            u"unknown review view '%1'; use overview, indicators, items, gain, questions, checks or report"_s
                .arg(view));
    const Arguments a(args.mid(1), {u"csv"_s},
                      {u"database"_s, u"from"_s, u"to"_s, u"scenario"_s, u"lecturer"_s, u"seminar"_s,
                       u"role"_s, u"attempt"_s, u"catalog"_s, u"municipality"_s});
    if (!a.ok())
        return reviewUsage(a.error());
    const std::optional<ReviewFilter> filtered = reviewFilter(a);
    if (!filtered)
        return reviewUsage(u"--from and --to take dates as YYYY-MM-DD"_s);
    const ReviewFilter &filter = *filtered;
    const bool csv = a.flag(u"csv"_s);
    if (view == u"items" && filter.scenario.isEmpty())
        return reviewUsage(u"review items needs --scenario ID"_s);

    const std::unique_ptr<ResultsStore> store = openExistingStore(a);
    if (!store)
        return Failure;
    // Indicator names from the catalogue, when it can be read; ids otherwise.
    Diagnostics diagnostics;
    const Catalog catalog = loadCatalog(a.option(u"catalog"_s, shippedCatalogDirectory()), &diagnostics);
    auto nameOf = [&](const QString &indicator) {
        return catalog.indicators.contains(indicator) ? catalog.indicators.value(indicator).name.text(u"lv"_s)
                                                      : indicator;
    };

    ReviewQueries queries(*store);
    QString problem; // why a view could not be read: said after it, as an empty table
    const auto readView = [&problem](auto result) {
        if (!result)
            problem = result.error().message;
        return result.valueOr({});
    };
    QList<QStringList> rows;
    const auto level = [](const std::optional<double> &gain) {
        if (!gain)
            return u"—"_s;
        switch (gainLevel(*gain)) {
        case GainLevel::Low:
            return u"low"_s;
        case GainLevel::Medium:
            return u"medium"_s;
        case GainLevel::High:
            return u"high"_s;
        }
        return QString();
    };
    if (view == u"overview") {
        const Overview o = readView(queries.overview(filter));
        for (const OverviewMonth &m : o.months)
            rows.append({m.month, QString::number(m.seminars), QString::number(m.participants),
                         QString::number(m.attempts), QString::number(m.meanPercent, 'f', 1)});
        print({u"month"_s, u"seminars"_s, u"participants"_s, u"attempts"_s, u"mean %"_s}, rows, csv);
        if (!csv) {
            out() << "\nAll: " << o.attempts << " completed attempts by " << o.participants
                  << " participants in " << o.seminars
                  << " seminars (solo practice counts as none)\nScores: ";
            QStringList buckets;
            for (int i = 0; i < o.histogram.size(); ++i)
                buckets.append(u"%1-%2: %3"_s.arg(i * 10).arg(i == 9 ? 100 : i * 10 + 9).arg(o.histogram[i]));
            out() << buckets.join(u", "_s) << '\n';
        }
    } else if (view == u"indicators") {
        for (const IndicatorRow &r : readView(queries.indicators(filter)))
            rows.append({r.indicator, nameOf(r.indicator), QString::number(r.exposures),
                         QString::number(r.found), QString::number(100 * r.detectionRate(), 'f', 1),
                         QString::number(r.falseNamed), QString::number(100 * r.falseFlagRate(), 'f', 1),
                         r.enough() ? QString() : u"too few exposures"_s});
        print({u"indicator"_s, u"name"_s, u"exposures"_s, u"found"_s, u"detection %"_s, u"false"_s,
               u"false-flag %"_s, u"note"_s},
              rows, csv);
    } else if (view == u"items") {
        if (filter.scenario.isEmpty())
            return reviewUsage(u"review items needs --scenario ID"_s);
        const QString which = a.option(u"attempt"_s, u"first"_s);
        AttemptChoice choice;
        if (!attemptChoiceFromId(which, &choice))
            return reviewUsage(u"--attempt is first, best or latest"_s);
        for (const ItemRow &r : readView(queries.items(filter, choice))) {
            QStringList answers;
            for (auto it = r.answers.cbegin(); it != r.answers.cend(); ++it)
                answers.append(u"%1=%2"_s.arg(it.key().isEmpty() ? u"(none)"_s : it.key()).arg(it.value()));
            rows.append({r.item, QString::number(r.statistics.attempts),
                         QString::number(r.statistics.maxMark),
                         QString::number(100 * r.statistics.facility, 'f', 1),
                         number(r.statistics.discrimination), number(r.statistics.efficiency),
                         r.statistics.dubious() ? u"dubious"_s : QString(), answers.join(u' ')});
        }
        out() << (csv ? "" : qPrintable(u"Counting each participant's %1 completed attempt.\n"_s.arg(which)));
        print({u"item"_s, u"attempts"_s, u"max"_s, u"F %"_s, u"DI %"_s, u"DE %"_s, u"note"_s, u"answers"_s},
              rows, csv);
    } else if (view == u"gain") {
        const GainStatistics g = readView(queries.improvement(filter));
        rows.append({QString::number(g.pairs), QString::number(g.meanPre, 'f', 1),
                     QString::number(g.meanPost, 'f', 1), number(g.classGain, 2), level(g.classGain),
                     number(g.meanIndividualGain, 2), level(g.meanIndividualGain)});
        print({u"repeaters"_s, u"first %"_s, u"latest %"_s, u"class gain"_s, u"level"_s, u"mean gain"_s,
               u"level"_s},
              rows, csv);
    } else if (view == u"checks") {
        // A prevention seminar's knowledge check: the class's right answers before and after, and the gain.
        const auto percent = [](double share) { return QString::number(100.0 * share, 'f', 1); };
        for (const SeminarKnowledgeRow &r : knowledgeCheckRows(*store, filter)) {
            const KnowledgeGain &g = r.gain;
            const bool compared = g.answeredBoth > 0;
            rows.append({r.date.toString(Qt::ISODate), r.title, r.lecturer, r.audience,
                         QString::number(g.questions), QString::number(g.answeredBefore),
                         QString::number(g.answeredAfter), QString::number(g.answeredBoth),
                         compared ? percent(g.before) : QString(), compared ? percent(g.after) : QString(),
                         number(g.gain, 2), level(g.gain)});
        }
        print({u"date"_s, u"seminar"_s, u"lecturer"_s, u"audience"_s, u"questions"_s, u"before"_s, u"after"_s,
               u"both"_s, u"right before %"_s, u"right after %"_s, u"class gain"_s, u"level"_s},
              rows, csv);
    } else if (view == u"questions") {
        const QuestionPractice q = readView(queries.questions(filter));
        auto percent = [](int part, int whole) {
            return whole > 0 ? QString::number(100.0 * part / whole, 'f', 1) : QString();
        };
        for (const QuestionAttemptRow &r : q.byAttempt)
            rows.append({QString::number(r.attemptNumber), QString::number(r.attempts),
                         QString::number(r.asked), QString::number(r.recommended),
                         percent(r.recommended, r.asked)});
        print({u"attempt"_s, u"attempts"_s, u"questions"_s, u"recommended"_s, u"recommended %"_s}, rows, csv);
        if (!csv) {
            out() << '\n';
            rows.clear();
            for (const QuestionTypeRow &t : q.types)
                rows.append({t.type, QString::number(t.asked), percent(t.asked, q.asked()),
                             t.recommended ? u"recommended"_s : u"not recommended"_s});
            print({u"question type"_s, u"asked"_s, u"share %"_s, u"note"_s}, rows, csv);
            out() << '\n';
            rows.clear();
            for (const QuestionFeedbackRow &f : q.byFeedback)
                rows.append({f.feedback.isEmpty() ? u"unrecorded"_s : f.feedback, QString::number(f.attempts),
                             QString::number(f.asked), QString::number(f.recommended),
                             percent(f.recommended, f.asked)});
            print({u"feedback"_s, u"attempts"_s, u"questions"_s, u"recommended"_s, u"recommended %"_s}, rows,
                  csv);
        }
    } else {
        return reviewUsage(u"unknown review view '%1'"_s.arg(view));
    }
    if (!problem.isEmpty()) {
        err() << "saskati-cli: " << problem << '\n';
        return Failure;
    }
    return Success;
}
