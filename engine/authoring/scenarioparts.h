#pragma once

#include "jsontree.h"

#include <QStringList>

namespace saskati::authoring {

/// The pieces an author adds to a scenario in the editor, as the format writes them
/// (docs/scenario-format.md): every text in each of the scenario's languages, every id unique in the file.
/// New text starts empty, so the validator names what is left to write.

/// Every "id" value in the document (scenes, choices, segments, endings, options...).
QSet<QString> idsIn(const json::Tree &root);
/// `prefix` itself, or `prefix-2`, `prefix-3`... whichever the document does not use yet.
QString freshId(const json::Tree &root, const QString &prefix);
/// An id made of words (a title, a passage's name): lower-case ASCII letters and digits, words joined by '-'
/// ("Darbs ārzemēs" -> "darbs-arzemes"), with `prefix-` in front when it would not start with a letter, and
/// `prefix` alone when no letter or digit is left.
QString idFromWords(const QString &words, const QString &prefix);
/// The id of the scenario's first ending (empty when it has none), and whether `id` is an ending's.
QString firstEndingId(const json::Tree &root);
bool isEndingId(const json::Tree &root, const QString &id);
/// The scenario's languages ("languages"), or lv and en when it declares none.
QStringList languagesOf(const json::Tree &root);

/// A text in every language: {"lv": "", "en": ""} (or the given words in the first language).
json::Tree localized(const QStringList &languages, const QString &first = {});

/// A new scenario with one scene and one ending: valid apart from the texts left to write.
json::Tree newScenario(const QString &id, const QStringList &languages, const QString &title);
/// A scene of `kind` ("interview", "referral", "assessment") with one choice to the first ending; a
/// "conversation" with the first person of the cast and one move instead.
json::Tree newScene(const json::Tree &root, const QString &kind);
/// A choice leading to `next` (a scene id) or, when `next` is an ending's id, ending there.
json::Tree newChoice(const json::Tree &root, const QString &next);
/// A line spoken by `speaker` (a cast id), with one empty segment.
json::Tree newLine(const json::Tree &root, const QString &speaker);
/// An ending of `outcome` (referred, partial, lost-contact...).
json::Tree newEnding(const json::Tree &root, const QString &outcome);
/// A cue on a segment or hotspot: the catalogue indicator and feedback to write.
json::Tree newCue(const json::Tree &root, const QString &indicator);
/// A distractor: feedback to write.
json::Tree newDistractor(const json::Tree &root);
/// A referral key entry for `institution` (required: with an urgency; recommended and harmful: without).
json::Tree newReferralEntry(const json::Tree &root, const QString &institution, bool withUrgency);
/// An empty referral key, with a prompt to write.
json::Tree newReferralKey(const json::Tree &root);

/// A variable (trust, fear...) with its range and starting value, 0..10 from 0.
json::Tree newVariable(const json::Tree &root);
/// A condition on the scenario's first variable (empty when it has none: the validator asks for one).
json::Tree newCondition(const json::Tree &root);
/// An effect adding 1 to the scenario's first variable.
json::Tree newEffect(const json::Tree &root);
/// A conversation move, an open invitation that stays in the conversation, with one reply line said by
/// `speaker` (the scene's person).
json::Tree newMove(const json::Tree &root, const QString &speaker);
/// How the person appears in a conversation while its conditions hold: a stage direction to write.
json::Tree newState(const json::Tree &root);
/// A wrong detail a leading question can plant: what the answer seems to establish and the truth, to write.
json::Tree newPlantedDetail(const json::Tree &root);
/// A conversation's way on when its turns run out: after six moves, to the first ending.
json::Tree newLimit(const json::Tree &root);
/// Where a new list `list` goes in `parent` (the member it follows), so files keep the format's order.
QString placeOf(const json::Tree &parent, const QString &list);

/// A segment cut in three at [start, end) of its text in `language`: before, the selection, after (the empty
/// parts left out). The other languages' text goes with the selection, to be divided by the author.
QList<json::Tree> splitSegment(const json::Tree &root, const json::Tree &segment, const QString &language,
                               qsizetype start, qsizetype end);

} // namespace saskati::authoring
