#pragma once

#include "attemptrecorder.h"
#include "keyedlistmodel.h"
#include "scenepresenter.h"

#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <memory>
#include <optional>

namespace saskati {

/// One attempt as the play screen sees it: the current scene in the interface language, the actions a trainee
/// can take, and the debrief at the end. Every action goes through AttemptRecorder, so it is committed to the
/// results store before anything on screen changes.
class PlaySession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(bool finished READ finished NOTIFY changed)
    Q_PROPERTY(QString scenarioId READ scenarioId NOTIFY changed)
    Q_PROPERTY(QString scenarioTitle READ scenarioTitle NOTIFY changed)
    Q_PROPERTY(QString sceneId READ sceneId NOTIFY changed)
    Q_PROPERTY(QString sceneKind READ sceneKind NOTIFY changed)
    /// How the scene's lines are shown: "spoken", "chat" (messages one by one) or "document" (format 3).
    Q_PROPERTY(QString presentation READ presentation NOTIFY changed)
    /// The participant is the person approached (a prevention scenario), not a professional.
    Q_PROPERTY(bool approached READ approached NOTIFY changed)
    Q_PROPERTY(QString sceneTitle READ sceneTitle NOTIFY changed)
    Q_PROPERTY(QString setting READ setting NOTIFY changed)
    // A conversation: how the person appears now, and how many of its turns are taken.
    Q_PROPERTY(QString personDirection READ personDirection NOTIFY changed)
    Q_PROPERTY(QString turnText READ turnText NOTIFY changed)
    /// The feedback on the conversation move just taken ({type, recommended, lowered, critical, text}); empty
    /// elsewhere. The play screen shows it while feedback after each move is on (AppContext).
    Q_PROPERTY(QVariantMap moveFeedback READ moveFeedback NOTIFY changed)
    Q_PROPERTY(QUrl imageSource READ imageSource NOTIFY changed)
    Q_PROPERTY(QString imageAlt READ imageAlt NOTIFY changed)
    Q_PROPERTY(QVariantList hotspots READ hotspots NOTIFY changed)
    Q_PROPERTY(QVariantList lines READ lines NOTIFY changed)
    Q_PROPERTY(QVariantList choices READ choices NOTIFY changed)
    Q_PROPERTY(QVariantList flags READ flags NOTIFY changed)
    Q_PROPERTY(QString referralPrompt READ referralPrompt NOTIFY changed)
    Q_PROPERTY(bool referralSubmitted READ referralSubmitted NOTIFY changed)
    Q_PROPERTY(QVariantList referralPlan READ referralPlan NOTIFY changed)
    Q_PROPERTY(QVariantList questions READ questions NOTIFY changed)
    Q_PROPERTY(int step READ step NOTIFY changed)
    Q_PROPERTY(int sceneCount READ sceneCount NOTIFY changed)
    Q_PROPERTY(QVariantMap debrief READ debrief NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString attemptId READ attemptId NOTIFY changed)
    /// The editor's preview: nothing is kept (a throw-away results store of its own).
    Q_PROPERTY(bool preview READ preview NOTIFY changed)
    /// The points so far by part ({recognition, conduct, referral, assessment, total}) and the variables'
    /// values ({id: value}): the preview shows them change with every action.
    Q_PROPERTY(QVariantMap pointsSoFar READ pointsSoFar NOTIFY changed)
    Q_PROPERTY(QVariantMap variables READ variables NOTIFY changed)
    // The same lists as models that keep their rows across actions (views keep delegates, focus and
    // scrolling).
    Q_PROPERTY(saskati::KeyedListModel *lineModel READ lineModel CONSTANT)
    Q_PROPERTY(saskati::KeyedListModel *hotspotModel READ hotspotModel CONSTANT)
    Q_PROPERTY(saskati::KeyedListModel *choiceModel READ choiceModel CONSTANT)
    Q_PROPERTY(saskati::KeyedListModel *questionModel READ questionModel CONSTANT)
    Q_PROPERTY(saskati::KeyedListModel *flagModel READ flagModel CONSTANT)

public:
    explicit PlaySession(QObject *parent = nullptr);

    Q_INVOKABLE bool start(const QString &scenarioId, bool seminarMode = false);
    Q_INVOKABLE bool resume(const QString &attemptId);
    /// Opens a finished attempt of `store` (the review's copy of the server) to read its debrief: nothing is
    /// written to `store`, which must outlive the attempt (stepOut() ends it).
    bool openToRead(const QString &attemptId, ResultsStore &store);
    /// Plays `scenario` as the editor previews it (ScenarioDocument::previewFrom), recording into a temporary
    /// store deleted when the preview ends: the author's tries are no one's results.
    bool startPreview(std::shared_ptr<const Scenario> scenario);
    Q_INVOKABLE bool flag(const QString &target, const QString &indicator = {});
    Q_INVOKABLE bool unflag(const QString &target);
    Q_INVOKABLE bool isFlagged(const QString &target) const;
    Q_INVOKABLE bool choose(const QString &choice);
    /// plan: [{institution, urgency}] in the order of the plan.
    Q_INVOKABLE bool submitReferral(const QVariantList &plan);
    Q_INVOKABLE bool answer(const QString &question, const QStringList &options);
    Q_INVOKABLE bool abandon();
    /// Leaves the screen; the attempt stays open and is offered for resuming.
    Q_INVOKABLE void stepOut();

    bool active() const { return m_recorder.has_value(); }
    bool finished() const { return active() && m_recorder->playthrough().state().isFinished(); }
    QString scenarioId() const;
    QString scenarioTitle() const;
    QString sceneId() const;
    QString sceneKind() const;
    QString presentation() const;
    bool approached() const;
    QString sceneTitle() const;
    QString setting() const;
    QString personDirection() const;
    QString turnText() const;
    QVariantMap moveFeedback() const;
    QUrl imageSource() const;
    QString imageAlt() const;
    QVariantList hotspots() const;
    QVariantList lines() const;
    QVariantList choices() const;
    QVariantList flags() const;
    QString referralPrompt() const;
    bool referralSubmitted() const;
    /// The plan as last saved: [{institution, name, urgency}], to show it again after resuming.
    QVariantList referralPlan() const;
    QVariantList questions() const;
    int step() const;
    int sceneCount() const;
    QVariantMap debrief() const;
    QString lastError() const { return m_lastError; }
    QString attemptId() const { return active() ? m_recorder->record().uuid : QString(); }
    bool preview() const { return active() && m_previewStore != nullptr; }
    QVariantMap pointsSoFar() const;
    QVariantMap variables() const;
    KeyedListModel *lineModel() { return &m_lineModel; }
    KeyedListModel *hotspotModel() { return &m_hotspotModel; }
    KeyedListModel *choiceModel() { return &m_choiceModel; }
    KeyedListModel *questionModel() { return &m_questionModel; }
    KeyedListModel *flagModel() { return &m_flagModel; }

Q_SIGNALS:
    void changed();
    void lastErrorChanged();

private:
    bool act(const Action &action);
    /// Plays the attempt `recorder` began (its media beside `mediaDirectory`), or says why it could not
    /// begin.
    bool play(Result<AttemptRecorder> recorder, const QString &mediaDirectory);
    /// The store the attempt records into: the app's, or the preview's.
    ResultsStore *store() const;
    /// Ends any attempt, and a preview's store with it.
    void endAttempt();
    bool resumeFrom(const QString &attemptId, ResultsStore &store, bool saveResult);
    /// Records the app's feedback setting in the attempt when it has conversation moves and the attempt has
    /// not recorded that setting yet (at the start, on a switch, after a resume).
    void recordFeedbackSetting();
    void followLanguage();
    const Scene *currentScene() const;
    ScenePresenter presenter() const;
    QString text(const LocalizedText &t) const;
    void setError(const QString &error);
    void notifyChangedSoon();
    void refreshModels();

    // The preview's store outlives its recorder (declared first, destroyed last).
    std::unique_ptr<QTemporaryDir> m_previewFolder;
    std::unique_ptr<ResultsStore> m_previewStore;
    std::optional<AttemptRecorder> m_recorder;
    QString m_mediaDirectory; // where the shipped scenario file lives: media paths are relative to it
    QString m_lastError;
    bool m_notifyPending = false;
    KeyedListModel m_lineModel{QStringLiteral("id")};
    KeyedListModel m_hotspotModel{QStringLiteral("id")};
    KeyedListModel m_choiceModel{QStringLiteral("id")};
    KeyedListModel m_questionModel{QStringLiteral("id")};
    KeyedListModel m_flagModel{QStringLiteral("target")};
};

} // namespace saskati
