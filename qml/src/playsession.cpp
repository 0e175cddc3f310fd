#include "playsession.h"

#include "movefeedback.h"

#include "scenepresenter.h"
#include "transcript.h"

#include "appcontext.h"
#include "debriefpage.h"
#include "scoring.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace saskati {

PlaySession::PlaySession(QObject *parent)
    : QObject(parent)
{
    // First connection: the models are current before any view's handler of changed() runs.
    connect(this, &PlaySession::changed, this, &PlaySession::refreshModels);
}

void PlaySession::refreshModels()
{
    m_lineModel.setEntries(lines());
    m_hotspotModel.setEntries(hotspots());
    m_choiceModel.setEntries(choices());
    m_questionModel.setEntries(questions());
    m_flagModel.setEntries(flags());
}

// An action is committed before this returns; the views hear of it from the event loop, after the handler
// that asked for it (a choice button's onClicked) has returned: a delegate is never destroyed inside its own
// handler.
void PlaySession::notifyChangedSoon()
{
    if (m_notifyPending)
        return;
    m_notifyPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_notifyPending = false;
            Q_EMIT changed();
        },
        Qt::QueuedConnection);
}

void PlaySession::followLanguage()
{
    // The context may be created after this object (QML creates singletons on first use): connect when
    // playing.
    if (AppContext *context = AppContext::instance())
        connect(context, &AppContext::languageChanged, this, &PlaySession::changed, Qt::UniqueConnection);
}

QString PlaySession::text(const LocalizedText &t) const
{
    return AppContext::instance() ? AppContext::instance()->localized(t) : t.text(u"en"_s);
}

void PlaySession::setError(const QString &error)
{
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

ResultsStore *PlaySession::store() const
{
    if (m_previewStore)
        return m_previewStore.get();
    return AppContext::instance() ? AppContext::instance()->store() : nullptr;
}

void PlaySession::endAttempt()
{
    m_recorder.reset();
    m_previewStore.reset();
    m_previewFolder.reset();
}

bool PlaySession::startPreview(std::shared_ptr<const Scenario> scenario)
{
    endAttempt();
    if (!scenario) {
        setError(tr("The scenario has errors: fix them before previewing."));
        return false;
    }
    m_previewFolder = std::make_unique<QTemporaryDir>();
    m_previewStore = std::make_unique<ResultsStore>(m_previewFolder->filePath(u"preview.sqlite"_s));
    const ResultsStore::OpenResult opened = m_previewStore->open();
    Result<Participant> author =
        opened.ok() ? m_previewStore->addParticipant(tr("Preview")) : Result<Participant>(opened.error);
    auto recorder =
        author ? AttemptRecorder::begin(*m_previewStore, scenario, author->uuid, {}, PlayMode::Solo,
                                        AppContext::instance() ? AppContext::instance()->language() : u"lv"_s)
               : Result<AttemptRecorder>(author.error());
    return play(std::move(recorder), QFileInfo(scenario->file).absolutePath());
}

bool PlaySession::play(Result<AttemptRecorder> recorder, const QString &mediaDirectory)
{
    if (!recorder) {
        setError(recorder.error().message);
        endAttempt();
        return false;
    }
    m_recorder.emplace(std::move(*recorder));
    m_mediaDirectory = mediaDirectory;
    recordFeedbackSetting();
    followLanguage();
    setError({});
    Q_EMIT changed();
    return true;
}

QVariantMap PlaySession::pointsSoFar() const
{
    if (!active())
        return {};
    const Score score =
        scorePlaythrough(m_recorder->playthrough().scenario(), m_recorder->playthrough().state());
    return {{u"recognition"_s, score.points.recognition}, {u"conduct"_s, score.points.conduct},
            {u"referral"_s, score.points.referral},       {u"assessment"_s, score.points.assessment},
            {u"total"_s, score.points.total()},           {u"percent"_s, score.percent}};
}

QVariantMap PlaySession::variables() const
{
    QVariantMap values;
    if (active())
        for (const auto &[id, value] : m_recorder->playthrough().state().variables.asKeyValueRange())
            values.insert(id, value);
    return values;
}

bool PlaySession::start(const QString &scenarioId, bool seminarMode)
{
    AppContext *context = AppContext::instance();
    const auto scenario = context ? context->scenario(scenarioId) : nullptr;
    if (!scenario || context->participantId().isEmpty()) {
        setError(tr("Sign in and choose a scenario first."));
        return false;
    }
    endAttempt();
    auto recorder =
        AttemptRecorder::begin(*context->store(), scenario, context->participantId(), {},
                               seminarMode ? PlayMode::Seminar : PlayMode::Solo, context->language());
    return play(std::move(recorder), QFileInfo(scenario->file).absolutePath());
}

bool PlaySession::resume(const QString &attemptId)
{
    AppContext *context = AppContext::instance();
    if (!context || !context->store())
        return false;
    return resumeFrom(attemptId, *context->store(), true);
}

bool PlaySession::openToRead(const QString &attemptId, ResultsStore &store)
{
    return resumeFrom(attemptId, store, false);
}

bool PlaySession::resumeFrom(const QString &attemptId, ResultsStore &store, bool saveResult)
{
    AppContext *context = AppContext::instance();
    if (!context)
        return false;
    endAttempt();
    auto recorder = AttemptRecorder::resume(store, attemptId, context->catalog(), saveResult);
    if (!recorder) {
        setError(recorder.error().message);
        return false;
    }
    m_recorder.emplace(std::move(*recorder));
    // Media of the shipped scenario: the snapshot has the text, the files stay where they are.
    const auto shipped = context->scenario(m_recorder->record().scenarioId);
    m_mediaDirectory = shipped ? QFileInfo(shipped->file).absolutePath() : QString();
    recordFeedbackSetting();
    followLanguage();
    setError({});
    Q_EMIT changed();
    return true;
}

bool PlaySession::act(const Action &action)
{
    if (!m_recorder) {
        setError(tr("No scenario is being played."));
        return false;
    }
    const Result<void> r = m_recorder->perform(action);
    setError(r.ok() ? QString() : r.error().message);
    notifyChangedSoon();
    return r.ok();
}

void PlaySession::recordFeedbackSetting()
{
    AppContext *context = AppContext::instance();
    if (!context || !m_recorder)
        return;
    connect(context, &AppContext::feedbackAfterEachMoveChanged, this, &PlaySession::recordFeedbackSetting,
            Qt::UniqueConnection);
    const PlaythroughState &state = m_recorder->playthrough().state();
    const bool on = context->feedbackAfterEachMove();
    if (!m_recorder->playthrough().scenario().hasConversation() || state.isFinished() ||
        state.feedbackAfterEachMove == on)
        return;
    // The review compares practice with assessment (review-statistics.md, section 5): what was shown is data.
    act(Action::feedback(on));
}

bool PlaySession::flag(const QString &target, const QString &indicator)
{
    return act(Action::flag(target, indicator));
}

bool PlaySession::unflag(const QString &target)
{
    return act(Action::unflag(target));
}

bool PlaySession::isFlagged(const QString &target) const
{
    return m_recorder && m_recorder->playthrough().state().flags.contains(target);
}

bool PlaySession::choose(const QString &choice)
{
    return act(Action::choose(choice));
}

bool PlaySession::submitReferral(const QVariantList &plan)
{
    QList<ReferralStep> steps;
    for (const QVariant &v : plan) {
        const QVariantMap m = v.toMap();
        ReferralStep step{m.value(u"institution"_s).toString(), Urgency::WhenReady};
        const QString urgency = m.value(u"urgency"_s, u"when-ready"_s).toString();
        if (!urgencyFromId(urgency, &step.urgency)) {
            setError(u"Unknown urgency '%1'."_s.arg(urgency)); // the composer offers only known ones
            return false;
        }
        steps.append(step);
    }
    return act(Action::submitReferral(steps));
}

bool PlaySession::answer(const QString &question, const QStringList &options)
{
    return act(Action::answer(question, options));
}

bool PlaySession::abandon()
{
    return act(Action::abandon());
}

void PlaySession::stepOut()
{
    endAttempt();
    Q_EMIT changed();
}

const Scene *PlaySession::currentScene() const
{
    return m_recorder ? m_recorder->playthrough().scenario().scene(m_recorder->playthrough().state().scene)
                      : nullptr;
}

QString PlaySession::scenarioId() const
{
    return m_recorder ? m_recorder->record().scenarioId : QString();
}
QString PlaySession::scenarioTitle() const
{
    return m_recorder ? text(m_recorder->playthrough().scenario().title) : QString();
}
QString PlaySession::sceneId() const
{
    return m_recorder ? m_recorder->playthrough().state().scene : QString();
}

QString PlaySession::presentation() const
{
    const Scene *scene = currentScene();
    return scene ? presentationId(scene->presentation) : QString();
}

bool PlaySession::approached() const
{
    return m_recorder &&
           m_recorder->playthrough().scenario().perspective == Scenario::Perspective::Approached;
}

QString PlaySession::sceneKind() const
{
    const Scene *scene = currentScene();
    return scene ? sceneKindId(scene->kind) : QString();
}

QString PlaySession::sceneTitle() const
{
    return currentScene() ? text(currentScene()->title) : QString();
}
QString PlaySession::setting() const
{
    return currentScene() ? text(currentScene()->setting) : QString();
}

ScenePresenter PlaySession::presenter() const
{
    const QString language = AppContext::instance() ? AppContext::instance()->language() : u"en"_s;
    return ScenePresenter(m_recorder->playthrough().scenario(), currentScene(), language, m_mediaDirectory,
                          &m_recorder->playthrough().state());
}

QString PlaySession::personDirection() const
{
    return m_recorder ? presenter().personDirection() : QString();
}

QString PlaySession::turnText() const
{
    const Scene *scene = currentScene();
    if (!scene || !scene->isConversation() || !scene->limit || scene->limit->turns <= 0)
        return {};
    const PlaythroughState &state = m_recorder->playthrough().state();
    const qsizetype asked = askedMoves(state, state.scene).size();
    return tr("Turns taken: %1 of %2").arg(asked).arg(scene->limit->turns);
}

QVariantMap PlaySession::moveFeedback() const
{
    const Scene *scene = currentScene();
    if (!scene || !scene->isConversation())
        return {};
    const PlaythroughState &state = m_recorder->playthrough().state();
    if (state.path.isEmpty() || state.path.last().scene != state.scene)
        return {};
    const std::optional<MoveFeedback> feedback =
        moveFeedbackAt(m_recorder->playthrough().scenario(), state, state.path.size() - 1);
    if (!feedback)
        return {};
    const QString language = AppContext::instance() ? AppContext::instance()->language() : u"en"_s;
    return QVariantMap{{u"type"_s, feedback->typeName.text(language)},
                       {u"recommended"_s, feedback->recommended},
                       {u"lowered"_s, feedback->lowered},
                       {u"critical"_s, feedback->critical},
                       {u"text"_s, feedback->text.text(language)}};
}

QUrl PlaySession::imageSource() const
{
    return m_recorder ? presenter().image() : QUrl();
}

QString PlaySession::imageAlt() const
{
    return m_recorder ? presenter().imageAlt() : QString();
}

QVariantList PlaySession::hotspots() const
{
    return m_recorder ? presenter().hotspots([this](const QString &id) { return isFlagged(id); })
                      : QVariantList();
}

QVariantList PlaySession::lines() const
{
    return m_recorder ? presenter().lines([this](const QString &id) { return isFlagged(id); })
                      : QVariantList();
}

QVariantList PlaySession::choices() const
{
    QVariantList list;
    if (!m_recorder)
        return list;
    for (const Choice *c : m_recorder->playthrough().availableChoices())
        list.append(QVariantMap{{u"id"_s, c->id}, {u"text"_s, text(c->text)}});
    return list;
}

QVariantList PlaySession::flags() const
{
    QVariantList list;
    if (!m_recorder)
        return list;
    const Scenario &s = m_recorder->playthrough().scenario();
    const Catalog *catalog = s.catalog.get();
    for (const Flag &f : m_recorder->playthrough().state().flags) {
        const LocalizedText *target = s.targetText(f.target);
        const QString what = target ? text(*target) : QString();
        const QString indicator = catalog && catalog->indicators.contains(f.indicator)
                                      ? text(catalog->indicators.value(f.indicator).name)
                                      : QString();
        list.append(QVariantMap{{u"target"_s, f.target},
                                {u"text"_s, what},
                                {u"indicator"_s, indicator},
                                {u"inCurrentScene"_s, f.scene == m_recorder->playthrough().state().scene}});
    }
    return list;
}

QString PlaySession::referralPrompt() const
{
    return m_recorder && m_recorder->playthrough().scenario().referral
               ? text(m_recorder->playthrough().scenario().referral->prompt)
               : QString();
}

bool PlaySession::referralSubmitted() const
{
    return m_recorder && m_recorder->playthrough().state().referral.has_value();
}

QVariantList PlaySession::referralPlan() const
{
    QVariantList list;
    if (!m_recorder || !m_recorder->playthrough().state().referral)
        return list;
    const Catalog *catalog = m_recorder->playthrough().scenario().catalog.get();
    for (const ReferralStep &step : *m_recorder->playthrough().state().referral)
        list.append(QVariantMap{{u"institution"_s, step.institution},
                                {u"name"_s, catalog && catalog->institutions.contains(step.institution)
                                                ? text(catalog->institutions.value(step.institution).name)
                                                : step.institution},
                                {u"urgency"_s, urgencyId(step.urgency)}});
    return list;
}

QVariantList PlaySession::questions() const
{
    QVariantList list;
    if (!m_recorder)
        return list;
    const PlaythroughState &state = m_recorder->playthrough().state();
    for (const Question &q : m_recorder->playthrough().scenario().questions) {
        QVariantList options;
        for (const AnswerOption &o : q.options)
            options.append(QVariantMap{{u"id"_s, o.id}, {u"text"_s, text(o.text)}});
        const bool single = q.kind == Question::Kind::Single || q.kind == Question::Kind::Judgement;
        list.append(QVariantMap{{u"id"_s, q.id},
                                {u"prompt"_s, text(q.prompt)},
                                {u"single"_s, single},
                                {u"options"_s, options},
                                {u"selected"_s, state.answers.value(q.id)}});
    }
    return list;
}

int PlaySession::step() const
{
    return m_recorder ? int(m_recorder->playthrough().state().path.size()) + 1 : 0;
}
int PlaySession::sceneCount() const
{
    return m_recorder ? int(m_recorder->playthrough().scenario().scenes.size()) : 0;
}

QVariantMap PlaySession::debrief() const
{
    if (!finished())
        return {};
    const Scenario &s = m_recorder->playthrough().scenario();
    QVariantList earlier;
    AppContext *context = AppContext::instance();
    if (context)
        for (const AttemptRecord &a : store()->attempts(m_recorder->record().participant))
            if (a.scenarioId == s.id && a.status == AttemptRecord::Status::Completed && a.uuid != attemptId())
                earlier.append(QVariantMap{
                    {u"percent"_s, a.score.value(u"percent"_s).toInt()},
                    {u"started"_s, QLocale().toString(a.started.toLocalTime(), QLocale::ShortFormat)}});
    // Contacts as the coordinator last corrected them (the scenario's catalogue has the file's).
    const std::shared_ptr<const Catalog> directory = context ? context->catalog() : nullptr;
    const DebriefPage page(s, m_recorder->playthrough().state(),
                           [this](const LocalizedText &t) { return text(t); });
    return page.toMap(directory.get(), earlier);
}

} // namespace saskati
