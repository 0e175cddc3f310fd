#pragma once

#include "scenario.h"

#include <optional>

namespace saskati {

/// The order a scene's choices are shown in: shuffled per attempt, so that neither position nor habit gives
/// the key away (the file lists them in any order). `seed` is the attempt's, recorded in its first event, so
/// that a replay shows the same order; a pinned choice keeps its place in the file's order; without a seed
/// (attempts recorded before seeds existed) the file's order. The same seed and scene give the same order on
/// every platform and Qt version (std::mt19937 seeded through std::seed_seq, both defined by the standard,
/// with the scene id's FNV-1a hash), and different scenes of one attempt different orders.
/// Returns indices into scene.choices.
QList<qsizetype> choiceOrder(const Scene &scene, std::optional<quint32> seed);

/// A seed for a new attempt's choice order, from the system's random source.
quint32 newChoiceOrderSeed();

} // namespace saskati
