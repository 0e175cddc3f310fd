#include "reviewrows.h"

#include "resultsdatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saskati {

bool ReviewRows::writeIndex(const QString &attempt, const AttemptIndex *index)
{
    const QString what = u"update the review"_s;
    // A seminar may step back from an ending and finish again: the index follows the latest result.
    if (!m_db.write(u"DELETE FROM attempt_items WHERE attempt_uuid = ?"_s, {attempt}, what) ||
        !m_db.write(u"DELETE FROM attempt_indicators WHERE attempt_uuid = ?"_s, {attempt}, what))
        return false;
    if (!index)
        return true;
    for (const ItemMark &item : index->items)
        if (!m_db.write(
                u"INSERT INTO attempt_items (attempt_uuid, item, mark, max, answer) VALUES (?, ?, ?, ?, ?)"_s,
                {attempt, item.item, item.mark, item.max, item.answer}, what))
            return false;
    for (const IndicatorCount &c : index->indicators)
        if (!m_db.write(
                u"INSERT INTO attempt_indicators (attempt_uuid, indicator, present, found, false_named) "
                u"VALUES (?, ?, ?, ?, ?)"_s,
                {attempt, c.indicator, c.present, c.found, c.falseNamed}, what))
            return false;
    return true;
}

bool ReviewRows::saveIndex(const QString &attempt, const AttemptIndex &index)
{
    ResultsDatabase::Transaction transaction(m_db);
    if (!transaction.isOpen())
        return false;
    return writeIndex(attempt, &index) && transaction.commit();
}

QList<ItemMark> ReviewRows::attemptItems(const QString &attempt)
{
    QList<ItemMark> items;
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT item, mark, max, answer FROM attempt_items WHERE attempt_uuid = ? ORDER BY item"_s);
    q.addBindValue(attempt);
    if (!q.exec()) {
        m_db.fail(u"read an attempt's decisions"_s, q.lastError());
        return items;
    }
    while (q.next())
        items.append(
            {q.value(0).toString(), q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toString()});
    return items;
}

QStringList ReviewRows::attemptsWithoutIndex()
{
    QStringList list;
    QSqlQuery q(m_db.database());
    q.exec(u"SELECT uuid FROM attempts a WHERE status = 'completed' AND NOT EXISTS "
           u"(SELECT 1 FROM attempt_items i WHERE i.attempt_uuid = a.uuid) ORDER BY started"_s);
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

} // namespace saskati
