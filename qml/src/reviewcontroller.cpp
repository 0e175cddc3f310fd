#include "reviewcontroller.h"

#include "appcontext.h"
#include "attemptrecorder.h"
#include "backgroundwork.h"
#include "coordinatorlock.h"
#include "privatefiles.h"
#include "resultsexport.h"
#include "reviewcsv.h"
#include "reviewpdf.h"
#include "scenariolistmodel.h"
#include "servermirror.h"
#include "xapiexport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace saskati {

ReviewController::ReviewController(QObject *parent)
    : QObject(parent)
    , m_people(new KeyedListModel(u"uuid"_s, this))
    , m_history(new KeyedListModel(u"uuid"_s, this))
    , m_indicators(new KeyedListModel(u"id"_s, this))
    , m_items(new KeyedListModel(u"item"_s, this))
    , m_debriefSession(new PlaySession(this))
{
    // Everything shown follows the interface language at once: names, statuses, the filters' choices.
    if (AppContext *context = AppContext::instance())
        connect(context, &AppContext::languageChanged, this, &ReviewController::refresh);
}

ReviewController::~ReviewController()
{
    // The debrief session (a child, deleted after the members) may hold an attempt of the server's copy.
    closeServerCopy();
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
    clearShown();
    Q_EMIT lockChanged();
    Q_EMIT dataChanged();
}

ReviewFilter ReviewController::currentFilter() const
{
    ReviewFilter filter;
    filter.scenario = m_scenario;
    filter.role = m_role;
    filter.seminar = m_seminar;
    filter.lecturer = m_lecturer;
    filter.participant = m_participant;
    filter.municipality = readingServer() ? m_municipality : QString();
    filter.from = QDate::fromString(m_from, Qt::ISODate);
    filter.to = QDate::fromString(m_to, Qt::ISODate);
    return filter;
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

ResultsStore *ReviewController::reviewStore()
{
    AppContext *context = AppContext::instance();
    if (!readingServer())
        return context ? context->store() : nullptr;
    if (m_serverCopyPath.isEmpty())
        return nullptr;
    if (!m_serverCopy || m_serverCopy->path() != m_serverCopyPath) {
        // ResultsServer read it (a full open) on its worker: here it is only opened to be read.
        auto copy = std::make_unique<ResultsStore>(m_serverCopyPath);
        if (!copy->open(ResultsDatabase::schemaVersion, ResultsDatabase::OpenMode::Prepared).ok() ||
            !ServerMirror::isMirror(*copy))
            return nullptr;
        closeServerCopy();
        m_serverCopy = std::move(copy);
    }
    return m_serverCopy.get();
}

void ReviewController::setServerCopy(const QString &path)
{
    if (path == m_serverCopyPath)
        return;
    // Another copy, or none (the server forgotten: its file is removed after this): nothing of the old one
    // stays open, not even a debrief.
    closeServerCopy();
    m_serverCopyPath = path;
    Q_EMIT filterChanged();
}

void ReviewController::closeServerCopy()
{
    if (!m_serverCopy)
        return;
    m_debriefSession->stepOut();
    if (m_queries && &m_queries->store() == m_serverCopy.get()) {
        m_queries.reset();
        ++m_queriesGeneration; // a snapshot being read of it is not handed to the next
    }
    m_serverCopy.reset();
}

void ReviewController::readMunicipalities(ResultsStore &copy)
{
    m_municipalities.clear();
    bool chosenFound = m_municipality.isEmpty();
    for (const auto &[id, name] : ServerMirror::municipalities(copy)) {
        chosenFound = chosenFound || id == m_municipality;
        m_municipalities.append(QVariantMap{{u"id"_s, id}, {u"title"_s, name}});
    }
    // A municipality no longer in the copy (read again, or for another account) filters nothing out of sight.
    if (!chosenFound) {
        m_municipality.clear();
        Q_EMIT filterChanged();
        refresh();
    }
}

void ReviewController::refresh()
{
    AppContext *context = AppContext::instance();
    ResultsStore *store = reviewStore();
    if (!m_unlocked || !context)
        return;
    if (!store) {
        // The server's copy is not read yet (or cannot be opened): nothing is shown rather than this
        // laptop's.
        clearShown();
        m_municipalities.clear();
        Q_EMIT dataChanged();
        return;
    }
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
    const auto scenario = context->scenario(m_scenario);
    Result<ReviewReport> report = readReviewReport(*m_queries, filter, attemptChoice(), scenario.get());
    if (!report) {
        fail(report.error().message); // the figures shown stay the last ones read
        return;
    }
    m_view.emplace(std::move(*report), naming());
    show(*m_view);
    if (readingServer())
        readMunicipalities(*store);
    else
        m_municipalities.clear();
    if (!m_error.isEmpty()) {
        m_error.clear();
        Q_EMIT errorChanged();
    }
    Q_EMIT dataChanged();
}

void ReviewController::show(const ReviewReportView &view)
{
    // What the filters offer: every seminar (newest first), lecturer and shipped scenario.
    m_seminars = view.seminars();
    m_lecturers = view.report().lecturers;
    m_scenarios.clear();
    if (const ScenarioListModel *model = AppContext::instance()->scenarios())
        for (int row = 0; row < model->rowCount(); ++row)
            m_scenarios.append(
                QVariantMap{{u"id"_s, model->data(model->index(row), ScenarioListModel::ScenarioIdRole)},
                            {u"title"_s, model->data(model->index(row), ScenarioListModel::TitleRole)}});
    // A seminar's report lists its people (all participants of ten years would be a list nobody reads).
    m_people->setEntries(m_seminar.isEmpty() ? QVariantList() : view.people());
    m_person = view.person();
    m_history->setEntries(m_person.take(u"attempts"_s).toList());
    m_overview = view.overview();
    m_indicators->setEntries(view.indicators());
    m_items->setEntries(view.decisions());
    m_gain = view.gain();
    m_knowledgeChecks = view.knowledgeChecks();
    m_questions = view.questions();
}

void ReviewController::clearShown()
{
    m_view.reset();
    m_overview.clear();
    m_gain.clear();
    m_knowledgeChecks.clear();
    m_questions.clear();
    m_person.clear();
    for (KeyedListModel *model : {m_people, m_history, m_indicators, m_items})
        model->setEntries({});
}

AttemptChoice ReviewController::attemptChoice() const
{
    AttemptChoice choice = AttemptChoice::First; // anything else counts the first attempt, as the screen says
    attemptChoiceFromId(m_attemptChoice, &choice);
    return choice;
}

ReportNaming ReviewController::naming() const
{
    const AppContext *context = AppContext::instance();
    return ReportNaming{context->language(), context->catalog(),
                        [context](const QString &id) { return context->scenario(id); }};
}

QString ReviewController::saveXapi(const QString &file)
{
    ResultsStore *store = reviewStore();
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
    if (readingServer())
        return {{u"ok"_s, false}, {u"error"_s, readOnlyMessage()}};
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
    ResultsStore *store = reviewStore();
    if (!m_unlocked || !store || text.trimmed().isEmpty())
        return {};
    const QHash<QString, int> counts = store->attemptCounts();
    QVariantList found;
    for (const Participant &p : store->findParticipants(text))
        found.append(QVariantMap{{u"uuid"_s, p.uuid},
                                 {u"name"_s, p.displayName},
                                 {u"code"_s, p.code},
                                 {u"role"_s, naming().roleName(p.role)},
                                 {u"attempts"_s, counts.value(p.uuid)}});
    return found;
}

bool ReviewController::openDebrief(const QString &attempt)
{
    ResultsStore *store = reviewStore();
    if (!m_unlocked || !store)
        return false;
    const std::optional<AttemptRecord> record = store->attempt(attempt);
    if (!record || record->status == AttemptRecord::Status::InProgress)
        return fail(tr("Only a finished attempt has a debrief."));
    // Replays the attempt's events against its scenario snapshot; the debrief is read, nothing is played.
    if (!(readingServer() ? m_debriefSession->openToRead(attempt, *store)
                          : m_debriefSession->resume(attempt)))
        return fail(m_debriefSession->lastError());
    return true;
}

bool ReviewController::eraseParticipant(const QString &uuid)
{
    ResultsStore *store = AppContext::instance() ? AppContext::instance()->store() : nullptr;
    if (!m_unlocked || !store)
        return false;
    if (readingServer())
        return fail(readOnlyMessage());
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
    if (readingServer()) {
        fail(readOnlyMessage());
        return -1;
    }
    const Result<int> renamed = store->pseudonymiseSeminar(m_seminar);
    if (!renamed)
        fail(renamed.error().message);
    refresh();
    return renamed.valueOr(-1);
}

bool ReviewController::saveContact(const QString &institution, const QVariantMap &given, bool verified)
{
    // The directory's corrections are this laptop's (and travel with its sync), whichever results are shown.
    AppContext *context = AppContext::instance();
    if (!m_unlocked || !context || !context->catalog() ||
        !context->catalog()->institutions.contains(institution))
        return false;
    InstitutionContact fields;
    const auto field = [&](QStringView key) { return given.value(key.toString()).toString(); };
    fields.phone = field(u"phone");
    fields.freePhone = field(u"freePhone");
    fields.address = field(u"address");
    fields.email = field(u"email");
    fields.website = field(u"website");
    fields.hours = field(u"hours");
    const InstitutionContact c = correctedContact(context->catalog()->institutions.value(institution), fields,
                                                  verified, QDate::currentDate());
    if (const Result<void> saved = context->saveContact(c); !saved)
        return fail(saved.error().message);
    return true;
}

QString ReviewController::readOnlyMessage()
{
    return tr(
        "These are the server's results, shown here to be read: nothing is changed in them here. Choose "
        "this laptop's results to import, erase or replace names by codes.");
}

QString ReviewController::defaultFolder()
{
    return AppContext::exportFolder();
}

QString ReviewController::saveCsv(const QString &folder)
{
    if (!m_unlocked || !m_view) {
        fail(tr("Open the review first."));
        return {};
    }
    const QString target = folder.isEmpty() ? defaultFolder() : folder;
    if (!QDir().mkpath(target)) {
        fail(tr("Cannot create the folder %1.").arg(target));
        return {};
    }
    if (!writeReviewCsv(*m_view, target)) {
        fail(tr("Cannot write the CSV files into %1.").arg(target));
        return {};
    }
    return target;
}

QString ReviewController::savePdf(const QString &file)
{
    if (!m_unlocked || !m_view) {
        fail(tr("Open the review first."));
        return {};
    }
    const QString target =
        file.isEmpty()
            ? QDir(defaultFolder())
                  .filePath(u"saskati-report-%1.pdf"_s.arg(QDate::currentDate().toString(Qt::ISODate)))
            : file;
    QDir().mkpath(QFileInfo(target).absolutePath());
    const std::optional<QList<ReportSection>> sections = writeReviewPdf(*m_view, target);
    if (!sections) {
        fail(tr("Cannot write the report %1.").arg(target));
        return {};
    }
    m_reportLayout.clear();
    for (const ReportSection &section : *sections)
        m_reportLayout.append(QVariantMap{{u"title"_s, section.title},
                                          {u"firstPage"_s, section.firstPage},
                                          {u"lastPage"_s, section.lastPage},
                                          {u"fitsOnAPage"_s, section.fitsOnAPage}});
    return target;
}

} // namespace saskati
