#include "seminarroom.h"

#include "scoring.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRoom, "saskati.room")

namespace saskati {

namespace {

const QStringList s_phaseIds = {u"lobby"_s, u"scene"_s, u"open"_s, u"closed"_s, u"revealed"_s, u"ended"_s};

// Only a hash of a phone's resume token is kept in the database: a copy of the file does not let anyone act
// as a participant.
QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

// Decisions on the longest way from a scene to an ending (scenarios have no loops: the validator says so).
int decisionsToEnding(const Scenario &scenario, const QString &sceneId, QHash<QString, int> &memo,
                      int depth = 0)
{
    if (const auto it = memo.constFind(sceneId); it != memo.constEnd())
        return *it;
    const Scene *scene = scenario.scene(sceneId);
    int longest = 0;
    if (scene && depth < 1000)
        for (const Choice &c : scene->choices)
            longest = std::max(
                longest,
                1 + (c.nextScene.isEmpty() ? 0 : decisionsToEnding(scenario, c.nextScene, memo, depth + 1)));
    memo.insert(sceneId, longest);
    return longest;
}

} // namespace

QString roomPhaseId(SeminarRoom::Phase phase)
{
    return s_phaseIds.at(int(phase));
}

QString generatedParticipantName(const QString &language, int seed)
{
    // Adjective and noun agree in gender in Latvian, so each animal comes with its adjective form.
    struct Animal {
        const char16_t *lv;
        bool feminine;
        const char16_t *en;
    };
    static const Animal animals[] = {
        {u"pūce", true, u"owl"},       {u"lapsa", true, u"fox"},     {u"vāvere", true, u"squirrel"},
        {u"zīle", true, u"tit"},       {u"bite", true, u"bee"},      {u"stirna", true, u"roe deer"},
        {u"ūdele", true, u"mink"},     {u"zivs", true, u"fish"},     {u"lācis", false, u"bear"},
        {u"ezis", false, u"hedgehog"}, {u"vilks", false, u"wolf"},   {u"zaķis", false, u"hare"},
        {u"bebrs", false, u"beaver"},  {u"briedis", false, u"deer"}, {u"dzenis", false, u"woodpecker"},
        {u"gulbis", false, u"swan"},
    };
    struct Colour {
        const char16_t *feminine;
        const char16_t *masculine;
        const char16_t *en;
    };
    static const Colour colours[] = {
        {u"Zilā", u"Zilais", u"Blue"},      {u"Zaļā", u"Zaļais", u"Green"},
        {u"Sarkanā", u"Sarkanais", u"Red"}, {u"Dzeltenā", u"Dzeltenais", u"Yellow"},
        {u"Baltā", u"Baltais", u"White"},   {u"Pelēkā", u"Pelēkais", u"Grey"},
        {u"Brūnā", u"Brūnais", u"Brown"},   {u"Oranžā", u"Oranžais", u"Orange"},
    };
    constexpr int animalCount = int(std::size(animals));
    constexpr int colourCount = int(std::size(colours));
    const int index = seed % (animalCount * colourCount);
    const Animal &a = animals[index % animalCount];
    const Colour &c = colours[index / animalCount];
    QString name = language == u"en" ? QString::fromUtf16(c.en) + u' ' + QString::fromUtf16(a.en)
                                     : QString::fromUtf16(a.feminine ? c.feminine : c.masculine) + u' ' +
                                           QString::fromUtf16(a.lv);
    if (seed >= animalCount * colourCount)
        name += u' ' + QString::number(seed / (animalCount * colourCount) + 1);
    return name;
}

int RoomTally::totalVotes() const
{
    int sum = 0;
    for (int n : votes)
        sum += n;
    for (int n : hands)
        sum += n;
    return sum;
}

SeminarRoom::SeminarRoom(ResultsStore &store, Seminar seminar, QObject *parent)
    : QObject(parent)
    , m_store(&store)
    , m_seminar(std::move(seminar))
{
    newPin();
    m_store->setAutomaticCheckpoints(false); // checkpoints happen when the lecturer moves on (setPhase)
}

SeminarRoom::~SeminarRoom()
{
    flush();
    m_store->setAutomaticCheckpoints(true);
    m_store->checkpoint();
}

void SeminarRoom::newPin()
{
    // Six digits: with the server's limits (JoinGuard) a guesser gets through a small fraction of a per cent
    // of them in a seminar day (tst_joinguard).
    m_pin = QString::number(QRandomGenerator::system()->bounded(100000, 1000000));
    Q_EMIT phaseChanged();
}

void SeminarRoom::setJoiningOpen(bool open)
{
    if (m_joiningOpen == open)
        return;
    m_joiningOpen = open;
    Q_EMIT phaseChanged();
}

SeminarRoom::Member *SeminarRoom::memberById(const QString &id)
{
    return m_byId.value(id);
}

const SeminarRoom::Member *SeminarRoom::member(const QString &memberId) const
{
    return m_byId.value(memberId);
}

QList<const SeminarRoom::Member *> SeminarRoom::members() const
{
    QList<const Member *> list;
    for (const auto &m : m_members)
        list.append(m.get());
    return list;
}

SeminarRoom::JoinResult SeminarRoom::join(const QString &pin, const QString &name, const QString &role,
                                          const QString &language)
{
    if (!m_joiningOpen || (running() && !m_recordParticipants))
        return {u"joining-closed"_s};
    if (pin.trimmed() != m_pin)
        return {u"wrong-pin"_s};
    if (int(m_members.size()) >= m_maxMembers)
        return {u"room-full"_s};
    flush();
    // A generated name is unique in this room, so the console can tell anonymous participants apart.
    QString displayName = name;
    for (int seed = int(QRandomGenerator::global()->bounded(128)); displayName.isEmpty(); ++seed) {
        const QString candidate = generatedParticipantName(language, seed);
        if (std::none_of(m_members.begin(), m_members.end(),
                         [&](const auto &m) { return m->participant.displayName == candidate; }))
            displayName = candidate;
    }
    // The person and, when a scenario runs, their attempt that follows the room: both or neither.
    ResultsStore::Transaction transaction(*m_store);
    if (!transaction.isOpen())
        return {u"storage"_s};
    const std::optional<Participant> participant = m_store->addParticipant(displayName, role);
    if (!participant)
        return {u"storage"_s};
    auto member = std::make_unique<Member>();
    member->id = randomHex(4);
    while (m_byId.contains(member->id))
        member->id = randomHex(4);
    member->token = randomHex(16);
    member->participant = *participant;
    member->language = language;
    if (running() && m_recordParticipants && m_phase != Phase::Ended) {
        QString error;
        if (!beginAttemptFor(*member, &error)) {
            Q_EMIT problem(tr("%1 could not join the running scenario: %2").arg(displayName, error));
            return {u"storage"_s};
        }
    }
    if (!m_store->addRoomMember(m_seminar.uuid,
                                {member->id, tokenHash(member->token), participant->uuid, language}) ||
        !transaction.commit()) {
        Q_EMIT problem(tr("%1 could not join: %2").arg(displayName, m_store->lastError()));
        return {u"storage"_s};
    }
    Member *raw = member.get();
    m_members.push_back(std::move(member));
    m_byId.insert(raw->id, raw);
    m_byToken.insert(tokenHash(raw->token), raw);
    Q_EMIT membersChanged();
    Q_EMIT tallyChanged();
    return {{}, raw};
}

SeminarRoom::JoinResult SeminarRoom::resume(const QString &token)
{
    Member *m = m_byToken.value(tokenHash(token));
    if (!m)
        return {u"unknown-token"_s};
    if (m->token.isEmpty())
        m->token = token; // known again after a resumed room: the phone kept it
    return {{}, m};
}

void SeminarRoom::setLanguage(const QString &memberId, const QString &language)
{
    if (Member *m = memberById(memberId))
        m->language = language;
}

bool SeminarRoom::beginAttemptFor(Member &member, QString *error)
{
    auto attempt =
        AttemptRecorder::beginInRoom(*m_store, m_scenario, member.participant.uuid, m_run, m_language, error);
    if (!attempt)
        return false;
    member.attempt = std::make_unique<AttemptRecorder>(std::move(*attempt));
    // A late joiner follows the room to where it is now; the decisions they missed count as not voted.
    for (const PathStep &step : m_room->state().path)
        if (const auto r = member.attempt->choose(step.choice); !r) {
            *error = r.error;
            return false;
        }
    return true;
}

void SeminarRoom::attachRoomSink(Playthrough &room, const QString &runId)
{
    room.setEventSink([this, runId](const Event &event) {
        return m_store->appendRoomEvent(runId, event) ? QString() : m_store->lastError();
    });
}

void SeminarRoom::restoreMembers()
{
    for (const RoomMemberRecord &record : m_store->roomMembers(m_seminar.uuid)) {
        if (m_byId.contains(record.memberId))
            continue;
        const std::optional<Participant> participant = m_store->participant(record.participant);
        if (!participant)
            continue; // erased since
        auto member = std::make_unique<Member>();
        member->id = record.memberId;
        member->participant = *participant;
        member->language = record.language;
        m_byId.insert(member->id, member.get());
        m_byToken.insert(record.tokenHash, member.get());
        m_members.push_back(std::move(member));
    }
    Q_EMIT membersChanged();
}

bool SeminarRoom::resumeRun(const RoomRun &run, std::shared_ptr<const Scenario> scenario, QString *error)
{
    if (running() || run.seminar != m_seminar.uuid || run.status != AttemptRecord::Status::InProgress) {
        *error =
            tr("Only an interrupted scenario of this seminar can be resumed, in a room that has not begun.");
        return false;
    }
    // The room's path as stored: every step it took was committed with everyone's (one transaction each).
    const QList<Event> roomEvents = m_store->roomEvents(run.uuid);
    auto room = Playthrough::replay(scenario, roomEvents, error);
    if (!room)
        return false;
    auto roomPlaythrough = std::make_unique<Playthrough>(std::move(*room));
    attachRoomSink(*roomPlaythrough, run.uuid);
    QHash<QString, AttemptRecord> attemptOf; // participant -> their attempt in this run
    for (const AttemptRecord &a : m_store->roomAttempts(run.uuid))
        if (a.status == AttemptRecord::Status::InProgress)
            attemptOf.insert(a.participant, a);
    std::vector<std::pair<Member *, std::unique_ptr<AttemptRecorder>>> attempts;
    restoreMembers();
    for (const auto &m : m_members)
        if (attemptOf.contains(m->participant.uuid)) {
            auto attempt = AttemptRecorder::resume(*m_store, attemptOf.value(m->participant.uuid).uuid,
                                                   scenario->catalog, error);
            if (!attempt)
                return false;
            attempts.emplace_back(m.get(), std::make_unique<AttemptRecorder>(std::move(*attempt)));
        }
    for (auto &[member, attempt] : attempts)
        member->attempt = std::move(attempt);
    m_scenario = std::move(scenario);
    m_room = std::move(roomPlaythrough);
    m_run = run;
    m_language = run.language;
    m_recordParticipants = !attemptOf.isEmpty() || m_members.empty();
    m_history.clear();
    m_override.clear();
    m_hands.clear();
    // A decision number not used in this run before (hand counts are kept by it).
    int steps = 0;
    for (const Event &e : roomEvents)
        steps += e.type == Event::Type::Choose || e.type == Event::Type::StepBack;
    m_decisionNumber = steps + 1;
    for (const HandCount &h : m_store->handCounts(run.uuid))
        m_decisionNumber = std::max(m_decisionNumber, h.decision + 1);
    // Who had answered the decision open at the crash keeps counting in its tally.
    const QString scene = m_room->state().scene;
    for (const auto &m : m_members)
        if (m->attempt) {
            const PlaythroughState &s = m->attempt->playthrough().state();
            if (s.votes.contains(scene) || std::any_of(s.flags.cbegin(), s.flags.cend(),
                                                       [&](const Flag &f) { return f.scene == scene; }))
                m->answeredDecision = m_decisionNumber;
        }
    qCInfo(lcRoom) << "resumed the room run" << run.uuid << "at" << scene << "with" << m_members.size()
                   << "participants";
    Q_EMIT membersChanged();
    setPhase(m_room->state().isFinished() ? Phase::Ended : Phase::Scene);
    return true;
}

bool SeminarRoom::start(std::shared_ptr<const Scenario> scenario, const QString &language,
                        bool recordParticipants, QString *error)
{
    flush();
    if (running() && m_phase != Phase::Ended) {
        *error = tr("A scenario is running; stop it or play it to its end first.");
        return false;
    }
    // The room's run and every participant's attempt are created together, or nothing is.
    ResultsStore::Transaction transaction(*m_store);
    if (!transaction.isOpen()) {
        *error = m_store->lastError();
        return false;
    }
    const std::optional<RoomRun> run = m_store->beginRoomRun(m_seminar.uuid, *scenario, language);
    if (!run) {
        *error = m_store->lastError();
        return false;
    }
    auto room = std::make_unique<Playthrough>(scenario);
    attachRoomSink(*room, run->uuid);
    if (const auto r = room->start(PlayMode::Seminar); !r) {
        *error = r.error;
        return false;
    }
    std::vector<std::pair<Member *, std::unique_ptr<AttemptRecorder>>> attempts;
    if (recordParticipants)
        for (const auto &m : m_members) {
            auto attempt =
                AttemptRecorder::beginInRoom(*m_store, scenario, m->participant.uuid, *run, language, error);
            if (!attempt)
                return false;
            attempts.emplace_back(m.get(), std::make_unique<AttemptRecorder>(std::move(*attempt)));
        }
    if (!transaction.commit()) {
        *error = m_store->lastError();
        return false;
    }
    m_scenario = std::move(scenario);
    m_room = std::move(room);
    m_run = *run;
    m_language = language;
    m_recordParticipants = recordParticipants;
    m_history.clear();
    m_override.clear();
    m_hands.clear();
    ++m_decisionNumber;
    for (const auto &m : m_members)
        m->attempt.reset();
    for (auto &[member, attempt] : attempts)
        member->attempt = std::move(attempt);
    setPhase(Phase::Scene);
    return true;
}

const Scene *SeminarRoom::currentScene() const
{
    return m_room ? m_scenario->scene(m_room->state().scene) : nullptr;
}

QList<const Choice *> SeminarRoom::availableChoices() const
{
    return m_room ? m_room->availableChoices() : QList<const Choice *>();
}

QString SeminarRoom::decisionId() const
{
    return m_room ? u"%1#%2"_s.arg(m_room->state().scene).arg(m_decisionNumber) : QString();
}

std::pair<int, int> SeminarRoom::progress() const
{
    if (!m_room)
        return {0, 0};
    QHash<QString, int> memo;
    const int taken = int(m_room->state().path.size());
    const int ahead =
        m_room->state().scene.isEmpty() ? 0 : decisionsToEnding(*m_scenario, m_room->state().scene, memo);
    return {std::min(taken + 1, taken + ahead), taken + ahead};
}

void SeminarRoom::setPhase(Phase phase)
{
    m_store->checkpoint(); // between answers, not during them: see setAutomaticCheckpoints
    m_phase = phase;
    Q_EMIT phaseChanged();
    Q_EMIT tallyChanged();
}

bool SeminarRoom::next(QString *error)
{
    flush();
    if (!m_room) {
        *error = tr("Start a scenario first.");
        return false;
    }
    switch (m_phase) {
    case Phase::Lobby:
        *error = tr("Start a scenario first.");
        return false;
    case Phase::Scene:
        setPhase(Phase::Open);
        return true;
    case Phase::Open: {
        ResultsStore::Transaction step(*m_store);
        if (!step.isOpen()) {
            *error = m_store->lastError();
            return false;
        }
        if (!applyMajority(error))
            return undoStep(step, *error, error);
        if (!step.commit())
            return undoStep(step, m_store->lastError(), error);
        setPhase(Phase::Closed);
        return true;
    }
    case Phase::Closed:
        setPhase(Phase::Revealed);
        return true;
    case Phase::Revealed: {
        const QString choice = roomChoice();
        if (choice.isEmpty()) {
            *error = tr("Nobody has answered: choose the room's answer first.");
            return false;
        }
        RoomDecision decision{m_decisionNumber, m_room->state().scene, tally(), choice,
                              !m_override.isEmpty()};
        // The room's choice, every participant's, and the result when it ends the scenario: one step.
        ResultsStore::Transaction step(*m_store);
        if (!step.isOpen()) {
            *error = m_store->lastError();
            return false;
        }
        if (const auto r = m_room->choose(choice); !r)
            return undoStep(step, r.error, error);
        if (!followRoom(Action::choose(choice), error))
            return undoStep(step, *error, error);
        const bool finished = m_room->state().isFinished();
        if (finished && !finishRun(error))
            return undoStep(step, *error, error);
        if (!step.commit())
            return undoStep(step, m_store->lastError(), error);
        m_history.append(decision);
        m_override.clear();
        m_hands.clear();
        ++m_decisionNumber;
        setPhase(finished ? Phase::Ended : Phase::Scene);
        return true;
    }
    case Phase::Ended:
        *error = tr("The scenario has ended.");
        return false;
    }
    return false;
}

bool SeminarRoom::back(QString *error)
{
    flush();
    switch (m_phase) {
    case Phase::Lobby:
        *error = tr("Nothing to go back to.");
        return false;
    case Phase::Open:
        setPhase(Phase::Scene);
        return true;
    case Phase::Closed:
        setPhase(Phase::Open);
        return true;
    case Phase::Revealed:
        setPhase(Phase::Closed);
        return true;
    case Phase::Scene:
    case Phase::Ended: {
        if (!m_room || !m_room->canStepBack()) {
            *error = tr("This is the first decision.");
            return false;
        }
        ResultsStore::Transaction step(*m_store);
        if (!step.isOpen()) {
            *error = m_store->lastError();
            return false;
        }
        if (const auto r = m_room->stepBack(); !r)
            return undoStep(step, r.error, error);
        if (!followRoom(Action::stepBack(), error))
            return undoStep(step, *error, error);
        if (m_phase == Phase::Ended &&
            !m_store->finishRoomRun(m_run.uuid, AttemptRecord::Status::InProgress, {}, {}))
            return undoStep(step, m_store->lastError(), error);
        if (!step.commit())
            return undoStep(step, m_store->lastError(), error);
        if (m_phase == Phase::Ended)
            m_run.status = AttemptRecord::Status::InProgress;
        if (!m_history.isEmpty()) {
            m_override = m_history.last().overridden ? m_history.last().roomChoice : QString();
            m_hands = m_history.last().tally.hands;
            m_history.removeLast();
        }
        ++m_decisionNumber;
        setPhase(Phase::Revealed);
        return true;
    }
    }
    return false;
}

bool SeminarRoom::stop(QString *error)
{
    flush();
    if (!m_room || m_room->state().isFinished()) {
        *error = tr("No scenario is running.");
        return false;
    }
    ResultsStore::Transaction step(*m_store);
    if (!step.isOpen()) {
        *error = m_store->lastError();
        return false;
    }
    if (const auto r = m_room->abandon(); !r)
        return undoStep(step, r.error, error);
    if (!followRoom(Action::abandon(), error) || !finishRun(error))
        return undoStep(step, *error, error);
    if (!step.commit())
        return undoStep(step, m_store->lastError(), error);
    setPhase(Phase::Ended);
    return true;
}

bool SeminarRoom::finishRun(QString *error)
{
    const Score score = scorePlaythrough(*m_scenario, m_room->state());
    const auto status =
        m_room->state().abandoned ? AttemptRecord::Status::Abandoned : AttemptRecord::Status::Completed;
    if (!m_store->finishRoomRun(m_run.uuid, status, scoreToJson(score), QDateTime::currentDateTimeUtc())) {
        *error = tr("The room's result could not be saved: %1").arg(m_store->lastError());
        return false;
    }
    m_run.status = status;
    return true;
}

bool SeminarRoom::followRoom(const Action &action, QString *error)
{
    if (!m_recordParticipants)
        return true;
    QStringList stuck;
    for (const auto &m : m_members) {
        if (!m->attempt)
            continue;
        if (const auto r = m->attempt->perform(action); !r) {
            if (r.notStored) {
                *error = r.error;
                return false;
            }
            // A participant's attempt that cannot follow is left where it is: the room goes on, and the
            // lecturer is told whose answers stop counting.
            qCWarning(lcRoom) << "participant" << m->id << "could not follow the room:" << r.error;
            stuck.append(m->participant.displayName);
        }
    }
    if (!stuck.isEmpty())
        Q_EMIT problem(tr("The answers of %1 could not follow the room's step and are no longer recorded "
                          "for this scenario.")
                           .arg(stuck.join(u", "_s)));
    return true;
}

bool SeminarRoom::undoStep(ResultsStore::Transaction &step, const QString &why, QString *error)
{
    step.rollback();
    reloadFromStore();
    *error = why;
    return false;
}

void SeminarRoom::reloadFromStore()
{
    if (!m_room)
        return;
    QString error;
    if (auto room = Playthrough::replay(m_scenario, m_store->roomEvents(m_run.uuid), &error)) {
        m_room = std::make_unique<Playthrough>(std::move(*room));
        attachRoomSink(*m_room, m_run.uuid);
    } else {
        Q_EMIT problem(tr("The room's path could not be read back from the database: %1").arg(error));
    }
    if (const std::optional<RoomRun> stored = [&]() -> std::optional<RoomRun> {
            for (const RoomRun &r : m_store->roomRuns(m_seminar.uuid))
                if (r.uuid == m_run.uuid)
                    return r;
            return std::nullopt;
        }())
        m_run = *stored;
    for (const auto &m : m_members)
        if (!rereadAttempt(*m, &error))
            Q_EMIT problem(tr("The answers of %1 could not be read back from the database: %2")
                               .arg(m->participant.displayName, error));
    Q_EMIT tallyChanged();
}

bool SeminarRoom::rereadAttempt(Member &member, QString *error)
{
    if (!member.attempt)
        return true;
    auto restored =
        AttemptRecorder::resume(*m_store, member.attempt->record().uuid, m_scenario->catalog, error);
    if (!restored)
        return false;
    member.attempt = std::make_unique<AttemptRecorder>(std::move(*restored));
    return true;
}

bool SeminarRoom::setOverride(const QString &choice, QString *error)
{
    if (m_phase != Phase::Closed && m_phase != Phase::Revealed && m_phase != Phase::Open &&
        m_phase != Phase::Scene) {
        *error = tr("There is no decision to choose for.");
        return false;
    }
    if (!choice.isEmpty()) {
        const QList<const Choice *> available = availableChoices();
        if (std::none_of(available.begin(), available.end(),
                         [&](const Choice *c) { return c->id == choice; })) {
            *error = tr("'%1' is not a choice of this decision.").arg(choice);
            return false;
        }
    }
    m_override = choice;
    Q_EMIT tallyChanged();
    return true;
}

bool SeminarRoom::setHands(const QString &choice, int count, QString *error)
{
    const QList<const Choice *> available = availableChoices();
    if (std::none_of(available.begin(), available.end(), [&](const Choice *c) { return c->id == choice; })) {
        *error = tr("'%1' is not a choice of this decision.").arg(choice);
        return false;
    }
    if (count < 0 || count > 10000) {
        *error = tr("A show of hands counts 0 to 10,000 hands.");
        return false;
    }
    if (count == 0)
        m_hands.remove(choice);
    else
        m_hands.insert(choice, count);
    QJsonObject counts;
    for (auto it = m_hands.cbegin(); it != m_hands.cend(); ++it)
        counts.insert(it.key(), it.value());
    if (!m_store->saveHandCount(m_run.uuid, m_decisionNumber, m_room->state().scene, counts)) {
        *error = m_store->lastError();
        return false;
    }
    Q_EMIT tallyChanged();
    return true;
}

QString SeminarRoom::roomChoice() const
{
    if (!m_override.isEmpty())
        return m_override;
    const RoomTally t = tally();
    QString best;
    int bestCount = 0;
    for (const Choice *c : availableChoices()) // scene order breaks ties
        if (t.total(c->id) > bestCount) {
            best = c->id;
            bestCount = t.total(c->id);
        }
    return best;
}

RoomTally SeminarRoom::tally() const
{
    RoomTally t;
    t.hands = m_hands;
    if (!m_room)
        return t;
    const QString scene = m_room->state().scene;
    for (const auto &m : m_members) {
        if (!m->attempt)
            continue;
        ++t.members;
        if (m->answeredDecision != m_decisionNumber)
            continue;
        ++t.answered;
        const PlaythroughState &s = m->attempt->playthrough().state();
        if (const auto vote = s.votes.constFind(scene); vote != s.votes.constEnd()) {
            ++t.voted;
            ++t.votes[*vote];
        }
        for (const Flag &f : s.flags)
            if (f.scene == scene) {
                ++t.flags[f.target];
                ++t.named[f.target][f.indicator];
            }
        const Scene *current = m_scenario->scene(scene);
        if (current && current->kind == Scene::Kind::Referral && s.referral) {
            ++t.plans;
            for (const ReferralStep &step : *s.referral)
                ++t.institutions[step.institution];
        }
        if (current && current->kind == Scene::Kind::Assessment)
            for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it)
                for (const QString &option : it.value())
                    ++t.answers[it.key()][option];
    }
    return t;
}

QJsonObject SeminarRoom::answersOf(const QString &memberId) const
{
    const Member *m = member(memberId);
    QJsonObject flags;
    QJsonValue vote = QJsonValue::Null, referral = QJsonValue::Null;
    QJsonObject answers;
    if (m && m->attempt && m_room) {
        const PlaythroughState &s = m->attempt->playthrough().state();
        const QString scene = m_room->state().scene;
        for (const Flag &f : s.flags)
            if (f.scene == scene)
                flags.insert(f.target, f.indicator);
        if (s.votes.contains(scene))
            vote = s.votes.value(scene);
        if (s.referral) {
            QJsonArray plan;
            for (const ReferralStep &step : *s.referral)
                plan.append(QJsonObject{{u"institution"_s, step.institution},
                                        {u"urgency"_s, urgencyId(step.urgency)}});
            referral = plan;
        }
        for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it)
            answers.insert(it.key(), QJsonArray::fromStringList(it.value()));
    }
    return QJsonObject{
        {u"flags"_s, flags}, {u"vote"_s, vote}, {u"referral"_s, referral}, {u"answers"_s, answers}};
}

SeminarRoom::Answer SeminarRoom::submit(const QString &memberId, const ParticipantMessage &message)
{
    Member *m = memberById(memberId);
    if (!m)
        return Answer::NotJoined;
    if (m_phase != Phase::Open || !m->attempt)
        return Answer::Closed;
    Action action;
    switch (message.type) {
    case ParticipantMessage::Type::Flag:
        action = Action::flag(message.target, message.indicator);
        break;
    case ParticipantMessage::Type::Unflag:
        action = Action::unflag(message.target);
        break;
    case ParticipantMessage::Type::Vote:
        action = Action::vote(message.choice);
        break;
    case ParticipantMessage::Type::Referral:
        action = Action::submitReferral(message.plan);
        break;
    case ParticipantMessage::Type::Answer:
        action = Action::answer(message.question, message.options);
        break;
    default:
        return Answer::Invalid;
    }
    const Event::Type type = action.type;
    // Re-sending what is already held changes nothing and is not recorded again.
    const PlaythroughState &state = m->attempt->playthrough().state();
    const bool unchanged = (type == Event::Type::Vote && state.votes.value(state.scene) == message.choice) ||
                           (type == Event::Type::Unflag && !state.flags.contains(message.target)) ||
                           (type == Event::Type::Flag && state.flags.contains(message.target) &&
                            state.flags.value(message.target).indicator == message.indicator);
    if (unchanged) {
        if (!m_pending.contains(m->id))
            m_pending.append(m->id);
        if (!m_answers)
            QTimer::singleShot(0, this, &SeminarRoom::flush);
        return Answer::Pending;
    }
    if (!m_answers) {
        auto transaction = std::make_unique<ResultsStore::Transaction>(*m_store);
        if (!transaction->isOpen())
            return Answer::Storage;
        m_answers = std::move(transaction);
        QTimer::singleShot(0, this, &SeminarRoom::flush);
    }
    if (const auto r = m->attempt->perform(action); !r) {
        return r.notStored ? Answer::Storage : Answer::Invalid;
    }
    m->answeredDecision = m_decisionNumber;
    if (!m_pending.contains(m->id))
        m_pending.append(m->id);
    return Answer::Pending;
}

bool SeminarRoom::flush()
{
    const QStringList pending = std::exchange(m_pending, {});
    if (!m_answers) {
        if (!pending.isEmpty())
            Q_EMIT answersSaved(pending); // repeats of what was already saved
        return true;
    }
    const std::unique_ptr<ResultsStore::Transaction> answers = std::move(m_answers);
    if (answers->commit()) {
        Q_EMIT answersSaved(pending);
        Q_EMIT tallyChanged();
        return true;
    }
    // The answers were performed in memory but never reached the disk: read the attempts back as stored.
    const QString error = m_store->lastError();
    for (const QString &id : pending) {
        Member *m = memberById(id);
        QString resumeError;
        if (m && !rereadAttempt(*m, &resumeError))
            qCWarning(lcRoom) << "could not re-read an attempt:" << resumeError;
    }
    Q_EMIT answersLost(pending, error);
    Q_EMIT tallyChanged();
    return false;
}

bool SeminarRoom::applyMajority(QString *error)
{
    const Scene *scene = currentScene();
    if (!scene)
        return true;
    QStringList refused;
    // The room's playthrough refuses what its rules do not allow (the lecturer is told); a refusal of the
    // database ends the step.
    auto keep = [&](const Playthrough::Result &r, const QString &what) {
        if (r)
            return true;
        if (r.notStored) {
            *error = r.error;
            return false;
        }
        refused.append(u"%1 (%2)"_s.arg(what, r.error));
        return true;
    };
    const RoomTally t = tally();
    const int half = t.answered / 2;
    // Flags placed by more than half of those who answered, with the indicator most of them named.
    for (auto it = t.flags.cbegin(); it != t.flags.cend(); ++it) {
        if (it.value() <= half || m_room->state().flags.contains(it.key()))
            continue;
        const QMap<QString, int> &named = t.named.value(it.key());
        const auto most = std::max_element(named.cbegin(), named.cend());
        if (!keep(m_room->flag(it.key(), most == named.cend() ? QString() : most.key()), it.key()))
            return false;
    }
    if (scene->kind == Scene::Kind::Referral && t.plans > 0) {
        // Institutions in more than half of the plans, in their average position, with the commonest urgency.
        struct Entry {
            double position = 0;
            QMap<int, int> urgencies;
        };
        QMap<QString, Entry> entries;
        for (const auto &m : m_members) {
            if (!m->attempt || m->answeredDecision != m_decisionNumber)
                continue;
            const auto &plan = m->attempt->playthrough().state().referral;
            if (!plan)
                continue;
            for (qsizetype i = 0; i < plan->size(); ++i) {
                Entry &e = entries[plan->at(i).institution];
                e.position += double(i);
                ++e.urgencies[int(plan->at(i).urgency)];
            }
        }
        QList<std::pair<double, ReferralStep>> chosen;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            const int count = t.institutions.value(it.key());
            if (count * 2 <= t.plans)
                continue;
            const auto urgency = std::max_element(it->urgencies.cbegin(), it->urgencies.cend());
            chosen.append({it->position / count, ReferralStep{it.key(), Urgency(urgency.key())}});
        }
        std::stable_sort(chosen.begin(), chosen.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<ReferralStep> plan;
        for (const auto &entry : chosen)
            plan.append(entry.second);
        if (!keep(m_room->submitReferral(plan), tr("the referral plan")))
            return false;
    }
    if (scene->kind == Scene::Kind::Assessment) {
        for (const Question &q : m_scenario->questions) {
            const QMap<QString, int> counts = t.answers.value(q.id);
            if (counts.isEmpty())
                continue;
            QStringList options;
            if (q.kind == Question::Kind::Multiple || q.kind == Question::Kind::Dimensions) {
                for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                    if (it.value() * 2 > t.answered)
                        options.append(it.key());
            } else {
                options.append(std::max_element(counts.cbegin(), counts.cend()).key());
            }
            if (!options.isEmpty() && !keep(m_room->answer(q.id, options), q.id))
                return false;
        }
    }
    if (!refused.isEmpty())
        Q_EMIT problem(tr("The room's majority answers were not all taken: %1").arg(refused.join(u"; "_s)));
    return true;
}

} // namespace saskati
