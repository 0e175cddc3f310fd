#pragma once

#include "scenario.h"

#include <QUrl>
#include <QVariantList>
#include <functional>

namespace saskati {

/// A scene as QML shows it (picture, hotspots, dialogue lines with portraits and voices), shared by solo play
/// and the seminar's audience view. Media paths are relative to the scenario file's folder.
class ScenePresenter {
public:
    using IsFlagged = std::function<bool(const QString &target)>;

    ScenePresenter(const Scenario &scenario, const Scene *scene, QString language, QString mediaDirectory);

    QUrl mediaUrl(const QString &path) const;
    QUrl image() const;
    QString imageAlt() const;
    QVariantList hotspots(const IsFlagged &isFlagged = {}) const;
    QVariantList lines(const IsFlagged &isFlagged = {}) const;

private:
    const Media *picture() const;

    const Scenario &m_scenario;
    const Scene *m_scene;
    QString m_language;
    QString m_mediaDirectory;
};

} // namespace saskati
