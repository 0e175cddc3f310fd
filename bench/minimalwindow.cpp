// The baseline for bench/startup.sh: a minimal QML window started the same way as saskati, quitting after its
// first frame.
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\nimport QtQuick.Controls\nApplicationWindow { width: 1366; height: 768; "
                    "visible: true; Label { anchors.centerIn: parent; text: \"Hello\" } }");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [] {
            std::fputs("first frame\n", stdout); // bench/startup.sh takes the time when this line arrives
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        },
        Qt::SingleShotConnection);
    return app.exec();
}
