#pragma once

#include "knowledgegain.h"
#include "resultsstore.h"
#include "reviewqueries.h"

#include <QDate>
#include <QList>
#include <QString>

namespace saskati {

/// One seminar's knowledge check in the review: what the class learnt (docs/review-statistics.md, 3a).
struct SeminarKnowledgeRow {
    QString seminar; // uuid
    QString title;
    QDate date;
    QString lecturer;
    QString audience;
    KnowledgeGain gain;
};

/// The seminars within the filter (their date, lecturer, seminar) that held a knowledge check, newest first.
/// The scenario, role and participant filters do not apply: a check belongs to a seminar, not to a scenario.
QList<SeminarKnowledgeRow> knowledgeCheckRows(ResultsStore &store, const ReviewFilter &filter);

} // namespace saskati
