#include "seminarcontroller.h"

#include "appcontext.h"
#include "movefeedback.h"
#include "roomboard.h"
#include "scenarioloader.h"
#include "scenepresenter.h"
#include "scoring.h"
#include "seminarsummary.h"

#include <QFileInfo>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// Ports a person can type on a phone; the first free one is used.
constexpr quint16 s_preferredPorts[] = {8080, 8000, 8888};

const Choice *findChoice(const Scene *scene, const QString &id)
{
    if (scene)
        for (const Choice &c : scene->choices)
            if (c.id == id)
                return &c;
    return nullptr;
}

} // namespace

SeminarController::SeminarController(QObject *parent)
    : QObject(parent)
{
    // The network interfaces are listed when a seminar is set up (refresh()), not at start-up.
    connect(this, &SeminarController::tallyChanged, this, &SeminarController::refreshRoster);
    connect(this, &SeminarController::changed, this, &SeminarController::refreshRoster);
    connect(this, &SeminarController::tallyChanged, this, &SeminarController::refreshBoard);
    connect(this, &SeminarController::changed, this, &SeminarController::refreshBoard);
}

SeminarController::~SeminarController()
{
    leave();
}

QString SeminarController::language() const
{
    if (m_room && m_room->running())
        return m_room->language();
    return AppContext::instance() ? AppContext::instance()->language() : u"lv"_s;
}

QString SeminarController::text(const LocalizedText &text) const
{
    return text.text(language());
}

QString SeminarController::mediaDirectory() const
{
    return m_room && m_room->scenario() ? QFileInfo(m_room->scenario()->file).absolutePath() : QString();
}

void SeminarController::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    Q_EMIT errorChanged();
}

bool SeminarController::fail(const QString &error)
{
    m_error = error;
    Q_EMIT errorChanged();
    return false;
}

void SeminarController::refresh()
{
    m_interfaces = SeminarServer::interfaces();
    Q_EMIT interfacesChanged();
    Q_EMIT seminarsChanged();
}

QVariantList SeminarController::seminars() const
{
    QVariantList list;
    ResultsStore *store = AppContext::instance() ? AppContext::instance()->store() : nullptr;
    if (!store)
        return list;
    QList<Seminar> all = store->seminars();
    QHash<QString, RoomRun> interrupted; // seminar -> its run a crash stopped
    for (const RoomRun &run : store->interruptedRoomRuns())
        interrupted.insert(run.seminar, run);
    // Interrupted seminars first: the app offers to take them up where they stopped.
    std::sort(all.begin(), all.end(), [&](const Seminar &a, const Seminar &b) {
        return std::pair(interrupted.contains(a.uuid), a.created) >
               std::pair(interrupted.contains(b.uuid), b.created);
    });
    for (const Seminar &s : all) {
        QString scenarioTitle;
        if (interrupted.contains(s.uuid)) {
            const auto scenario = AppContext::instance()->scenario(interrupted.value(s.uuid).scenarioId);
            scenarioTitle = scenario ? text(scenario->title) : interrupted.value(s.uuid).scenarioId;
        }
        list.append(QVariantMap{{u"id"_s, s.uuid},
                                {u"title"_s, s.title},
                                {u"date"_s, s.date.isValid() ? s.date.toString(Qt::ISODate) : QString()},
                                {u"place"_s, s.place},
                                {u"scenarios"_s, s.scenarios},
                                {u"interrupted"_s, interrupted.contains(s.uuid)},
                                {u"interruptedScenario"_s, scenarioTitle}});
    }
    return list;
}

QString SeminarController::title() const
{
    return m_room ? m_room->seminar().title : QString();
}

QStringList SeminarController::plannedScenarios() const
{
    return m_room ? m_room->seminar().scenarios : QStringList();
}

QVariantList SeminarController::interfaces() const
{
    QVariantList list;
    for (const JoinInterface &i : m_interfaces) {
        const QString kind = i.loopback ? tr("this laptop only") : i.wireless ? tr("Wi-Fi") : tr("network");
        list.append(QVariantMap{{u"label"_s, u"%1 (%2): %3"_s.arg(kind, i.humanName, i.address.toString())},
                                {u"address"_s, i.address.toString()}});
    }
    return list;
}

bool SeminarController::joiningOpen() const
{
    return m_room && m_room->joiningOpen() && m_server && m_server->isListening();
}

QString SeminarController::joinUrl() const
{
    return joiningOpen() ? m_server->joinUrl().toString() : QString();
}

QString SeminarController::joinAddress() const
{
    return joiningOpen() ? u"%1:%2"_s.arg(m_server->address().toString()).arg(m_server->port()) : QString();
}

QString SeminarController::pin() const
{
    return m_room ? m_room->pin() : QString();
}

bool SeminarController::running() const
{
    return m_room && m_room->running();
}

bool SeminarController::withPhones() const
{
    return m_room && m_room->recordingParticipants();
}

QString SeminarController::phase() const
{
    return m_room ? roomPhaseId(m_room->phase()) : QString();
}

QString SeminarController::scenarioId() const
{
    return running() ? m_room->scenario()->id : QString();
}

QString SeminarController::scenarioTitle() const
{
    return running() ? text(m_room->scenario()->title) : QString();
}

QString SeminarController::presentation() const
{
    const Scene *scene = m_room ? m_room->currentScene() : nullptr;
    return scene ? presentationId(scene->presentation) : QString();
}

bool SeminarController::approached() const
{
    return running() && m_room->scenario()->perspective == Scenario::Perspective::Approached;
}

// A chat on the projector while the scene is on screen: its messages come one per Next, as on a phone.
bool SeminarController::pacedChat() const
{
    const Scene *scene = m_room ? m_room->currentScene() : nullptr;
    return scene && scene->presentation == Scene::Presentation::Chat &&
           scene->kind == Scene::Kind::Interview && m_room->phase() == SeminarRoom::Phase::Scene;
}

QString SeminarController::revealKey() const
{
    const Scene *scene = m_room ? m_room->currentScene() : nullptr;
    return scene ? scene->id + u'#' + QString::number(m_room->decisionNumber()) : QString();
}

int SeminarController::lineCount() const
{
    const Scene *scene = m_room ? m_room->currentScene() : nullptr;
    return scene ? int(scene->lines.size()) : 0;
}

int SeminarController::shownLines() const
{
    const int all = lineCount();
    if (!pacedChat())
        return all;
    return std::min(all, revealKey() == m_revealKey ? m_revealed : 1);
}

QString SeminarController::sceneKind() const
{
    const Scene *scene = m_room ? m_room->currentScene() : nullptr;
    if (!scene)
        return {};
    return sceneKindId(scene->kind);
}

QString SeminarController::sceneTitle() const
{
    const Scene *scene = m_room ? m_room->currentScene() : nullptr;
    return scene ? text(scene->title) : QString();
}

QString SeminarController::setting() const
{
    const Scene *scene = m_room ? m_room->currentScene() : nullptr;
    return scene ? text(scene->setting) : QString();
}

QUrl SeminarController::imageSource() const
{
    if (!running())
        return {};
    return ScenePresenter(*m_room->scenario(), m_room->currentScene(), language(), mediaDirectory()).image();
}

QString SeminarController::imageAlt() const
{
    if (!running())
        return {};
    return ScenePresenter(*m_room->scenario(), m_room->currentScene(), language(), mediaDirectory())
        .imageAlt();
}

QVariantList SeminarController::lines() const
{
    if (!running())
        return {};
    // A conversation shows the room what was asked and answered so far.
    return ScenePresenter(*m_room->scenario(), m_room->currentScene(), language(), mediaDirectory(),
                          &m_room->roomPlaythrough()->state())
        .lines();
}

QString SeminarController::progressText() const
{
    if (!running() || m_room->phase() == SeminarRoom::Phase::Ended)
        return {};
    // The decision's number, and how many may still come: a total would shrink as the room takes short ways
    // ("3 of 13" after "2 of 14"); what is left only counts down.
    const auto [step, of] = m_room->progress();
    if (of <= step)
        return tr("Decision %1 · the last").arg(step);
    return tr("Decision %1 · at most %n more", "", of - step).arg(step);
}

QVariantList SeminarController::choiceEntries() const
{
    QVariantList list;
    if (!m_room)
        return list;
    const Catalog *catalog = m_room->scenario() ? m_room->scenario()->catalog.get() : nullptr;
    for (const BoardChoice &b : roomBoard(*m_room).choices) {
        const Choice *c = b.choice;
        const QuestionType *type = questionTypeOf(*m_room->scenario(), *c);
        const QString principleId = c->chiefPrinciple();
        const QString principle = catalog && catalog->principles.contains(principleId)
                                      ? text(catalog->principles.value(principleId).name)
                                      : QString();
        list.append(QVariantMap{
            {u"id"_s, c->id},
            {u"text"_s, text(c->text)},
            {u"votes"_s, b.votes},
            {u"hands"_s, b.hands},
            {u"count"_s, b.count},
            {u"percent"_s, b.percent},
            {u"roomChoice"_s, b.roomChoice},
            {u"best"_s, b.best},
            {u"critical"_s, c->criticalError.has_value()},
            {u"principle"_s, principle},
            {u"feedback"_s, c->criticalError ? text(c->criticalError->explanation) : text(c->feedback)},
            {u"questionType"_s, type ? text(type->name) : QString()},
            {u"typeRecommended"_s, type && type->recommended},
        });
    }
    return list;
}

QVariantList SeminarController::cueEntries() const
{
    QVariantList list;
    if (!m_room)
        return list;
    const Catalog *catalog = m_room->scenario() ? m_room->scenario()->catalog.get() : nullptr;
    for (const BoardCue &b : roomBoard(*m_room).cues) {
        const bool cue = b.target->kind == FlagTarget::Kind::Cue;
        const QString indicator = cue && catalog && catalog->indicators.contains(b.target->indicator)
                                      ? text(catalog->indicators.value(b.target->indicator).name)
                                      : QString();
        list.append(QVariantMap{{u"id"_s, b.id},
                                {u"text"_s, text(*b.text)},
                                {u"cue"_s, cue},
                                {u"indicator"_s, indicator},
                                {u"feedback"_s, text(b.target->feedback)},
                                {u"count"_s, b.count},
                                {u"percent"_s, b.percent}});
    }
    return list;
}

void SeminarController::refreshBoard()
{
    m_choices.setEntries(choiceEntries());
    m_cues.setEntries(cueEntries());
}

QString SeminarController::roomChoice() const
{
    return m_room ? m_room->roomChoice() : QString();
}

QString SeminarController::overrideChoice() const
{
    return m_room ? m_room->override() : QString();
}

int SeminarController::joined() const
{
    return m_room ? int(m_room->members().size()) : 0;
}

int SeminarController::answered() const
{
    return m_room ? m_room->tally().answered : 0;
}

void SeminarController::refreshRoster()
{
    QVariantList list;
    if (!m_room) {
        m_roster.setEntries(list);
        return;
    }
    const Catalog *catalog = AppContext::instance() ? AppContext::instance()->catalog().get() : nullptr;
    for (const SeminarRoom::Member *m : m_room->members()) {
        const QString role = catalog && catalog->roles.contains(m->participant.role)
                                 ? text(catalog->roles.value(m->participant.role).name)
                                 : QString();
        list.append(QVariantMap{{u"id"_s, m->id},
                                {u"name"_s, m->participant.displayName},
                                {u"role"_s, role},
                                {u"answered"_s, m->answeredDecision == m_room->decisionNumber()}});
    }
    // By name, two phones of one name by their ids: the same order every time, so rows stay where they are.
    std::sort(list.begin(), list.end(), [](const QVariant &a, const QVariant &b) {
        const QVariantMap l = a.toMap(), r = b.toMap();
        const int byName = l.value(u"name"_s).toString().localeAwareCompare(r.value(u"name"_s).toString());
        return byName != 0 ? byName < 0 : l.value(u"id"_s).toString() < r.value(u"id"_s).toString();
    });
    m_roster.setEntries(list);
}

QString SeminarController::endingTitle() const
{
    if (!running() || m_room->phase() != SeminarRoom::Phase::Ended)
        return {};
    if (m_room->roomPlaythrough()->state().abandoned)
        return tr("Stopped before the end");
    const Ending *e = m_room->scenario()->ending(m_room->roomPlaythrough()->state().ending);
    return e ? text(e->title) : QString();
}

QString SeminarController::endingDebrief() const
{
    if (!running() || m_room->phase() != SeminarRoom::Phase::Ended)
        return {};
    const Ending *e = m_room->scenario()->ending(m_room->roomPlaythrough()->state().ending);
    return e ? text(e->debrief) : QString();
}

QVariantMap SeminarController::summary() const
{
    if (!running() || m_room->phase() != SeminarRoom::Phase::Ended)
        return {};
    const SeminarSummary summary = summarizeRoom(*m_room);
    const Scenario &scenario = *m_room->scenario();
    QVariantList decisions;
    for (const SeminarSummary::Decision &d : summary.decisions) {
        const Scene *scene = scenario.scene(d.scene);
        QVariantList options;
        for (const SeminarSummary::Option &o : d.options) {
            const Choice *c = findChoice(scene, o.choice);
            options.append(QVariantMap{{u"text"_s, c ? text(c->text) : o.choice},
                                       {u"count"_s, o.count},
                                       {u"critical"_s, o.critical},
                                       {u"roomChoice"_s, o.roomChoice}});
        }
        // A conversation is voted question by question: each is named by its number.
        const QString title = scene ? text(scene->title) : d.scene;
        decisions.append(QVariantMap{{u"title"_s, scene && scene->isConversation()
                                                      ? tr("%1 · question %2").arg(title).arg(d.turn + 1)
                                                      : title},
                                     {u"options"_s, options},
                                     {u"criticalVotes"_s, d.criticalVotes},
                                     {u"overridden"_s, d.overridden}});
    }
    QVariantList participants;
    for (const SeminarSummary::Participant &p : summary.participants)
        participants.append(QVariantMap{{u"name"_s, p.name},
                                        {u"percent"_s, p.percent},
                                        {u"criticalErrors"_s, p.criticalErrors},
                                        {u"capped"_s, p.capped}});
    QVariantList indicators;
    const Catalog *catalog = scenario.catalog.get();
    for (const SeminarSummary::Cue &cue : summary.cues) {
        const LocalizedText *target = scenario.targetText(cue.target);
        indicators.append(
            QVariantMap{{u"indicator"_s, catalog && catalog->indicators.contains(cue.indicator)
                                             ? text(catalog->indicators.value(cue.indicator).name)
                                             : cue.indicator},
                        {u"text"_s, target ? text(*target) : QString()},
                        {u"detected"_s, cue.detected},
                        {u"of"_s, cue.of}});
    }
    return QVariantMap{{u"roomPercent"_s, summary.roomPercent},
                       {u"decisions"_s, decisions},
                       {u"indicators"_s, indicators},
                       {u"participants"_s, participants}};
}

QVariantMap SeminarController::counters() const
{
    if (!m_server)
        return {};
    const SeminarServer::Counters &c = m_server->counters();
    return QVariantMap{{u"connections"_s, c.connections},
                       {u"malformed"_s, c.malformed},
                       {u"throttled"_s, c.throttled},
                       {u"wrongPins"_s, c.wrongPins}};
}

bool SeminarController::create(const QString &title, const QString &place, const QString &audience,
                               const QStringList &scenarioIds)
{
    AppContext *context = AppContext::instance();
    if (!context || !context->store())
        return fail(tr("The results database is not open."));
    if (title.trimmed().isEmpty())
        return fail(tr("Give the seminar a title."));
    Seminar s;
    s.title = title.trimmed();
    s.place = place.trimmed();
    s.audience = audience;
    s.date = QDate::currentDate();
    s.scenarios = scenarioIds;
    const Result<Seminar> added = context->store()->addSeminar(s);
    if (!added)
        return fail(added.error().message);
    Q_EMIT seminarsChanged();
    return open(*added);
}

bool SeminarController::reopen(const QString &seminarId)
{
    AppContext *context = AppContext::instance();
    if (!context || !context->store())
        return fail(tr("The results database is not open."));
    for (const Seminar &s : context->store()->seminars())
        if (s.uuid == seminarId) {
            if (!open(s))
                return false;
            // A scenario a crash stopped goes on where it stopped, with the same people.
            for (const RoomRun &run : context->store()->interruptedRoomRuns())
                if (run.seminar == seminarId)
                    return resume(run);
            return true;
        }
    return fail(tr("That seminar is no longer in the database."));
}

bool SeminarController::resume(const RoomRun &run)
{
    AppContext *context = AppContext::instance();
    // The scenario exactly as it was played: the shipped file if unchanged (its pictures and voices come with
    // it), else the snapshot the database kept.
    std::shared_ptr<const Scenario> scenario = context->scenario(run.scenarioId);
    if (!scenario || QString::fromLatin1(scenario->contentHash()) != run.contentHash) {
        ScenarioLoader loader(context->catalog());
        loader.setCheckMediaFiles(false);
        scenario = loader
                       .loadBytes(u"snapshot:"_s + run.scenarioId,
                                  context->store()->scenarioSnapshot(run.contentHash))
                       .scenario;
    }
    const Result<void> resumed = scenario ? m_room->resumeRun(run, scenario) : Result<void>(Error(QString()));
    if (!resumed)
        return fail(tr("The interrupted scenario could not be resumed: %1").arg(resumed.error().message));
    Q_EMIT changed();
    Q_EMIT tallyChanged();
    return true;
}

bool SeminarController::closeInterrupted(const QString &seminarId)
{
    ResultsStore *store = AppContext::instance() ? AppContext::instance()->store() : nullptr;
    if (!store)
        return fail(tr("The results database is not open."));
    for (const RoomRun &run : store->interruptedRoomRuns()) {
        if (run.seminar != seminarId)
            continue;
        if (const Result<void> closed = store->closeInterruptedRoomRun(run.uuid); !closed)
            return fail(closed.error().message);
    }
    Q_EMIT seminarsChanged();
    return true;
}

bool SeminarController::open(const Seminar &seminar)
{
    leave();
    m_takeawayPdf.clear();
    m_room = std::make_unique<SeminarRoom>(*AppContext::instance()->store(), seminar);
    // The server keeps listening when a scenario ends: the phones show "thank you" and stay for the next
    // scenario of the seminar; leave() tells them the seminar has ended.
    connect(m_room.get(), &SeminarRoom::phaseChanged, this, [this] {
        m_nobodyAnsweredDecision = -1;
        Q_EMIT changed();
        Q_EMIT tallyChanged();
        Q_EMIT noticeChanged();
    });
    connect(m_room.get(), &SeminarRoom::tallyChanged, this, &SeminarController::tallyChanged);
    connect(m_room.get(), &SeminarRoom::tallyChanged, this, &SeminarController::noticeChanged);
    connect(m_room.get(), &SeminarRoom::feedbackAfterEachMoveChanged, this,
            &SeminarController::feedbackAfterEachMoveChanged);
    connect(m_room.get(), &SeminarRoom::membersChanged, this, &SeminarController::tallyChanged);
    // What went wrong while the room went on stays on the console until the lecturer's next step.
    connect(m_room.get(), &SeminarRoom::problem, this, [this](const QString &message) { fail(message); });
    connect(m_room.get(), &SeminarRoom::answersLost, this,
            [this](const QStringList &memberIds, const QString &error) {
                fail(tr("%n answer(s) could not be saved (the phones were asked to send them again): %1", "",
                        int(memberIds.size()))
                         .arg(error));
            });
    m_error.clear();
    Q_EMIT errorChanged();
    Q_EMIT changed();
    Q_EMIT tallyChanged();
    return true;
}

bool SeminarController::openJoining(int interfaceIndex)
{
    if (!m_room)
        return fail(tr("Open a seminar first."));
    if (interfaceIndex < 0 || interfaceIndex >= m_interfaces.size())
        return fail(tr("Choose the network the phones are on."));
    if (!m_server) {
        m_server = std::make_unique<SeminarServer>(*m_room, AppContext::instance()->catalog());
        connect(m_server.get(), &SeminarServer::countersChanged, this, &SeminarController::countersChanged);
        connect(m_server.get(), &SeminarServer::joiningPausedChanged, this,
                &SeminarController::joiningPausedChanged);
    }
    m_room->setMaxMembers(AppContext::instance()
                              ->setting(u"seminar/maxParticipants"_s, SeminarRoom::defaultMaxMembers)
                              .toInt());
    const QHostAddress address = m_interfaces.at(interfaceIndex).address;
    Result<void> listening = Error(QString());
    for (quint16 port : s_preferredPorts)
        if ((listening = m_server->listen(address, port)))
            break;
    if (!listening)
        listening = m_server->listen(address, 0);
    if (!listening)
        return fail(listening.error().message);
    m_room->setJoiningOpen(true);
    Q_EMIT changed();
    return true;
}

void SeminarController::newPin()
{
    if (!m_room)
        return;
    if (m_server)
        m_server->newPin();
    else
        m_room->newPin();
    Q_EMIT changed();
}

void SeminarController::closeJoining()
{
    if (!m_room)
        return;
    m_room->setJoiningOpen(false);
    // Phones already in stay connected while a scenario runs; with nothing running the server stops.
    if (m_server && !running())
        m_server->close();
    Q_EMIT changed();
}

bool SeminarController::start(const QString &scenarioId, bool withPhones)
{
    if (!m_room)
        return fail(tr("Open a seminar first."));
    const std::shared_ptr<const Scenario> scenario = AppContext::instance()->scenario(scenarioId);
    if (!scenario)
        return fail(tr("There is no scenario '%1'.").arg(scenarioId));
    clearError();
    if (const Result<void> started = m_room->start(scenario, AppContext::instance()->language(), withPhones);
        !started)
        return fail(started.error().message);
    m_revealKey.clear(); // a run of the same scenario again starts each chat at its first message
    m_revealed = 0;
    Q_EMIT changed();
    return true;
}

QString SeminarController::bestChoice() const
{
    const Choice *best = nullptr;
    for (const Choice *c : m_room->availableChoices()) // scene order breaks ties
        if (!c->criticalError && (!best || c->points > best->points))
            best = c;
    return best ? best->id : QString();
}

QString SeminarController::notice() const
{
    if (!m_room || m_room->phase() != SeminarRoom::Phase::Revealed ||
        m_nobodyAnsweredDecision != m_room->decisionNumber() || !m_room->roomChoice().isEmpty())
        return {};
    return tr("Nobody has answered. PageDown again: the room goes on with the best practice (✓). Or count "
              "hands on the console.");
}

bool SeminarController::next()
{
    // A revealed decision nobody answered: say so first (the projector and the console), then go on with the
    // best practice, recorded as the lecturer's choice for the room.
    if (m_room && m_room->phase() == SeminarRoom::Phase::Revealed && m_room->roomChoice().isEmpty()) {
        if (m_nobodyAnsweredDecision != m_room->decisionNumber()) {
            m_nobodyAnsweredDecision = m_room->decisionNumber();
            Q_EMIT noticeChanged();
            return false;
        }
        const QString best = bestChoice();
        if (best.isEmpty())
            return fail(
                tr("Choose the room's answer on the console: no option is without a critical error."));
        if (const Result<void> chosen = m_room->setOverride(best); !chosen)
            return fail(chosen.error().message);
    }
    clearError();
    if (!m_room)
        return fail(tr("Open a seminar first."));
    if (m_room->checkPhase() != SeminarRoom::CheckPhase::None)
        return checkNext();
    if (pacedChat() && shownLines() < lineCount()) {
        m_revealed = shownLines() + 1;
        m_revealKey = revealKey();
        Q_EMIT changed();
        return true;
    }
    if (const Result<void> went = m_room->next(); !went)
        return fail(went.error().message);
    return true;
}

bool SeminarController::back()
{
    clearError();
    if (!m_room)
        return fail(tr("Open a seminar first."));
    if (m_room->checkPhase() != SeminarRoom::CheckPhase::None)
        return checkBack();
    if (pacedChat() && shownLines() > 1) {
        m_revealed = shownLines() - 1;
        m_revealKey = revealKey();
        Q_EMIT changed();
        return true;
    }
    if (const Result<void> went = m_room->back(); !went)
        return fail(went.error().message);
    // Back into a chat: it was read already, so all of it shows.
    if (pacedChat()) {
        m_revealed = lineCount();
        m_revealKey = revealKey();
        Q_EMIT changed();
    }
    return true;
}

bool SeminarController::stop()
{
    if (!m_room)
        return fail(tr("Open a seminar first."));
    if (const Result<void> stopped = m_room->stop(); !stopped)
        return fail(stopped.error().message);
    return true;
}

void SeminarController::setFeedbackAfterEachMove(bool on)
{
    if (!m_room)
        return;
    if (const Result<void> set = m_room->setFeedbackAfterEachMove(on); !set)
        fail(set.error().message);
    Q_EMIT feedbackAfterEachMoveChanged(); // a refused switch puts the box back
}

bool SeminarController::setOverride(const QString &choiceId)
{
    if (!m_room)
        return fail(QString());
    if (const Result<void> set = m_room->setOverride(choiceId); !set)
        return fail(set.error().message);
    return true;
}

bool SeminarController::setHands(const QString &choiceId, int count)
{
    if (!m_room)
        return fail(QString());
    if (const Result<void> set = m_room->setHands(choiceId, count); !set)
        return fail(set.error().message);
    return true;
}

void SeminarController::leave()
{
    if (m_server)
        m_server->endSeminar();
    m_server.reset();
    m_room.reset();
    Q_EMIT changed();
    Q_EMIT tallyChanged();
    Q_EMIT feedbackAfterEachMoveChanged();
}

} // namespace saskati
