#pragma once

#include "reviewreport.h"

#include <QCoreApplication>
#include <QVariantList>
#include <QVariantMap>
#include <functional>
#include <memory>

namespace saskati {

struct Catalog;

/// What names the report's ids in one language: indicators and roles from the catalogue, scenes, questions
/// and choices from the scenarios.
struct ReportNaming {
    QString language = QStringLiteral("lv");
    std::shared_ptr<const Catalog> catalog;
    std::function<std::shared_ptr<const Scenario>(const QString &id)> scenario;

    /// The catalogue's name of an audience role, an indicator, a question type; a scenario's title. The id
    /// when unknown.
    QString roleName(const QString &role) const;
    QString indicatorName(const QString &indicator) const;
    QString questionTypeName(const QString &type) const;
    QString scenarioTitle(const QString &id) const;
};

/// A ReviewReport in one language, as rows of named fields: the review screen shows them, and the CSV files
/// and the PDF report (reviewcsv.h, reviewpdf.h) are written from them, so that the three agree. Interface
/// words are translated (Qt Linguist, context ReviewReportView); ids are named by `naming`.
class ReviewReportView {
    Q_DECLARE_TR_FUNCTIONS(ReviewReportView)

public:
    ReviewReportView(ReviewReport report, ReportNaming naming);

    const ReviewReport &report() const { return m_report; }

    /// [{id, title}] of every seminar, newest first.
    QVariantList seminars() const;
    /// [{uuid, name, code, role, attempts, meanPercent, bestPercent}] of everyone within the filter.
    QVariantList people() const;
    /// {uuid, name, code, pseudonymous, attempts: [{uuid, date, scenario, seminar, status, completed,
    /// finished, percent}]}, or empty without a participant chosen.
    QVariantMap person() const;
    /// {attempts, participants, seminars, summary, months: [...], histogram: [{label, count, share}]}
    QVariantMap overview() const;
    /// [{id, name, exposures, found, detection, falseNamed, falseFlagRate, enough}]
    QVariantList indicators() const;
    /// [{item, label, attempts, facility, discrimination, efficiency, dubious, critical, answers}]
    QVariantList decisions() const;
    /// {pairs, meanPre, meanPost, classGain, classLevel, classText, meanGain, meanLevel, meanText}
    QVariantMap gain() const;
    /// The prevention seminars' knowledge checks: {title (date · seminar), both, before, after (percent),
    /// gainText}, newest first.
    QVariantList knowledgeChecks() const;
    /// {asked, recommended, share, byAttempt: [{number, attempts, asked, recommended, share}],
    /// byFeedback: [{feedback, name, attempts, asked, recommended, share}],
    /// types: [{type, name, asked, share, recommended}]}: the share of recommended questions in
    /// conversations.
    QVariantMap questions() const;
    /// "each-move", "at-end", "mixed", "" in words.
    static QString feedbackName(const QString &feedback);

    /// The filters in words, for a report's head.
    QString filterSummary() const;
    /// "N completed attempts · N participants · N seminars"
    QString countsText() const;

private:
    QString itemLabel(const QString &item) const;
    QString answerLabel(const QString &item, const QString &answer) const;
    QString gainLevelName(const std::optional<double> &gain) const;
    QString gainText(const std::optional<double> &gain) const;
    QString statusName(const AttemptRecord &attempt) const;

    ReviewReport m_report;
    ReportNaming m_naming;
    std::shared_ptr<const Scenario> m_scenario; // the filter's scenario
};

} // namespace saskati
