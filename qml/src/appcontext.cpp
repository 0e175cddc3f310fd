#include "appcontext.h"

#include "attemptrecorder.h"
#include "datadirectory.h"

#include "scenariolistmodel.h"
#include "scenarioloader.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQuickWindow>
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
QString s_databasePath;
QString s_catalogDirectory;
QString s_language = u"lv"_s;
AppContext *s_instance = nullptr;
} // namespace

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
    if (translator->load(u":/i18n/saskati_"_s + s_language))
        QCoreApplication::installTranslator(translator.get());
    m_translator = std::move(translator);
    m_language = s_language;
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
    m_catalog = std::make_shared<Catalog>(loadCatalog(
        s_catalogDirectory.isEmpty() ? QDir(directory).filePath(u"catalog"_s) : s_catalogDirectory,
        &diagnostics));
    QStringList problems;
    if (!hasErrors(diagnostics)) {
        const ScenarioLoader loader(m_catalog);
        for (const QString &name : QDir(directory).entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            LoadResult r = loader.loadFile(QDir(directory).filePath(name));
            diagnostics += r.diagnostics;
            if (r.scenario)
                m_scenarios.append(r.scenario);
        }
    }
    for (const Diagnostic &d : std::as_const(diagnostics))
        if (d.isError())
            problems.append(d.toString());
    m_store = std::make_unique<ResultsStore>(s_databasePath.isEmpty() ? ResultsStore::defaultPath()
                                                                      : s_databasePath);
    const ResultsStore::OpenResult opened = m_store->open();
    if (!opened.ok())
        problems.prepend(opened.message);
    else if (m_catalog) {
        reindexAttempts(*m_store, m_catalog, &problems); // attempts from before schema 4, or imported ones
        m_catalog = std::make_shared<Catalog>(withContacts(*m_catalog, m_store->institutionContacts()));
    }
    setProblem(problems.join(u"\n"_s));
    m_scenarioModel->setScenarios(m_scenarios);
    setLanguage(m_language);
    m_loaded = true;
    Q_EMIT participantsChanged();
    Q_EMIT loadedChanged();
    Q_EMIT directoryChanged();
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
    if (translator->load(u":/i18n/saskati_"_s + language))
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
    }
}

void AppContext::setFontScale(double scale)
{
    scale = std::clamp(scale, 0.8, 2.0);
    if (qFuzzyCompare(scale, m_fontScale))
        return;
    m_fontScale = scale;
    Q_EMIT fontScaleChanged();
}

void AppContext::setAutoPlayVoices(bool on)
{
    if (on == m_autoPlayVoices)
        return;
    m_autoPlayVoices = on;
    Q_EMIT autoPlayVoicesChanged();
}

QVariantList AppContext::participants()
{
    QVariantList list;
    if (m_store && m_store->isOpen())
        for (const Participant &p : m_store->participants()) {
            // People who only ever joined a seminar from a phone are not among those who practise here.
            const QList<AttemptRecord> attempts = m_store->attempts(p.uuid);
            const bool onlySeminars = !attempts.isEmpty() && std::all_of(attempts.cbegin(), attempts.cend(),
                                                                         [](const AttemptRecord &a) {
                                                                             return !a.seminar.isEmpty();
                                                                         });
            if (onlySeminars)
                continue;
            list.append(QVariantMap{
                {u"id"_s, p.uuid}, {u"name"_s, p.displayName}, {u"code"_s, p.code}, {u"role"_s, p.role}});
        }
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
                                    {u"description"_s, localized(i.description)}});
    sortByName(list, m_language);
    return list;
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
                                    {u"verifiedOn"_s, i.verifiedOn}});
    sortByName(list, m_language);
    return list;
}

bool AppContext::saveContact(const InstitutionContact &contact)
{
    if (!m_store || !m_catalog || !m_store->saveInstitutionContact(contact))
        return false;
    m_catalog = std::make_shared<Catalog>(withContacts(*m_catalog, {contact}));
    Q_EMIT directoryChanged();
    return true;
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
    const std::optional<Participant> p = m_store ? m_store->participant(participantId) : std::nullopt;
    if (!p)
        return false;
    m_participant = *p;
    m_scenarioModel->refresh();
    Q_EMIT participantChanged();
    return true;
}

bool AppContext::createParticipant(const QString &name, const QString &role)
{
    const std::optional<Participant> p = m_store ? m_store->addParticipant(name, role) : std::nullopt;
    if (!p) {
        setProblem(m_store ? m_store->lastError() : QString());
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

} // namespace saskati
