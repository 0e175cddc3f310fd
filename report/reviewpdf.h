#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace saskati {

class ReviewReportView;

/// Where one section of a PDF report landed (pages counted from 1).
struct ReportSection {
    QString title;
    int firstPage = 0;
    int lastPage = 0;
    bool fitsOnAPage = false; // the section is no taller than a page's usable height
};

/// Writes the review as an A4 PDF report in the view's language: the filters stated, then the overview, who
/// took part (a seminar's report) or one person's history, indicators, decisions and improvement. A section
/// that fits on a page is not split, and no heading is left at the foot of a page. The file is readable by
/// its owner only (it names people). Needs a QGuiApplication (fonts). Returns where each section landed, or
/// nullopt when the file cannot be written.
std::optional<QList<ReportSection>> writeReviewPdf(const ReviewReportView &view, const QString &file);

} // namespace saskati
