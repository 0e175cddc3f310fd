#include "keyedlistmodel.h"

#include <QSet>

namespace saskati {

KeyedListModel::KeyedListModel(QString keyField, QObject *parent)
    : QAbstractListModel(parent)
    , m_keyField(std::move(keyField))
{}

QString KeyedListModel::keyOf(const QVariant &entry) const
{
    return entry.toMap().value(m_keyField).toString();
}

QStringList KeyedListModel::keysOf(const QVariantList &entries) const
{
    QStringList keys;
    keys.reserve(entries.size());
    for (const QVariant &entry : entries)
        keys.append(keyOf(entry));
    return keys;
}

void KeyedListModel::setEntries(const QVariantList &entries)
{
    const qsizetype countBefore = m_entries.size();
    const QStringList oldKeys = keysOf(m_entries), newKeys = keysOf(entries);
    const QSet<QString> oldSet(oldKeys.cbegin(), oldKeys.cend()), newSet(newKeys.cbegin(), newKeys.cend());
    // The rows both lists have must keep their order; then rows go and come without disturbing the others.
    QStringList oldKept, newKept;
    for (const QString &key : oldKeys)
        if (newSet.contains(key))
            oldKept.append(key);
    for (const QString &key : newKeys)
        if (oldSet.contains(key))
            newKept.append(key);
    const bool uniqueKeys = oldSet.size() == oldKeys.size() && newSet.size() == newKeys.size();
    if (!uniqueKeys || oldKept != newKept) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
    } else {
        removeRowsNotIn(newSet);
        insertRowsNotIn(oldSet, entries);
        updateChangedRows(entries);
    }
    if (m_entries.size() != countBefore)
        Q_EMIT countChanged();
}

void KeyedListModel::removeRowsNotIn(const QSet<QString> &keys)
{
    // From the end, a run of leaving rows at a time: the rows above keep their numbers.
    for (qsizetype last = m_entries.size() - 1; last >= 0; --last) {
        if (keys.contains(keyOf(m_entries.at(last))))
            continue;
        qsizetype first = last;
        while (first > 0 && !keys.contains(keyOf(m_entries.at(first - 1))))
            --first;
        beginRemoveRows({}, int(first), int(last));
        m_entries.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }
}

void KeyedListModel::insertRowsNotIn(const QSet<QString> &keys, const QVariantList &entries)
{
    // From the top, a run of new rows at a time: every row above is already where the new list has it.
    for (qsizetype first = 0; first < entries.size(); ++first) {
        if (keys.contains(keyOf(entries.at(first))))
            continue;
        qsizetype last = first;
        while (last + 1 < entries.size() && !keys.contains(keyOf(entries.at(last + 1))))
            ++last;
        beginInsertRows({}, int(first), int(last));
        for (qsizetype row = first; row <= last; ++row)
            m_entries.insert(row, entries.at(row));
        endInsertRows();
        first = last;
    }
}

void KeyedListModel::updateChangedRows(const QVariantList &entries)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i) == m_entries.at(i))
            continue;
        m_entries[i] = entries.at(i);
        const QModelIndex changed = index(int(i));
        Q_EMIT dataChanged(changed, changed, {EntryRole});
    }
}

QVariantMap KeyedListModel::get(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).toMap() : QVariantMap();
}

int KeyedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant KeyedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case EntryRole:
        return m_entries.at(index.row());
    case KeyRole:
        return keyOf(m_entries.at(index.row()));
    default:
        return {};
    }
}

QHash<int, QByteArray> KeyedListModel::roleNames() const
{
    return {{EntryRole, "entry"}, {KeyRole, "key"}};
}

} // namespace saskati
