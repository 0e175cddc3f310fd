#pragma once

#include "keyedlistmodel.h"
#include "playsession.h"
#include "reviewqueries.h"
#include "reviewreportview.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>
#include <memory>

namespace saskati {

/// The coordinator's review for QML: the password gate (CoordinatorLock), the filters, and the review's
/// figures (the engine's ReviewReport, named in the interface language by report/'s ReviewReportView) as
/// maps and list models. The CSV files and the PDF report are report/'s too; this only adapts.
class ReviewController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool passwordSet READ passwordSet NOTIFY lockChanged)
    /// The start screen's one offer to set the password: done once it is set or skipped.
    Q_PROPERTY(bool passwordOfferDone READ passwordOfferDone NOTIFY lockChanged)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY lockChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// The results are being read for the review (seconds on a ten-year database, off the GUI thread); the
    /// figures shown are the previous ones until dataChanged.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString scenario MEMBER m_scenario NOTIFY filterChanged)
    Q_PROPERTY(QString role MEMBER m_role NOTIFY filterChanged)
    Q_PROPERTY(QString from MEMBER m_from NOTIFY filterChanged)
    Q_PROPERTY(QString to MEMBER m_to NOTIFY filterChanged)
    Q_PROPERTY(QString attemptChoice MEMBER m_attemptChoice NOTIFY filterChanged)
    Q_PROPERTY(QString seminar MEMBER m_seminar NOTIFY filterChanged)
    Q_PROPERTY(QString lecturer MEMBER m_lecturer NOTIFY filterChanged)
    Q_PROPERTY(QVariantList seminars READ seminars NOTIFY dataChanged)
    Q_PROPERTY(QStringList lecturers READ lecturers NOTIFY dataChanged)
    Q_PROPERTY(QString participant MEMBER m_participant NOTIFY filterChanged)
    /// Whose results: "laptop" (this results file, the default) or "server" (the copy of the server at
    /// serverCopy, ResultsServer.reviewCopy: read-only here, nothing is erased, imported or renamed in it).
    Q_PROPERTY(QString source MEMBER m_source NOTIFY filterChanged)
    Q_PROPERTY(QString serverCopy READ serverCopy WRITE setServerCopy NOTIFY filterChanged)
    /// The server's municipality the figures are of ("" all); municipalities: [{id, title}] of those in the
    /// server's copy (none for this laptop's results, which do not know theirs).
    Q_PROPERTY(QString municipality MEMBER m_municipality NOTIFY filterChanged)
    Q_PROPERTY(QVariantList municipalities READ municipalities NOTIFY dataChanged)
    /// A seminar's people (by uuid; empty without a seminar chosen): {uuid, name, code, role, attempts,
    /// meanPercent, bestPercent} per entry.
    Q_PROPERTY(saskati::KeyedListModel *people READ people CONSTANT)
    /// The chosen participant: {uuid, name, code, pseudonymous}, or empty.
    Q_PROPERTY(QVariantMap person READ person NOTIFY dataChanged)
    /// The chosen participant's attempts, newest first (by uuid): {uuid, date, scenario, seminar, status,
    /// completed, finished, percent}.
    Q_PROPERTY(saskati::KeyedListModel *history READ history CONSTANT)
    Q_PROPERTY(QVariantMap overview READ overview NOTIFY dataChanged)
    /// Detection per indicator, worst first (by id): {id, name, exposures, found, detection, falseNamed,
    /// falseFlagRate, enough}.
    Q_PROPERTY(saskati::KeyedListModel *indicators READ indicators CONSTANT)
    /// The chosen scenario's decisions (by item): {item, label, attempts, facility, discrimination,
    /// efficiency, dubious, critical, answers}.
    Q_PROPERTY(saskati::KeyedListModel *items READ items CONSTANT)
    Q_PROPERTY(QVariantMap gain READ gain NOTIFY dataChanged)
    /// Prevention seminars' knowledge checks within the filters (ReviewReportView::knowledgeChecks()).
    Q_PROPERTY(QVariantList knowledgeChecks READ knowledgeChecks NOTIFY dataChanged)
    /// Interview practice: ReviewReportView::questions().
    Q_PROPERTY(QVariantMap questions READ questions NOTIFY dataChanged)
    /// [{id, title}] of the shipped scenarios in the interface language, for the scenario filter.
    Q_PROPERTY(QVariantList scenarios READ scenarios NOTIFY dataChanged)
    /// A completed attempt opened read-only (openDebrief()): DebriefScreen shows its `debrief`.
    Q_PROPERTY(saskati::PlaySession *debriefSession READ debriefSession CONSTANT)

public:
    explicit ReviewController(QObject *parent = nullptr);
    ~ReviewController() override;

    bool passwordSet() const;
    bool unlocked() const { return m_unlocked; }
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }
    QVariantMap overview() const { return m_overview; }
    KeyedListModel *indicators() const { return m_indicators; }
    KeyedListModel *items() const { return m_items; }
    QVariantMap gain() const { return m_gain; }
    QVariantList knowledgeChecks() const { return m_knowledgeChecks; }
    QVariantMap questions() const { return m_questions; }
    QVariantList seminars() const { return m_seminars; }
    QStringList lecturers() const { return m_lecturers; }
    KeyedListModel *people() const { return m_people; }
    QVariantMap person() const { return m_person; }
    KeyedListModel *history() const { return m_history; }
    QVariantList scenarios() const { return m_scenarios; }
    QVariantList municipalities() const { return m_municipalities; }
    QString serverCopy() const { return m_serverCopyPath; }
    void setServerCopy(const QString &path);
    bool passwordOfferDone() const;
    PlaySession *debriefSession() const { return m_debriefSession; }

    /// Checks the coordinator's password and opens the review. With no password set it stays locked and
    /// says so: the first person to open the review does not become its owner.
    Q_INVOKABLE bool unlock(const QString &password);
    /// The coordinator sets the first password deliberately (twice the same, at least 8 characters). Does
    /// not replace one that is set.
    Q_INVOKABLE bool setPassword(const QString &password, const QString &repeated);
    /// Not now: the start screen stops offering to set the password on this database.
    Q_INVOKABLE void skipPasswordOffer();
    /// Reads passwordSet/passwordOfferDone again (another screen may have set the password).
    Q_INVOKABLE void recheck() { Q_EMIT lockChanged(); }
    Q_INVOKABLE void lock();
    /// Reads every view again with the current filters.
    Q_INVOKABLE void refresh();
    /// Every table shown, as CSV files in `folder` (default: Documents/Saskati); returns the folder or empty.
    Q_INVOKABLE QString saveCsv(const QString &folder = {});
    /// The overall report (the four views with the filters stated) as a PDF in the interface language;
    /// returns the file or empty.
    Q_INVOKABLE QString savePdf(const QString &file = {});
    /// How the last report was paginated: [{title, firstPage, lastPage, fitsOnAPage}] per section.
    Q_INVOKABLE QVariantList reportLayout() const { return m_reportLayout; }
    /// xAPI statements (docs/xapi.md) of the shown seminar's or person's attempts, or of all; returns the
    /// file.
    Q_INVOKABLE QString saveXapi(const QString &file = {});
    /// Imports a results bundle from another laptop (a path or file: URL) and indexes its attempts; returns
    /// {ok, added, unchanged, conflicts: [...], error}.
    Q_INVOKABLE QVariantMap importBundle(const QString &file);
    /// Anyone in the results, whether they finished, stopped, never played or joined by phone: by part of the
    /// name or code, ignoring case and accents. [{uuid, name, code, role, attempts}], at most 50.
    Q_INVOKABLE QVariantList findParticipants(const QString &text);
    /// Deletes a participant and all their results, here and in the backups.
    Q_INVOKABLE bool eraseParticipant(const QString &uuid);
    /// Opens a finished attempt's debrief read-only in debriefSession (nothing is played or recorded).
    Q_INVOKABLE bool openDebrief(const QString &attempt);
    /// Replaces the names of the chosen seminar's participants by their codes; returns how many, or -1.
    Q_INVOKABLE int pseudonymiseSeminar();
    /// Saves an institution's contacts (phone, freePhone, address, email, website, hours); `verified`:
    /// checked with the institution today. Unverified changes clear the verified date; unchanged ones keep
    /// it.
    Q_INVOKABLE bool saveContact(const QString &institution, const QVariantMap &fields, bool verified);

Q_SIGNALS:
    void lockChanged();
    void errorChanged();
    void filterChanged();
    void dataChanged();
    void loadingChanged();

private:
    bool fail(const QString &error);
    /// Reads the review snapshot on the thread pool, hands it to m_queries and refreshes again.
    void readSnapshotInBackground(const QString &databasePath);
    /// Shows `view`: the filters' choices, the maps and the list models.
    void show(const ReviewReportView &view);
    void clearShown();
    ReviewFilter currentFilter() const;
    /// The results the review reads: this laptop's file, or the server's copy (opened here when chosen).
    ResultsStore *reviewStore();
    /// Whether the results shown are the server's copy: then nothing is written to them.
    bool readingServer() const { return m_source == QLatin1StringView("server"); }
    /// The municipalities in the server's copy, with their names.
    void readMunicipalities(ResultsStore &copy);
    void closeServerCopy();
    AttemptChoice attemptChoice() const;
    /// Names in the interface language, from the app's catalogue and scenarios.
    ReportNaming naming() const;
    static QString defaultFolder();
    static QString readOnlyMessage();

    bool m_unlocked = false;
    QString m_error;
    QString m_scenario, m_role, m_from, m_to, m_attemptChoice = QStringLiteral("first"), m_seminar,
                                              m_lecturer;
    QString m_participant;
    QString m_source = QStringLiteral("laptop");
    QString m_serverCopyPath;
    QString m_municipality;
    QVariantList m_municipalities;
    std::unique_ptr<ResultsStore> m_serverCopy;
    QVariantList m_seminars, m_scenarios;
    QVariantMap m_person; // the chosen participant: uuid, name, code, pseudonymous
    QStringList m_lecturers;
    QVariantMap m_overview, m_gain, m_questions;
    QVariantList m_knowledgeChecks;
    QVariantList m_reportLayout;
    KeyedListModel *m_people, *m_history, *m_indicators, *m_items;
    std::optional<ReviewReportView> m_view; // what is shown: the CSV files and the PDF are written from it
    std::unique_ptr<ReviewQueries> m_queries;
    int m_queriesGeneration = 0; // a snapshot read for an earlier m_queries is not handed to a later one
    bool m_loading = false;
    PlaySession *m_debriefSession = nullptr;
};

} // namespace saskati
