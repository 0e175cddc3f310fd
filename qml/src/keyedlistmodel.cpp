#include "keyedlistmodel.h"

namespace saskati {

KeyedListModel::KeyedListModel(QString keyField, QObject *parent)
    : QAbstractListModel(parent)
    , m_keyField(std::move(keyField))
{}

QString KeyedListModel::keyOf(const QVariant &entry) const
{
    return entry.toMap().value(m_keyField).toString();
}

void KeyedListModel::setEntries(const QVariantList &entries)
{
    bool sameKeys = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameKeys && i < entries.size(); ++i)
        sameKeys = keyOf(entries.at(i)) == keyOf(m_entries.at(i));
    if (!sameKeys) {
        const bool countChanges = entries.size() != m_entries.size();
        beginResetModel();
        m_entries = entries;
        endResetModel();
        if (countChanges)
            Q_EMIT countChanged();
        return;
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i) == m_entries.at(i))
            continue;
        m_entries[i] = entries.at(i);
        const QModelIndex changed = index(int(i));
        Q_EMIT dataChanged(changed, changed, {EntryRole});
    }
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
