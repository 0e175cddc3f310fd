#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QSet>
#include <QVariantList>

namespace saskati {

/// A list of entries (QVariantMaps) for a view, each known by a key field. Setting new entries changes only
/// what differs: rows whose key is gone are removed, rows with a new key inserted where the new list has
/// them, rows whose data changed updated (dataChanged); so the view keeps its delegates, its focus and its
/// scroll position — flagging a sentence does not rebuild the dialogue, a phone joining does not rebuild the
/// roster. Only when the rows both lists have change their order (or a key is not unique) is the model reset.
class KeyedListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Lists are given by the controllers")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { EntryRole = Qt::UserRole + 1, KeyRole };
    Q_ENUM(Role)

    explicit KeyedListModel(QString keyField, QObject *parent = nullptr);

    void setEntries(const QVariantList &entries);
    const QVariantList &entries() const { return m_entries; }
    /// The entry in `row` (as ListModel.get() in QML), or an empty map.
    Q_INVOKABLE QVariantMap get(int row) const;
    int count() const { return int(m_entries.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QString keyOf(const QVariant &entry) const;
    QStringList keysOf(const QVariantList &entries) const;
    void removeRowsNotIn(const QSet<QString> &keys);
    void insertRowsNotIn(const QSet<QString> &keys, const QVariantList &entries);
    void updateChangedRows(const QVariantList &entries);

    QString m_keyField;
    QVariantList m_entries;
};

} // namespace saskati
