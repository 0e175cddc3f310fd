#include "testsupport.h"

#include <QDateTime>
#include <QFile>

namespace {
QVariantMap &fixtureStore()
{
    static QVariantMap fixtures;
    return fixtures;
}
} // namespace

int TestSupport::seed()
{
    static const int seed = qEnvironmentVariableIsSet("SASKATI_TEST_SEED")
                                ? qEnvironmentVariableIntValue("SASKATI_TEST_SEED")
                                : int(QDateTime::currentMSecsSinceEpoch() % 1000000);
    return seed;
}

QVariant TestSupport::fixture(const QString &name) const
{
    return fixtureStore().value(name);
}

void TestSupport::setFixtures(const QVariantMap &fixtures)
{
    fixtureStore() = fixtures;
}

QString TestSupport::readText(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
