#include "targetlistmodel.h"

#include <QCoreApplication>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace saskati {

TargetListModel::TargetListModel(bool staysOption, QObject *parent)
    : QAbstractListModel(parent)
    , m_staysOption(staysOption)
{
    // installTranslator() tells the application object, not every QObject.
    if (m_staysOption && QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool TargetListModel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() && rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(0), {NameRole, Qt::DisplayRole});
    return QAbstractListModel::eventFilter(watched, event);
}

void TargetListModel::setTargets(const QStringList &ids)
{
    if (ids == m_ids)
        return;
    beginResetModel();
    m_ids = ids;
    endResetModel();
}

int TargetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size()) + (m_staysOption ? 1 : 0);
}

QVariant TargetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool stays = m_staysOption && index.row() == 0;
    const QString id = idAt(index.row());
    switch (role) {
    case IdRole:
        return id;
    case NameRole:
    case Qt::DisplayRole:
        return stays ? tr("(stays in the conversation)") : id;
    default:
        return {};
    }
}

QHash<int, QByteArray> TargetListModel::roleNames() const
{
    return {{IdRole, "id"}, {NameRole, "name"}, {Qt::DisplayRole, "display"}};
}

int TargetListModel::indexOf(const QString &id) const
{
    if (m_staysOption && id.isEmpty())
        return 0;
    const qsizetype at = m_ids.indexOf(id);
    return at < 0 ? -1 : int(at) + (m_staysOption ? 1 : 0);
}

QString TargetListModel::idAt(int row) const
{
    const int at = row - (m_staysOption ? 1 : 0);
    return at >= 0 && at < m_ids.size() ? m_ids.at(at) : QString();
}

} // namespace saskati
