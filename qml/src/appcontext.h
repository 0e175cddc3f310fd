#pragma once

#include "catalog.h"
#include "resultsstore.h"
#include "scenario.h"
#include "scenariolistmodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>
#include <memory>

namespace saskati {

/// What every screen shares: the catalogue and scenarios, the results store, the signed-in participant, the
/// interface language and display settings. One instance per application (QML singleton).
class AppContext : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(double fontScale READ fontScale WRITE setFontScale NOTIFY fontScaleChanged)
    Q_PROPERTY(bool autoPlayVoices READ autoPlayVoices WRITE setAutoPlayVoices NOTIFY autoPlayVoicesChanged)
    Q_PROPERTY(QString participantId READ participantId NOTIFY participantChanged)
    Q_PROPERTY(QString participantName READ participantName NOTIFY participantChanged)
    Q_PROPERTY(QVariantList participants READ participants NOTIFY participantsChanged)
    Q_PROPERTY(QVariantList roles READ roles NOTIFY languageChanged)
    Q_PROPERTY(QVariantList indicators READ indicators NOTIFY languageChanged)
    Q_PROPERTY(QVariantList institutions READ institutions NOTIFY directoryChanged)
    Q_PROPERTY(QVariantList forms READ forms NOTIFY languageChanged)
    Q_PROPERTY(saskati::ScenarioListModel *scenarios READ scenarios CONSTANT)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QString databasePath READ databasePath NOTIFY loadedChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)

public:
    /// Configured by main() before QML asks for the singleton.
    /// `catalogDirectory` defaults to the scenario directory's catalog/.
    static void configure(const QString &scenarioDirectory, const QString &databasePath,
                          const QString &catalogDirectory = {},
                          const QString &language = QStringLiteral("lv"));
    static AppContext *create(QQmlEngine *engine, QJSEngine *);
    static AppContext *instance();
    ~AppContext() override;

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    /// Saves a coordinator's correction of an institution's contacts and shows it everywhere at once.
    bool saveContact(const InstitutionContact &contact);
    double fontScale() const { return m_fontScale; }
    void setFontScale(double scale);
    bool autoPlayVoices() const { return m_autoPlayVoices; }
    void setAutoPlayVoices(bool on);
    QString participantId() const { return m_participant.uuid; }
    QString participantName() const { return m_participant.displayName; }
    QVariantList participants();
    QVariantList roles() const;
    QVariantList indicators() const;
    QVariantList institutions() const;
    QVariantList forms() const;
    ScenarioListModel *scenarios() const { return m_scenarioModel; }
    QString problem() const { return m_problem; }
    bool loaded() const { return m_loaded; }
    QString databasePath() const { return m_store ? m_store->path() : QString(); }

    Q_INVOKABLE bool signIn(const QString &participantId);
    Q_INVOKABLE bool createParticipant(const QString &name, const QString &role);
    Q_INVOKABLE void signOut();
    /// Attempts of the signed-in participant, newest first: {uuid, scenarioId, title, status, percent,
    /// started}.
    Q_INVOKABLE QVariantList history();
    /// The signed-in participant's attempt a crash or a step-out left open, if any.
    Q_INVOKABLE QVariantMap interruptedAttempt();
    Q_INVOKABLE QString text(const QVariant &localized) const;

    ResultsStore *store() const { return m_store.get(); }
    std::shared_ptr<const Catalog> catalog() const { return m_catalog; }
    std::shared_ptr<const Scenario> scenario(const QString &id) const;
    QString localized(const LocalizedText &text) const { return text.text(m_language); }

Q_SIGNALS:
    void languageChanged();
    void fontScaleChanged();
    void autoPlayVoicesChanged();
    void participantChanged();
    void participantsChanged();
    void problemChanged();
    void loadedChanged();
    /// The institution directory changed: a correction saved, or the language (its names) changed.
    void directoryChanged();

private:
    explicit AppContext(QQmlEngine *engine);
    void load();
    void loadAfterFirstFrame();
    void setProblem(const QString &problem);

    QQmlEngine *m_engine;
    QString m_language = QStringLiteral("lv");
    double m_fontScale = 1.0;
    bool m_autoPlayVoices = true;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<ResultsStore> m_store;
    std::shared_ptr<const Catalog> m_catalog;
    QList<std::shared_ptr<const Scenario>> m_scenarios;
    ScenarioListModel *m_scenarioModel = nullptr;
    Participant m_participant;
    QString m_problem;
    bool m_loaded = false;
};

} // namespace saskati
