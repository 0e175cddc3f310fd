#include "reviewrows.h"

#include "resultsdatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saskati {

Result<void> ReviewRows::writeIndex(const QString &attempt, const AttemptIndex *index)
{
    const QString what = u"update the review"_s;
    // A seminar may step back from an ending and finish again: the index follows the latest result.
    for (const QString &table : {u"attempt_items"_s, u"attempt_indicators"_s})
        if (Result<void> r =
                m_db.write(u"DELETE FROM %1 WHERE attempt_uuid = ?"_s.arg(table), {attempt}, what);
            !r)
            return r;
    if (Result<void> r = m_db.write(u"UPDATE attempts SET feedback = ? WHERE uuid = ?"_s,
                                    {index ? index->feedback : QString(), attempt}, what);
        !r)
        return r;
    if (!index)
        return {};
    for (const ItemMark &item : index->items)
        if (Result<void> r = m_db.write(
                u"INSERT INTO attempt_items (attempt_uuid, item, mark, max, answer) VALUES (?, ?, ?, ?, ?)"_s,
                {attempt, item.item, item.mark, item.max, item.answer}, what);
            !r)
            return r;
    for (const IndicatorCount &c : index->indicators)
        if (Result<void> r = m_db.write(
                u"INSERT INTO attempt_indicators (attempt_uuid, indicator, present, found, false_named) "
                u"VALUES (?, ?, ?, ?, ?)"_s,
                {attempt, c.indicator, c.present, c.found, c.falseNamed}, what);
            !r)
            return r;
    return {};
}

Result<void> ReviewRows::saveIndex(const QString &attempt, const AttemptIndex &index)
{
    ResultsDatabase::Transaction transaction(m_db);
    if (!transaction.isOpen())
        return transaction.began();
    if (Result<void> written = writeIndex(attempt, &index); !written)
        return written;
    return transaction.commit();
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
