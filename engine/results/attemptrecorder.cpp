#include "attemptrecorder.h"

#include "scenarioloader.h"
#include "scoring.h"

using namespace Qt::StringLiterals;

namespace saskati {

AttemptRecorder::AttemptRecorder(ResultsStore &store, AttemptRecord record, Playthrough playthrough)
    : m_store(&store)
    , m_record(std::move(record))
    , m_playthrough(std::move(playthrough))
{
    connectSink();
}

AttemptRecorder::AttemptRecorder(AttemptRecorder &&other) noexcept
    : m_store(other.m_store)
    , m_record(std::move(other.m_record))
    , m_playthrough(std::move(other.m_playthrough))
{
    connectSink(); // the sink captures `this`
}

void AttemptRecorder::connectSink()
{
    m_playthrough.setEventSink([this](const Event &event) {
        return m_store->appendEvent(m_record.uuid, event) ? QString() : m_store->lastError();
    });
}

std::optional<AttemptRecorder> AttemptRecorder::begin(ResultsStore &store,
                                                      std::shared_ptr<const Scenario> scenario,
                                                      const QString &participant, const QString &seminar,
                                                      PlayMode mode, const QString &language, QString *error)
{
    const std::optional<AttemptRecord> record =
        store.beginAttempt(participant, seminar, mode, *scenario, language);
    if (!record) {
        *error = store.lastError();
        return std::nullopt;
    }
    AttemptRecorder recorder(store, *record, Playthrough(scenario));
    if (const auto r = recorder.m_playthrough.start(mode); !r) {
        *error = r.error;
        return std::nullopt;
    }
    return recorder;
}

std::optional<AttemptRecorder> AttemptRecorder::beginInRoom(ResultsStore &store,
                                                            std::shared_ptr<const Scenario> scenario,
                                                            const QString &participant, const RoomRun &run,
                                                            const QString &language, QString *error)
{
    const std::optional<AttemptRecord> record =
        store.beginAttempt(participant, run.seminar, PlayMode::Seminar, *scenario, language, run.uuid);
    if (!record) {
        *error = store.lastError();
        return std::nullopt;
    }
    AttemptRecorder recorder(store, *record, Playthrough(scenario));
    if (const auto r = recorder.m_playthrough.startVoting(); !r) {
        *error = r.error;
        return std::nullopt;
    }
    return recorder;
}

std::optional<AttemptRecorder> AttemptRecorder::resume(ResultsStore &store, const QString &attempt,
                                                       std::shared_ptr<const Catalog> catalog, QString *error)
{
    const std::optional<AttemptRecord> record = store.attempt(attempt);
    if (!record) {
        *error = u"There is no attempt %1."_s.arg(attempt);
        return std::nullopt;
    }
    // The scenario exactly as it was when the attempt started, whatever happened to the file since.
    const QByteArray snapshot = store.scenarioSnapshot(record->contentHash);
    ScenarioLoader loader(std::move(catalog));
    loader.setCheckMediaFiles(false);
    const LoadResult loaded = loader.loadBytes(u"snapshot:"_s + record->scenarioId, snapshot);
    if (!loaded.ok()) {
        *error = u"The scenario '%1' this attempt was played with can no longer be read: %2"_s.arg(
            record->scenarioId,
            loaded.diagnostics.isEmpty() ? u"no snapshot"_s : loaded.diagnostics.first().toString());
        return std::nullopt;
    }
    QString replayError;
    std::optional<Playthrough> playthrough =
        Playthrough::replay(loaded.scenario, store.events(attempt), &replayError);
    if (!playthrough) {
        *error = u"The attempt cannot be resumed: %1"_s.arg(replayError);
        return std::nullopt;
    }
    AttemptRecorder recorder(store, *record, std::move(*playthrough));
    recorder.saveResultIfFinished();
    return recorder;
}

int reindexAttempts(ResultsStore &store, std::shared_ptr<const Catalog> catalog, QStringList *problems)
{
    // Imported attempts (bundles carry the score, not these columns) get their percent and total from it.
    if (!store.execute(
            u"UPDATE attempts SET percent = json_extract(score, '$.percent'), "
            u"total = json_extract(score, '$.total') WHERE score IS NOT NULL AND percent IS NULL"_s))
        problems->append(store.lastError());
    const QStringList missing = store.attemptsWithoutIndex();
    if (missing.isEmpty())
        return 0;
    QHash<QString, std::shared_ptr<const Scenario>> snapshots; // content hash -> scenario
    ScenarioLoader loader(std::move(catalog));
    loader.setCheckMediaFiles(false);
    int indexed = 0;
    ResultsStore::Transaction transaction(store);
    for (const QString &uuid : missing) {
        const std::optional<AttemptRecord> record = store.attempt(uuid);
        if (!record)
            continue;
        auto &scenario = snapshots[record->contentHash];
        if (!scenario) {
            const LoadResult loaded = loader.loadBytes(u"snapshot:"_s + record->scenarioId,
                                                       store.scenarioSnapshot(record->contentHash));
            scenario = loaded.scenario;
        }
        QString error;
        const std::optional<Playthrough> replayed =
            scenario ? Playthrough::replay(scenario, store.events(uuid), &error) : std::nullopt;
        if (!replayed) {
            problems->append(u"Attempt %1 of '%2' could not be replayed: %3"_s.arg(
                uuid.left(8), record->scenarioId,
                scenario ? error : u"its scenario snapshot cannot be read"_s));
            continue;
        }
        const Score score = scorePlaythrough(*scenario, replayed->state());
        if (!store.saveIndex(uuid, indexAttempt(*scenario, replayed->state(), score))) {
            problems->append(store.lastError());
            break;
        }
        ++indexed;
    }
    if (!transaction.commit())
        problems->append(store.lastError());
    return indexed;
}

Playthrough::Result AttemptRecorder::perform(const Action &action)
{
    const Playthrough::Result r = m_playthrough.perform(action);
    if (r.ok && !saveResultIfFinished())
        return {false, m_store->lastError(), true}; // the event is safe; the summary is written on resume
    return r;
}

bool AttemptRecorder::saveResultIfFinished()
{
    // The saved result follows the playthrough: a seminar may step back from an ending and finish again.
    const PlaythroughState &state = m_playthrough.state();
    const bool wasFinished = m_record.status != AttemptRecord::Status::InProgress;
    if (!state.isFinished() && !wasFinished)
        return true;
    const Event &last = m_playthrough.events().last();
    if (!state.isFinished()) {
        if (!m_store->finishAttempt(m_record.uuid, AttemptRecord::Status::InProgress, {}, {}))
            return false;
        m_record.status = AttemptRecord::Status::InProgress;
        return true;
    }
    if (wasFinished && last.type != Event::Type::Choose && last.type != Event::Type::Abandon)
        return true; // already saved for this ending
    const Score score = scorePlaythrough(m_playthrough.scenario(), state);
    const auto status = state.abandoned ? AttemptRecord::Status::Abandoned : AttemptRecord::Status::Completed;
    // Abandoned attempts say little about a decision: only completed ones feed the item analysis.
    const AttemptIndex index = indexAttempt(m_playthrough.scenario(), state, score);
    if (!m_store->finishAttempt(m_record.uuid, status, scoreToJson(score), last.timestamp,
                                status == AttemptRecord::Status::Completed ? &index : nullptr))
        return false;
    m_record.status = status;
    return true;
}

} // namespace saskati
