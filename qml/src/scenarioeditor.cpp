#include "scenarioeditor.h"

#include "appcontext.h"
#include "backgroundwork.h"
#include "playsession.h"
#include "scenarioarchive.h"
#include "scenarioparts.h"
#include "scenemap.h"
#include "twinehtml.h"

#include <QFile>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

json::Tree treeOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return json::Tree::boolean(value.toBool());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return json::Tree::number(value.toDouble());
    default:
        return json::Tree::string(value.toString());
    }
}

QVariant variantOf(const json::Tree &tree)
{
    switch (tree.type()) {
    case json::Type::Bool:
        return tree.toBool();
    case json::Type::Number:
        return tree.toDouble();
    case json::Type::String:
        return tree.toString();
    default:
        return {};
    }
}

QString textIn(const json::Tree &localized, const QString &language)
{
    if (const json::Tree *words = localized.member(language); words && !words->toString().isEmpty())
        return words->toString();
    for (const auto &[key, value] : localized.members())
        if (!value.toString().isEmpty())
            return value.toString();
    return {};
}

QString language()
{
    return AppContext::instance() ? AppContext::instance()->language() : u"lv"_s;
}

} // namespace

ScenarioEditor::ScenarioEditor(QObject *parent)
    : QObject(parent)
    , m_mapView(new SceneMapView(this))
    , m_targetModel(new TargetListModel(false, this))
    , m_moveTargetModel(new TargetListModel(true, this))
{
    // The validator runs when typing pauses: a scenario of 150 scenes takes about 10 ms (bench_authoring).
    m_validationTimer.setSingleShot(true);
    m_validationTimer.setInterval(300);
    connect(&m_validationTimer, &QTimer::timeout, this, [this] { runValidation(); });
    // The map follows typing a little later; a structural change (a scene added or removed) at once.
    m_mapTimer.setSingleShot(true);
    m_mapTimer.setInterval(100);
    connect(&m_mapTimer, &QTimer::timeout, this, &ScenarioEditor::rebuildMap);
}

AuthorFolder ScenarioEditor::folder() const
{
    return AuthorFolder(AppContext::instance() ? AppContext::instance()->authorFolder()
                                               : AuthorFolder::defaultRoot());
}

void ScenarioEditor::report(const QString &message)
{
    m_lastError.clear();
    m_lastMessage = message;
    Q_EMIT lastErrorChanged();
}

void ScenarioEditor::reloadLibrary()
{
    // The app's library first: the list's "in the library" asks it.
    if (AppContext::instance())
        AppContext::instance()->reloadAuthoredScenarios();
    refreshLibrary();
}

bool ScenarioEditor::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT lastErrorChanged();
    return false;
}

bool ScenarioEditor::check(const Result<void> &result)
{
    if (!result)
        return fail(result.error().message);
    if (!m_lastError.isEmpty()) {
        m_lastError.clear();
        Q_EMIT lastErrorChanged();
    }
    changedDocument();
    return true;
}

void ScenarioEditor::changedDocument(std::optional<authoring::SceneMap> readyMap)
{
    const QStringList targetsBefore = m_targets;
    updateLists();
    if (readyMap) {
        m_mapTimer.stop();
        m_mapView->show(std::move(*readyMap));
    } else if (m_targets != targetsBefore) {
        rebuildMap();
    } else {
        m_mapTimer.start();
    }
    ++m_revision;
    Q_EMIT revisionChanged();
    m_validationTimer.start();
    Q_EMIT validated(); // validationPending
}

std::optional<json::Path> ScenarioEditor::pathOf(const QString &text) const
{
    return isOpen() ? json::parsePath(text) : std::nullopt;
}

// --- The library ---

QVariantList ScenarioEditor::authored() const
{
    return m_authored;
}

QVariantList ScenarioEditor::shipped() const
{
    return m_shipped;
}

void ScenarioEditor::refreshLibrary()
{
    m_authored.clear();
    m_shipped.clear();
    AppContext *context = AppContext::instance();
    for (const AuthorFolder::Entry &entry : folder().list())
        m_authored.append(QVariantMap{{u"file"_s, entry.file},
                                      {u"id"_s, entry.id},
                                      {u"title"_s, textIn(entry.title, language())},
                                      {u"playable"_s, context && context->isPlayable(entry.file)}});
    if (context)
        for (const auto &scenario : context->shippedScenarios())
            m_shipped.append(QVariantMap{{u"file"_s, scenario->file},
                                         {u"id"_s, scenario->id},
                                         {u"title"_s, context->localized(scenario->title)}});
    Q_EMIT libraryChanged();
}

QString ScenarioEditor::freeId(const QString &base) const
{
    // Neither a file of the team's folder nor a scenario of the library may have it.
    const AuthorFolder authors = folder();
    AppContext *context = AppContext::instance();
    QString id = base;
    for (int n = 2; QFileInfo::exists(authors.fileFor(id)) || (context && context->scenario(id)); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

bool ScenarioEditor::createScenario(const QString &title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("Give the scenario a title first."));
    const AuthorFolder authors = folder();
    const QString id = freeId(authoring::idFromWords(trimmed, u"scenario"_s));
    const QStringList languages{u"lv"_s, u"en"_s};
    const Result<QString> created = authors.create(id, authoring::newScenario(id, languages, trimmed));
    if (!created)
        return fail(created.error().message);
    refreshLibrary();
    return openScenario(*created);
}

bool ScenarioEditor::copyScenario(const QString &file)
{
    const AuthorFolder authors = folder();
    const QString id = freeId(QFileInfo(file).completeBaseName() + u"-edited"_s);
    const Result<QString> copied = authors.copyIn(file, id);
    if (!copied)
        return fail(copied.error().message);
    // A copy of a playable scenario plays at once, in the library too, before anything is saved.
    reloadLibrary();
    return openScenario(*copied);
}

bool ScenarioEditor::openScenario(const QString &file)
{
    auto catalog = AppContext::instance() ? AppContext::instance()->fileCatalog() : nullptr;
    setOpening({});
    m_lastMessage.clear(); // here, not once opened: what a caller says after starting to open stays
    Q_EMIT lastErrorChanged();
    if (QFileInfo(file).size() < s_openInBackgroundFrom)
        return showOpened({ScenarioDocument::open(file, catalog), std::nullopt, nullptr});
    // Reading, parsing and mapping 20 MB takes a second or more (bench/editor10k.sh): on the thread pool, so
    // that the window keeps drawing, with the copy the validator then checks (also on the pool); only the
    // views are made on the GUI thread.
    setOpening(file);
    BackgroundWork::run(
        this,
        [file, catalog, language = language()] {
            auto opened = std::make_shared<OpenedScenario>(
                OpenedScenario{ScenarioDocument::open(file, catalog), std::nullopt, nullptr});
            if (opened->document) {
                opened->map = authoring::sceneMap(opened->document->root(), language);
                opened->copyToValidate = std::make_shared<json::Tree>(opened->document->root());
            }
            return opened;
        },
        [this, file](const std::shared_ptr<OpenedScenario> &opened) {
            if (m_opening != file)
                return; // closed, or another scenario opened, meanwhile
            setOpening({});
            showOpened(std::move(*opened));
        });
    return true;
}

void ScenarioEditor::setOpening(const QString &file)
{
    if (m_opening != file) {
        m_opening = file;
        Q_EMIT openingChanged();
    }
}

bool ScenarioEditor::showOpened(OpenedScenario opened)
{
    if (!opened.document)
        return fail(opened.document.error().toString());
    m_document.emplace(std::move(*opened.document));
    m_lastError.clear();
    Q_EMIT lastErrorChanged();
    Q_EMIT documentChanged();
    changedDocument(std::move(opened.map));
    // Checked on the thread pool: a scenario shows its map at once and its findings a moment later.
    m_validationTimer.stop();
    runValidation(std::move(opened.copyToValidate));
    return true;
}

bool ScenarioEditor::deleteScenario(const QString &file)
{
    if ((isOpen() && QFileInfo(file) == QFileInfo(m_document->file())) ||
        (opening() && QFileInfo(file) == QFileInfo(m_opening)))
        close(); // also stops an opening of it on the thread pool: its result is dropped
    if (const Result<void> removed = folder().remove(file); !removed)
        return fail(removed.error().message);
    reloadLibrary();
    return true;
}

bool ScenarioEditor::renameScenario(const QString &file, const QString &title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("Give the scenario a title first."));
    const bool openHere = isOpen() && QFileInfo(file) == QFileInfo(m_document->file());
    // Being opened on the thread pool counts as open: it is opened again under its new name.
    const bool wasOpen = openHere || (opening() && QFileInfo(file) == QFileInfo(m_opening));
    if (openHere && m_document->isModified())
        return fail(tr("Save or undo the changes to this scenario before renaming it."));
    const AuthorFolder authors = folder();
    const auto current = std::find_if(m_authored.cbegin(), m_authored.cend(), [&](const QVariant &entry) {
        return QFileInfo(entry.toMap().value(u"file"_s).toString()) == QFileInfo(file);
    });
    const QString currentId =
        current == m_authored.cend() ? QString() : current->toMap().value(u"id"_s).toString();
    const QString wanted = authoring::idFromWords(trimmed, u"scenario"_s);
    const QString id = wanted == currentId ? wanted : freeId(wanted);
    if (wasOpen)
        close();
    const Result<QString> renamed = authors.rename(file, id, language(), trimmed);
    if (!renamed)
        return fail(renamed.error().message);
    reloadLibrary();
    report(tr("Renamed: %1 (%2).").arg(trimmed, id));
    return wasOpen ? openScenario(*renamed) : true;
}

bool ScenarioEditor::importTwine(const QString &source)
{
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 could not be read.").arg(source));
    const QByteArray bytes = file.readAll();
    const TwineImport imported = isTwineHtml(bytes) ? importTwineHtml(source, bytes, language())
                                                    : importTwee(source, bytes, language());
    QStringList notes;
    for (const Diagnostic &d : imported.report) {
        if (d.isError())
            return fail(d.toString());
        notes.append(u"%1:%2 %3"_s.arg(d.line).arg(d.column).arg(d.message));
    }
    const AuthorFolder authors = folder();
    const QString id =
        freeId(imported.scenario.member(u"id") ? imported.scenario.member(u"id")->toString() : u"twine"_s);
    json::Tree scenario = imported.scenario;
    scenario.setMember(u"id"_s, json::Tree::string(id));
    const Result<QString> created = authors.create(id, scenario);
    if (!created)
        return fail(created.error().message);
    refreshLibrary();
    if (!openScenario(*created))
        return false;
    // What Twine had that a scenario cannot: said once, with the story file's lines.
    m_lastMessage =
        tr("Imported from Twine: %1 passages, %2 links.").arg(imported.passages).arg(imported.links) +
        (notes.isEmpty() ? QString() : u" "_s + tr("Not brought in: %1").arg(notes.join(u"; "_s)));
    Q_EMIT lastErrorChanged();
    return true;
}

bool ScenarioEditor::importScenarios(const QString &fileOrUrl)
{
    const QUrl url(fileOrUrl);
    const QString source = url.isLocalFile() ? url.toLocalFile() : fileOrUrl;
    static const QStringList twine{u"twee"_s, u"tw"_s, u"tw3"_s, u"html"_s, u"htm"_s};
    if (twine.contains(QFileInfo(source).suffix().toLower()))
        return importTwine(source);
    // An id the library has among the shipped scenarios would be hidden there: refused before anything is
    // copied.
    const Result<QStringList> imported = scenarioarchive::importInto(folder(), source);
    if (!imported)
        return fail(imported.error().message);
    reloadLibrary();
    report(tr("%n scenario(s) imported.", "", int(imported->size())));
    return true;
}

bool ScenarioEditor::exportScenario(const QString &file, const QString &archiveOrUrl)
{
    const QUrl url(archiveOrUrl);
    const QString archive = url.isLocalFile() ? url.toLocalFile() : archiveOrUrl;
    if (const Result<void> written = scenarioarchive::exportScenario(file, archive); !written)
        return fail(written.error().message);
    report(tr("Exported to %1.").arg(QDir::toNativeSeparators(archive)));
    return true;
}

void ScenarioEditor::close()
{
    setOpening({});
    m_document.reset();
    m_validationTimer.stop();
    m_findings.clear();
    m_errorCount = m_warningCount = 0;
    Q_EMIT documentChanged();
    updateLists();
    m_mapTimer.stop();
    rebuildMap();
    ++m_revision;
    Q_EMIT revisionChanged();
    Q_EMIT validated();
}

// --- Values ---

QVariant ScenarioEditor::value(const QString &path) const
{
    const auto p = pathOf(path);
    const json::Tree *tree = p ? m_document->at(*p) : nullptr;
    return tree ? variantOf(*tree) : QVariant();
}

int ScenarioEditor::count(const QString &path) const
{
    const auto p = pathOf(path);
    const json::Tree *tree = p ? m_document->at(*p) : nullptr;
    return !tree              ? 0
           : tree->isArray()  ? int(tree->items().size())
           : tree->isObject() ? int(tree->members().size())
                              : 0;
}

bool ScenarioEditor::has(const QString &path) const
{
    const auto p = pathOf(path);
    return p && m_document->at(*p);
}

bool ScenarioEditor::setValue(const QString &path, const QVariant &value)
{
    const auto p = pathOf(path);
    if (!p)
        return fail(tr("Nothing is open to edit."));
    const json::Tree *old = m_document->at(*p);
    json::Tree next = treeOf(value);
    if (old && *old == next)
        return true;
    return check(m_document->set(*p, std::move(next), tr("Edit %1").arg(path)));
}

bool ScenarioEditor::removeAt(const QString &path)
{
    const auto p = pathOf(path);
    if (!p)
        return fail(tr("Nothing is open to edit."));
    return check(m_document->remove(*p, tr("Remove %1").arg(path)));
}

void ScenarioEditor::endTyping()
{
    if (isOpen())
        m_document->closeEdit();
}

void ScenarioEditor::undo()
{
    if (canUndo()) {
        m_document->undo();
        changedDocument();
    }
}

void ScenarioEditor::redo()
{
    if (canRedo()) {
        m_document->redo();
        changedDocument();
    }
}

bool ScenarioEditor::save()
{
    if (!isOpen())
        return fail(tr("Nothing is open to save."));
    m_document->closeEdit();
    validateNow();
    if (const Result<void> saved = m_document->save(); !saved)
        return fail(saved.error().message);
    ++m_revision;
    m_validatedRevision = m_revision; // saving changed no value: the findings still hold
    Q_EMIT revisionChanged();         // modified
    reloadLibrary();
    return true;
}

void ScenarioEditor::runValidation(std::shared_ptr<json::Tree> copy)
{
    if (!isOpen()) {
        showValidation({});
        return;
    }
    // When typing pauses, the loader checks a copy on the thread pool: a scenario of 10,000 scenes takes most
    // of a second (bench_authoring), which the window must not wait for. A result that comes back after a
    // newer change is dropped: that change has its own run coming.
    const int revision = m_revision;
    if (!copy)
        copy = std::make_shared<json::Tree>(m_document->root());
    ++m_validationsRunning;
    BackgroundWork::run(
        this,
        [copy, file = m_document->file(),
         catalog = AppContext::instance() ? AppContext::instance()->fileCatalog() : nullptr] {
            return ScenarioDocument(file, std::move(*copy), catalog).validate();
        },
        [this, revision](const ScenarioDocument::Validation &validation) {
            --m_validationsRunning;
            if (revision == m_revision && isOpen())
                showValidation(validation);
            else
                Q_EMIT validated(); // validationPending
        });
    Q_EMIT validated();
}

void ScenarioEditor::validateNow()
{
    m_validationTimer.stop();
    showValidation(isOpen() ? m_document->validate() : ScenarioDocument::Validation{});
}

void ScenarioEditor::showValidation(const ScenarioDocument::Validation &validation)
{
    m_findings.clear();
    m_errorCount = m_warningCount = 0;
    m_validatedRevision = m_revision;
    if (isOpen()) {
        QVariantList errors, warnings;
        for (const ScenarioDocument::Finding &finding : validation.findings) {
            const bool error = finding.diagnostic.isError();
            const int scene = finding.path.size() >= 2 && finding.path.at(0).key == u"scenes"
                                  ? int(finding.path.at(1).index)
                                  : -1;
            (error ? errors : warnings)
                .append(QVariantMap{
                    {u"severity"_s, error ? u"error"_s : u"warning"_s},
                    {u"message"_s, finding.diagnostic.message},
                    {u"where"_s, u"%1:%2"_s.arg(finding.diagnostic.line).arg(finding.diagnostic.column)},
                    {u"path"_s, json::pathText(finding.path)},
                    {u"scene"_s, scene}});
        }
        // An id another scenario of the library already has would hide one of them.
        AppContext *context = AppContext::instance();
        const json::Tree *id = m_document->root().member(u"id");
        if (const auto other = context && id ? context->scenario(id->toString()) : nullptr;
            other && QFileInfo(other->file) != QFileInfo(m_document->file()))
            errors.prepend(QVariantMap{
                {u"severity"_s, u"error"_s},
                {u"message"_s, tr("Another scenario in the library has the id '%1': choose another id.")
                                   .arg(id->toString())},
                {u"where"_s, QString()},
                {u"path"_s, u"id"_s},
                {u"scene"_s, -1}});
        m_errorCount = int(errors.size());
        m_warningCount = int(warnings.size());
        m_findings = errors + warnings;
    }
    Q_EMIT validated();
}

void ScenarioEditor::updateLists()
{
    auto update = [this](QStringList &list, QStringList now, void (ScenarioEditor::*changed)()) {
        if (list != now) {
            list = std::move(now);
            Q_EMIT(this->*changed)();
        }
    };
    update(m_languages, isOpen() ? authoring::languagesOf(m_document->root()) : QStringList(),
           &ScenarioEditor::languagesChanged);
    update(m_targets, currentTargets(), &ScenarioEditor::targetsChanged);
    m_targetModel->setTargets(m_targets);
    m_moveTargetModel->setTargets(m_targets);
    update(m_castIds, idsOf(u"cast"), &ScenarioEditor::castChanged);
    update(m_variableIds, idsOf(u"variables"), &ScenarioEditor::variablesChanged);
    update(m_plantedDetailIds, idsOf(u"plantedDetails"), &ScenarioEditor::plantedDetailsChanged);
}

QStringList ScenarioEditor::currentTargets() const
{
    QStringList ids;
    if (!isOpen())
        return ids;
    for (const QStringView list : {u"scenes", u"endings"})
        if (const json::Tree *items = m_document->root().member(list); items && items->isArray())
            for (const json::Tree &item : items->items())
                if (const json::Tree *id = item.member(u"id"))
                    ids.append(id->toString());
    return ids;
}

QStringList ScenarioEditor::idsOf(QStringView list) const
{
    QStringList ids;
    if (const json::Tree *items = isOpen() ? m_document->root().member(list) : nullptr;
        items && items->isArray())
        for (const json::Tree &item : items->items())
            if (const json::Tree *id = item.member(u"id"))
                ids.append(id->toString());
    return ids;
}

void ScenarioEditor::rebuildMap()
{
    m_mapView->show(isOpen() ? authoring::sceneMap(m_document->root(), language()) : authoring::SceneMap{});
}

QVariantList ScenarioEditor::search(const QString &text)
{
    // The map as drawn, brought up to date first if typing has just changed it.
    if (m_mapTimer.isActive()) {
        m_mapTimer.stop();
        rebuildMap();
    }
    QVariantList found;
    if (isOpen())
        for (int node : m_mapView->sceneMap().search(m_document->root(), text))
            found.append(node);
    return found;
}

bool ScenarioEditor::preview(PlaySession *session, const QString &sceneId, const QVariantMap &variables)
{
    if (!isOpen() || !session)
        return fail(tr("Nothing is open to preview."));
    validateNow();
    if (draft())
        return fail(tr("Fix the errors in the list first: a scenario with errors cannot be played."));
    QList<std::pair<QString, int>> values;
    for (const auto &[id, value] : variables.asKeyValueRange())
        values.append({id, value.toInt()});
    if (!session->startPreview(m_document->previewFrom(sceneId, values)))
        return fail(session->lastError());
    return true;
}

} // namespace saskati
