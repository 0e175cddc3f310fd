#pragma once

#include "catalog.h"
#include "resultsstore.h"
#include "scenario.h"
#include "scenariolistmodel.h"

#include <QFuture>
#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUrl>
#include <QVariantList>
#include <functional>
#include <memory>

namespace saskati {

/// What every screen shares: the catalogue and scenarios, the results store, the signed-in participant, the
/// interface language and display settings. One instance per application (QML singleton).
class AppContext : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// The interface languages there are translations for, [{code, name}], each named in itself.
    Q_PROPERTY(QVariantList interfaceLanguages READ interfaceLanguages CONSTANT)
    Q_PROPERTY(double fontScale READ fontScale WRITE setFontScale NOTIFY fontScaleChanged)
    Q_PROPERTY(bool autoPlayVoices READ autoPlayVoices WRITE setAutoPlayVoices NOTIFY autoPlayVoicesChanged)
    /// Practice: a conversation's move is followed by its question type and, when it was not the best, why
    /// (movefeedback.h). Off (assessment): everything waits for the debrief. Remembered like the display.
    Q_PROPERTY(bool feedbackAfterEachMove READ feedbackAfterEachMove WRITE setFeedbackAfterEachMove NOTIFY
                   feedbackAfterEachMoveChanged)
    Q_PROPERTY(QString participantId READ participantId NOTIFY participantChanged)
    Q_PROPERTY(QString participantName READ participantName NOTIFY participantChanged)
    Q_PROPERTY(QVariantList participants READ participants NOTIFY participantsChanged)
    Q_PROPERTY(QVariantList roles READ roles NOTIFY languageChanged)
    Q_PROPERTY(QVariantList indicators READ indicators NOTIFY languageChanged)
    Q_PROPERTY(QVariantList institutions READ institutions NOTIFY directoryChanged)
    /// The catalogue's principles of conduct ({id, name}), for the editor's choices.
    Q_PROPERTY(QVariantList principles READ principles NOTIFY languageChanged)
    /// The catalogue's kinds of question ({id, name, recommended}), for a conversation's moves: the
    /// recommended ones first, each group by name.
    Q_PROPERTY(QVariantList questionTypes READ questionTypes NOTIFY languageChanged)
    /// Where to turn if a story touches someone's own life, from the catalogue's (corrected) contacts.
    Q_PROPERTY(QString supportLines READ supportLines NOTIFY directoryChanged)
    Q_PROPERTY(QVariantList forms READ forms NOTIFY languageChanged)
    /// The languages the catalogue's texts are in (its files' `languages`): what a take-away can be printed
    /// in.
    Q_PROPERTY(QStringList catalogLanguages READ catalogLanguages NOTIFY scenariosChanged)
    Q_PROPERTY(saskati::ScenarioListModel *scenarios READ scenarios CONSTANT)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QString databasePath READ databasePath NOTIFY storeChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    // The results database: why it cannot be used ("" when it can: read-only-file, read-only-folder, in-use,
    // damaged, newer, cannot-open), said for a person in the interface language, and the store's own words.
    Q_PROPERTY(QString storeStatus READ storeStatus NOTIFY storeChanged)
    Q_PROPERTY(QString storeProblem READ storeProblem NOTIFY storeChanged)
    Q_PROPERTY(QString storeDetail READ storeDetail NOTIFY storeChanged)
    /// Practising is possible: a database is open (the chosen one, or a temporary one: practiceOnly).
    Q_PROPERTY(bool ready READ ready NOTIFY storeChanged)
    /// A results file is being opened: checked, switched to WAL, backed up and migrated off the GUI thread,
    /// which keeps drawing meanwhile. storeOpened() says when, and how it went.
    Q_PROPERTY(bool opening READ opening NOTIFY openingChanged)
    /// The person chose to go on without saving: results go to a temporary database deleted at exit.
    Q_PROPERTY(bool practiceOnly READ practiceOnly NOTIFY storeChanged)
    /// Where the file dialog for another database starts (a file: URL).
    Q_PROPERTY(QUrl suggestedFolder READ suggestedFolder CONSTANT)
    // The scenario folder: how many scenarios loaded, how many files were left out for errors, and their
    // diagnostics as the validator gives them (FILE:LINE:COLUMN: error: MESSAGE).
    Q_PROPERTY(int scenarioCount READ scenarioCount NOTIFY scenariosChanged)
    Q_PROPERTY(int scenarioProblemCount READ scenarioProblemCount NOTIFY loadedChanged)
    Q_PROPERTY(QStringList scenarioProblems READ scenarioProblems NOTIFY loadedChanged)

public:
    /// Configured by main() before QML asks for the singleton.
    /// `catalogDirectory` defaults to the scenario directory's catalog/.
    static void configure(const QString &scenarioDirectory, const QString &databasePath,
                          const QString &catalogDirectory = {},
                          const QString &language = QStringLiteral("lv"));
    /// A translation file (.qm) to use for the interface instead of the one built in for the start language
    /// (configure's `language`): a translator's work seen before it ships, or the layout tests'
    /// pseudo-translation. Other languages chosen in the menu are the built-in ones.
    static void setTranslationFile(const QString &path);
    /// The translation file for `language`: setTranslationFile's for the start language, else the built-in
    /// one.
    static QString translationFile(const QString &language);
    /// Remember the display settings (voices, text size) in this file (QSettings, INI) and read them from it;
    /// main() passes defaultSettingsFile(). Without a call nothing is remembered (tests, screenshots).
    static void setSettingsFile(const QString &path);
    /// Where the team's own scenarios live (AuthorFolder; default: authoring/ in the user's data folder).
    static void setAuthorFolder(const QString &root);
    QString authorFolder() const;
    /// Where files the user saves go unless they choose (reports, CSV, the take-away PDF): Documents/Saskati;
    /// tests point it at their temporary folder.
    static void setExportFolder(const QString &folder);
    static QString exportFolder();
    /// `saskati.conf` in the user's configuration folder (~/.config/saskati/).
    static QString defaultSettingsFile();
    /// A remembered setting, or `fallback` when unset or when nothing is remembered (tests).
    QVariant setting(const QString &key, const QVariant &fallback) const;
    static AppContext *create(QQmlEngine *engine, QJSEngine *);
    static AppContext *instance();
    ~AppContext() override;

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    /// Saves a coordinator's correction of an institution's contacts and shows it everywhere at once.
    Result<void> saveContact(const InstitutionContact &contact);
    double fontScale() const { return m_fontScale; }
    void setFontScale(double scale);
    bool autoPlayVoices() const { return m_autoPlayVoices; }
    void setAutoPlayVoices(bool on);
    bool feedbackAfterEachMove() const { return m_feedbackAfterEachMove; }
    void setFeedbackAfterEachMove(bool on);
    QString participantId() const { return m_participant.uuid; }
    QString participantName() const { return m_participant.displayName; }
    QVariantList participants();
    QVariantList roles() const;
    QVariantList indicators() const;
    QVariantList institutions() const;
    QVariantList principles() const;
    QVariantList questionTypes() const;
    QString supportLines() const;
    QVariantList forms() const;
    QStringList catalogLanguages() const { return m_catalog ? m_catalog->languages : QStringList(); }
    ScenarioListModel *scenarios() const { return m_scenarioModel; }
    QString problem() const { return m_problem; }
    bool loaded() const { return m_loaded; }
    QString databasePath() const { return m_store ? m_store->path() : QString(); }
    QString storeStatus() const { return m_storeStatus; }
    QString storeProblem() const;
    QString storeDetail() const { return m_storeDetail; }
    bool ready() const { return m_store && m_store->isOpen(); }
    bool opening() const { return m_openingStore != nullptr; }
    bool practiceOnly() const { return m_practiceOnly; }
    QUrl suggestedFolder() const;
    int scenarioCount() const { return int(m_scenarios.size()); }
    int scenarioProblemCount() const { return m_scenarioProblemCount; }
    QStringList scenarioProblems() const { return m_scenarioProblems; }

    /// Starts using another results database (a path or a file: URL), locked for this app; once it is open
    /// the previous one is closed and whoever was signed in is signed out. storeOpened(ok) follows; when not
    /// ok, storeStatus says why. False (and no storeOpened) when nothing was started: no path, or another
    /// file is still being opened.
    Q_INVOKABLE bool openDatabase(const QString &pathOrUrl);
    /// Goes on with a temporary database, deleted at exit: practising works, nothing is kept (practiceOnly).
    /// Like openDatabase(), storeOpened(ok) follows a true.
    Q_INVOKABLE bool continueWithoutSaving();

    Q_INVOKABLE bool signIn(const QString &participantId);
    Q_INVOKABLE bool createParticipant(const QString &name, const QString &role);
    Q_INVOKABLE void signOut();
    /// People were erased in the results file by someone else (a sync bringing the server's erasures): the
    /// lists follow, and whoever was signed in as one of them is signed out.
    void peopleErasedElsewhere();
    /// Attempts of the signed-in participant, newest first: {uuid, scenarioId, title, status, percent,
    /// started}.
    Q_INVOKABLE QVariantList history();
    /// The signed-in participant's attempt a crash or a step-out left open, if any.
    Q_INVOKABLE QVariantMap interruptedAttempt();
    Q_INVOKABLE QString text(const QVariant &localized) const;
    QVariantList interfaceLanguages() const;
    /// The name of an interface language in itself ("Русский"), or its code when there is no translation.
    Q_INVOKABLE QString languageName(const QString &code) const;

    ResultsStore *store() const { return m_store.get(); }
    std::shared_ptr<const Catalog> catalog() const { return m_catalog; }
    std::shared_ptr<const Scenario> scenario(const QString &id) const;
    /// The scenarios shipped with the app (read-only), and whether one was written by the team
    /// (AuthorFolder).
    QList<std::shared_ptr<const Scenario>> shippedScenarios() const;
    bool isAuthored(const Scenario &scenario) const;
    /// The file loads as a playable scenario of the library (a draft does not).
    bool isPlayable(const QString &file) const;
    /// Reads the team's folder again (after the editor saved or deleted): the library follows.
    void reloadAuthoredScenarios();
    /// The catalogue as the files have it (the editor validates against it).
    std::shared_ptr<const Catalog> fileCatalog() const { return m_fileCatalog; }
    QString localized(const LocalizedText &text) const { return text.text(m_language); }

Q_SIGNALS:
    void languageChanged();
    void fontScaleChanged();
    void autoPlayVoicesChanged();
    void feedbackAfterEachMoveChanged();
    void participantChanged();
    void participantsChanged();
    void problemChanged();
    void loadedChanged();
    /// The library changed after loading: the editor saved, deleted or imported one of the team's scenarios.
    void scenariosChanged();
    void storeChanged();
    void openingChanged();
    /// The results file asked for (at start, openDatabase(), continueWithoutSaving()) is open, or cannot be.
    void storeOpened(bool ok);
    /// The institution directory changed: a correction saved, or the language (its names) changed.
    void directoryChanged();

private:
    explicit AppContext(QQmlEngine *engine);
    void load();
    void loadAfterFirstFrame();
    void setProblem(const QString &problem);
    /// The team's scenarios that load, added to m_scenarios (an id the library already has is left out).
    void loadAuthoredScenarios();
    /// Opens `path` off the GUI thread and uses it; then `done(ok)`. False when another file is being opened.
    bool useStore(const QString &path, std::function<void(bool)> done);
    /// What the background work hands back: how opening went, and what re-indexing could not do.
    struct PreparedStore {
        ResultsStore::OpenResult opened;
        QStringList problems;
    };
    void finishUsingStore(const QString &path, ResultsStore::OpenResult opened, const QStringList &problems);
    void saveSetting(const QString &key, const QVariant &value) const;

    QQmlEngine *m_engine;
    QString m_language = QStringLiteral("lv");
    double m_fontScale = 1.0;
    bool m_autoPlayVoices = true;
    bool m_feedbackAfterEachMove = true;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<ResultsStore> m_store;
    // The file being opened (locked, not yet connected) and the work preparing it.
    std::unique_ptr<ResultsStore> m_openingStore;
    QFuture<PreparedStore> m_openingWork;
    std::function<void(bool)> m_openingDone;
    std::shared_ptr<const Catalog>
        m_fileCatalog; // as read from the files; m_catalog adds the store's contacts
    std::shared_ptr<const Catalog> m_catalog;
    QList<std::shared_ptr<const Scenario>> m_scenarios;
    ScenarioListModel *m_scenarioModel = nullptr;
    Participant m_participant;
    QString m_problem;
    bool m_loaded = false;
    QString m_storeStatus;
    QString m_storeDetail;
    QString m_storePath;
    qint64 m_holderPid = 0;
    QString m_holderHost;
    bool m_practiceOnly = false;
    std::unique_ptr<QTemporaryDir> m_practiceFolder;
    int m_scenarioProblemCount = 0;
    QStringList m_scenarioProblems;
};

} // namespace saskati
