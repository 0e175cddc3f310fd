#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

/// What the Qt Quick Test runners give their tests (import SaskatiTest): the seed of the paths a test takes,
/// the fixtures a runner made, and reading a file the app saved. A QML singleton, so that qmllint knows it.
class TestSupport : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int seed READ seed CONSTANT)

public:
    /// SASKATI_TEST_SEED, or one drawn from the clock (printed by the tests that use it, to replay a run).
    static int seed();
    /// Called by a runner before its tests start.
    static void setFixtures(const QVariantMap &fixtures);

    /// One of the runner's fixtures by name (a path, a process id...).
    Q_INVOKABLE QVariant fixture(const QString &name) const;
    Q_INVOKABLE QString readText(const QString &path) const;
};
