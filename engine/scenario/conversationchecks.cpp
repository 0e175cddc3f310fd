// Conversations (format 2): every reply line can be said in some interview, every cue can be disclosed, no
// interview gets stuck, and the states to check stay within a stated limit. The validator walks every
// interview from every set of variable values the scene can be entered with (conversation.h).
#include "conversation.h"
#include "scenariochecks_p.h"

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

bool hasCue(const Line &line)
{
    return std::any_of(line.segments.begin(), line.segments.end(),
                       [](const Segment &s) { return s.target.kind == FlagTarget::Kind::Cue; });
}

QString movesOf(const Conversation &rules, const ConversationState &state)
{
    QStringList ids;
    for (qsizetype m = 0; m < rules.moveCount(); ++m)
        if (state.asked & (quint64(1) << m))
            ids.append(u"'%1'"_s.arg(rules.move(m).id));
    return ids.isEmpty() ? u"no move"_s : ids.join(u", "_s);
}

void checkOneConversation(const Scenario &s, const Scene &scene, const QList<QList<int>> &entries,
                          Reporter &reporter)
{
    const Conversation rules(s, scene);
    QSet<const ReplyLine *> said;
    bool stuckReported = false;
    const auto stuck = [&](const ConversationState &state) {
        if (stuckReported)
            return;
        stuckReported = true;
        reporter.error(scene.offset,
                       u"conversation '%1' can get stuck: after %2 no move is left and none led away; add "
                       u"a 'limit' with 'next' or 'ending', or a move that leads away"_s.arg(
                           scene.id, movesOf(rules, state)));
    };
    qsizetype statesLeft = 200000; // for the whole conversation, whatever it is entered with
    for (const QList<int> &values : entries) {
        ConversationState entry;
        entry.values = values;
        if (!scene.limit && rules.runsOut(entry))
            stuck(entry);
        const std::optional<qsizetype> states = rules.explore(
            entry,
            [&](const ConversationState &before, qsizetype move, const ConversationState &after) {
                for (const ReplyLine &line : rules.move(move).reply)
                    if (rules.says(line, before, after))
                        said.insert(&line);
                if (!scene.limit && !rules.exitOf(move) && rules.runsOut(after))
                    stuck(after);
            },
            statesLeft);
        if (states)
            statesLeft -= *states;
        if (!states || statesLeft <= 0) {
            reporter.error(scene.offset,
                           u"conversation '%1' has more than %2 states to check (moves asked × variable "
                           u"values); the validator stopped there: split it into two scenes or give its "
                           u"variables fewer values"_s.arg(scene.id)
                               .arg(200000));
            return;
        }
    }
    for (const Choice &move : scene.choices)
        for (const ReplyLine &line : move.reply) {
            if (line.unreliable && hasCue(line))
                reporter.error(
                    line.offset,
                    u"reply line '%1' is unreliable (a leading question produced it) but carries a "
                    u"cue; what a leading question puts in a person's mouth is no sign: make the "
                    u"segment plain or the line reliable"_s.arg(line.id));
            if (!said.contains(&line) && !entries.isEmpty())
                reporter.error(
                    line.offset,
                    u"reply line '%1' of move '%2' is never said: no interview reaches it with its "
                    u"'when', 'asked' and 'notAsked' met%3; fix them or the effects before it"_s.arg(
                        line.id, move.id,
                        hasCue(line) ? u", so its cue can never be disclosed"_s : QString()));
        }
}

} // namespace

void checkConversations(const Scenario &s, Reporter &reporter)
{
    if (std::none_of(s.scenes.begin(), s.scenes.end(),
                     [](const Scene &scene) { return scene.isConversation(); }))
        return;
    const SceneEntries entries = sceneEntries(s);
    if (entries.overflowScene >= 0) {
        reporter.error(s.scenes.at(entries.overflowScene).offset,
                       u"scene '%1' can be entered with more than 512 different sets of variable values; the "
                       u"conversations were not checked: use fewer variables or fewer values"_s.arg(
                           s.scenes.at(entries.overflowScene).id));
        return;
    }
    for (qsizetype i = 0; i < s.scenes.size(); ++i)
        if (s.scenes.at(i).isConversation())
            checkOneConversation(s, s.scenes.at(i), entries.values.value(int(i)), reporter);
}

} // namespace saskati
