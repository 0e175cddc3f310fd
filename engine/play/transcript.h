#pragma once

#include "conversation.h"
#include "playthrough.h"

namespace saskati {

/// One move of a conversation as it happened: the move, the reply lines said (in the file's order) and the
/// person's state after it.
struct TranscriptTurn {
    const Choice *move = nullptr;
    QList<const ReplyLine *> said;
    const PersonState *stateAfter = nullptr;
};

/// What was said so far in the conversation scene `sceneId` of a playthrough: each move asked, in order, with
/// the lines of its reply that were said. Empty for a scene that is not a conversation or was not reached.
/// A pure function of the scenario and the state: the replay of a log says the same.
QList<TranscriptTurn> conversationTranscript(const Scenario &scenario, const PlaythroughState &state,
                                             const QString &sceneId);

/// Every line said so far in `sceneId`: its own lines, then in a conversation the replies said, in order.
QList<const Line *> linesSaid(const Scenario &scenario, const PlaythroughState &state,
                              const QString &sceneId);

/// The moves asked so far in `sceneId` (each once), in order.
QStringList askedMoves(const PlaythroughState &state, const QString &sceneId);

/// How the person in the current conversation appears now (null outside a conversation, or when no state
/// holds).
const PersonState *currentPersonState(const Scenario &scenario, const PlaythroughState &state);

} // namespace saskati
