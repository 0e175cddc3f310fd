#include "scenariolistmodel.h"

#include "appcontext.h"

using namespace Qt::StringLiterals;

namespace saskati {

ScenarioListModel::ScenarioListModel(AppContext *context)
    : QAbstractListModel(context)
    , m_context(context)
{}

void ScenarioListModel::setScenarios(QList<std::shared_ptr<const Scenario>> scenarios)
{
    beginResetModel();
    m_scenarios = std::move(scenarios);
    endResetModel();
    refresh();
}

void ScenarioListModel::refresh()
{
    m_best.clear();
    if (ResultsStore *store = m_context->store(); store && !m_context->participantId().isEmpty()) {
        for (const AttemptRecord &a : store->attempts(m_context->participantId()))
            if (a.status == AttemptRecord::Status::Completed)
                m_best[a.scenarioId] =
                    std::max(m_best.value(a.scenarioId, 0), a.score.value(u"percent"_s).toInt());
    }
    if (!m_scenarios.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_scenarios.size()) - 1));
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scenarios.size());
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scenario &s = *m_scenarios.at(index.row());
    const Catalog *catalog = s.catalog.get();
    switch (Role(role)) {
    case ScenarioIdRole:
        return s.id;
    case TitleRole:
        return m_context->localized(s.title);
    case SummaryRole:
        return m_context->localized(s.summary);
    case FormRole:
        return s.form;
    case FormNameRole:
        return catalog && catalog->forms.contains(s.form)
                   ? m_context->localized(catalog->forms.value(s.form).name)
                   : QString();
    case AudienceRole: {
        QStringList names;
        for (const QString &role : s.audience)
            names.append(catalog && catalog->roles.contains(role)
                             ? m_context->localized(catalog->roles.value(role).name)
                             : role);
        return names.join(u", "_s);
    }
    case MinutesRole:
        return s.estimatedMinutes;
    case LanguagesRole:
        return s.languages.join(u", "_s).toUpper();
    case BestPercentRole:
        return m_best.contains(s.id) ? QVariant(m_best.value(s.id)) : QVariant();
    case ContentWarningRole:
        return m_context->localized(s.contentWarning);
    case AudienceIdsRole:
        return s.audience;
    case EditedRole:
        return m_context->isAuthored(s);
    case InLanguageRole:
        return s.languages.contains(m_context->language());
    }
    return {};
}

QHash<int, QByteArray> ScenarioListModel::roleNames() const
{
    return {{ScenarioIdRole, "scenarioId"},   {TitleRole, "title"},
            {SummaryRole, "summary"},         {FormRole, "form"},
            {FormNameRole, "formName"},       {AudienceRole, "audience"},
            {MinutesRole, "minutes"},         {LanguagesRole, "languages"},
            {BestPercentRole, "bestPercent"}, {ContentWarningRole, "contentWarning"},
            {AudienceIdsRole, "audienceIds"}, {EditedRole, "edited"},
            {InLanguageRole, "inLanguage"}};
}

} // namespace saskati
