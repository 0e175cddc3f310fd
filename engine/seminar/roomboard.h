#pragma once

#include "seminarroom.h"

namespace saskati {

/// One choice the room can take now, with what the room answered.
struct BoardChoice {
    const Choice *choice = nullptr;
    int votes = 0;   // from phones
    int hands = 0;   // a show of hands the lecturer typed in
    int count = 0;   // votes + hands
    int percent = 0; // of every vote and hand; the choices' shares add up to 100 (0 when nobody answered)
    bool roomChoice = false; // the way the room goes on (the majority, or the lecturer's override)
    /// The highest points among the choices that are not critical errors (several may be best).
    bool best = false;
};

/// One thing in the scene a participant could flag.
struct BoardCue {
    QString id;                          // the segment's or hotspot's id
    const LocalizedText *text = nullptr; // the segment's text or the hotspot's label
    const FlagTarget *target = nullptr;
    int count = 0;   // participants who flagged it
    int percent = 0; // of those who answered anything in this decision
};

/// What the lecturer's board shows of the room's current decision: the choices with the room's answers, and
/// the scene's signs with how many saw them (hotspots first, then the dialogue's segments, in scene order).
/// Cues are always listed; plain text and distractors only when someone flagged them. Empty without a current
/// scene.
struct RoomBoard {
    QList<BoardChoice> choices;
    QList<BoardCue> cues;
};

RoomBoard roomBoard(const SeminarRoom &room);

} // namespace saskati
