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
    const std::optional<Participant> found =
        participant.isEmpty() ? std::nullopt : store.participant(participant);
    if (!found)
        return std::nullopt;
    PersonHistory history{*found, store.attempts(found->uuid)};
    std::reverse(history.attempts.begin(), history.attempts.end());
    return history;
}

ReviewReport readReviewReport(ReviewQueries &queries, const ReviewFilter &filter, AttemptChoice choice,
                              const Scenario *scenario)
{
    ReviewReport report;
    report.filter = filter;
    report.choice = choice;
    report.seminars = queries.store().seminars();
    std::stable_sort(report.seminars.begin(), report.seminars.end(),
                     [](const Seminar &a, const Seminar &b) { return a.date > b.date; });
    report.lecturers = queries.lecturers();
    report.overview = queries.overview(filter);
    report.people = queries.participants(filter);
    report.person = personHistory(queries.store(), filter.participant);
    report.indicators = queries.indicators(filter);
    if (!filter.scenario.isEmpty())
        report.decisions = decisionRows(queries.items(filter, choice), scenario);
    report.gain = queries.improvement(filter);
    return report;
}

} // namespace saskati
