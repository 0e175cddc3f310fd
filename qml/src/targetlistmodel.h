#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QStringList>

namespace saskati {

/// Where a choice can lead, for the editor's drop-down lists: the scenes' and endings' ids, and first, for a
/// conversation's move, "stays in the conversation" (id ""). One model shared by every list: a scenario of
/// 10,000 scenes is not copied into each (as a JavaScript array, ~20 ms per choice shown).
class TargetListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The scenario editor's targetModel and moveTargetModel")

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole };

    /// `staysOption`: the first row is "stays in the conversation" (id "").
    explicit TargetListModel(bool staysOption, QObject *parent = nullptr);

    /// The scenes' and endings' ids, in the file's order.
    void setTargets(const QStringList &ids);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of `id`, or -1.
    Q_INVOKABLE int indexOf(const QString &id) const;
    /// The id at `row` ("" for "stays in the conversation", and when there is no such row).
    Q_INVOKABLE QString idAt(int row) const;

protected:
    /// A new interface language renames the "stays" row (the lists show it without being rebuilt).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_staysOption;
    QStringList m_ids; // without the "stays" row
};

} // namespace saskati
