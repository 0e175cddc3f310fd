#pragma once

#include "seminarroom.h"

namespace saskati {

/// What the room did in the scenario it has just ended, for the lecturer's debrief: each decision with its
/// votes (and how many were for a critical error), how many participants found each cue on the room's path
/// (the least found first: the discussion starts there), and each participant's result (the best first).
/// Ids only: the views put them in words in the interface language.
struct SeminarSummary {
    struct Option {
        QString choice;
        int count = 0; // phones' votes and hands
        bool critical = false;
        bool roomChoice = false;
    };
    struct Decision {
        QString scene;
        int turn = 0;          // in a conversation: the moves asked before this one (0: the first question)
        QList<Option> options; // the scene's choices someone chose, or the room took, in the scene's order
        int criticalVotes = 0;
        bool overridden = false; // the lecturer took another choice than the room's
    };
    struct Cue {
        QString target;
        QString indicator;
        int detected = 0; // participants who flagged it
        int of = 0;       // participants with a recorded attempt
    };
    struct Participant {
        QString name;
        int percent = 0;
        int criticalErrors = 0;
        bool capped = false;
    };

    int roomPercent = 0;
    QList<Decision> decisions;
    QList<Cue> cues;
    QList<Participant> participants;
};

/// The summary of `room`'s scenario; empty unless the room has ended one.
SeminarSummary summarizeRoom(const SeminarRoom &room);

} // namespace saskati
