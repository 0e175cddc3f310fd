#include "csvexport.h"

#include "scenarioloader.h"
#include "scoring.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace saskati {

QByteArray csvField(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    QByteArray quoted = utf8;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

namespace {

QByteArray csvRow(const QStringList &fields)
{
    QByteArray row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            row += ',';
        row += csvField(fields.at(i));
    }
    return row + "\r\n";
}

QString number(double value)
{
    return QString::number(value, 'g', 4);
}

/// Writes the three tables of one export, an attempt at a time.
class CsvWriter {
public:
    CsvWriter(ResultsStore &store, const ExportSelection &selection, const SelectedResults &selected,
              std::shared_ptr<const Catalog> catalog);
    void writeHeaders();
    void writeAttempt(const AttemptRecord &a);
    void writeKnowledgeAnswer(const KnowledgeAnswer &k);
    CsvExport out;

private:
    struct Row {
        const AttemptRecord &attempt;
        const Participant &person;
        const Scenario &scenario;
    };
    void writeScore(const Row &row, const Score &score);
    void writeDecisions(const Row &row, const Playthrough &played);
    void writeExposures(const Row &row, const RecognitionResult &recognition);
    std::shared_ptr<const Scenario> scenarioOf(const AttemptRecord &a);

    ResultsStore &m_store;
    const bool m_pseudonymise;
    std::shared_ptr<const Catalog> m_catalog;
    ScenarioLoader m_loader;
    QHash<QString, Participant> m_participants;
    QHash<QString, Seminar> m_seminars;
    QHash<QString, std::shared_ptr<const Scenario>> m_scenarios; // by content hash
};

CsvWriter::CsvWriter(ResultsStore &store, const ExportSelection &selection, const SelectedResults &selected,
                     std::shared_ptr<const Catalog> catalog)
    : m_store(store)
    , m_pseudonymise(selection.pseudonymise)
    , m_catalog(catalog)
    , m_loader(catalog)
{
    m_loader.setCheckMediaFiles(false);
    for (const Participant &p : selected.participants)
        m_participants.insert(p.uuid, p);
    for (const Seminar &seminar : selected.seminars)
        m_seminars.insert(seminar.uuid, seminar);
}

void CsvWriter::writeHeaders()
{
    QStringList who = {u"attempt"_s, u"participant_code"_s};
    if (!m_pseudonymise)
        who.append(u"participant_name"_s);
    out.attempts = csvRow(who + QStringList{u"role"_s,
                                            u"seminar"_s,
                                            u"seminar_date"_s,
                                            u"scenario"_s,
                                            u"scenario_version"_s,
                                            u"mode"_s,
                                            u"language"_s,
                                            u"status"_s,
                                            u"started"_s,
                                            u"finished"_s,
                                            u"total"_s,
                                            u"max"_s,
                                            u"percent"_s,
                                            u"percent_of_scenario"_s,
                                            u"capped"_s,
                                            u"recognition"_s,
                                            u"recognition_max"_s,
                                            u"recall"_s,
                                            u"precision"_s,
                                            u"conduct"_s,
                                            u"conduct_max"_s,
                                            u"referral"_s,
                                            u"referral_max"_s,
                                            u"assessment"_s,
                                            u"assessment_max"_s,
                                            u"critical_errors"_s});
    out.decisions = csvRow({u"attempt"_s, u"participant_code"_s, u"scenario"_s, u"step"_s, u"scene"_s,
                            u"choice"_s, u"points"_s, u"best_available"_s, u"critical_error_principle"_s});
    out.exposures = csvRow({u"attempt"_s, u"participant_code"_s, u"scenario"_s, u"scene"_s, u"target"_s,
                            u"indicator"_s, u"dimension"_s, u"strength"_s, u"found"_s});
    QStringList person = {u"participant_code"_s};
    if (!m_pseudonymise)
        person.append(u"participant_name"_s);
    out.knowledgeAnswers =
        csvRow(QStringList{u"seminar"_s, u"seminar_date"_s} + person +
               QStringList{u"round"_s, u"check"_s, u"question"_s, u"option"_s, u"correct"_s, u"answered"_s});
}

void CsvWriter::writeKnowledgeAnswer(const KnowledgeAnswer &k)
{
    const Seminar seminar = m_seminars.value(k.seminar);
    const Participant person = m_participants.value(k.participant);
    QStringList fields{seminar.title, seminar.date.toString(Qt::ISODate), person.code};
    if (!m_pseudonymise)
        fields.append(person.displayName);
    out.knowledgeAnswers += csvRow(fields + QStringList{roundId(k.round), k.check, k.question, k.option,
                                                        k.correct ? u"1"_s : u"0"_s, isoTime(k.answered)});
}

std::shared_ptr<const Scenario> CsvWriter::scenarioOf(const AttemptRecord &a)
{
    auto &scenario = m_scenarios[a.contentHash];
    if (!scenario)
        scenario = m_loader.loadBytes(u"snapshot:"_s + a.scenarioId, m_store.scenarioSnapshot(a.contentHash))
                       .scenario;
    return scenario;
}

void CsvWriter::writeAttempt(const AttemptRecord &a)
{
    const std::shared_ptr<const Scenario> scenario = scenarioOf(a);
    if (!scenario)
        return; // a snapshot this catalogue cannot read: the bundle export still has it
    const Result<Playthrough> p = Playthrough::replay(scenario, m_store.events(a.uuid));
    if (!p)
        return;
    const Score score = scorePlaythrough(*scenario, p->state());
    const Participant person = m_participants.value(a.participant);
    const Row row{a, person, *scenario};
    writeScore(row, score);
    writeDecisions(row, *p);
    writeExposures(row, score.recognition);
}

void CsvWriter::writeScore(const Row &row, const Score &score)
{
    const AttemptRecord &a = row.attempt;
    const Seminar seminar = m_seminars.value(a.seminar);
    QStringList fields = {a.uuid, row.person.code};
    if (!m_pseudonymise)
        fields.append(row.person.displayName);
    const RecognitionResult &r = score.recognition;
    const bool anyCue = !r.hits.isEmpty() || !r.misses.isEmpty();
    const bool anyFlag = !r.hits.isEmpty() || !r.falseFlags.isEmpty();
    out.attempts += csvRow(fields + QStringList{row.person.role,
                                                seminar.title,
                                                seminar.date.toString(Qt::ISODate),
                                                a.scenarioId,
                                                QString::number(a.scenarioVersion),
                                                playModeId(a.mode),
                                                a.language,
                                                attemptStatusId(a.status),
                                                isoTime(a.started),
                                                isoTime(a.finished),
                                                QString::number(score.points.total()),
                                                QString::number(score.pathMax.total()),
                                                QString::number(score.percent),
                                                QString::number(score.percentOfScenario),
                                                score.capped ? u"1"_s : u"0"_s,
                                                QString::number(score.points.recognition),
                                                QString::number(score.pathMax.recognition),
                                                anyCue ? number(r.recall()) : QString(),
                                                anyFlag ? number(r.precision()) : QString(),
                                                QString::number(score.points.conduct),
                                                QString::number(score.pathMax.conduct),
                                                QString::number(score.points.referral),
                                                QString::number(score.pathMax.referral),
                                                QString::number(score.points.assessment),
                                                QString::number(score.pathMax.assessment),
                                                QString::number(score.criticalErrors.size())});
}

void CsvWriter::writeDecisions(const Row &row, const Playthrough &played)
{
    const PlaythroughState &state = played.state();
    for (qsizetype step = 0; step < state.path.size(); ++step) {
        const PathStep &ps = state.path.at(step);
        const DecisionScore d = scoreChoice(row.scenario, ps.choice);
        out.decisions += csvRow({row.attempt.uuid, row.person.code, row.attempt.scenarioId,
                                 QString::number(step + 1), ps.scene, ps.choice, QString::number(d.points),
                                 QString::number(measureStep(row.scenario, state, step, ps.choice).best),
                                 d.criticalError ? d.criticalError->principle : QString()});
    }
}

void CsvWriter::writeExposures(const Row &row, const RecognitionResult &recognition)
{
    const Scenario &scenario = row.scenario;
    auto exposure = [&](const QString &id, bool found) {
        const QString scene = scenario.scenes.at(scenario.targetIndex.value(id).scene).id;
        const FlagTarget *t = scenario.targetIndex.value(id).target;
        const Indicator indicator = m_catalog->indicators.value(t->indicator);
        out.exposures += csvRow({row.attempt.uuid, row.person.code, row.attempt.scenarioId, scene, id,
                                 t->indicator, dimensionId(indicator.dimension),
                                 strengthId(indicator.strength), found ? u"1"_s : u"0"_s});
    };
    for (const FlagOutcome &hit : recognition.hits)
        exposure(hit.target, true);
    for (const FlagOutcome &miss : recognition.misses)
        exposure(miss.target, false);
}

} // namespace

CsvExport exportCsv(ResultsStore &store, const ExportSelection &selection,
                    std::shared_ptr<const Catalog> catalog)
{
    const SelectedResults s = selectResults(store, selection);
    CsvWriter writer(store, selection, s, catalog);
    writer.writeHeaders();
    for (const AttemptRecord &a : s.attempts)
        writer.writeAttempt(a);
    for (const KnowledgeAnswer &k : s.knowledgeAnswers)
        writer.writeKnowledgeAnswer(k);
    return writer.out;
}

} // namespace saskati
