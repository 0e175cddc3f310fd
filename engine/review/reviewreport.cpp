#include "reviewreport.h"

#include "scenario.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saskati {

QString ReviewReport::seminarTitle(const QString &uuid) const
{
    for (const Seminar &s : seminars)
        if (s.uuid == uuid)
            return (s.date.isValid() ? s.date.toString(Qt::ISODate) + u" · "_s : QString()) + s.title;
    return {};
}

QList<DecisionRow> decisionRows(const QList<ItemRow> &items, const Scenario *scenario)
{
    QList<DecisionRow> rows;
    rows.reserve(items.size());
    for (const ItemRow &item : items) {
        DecisionRow row{item.item, item.statistics, {}, 0};
        const bool isChoice = item.item.startsWith(u"choice:");
        for (auto it = item.answers.cbegin(); it != item.answers.cend(); ++it) {
            const Choice *choice = scenario && isChoice ? scenario->choice(it.key()) : nullptr;
            const bool critical = choice && choice->criticalError.has_value();
            row.answers.append(AnswerCount{it.key(), it.value(), critical});
            row.criticalCount += critical ? it.value() : 0;
        }
        rows.append(std::move(row));
    }
    return rows;
}

std::optional<PersonHistory> personHistory(ResultsStore &store, const QString &participant)
{
    if (participant.isEmpty())
        return std::nullopt;
    const Result<Participant> found = store.participant(participant);
    if (!found)
        return std::nullopt;
    PersonHistory history{*found, store.attempts(found->uuid)};
    std::reverse(history.attempts.begin(), history.attempts.end());
    return history;
}

namespace {

// Moves a view's value into `into`, or keeps why it could not be read.
template <class T> bool take(Result<T> view, T &into, Error &error)
{
    if (!view) {
        error = view.error();
        return false;
    }
    into = std::move(*view);
    return true;
}

} // namespace

Result<ReviewReport> readReviewReport(ReviewQueries &queries, const ReviewFilter &filter,
                                      AttemptChoice choice, const Scenario *scenario)
{
    ReviewReport report;
    report.filter = filter;
    report.choice = choice;
    report.seminars = queries.store().seminars();
    std::stable_sort(report.seminars.begin(), report.seminars.end(),
                     [](const Seminar &a, const Seminar &b) { return a.date > b.date; });
    report.person = personHistory(queries.store(), filter.participant);
    Error error;
    QList<ItemRow> items;
    if (!take(queries.lecturers(), report.lecturers, error) ||
        !take(queries.overview(filter), report.overview, error) ||
        !take(queries.participants(filter), report.people, error) ||
        !take(queries.indicators(filter), report.indicators, error) ||
        (!filter.scenario.isEmpty() && !take(queries.items(filter, choice), items, error)) ||
        !take(queries.improvement(filter), report.gain, error) ||
        !take(queries.questions(filter), report.questions, error))
        return error;
    report.decisions = decisionRows(items, scenario);
    report.knowledgeChecks = knowledgeCheckRows(queries.store(), filter);
    return report;
}

} // namespace saskati
