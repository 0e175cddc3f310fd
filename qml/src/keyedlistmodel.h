#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantList>

namespace saskati {

/// A list of entries (QVariantMaps) for a view, each known by a key field. Setting new entries with the same
/// keys in the same order changes only the rows that differ (dataChanged), so the view keeps its delegates,
/// its focus and its scroll position — flagging a sentence does not rebuild the dialogue. Other changes reset
/// it.
class KeyedListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Lists are given by PlaySession")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { EntryRole = Qt::UserRole + 1, KeyRole };
    Q_ENUM(Role)

    explicit KeyedListModel(QString keyField, QObject *parent = nullptr);

    void setEntries(const QVariantList &entries);
    const QVariantList &entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QString keyOf(const QVariant &entry) const;

    QString m_keyField;
    QVariantList m_entries;
};

} // namespace saskati
