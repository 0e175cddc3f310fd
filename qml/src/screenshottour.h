#pragma once

#include <QObject>
#include <QSize>
#include <QString>

class QQmlApplicationEngine;
class QQuickWindow;

namespace saskati {

/// `saskati --screenshot DIR`: walks the main screens as a trainee would (start, sign-in, library, a scene,
/// the referral plan, the debrief), saves each as a PNG and quits. For the README and for looking at what we
/// build; with --check-layout, the layout tests.
class ScreenshotTour : public QObject {
    Q_OBJECT

public:
    ScreenshotTour(QQmlApplicationEngine *engine, QString directory, QString scenarioId);
    /// Also look at every screen with LayoutInspector (and fail on polish or binding loops): the tour prints
    /// each problem and quits with exit code 1 if there was one.
    void setCheckLayout(bool check) { m_checkLayout = check; }
    /// Keep the window at this size throughout (otherwise the seminar's screens are taken at 1920x1080).
    void setFixedSize(QSize size) { m_fixedSize = size; }
    void start();

private:
    void step();
    bool seminarStep(int step);
    void selectReviewTab(int index);
    /// Shows the first conversation scene of the scenario open in the editor (remembered for scrolling to
    /// it).
    void showConversationInEditor();
    /// Scrolls the editor's page `page` (a ScrollPage) until the item named `item` is on screen.
    void scrollEditorTo(const QString &page, const QString &item);
    void grab(const QString &name);
    QObject *session() const;
    QObject *window() const;
    /// Takes the first offered choice in the file's order (a conversation: the first move that keeps it
    /// going, when `stay`).
    void chooseInFileOrder(bool stay = false);
    /// Plays on to the referral scene and submits a plan there.
    void walkToReferral();
    /// Whether the tour's scenario has a conversation scene; if so, goes into it and asks three questions.
    bool enterConversation();

    QQmlApplicationEngine *m_engine;
    QString m_directory;
    QString m_scenarioId;
    QString m_language; // the tour's own language, back after the screens in the other one
    void finish();
    int m_step = 0;
    int m_conversationScene = 0;
    int m_reviewWaits = 0; // ticks spent waiting for the review's snapshot
    bool m_checkLayout = false;
    QSize m_fixedSize;
    int m_problems = 0;
    bool m_conversationShot = false; // the next step takes the conversation's picture
};

} // namespace saskati
