#pragma once

#include "authorfolder.h"
#include "scenariodocument.h"
#include "scenemap.h"
#include "scenemapview.h"
#include "targetlistmodel.h"

#include <QDir>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <optional>

namespace saskati {

class PlaySession;

/// The Author area's view of one scenario file (engine/authoring's ScenarioDocument): values read and written
/// by path ("scenes[0].title.lv"), each change an undo step, the validator run shortly after typing stops,
/// the scene map for the graph, and the folder of the team's own scenarios. The QML views hold no scenario
/// logic: they show what this says and ask it for changes.
class ScenarioEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY documentChanged)
    /// A large file is being opened on the thread pool (isOpen once it is, or lastError says why not).
    Q_PROPERTY(bool opening READ opening NOTIFY openingChanged)
    Q_PROPERTY(QString file READ file NOTIFY documentChanged)
    /// Grows with every change of the document: bindings that read values by path depend on it.
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    Q_PROPERTY(bool modified READ modified NOTIFY revisionChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY revisionChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY revisionChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY revisionChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY revisionChanged)
    // Lists the views build rows from: told only when they change (a row rebuilt under the typing cursor
    // would lose it).
    Q_PROPERTY(QStringList languages READ languages NOTIFY languagesChanged)
    /// Scene and ending ids, for the choices' "leads to".
    Q_PROPERTY(QStringList targets READ targets NOTIFY targetsChanged)
    /// The same as a model for drop-down lists ({id, name}), shared by all of them; moveTargetModel first
    /// offers "stays in the conversation" (id "").
    Q_PROPERTY(saskati::TargetListModel *targetModel READ targetModel CONSTANT)
    Q_PROPERTY(saskati::TargetListModel *moveTargetModel READ moveTargetModel CONSTANT)
    Q_PROPERTY(QStringList castIds READ castIds NOTIFY castChanged)
    /// The variables' ids, for conditions and effects.
    Q_PROPERTY(QStringList variableIds READ variableIds NOTIFY variablesChanged)
    /// The planted details' ids, for a reply line's "plants" and the "rests on" lists.
    Q_PROPERTY(QStringList plantedDetailIds READ plantedDetailIds NOTIFY plantedDetailsChanged)
    /// The graph's scenes, endings and arrows, handed out by area (SceneMapView). Rebuilt shortly after
    /// changes stop (at 10,000 scenes it takes tens of milliseconds: bench_authoring).
    Q_PROPERTY(saskati::SceneMapView *map READ map CONSTANT)
    /// The last validation: [{severity, message, where, path, scene}] (scene: the scene index the finding is
    /// in, or -1), errors first.
    Q_PROPERTY(QVariantList findings READ findings NOTIFY validated)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY validated)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY validated)
    /// Saved or not, the file will not play until its errors are fixed.
    Q_PROPERTY(bool draft READ draft NOTIFY validated)
    /// The validator has not seen the last change yet (it runs when typing pauses).
    Q_PROPERTY(bool validationPending READ validationPending NOTIFY validated)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    /// What the last import or export did, for a person ("2 scenarios imported").
    Q_PROPERTY(QString lastMessage READ lastMessage NOTIFY lastErrorChanged)
    /// The team's scenarios ({file, id, title, playable}) and the shipped ones ({file, id, title}).
    Q_PROPERTY(QVariantList authored READ authored NOTIFY libraryChanged)
    Q_PROPERTY(QVariantList shipped READ shipped NOTIFY libraryChanged)
    /// Where the team's scenario files are kept (shown in the library).
    Q_PROPERTY(QString folderPath READ folderPath NOTIFY libraryChanged)

public:
    explicit ScenarioEditor(QObject *parent = nullptr);

    bool isOpen() const { return m_document.has_value(); }
    bool opening() const { return !m_opening.isEmpty(); }
    /// Files from this size on open on the thread pool: a shipped scenario (under 200 KB) opens at once.
    static constexpr qint64 s_openInBackgroundFrom = 1024 * 1024;
    QString file() const { return isOpen() ? m_document->file() : QString(); }
    int revision() const { return m_revision; }
    bool modified() const { return isOpen() && m_document->isModified(); }
    bool canUndo() const { return isOpen() && m_document->canUndo(); }
    bool canRedo() const { return isOpen() && m_document->canRedo(); }
    QString undoText() const { return isOpen() ? m_document->undoText() : QString(); }
    QString redoText() const { return isOpen() ? m_document->redoText() : QString(); }
    QStringList languages() const { return m_languages; }
    QStringList targets() const { return m_targets; }
    TargetListModel *targetModel() const { return m_targetModel; }
    TargetListModel *moveTargetModel() const { return m_moveTargetModel; }
    QStringList castIds() const { return m_castIds; }
    QStringList variableIds() const { return m_variableIds; }
    QStringList plantedDetailIds() const { return m_plantedDetailIds; }
    SceneMapView *map() const { return m_mapView; }
    QVariantList findings() const { return m_findings; }
    int errorCount() const { return m_errorCount; }
    int warningCount() const { return m_warningCount; }
    bool draft() const { return m_errorCount > 0; }
    bool validationPending() const
    {
        return m_validationTimer.isActive() || m_validationsRunning > 0 || m_validatedRevision != m_revision;
    }
    QString lastError() const { return m_lastError; }
    QString lastMessage() const { return m_lastMessage; }
    QVariantList authored() const;
    QVariantList shipped() const;
    QString folderPath() const { return QDir::toNativeSeparators(folder().scenarioDirectory()); }

    // The library.
    Q_INVOKABLE void refreshLibrary();
    /// A new scenario titled `title` (in the first language) in the team's folder, opened.
    Q_INVOKABLE bool createScenario(const QString &title);
    /// An editable copy of a shipped scenario (with its media), opened. The shipped file is not touched.
    Q_INVOKABLE bool copyScenario(const QString &file);
    /// Opens `file`; one of 1 MB or more opens on the thread pool (`opening` meanwhile): true then means
    /// started.
    Q_INVOKABLE bool openScenario(const QString &file);
    Q_INVOKABLE bool deleteScenario(const QString &file);
    /// Gives a team's scenario a new title (in the interface's language) and the id and file name made from
    /// it (engine/authoring's idFromWords; "-2"... when taken). Results already recorded keep the old id.
    Q_INVOKABLE bool renameScenario(const QString &file, const QString &title);
    /// Brings in a ZIP another laptop exported, a scenario file, or a folder of them (each keeps its id), or
    /// a Twine story (Twee 3 text or Twine 2's published HTML) as a new scenario, opened in the editor.
    Q_INVOKABLE bool importScenarios(const QString &fileOrUrl);
    /// Writes the scenario and its media as one ZIP for another laptop.
    Q_INVOKABLE bool exportScenario(const QString &file, const QString &archiveOrUrl);
    Q_INVOKABLE void close();

    // Values by path.
    Q_INVOKABLE QVariant value(const QString &path) const;
    Q_INVOKABLE int count(const QString &path) const;
    Q_INVOKABLE bool has(const QString &path) const;
    /// Sets a text, number or true/false; typing into one field is one undo step until endTyping().
    Q_INVOKABLE bool setValue(const QString &path, const QVariant &value);
    Q_INVOKABLE bool removeAt(const QString &path);
    Q_INVOKABLE void endTyping();
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    /// Writes the file (a draft when it has errors) and refreshes the app's library.
    Q_INVOKABLE bool save();
    /// Validates now instead of when typing pauses (tests, and before saving or previewing).
    Q_INVOKABLE void validateNow();

    // Pieces (engine/authoring/scenarioparts): each returns the new piece's index, or -1.
    Q_INVOKABLE int addScene(const QString &kind);
    Q_INVOKABLE int addChoice(int scene);
    Q_INVOKABLE int addLine(int scene);
    Q_INVOKABLE int addCastMember();
    Q_INVOKABLE int addEnding(const QString &outcome);
    /// A new scene of `kind` and, in scene `scene`, a choice (a move, in a conversation) leading to it: one
    /// undo step. Returns the new scene's index, or -1.
    Q_INVOKABLE int addSceneAfter(int scene, const QString &kind);
    /// A new choice (a move, in a conversation) in scene `scene` leading to `target` (a scene or an ending):
    /// one undo step. Returns the choice's path ("scenes[2].choices[1]"), or empty.
    Q_INVOKABLE QString connectScenes(int scene, const QString &target);
    /// list: "required", "recommended" or "harmful"; the referral key is made when there is none.
    Q_INVOKABLE int addReferralEntry(const QString &list, const QString &institution);
    /// A new piece at the end of the list at `listPath` (made when the object has none yet), one undo step:
    /// kind "variable", "condition", "effect", "move", "reply" (a line of a move's reply), "state",
    /// "question", "option" or "plantedDetail". Returns its index, or -1.
    Q_INVOKABLE int append(const QString &listPath, const QString &kind);
    /// A new piece at `path` (an optional member): kind "limit" (a conversation's way on).
    Q_INVOKABLE bool create(const QString &path, const QString &kind);
    /// The strings of the list at `path` (ids: principles, asked, a question's key), or the one string there.
    Q_INVOKABLE QStringList texts(const QString &path) const;
    /// Adds `text` to the list of strings at `listPath` (made when missing), or removes it from the list (the
    /// list goes when it is empty).
    Q_INVOKABLE bool addText(const QString &listPath, const QString &text);
    Q_INVOKABLE bool removeText(const QString &listPath, const QString &text);
    /// Renames the member `from` of the object at `objectPath` to `to`, keeping its value and place (an
    /// effect that adds becomes one that sets).
    Q_INVOKABLE bool renameKey(const QString &objectPath, const QString &from, const QString &to);
    /// An assessment question made another kind, with the options that kind needs
    /// (engine/authoring/questionparts).
    Q_INVOKABLE bool setQuestionKind(const QString &questionPath, const QString &kind);
    /// An option of a question marked correct or not; "derive-ilo" for the ILO/EC rule's key.
    Q_INVOKABLE bool setCorrect(const QString &questionPath, const QString &option, bool correct);
    /// Where a choice leads: a scene's id (next) or an ending's (ending); for a conversation's move, empty
    /// keeps the conversation going.
    Q_INVOKABLE bool setTarget(const QString &choicePath, const QString &target);
    /// Renames the variable or planted detail at `objectPath` ("variables[0]", "plantedDetails[1]") and every
    /// condition, effect, "plants" and "restsOn" naming it: one undo step. Refuses a name already used.
    Q_INVOKABLE bool renameId(const QString &objectPath, const QString &newId);
    /// Declares `language` ("ru") and gives every text an empty translation in it, for the validator to list
    /// until written: one undo step.
    Q_INVOKABLE bool addLanguage(const QString &language);
    /// Takes `language` from the declared ones, every text's translation in it and every line's recording in
    /// it (the files stay): one undo step. Refuses the only language.
    Q_INVOKABLE bool removeLanguage(const QString &language);
    /// A conversation state's portrait: `fileOrUrl` (SVG, PNG, JPEG) copied beside the scenario, with its
    /// text alternative to write; empty removes both.
    Q_INVOKABLE bool setPortrait(const QString &statePath, const QString &fileOrUrl);
    /// Cuts the segment at [start, end) of its `language` text into before / selection / after.
    Q_INVOKABLE bool splitSegment(const QString &segmentPath, const QString &language, int start, int end);
    /// A segment or hotspot as a cue of `indicator` or a distractor, or neither (feedback kept in undo only).
    Q_INVOKABLE bool markCue(const QString &path, const QString &indicator);
    Q_INVOKABLE bool markDistractor(const QString &path);
    Q_INVOKABLE bool unmark(const QString &path);
    /// A choice as a critical error (capping the score, with an explanation to write), or not.
    Q_INVOKABLE bool setCritical(const QString &choicePath, bool critical);

    /// The scene's picture: `fileOrUrl` (SVG, PNG, JPEG) copied beside the scenario and shown in the scene
    /// (its hotspots kept when the picture is replaced).
    Q_INVOKABLE bool setPicture(int scene, const QString &fileOrUrl);
    /// A hotspot on the scene's picture: a rectangle in fractions of the picture (0..1).
    Q_INVOKABLE int addHotspot(int scene, double x, double y, double width, double height);
    /// Moves or resizes a hotspot: its rectangle in fractions of the picture, kept inside it; one undo step.
    Q_INVOKABLE bool setHotspotRect(const QString &hotspotPath, double x, double y, double width,
                                    double height);
    /// A file the scenario refers to ("../media/x.svg"), as a URL to show it.
    Q_INVOKABLE QUrl fileUrl(const QString &relative) const;

    /// Graph nodes whose id or title contains `text` (node numbers for map.node()).
    Q_INVOKABLE QVariantList search(const QString &text);
    /// Starts `session` on the scenario as it is now, from `sceneId` with `variables` ({id: value}).
    Q_INVOKABLE bool preview(saskati::PlaySession *session, const QString &sceneId,
                             const QVariantMap &variables);

Q_SIGNALS:
    void documentChanged();
    void openingChanged();
    void revisionChanged();
    void validated();
    void lastErrorChanged();
    void libraryChanged();
    void languagesChanged();
    void targetsChanged();
    void castChanged();
    void variablesChanged();
    void plantedDetailsChanged();

private:
    bool check(const Result<void> &result);
    void setOpening(const QString &file);
    /// A value for a path, or (nullopt) the path's removal.
    using Change = std::pair<json::Path, std::optional<json::Tree>>;
    /// Makes the changes as one undo step, the views told once; all or nothing.
    bool setEach(const QString &description, const QList<Change> &values);
    /// A document read from its file, with its map and a copy of its tree for the validator when they were
    /// made on the thread pool.
    struct OpenedScenario {
        Result<ScenarioDocument> document;
        std::optional<authoring::SceneMap> map;
        std::shared_ptr<json::Tree> copyToValidate;
    };
    bool showOpened(OpenedScenario opened);
    bool importTwine(const QString &source);
    bool fail(const QString &message);
    /// What an import, export or rename did, for a person (lastMessage), with no error left standing.
    void report(const QString &message);
    /// The team's files changed on disk: the app's library and this list read them again.
    void reloadLibrary();
    /// After every change: the lists, the map (`readyMap` when it was made already, else now or shortly),
    /// the findings later.
    void changedDocument(std::optional<authoring::SceneMap> readyMap = std::nullopt);
    /// Recomputes the lists views build rows from, telling only of those that changed.
    void updateLists();
    void rebuildMap();
    /// `base`, or `base-2`, `base-3`...: an id no scenario of the folder or the library has.
    QString freeId(const QString &base) const;
    QStringList currentTargets() const;
    /// The ids of the top-level list `list` ("cast", "variables").
    QStringList idsOf(QStringView list) const;
    /// The object at `p`, or null (saying why) when there is none.
    const json::Tree *objectAt(const std::optional<json::Path> &p);
    static QString addingText(const QString &kind);
    /// Validates a copy of the document on the thread pool (when typing pauses).
    /// `copy`: the document's tree as it is now, when one was made off the GUI thread (a large file opened).
    void runValidation(std::shared_ptr<json::Tree> copy = nullptr);
    void showValidation(const ScenarioDocument::Validation &validation);
    std::optional<json::Path> pathOf(const QString &text) const;
    AuthorFolder folder() const;

    std::optional<ScenarioDocument> m_document;
    QString m_opening; // the file being opened on the thread pool
    int m_revision = 0;
    QTimer m_validationTimer;
    QTimer m_mapTimer;
    SceneMapView *m_mapView;            // a child
    TargetListModel *m_targetModel;     // a child
    TargetListModel *m_moveTargetModel; // a child
    int m_validationsRunning = 0;
    int m_validatedRevision = -1; // the revision the findings are about
    QVariantList m_findings;
    int m_errorCount = 0;
    int m_warningCount = 0;
    QString m_lastError;
    QString m_lastMessage;
    QStringList m_languages, m_targets, m_castIds, m_variableIds, m_plantedDetailIds;
    QVariantList m_authored;
    QVariantList m_shipped;
};

} // namespace saskati
