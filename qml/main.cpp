// saskati: the Qt Quick application. Thin: options, the QML engine, and the screenshot tour.
#include "appcontext.h"
#include "datadirectory.h"
#include "resultsserver.h"
#include "resultsstore.h"
#include "screenshottour.h"
#include "serverpasswords.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(SaskatiPlugin)

using namespace Qt::StringLiterals;
using namespace saskati;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"saskati"_s); // the data folder the CLI uses too
    QGuiApplication::setApplicationDisplayName(u"Saskati"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Saskati: a training simulator for recognising and referring possible victims "
        u"of human trafficking."_s);
    parser.addHelpOption();
    const QCommandLineOption database(
        u"database"_s, u"The results database (default: %1)."_s.arg(ResultsStore::defaultPath()), u"PATH"_s);
    const QCommandLineOption scenarios(u"scenarios"_s, u"The folder of scenarios, with catalog/ in it."_s,
                                       u"DIR"_s);
    const QCommandLineOption language(
        u"language"_s, u"Interface language: lv (default), en or ru (see the menu)."_s, u"CODE"_s, u"lv"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        u"Save PNGs of the main screens into DIR and quit (uses a temporary database "
        u"unless --database is given)."_s,
        u"DIR"_s);
    const QCommandLineOption scenario(u"screenshot-scenario"_s, u"The scenario the screenshot tour plays."_s,
                                      u"ID"_s, u"eures-job-offer"_s);
    const QCommandLineOption firstFrame(u"quit-after-first-frame"_s,
                                        u"Quit once the start screen is on screen (bench/startup.sh)."_s);
    const QCommandLineOption checkLayout(
        u"check-layout"_s,
        u"With --screenshot: report text that is elided or cut off and items on top of each other "
        u"on every screen, and exit with 1 if there is any (the layout tests)."_s);
    const QCommandLineOption windowSize(u"size"_s, u"With --screenshot: the window's size, e.g. 1366x768."_s,
                                        u"WxH"_s);
    const QCommandLineOption textScale(u"text-scale"_s,
                                       u"The text size, as A- and A+ set it (1 is normal)."_s, u"FACTOR"_s);
    const QCommandLineOption translation(
        u"translation"_s,
        u"Show the interface with this Qt translation file (.qm) instead of the built-in one: a "
        u"translation seen before it ships (with --language, the language of the scenarios' texts)."_s,
        u"FILE"_s);
    parser.addOptions({database, scenarios, language, screenshot, scenario, firstFrame, checkLayout,
                       windowSize, textScale, translation});
    parser.process(app);

    QTemporaryDir temporary;
    QString databasePath = parser.value(database);
    if (databasePath.isEmpty() && parser.isSet(screenshot))
        databasePath = temporary.filePath(u"screenshots.sqlite"_s);
    QString scenarioDirectory = parser.value(scenarios);
    if (scenarioDirectory.isEmpty())
        scenarioDirectory = shippedScenarioDirectory();
    AppContext::configure(scenarioDirectory, databasePath, {}, parser.value(language));
    AppContext::setTranslationFile(parser.value(translation));
    // The tour writes its scenario copies where they are thrown away.
    if (parser.isSet(screenshot))
        AppContext::setAuthorFolder(temporary.filePath(u"authoring"_s));
    // The tour's pictures show the defaults, and leave the person's settings be.
    if (!parser.isSet(screenshot)) {
        AppContext::setSettingsFile(AppContext::defaultSettingsFile());
        ResultsServer::setPasswordFile(serverpasswords::defaultFile());
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/qt/qml/Saskati/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (AppContext *context = AppContext::instance(); context && parser.isSet(textScale))
        context->setFontScale(parser.value(textScale).toDouble());
    if (parser.isSet(firstFrame)) {
        if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first()))
            QObject::connect(
                window, &QQuickWindow::frameSwapped, &app,
                [] {
                    // bench/startup.sh takes the time when this line arrives: what runs after the first
                    // frame (loading the scenarios, quitting) is not part of the figure.
                    std::fputs("first frame\n", stdout);
                    std::fflush(stdout);
                    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
                },
                Qt::SingleShotConnection);
    }
    if (parser.isSet(screenshot)) {
        auto *tour = new ScreenshotTour(&engine, parser.value(screenshot), parser.value(scenario));
        tour->setCheckLayout(parser.isSet(checkLayout));
        if (const QStringList size = parser.value(windowSize).split(u'x'); size.size() == 2)
            tour->setFixedSize(QSize(size.at(0).toInt(), size.at(1).toInt()));
        tour->start();
    }
    return app.exec();
}
