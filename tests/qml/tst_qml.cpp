// Qt Quick Test runner for the app's QML: the real views, a temporary results database, the test scenarios.
#include "appcontext.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(SaskatiPlugin)

using namespace Qt::StringLiterals;

class Setup : public QObject {
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        saskati::AppContext::configure(QStringLiteral(SASKATI_TEST_DATA) + u"/valid"_s,
                                       m_directory.filePath(u"results.sqlite"_s),
                                       QStringLiteral(SASKATI_TEST_DATA) + u"/catalog"_s);
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(u"qrc:/qt/qml"_s); }

private:
    QTemporaryDir m_directory;
};

QUICK_TEST_MAIN_WITH_SETUP(saskati_qml, Setup)
#include "tst_qml.moc"
