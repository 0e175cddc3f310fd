#include "attemptrecorder.h"

#include "choiceorder.h"

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
    m_playthrough.setEventSink(
        [this](const Event &event) { return m_store->appendEvent(m_record.uuid, event); });
}

Result<AttemptRecorder> AttemptRecorder::begin(ResultsStore &store, std::shared_ptr<const Scenario> scenario,
                                               const QString &participant, const QString &seminar,
                                               PlayMode mode, const QString &language)
{
    const Result<AttemptRecord> record = store.beginAttempt(participant, seminar, mode, *scenario, language);
    if (!record)
        return record.error();
    AttemptRecorder recorder(store, *record, Playthrough(scenario));
    // Each attempt shows the choices in its own order, recorded in its first event.
    if (const Result<void> r = recorder.m_playthrough.start(mode, newChoiceOrderSeed()); !r)
        return Error(r.error().message);
    return recorder;
}

Result<AttemptRecorder> AttemptRecorder::beginInRoom(ResultsStore &store,
                                                     std::shared_ptr<const Scenario> scenario,
                                                     const QString &participant, const RoomRun &run,
                                                     const QString &language,
                                                     std::optional<quint32> choiceOrderSeed)
{
    const Result<AttemptRecord> record =
        store.beginAttempt(participant, run.seminar, PlayMode::Seminar, *scenario, language, run.uuid);
    if (!record)
        return record.error();
    AttemptRecorder recorder(store, *record, Playthrough(scenario));
    if (const Result<void> r = recorder.m_playthrough.startVoting(choiceOrderSeed); !r)
        return Error(r.error().message);
    return recorder;
}

Result<AttemptRecorder> AttemptRecorder::resume(ResultsStore &store, const QString &attempt,
                                                std::shared_ptr<const Catalog> catalog, bool saveResult)
{
    const std::optional<AttemptRecord> record = store.attempt(attempt);
    if (!record)
        return Error(u"There is no attempt %1."_s.arg(attempt));
    // The scenario exactly as it was when the attempt started, whatever happened to the file since.
    const QByteArray snapshot = store.scenarioSnapshot(record->contentHash);
    ScenarioLoader loader(std::move(catalog));
    loader.setCheckMediaFiles(false);
    const LoadResult loaded = loader.loadBytes(u"snapshot:"_s + record->scenarioId, snapshot);
    if (!loaded.ok())
        return Error(u"The scenario '%1' this attempt was played with can no longer be read: %2"_s.arg(
            record->scenarioId,
            loaded.diagnostics.isEmpty() ? u"no snapshot"_s : loaded.diagnostics.first().toString()));
    Result<Playthrough> playthrough = Playthrough::replay(loaded.scenario, store.events(attempt));
    if (!playthrough)
        return Error(u"The attempt cannot be resumed: %1"_s.arg(playthrough.error().message));
    AttemptRecorder recorder(store, *record, std::move(*playthrough));
    if (saveResult)
        recorder.saveResultIfFinished();
    return recorder;
}

int reindexAttempts(ResultsStore &store, std::shared_ptr<const Catalog> catalog, QStringList *problems)
{
    // Imported attempts (bundles carry the score, not these columns) get their percent and total from it.
    if (const Result<void> updated = store.execute(
            u"UPDATE attempts SET percent = json_extract(score, '$.percent'), "
            u"total = json_extract(score, '$.total') WHERE score IS NOT NULL AND percent IS NULL"_s);
        !updated)
        problems->append(updated.error().message);
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
        const Result<Playthrough> replayed = scenario ? Playthrough::replay(scenario, store.events(uuid))
                                                      : Error(u"its scenario snapshot cannot be read"_s);
        if (!replayed) {
            problems->append(u"Attempt %1 of '%2' could not be replayed: %3"_s.arg(
                uuid.left(8), record->scenarioId, replayed.error().message));
            continue;
        }
        const Score score = scorePlaythrough(*scenario, replayed->state());
        if (const Result<void> saved =
                store.saveIndex(uuid, indexAttempt(*scenario, replayed->state(), score));
            !saved) {
            problems->append(saved.error().message);
            break;
        }
        ++indexed;
    }
    if (const Result<void> committed = transaction.commit(); !committed)
        problems->append(committed.error().message);
    return indexed;
}

Result<void> AttemptRecorder::perform(const Action &action)
{
    Result<void> r = m_playthrough.perform(action);
    if (!r)
        return r;
    if (const Result<void> saved = saveResultIfFinished(); !saved) // the event is safe; the summary is
        return Error::withCode(Playthrough::notStoredCode, saved.error().message); // written on resume
    return r;
}

Result<void> AttemptRecorder::saveResultIfFinished()
{
    // The saved result follows the playthrough: a seminar may step back from an ending and finish again.
    const PlaythroughState &state = m_playthrough.state();
    const bool wasFinished = m_record.status != AttemptRecord::Status::InProgress;
    if (!state.isFinished() && !wasFinished)
        return {};
    const Event &last = m_playthrough.events().last();
    if (!state.isFinished()) {
        if (Result<void> saved =
                m_store->finishAttempt(m_record.uuid, AttemptRecord::Status::InProgress, {}, {});
            !saved)
            return saved;
        m_record.status = AttemptRecord::Status::InProgress;
        return {};
    }
    if (wasFinished && last.type != Event::Type::Choose && last.type != Event::Type::Abandon)
        return {}; // already saved for this ending
    const Score score = scorePlaythrough(m_playthrough.scenario(), state);
    const auto status = state.abandoned ? AttemptRecord::Status::Abandoned : AttemptRecord::Status::Completed;
    // Abandoned attempts say little about a decision: only completed ones feed the item analysis.
    const AttemptIndex index = indexAttempt(m_playthrough.scenario(), state, score);
    if (Result<void> saved =
            m_store->finishAttempt(m_record.uuid, status, scoreToJson(score), last.timestamp,
                                   status == AttemptRecord::Status::Completed ? &index : nullptr);
        !saved)
        return saved;
    m_record.status = status;
    return {};
}

} // namespace saskati
