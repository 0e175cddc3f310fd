#pragma once

#include <QByteArray>

namespace saskati::bench {

/// A valid scenario of `sceneCount` interview scenes (against tests/data/catalog): each scene has two lines
/// of three segments (one cue, one distractor every third scene), and two choices that lead one and two
/// scenes on.
QByteArray generateScenario(int sceneCount);

/// A valid chain of `sceneCount` short interview scenes (against tests/data/catalog): each a title, a setting
/// and one choice on to the next (the last to the ending). 200,000 scenes make about 30 MB.
QByteArray generateChain(int sceneCount);

} // namespace saskati::bench
