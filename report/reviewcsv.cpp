#include "reviewcsv.h"

#include "csvexport.h"
#include "privatefiles.h"
#include "reviewreportview.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// One table: the header's column names, and the row fields they are read from.
bool writeTable(const QString &path, const QStringList &header, const QStringList &keys,
                const QVariantList &rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate, QFile::ReadOwner | QFile::WriteOwner) ||
        !makeFilePrivate(f.fileName()))
        return false;
    QStringList lines{header.join(u',')};
    for (const QVariant &row : rows) {
        QStringList cells;
        for (const QString &key : keys)
            cells.append(QString::fromUtf8(csvField(row.toMap().value(key).toString())));
        lines.append(cells.join(u','));
    }
    return f.write((lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8()) >= 0;
}

} // namespace

bool writeReviewCsv(const ReviewReportView &view, const QString &folder)
{
    const QDir dir(folder);
    const QVariantMap overview = view.overview();
    return writeTable(dir.filePath(u"overview-months.csv"_s),
                      {u"month"_s, u"seminars"_s, u"participants"_s, u"attempts"_s, u"mean_percent"_s},
                      {u"month"_s, u"seminars"_s, u"participants"_s, u"attempts"_s, u"meanPercent"_s},
                      overview.value(u"months"_s).toList()) &&
           writeTable(dir.filePath(u"overview-scores.csv"_s), {u"percent"_s, u"attempts"_s},
                      {u"label"_s, u"count"_s}, overview.value(u"histogram"_s).toList()) &&
           writeTable(dir.filePath(u"indicators.csv"_s),
                      {u"indicator"_s, u"name"_s, u"exposures"_s, u"found"_s, u"detection_percent"_s,
                       u"false_named"_s, u"false_flag_percent"_s, u"enough"_s},
                      {u"id"_s, u"name"_s, u"exposures"_s, u"found"_s, u"detection"_s, u"falseNamed"_s,
                       u"falseFlagRate"_s, u"enough"_s},
                      view.indicators()) &&
           writeTable(dir.filePath(u"decisions.csv"_s),
                      {u"item"_s, u"label"_s, u"attempts"_s, u"facility_percent"_s, u"discrimination"_s,
                       u"efficiency"_s, u"dubious"_s, u"critical_errors"_s, u"answers"_s},
                      {u"item"_s, u"label"_s, u"attempts"_s, u"facility"_s, u"discrimination"_s,
                       u"efficiency"_s, u"dubious"_s, u"critical"_s, u"answers"_s},
                      view.decisions()) &&
           writeTable(dir.filePath(u"participants.csv"_s),
                      {u"name"_s, u"code"_s, u"role"_s, u"attempts"_s, u"mean_percent"_s, u"best_percent"_s},
                      {u"name"_s, u"code"_s, u"role"_s, u"attempts"_s, u"meanPercent"_s, u"bestPercent"_s},
                      view.people()) &&
           writeTable(dir.filePath(u"improvement.csv"_s),
                      {u"repeaters"_s, u"first_percent"_s, u"latest_percent"_s, u"class_gain"_s,
                       u"class_level"_s, u"mean_gain"_s, u"mean_level"_s},
                      {u"pairs"_s, u"meanPre"_s, u"meanPost"_s, u"classGain"_s, u"classLevel"_s,
                       u"meanGain"_s, u"meanLevel"_s},
                      {view.gain()}) &&
           writeTable(dir.filePath(u"knowledge-checks.csv"_s),
                      {u"seminar"_s, u"date"_s, u"audience"_s, u"questions"_s, u"answered_before"_s,
                       u"answered_after"_s, u"answered_both"_s, u"before_percent"_s, u"after_percent"_s,
                       u"normalised_gain"_s},
                      {u"title"_s, u"date"_s, u"audience"_s, u"questions"_s, u"answeredBefore"_s,
                       u"answeredAfter"_s, u"both"_s, u"before"_s, u"after"_s, u"gain"_s},
                      view.knowledgeChecks()) &&
           writeTable(
               dir.filePath(u"questions.csv"_s),
               {u"attempt"_s, u"attempts"_s, u"questions"_s, u"recommended"_s, u"recommended_percent"_s},
               {u"number"_s, u"attempts"_s, u"asked"_s, u"recommended"_s, u"share"_s},
               view.questions().value(u"byAttempt"_s).toList()) &&
           writeTable(
               dir.filePath(u"questions-by-feedback.csv"_s),
               {u"feedback"_s, u"attempts"_s, u"questions"_s, u"recommended"_s, u"recommended_percent"_s},
               {u"feedback"_s, u"attempts"_s, u"asked"_s, u"recommended"_s, u"share"_s},
               view.questions().value(u"byFeedback"_s).toList());
}

} // namespace saskati
