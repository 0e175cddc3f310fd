#include "appcontext.h"

#include "interfacelanguages.h"

#include "attemptrecorder.h"
#include "backgroundwork.h"
#include "datadirectory.h"

#include "authorfolder.h"
#include "scenariolistmodel.h"
#include "scenarioloader.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApp, "saskati.app", QtInfoMsg)

namespace {

// Lists people pick from, in the reader's alphabet whatever the case ("bāriņtiesa" before "Centrs", "ā" after
// "a").
void sortByName(QVariantList &list, const QString &language)
{
    QCollator collator{QLocale(language)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), [&collator](const QVariant &a, const QVariant &b) {
        return collator.compare(a.toMap().value(u"name"_s).toString(),
                                b.toMap().value(u"name"_s).toString()) < 0;
    });
}

} // namespace

namespace saskati {

namespace {
QString s_scenarioDirectory;
QString s_authorFolder;
QString s_exportFolder;
QString s_databasePath;
QString s_catalogDirectory;
QString s_language = u"lv"_s;
QString s_settingsFile;
QString s_translationFile;
AppContext *s_instance = nullptr;

QString statusId(ResultsStore::OpenStatus status)
{
    switch (status) {
    case ResultsStore::OpenStatus::Ok:
        return {};
    case ResultsStore::OpenStatus::ReadOnlyFile:
        return u"read-only-file"_s;
    case ResultsStore::OpenStatus::ReadOnlyFolder:
        return u"read-only-folder"_s;
    case ResultsStore::OpenStatus::InUse:
        return u"in-use"_s;
    case ResultsStore::OpenStatus::Damaged:
        return u"damaged"_s;
    case ResultsStore::OpenStatus::NewerThanApp:
        return u"newer"_s;
    case ResultsStore::OpenStatus::CannotOpen:
        break;
    }
    return u"cannot-open"_s;
}

const QString s_voicesKey = u"display/autoPlayVoices"_s;
const QString s_moveFeedbackKey = u"practice/feedbackAfterEachMove"_s;
const QString s_fontScaleKey = u"display/fontScale"_s;
} // namespace

void AppContext::setSettingsFile(const QString &path)
{
    s_settingsFile = path;
}

QString AppContext::defaultSettingsFile()
{
    // Not QSettings' default: without an organisation name it files settings under "Unknown Organization".
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(u"saskati.conf"_s);
}

void AppContext::saveSetting(const QString &key, const QVariant &value) const
{
    if (s_settingsFile.isEmpty())
        return;
    QSettings settings(s_settingsFile, QSettings::IniFormat);
    settings.setValue(key, value);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qCWarning(lcApp) << "Could not remember the setting" << key << "in" << s_settingsFile;
}

QVariant AppContext::setting(const QString &key, const QVariant &fallback) const
{
    if (s_settingsFile.isEmpty())
        return fallback;
    const QSettings settings(s_settingsFile, QSettings::IniFormat);
    return settings.value(key, fallback);
}

void AppContext::setTranslationFile(const QString &path)
{
    s_translationFile = path;
}

QString AppContext::translationFile(const QString &language)
{
    return !s_translationFile.isEmpty() && language == s_language ? s_translationFile
                                                                  : u":/i18n/saskati_"_s + language;
}

void AppContext::configure(const QString &scenarioDirectory, const QString &databasePath,
                           const QString &catalogDirectory, const QString &language)
{
    s_language = language;
    s_scenarioDirectory = scenarioDirectory;
    s_databasePath = databasePath;
    s_catalogDirectory = catalogDirectory;
}

AppContext *AppContext::create(QQmlEngine *engine, QJSEngine *)
{
    // One per engine (Qt Quick Test makes an engine per test file); the engine owns it.
    if (!s_instance || s_instance->m_engine != engine)
        s_instance = new AppContext(engine);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

AppContext::~AppContext()
{
    // The file stays locked until the work on it has finished.
    m_openingWork.waitForFinished();
    if (s_instance == this)
        s_instance = nullptr;
}

AppContext *AppContext::instance()
{
    return s_instance;
}

AppContext::AppContext(QQmlEngine *engine)
    : QObject(engine)
    , m_engine(engine)
    , m_scenarioModel(new ScenarioListModel(this))
{
    // The interface language before the first binding is evaluated: no retranslation at start-up.
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(translationFile(s_language)))
        QCoreApplication::installTranslator(translator.get());
    else if (!s_translationFile.isEmpty())
        qCWarning(lcApp).noquote() << "The translation" << s_translationFile
                                   << "could not be read; the interface is in English";
    m_translator = std::move(translator);
    m_language = s_language;
    // The display settings as the person left them (the language is the command line's: --language).
    if (!s_settingsFile.isEmpty()) {
        const QSettings settings(s_settingsFile, QSettings::IniFormat);
        m_autoPlayVoices = settings.value(s_voicesKey, m_autoPlayVoices).toBool();
        m_feedbackAfterEachMove = settings.value(s_moveFeedbackKey, m_feedbackAfterEachMove).toBool();
        m_fontScale = std::clamp(settings.value(s_fontScaleKey, m_fontScale).toDouble(), 0.8, 2.0);
    }
    // The start screen needs neither scenarios nor results: show it first, read the files right after its
    // first frame (a zero timer would fire before the frame and delay it by the whole load).
    QMetaObject::invokeMethod(this, &AppContext::loadAfterFirstFrame, Qt::QueuedConnection);
}

void AppContext::loadAfterFirstFrame()
{
    QQuickWindow *window = nullptr;
    for (QWindow *w : QGuiApplication::topLevelWindows())
        if (auto *quick = qobject_cast<QQuickWindow *>(w); quick && quick->isVisible())
            window = quick;
    if (!window) {
        load();
        return;
    }
    connect(
        window, &QQuickWindow::frameSwapped, this, [this] { QTimer::singleShot(0, this, &AppContext::load); },
        Qt::SingleShotConnection);
    // A window that never draws (minimised at start) must not keep the scenarios away.
    QTimer::singleShot(1000, this, [this] {
        if (!m_loaded)
            load();
    });
}

void AppContext::setProblem(const QString &problem)
{
    if (!problem.isEmpty())
        qCWarning(lcApp) << problem;
    m_problem = problem;
    Q_EMIT problemChanged();
}

void AppContext::load()
{
    if (m_loaded)
        return;
    const QString directory =
        s_scenarioDirectory.isEmpty() ? shippedScenarioDirectory() : s_scenarioDirectory;
    Diagnostics diagnostics;
    m_fileCatalog = std::make_shared<Catalog>(loadCatalog(
        s_catalogDirectory.isEmpty() ? QDir(directory).filePath(u"catalog"_s) : s_catalogDirectory,
        &diagnostics));
    m_catalog = m_fileCatalog;
    // A folder copied without its media makes every file fail: one line on the start screen, and the
    // validator's own lines on demand, so that the buttons stay where they are. The files that load are
    // offered.
    m_scenarioProblemCount = hasErrors(diagnostics) ? 1 : 0; // the catalogue: no scenario can be read
    if (!hasErrors(diagnostics)) {
        const ScenarioLoader loader(m_catalog);
        for (const QString &name : QDir(directory).entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            LoadResult r = loader.loadFile(QDir(directory).filePath(name));
            diagnostics += r.diagnostics;
            if (r.scenario)
                m_scenarios.append(r.scenario);
            else
                ++m_scenarioProblemCount;
        }
    }
    for (const Diagnostic &d : std::as_const(diagnostics))
        if (d.isError())
            m_scenarioProblems.append(d.toString());
    if (m_scenarioProblemCount > 0)
        qCWarning(lcApp).noquote() << m_scenarioProblemCount << "scenario file(s) in" << directory
                                   << "have errors and were left out; the first:"
                                   << m_scenarioProblems.value(0);
    loadAuthoredScenarios();
    m_scenarioModel->setScenarios(m_scenarios);
    setLanguage(m_language);
    // Loaded once the results file is open too (or said to be unusable).
    useStore(s_databasePath.isEmpty() ? ResultsStore::defaultPath() : s_databasePath, [this](bool) {
        m_loaded = true;
        Q_EMIT loadedChanged();
        Q_EMIT scenariosChanged();
    });
}

void AppContext::setAuthorFolder(const QString &root)
{
    s_authorFolder = root;
}

QString AppContext::authorFolder() const
{
    return s_authorFolder.isEmpty() ? AuthorFolder::defaultRoot() : s_authorFolder;
}

void AppContext::setExportFolder(const QString &folder)
{
    s_exportFolder = folder;
}

QString AppContext::exportFolder()
{
    if (!s_exportFolder.isEmpty())
        return s_exportFolder;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"Saskati"_s);
}

bool AppContext::isAuthored(const Scenario &scenario) const
{
    const QString folder = QDir::cleanPath(AuthorFolder(authorFolder()).scenarioDirectory()) + u'/';
    return QDir::cleanPath(QFileInfo(scenario.file).absoluteFilePath()).startsWith(folder);
}

QList<std::shared_ptr<const Scenario>> AppContext::shippedScenarios() const
{
    QList<std::shared_ptr<const Scenario>> shipped;
    for (const auto &s : m_scenarios)
        if (!isAuthored(*s))
            shipped.append(s);
    return shipped;
}

bool AppContext::isPlayable(const QString &file) const
{
    return std::ranges::any_of(m_scenarios,
                               [&](const auto &s) { return QFileInfo(s->file) == QFileInfo(file); });
}

void AppContext::loadAuthoredScenarios()
{
    if (!m_fileCatalog)
        return;
    // A draft (a file with errors) is the editor's to show, not a problem of the library: it is left out
    // quietly.
    const ScenarioLoader loader(m_fileCatalog);
    for (const QString &file : AuthorFolder(authorFolder()).files()) {
        LoadResult r = loader.loadFile(file);
        if (r.scenario && !scenario(r.scenario->id))
            m_scenarios.append(r.scenario);
    }
}

void AppContext::reloadAuthoredScenarios()
{
    m_scenarios.removeIf([this](const auto &s) { return isAuthored(*s); });
    loadAuthoredScenarios();
    m_scenarioModel->setScenarios(m_scenarios);
    m_scenarioModel->refresh();
    // Not loadedChanged: the start screen takes that as "ready" and moves the keyboard focus to itself.
    Q_EMIT scenariosChanged();
}

bool AppContext::useStore(const QString &path, std::function<void(bool)> done)
{
    if (m_openingStore)
        return false;
    if (m_store && m_store->isOpen() && QFileInfo(m_store->path()) == QFileInfo(path)) {
        done(true); // already ours (and locked by us: a second lock would say "in use")
        Q_EMIT storeOpened(true);
        return true;
    }
    // The lock before anything else: a second app must not migrate, back up or offer the first one's attempt.
    m_openingStore = std::make_unique<ResultsStore>(path);
    m_openingDone = std::move(done);
    ResultsStore::OpenResult locked = m_openingStore->lock();
    Q_EMIT openingChanged();
    if (!locked.ok()) {
        finishUsingStore(path, locked, {});
        return true;
    }
    // Checking a large file, waiting for another process to let go of it, the daily backup and migrations
    // take seconds: on the thread pool, with a connection of their own; the GUI thread then only connects.
    // Attempts from before schema 4, or imported ones, get their review rows there too.
    m_openingWork = BackgroundWork::run(
        this,
        [path, catalog = m_fileCatalog] {
            ResultsStore store(path); // its connection is made and closed on this thread
            PreparedStore prepared{store.open(), {}};
            if (prepared.opened.ok() && catalog)
                reindexAttempts(store, catalog, &prepared.problems);
            return prepared;
        },
        [this, path](const PreparedStore &prepared) {
            finishUsingStore(path,
                             prepared.opened.ok() ? m_openingStore->open(ResultsStore::schemaVersion,
                                                                         ResultsStore::OpenMode::Prepared)
                                                  : prepared.opened,
                             prepared.problems);
        });
    return true;
}

void AppContext::finishUsingStore(const QString &path, ResultsStore::OpenResult opened,
                                  const QStringList &problems)
{
    std::unique_ptr<ResultsStore> store = std::move(m_openingStore);
    const std::function<void(bool)> done = std::exchange(m_openingDone, {});
    m_storeStatus = statusId(opened.status);
    m_storeDetail = opened.ok() ? QString() : opened.error.message;
    m_storePath = QFileInfo(path).absoluteFilePath();
    m_holderPid = opened.holderPid;
    m_holderHost = opened.holderHost;
    if (!opened.ok())
        qCWarning(lcApp).noquote() << opened.error.message;
    m_store = std::move(store); // the previous one closes (and unlocks) here
    m_catalog = m_fileCatalog;
    if (m_store->isOpen() && m_catalog)
        m_catalog = std::make_shared<Catalog>(withContacts(*m_catalog, m_store->institutionContacts()));
    setProblem(problems.join(u"\n"_s));
    if (!m_participant.uuid.isEmpty())
        signOut();
    Q_EMIT openingChanged();
    Q_EMIT storeChanged();
    Q_EMIT participantsChanged();
    Q_EMIT directoryChanged();
    done(opened.ok());
    Q_EMIT storeOpened(opened.ok());
}

bool AppContext::openDatabase(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    if (path.isEmpty())
        return false;
    if (opening())
        return false;
    const bool wasPracticeOnly = m_practiceOnly;
    m_practiceOnly = false;
    return useStore(path, [this, wasPracticeOnly](bool ok) {
        if (ok)
            m_practiceFolder.reset();
        else if (wasPracticeOnly)
            Q_EMIT storeChanged();
    });
}

bool AppContext::continueWithoutSaving()
{
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid())
        return false;
    if (opening())
        return false;
    const QString failed = m_storeStatus;
    const QString path = folder->filePath(u"practice.sqlite"_s);
    m_practiceOnly = true;
    m_practiceFolder = std::move(folder);
    return useStore(path, [this, failed, path](bool ok) {
        if (!ok) {
            m_practiceOnly = false;
            return;
        }
        qCInfo(lcApp).noquote() << "Practising without saving (" << failed << "): results go to" << path
                                << "and are deleted at exit.";
    });
}

QString AppContext::storeProblem() const
{
    // Under a title that says "results cannot be saved here": the file, and why.
    const QString file = QDir::toNativeSeparators(m_storePath);
    if (m_storeStatus == u"read-only-file")
        return tr("%1 is read-only (for example on a write-protected stick, or another user's file). Open "
                  "another "
                  "results file, or practise without saving.")
            .arg(file);
    if (m_storeStatus == u"read-only-folder")
        return tr("The folder of %1 is read-only, and the database needs to write beside the file. Open a "
                  "results "
                  "file in another folder, or practise without saving.")
            .arg(file);
    if (m_storeStatus == u"in-use")
        return m_holderPid > 0
                   ? tr("Saskati is already open with %1 (program %2 on %3). Use that window: two windows on "
                        "one "
                        "results file would offer the same attempt twice. Or open another results file.")
                         .arg(file)
                         .arg(m_holderPid)
                         .arg(m_holderHost)
                   : tr("Saskati is already open with %1. Use that window, or open another results file.")
                         .arg(file);
    if (m_storeStatus == u"damaged")
        return tr("%1 is damaged. It has been left untouched; the coordinator can restore a backup "
                  "(saskati-cli "
                  "results restore). Open another results file, or practise without saving.")
            .arg(file);
    if (m_storeStatus == u"newer")
        return tr("%1 was written by a newer version of Saskati. It has not been changed: update Saskati to "
                  "use it. "
                  "Open another results file, or practise without saving.")
            .arg(file);
    if (m_storeStatus == u"cannot-open")
        return tr("%1 cannot be opened. Open another results file, or practise without saving.").arg(file);
    return {};
}

QUrl AppContext::suggestedFolder() const
{
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

std::shared_ptr<const Scenario> AppContext::scenario(const QString &id) const
{
    for (const auto &s : m_scenarios)
        if (s->id == id)
            return s;
    return nullptr;
}

void AppContext::setLanguage(const QString &language)
{
    // Interface strings come from Qt Linguist translations (English source, Latvian .qm); scenario text
    // follows.
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(translationFile(language)))
        QCoreApplication::installTranslator(translator.get());
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    const bool changed = m_language != language;
    m_language = language;
    if (m_engine)
        m_engine->retranslate();
    m_scenarioModel->refresh();
    if (changed) {
        Q_EMIT languageChanged();
        Q_EMIT directoryChanged();
        Q_EMIT storeChanged(); // storeProblem is said in the interface language
    }
}

void AppContext::setFontScale(double scale)
{
    scale = std::clamp(scale, 0.8, 2.0);
    if (qFuzzyCompare(scale, m_fontScale))
        return;
    m_fontScale = scale;
    saveSetting(s_fontScaleKey, m_fontScale);
    Q_EMIT fontScaleChanged();
}

void AppContext::setAutoPlayVoices(bool on)
{
    if (on == m_autoPlayVoices)
        return;
    m_autoPlayVoices = on;
    saveSetting(s_voicesKey, m_autoPlayVoices);
    Q_EMIT autoPlayVoicesChanged();
}

void AppContext::setFeedbackAfterEachMove(bool on)
{
    if (on == m_feedbackAfterEachMove)
        return;
    m_feedbackAfterEachMove = on;
    saveSetting(s_moveFeedbackKey, m_feedbackAfterEachMove);
    Q_EMIT feedbackAfterEachMoveChanged();
}

QVariantList AppContext::participants()
{
    QVariantList list;
    if (m_store && m_store->isOpen())
        for (const Participant &p : m_store->practisingParticipants())
            list.append(QVariantMap{
                {u"id"_s, p.uuid}, {u"name"_s, p.displayName}, {u"code"_s, p.code}, {u"role"_s, p.role}});
    return list;
}

QVariantList AppContext::roles() const
{
    QVariantList list;
    if (m_catalog)
        for (const AudienceRole &r : m_catalog->roles)
            list.append(QVariantMap{{u"id"_s, r.id}, {u"name"_s, localized(r.name)}});
    sortByName(list, m_language);
    return list;
}

QVariantList AppContext::indicators() const
{
    QVariantList list;
    if (m_catalog)
        for (const Indicator &i : m_catalog->indicators)
            list.append(QVariantMap{{u"id"_s, i.id},
                                    {u"name"_s, localized(i.name)},
                                    {u"dimension"_s, dimensionId(i.dimension)},
                                    {u"strength"_s, strengthId(i.strength)},
                                    {u"description"_s, localized(i.description)}});
    sortByName(list, m_language);
    return list;
}

QVariantList AppContext::principles() const
{
    QVariantList list;
    if (m_catalog)
        for (const ConductPrinciple &p : m_catalog->principles)
            list.append(QVariantMap{{u"id"_s, p.id}, {u"name"_s, localized(p.name)}});
    sortByName(list, m_language);
    return list;
}

QVariantList AppContext::questionTypes() const
{
    QVariantList recommended, others;
    if (m_catalog)
        for (const QuestionType &type : m_catalog->questionTypes)
            (type.recommended ? recommended : others)
                .append(QVariantMap{{u"id"_s, type.id},
                                    {u"name"_s, localized(type.name)},
                                    {u"recommended"_s, type.recommended}});
    sortByName(recommended, m_language);
    sortByName(others, m_language);
    return recommended + others;
}

QVariantList AppContext::institutions() const
{
    QVariantList list;
    if (m_catalog)
        for (const Institution &i : m_catalog->institutions)
            list.append(QVariantMap{{u"id"_s, i.id},
                                    {u"name"_s, localized(i.name)},
                                    {u"role"_s, localized(i.role)},
                                    {u"whenToInvolve"_s, localized(i.whenToInvolve)},
                                    {u"phone"_s, i.phone},
                                    {u"freePhone"_s, i.freePhone},
                                    {u"address"_s, i.address},
                                    {u"email"_s, i.email},
                                    {u"website"_s, i.website},
                                    {u"hours"_s, i.hours},
                                    {u"verifiedOn"_s, i.verifiedOn},
                                    {u"source"_s, localized(i.source)}});
    sortByName(list, m_language);
    return list;
}

QString AppContext::supportLines() const
{
    // The adult line, the children's line and the emergency number, each only if the catalogue has it: a
    // coordinator's correction in Review -> Directory shows here at once, and nothing is hard-coded.
    auto contact = [this](const QString &id, auto field) -> QString {
        if (!m_catalog)
            return {};
        const auto it = m_catalog->institutions.constFind(id);
        return it == m_catalog->institutions.cend() ? QString() : (*it).*field;
    };
    QStringList lines;
    if (const QString adults = contact(u"drosa-maja"_s, &Institution::phone); !adults.isEmpty()) {
        const QString hours = contact(u"drosa-maja"_s, &Institution::hours);
        lines.append(hours.isEmpty() ? tr("Adults: the Drošā māja trust line %1.").arg(adults)
                                     : tr("Adults: the Drošā māja trust line %1 (%2).").arg(adults, hours));
    }
    if (const QString children = contact(u"childrens-trust-line"_s, &Institution::freePhone);
        !children.isEmpty())
        lines.append(tr("Children and young people: %1.").arg(children));
    if (const QString emergency = contact(u"medical-care"_s, &Institution::phone); !emergency.isEmpty())
        lines.append(tr("In danger: %1.").arg(emergency));
    return lines.join(u' ');
}

Result<void> AppContext::saveContact(const InstitutionContact &contact)
{
    if (!m_store || !m_catalog)
        return Error(QString());
    if (Result<void> saved = m_store->saveInstitutionContact(contact); !saved)
        return saved;
    m_catalog = std::make_shared<Catalog>(withContacts(*m_catalog, {contact}));
    Q_EMIT directoryChanged();
    return {};
}

QVariantList AppContext::forms() const
{
    QVariantList list;
    if (m_catalog)
        for (const TraffickingForm &f : m_catalog->forms)
            list.append(QVariantMap{{u"id"_s, f.id}, {u"name"_s, localized(f.name)}});
    return list;
}

bool AppContext::signIn(const QString &participantId)
{
    if (!m_store)
        return false;
    const Result<Participant> p = m_store->participant(participantId);
    if (!p)
        return false;
    m_participant = *p;
    m_scenarioModel->refresh();
    Q_EMIT participantChanged();
    return true;
}

bool AppContext::createParticipant(const QString &name, const QString &role)
{
    if (!m_store) {
        setProblem(QString());
        return false;
    }
    const Result<Participant> p = m_store->addParticipant(name, role);
    if (!p) {
        setProblem(p.error().message);
        return false;
    }
    Q_EMIT participantsChanged();
    return signIn(p->uuid);
}

void AppContext::signOut()
{
    m_participant = Participant();
    m_scenarioModel->refresh();
    Q_EMIT participantChanged();
}

void AppContext::peopleErasedElsewhere()
{
    // The signed-in person among them: nobody is signed in as someone who no longer exists.
    if (!m_participant.uuid.isEmpty() && m_store && !m_store->participant(m_participant.uuid))
        signOut();
    Q_EMIT participantsChanged();
}

QVariantList AppContext::history()
{
    QVariantList list;
    if (!m_store || m_participant.uuid.isEmpty())
        return list;
    const QList<AttemptRecord> attempts = m_store->attempts(m_participant.uuid);
    for (auto it = attempts.crbegin(); it != attempts.crend(); ++it) {
        const auto s = scenario(it->scenarioId);
        list.append(QVariantMap{
            {u"uuid"_s, it->uuid},
            {u"scenarioId"_s, it->scenarioId},
            {u"title"_s, s ? localized(s->title) : it->scenarioId},
            {u"status"_s, attemptStatusId(it->status)},
            {u"percent"_s, it->score.value(u"percent"_s).toVariant()},
            {u"started"_s, QLocale(m_language).toString(it->started.toLocalTime(), QLocale::ShortFormat)}});
    }
    return list;
}

QVariantMap AppContext::interruptedAttempt()
{
    if (!m_store || m_participant.uuid.isEmpty())
        return {};
    for (const AttemptRecord &a : m_store->interruptedAttempts()) {
        if (a.participant != m_participant.uuid)
            continue;
        const auto s = scenario(a.scenarioId);
        return QVariantMap{{u"uuid"_s, a.uuid}, {u"title"_s, s ? localized(s->title) : a.scenarioId}};
    }
    return {};
}

QString AppContext::text(const QVariant &localized) const
{
    const QVariantMap map = localized.toMap();
    return map.value(m_language, map.value(u"en"_s)).toString();
}

QVariantList AppContext::interfaceLanguages() const
{
    return saskati::interfaceLanguages();
}

QString AppContext::languageName(const QString &code) const
{
    return interfaceLanguageName(code);
}

} // namespace saskati
