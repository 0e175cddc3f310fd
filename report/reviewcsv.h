#pragma once

#include <QString>

namespace saskati {

class ReviewReportView;

/// Writes every table of the review as CSV files (RFC 4180, UTF-8, CRLF) into `folder`, each readable by its
/// owner only: overview-months, overview-scores, indicators, decisions, participants (everyone within the
/// filter) and improvement. False when a file cannot be written.
bool writeReviewCsv(const ReviewReportView &view, const QString &folder);

} // namespace saskati
