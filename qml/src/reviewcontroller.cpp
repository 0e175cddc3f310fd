#include "reviewcontroller.h"

#include "appcontext.h"
#include "attemptrecorder.h"
#include "backgroundwork.h"
#include "coordinatorlock.h"
#include "privatefiles.h"
#include "resultsexport.h"
#include "scenariolistmodel.h"
#include "xapiexport.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

/// The view, or an empty one with why it failed kept in `problem` (refresh() shows it once).
template <class T> T viewOrNote(Result<T> view, QString &problem)
{
    if (view)
        return std::move(view).value();
    problem = view.error().message;
    return T{};
}

} // namespace

ReviewController::ReviewController(QObject *parent)
    : QObject(parent)
    , m_debriefSession(new PlaySession(this))
{
    // Everything shown follows the interface language at once: names, statuses, the filters' choices.
    if (AppContext *context = AppContext::instance())
        connect(context, &AppContext::languageChanged, this, &ReviewController::refresh);
}

bool ReviewController::fail(const QString &error)
{
    m_error = error;
    Q_EMIT errorChanged();
    return false;
}

bool ReviewController::passwordSet() const
{
    ResultsStore *store = AppContext::instance() ? AppContext::instance()->store() : nullptr;
    return store && CoordinatorLock(*store).isSet();
}

bool ReviewController::passwordOfferDone() const
{
    ResultsStore *store = AppContext::instance() ? AppContext::instance()->store() : nullptr;
    // Without a database there is nothing to protect and nowhere to keep a password: no offer.
    return !store || !store->isOpen() || CoordinatorLock(*store).offerDone();
}

bool ReviewController::setPassword(const QString &password, const QString &repeated)
{
    ResultsStore *store = AppContext::instance() ? AppContext::instance()->store() : nullptr;
    if (!store || !store->isOpen())
        return fail(tr("The results database is not open."));
    CoordinatorLock lock(*store);
    if (lock.isSet())
        return fail(tr("The coordinator's password is already set."));
    if (password != repeated)
        return fail(tr("The two passwords differ."));
    if (password.size() < CoordinatorLock::minimumLength)
        return fail(tr("Choose a password of at least %1 characters.").arg(CoordinatorLock::minimumLength));
    if (const Result<void> set = lock.setPassword(password); !set)
        return fail(set.error().message);
    m_error.clear();
    Q_EMIT errorChanged();
    Q_EMIT lockChanged();
    return true;
}

void ReviewController::skipPasswordOffer()
{
    ResultsStore *store = AppContext::instance() ? AppContext::instance()->store() : nullptr;
    if (store && store->isOpen())
        if (const Result<void> skipped = CoordinatorLock(*store).skipOffer(); !skipped)
            fail(skipped.error().message);
    Q_EMIT lockChanged();
}

bool ReviewController::unlock(const QString &password)
{
    ResultsStore *store = AppContext::instance() ? AppContext::instance()->store() : nullptr;
    if (!store || !store->isOpen())
        return fail(tr("The results database is not open."));
    CoordinatorLock lock(*store);
    if (!lock.isSet())
        return fail(tr("No coordinator's password is set yet: the team's coordinator sets it first."));
    if (!lock.verify(password))
        return fail(tr("That is not the coordinator's password."));
    m_unlocked = true;
    m_error.clear();
    Q_EMIT errorChanged();
    Q_EMIT lockChanged();
    refresh();
    return true;
}

void ReviewController::lock()
{
    m_unlocked = false;
    m_overview.clear();
    m_indicators.clear();
    m_items.clear();
    m_gain.clear();
    Q_EMIT lockChanged();
    Q_EMIT dataChanged();
}

QString ReviewController::itemLabel(const QString &item) const
{
    const AppContext *context = AppContext::instance();
    const auto scenario = context ? context->scenario(m_scenario) : nullptr;
    if (item == u"referral")
        return tr("Referral plan");
    if (scenario && item.startsWith(u"choice:"))
        if (const Scene *scene = scenario->scene(item.mid(7)))
            return context->localized(scene->title);
    if (scenario && item.startsWith(u"question:"))
        if (const Question *q = scenario->question(item.mid(9)))
            return context->localized(q->prompt);
    return item;
}

QString ReviewController::answerLabel(const QString &item, const QString &answer) const
{
    const AppContext *context = AppContext::instance();
    const auto scenario = context ? context->scenario(m_scenario) : nullptr;
    if (answer.isEmpty() || !scenario)
        return answer.isEmpty() ? u"—"_s : answer;
    if (item.startsWith(u"choice:"))
        if (const Choice *c = scenario->choice(answer))
            return u"“%1”"_s.arg(context->localized(c->text));
    if (const Question *q = item.startsWith(u"question:") ? scenario->question(item.mid(9)) : nullptr) {
        QStringList texts;
        for (const QString &option : answer.split(u'+'))
            for (const AnswerOption &o : q->options)
                if (o.id == option)
                    texts.append(context->localized(o.text));
        return u"“%1”"_s.arg(texts.join(u" + "_s));
    }
    return answer;
}

ReviewFilter ReviewController::currentFilter() const
{
    ReviewFilter filter;
    filter.scenario = m_scenario;
    filter.role = m_role;
    filter.seminar = m_seminar;
    filter.lecturer = m_lecturer;
    filter.participant = m_participant;
    filter.from = QDate::fromString(m_from, Qt::ISODate);
    filter.to = QDate::fromString(m_to, Qt::ISODate);
    return filter;
}

QString ReviewController::roleName(const QString &role) const
{
    const Catalog *roles = AppContext::instance() ? AppContext::instance()->catalog().get() : nullptr;
    return roles && roles->roles.contains(role)
               ? AppContext::instance()->localized(roles->roles.value(role).name)
               : role;
}

QString ReviewController::gainText(const QVariant &gain, const QString &level) const
{
    // A gain needs room to grow: (latest − first) / (100 − first) has no value when every first attempt
    // already scored 100 %.
    if (gain.toString() == u"—" || level.isEmpty())
        return tr("none (every first attempt already scored 100 %)");
    return u"%1 (%2)"_s.arg(gain.toString(), level);
}

QString ReviewController::countsText() const
{
    return QStringList{tr("%n completed attempt(s)", "", m_overview.value(u"attempts"_s).toInt()),
                       tr("%n participant(s)", "", m_overview.value(u"participants"_s).toInt()),
                       tr("%n seminar(s)", "", m_overview.value(u"seminars"_s).toInt())}
        .join(u" · "_s);
}

void ReviewController::readSnapshotInBackground(const QString &databasePath)
{
    if (m_loading)
        return; // the refresh that follows it shows the filters as they are then
    m_loading = true;
    Q_EMIT loadingChanged();
    using SnapshotRead = Result<std::shared_ptr<const ReviewSnapshot>>;
    // The stamp before reading: a commit while the worker reads makes the next refresh read again.
    const QString stamp = m_queries->changeStamp();
    BackgroundWork::run(
        this, [databasePath] { return ReviewSnapshot::loadFile(databasePath); },
        [this, stamp, generation = m_queriesGeneration](const SnapshotRead &read) {
            m_loading = false;
            Q_EMIT loadingChanged();
            if (generation != m_queriesGeneration) {
                refresh(); // another results file meanwhile: read that one
                return;
            }
            if (!read) {
                fail(read.error().message);
                return;
            }
            m_queries->adopt(*read, stamp);
            refresh();
        });
}

void ReviewController::refresh()
{
    ResultsStore *store = AppContext::instance() ? AppContext::instance()->store() : nullptr;
    if (!m_unlocked || !store)
        return;
    const ReviewFilter filter = currentFilter();
    if ((!m_from.isEmpty() && !filter.from.isValid()) || (!m_to.isEmpty() && !filter.to.isValid())) {
        fail(tr("Write dates as YYYY-MM-DD."));
        return;
    }
    // One ReviewQueries while the store is the same: its snapshot is read again only after a change.
    if (!m_queries || &m_queries->store() != store) {
        m_queries = std::make_unique<ReviewQueries>(*store);
        ++m_queriesGeneration;
    }
    if (m_queries->needsSnapshot()) {
        readSnapshotInBackground(store->path());
        return;
    }
    ReviewQueries &queries = *m_queries;
    m_queryError.clear();
    refreshFilterChoices(*store, queries);
    refreshPeople(queries, filter);
    refreshPerson(*store);
    refreshOverview(queries, filter);
    refreshIndicators(queries, filter);
    refreshItems(queries, filter);
    refreshGain(queries, filter);
    if (!m_queryError.isEmpty())
        fail(m_queryError);
    else if (!m_error.isEmpty()) {
        m_error.clear();
        Q_EMIT errorChanged();
    }
    Q_EMIT dataChanged();
}

void ReviewController::refreshFilterChoices(ResultsStore &store, ReviewQueries &queries)
{
    // What the filters offer: every seminar (newest first) and lecturer.
    QList<Seminar> seminars = store.seminars();
    std::sort(seminars.begin(), seminars.end(),
              [](const Seminar &a, const Seminar &b) { return a.date > b.date; });
    m_seminars.clear();
    for (const Seminar &s : seminars)
        m_seminars.append(QVariantMap{
            {u"id"_s, s.uuid},
            {u"title"_s,
             QString((s.date.isValid() ? s.date.toString(Qt::ISODate) + u" · "_s : QString()) + s.title)}});
    m_lecturers = viewOrNote(queries.lecturers(), m_queryError);
    m_scenarios.clear();
    if (const ScenarioListModel *model = AppContext::instance()->scenarios())
        for (int row = 0; row < model->rowCount(); ++row)
            m_scenarios.append(
                QVariantMap{{u"id"_s, model->data(model->index(row), ScenarioListModel::ScenarioIdRole)},
                            {u"title"_s, model->data(model->index(row), ScenarioListModel::TitleRole)}});
}

void ReviewController::refreshPeople(ReviewQueries &queries, const ReviewFilter &filter)
{
    // A seminar's report lists its people (all participants of ten years would be a list nobody reads).
    m_people.clear();
    for (const ParticipantRow &p : m_seminar.isEmpty()
                                       ? QList<ParticipantRow>()
                                       : viewOrNote(queries.participants(filter), m_queryError))
        m_people.append(QVariantMap{{u"uuid"_s, p.uuid},
                                    {u"name"_s, p.name},
                                    {u"code"_s, p.code},
                                    {u"role"_s, roleName(p.role)},
                                    {u"attempts"_s, p.attempts},
                                    {u"meanPercent"_s, qRound(p.meanPercent)},
                                    {u"bestPercent"_s, p.bestPercent}});
}

void ReviewController::refreshPerson(ResultsStore &store)
{
    // One person's history: their attempts, newest first (the Indicators tab then shows what they miss).
    m_person.clear();
    if (const Result<Participant> p =
            m_participant.isEmpty() ? Error(QString()) : store.participant(m_participant)) {
        QVariantList attempts;
        QHash<QString, QString> seminarTitles;
        for (const QVariant &s : std::as_const(m_seminars))
            seminarTitles.insert(s.toMap().value(u"id"_s).toString(), s.toMap().value(u"title"_s).toString());
        const AppContext *context = AppContext::instance();
        QList<AttemptRecord> records = store.attempts(p->uuid);
        std::reverse(records.begin(), records.end());
        for (const AttemptRecord &a : std::as_const(records)) {
            const auto scenario = context->scenario(a.scenarioId);
            attempts.append(
                QVariantMap{{u"uuid"_s, a.uuid},
                            {u"date"_s, a.started.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)},
                            {u"scenario"_s, scenario ? context->localized(scenario->title) : a.scenarioId},
                            {u"seminar"_s, seminarTitles.value(a.seminar)},
                            {u"status"_s, a.status == AttemptRecord::Status::Completed   ? tr("completed")
                                          : a.status == AttemptRecord::Status::Abandoned ? tr("abandoned")
                                          : a.status == AttemptRecord::Status::Interrupted
                                              ? tr("interrupted (the seminar was not resumed)")
                                              : tr("not finished")},
                            {u"completed"_s, a.status == AttemptRecord::Status::Completed},
                            {u"finished"_s, a.status != AttemptRecord::Status::InProgress},
                            {u"percent"_s, a.score.value(u"percent"_s).toInt()}});
        }
        m_person = QVariantMap{{u"uuid"_s, p->uuid},
                               {u"name"_s, p->displayName},
                               {u"code"_s, p->code},
                               {u"pseudonymous"_s, p->displayName == p->code},
                               {u"attempts"_s, attempts}};
    }
}

void ReviewController::refreshOverview(ReviewQueries &queries, const ReviewFilter &filter)
{
    const Overview o = viewOrNote(queries.overview(filter), m_queryError);
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
    m_overview = QVariantMap{{u"attempts"_s, o.attempts},
                             {u"participants"_s, o.participants},
                             {u"seminars"_s, o.seminars},
                             {u"months"_s, months},
                             {u"histogram"_s, histogram}};
    m_overview.insert(u"summary"_s, countsText());
}

void ReviewController::refreshIndicators(ReviewQueries &queries, const ReviewFilter &filter)
{
    const Catalog *catalog = AppContext::instance()->catalog().get();
    m_indicators.clear();
    for (const IndicatorRow &r : viewOrNote(queries.indicators(filter), m_queryError))
        m_indicators.append(QVariantMap{
            {u"id"_s, r.indicator},
            {u"name"_s, catalog && catalog->indicators.contains(r.indicator)
                            ? AppContext::instance()->localized(catalog->indicators.value(r.indicator).name)
                            : r.indicator},
            {u"exposures"_s, r.exposures},
            {u"found"_s, r.found},
            {u"detection"_s, qRound(100 * r.detectionRate())},
            {u"falseNamed"_s, r.falseNamed},
            {u"falseFlagRate"_s, qRound(100 * r.falseFlagRate())},
            {u"enough"_s, r.enough()}});
}

void ReviewController::refreshItems(ReviewQueries &queries, const ReviewFilter &filter)
{
    m_items.clear();
    if (!m_scenario.isEmpty()) {
        const AttemptChoice choice = m_attemptChoice == u"best"     ? AttemptChoice::Best
                                     : m_attemptChoice == u"latest" ? AttemptChoice::Latest
                                                                    : AttemptChoice::First;
        const auto scenario = AppContext::instance()->scenario(m_scenario);
        for (const ItemRow &r : viewOrNote(queries.items(filter, choice), m_queryError)) {
            // Answers that are critical errors (harm to the person) are marked and counted: the discussion
            // after a seminar starts there.
            QStringList answers;
            int critical = 0;
            for (auto it = r.answers.cbegin(); it != r.answers.cend(); ++it) {
                const Choice *choice =
                    scenario && r.item.startsWith(u"choice:") ? scenario->choice(it.key()) : nullptr;
                const bool isCritical = choice && choice->criticalError.has_value();
                critical += isCritical ? it.value() : 0;
                answers.append(u"%1 × %2%3"_s.arg(it.value())
                                   .arg(answerLabel(r.item, it.key()), isCritical ? u" ⚠"_s : QString()));
            }
            const ItemStatistics &s = r.statistics;
            m_items.append(QVariantMap{
                {u"item"_s, r.item},
                {u"label"_s, itemLabel(r.item)},
                {u"attempts"_s, s.attempts},
                {u"facility"_s, qRound(100 * s.facility)},
                {u"discrimination"_s, s.discrimination ? QVariant(qRound(*s.discrimination)) : QVariant()},
                {u"efficiency"_s, s.efficiency ? QVariant(qRound(*s.efficiency)) : QVariant()},
                {u"dubious"_s, s.dubious()},
                {u"critical"_s, critical},
                {u"answers"_s, answers.join(u",  "_s)}});
        }
    }
}

void ReviewController::refreshGain(ReviewQueries &queries, const ReviewFilter &filter)
{
    const GainStatistics g = viewOrNote(queries.improvement(filter), m_queryError);
    auto level = [this](const std::optional<double> &gain) {
        if (!gain)
            return QString();
        switch (gainLevel(*gain)) {
        case GainLevel::Low:
            return tr("low");
        case GainLevel::Medium:
            return tr("medium");
        case GainLevel::High:
            return tr("high");
        }
        return QString();
    };
    m_gain = QVariantMap{
        {u"pairs"_s, g.pairs},
        {u"meanPre"_s, qRound(g.meanPre)},
        {u"meanPost"_s, qRound(g.meanPost)},
        {u"classGain"_s, g.classGain ? QVariant(QString::number(*g.classGain, 'f', 2)) : QVariant(u"—"_s)},
        {u"classLevel"_s, level(g.classGain)},
        {u"meanGain"_s,
         g.meanIndividualGain ? QVariant(QString::number(*g.meanIndividualGain, 'f', 2)) : QVariant(u"—"_s)},
        {u"meanLevel"_s, level(g.meanIndividualGain)}};
    m_gain.insert(u"classText"_s,
                  gainText(m_gain.value(u"classGain"_s), m_gain.value(u"classLevel"_s).toString()));
    m_gain.insert(u"meanText"_s,
                  gainText(m_gain.value(u"meanGain"_s), m_gain.value(u"meanLevel"_s).toString()));
}

QString ReviewController::saveXapi(const QString &file)
{
    ResultsStore *store = AppContext::instance() ? AppContext::instance()->store() : nullptr;
    if (!m_unlocked || !store)
        return {};
    ExportSelection selection;
    if (!m_seminar.isEmpty())
        selection.seminars = {m_seminar};
    if (!m_participant.isEmpty())
        selection.participants = {m_participant};
    const QString path = !file.isEmpty()
                             ? file
                             : QDir(defaultFolder())
                                   .filePath(u"saskati-xapi-%1.json"_s.arg(
                                       QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmm"_s)));
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray bytes = QJsonDocument(xapiStatements(*store, selection)).toJson(QJsonDocument::Indented);
    if (!writePrivateFile(path, bytes)) {
        fail(tr("Could not write %1.").arg(path));
        return {};
    }
    return path;
}

QVariantMap ReviewController::importBundle(const QString &file)
{
    AppContext *context = AppContext::instance();
    ResultsStore *store = context ? context->store() : nullptr;
    if (!m_unlocked || !store)
        return {{u"ok"_s, false}, {u"error"_s, tr("The review is locked.")}};
    const QString path = file.startsWith(u"file:"_s) ? QUrl(file).toLocalFile() : file;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return {{u"ok"_s, false}, {u"error"_s, tr("Could not read %1.").arg(path)}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (!doc.isObject())
        return {{u"ok"_s, false},
                {u"error"_s, tr("%1 is not a results bundle: %2").arg(path, parseError.errorString())}};
    const ImportReport report = saskati::importBundle(*store, doc.object());
    if (!report.ok)
        return {{u"ok"_s, false}, {u"error"_s, report.error.message}};
    // Imported attempts have no review rows yet: index them now, so that they count at once.
    QStringList problems;
    reindexAttempts(*store, context->catalog(), &problems);
    refresh();
    return {{u"ok"_s, true},
            {u"added"_s, report.added},
            {u"unchanged"_s, report.unchanged},
            {u"conflicts"_s, report.conflicts},
            {u"problems"_s, problems}};
}

QVariantList ReviewController::findParticipants(const QString &text)
{
    ResultsStore *store = AppContext::instance() ? AppContext::instance()->store() : nullptr;
    if (!m_unlocked || !store || text.trimmed().isEmpty())
        return {};
    const QHash<QString, int> counts = store->attemptCounts();
    QVariantList found;
    for (const Participant &p : store->findParticipants(text))
        found.append(QVariantMap{{u"uuid"_s, p.uuid},
                                 {u"name"_s, p.displayName},
                                 {u"code"_s, p.code},
                                 {u"role"_s, roleName(p.role)},
                                 {u"attempts"_s, counts.value(p.uuid)}});
    return found;
}

bool ReviewController::openDebrief(const QString &attempt)
{
    AppContext *context = AppContext::instance();
    ResultsStore *store = context ? context->store() : nullptr;
    if (!m_unlocked || !store)
        return false;
    const std::optional<AttemptRecord> record = store->attempt(attempt);
    if (!record || record->status == AttemptRecord::Status::InProgress)
        return fail(tr("Only a finished attempt has a debrief."));
    // Replays the attempt's events against its scenario snapshot; the debrief is read, nothing is played.
    if (!m_debriefSession->resume(attempt))
        return fail(m_debriefSession->lastError());
    return true;
}

bool ReviewController::eraseParticipant(const QString &uuid)
{
    ResultsStore *store = AppContext::instance() ? AppContext::instance()->store() : nullptr;
    if (!m_unlocked || !store)
        return false;
    if (const Result<void> erased = store->eraseParticipant(uuid); !erased)
        return fail(erased.error().message);
    if (m_participant == uuid) {
        m_participant.clear();
        Q_EMIT filterChanged();
    }
    refresh();
    return true;
}

int ReviewController::pseudonymiseSeminar()
{
    ResultsStore *store = AppContext::instance() ? AppContext::instance()->store() : nullptr;
    if (!m_unlocked || !store || m_seminar.isEmpty())
        return -1;
    const Result<int> renamed = store->pseudonymiseSeminar(m_seminar);
    if (!renamed)
        fail(renamed.error().message);
    refresh();
    return renamed.valueOr(-1);
}

bool ReviewController::saveContact(const QString &institution, const QVariantMap &fields, bool verified)
{
    AppContext *context = AppContext::instance();
    if (!m_unlocked || !context || !context->catalog() ||
        !context->catalog()->institutions.contains(institution))
        return false;
    const Institution current = context->catalog()->institutions.value(institution);
    InstitutionContact c;
    c.institution = institution;
    const auto field = [&](QStringView key) { return fields.value(key.toString()).toString().trimmed(); };
    c.phone = field(u"phone");
    c.freePhone = field(u"freePhone");
    c.address = field(u"address");
    c.email = field(u"email");
    c.website = field(u"website");
    c.hours = field(u"hours");
    const bool unchanged = c.phone == current.phone && c.freePhone == current.freePhone &&
                           c.address == current.address && c.email == current.email &&
                           c.website == current.website && c.hours == current.hours;
    c.verifiedOn = verified    ? QDate::currentDate()
                   : unchanged ? QDate::fromString(current.verifiedOn, Qt::ISODate)
                               : QDate();
    if (!context->store())
        return fail(tr("The results database is not open."));
    if (const Result<void> saved = context->saveContact(c); !saved)
        return fail(saved.error().message);
    return true;
}

QString ReviewController::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"Saskati"_s);
}

QString ReviewController::filterSummary() const
{
    QStringList parts;
    parts.append(m_scenario.isEmpty() ? tr("all scenarios") : tr("scenario %1").arg(m_scenario));
    parts.append(m_role.isEmpty() ? tr("all roles") : tr("role %1").arg(m_role));
    if (!m_seminar.isEmpty())
        for (const QVariant &s : m_seminars)
            if (s.toMap().value(u"id"_s).toString() == m_seminar)
                parts.append(tr("seminar %1").arg(s.toMap().value(u"title"_s).toString()));
    if (!m_lecturer.isEmpty())
        parts.append(tr("lecturer %1").arg(m_lecturer));
    if (!m_from.isEmpty() || !m_to.isEmpty())
        parts.append(
            tr("dates %1 to %2").arg(m_from.isEmpty() ? u"…"_s : m_from, m_to.isEmpty() ? u"…"_s : m_to));
    parts.append(m_attemptChoice == u"best"     ? tr("the best attempt counts")
                 : m_attemptChoice == u"latest" ? tr("the latest attempt counts")
                                                : tr("the first attempt counts"));
    return parts.join(u"; "_s);
}

QString ReviewController::saveCsv(const QString &folder)
{
    if (!m_unlocked) {
        fail(tr("Open the review first."));
        return {};
    }
    const QString target = folder.isEmpty() ? defaultFolder() : folder;
    if (!QDir().mkpath(target)) {
        fail(tr("Cannot create the folder %1.").arg(target));
        return {};
    }
    // Everyone the overview counts, also without a seminar chosen (the screen lists people per seminar only).
    QVariantList people;
    if (m_queries)
        for (const ParticipantRow &p : m_queries->participants(currentFilter()).valueOr({}))
            people.append(QVariantMap{{u"name"_s, p.name},
                                      {u"code"_s, p.code},
                                      {u"role"_s, roleName(p.role)},
                                      {u"attempts"_s, p.attempts},
                                      {u"meanPercent"_s, qRound(p.meanPercent)},
                                      {u"bestPercent"_s, p.bestPercent}});
    auto write = [&](const QString &name, const QStringList &header, const QStringList &keys,
                     const QVariantList &rows) {
        QFile f(QDir(target).filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate, QFile::ReadOwner | QFile::WriteOwner) ||
            !makeFilePrivate(f.fileName()))
            return false;
        QStringList lines{header.join(u',')};
        for (const QVariant &row : rows) {
            QStringList cells;
            for (const QString &key : keys)
                cells.append(QString::fromUtf8(csvField(row.toMap().value(key).toString())));
            lines.append(cells.join(u','));
        }
        return f.write((lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8()) >= 0;
    };
    const bool ok =
        write(u"overview-months.csv"_s,
              {u"month"_s, u"seminars"_s, u"participants"_s, u"attempts"_s, u"mean_percent"_s},
              {u"month"_s, u"seminars"_s, u"participants"_s, u"attempts"_s, u"meanPercent"_s},
              m_overview.value(u"months"_s).toList()) &&
        write(u"overview-scores.csv"_s, {u"percent"_s, u"attempts"_s}, {u"label"_s, u"count"_s},
              m_overview.value(u"histogram"_s).toList()) &&
        write(u"indicators.csv"_s,
              {u"indicator"_s, u"name"_s, u"exposures"_s, u"found"_s, u"detection_percent"_s,
               u"false_named"_s, u"false_flag_percent"_s, u"enough"_s},
              {u"id"_s, u"name"_s, u"exposures"_s, u"found"_s, u"detection"_s, u"falseNamed"_s,
               u"falseFlagRate"_s, u"enough"_s},
              m_indicators) &&
        write(u"decisions.csv"_s,
              {u"item"_s, u"label"_s, u"attempts"_s, u"facility_percent"_s, u"discrimination"_s,
               u"efficiency"_s, u"dubious"_s, u"critical_errors"_s, u"answers"_s},
              {u"item"_s, u"label"_s, u"attempts"_s, u"facility"_s, u"discrimination"_s, u"efficiency"_s,
               u"dubious"_s, u"critical"_s, u"answers"_s},
              m_items) &&
        write(u"participants.csv"_s,
              {u"name"_s, u"code"_s, u"role"_s, u"attempts"_s, u"mean_percent"_s, u"best_percent"_s},
              {u"name"_s, u"code"_s, u"role"_s, u"attempts"_s, u"meanPercent"_s, u"bestPercent"_s}, people) &&
        write(u"improvement.csv"_s,
              {u"repeaters"_s, u"first_percent"_s, u"latest_percent"_s, u"class_gain"_s, u"class_level"_s,
               u"mean_gain"_s, u"mean_level"_s},
              {u"pairs"_s, u"meanPre"_s, u"meanPost"_s, u"classGain"_s, u"classLevel"_s, u"meanGain"_s,
               u"meanLevel"_s},
              {m_gain});
    if (!ok) {
        fail(tr("Cannot write the CSV files into %1.").arg(target));
        return {};
    }
    return target;
}

namespace {

// Lays the report out on the writer's pages (2 cm margins) and starts a section on a new page where it would
// otherwise be split although it fits on one page, or where its heading would be left at the foot of a page:
// no page holds a stray line. Returns each section's title and first and last page (counted from 1).
QVariantList paginate(QTextDocument &document, const QString &head, const QStringList &sections,
                      QPagedPaintDevice &device)
{
    document.documentLayout()->setPaintDevice(&device);
    QTextFrameFormat frame = document.rootFrame()->frameFormat();
    const qreal margin = 2 / 2.54 * 96; // in 96-dpi pixels: the layout scales them to the device
    QSet<int> breaks;
    QVariantList layout;
    for (int pass = 0; pass <= sections.size(); ++pass) {
        QString html = head;
        for (int i = 0; i < sections.size(); ++i)
            html +=
                breaks.contains(i)
                    ? QString(sections[i]).replace(u"<h2>"_s, u"<h2 style=\"page-break-before: always\">"_s)
                    : sections[i];
        document.setHtml(html);
        frame = document.rootFrame()->frameFormat();
        frame.setMargin(margin);
        document.rootFrame()->setFrameFormat(frame);
        document.setPageSize(QSizeF(device.width(), device.height()));
        const qreal page = document.pageSize().height();
        const qreal usable = page - 2 * margin * device.logicalDpiY() / 96.0;
        // Each section's top (its heading) and bottom (its last block).
        QList<qreal> tops, bottoms;
        QStringList titles;
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
            const QRectF r = document.documentLayout()->blockBoundingRect(b);
            if (b.blockFormat().headingLevel() == 2) {
                tops.append(r.top());
                bottoms.append(r.bottom());
                titles.append(b.text());
            } else if (!bottoms.isEmpty()) {
                bottoms.last() = std::max(bottoms.last(), r.bottom());
            }
        }
        layout.clear();
        int moved = -1;
        for (int i = 0; i < tops.size(); ++i) {
            const int first = int(tops[i] / page), last = int((bottoms[i] - 1) / page);
            layout.append(QVariantMap{{u"title"_s, titles[i]},
                                      {u"firstPage"_s, first + 1},
                                      {u"lastPage"_s, last + 1},
                                      {u"fitsOnAPage"_s, bottoms[i] - tops[i] <= usable}});
            const bool split = first != last;
            const bool strandedHeading = split && (first + 1) * page - tops[i] < 0.15 * page;
            if (moved < 0 && !breaks.contains(i) &&
                ((split && bottoms[i] - tops[i] <= usable) || strandedHeading))
                moved = i;
        }
        if (moved < 0)
            break;
        breaks.insert(moved);
    }
    return layout;
}

} // namespace

QString ReviewController::savePdf(const QString &file)
{
    if (!m_unlocked) {
        fail(tr("Open the review first."));
        return {};
    }
    const QString target =
        file.isEmpty()
            ? QDir(defaultFolder())
                  .filePath(u"saskati-report-%1.pdf"_s.arg(QDate::currentDate().toString(Qt::ISODate)))
            : file;
    QDir().mkpath(QFileInfo(target).absolutePath());
    auto esc = [](const QVariant &v) { return v.toString().toHtmlEscaped(); };
    // The report in sections, each from its heading: pagination keeps a section on one page when it fits.
    const QString head = u"<h1>%1</h1><p>%2<br>%3</p>"_s.arg(
        tr("Saskati — review of results").toHtmlEscaped(), filterSummary().toHtmlEscaped(),
        tr("Made %1").arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm"_s)).toHtmlEscaped());
    QStringList sections;
    QString html =
        u"<h2>%1</h2><p>%2</p>"_s.arg(tr("Overview").toHtmlEscaped(), countsText().toHtmlEscaped());
    // Bars as table cells of proportional width, with the numbers beside them.
    auto bar = [](double share, const char *colour) {
        const int width = std::max(1, int(200 * std::clamp(share, 0.0, 1.0)));
        return u"<table cellspacing=0 cellpadding=0><tr><td width=%1 bgcolor=\"%2\">&nbsp;</td></tr></table>"_s
            .arg(width)
            .arg(QLatin1StringView(colour));
    };
    html += u"<table cellpadding=3>"_s;
    for (const QVariant &v : m_overview.value(u"histogram"_s).toList()) {
        const QVariantMap m = v.toMap();
        html += u"<tr><td>%1 %</td><td>%2</td><td>%3</td></tr>"_s.arg(
            esc(m.value(u"label"_s)), bar(m.value(u"share"_s).toDouble(), "#0072B2"),
            esc(m.value(u"count"_s)));
    }
    html += u"</table>"_s;
    sections.append(std::exchange(html, QString()));
    // A seminar's report: who took part. One person's: their attempts.
    if (!m_people.isEmpty() && m_person.isEmpty()) {
        html +=
            u"<h2>%1</h2><table cellpadding=3><tr><th align=left>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>"_s
                .arg(tr("Who took part").toHtmlEscaped(), tr("Participant").toHtmlEscaped(),
                     tr("Completed").toHtmlEscaped(), tr("Mean").toHtmlEscaped(), tr("Best").toHtmlEscaped());
        for (const QVariant &v : std::as_const(m_people)) {
            const QVariantMap m = v.toMap();
            html += u"<tr><td>%1 <small>%2</small></td><td>%3</td><td>%4 %</td><td>%5 %</td></tr>"_s.arg(
                esc(m.value(u"name"_s)), esc(m.value(u"role"_s)), esc(m.value(u"attempts"_s)),
                esc(m.value(u"meanPercent"_s)), esc(m.value(u"bestPercent"_s)));
        }
        html += u"</table>"_s;
        sections.append(std::exchange(html, QString()));
    }
    if (!m_person.isEmpty()) {
        html += u"<h2>%1</h2><table cellpadding=3>"_s.arg(
            tr("History of %1").arg(m_person.value(u"name"_s).toString()).toHtmlEscaped());
        for (const QVariant &v : m_person.value(u"attempts"_s).toList()) {
            const QVariantMap m = v.toMap();
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
                esc(m.value(u"date"_s)), esc(m.value(u"scenario"_s)),
                m.value(u"completed"_s).toBool() ? esc(m.value(u"percent"_s)) + u" %"_s
                                                 : esc(m.value(u"status"_s)),
                esc(m.value(u"seminar"_s)));
        }
        html += u"</table>"_s;
        sections.append(std::exchange(html, QString()));
    }
    html +=
        u"<h2>%1</h2><table cellpadding=3><tr><th align=left>%2</th><th></th><th>%3</th><th>%4</th></tr>"_s
            .arg(tr("Indicators").toHtmlEscaped(), tr("Sign").toHtmlEscaped(), tr("Found").toHtmlEscaped(),
                 tr("Wrongly named").toHtmlEscaped());
    for (const QVariant &v : m_indicators) {
        const QVariantMap m = v.toMap();
        html += u"<tr><td>%1</td><td>%2</td><td>%3 % (%4/%5)%6</td><td>%7 %</td></tr>"_s.arg(
            esc(m.value(u"name"_s)), bar(m.value(u"detection"_s).toDouble() / 100, "#D55E00"),
            esc(m.value(u"detection"_s)), esc(m.value(u"found"_s)), esc(m.value(u"exposures"_s)),
            m.value(u"enough"_s).toBool() ? QString() : u" *"_s, esc(m.value(u"falseFlagRate"_s)));
    }
    html += u"</table><p>* %1</p>"_s.arg(tr("fewer than 10 exposures: too few to tell").toHtmlEscaped());
    sections.append(std::exchange(html, QString()));
    if (!m_items.isEmpty()) {
        html += u"<h2>%1</h2><table cellpadding=3><tr><th align=left>%2</th><th>n</th><th>F %</th><th>DI</th>"
                u"<th>DE</th><th></th></tr>"_s.arg(tr("Decisions").toHtmlEscaped(),
                                                   tr("Decision").toHtmlEscaped());
        for (const QVariant &v : m_items) {
            const QVariantMap m = v.toMap();
            html +=
                u"<tr><td>%1<br><small>%2</small></td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>"_s
                    .arg(esc(m.value(u"label"_s)), esc(m.value(u"answers"_s)), esc(m.value(u"attempts"_s)),
                         esc(m.value(u"facility"_s)),
                         m.value(u"discrimination"_s).isNull() ? u"—"_s : esc(m.value(u"discrimination"_s)),
                         m.value(u"efficiency"_s).isNull() ? u"—"_s : esc(m.value(u"efficiency"_s)),
                         QStringList{m.value(u"dubious"_s).toBool() ? tr("dubious").toHtmlEscaped()
                                                                    : QString(),
                                     m.value(u"critical"_s).toInt() > 0
                                         ? tr("%n critical error(s) ⚠", "", m.value(u"critical"_s).toInt())
                                               .toHtmlEscaped()
                                         : QString()}
                             .join(u" "_s));
        }
        html += u"</table>"_s;
        sections.append(std::exchange(html, QString()));
    }
    sections.append(u"<h2>%1</h2><p>%2</p>"_s.arg(
        tr("Improvement").toHtmlEscaped(),
        m_gain.value(u"pairs"_s).toInt() == 0
            ? tr("Nobody has completed the same scenario twice within these filters yet: improvement needs a "
                 "first and a later attempt by the same person.")
                  .toHtmlEscaped()
            : tr("Participants with two or more completed attempts of a scenario: %1. First attempt %2 % → "
                 "latest %3 %. Class gain: %4. Mean of individual gains: %5.")
                  .arg(m_gain.value(u"pairs"_s).toInt())
                  .arg(m_gain.value(u"meanPre"_s).toInt())
                  .arg(m_gain.value(u"meanPost"_s).toInt())
                  .arg(m_gain.value(u"classText"_s).toString(), m_gain.value(u"meanText"_s).toString())
                  .toHtmlEscaped()));
    // The report names people: the file is the user's alone before the first byte goes in (a truncating
    // write keeps a file's permissions).
    if (!createPrivateFile(target) || !makeFilePrivate(target)) {
        fail(tr("Cannot write the report %1.").arg(target));
        return {};
    }
    QPdfWriter writer(target);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(tr("Saskati — review of results"));
    writer.setCreator(u"Saskati"_s);
    QTextDocument document;
    m_reportLayout = paginate(document, head, sections, writer);
    document.print(&writer);
    if (!QFileInfo(target).isFile() || QFileInfo(target).size() == 0) {
        fail(tr("Cannot write the report %1.").arg(target));
        return {};
    }
    return target;
}

} // namespace saskati
