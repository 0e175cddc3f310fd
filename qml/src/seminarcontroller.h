#pragma once

#include "keyedlistmodel.h"

#include "seminarroom.h"
#include "seminarserver.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>
#include <memory>

namespace saskati {

/// The lecturer's side of seminar mode for QML: creates or reopens a seminar, opens joining on a network
/// interface, starts scenarios and paces the room (SeminarRoom), and presents what the audience view and the
/// presenter console show. Scoring and recording stay in the engine; this only translates.
class SeminarController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList seminars READ seminars NOTIFY seminarsChanged)
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QStringList plannedScenarios READ plannedScenarios NOTIFY changed)
    Q_PROPERTY(QVariantList interfaces READ interfaces NOTIFY interfacesChanged)
    Q_PROPERTY(bool joiningOpen READ joiningOpen NOTIFY changed)
    Q_PROPERTY(QString joinUrl READ joinUrl NOTIFY changed)
    Q_PROPERTY(QString joinAddress READ joinAddress NOTIFY changed)
    Q_PROPERTY(QString pin READ pin NOTIFY changed)
    Q_PROPERTY(bool joiningPaused READ joiningPaused NOTIFY joiningPausedChanged)
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(bool withPhones READ withPhones NOTIFY changed)
    Q_PROPERTY(QString phase READ phase NOTIFY changed)
    Q_PROPERTY(QString scenarioId READ scenarioId NOTIFY changed)
    Q_PROPERTY(QString scenarioTitle READ scenarioTitle NOTIFY changed)
    Q_PROPERTY(QString sceneKind READ sceneKind NOTIFY changed)
    /// How the scene's lines are shown: "spoken", "chat" (messages one by one) or "document" (format 3).
    Q_PROPERTY(QString presentation READ presentation NOTIFY changed)
    /// The participant is the person approached (a prevention scenario), not a professional.
    Q_PROPERTY(bool approached READ approached NOTIFY changed)
    /// How many of the scene's lines the projector shows: a chat (format 3) comes a message per click of Next
    /// while the scene is on screen; every other scene shows all its lines.
    Q_PROPERTY(int shownLines READ shownLines NOTIFY changed)
    Q_PROPERTY(QString sceneTitle READ sceneTitle NOTIFY changed)
    Q_PROPERTY(QString setting READ setting NOTIFY changed)
    Q_PROPERTY(QUrl imageSource READ imageSource NOTIFY changed)
    Q_PROPERTY(QString imageAlt READ imageAlt NOTIFY changed)
    Q_PROPERTY(QVariantList lines READ lines NOTIFY changed)
    Q_PROPERTY(QString progressText READ progressText NOTIFY changed)
    /// The current decision's choices with the room's answers (by id, updated row by row as votes come in, so
    /// that a show of hands being typed keeps its field): {id, text, votes, hands, count, percent,
    /// roomChoice, best, critical, principle, feedback}.
    Q_PROPERTY(saskati::KeyedListModel *choices READ choices CONSTANT)
    /// The scene's signs and how many flagged them (by id): {id, text, cue, indicator, feedback, count,
    /// percent}.
    Q_PROPERTY(saskati::KeyedListModel *cues READ cues CONSTANT)
    Q_PROPERTY(QString roomChoice READ roomChoice NOTIFY tallyChanged)
    Q_PROPERTY(QString overrideChoice READ overrideChoice NOTIFY tallyChanged)
    Q_PROPERTY(int joined READ joined NOTIFY tallyChanged)
    Q_PROPERTY(int answered READ answered NOTIFY tallyChanged)
    /// Who is in the room, by name: rows of {id, name, role, answered}; a phone joining inserts its row.
    Q_PROPERTY(saskati::KeyedListModel *roster READ roster CONSTANT)
    Q_PROPERTY(QString endingTitle READ endingTitle NOTIFY changed)
    Q_PROPERTY(QString endingDebrief READ endingDebrief NOTIFY changed)
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY changed)
    Q_PROPERTY(QVariantMap counters READ counters NOTIFY countersChanged)
    // The knowledge check and the take-away of a prevention seminar (seminarcontroller_check.cpp).
    Q_PROPERTY(bool checkAvailable READ checkAvailable NOTIFY changed)
    Q_PROPERTY(bool takeawayAvailable READ takeawayAvailable NOTIFY changed)
    Q_PROPERTY(QString checkPhase READ checkPhase NOTIFY changed)
    Q_PROPERTY(QString checkRound READ checkRound NOTIFY changed)
    Q_PROPERTY(QStringList checkQuestions READ checkQuestions NOTIFY changed)
    Q_PROPERTY(int checkAnswered READ checkAnswered NOTIFY tallyChanged)
    Q_PROPERTY(int checkComplete READ checkComplete NOTIFY tallyChanged)
    Q_PROPERTY(QVariantMap checkResult READ checkResult NOTIFY tallyChanged)
    Q_PROPERTY(QVariantMap takeaway READ takeaway NOTIFY changed)
    /// The take-away PDF last saved from this console: {file, url, pages, unchecked (numbers not yet
    /// confirmed)}.
    Q_PROPERTY(QVariantMap takeawayPdf READ takeawayPdf NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    /// Practice (the revealed conversation moves show their question type and feedback) or assessment (the
    /// debrief only); recorded in the attempts (SeminarRoom::setFeedbackAfterEachMove).
    Q_PROPERTY(bool feedbackAfterEachMove READ feedbackAfterEachMove WRITE setFeedbackAfterEachMove NOTIFY
                   feedbackAfterEachMoveChanged)

public:
    explicit SeminarController(QObject *parent = nullptr);
    ~SeminarController() override;

    QVariantList seminars() const;
    bool active() const { return m_room != nullptr; }
    QString title() const;
    QStringList plannedScenarios() const;
    QVariantList interfaces() const;
    bool joiningOpen() const;
    QString joinUrl() const;
    QString joinAddress() const;
    QString pin() const;
    /// Too many wrong PINs: joining is paused (phones already in go on); newPin() ends the pause.
    bool joiningPaused() const { return m_server && m_server->joiningPaused(); }
    bool running() const;
    bool withPhones() const;
    QString phase() const;
    QString scenarioId() const;
    QString scenarioTitle() const;
    QString sceneKind() const;
    QString presentation() const;
    bool approached() const;
    int shownLines() const;
    QString sceneTitle() const;
    QString setting() const;
    QUrl imageSource() const;
    QString imageAlt() const;
    QVariantList lines() const;
    QString progressText() const;
    KeyedListModel *choices() { return &m_choices; }
    KeyedListModel *cues() { return &m_cues; }
    QString roomChoice() const;
    QString overrideChoice() const;
    int joined() const;
    int answered() const;
    KeyedListModel *roster() { return &m_roster; }
    QString endingTitle() const;
    QString endingDebrief() const;
    QVariantMap summary() const;
    QVariantMap counters() const;
    bool checkAvailable() const;
    bool takeawayAvailable() const;
    QString checkPhase() const;
    QString checkRound() const;
    QStringList checkQuestions() const;
    int checkAnswered() const;
    int checkComplete() const;
    /// The class's change over the participants who answered both rounds: before and after (percent of right
    /// answers), hasGain and gain (normalised; none when nobody answered both rounds or all were right
    /// before), both (how many), questions.
    QVariantMap checkResult() const;
    /// The take-away of the seminar's audience (TakeawaySheet::toJson): title, intro, steps ({name,
    /// description}), help ({name, phone, hours, text, checked}).
    QVariantMap takeaway() const;
    QVariantMap takeawayPdf() const { return m_takeawayPdf; }
    QString error() const { return m_error; }
    /// What the projector and the console say about the next step when it needs the lecturer (e.g. nobody
    /// answered a revealed decision: the next next() goes on with the best practice). Empty otherwise.
    QString notice() const;
    bool feedbackAfterEachMove() const { return !m_room || m_room->feedbackAfterEachMove(); }
    void setFeedbackAfterEachMove(bool on);

    Q_INVOKABLE void refresh();
    /// A new seminar: title, place, audience role id and the scenario ids planned. Today's date.
    Q_INVOKABLE bool create(const QString &title, const QString &place, const QString &audience,
                            const QStringList &scenarioIds);
    /// Opens an earlier seminar; a scenario of it that a crash stopped goes on where it stopped (the room's
    /// path, its participants, their answers; phones come back with their tokens once joining is open).
    Q_INVOKABLE bool reopen(const QString &seminarId);
    /// The lecturer does not want to resume it: the seminar's interrupted scenario is closed as interrupted.
    Q_INVOKABLE bool closeInterrupted(const QString &seminarId);
    /// Opens joining on interfaces[index] (the server listens only while joining is open or a scenario runs).
    Q_INVOKABLE bool openJoining(int interfaceIndex);
    Q_INVOKABLE void closeJoining();
    /// A new PIN for joining (the projector and the QR code follow); ends a pause for wrong PINs.
    Q_INVOKABLE void newPin();
    Q_INVOKABLE bool start(const QString &scenarioId, bool withPhones);
    /// The room's next step. On a revealed decision nobody answered (no votes, hands or override), the first
    /// call only raises the notice; a second one goes on with the best practice as the lecturer's choice.
    Q_INVOKABLE bool next();
    Q_INVOKABLE bool back();
    Q_INVOKABLE bool stop();
    Q_INVOKABLE bool setOverride(const QString &choiceId);
    Q_INVOKABLE bool setHands(const QString &choiceId, int count);
    /// Leaves the seminar: the phones are told it has ended (they stop reconnecting), the server stops.
    Q_INVOKABLE void leave();
    /// Opens the knowledge check of the seminar's audience on the phones: `round` "before" or "after".
    Q_INVOKABLE bool openCheck(const QString &round);
    /// Closes the open round; after the "after" round the projector shows the class's change.
    Q_INVOKABLE bool closeCheck();
    /// The take-away on the projector and every phone.
    Q_INVOKABLE bool showTakeaway();
    /// Back from the check or the take-away to the room between scenarios.
    Q_INVOKABLE void leaveCheck();
    /// Saves the seminar audience's take-away as a one-page PDF to print, in `language` ("lv" or "en": the
    /// class's, which before the first scenario the app cannot know), into the export folder
    /// (Documents/Saskati); returns the file, or empty with `error` set.
    Q_INVOKABLE QString saveTakeawayPdf(const QString &language);

    /// For tests and the screenshot tour: the room behind the controller.
    SeminarRoom *room() const { return m_room.get(); }
    SeminarServer *server() const { return m_server.get(); }

Q_SIGNALS:
    void seminarsChanged();
    void changed();
    void tallyChanged();
    void interfacesChanged();
    void countersChanged();
    void errorChanged();
    void noticeChanged();
    void joiningPausedChanged();
    void feedbackAfterEachMoveChanged();

private:
    bool open(const Seminar &seminar);
    bool fail(const QString &error);
    bool resume(const RoomRun &run);
    void clearError();
    QString text(const LocalizedText &text) const;
    QString language() const;
    QString mediaDirectory() const;
    QString bestChoice() const;
    void refreshRoster();
    /// The board's lists from the room (engine/seminar/roomboard.h), named in the interface language.
    void refreshBoard();
    QVariantList choiceEntries() const;
    const KnowledgeCheck *audienceCheck() const;
    /// PageDown and PageUp while a check or the take-away is shown.
    bool checkNext();
    bool checkBack();
    QVariantList cueEntries() const;

    std::unique_ptr<SeminarRoom> m_room;
    std::unique_ptr<SeminarServer> m_server;
    QList<JoinInterface> m_interfaces;
    QString m_error;
    QVariantMap m_takeawayPdf;
    int m_nobodyAnsweredDecision = -1; // the decision whose "nobody answered" notice is up
    // A chat's messages on the projector: how many are shown, for which scene visit (revealKey()).
    QString m_revealKey;
    int m_revealed = 0;
    bool pacedChat() const;
    QString revealKey() const;
    int lineCount() const;
    KeyedListModel m_roster{QStringLiteral("id")};
    KeyedListModel m_choices{QStringLiteral("id")};
    KeyedListModel m_cues{QStringLiteral("id")};
};

} // namespace saskati
