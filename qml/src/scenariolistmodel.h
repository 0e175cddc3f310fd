#pragma once

#include "scenario.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace saskati {

class AppContext;

/// The scenario library: one row per scenario (shipped, and the team's own that load), in the interface
/// language.
class ScenarioListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The library comes from AppContext.scenarios")

public:
    enum Role {
        ScenarioIdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        FormRole,
        FormNameRole,
        AudienceRole,
        MinutesRole,
        LanguagesRole,
        BestPercentRole,
        ContentWarningRole,
        AudienceIdsRole,
        EditedRole,     // written or changed by the team (AuthorFolder), not shipped
        InLanguageRole, // the scenario has the interface language (else its texts show in another)
    };
    Q_ENUM(Role)

    explicit ScenarioListModel(AppContext *context);

    void setScenarios(QList<std::shared_ptr<const Scenario>> scenarios);
    /// Language or participant changed: every row's text or best score may differ.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    AppContext *m_context;
    QList<std::shared_ptr<const Scenario>> m_scenarios;
    QHash<QString, int> m_best; // scenario id -> best percent of the signed-in participant
};

} // namespace saskati
