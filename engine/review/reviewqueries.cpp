#include "reviewqueries.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saskati {

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

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
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
                                                      {u"p.role"_s, filter.role}};
    for (const auto &[column, value] : equalities)
        if (!value.isEmpty()) {
            conditions.append(column + u" = ?"_s);
            values->append(value);
        }
    return u"WHERE "_s + conditions.join(u" AND "_s);
}

Overview ReviewQueries::overview(const ReviewFilter &filter)
{
    Overview o;
    o.histogram = QList<int>(10, 0);
    QVariantList values;
    const QString condition = where(filter, &values);
    QSqlQuery q(m_store.database());
    if (!run(q,
             u"SELECT substr(a.started, 1, 7) AS month, COUNT(DISTINCT a.seminar_uuid), "
             u"COUNT(DISTINCT a.participant_uuid), COUNT(*), AVG(a.percent) "_s +
                 u"FROM attempts a"_s + joinsFor(filter) + condition + u" GROUP BY month ORDER BY month"_s,
             values, &m_error))
        return o;
    while (q.next())
        o.months.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(),
                         q.value(4).toDouble()});
    if (!run(q,
             u"SELECT MIN(a.percent / 10, 9) AS bucket, COUNT(*) "_s + u"FROM attempts a"_s +
                 joinsFor(filter) + condition + u" GROUP BY bucket"_s,
             values, &m_error))
        return o;
    while (q.next())
        o.histogram[std::clamp(q.value(0).toInt(), 0, 9)] = q.value(1).toInt();
    if (!run(q,
             u"SELECT COUNT(*), COUNT(DISTINCT a.participant_uuid), COUNT(DISTINCT a.seminar_uuid) "_s +
                 u"FROM attempts a"_s + joinsFor(filter) + condition,
             values, &m_error) ||
        !q.next())
        return o;
    o.attempts = q.value(0).toInt();
    o.participants = q.value(1).toInt();
    o.seminars = q.value(2).toInt();
    return o;
}

QList<IndicatorRow> ReviewQueries::indicators(const ReviewFilter &filter)
{
    QList<IndicatorRow> rows;
    QVariantList values;
    QSqlQuery q(m_store.database());
    if (!run(
            q,
            u"SELECT i.indicator, SUM(i.present), SUM(i.found), SUM(i.false_named), COUNT(*) "
            u"FROM attempt_indicators i JOIN attempts a ON a.uuid = i.attempt_uuid "
            u"JOIN participants p ON p.uuid = a.participant_uuid LEFT JOIN seminars s ON s.uuid = a.seminar_uuid "_s +
                where(filter, &values) + u" GROUP BY i.indicator"_s,
            values, &m_error))
        return rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(),
                     q.value(4).toInt()});
    // Worst detection first; among equals, the more exposures (the surer finding) first.
    std::sort(rows.begin(), rows.end(), [](const IndicatorRow &a, const IndicatorRow &b) {
        const bool aSeen = a.exposures > 0, bSeen = b.exposures > 0;
        if (aSeen != bSeen)
            return aSeen;
        if (a.detectionRate() != b.detectionRate())
            return a.detectionRate() < b.detectionRate();
        return a.exposures > b.exposures;
    });
    return rows;
}

QList<ItemRow> ReviewQueries::items(const ReviewFilter &filter, AttemptChoice choice)
{
    QList<ItemRow> rows;
    if (filter.scenario.isEmpty()) {
        m_error = u"Item analysis is per scenario: choose one."_s;
        return rows;
    }
    const QString order = choice == AttemptChoice::First    ? u"a.started, a.uuid"_s
                          : choice == AttemptChoice::Latest ? u"a.started DESC, a.uuid"_s
                                                            : u"a.total DESC, a.started, a.uuid"_s;
    QVariantList values;
    const QString chosen =
        u"WITH chosen AS (SELECT uuid, total FROM (SELECT a.uuid, a.total, ROW_NUMBER() OVER "
        u"(PARTITION BY a.participant_uuid ORDER BY "_s +
        order + u") AS rn FROM attempts a"_s + joinsFor(filter) + where(filter, &values) +
        u") WHERE rn = 1), "
        u"x AS (SELECT i.item, i.mark, i.max, i.answer, c.total - i.mark AS rest "
        u"FROM attempt_items i JOIN chosen c ON c.uuid = i.attempt_uuid) "_s;
    QSqlQuery q(m_store.database());
    // Σ over marks and rests, and Σ of marks times rests paired by rank (both sorted ascending) for Cov_max.
    if (!run(q,
             chosen + u", byMark AS (SELECT item, mark, ROW_NUMBER() OVER (PARTITION BY item ORDER BY mark) "
                      u"AS k FROM x), "
                      u"byRest AS (SELECT item, rest, ROW_NUMBER() OVER (PARTITION BY item ORDER BY rest) AS "
                      u"k FROM x), "
                      u"sorted AS (SELECT m.item, SUM(m.mark * r.rest) AS xr FROM byMark m JOIN byRest r "
                      u"ON r.item = m.item AND r.k = m.k GROUP BY m.item) "
                      u"SELECT x.item, COUNT(*), MAX(x.max), SUM(x.mark), SUM(x.mark * x.mark), SUM(x.rest), "
                      u"SUM(x.rest * x.rest), SUM(x.mark * x.rest), sorted.xr FROM x JOIN sorted ON "
                      u"sorted.item = x.item "
                      u"GROUP BY x.item ORDER BY x.item"_s,
             values, &m_error))
        return rows;
    QHash<QString, qsizetype> rowOf;
    while (q.next()) {
        ItemSums sums{q.value(1).toLongLong(), q.value(2).toDouble(), q.value(3).toDouble(),
                      q.value(4).toDouble(),   q.value(5).toDouble(), q.value(6).toDouble(),
                      q.value(7).toDouble(),   q.value(8).toDouble()};
        rowOf.insert(q.value(0).toString(), rows.size());
        rows.append({q.value(0).toString(), analyseItem(sums), {}});
    }
    if (!run(q, chosen + u"SELECT item, answer, COUNT(*) FROM x GROUP BY item, answer"_s, values, &m_error))
        return rows;
    while (q.next())
        if (const auto it = rowOf.constFind(q.value(0).toString()); it != rowOf.constEnd())
            rows[*it].answers.insert(q.value(1).toString(), q.value(2).toInt());
    return rows;
}

GainStatistics ReviewQueries::improvement(const ReviewFilter &filter)
{
    QVariantList values;
    QSqlQuery q(m_store.database());
    QList<std::pair<double, double>> pairs;
    if (!run(q,
             u"SELECT first_percent, last_percent FROM (SELECT FIRST_VALUE(a.percent) OVER w AS "
             u"first_percent, "
             u"LAST_VALUE(a.percent) OVER w AS last_percent, ROW_NUMBER() OVER w AS k "_s +
                 u"FROM attempts a"_s + joinsFor(filter) + where(filter, &values) +
                 u" WINDOW w AS (PARTITION BY a.participant_uuid, a.scenario_id ORDER BY a.started, a.uuid "
                 u"ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) WHERE k = 2"_s,
             values, &m_error))
        return {};
    // k = 2 exists only for participants with two or more completed attempts of the scenario: one row each.
    while (q.next())
        pairs.append({q.value(0).toDouble(), q.value(1).toDouble()});
    return hakeGain(pairs);
}

QList<ParticipantRow> ReviewQueries::participants(const ReviewFilter &filter)
{
    QList<ParticipantRow> rows;
    QVariantList values;
    QSqlQuery q(m_store.database());
    if (!run(q,
             u"SELECT p.uuid, p.display_name, p.code, p.role, COUNT(*), AVG(a.percent), MAX(a.percent) "
             u"FROM attempts a"_s +
                 joinsFor(filter, true) + where(filter, &values) +
                 u" GROUP BY p.uuid ORDER BY p.display_name COLLATE NOCASE, p.code"_s,
             values, &m_error))
        return rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toInt(), q.value(5).toDouble(), q.value(6).toInt()});
    return rows;
}

QStringList ReviewQueries::lecturers()
{
    QStringList list;
    QSqlQuery q(m_store.database());
    if (!run(q, u"SELECT DISTINCT lecturer FROM seminars WHERE lecturer != '' ORDER BY lecturer"_s, {},
             &m_error))
        return list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

} // namespace saskati
