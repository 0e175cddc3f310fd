#include "roomboard.h"

#include "roundedshares.h"
#include "transcript.h"

#include <limits>

namespace saskati {

namespace {

QList<BoardChoice> boardChoices(const SeminarRoom &room, const RoomTally &tally)
{
    const QList<const Choice *> available = room.availableChoices();
    int best = std::numeric_limits<int>::min();
    for (const Choice *c : available)
        if (!c->criticalError)
            best = std::max(best, c->points);
    QList<int> counts;
    for (const Choice *c : available)
        counts.append(tally.total(c->id));
    const QList<int> percents = roundedShares(counts); // they add up to 100 on the projector
    const QString roomChoice = room.roomChoice();
    QList<BoardChoice> choices;
    for (qsizetype i = 0; i < available.size(); ++i) {
        const Choice *c = available[i];
        choices.append(BoardChoice{c, tally.votes.value(c->id), tally.hands.value(c->id), counts[i],
                                   percents[i], c->id == roomChoice, !c->criticalError && c->points == best});
    }
    return choices;
}

QList<BoardCue> boardCues(const SeminarRoom &room, const Scene &scene, const RoomTally &tally)
{
    QList<BoardCue> cues;
    auto add = [&](const QString &id, const LocalizedText &text, const FlagTarget &target) {
        const int count = tally.flags.value(id);
        if (target.kind != FlagTarget::Kind::Cue && count == 0)
            return; // plain text nobody flagged is no news
        cues.append(BoardCue{id, &text, &target, count,
                             tally.answered > 0 ? qRound(100.0 * count / tally.answered) : 0});
    };
    for (const Media &m : scene.media)
        for (const Hotspot &h : m.hotspots)
            add(h.id, h.label, h.target);
    // In a conversation, what was said so far.
    for (const Line *line : linesSaid(*room.scenario(), room.roomPlaythrough()->state(), scene.id))
        for (const Segment &s : line->segments)
            add(s.id, s.text, s.target);
    return cues;
}

} // namespace

RoomBoard roomBoard(const SeminarRoom &room)
{
    const Scene *scene = room.currentScene();
    if (!scene)
        return {};
    const RoomTally tally = room.tally();
    return RoomBoard{boardChoices(room, tally), boardCues(room, *scene, tally)};
}

} // namespace saskati
