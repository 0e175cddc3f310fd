#pragma once

#include "jsontree.h"

namespace saskati::authoring {

/// The assessment questions an author writes in the editor (docs/scenario-format.md, 3.12): each kind with
/// the options it needs, and its key.

/// An assessment question of `kind` (judgement, dimensions, single, multiple) with the options the kind needs
/// (judgement and dimensions: the fixed ids, keyed by the ILO/EC rule; single and multiple: two to write).
json::Tree newQuestion(const json::Tree &root, const QString &kind);
/// One more option for `question`, with the next free letter as its id (ids are per question).
json::Tree newOption(const json::Tree &root, const json::Tree &question);
/// `question` made a question of `kind`: the options the kind requires are added (those already there keep
/// their text), and the key becomes the ILO/EC rule (judgement, dimensions) or keeps what still fits.
json::Tree reshapeQuestion(const json::Tree &root, const json::Tree &question, const QString &kind);
/// `question` with option `option` marked correct or not: a single or judgement question has one correct
/// option, so marking one unmarks the others; "derive-ilo" as `option` switches to the ILO/EC rule and back.
json::Tree markCorrect(const json::Tree &question, const QString &option, bool correct);

} // namespace saskati::authoring
