#pragma once

#include <QObject>
#include <QString>

class QQmlApplicationEngine;
class QQuickWindow;

namespace saskati {

/// `saskati --screenshot DIR`: walks the main screens as a trainee would (start, sign-in, library, a scene,
/// the referral plan, the debrief), saves each as a PNG and quits. For the README and for looking at what we
/// build.
class ScreenshotTour : public QObject {
    Q_OBJECT

public:
    ScreenshotTour(QQmlApplicationEngine *engine, QString directory, QString scenarioId);
    void start();

private:
    void step();
    bool seminarStep(int step);
    void grab(const QString &name);
    QObject *session() const;
    QObject *window() const;

    QQmlApplicationEngine *m_engine;
    QString m_directory;
    QString m_scenarioId;
    int m_step = 0;
};

} // namespace saskati
