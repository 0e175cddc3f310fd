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

    /// A phone joins the seminar at `joinUrl` (http://IP:PORT/?pin=PIN, as on the projector) over a real
    /// WebSocket, as the phone page does (the page's origin, a join message with `name`). True once the
    /// server said `joined` (within 5 s). The phone stays connected until dropPhones().
    Q_INVOKABLE bool joinPhone(const QString &joinUrl, const QString &name);
    Q_INVOKABLE void dropPhones();
};
