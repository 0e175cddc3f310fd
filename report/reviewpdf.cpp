#include "reviewpdf.h"

#include "privatefiles.h"
#include "reviewreportview.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <utility>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

QString esc(const QVariant &value)
{
    return value.toString().toHtmlEscaped();
}

// A bar as a table cell of proportional width, for the numbers beside it.
QString bar(double share, const char *colour)
{
    const int width = std::max(1, int(200 * std::clamp(share, 0.0, 1.0)));
    return u"<table cellspacing=0 cellpadding=0><tr><td width=%1 bgcolor=\"%2\">&nbsp;</td></tr></table>"_s
        .arg(width)
        .arg(QLatin1StringView(colour));
}

// Lays the report out on the writer's pages (2 cm margins) and starts a section on a new page where it would
// otherwise be split although it fits on one page, or where its heading would be left at the foot of a page:
// no page holds a stray line. Returns each section's title and first and last page (counted from 1).
QList<ReportSection> paginate(QTextDocument &document, const QString &head, const QStringList &sections,
                              QPagedPaintDevice &device)
{
    document.documentLayout()->setPaintDevice(&device);
    const qreal margin = 2 / 2.54 * 96; // in 96-dpi pixels: the layout scales them to the device
    QSet<int> breaks;
    QList<ReportSection> layout;
    for (int pass = 0; pass <= sections.size(); ++pass) {
        QString html = head;
        for (int i = 0; i < sections.size(); ++i)
            html +=
                breaks.contains(i)
                    ? QString(sections[i]).replace(u"<h2>"_s, u"<h2 style=\"page-break-before: always\">"_s)
                    : sections[i];
        document.setHtml(html);
        QTextFrameFormat frame = document.rootFrame()->frameFormat();
        frame.setMargin(margin);
        document.rootFrame()->setFrameFormat(frame);
        document.setPageSize(QSizeF(device.width(), device.height()));
        const qreal page = document.pageSize().height();
        const qreal usable = page - 2 * margin * device.logicalDpiY() / 96.0;
        // Each section's top (its heading) and bottom (its last block).
        QList<qreal> tops, bottoms;
        QStringList titles;
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
            const QRectF r = document.documentLayout()->blockBoundingRect(b);
            if (b.blockFormat().headingLevel() == 2) {
                tops.append(r.top());
                bottoms.append(r.bottom());
                titles.append(b.text());
            } else if (!bottoms.isEmpty()) {
                bottoms.last() = std::max(bottoms.last(), r.bottom());
            }
        }
        layout.clear();
        int moved = -1;
        for (int i = 0; i < tops.size(); ++i) {
            const int first = int(tops[i] / page), last = int((bottoms[i] - 1) / page);
            layout.append(ReportSection{titles[i], first + 1, last + 1, bottoms[i] - tops[i] <= usable});
            const bool split = first != last;
            const bool strandedHeading = split && (first + 1) * page - tops[i] < 0.15 * page;
            if (moved < 0 && !breaks.contains(i) &&
                ((split && bottoms[i] - tops[i] <= usable) || strandedHeading))
                moved = i;
        }
        if (moved < 0)
            break;
        breaks.insert(moved);
    }
    return layout;
}

// The report's sections as HTML, in the interface language (Qt Linguist context ReviewPdf).
class ReviewPdf {
    Q_DECLARE_TR_FUNCTIONS(ReviewPdf)

public:
    static std::optional<QList<ReportSection>> write(const ReviewReportView &view, const QString &file);

private:
    static QString overviewSection(const ReviewReportView &view)
    {
        QString html = u"<h2>%1</h2><p>%2</p><table cellpadding=3>"_s.arg(tr("Overview").toHtmlEscaped(),
                                                                          view.countsText().toHtmlEscaped());
        for (const QVariant &v : view.overview().value(u"histogram"_s).toList()) {
            const QVariantMap m = v.toMap();
            html += u"<tr><td>%1 %</td><td>%2</td><td>%3</td></tr>"_s.arg(
                esc(m.value(u"label"_s)), bar(m.value(u"share"_s).toDouble(), "#0072B2"),
                esc(m.value(u"count"_s)));
        }
        return html + u"</table>"_s;
    }

    static QString peopleSection(const ReviewReportView &view)
    {
        QString html =
            u"<h2>%1</h2><table cellpadding=3><tr><th align=left>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>"_s
                .arg(tr("Who took part").toHtmlEscaped(), tr("Participant").toHtmlEscaped(),
                     tr("Completed").toHtmlEscaped(), tr("Mean").toHtmlEscaped(), tr("Best").toHtmlEscaped());
        for (const QVariant &v : view.people()) {
            const QVariantMap m = v.toMap();
            html += u"<tr><td>%1 <small>%2</small></td><td>%3</td><td>%4 %</td><td>%5 %</td></tr>"_s.arg(
                esc(m.value(u"name"_s)), esc(m.value(u"role"_s)), esc(m.value(u"attempts"_s)),
                esc(m.value(u"meanPercent"_s)), esc(m.value(u"bestPercent"_s)));
        }
        return html + u"</table>"_s;
    }

    static QString historySection(const QVariantMap &person)
    {
        QString html = u"<h2>%1</h2><table cellpadding=3>"_s.arg(
            tr("History of %1").arg(person.value(u"name"_s).toString()).toHtmlEscaped());
        for (const QVariant &v : person.value(u"attempts"_s).toList()) {
            const QVariantMap m = v.toMap();
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
                esc(m.value(u"date"_s)), esc(m.value(u"scenario"_s)),
                m.value(u"completed"_s).toBool() ? esc(m.value(u"percent"_s)) + u" %"_s
                                                 : esc(m.value(u"status"_s)),
                esc(m.value(u"seminar"_s)));
        }
        return html + u"</table>"_s;
    }

    static QString indicatorsSection(const ReviewReportView &view)
    {
        QString html =
            u"<h2>%1</h2><table cellpadding=3><tr><th align=left>%2</th><th></th><th>%3</th><th>%4</th></tr>"_s
                .arg(tr("Indicators").toHtmlEscaped(), tr("Sign").toHtmlEscaped(),
                     tr("Found").toHtmlEscaped(), tr("Wrongly named").toHtmlEscaped());
        for (const QVariant &v : view.indicators()) {
            const QVariantMap m = v.toMap();
            html += u"<tr><td>%1</td><td>%2</td><td>%3 % (%4/%5)%6</td><td>%7 %</td></tr>"_s.arg(
                esc(m.value(u"name"_s)), bar(m.value(u"detection"_s).toDouble() / 100, "#D55E00"),
                esc(m.value(u"detection"_s)), esc(m.value(u"found"_s)), esc(m.value(u"exposures"_s)),
                m.value(u"enough"_s).toBool() ? QString() : u" *"_s, esc(m.value(u"falseFlagRate"_s)));
        }
        return html +
               u"</table><p>* %1</p>"_s.arg(tr("fewer than 10 exposures: too few to tell").toHtmlEscaped());
    }

    static QString decisionsSection(const QVariantList &decisions)
    {
        QString html =
            u"<h2>%1</h2><table cellpadding=3><tr><th align=left>%2</th><th>n</th><th>F %</th><th>DI</th>"
            u"<th>DE</th><th></th></tr>"_s.arg(tr("Decisions").toHtmlEscaped(),
                                               tr("Decision").toHtmlEscaped());
        for (const QVariant &v : decisions) {
            const QVariantMap m = v.toMap();
            const int critical = m.value(u"critical"_s).toInt();
            const QString notes =
                QStringList{m.value(u"dubious"_s).toBool() ? tr("dubious").toHtmlEscaped() : QString(),
                            critical > 0 ? tr("%n critical error(s) ⚠", "", critical).toHtmlEscaped()
                                         : QString()}
                    .join(u" "_s);
            html +=
                u"<tr><td>%1<br><small>%2</small></td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>"_s
                    .arg(esc(m.value(u"label"_s)), esc(m.value(u"answers"_s)), esc(m.value(u"attempts"_s)),
                         esc(m.value(u"facility"_s)),
                         m.value(u"discrimination"_s).isNull() ? u"—"_s : esc(m.value(u"discrimination"_s)),
                         m.value(u"efficiency"_s).isNull() ? u"—"_s : esc(m.value(u"efficiency"_s)), notes);
        }
        return html + u"</table>"_s;
    }

    // The share of recommended questions by attempt number and by feedback (review-statistics.md, section 5).
    static QString questionsSection(const QVariantMap &questions)
    {
        QString html =
            u"<h2>%1</h2><p>%2</p><table cellpadding=3><tr><th align=left>%3</th><th>%4</th><th>%5</th></tr>"_s
                .arg(tr("Questions in conversations").toHtmlEscaped(),
                     tr("Recommended questions: %1 % of %2 asked")
                         .arg(questions.value(u"share"_s).toInt())
                         .arg(questions.value(u"asked"_s).toInt())
                         .toHtmlEscaped(),
                     tr("Attempt").toHtmlEscaped(), tr("Questions").toHtmlEscaped(),
                     tr("Recommended").toHtmlEscaped());
        const auto row = [](const QString &label, const QVariantMap &m) {
            return u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4 %</td></tr>"_s.arg(
                label.toHtmlEscaped(), esc(m.value(u"asked"_s)),
                bar(m.value(u"share"_s).toDouble() / 100, "#009E73"), esc(m.value(u"share"_s)));
        };
        for (const QVariant &v : questions.value(u"byAttempt"_s).toList()) {
            const QVariantMap m = v.toMap();
            html += row(tr("Attempt %1 (participants: %2)")
                            .arg(m.value(u"number"_s).toInt())
                            .arg(m.value(u"attempts"_s).toInt()),
                        m);
        }
        for (const QVariant &v : questions.value(u"byFeedback"_s).toList()) {
            const QVariantMap m = v.toMap();
            html += row(tr("%1 (attempts: %2)")
                            .arg(m.value(u"name"_s).toString())
                            .arg(m.value(u"attempts"_s).toInt()),
                        m);
        }
        return html + u"</table>"_s;
    }

    // Prevention seminars' knowledge checks: right answers before and after, and the normalised gain
    // (review-statistics.md, section 3a).
    static QString knowledgeSection(const QVariantList &checks)
    {
        const auto percent = [](const QVariant &share) {
            return share.isNull() ? u"—"_s : esc(share) + u" %"_s;
        };
        QString html =
            u"<h2>%1</h2><table cellpadding=3><tr><th align=left>%2</th><th>%3</th><th>%4</th><th>%5</th>"
            u"<th align=left>%6</th></tr>"_s.arg(
                tr("Knowledge checks").toHtmlEscaped(), tr("Seminar").toHtmlEscaped(),
                tr("Answered both").toHtmlEscaped(), tr("Right before").toHtmlEscaped(),
                tr("Right after").toHtmlEscaped(), tr("Normalised gain").toHtmlEscaped());
        for (const QVariant &v : checks) {
            const QVariantMap m = v.toMap();
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
                esc(m.value(u"title"_s)), esc(m.value(u"both"_s)), percent(m.value(u"before"_s)),
                percent(m.value(u"after"_s)), esc(m.value(u"gainText"_s)));
        }
        return html + u"</table>"_s;
    }

    static QString improvementSection(const QVariantMap &gain)
    {
        const QString text =
            gain.value(u"pairs"_s).toInt() == 0
                ? tr("Nobody has completed the same scenario twice within these filters yet: improvement "
                     "needs a "
                     "first and a later attempt by the same person.")
                : tr("Participants with two or more completed attempts of a scenario: %1. First attempt %2 % "
                     "→ "
                     "latest %3 %. Class gain: %4. Mean of individual gains: %5.")
                      .arg(gain.value(u"pairs"_s).toInt())
                      .arg(gain.value(u"meanPre"_s).toInt())
                      .arg(gain.value(u"meanPost"_s).toInt())
                      .arg(gain.value(u"classText"_s).toString(), gain.value(u"meanText"_s).toString());
        return u"<h2>%1</h2><p>%2</p>"_s.arg(tr("Improvement").toHtmlEscaped(), text.toHtmlEscaped());
    }
};

} // namespace

std::optional<QList<ReportSection>> ReviewPdf::write(const ReviewReportView &view, const QString &file)
{
    const QString title = tr("Saskati — review of results");
    const QString head = u"<h1>%1</h1><p>%2<br>%3</p>"_s.arg(
        title.toHtmlEscaped(), view.filterSummary().toHtmlEscaped(),
        tr("Made %1").arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm"_s)).toHtmlEscaped());
    // The report in sections, each from its heading: pagination keeps a section on one page when it fits.
    QStringList sections{overviewSection(view)};
    const QVariantMap person = view.person();
    // A seminar's report: who took part. One person's: their attempts.
    if (!view.report().filter.seminar.isEmpty() && !view.report().people.isEmpty() && person.isEmpty())
        sections.append(peopleSection(view));
    if (!person.isEmpty())
        sections.append(historySection(person));
    sections.append(indicatorsSection(view));
    if (const QVariantList decisions = view.decisions(); !decisions.isEmpty())
        sections.append(decisionsSection(decisions));
    sections.append(improvementSection(view.gain()));
    if (const QVariantList checks = view.knowledgeChecks(); !checks.isEmpty())
        sections.append(knowledgeSection(checks));
    if (const QVariantMap questions = view.questions(); questions.value(u"asked"_s).toInt() > 0)
        sections.append(questionsSection(questions));
    // The report names people: the file is the user's alone before the first byte goes in (a truncating
    // write keeps a file's permissions).
    if (!createPrivateFile(file) || !makeFilePrivate(file))
        return std::nullopt;
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(title);
    writer.setCreator(u"Saskati"_s);
    QTextDocument document;
    QList<ReportSection> layout = paginate(document, head, sections, writer);
    document.print(&writer);
    if (!QFileInfo(file).isFile() || QFileInfo(file).size() == 0)
        return std::nullopt;
    return layout;
}

std::optional<QList<ReportSection>> writeReviewPdf(const ReviewReportView &view, const QString &file)
{
    return ReviewPdf::write(view, file);
}

} // namespace saskati
