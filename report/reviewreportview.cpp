#include "reviewreportview.h"

#include "catalog.h"
#include "scenario.h"

using namespace Qt::StringLiterals;

namespace saskati {

ReviewReportView::ReviewReportView(ReviewReport report, ReportNaming naming)
    : m_report(std::move(report))
    , m_naming(std::move(naming))
{
    if (m_naming.scenario && !m_report.filter.scenario.isEmpty())
        m_scenario = m_naming.scenario(m_report.filter.scenario);
}

QString ReportNaming::scenarioTitle(const QString &id) const
{
    const auto found = scenario ? scenario(id) : nullptr;
    return found ? found->title.text(language) : id;
}

QString ReportNaming::roleName(const QString &role) const
{
    return catalog && catalog->roles.contains(role) ? catalog->roles.value(role).name.text(language) : role;
}

QString ReportNaming::indicatorName(const QString &indicator) const
{
    return catalog && catalog->indicators.contains(indicator)
               ? catalog->indicators.value(indicator).name.text(language)
               : indicator;
}

QString ReportNaming::questionTypeName(const QString &type) const
{
    return catalog && catalog->questionTypes.contains(type)
               ? catalog->questionTypes.value(type).name.text(language)
               : type;
}

QString ReviewReportView::itemLabel(const QString &item) const
{
    if (item == u"referral")
        return tr("Referral plan");
    if (m_scenario && item.startsWith(u"choice:")) {
        // A conversation's later turns: "choice:<scene>#<turn>".
        const QString key = item.mid(7);
        const qsizetype hash = key.indexOf(u'#');
        if (const Scene *scene = m_scenario->scene(hash < 0 ? key : key.left(hash)))
            return hash < 0 ? scene->title.text(m_naming.language)
                            : tr("%1, turn %2")
                                  .arg(scene->title.text(m_naming.language))
                                  .arg(key.mid(hash + 1).toInt() + 1);
    }
    if (m_scenario && item.startsWith(u"question:"))
        if (const Question *q = m_scenario->question(item.mid(9)))
            return q->prompt.text(m_naming.language);
    return item;
}

QString ReviewReportView::answerLabel(const QString &item, const QString &answer) const
{
    if (answer.isEmpty() || !m_scenario)
        return answer.isEmpty() ? u"—"_s : answer;
    if (item.startsWith(u"choice:"))
        if (const Choice *c = m_scenario->choice(answer))
            return u"“%1”"_s.arg(c->text.text(m_naming.language));
    if (const Question *q = item.startsWith(u"question:") ? m_scenario->question(item.mid(9)) : nullptr) {
        QStringList texts;
        for (const QString &option : answer.split(u'+'))
            for (const AnswerOption &o : q->options)
                if (o.id == option)
                    texts.append(o.text.text(m_naming.language));
        return u"“%1”"_s.arg(texts.join(u" + "_s));
    }
    return answer;
}

QVariantList ReviewReportView::seminars() const
{
    QVariantList rows;
    for (const Seminar &s : m_report.seminars)
        rows.append(QVariantMap{{u"id"_s, s.uuid}, {u"title"_s, m_report.seminarTitle(s.uuid)}});
    return rows;
}

QVariantList ReviewReportView::people() const
{
    QVariantList rows;
    for (const ParticipantRow &p : m_report.people)
        rows.append(QVariantMap{{u"uuid"_s, p.uuid},
                                {u"name"_s, p.name},
                                {u"code"_s, p.code},
                                {u"role"_s, m_naming.roleName(p.role)},
                                {u"attempts"_s, p.attempts},
                                {u"meanPercent"_s, qRound(p.meanPercent)},
                                {u"bestPercent"_s, p.bestPercent}});
    return rows;
}

QString ReviewReportView::statusName(const AttemptRecord &attempt) const
{
    switch (attempt.status) {
    case AttemptRecord::Status::Completed:
        return tr("completed");
    case AttemptRecord::Status::Abandoned:
        return tr("abandoned");
    case AttemptRecord::Status::Interrupted:
        return tr("interrupted (the seminar was not resumed)");
    case AttemptRecord::Status::InProgress:
        break;
    }
    return tr("not finished");
}

QVariantMap ReviewReportView::person() const
{
    if (!m_report.person)
        return {};
    const PersonHistory &history = *m_report.person;
    QVariantList attempts;
    for (const AttemptRecord &a : history.attempts)
        attempts.append(QVariantMap{{u"uuid"_s, a.uuid},
                                    {u"date"_s, a.started.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)},
                                    {u"scenario"_s, m_naming.scenarioTitle(a.scenarioId)},
                                    {u"seminar"_s, m_report.seminarTitle(a.seminar)},
                                    {u"status"_s, statusName(a)},
                                    {u"completed"_s, a.status == AttemptRecord::Status::Completed},
                                    {u"finished"_s, a.status != AttemptRecord::Status::InProgress},
                                    {u"percent"_s, a.score.value(u"percent"_s).toInt()}});
    return QVariantMap{{u"uuid"_s, history.participant.uuid},
                       {u"name"_s, history.participant.displayName},
                       {u"code"_s, history.participant.code},
                       {u"pseudonymous"_s, history.pseudonymous()},
                       {u"attempts"_s, attempts}};
}

QString ReviewReportView::countsText() const
{
    const Overview &o = m_report.overview;
    return QStringList{tr("%n completed attempt(s)", "", o.attempts),
                       tr("%n participant(s)", "", o.participants), tr("%n seminar(s)", "", o.seminars)}
        .join(u" · "_s);
}

QVariantMap ReviewReportView::overview() const
{
    const Overview &o = m_report.overview;
    QVariantList months, histogram;
    for (const OverviewMonth &m : o.months)
        months.append(QVariantMap{{u"month"_s, m.month},
                                  {u"seminars"_s, m.seminars},
                                  {u"participants"_s, m.participants},
                                  {u"attempts"_s, m.attempts},
                                  {u"meanPercent"_s, qRound(m.meanPercent)}});
    int largest = 1;
    for (int n : o.histogram)
        largest = std::max(largest, n);
    for (int i = 0; i < o.histogram.size(); ++i)
        histogram.append(QVariantMap{{u"label"_s, u"%1–%2"_s.arg(i * 10).arg(i == 9 ? 100 : i * 10 + 9)},
                                     {u"count"_s, o.histogram[i]},
                                     {u"share"_s, double(o.histogram[i]) / largest}});
    return QVariantMap{{u"attempts"_s, o.attempts}, {u"participants"_s, o.participants},
                       {u"seminars"_s, o.seminars}, {u"months"_s, months},
                       {u"histogram"_s, histogram}, {u"summary"_s, countsText()}};
}

QVariantList ReviewReportView::indicators() const
{
    QVariantList rows;
    for (const IndicatorRow &r : m_report.indicators)
        rows.append(QVariantMap{{u"id"_s, r.indicator},
                                {u"name"_s, m_naming.indicatorName(r.indicator)},
                                {u"exposures"_s, r.exposures},
                                {u"found"_s, r.found},
                                {u"detection"_s, qRound(100 * r.detectionRate())},
                                {u"falseNamed"_s, r.falseNamed},
                                {u"falseFlagRate"_s, qRound(100 * r.falseFlagRate())},
                                {u"enough"_s, r.enough()}});
    return rows;
}

QVariantList ReviewReportView::decisions() const
{
    QVariantList rows;
    for (const DecisionRow &r : m_report.decisions) {
        // Answers that are critical errors (harm to the person) are marked: the discussion starts there.
        QStringList answers;
        for (const AnswerCount &a : r.answers)
            answers.append(u"%1 × %2%3"_s.arg(a.count).arg(answerLabel(r.item, a.answer),
                                                           a.critical ? u" ⚠"_s : QString()));
        const ItemStatistics &s = r.statistics;
        rows.append(QVariantMap{
            {u"item"_s, r.item},
            {u"label"_s, itemLabel(r.item)},
            {u"attempts"_s, s.attempts},
            {u"facility"_s, qRound(100 * s.facility)},
            {u"discrimination"_s, s.discrimination ? QVariant(qRound(*s.discrimination)) : QVariant()},
            {u"efficiency"_s, s.efficiency ? QVariant(qRound(*s.efficiency)) : QVariant()},
            {u"dubious"_s, s.dubious()},
            {u"critical"_s, r.criticalCount},
            {u"answers"_s, answers.join(u",  "_s)}});
    }
    return rows;
}

QString ReviewReportView::gainLevelName(const std::optional<double> &gain) const
{
    if (!gain)
        return {};
    switch (gainLevel(*gain)) {
    case GainLevel::Low:
        return tr("low");
    case GainLevel::Medium:
        return tr("medium");
    case GainLevel::High:
        return tr("high");
    }
    return {};
}

QString ReviewReportView::gainText(const std::optional<double> &gain) const
{
    // A gain needs room to grow: (latest − first) / (100 − first) has no value when every first attempt
    // already scored 100 %.
    if (!gain)
        return tr("none (every first attempt already scored 100 %)");
    return u"%1 (%2)"_s.arg(QString::number(*gain, 'f', 2), gainLevelName(gain));
}

QVariantMap ReviewReportView::gain() const
{
    const GainStatistics &g = m_report.gain;
    auto number = [](const std::optional<double> &gain) {
        return gain ? QVariant(QString::number(*gain, 'f', 2)) : QVariant(u"—"_s);
    };
    return QVariantMap{{u"pairs"_s, g.pairs},
                       {u"meanPre"_s, qRound(g.meanPre)},
                       {u"meanPost"_s, qRound(g.meanPost)},
                       {u"classGain"_s, number(g.classGain)},
                       {u"classLevel"_s, gainLevelName(g.classGain)},
                       {u"classText"_s, gainText(g.classGain)},
                       {u"meanGain"_s, number(g.meanIndividualGain)},
                       {u"meanLevel"_s, gainLevelName(g.meanIndividualGain)},
                       {u"meanText"_s, gainText(g.meanIndividualGain)}};
}

QVariantList ReviewReportView::knowledgeChecks() const
{
    QVariantList rows;
    for (const SeminarKnowledgeRow &r : m_report.knowledgeChecks) {
        const std::optional<double> &gain = r.gain.gain;
        rows.append(QVariantMap{
            {u"seminar"_s, r.seminar},
            {u"title"_s, m_report.seminarTitle(r.seminar)},
            {u"date"_s, r.date.toString(Qt::ISODate)},
            {u"audience"_s, r.audience},
            {u"questions"_s, r.gain.questions},
            {u"answeredBefore"_s, r.gain.answeredBefore},
            {u"answeredAfter"_s, r.gain.answeredAfter},
            {u"both"_s, r.gain.answeredBoth},
            // Shares over those who answered both rounds: none without them (not a misleading 0 %).
            {u"before"_s, r.gain.answeredBoth > 0 ? QVariant(qRound(100 * r.gain.before)) : QVariant()},
            {u"after"_s, r.gain.answeredBoth > 0 ? QVariant(qRound(100 * r.gain.after)) : QVariant()},
            {u"gain"_s, gain ? QVariant(QString::number(*gain, 'f', 2)) : QVariant()},
            // A check has no "first attempt": its own words when there is nothing to gain.
            {u"gainText"_s, gain                      ? gainText(gain)
                            : r.gain.answeredBoth > 0 ? tr("none (everyone was right before already)")
                                                      : tr("none (nobody answered both rounds)")}});
    }
    return rows;
}

QString ReviewReportView::feedbackName(const QString &feedback)
{
    if (feedback == u"each-move")
        return tr("Feedback after each question (practice)");
    if (feedback == u"at-end")
        return tr("Feedback at the end only (assessment)");
    if (feedback == u"mixed")
        return tr("Feedback switched during the attempt");
    return tr("Feedback not recorded (older attempts)");
}

QVariantMap ReviewReportView::questions() const
{
    const QuestionPractice &q = m_report.questions;
    auto percent = [](int part, int whole) { return whole > 0 ? qRound(100.0 * part / whole) : 0; };
    QVariantList byAttempt, byFeedback, types;
    for (const QuestionFeedbackRow &row : q.byFeedback)
        byFeedback.append(QVariantMap{{u"feedback"_s, row.feedback},
                                      {u"name"_s, feedbackName(row.feedback)},
                                      {u"attempts"_s, row.attempts},
                                      {u"asked"_s, row.asked},
                                      {u"recommended"_s, row.recommended},
                                      {u"share"_s, percent(row.recommended, row.asked)}});
    for (const QuestionAttemptRow &row : q.byAttempt)
        byAttempt.append(QVariantMap{{u"number"_s, row.attemptNumber},
                                     {u"attempts"_s, row.attempts},
                                     {u"asked"_s, row.asked},
                                     {u"recommended"_s, row.recommended},
                                     {u"share"_s, percent(row.recommended, row.asked)}});
    for (const QuestionTypeRow &type : q.types) {
        types.append(QVariantMap{{u"type"_s, type.type},
                                 {u"name"_s, m_naming.questionTypeName(type.type)},
                                 {u"asked"_s, type.asked},
                                 {u"share"_s, percent(type.asked, q.asked())},
                                 {u"recommended"_s, type.recommended}});
    }
    return QVariantMap{{u"asked"_s, q.asked()},
                       {u"recommended"_s, q.recommended()},
                       {u"share"_s, percent(q.recommended(), q.asked())},
                       {u"byAttempt"_s, byAttempt},
                       {u"byFeedback"_s, byFeedback},
                       {u"types"_s, types}};
}

QString ReviewReportView::filterSummary() const
{
    const ReviewFilter &f = m_report.filter;
    QStringList parts;
    parts.append(f.scenario.isEmpty() ? tr("all scenarios")
                                      : tr("scenario %1").arg(m_naming.scenarioTitle(f.scenario)));
    parts.append(f.role.isEmpty() ? tr("all roles") : tr("role %1").arg(m_naming.roleName(f.role)));
    if (const QString seminar = m_report.seminarTitle(f.seminar); !seminar.isEmpty())
        parts.append(tr("seminar %1").arg(seminar));
    if (!f.lecturer.isEmpty())
        parts.append(tr("lecturer %1").arg(f.lecturer));
    if (!f.municipality.isEmpty())
        parts.append(tr("municipality %1").arg(f.municipality));
    if (f.from.isValid() || f.to.isValid())
        parts.append(tr("dates %1 to %2")
                         .arg(f.from.isValid() ? f.from.toString(Qt::ISODate) : u"…"_s,
                              f.to.isValid() ? f.to.toString(Qt::ISODate) : u"…"_s));
    parts.append(m_report.choice == AttemptChoice::Best     ? tr("the best attempt counts")
                 : m_report.choice == AttemptChoice::Latest ? tr("the latest attempt counts")
                                                            : tr("the first attempt counts"));
    return parts.join(u"; "_s);
}

} // namespace saskati
