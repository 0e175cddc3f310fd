#include "seminarsummary.h"

#include "scoring.h"

#include <QMap>
#include <algorithm>

namespace saskati {

SeminarSummary summarizeRoom(const SeminarRoom &room)
{
    SeminarSummary summary;
    if (room.phase() != SeminarRoom::Phase::Ended || !room.scenario() || !room.roomPlaythrough())
        return summary;
    const Scenario &scenario = *room.scenario();
    const Score roomScore = scorePlaythrough(scenario, room.roomPlaythrough()->state());
    summary.roomPercent = roomScore.percent;

    for (const RoomDecision &d : room.history()) {
        SeminarSummary::Decision decision{d.scene, d.turn, {}, 0, d.overridden};
        if (const Scene *scene = scenario.scene(d.scene))
            for (const Choice &c : scene->choices) {
                const int count = d.tally.total(c.id);
                if (c.criticalError)
                    decision.criticalVotes += d.tally.votes.value(c.id);
                if (count > 0 || c.id == d.roomChoice)
                    decision.options.append({c.id, count, c.criticalError.has_value(), c.id == d.roomChoice});
            }
        summary.decisions.append(decision);
    }

    // Detection in the room: for each cue on the room's path, how many participants flagged it.
    QMap<QString, int> detected;
    int recorded = 0;
    for (const SeminarRoom::Member *m : room.members()) {
        if (!m->attempt)
            continue;
        ++recorded;
        const Score s = scorePlaythrough(scenario, m->attempt->playthrough().state());
        for (const FlagOutcome &hit : s.recognition.hits)
            ++detected[hit.target];
        summary.participants.append(
            {m->participant.displayName, s.percent, int(s.criticalErrors.size()), s.capped});
    }
    std::stable_sort(summary.participants.begin(), summary.participants.end(),
                     [](const auto &a, const auto &b) { return a.percent > b.percent; });
    for (const FlagOutcome &cue : roomScore.recognition.hits + roomScore.recognition.misses)
        summary.cues.append({cue.target, cue.indicator, detected.value(cue.target), recorded});
    std::stable_sort(summary.cues.begin(), summary.cues.end(),
                     [](const auto &a, const auto &b) { return a.detected < b.detected; });
    return summary;
}

} // namespace saskati
