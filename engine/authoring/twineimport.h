#pragma once

#include "diagnostic.h"
#include "jsontree.h"

namespace saskati {

/// A Twine story brought in as a scenario skeleton, and what could not be brought: each passage became a
/// scene (a passage without links, an ending), each link a choice; what has no place in the scenario format
/// (macros, story-format variables, setter links) is reported as a warning at the Twee file's line and column
/// with the passage's name.
struct TwineImport {
    json::Tree scenario;
    Diagnostics report;
    int passages = 0;
    int links = 0;
};

/// Reads Twee 3 text (https://github.com/iftechfoundation/twine-specs/blob/master/twee-3-specification.md):
/// passage headers `:: Name [tags] {metadata}`, StoryTitle and StoryData (its `start`; else the passage
/// "Start"; else the first), links `[[Target]]`, `[[Text|Target]]`, `[[Text->Target]]`, `[[Target<-Text]]`.
/// Passage tags `referral`, `assessment` and `conversation` give the scene's kind. Texts go into `language`
/// ("lv" or "en"); the scenario declares that language only, as a draft for the editor to complete.
TwineImport importTwee(const QString &fileName, const QByteArray &twee, const QString &language);

} // namespace saskati
