#pragma once

#include <QByteArray>

namespace saskati::bench {

/// A valid scenario of `sceneCount` interview scenes (against tests/data/catalog): each scene has two lines
/// of three segments (one cue, one distractor every third scene), and two choices that lead one and two
/// scenes on.
QByteArray generateScenario(int sceneCount);

} // namespace saskati::bench
