#include "reviewqueries.h"

#include "mirrorrows.h"
#include "reviewindex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <limits>

using namespace Qt::StringLiterals;

namespace saskati {

bool attemptChoiceFromId(const QString &id, AttemptChoice *choice)
{
    static const QHash<QString, AttemptChoice> choices{{QStringLiteral("first"), AttemptChoice::First},
                                                       {QStringLiteral("best"), AttemptChoice::Best},
                                                       {QStringLiteral("latest"), AttemptChoice::Latest}};
    const auto it = choices.constFind(id);
    if (it == choices.cend())
        return false;
    *choice = *it;
    return true;
}

namespace {

// Every query starts from the completed attempts that pass the filter; participants and seminars are joined
// only when the filter asks about them.
QString joinsFor(const ReviewFilter &filter, bool withParticipants = false)
{
    QString joins;
    if (!filter.role.isEmpty() || withParticipants)
        joins += u" JOIN participants p ON p.uuid = a.participant_uuid"_s;
    if (!filter.lecturer.isEmpty())
        joins += u" JOIN seminars s ON s.uuid = a.seminar_uuid"_s;
    return joins + u' ';
}

Result<void> run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return Error(q.lastError().text());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error(q.lastError().text());
    return {};
}

} // namespace

ReviewQueries::ReviewQueries(ResultsStore &store)
    : m_store(store)
{}

QString ReviewQueries::where(const ReviewFilter &filter, QVariantList *values) const
{
    QStringList conditions{u"a.status = 'completed'"_s};
    if (filter.from.isValid()) {
        conditions.append(u"a.started >= ?"_s);
        values->append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        conditions.append(u"a.started < ?"_s); // times are ISO text: the day after, exclusive
        values->append(filter.to.addDays(1).toString(Qt::ISODate));
    }
    const std::pair<QString, QString> equalities[] = {{u"a.scenario_id"_s, filter.scenario},
                                                      {u"s.lecturer"_s, filter.lecturer},
                                                      {u"a.seminar_uuid"_s, filter.seminar},
                                                      {u"p.role"_s, filter.role},
                                                      {u"a.participant_uuid"_s, filter.participant}};
    for (const auto &[column, value] : equalities)
        if (!value.isEmpty()) {
            conditions.append(column + u" = ?"_s);
            values->append(value);
        }
    if (!filter.municipality.isEmpty()) {
        // Only a server mirror knows where an attempt was recorded; in a laptop's file nothing matches.
        const bool mirror = m_store.database().tables().contains(mirrorrows::table());
        conditions.append(mirror ? u"a.uuid IN (%1)"_s.arg(mirrorrows::keysIn(u"attempts"_s)) : u"0"_s);
        if (mirror)
            values->append(filter.municipality);
    }
    return u"WHERE "_s + conditions.join(u" AND "_s);
}

QString ReviewQueries::changeStamp() const
{
    return ReviewSnapshot::changeStamp(m_store.database());
}

bool ReviewQueries::needsSnapshot() const
{
    const QString stamp = changeStamp();
    return !m_snapshot || stamp.isEmpty() || stamp != m_stamp;
}

void ReviewQueries::adopt(std::shared_ptr<const ReviewSnapshot> snapshot, const QString &stampBeforeReading)
{
    // Read after the stamp was taken, so at least as new as it: a commit since changes the stamp and the
    // next view reads again.
    m_snapshot = std::move(snapshot);
    m_stamp = m_snapshot ? stampBeforeReading : QString();
}

Result<std::shared_ptr<const ReviewSnapshot>> ReviewQueries::snapshot()
{
    const QSqlDatabase db = m_store.database();
    const QString stamp = ReviewSnapshot::changeStamp(db);
    if (!m_snapshot || stamp.isEmpty() || stamp != m_stamp) {
        Result<std::shared_ptr<const ReviewSnapshot>> read = ReviewSnapshot::load(db);
        m_snapshot = read ? *read : nullptr;
        // The stamp from before the load: a commit that lands while it reads makes the next view read again.
        m_stamp = m_snapshot ? stamp : QString();
        if (!read)
            return read.error();
    }
    return m_snapshot;
}

namespace {

/// A filter in the snapshot's ids: a pass over the attempts compares integers only.
struct Selection {
    int fromDay = 0, toDay = std::numeric_limits<int>::max();
    int scenario = -1, role = -1, lecturer = -1, seminar = -1, participant = -1, municipality = -1;
    bool empty = false; // a value the database has never seen: nothing matches

    Selection(const ReviewSnapshot &s, const ReviewFilter &filter)
    {
        if (filter.from.isValid())
            fromDay = int(filter.from.toJulianDay());
        if (filter.to.isValid())
            toDay = int(filter.to.toJulianDay());
        const auto id = [&](const QHash<QString, int> &index, const QString &value, int *out) {
            if (value.isEmpty())
                return;
            *out = ReviewSnapshot::idOf(index, value);
            empty = empty || *out < 0;
        };
        id(s.scenarioIndex, filter.scenario, &scenario);
        id(s.roleIndex, filter.role, &role);
        id(s.lecturerIndex, filter.lecturer, &lecturer);
        id(s.seminarIndex, filter.seminar, &seminar);
        id(s.participantIndex, filter.participant, &participant);
        id(s.municipalityIndex, filter.municipality, &municipality);
    }
    bool matches(const ReviewSnapshot::Attempt &a) const
    {
        return a.day >= fromDay && a.day <= toDay && (scenario < 0 || a.scenario == scenario) &&
               (role < 0 || a.role == role) && (lecturer < 0 || a.lecturer == lecturer) &&
               (seminar < 0 || a.seminar == seminar) && (participant < 0 || a.participant == participant) &&
               (municipality < 0 || a.municipality == municipality);
    }
    /// Calls `f` with each matching attempt, in the order they started.
    template <typename F> void forEach(const ReviewSnapshot &s, F &&f) const
    {
        if (empty)
            return;
        for (const ReviewSnapshot::Attempt &a : s.attempts)
            if (matches(a))
                f(a);
    }
};

} // namespace

Result<Overview> ReviewQueries::overview(const ReviewFilter &filter)
{
    Overview o;
    o.histogram = QList<int>(10, 0);
    const Result<std::shared_ptr<const ReviewSnapshot>> read = snapshot();
    if (!read)
        return read.error();
    const std::shared_ptr<const ReviewSnapshot> &s = *read;
    // Attempts come in start order, so a month's distinct people and seminars are counted by remembering
    // the last month each was seen in.
    QList<int> participantMonth(s->participants.size(), 0), seminarMonth(s->seminars.size(), 0);
    QList<bool> participantSeen(s->participants.size(), false), seminarSeen(s->seminars.size(), false);
    double percentSum = 0;
    int currentMonth = 0;
    Selection(*s, filter).forEach(*s, [&](const ReviewSnapshot::Attempt &a) {
        if (a.month != currentMonth) {
            currentMonth = a.month;
            if (!o.months.isEmpty())
                o.months.last().meanPercent = percentSum / o.months.last().attempts;
            o.months.append({QString::number(a.month), 0, 0, 0, 0});
            percentSum = 0;
        }
        OverviewMonth &m = o.months.last();
        ++m.attempts;
        percentSum += a.percent;
        if (participantMonth[a.participant] != a.month) {
            participantMonth[a.participant] = a.month;
            ++m.participants;
        }
        if (a.seminar >= 0 && seminarMonth[a.seminar] != a.month) {
            seminarMonth[a.seminar] = a.month;
            ++m.seminars;
        }
        ++o.histogram[std::clamp(a.percent / 10, 0, 9)];
        ++o.attempts;
        if (!participantSeen[a.participant]) {
            participantSeen[a.participant] = true;
            ++o.participants;
        }
        if (a.seminar >= 0 && !seminarSeen[a.seminar]) {
            seminarSeen[a.seminar] = true;
            ++o.seminars;
        }
    });
    if (!o.months.isEmpty())
        o.months.last().meanPercent = percentSum / o.months.last().attempts;
    for (OverviewMonth &m : o.months) // 202611 -> 2026-11
        m.month = m.month.left(4) + u'-' + m.month.mid(4);
    return o;
}

Result<QList<IndicatorRow>> ReviewQueries::indicators(const ReviewFilter &filter)
{
    QList<IndicatorRow> rows;
    const Result<std::shared_ptr<const ReviewSnapshot>> read = snapshot();
    if (!read)
        return read.error();
    const std::shared_ptr<const ReviewSnapshot> &s = *read;
    QList<IndicatorRow> sums(s->indicators.size());
    QList<bool> seen(s->indicators.size(), false);
    Selection(*s, filter).forEach(*s, [&](const ReviewSnapshot::Attempt &a) {
        for (quint32 i = a.firstIndicator; i < a.endIndicator; ++i) {
            const ReviewSnapshot::IndicatorCount &c = s->indicatorCounts.at(i);
            IndicatorRow &row = sums[c.indicator];
            row.exposures += c.present;
            row.found += c.found;
            row.falseNamed += c.falseNamed;
            ++row.attempts;
            seen[c.indicator] = true;
        }
    });
    for (qsizetype i = 0; i < sums.size(); ++i)
        if (seen.at(i)) {
            sums[i].indicator = s->indicators.at(i);
            rows.append(sums.at(i));
        }
    // Worst detection first; among equals, the more exposures (the surer finding) first, then by id.
    std::sort(rows.begin(), rows.end(), [](const IndicatorRow &a, const IndicatorRow &b) {
        const bool aSeen = a.exposures > 0, bSeen = b.exposures > 0;
        if (aSeen != bSeen)
            return aSeen;
        if (a.detectionRate() != b.detectionRate())
            return a.detectionRate() < b.detectionRate();
        if (a.exposures != b.exposures)
            return a.exposures > b.exposures;
        return a.indicator < b.indicator;
    });
    return rows;
}

Result<QList<ItemRow>> ReviewQueries::items(const ReviewFilter &filter, AttemptChoice choice)
{
    QList<ItemRow> rows;
    if (filter.scenario.isEmpty())
        return Error(u"Item analysis is per scenario: choose one."_s);
    const Result<std::shared_ptr<const ReviewSnapshot>> read = snapshot();
    if (!read)
        return read.error();
    const std::shared_ptr<const ReviewSnapshot> &s = *read;
    // Each participant's counted attempt: the first, the latest, or the best (the earliest of equal totals).
    QList<const ReviewSnapshot::Attempt *> chosen(s->participants.size(), nullptr);
    Selection(*s, filter).forEach(*s, [&](const ReviewSnapshot::Attempt &a) {
        const ReviewSnapshot::Attempt *&c = chosen[a.participant];
        if (!c || choice == AttemptChoice::Latest || (choice == AttemptChoice::Best && a.total > c->total))
            c = &a;
    });
    struct Collected {
        QList<double> marks, totals;
        double maxMark = 0;
        QMap<QString, int> answers;
    };
    QMap<QString, Collected> byItem; // ordered by item id, as the views list them
    QHash<int, Collected *> collectedOf;
    QList<bool> isDecision(s->items.size());
    for (qsizetype i = 0; i < s->items.size(); ++i)
        isDecision[i] = !s->items.at(i).startsWith(askedItemPrefix()); // question types: questions()
    for (const ReviewSnapshot::Attempt *a : std::as_const(chosen)) {
        if (!a)
            continue;
        for (quint32 i = a->firstItem; i < a->endItem; ++i) {
            const ReviewSnapshot::ItemMark &m = s->itemMarks.at(i);
            if (!isDecision.at(m.item))
                continue;
            Collected *&c = collectedOf[m.item];
            if (!c)
                c = &byItem[s->items.at(m.item)];
            c->marks.append(m.mark);
            c->totals.append(a->total);
            c->maxMark = std::max(c->maxMark, double(m.max));
            ++c->answers[s->answers.at(m.answer)];
        }
    }
    for (auto it = byItem.cbegin(); it != byItem.cend(); ++it)
        rows.append({it.key(), analyseItem(it->marks, it->totals, it->maxMark), it->answers});
    return rows;
}

Result<GainStatistics> ReviewQueries::improvement(const ReviewFilter &filter)
{
    const Result<std::shared_ptr<const ReviewSnapshot>> read = snapshot();
    if (!read)
        return read.error();
    const std::shared_ptr<const ReviewSnapshot> &s = *read;
    // First and latest percent of each participant's scenario, and how many completed attempts it had.
    struct Span {
        int first = 0, latest = 0, count = 0;
    };
    QHash<qint64, Span> spans;
    Selection(*s, filter).forEach(*s, [&](const ReviewSnapshot::Attempt &a) {
        Span &span = spans[qint64(a.participant) * 65536 + a.scenario];
        if (span.count++ == 0)
            span.first = a.percent;
        span.latest = a.percent;
    });
    QList<std::pair<double, double>> pairs;
    for (const Span &span : std::as_const(spans))
        if (span.count >= 2)
            pairs.append({double(span.first), double(span.latest)});
    return hakeGain(pairs);
}

int QuestionPractice::asked() const
{
    int sum = 0;
    for (const QuestionAttemptRow &row : byAttempt)
        sum += row.asked;
    return sum;
}

int QuestionPractice::recommended() const
{
    int sum = 0;
    for (const QuestionAttemptRow &row : byAttempt)
        sum += row.recommended;
    return sum;
}

Result<QuestionPractice> ReviewQueries::questions(const ReviewFilter &filter)
{
    QuestionPractice practice;
    const Result<std::shared_ptr<const ReviewSnapshot>> read = snapshot();
    if (!read)
        return read.error();
    const std::shared_ptr<const ReviewSnapshot> &s = *read;
    QList<bool> isAsked(s->items.size());
    for (qsizetype i = 0; i < s->items.size(); ++i)
        isAsked[i] = s->items.at(i).startsWith(askedItemPrefix());
    QHash<int, qsizetype> typeRow; // answer id (the question type) -> index in practice.types
    QList<int> heldBefore(s->participants.size(),
                          0); // each participant's attempts with a conversation so far
    using Feedback = ReviewSnapshot::Feedback;
    const QList<Feedback> feedbackOrder{Feedback::EachMove, Feedback::AtEnd, Feedback::Mixed,
                                        Feedback::Unrecorded};
    QList<QuestionFeedbackRow> byFeedback;
    for (const Feedback f : feedbackOrder)
        byFeedback.append({ReviewSnapshot::feedbackId(f), 0, 0, 0});
    Selection(*s, filter).forEach(*s, [&](const ReviewSnapshot::Attempt &a) {
        int asked = 0, recommended = 0;
        for (quint32 i = a.firstItem; i < a.endItem; ++i) {
            const ReviewSnapshot::ItemMark &m = s->itemMarks.at(i);
            if (!isAsked.at(m.item))
                continue;
            auto row = typeRow.constFind(m.answer);
            if (row == typeRow.constEnd()) {
                row = typeRow.insert(m.answer, practice.types.size());
                practice.types.append({s->answers.at(m.answer), 0, m.mark > 0});
            }
            ++practice.types[*row].asked;
            ++asked;
            recommended += m.mark > 0;
        }
        if (asked == 0)
            return;
        const int number = ++heldBefore[a.participant];
        while (practice.byAttempt.size() < number)
            practice.byAttempt.append({int(practice.byAttempt.size()) + 1, 0, 0, 0});
        QuestionAttemptRow &row = practice.byAttempt[number - 1];
        ++row.attempts;
        row.asked += asked;
        row.recommended += recommended;
        QuestionFeedbackRow &withFeedback = byFeedback[feedbackOrder.indexOf(a.feedback)];
        ++withFeedback.attempts;
        withFeedback.asked += asked;
        withFeedback.recommended += recommended;
    });
    for (const QuestionFeedbackRow &row : byFeedback)
        if (row.attempts > 0)
            practice.byFeedback.append(row);
    std::stable_sort(practice.types.begin(), practice.types.end(),
                     [](const QuestionTypeRow &a, const QuestionTypeRow &b) {
                         return a.asked != b.asked ? a.asked > b.asked : a.type < b.type;
                     });
    return practice;
}

Result<QList<ParticipantRow>> ReviewQueries::participants(const ReviewFilter &filter)
{
    QList<ParticipantRow> rows;
    QVariantList values;
    QSqlQuery q(m_store.database());
    if (Result<void> ran =
            run(q,
                u"SELECT p.uuid, p.display_name, p.code, p.role, COUNT(*), AVG(a.percent), MAX(a.percent) "
                u"FROM attempts a"_s +
                    joinsFor(filter, true) + where(filter, &values) +
                    u" GROUP BY p.uuid ORDER BY p.display_name COLLATE NOCASE, p.code"_s,
                values);
        !ran)
        return ran.error();
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toInt(), q.value(5).toDouble(), q.value(6).toInt()});
    return rows;
}

Result<QStringList> ReviewQueries::lecturers()
{
    QStringList list;
    QSqlQuery q(m_store.database());
    if (Result<void> ran =
            run(q, u"SELECT DISTINCT lecturer FROM seminars WHERE lecturer != '' ORDER BY lecturer"_s, {});
        !ran)
        return ran.error();
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

} // namespace saskati
