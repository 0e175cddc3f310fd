#include "knowledgegain.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace saskati {

KnowledgeGain knowledgeGain(const QList<KnowledgeAnswer> &answers, int asked)
{
    QSet<QString> questions;
    QHash<QString, int> rightBefore, rightAfter; // participant -> right answers
    QSet<QString> before, after;
    for (const KnowledgeAnswer &a : answers) {
        questions.insert(a.question);
        const bool isBefore = a.round == KnowledgeAnswer::Round::Before;
        (isBefore ? before : after).insert(a.participant);
        if (a.correct)
            ++(isBefore ? rightBefore : rightAfter)[a.participant];
    }
    KnowledgeGain g;
    g.questions = std::max(asked, int(questions.size()));
    g.answeredBefore = int(before.size());
    g.answeredAfter = int(after.size());
    double sumBefore = 0, sumAfter = 0;
    for (const QString &participant : before) {
        if (!after.contains(participant))
            continue;
        ++g.answeredBoth;
        sumBefore += rightBefore.value(participant);
        sumAfter += rightAfter.value(participant);
    }
    if (g.answeredBoth == 0 || g.questions == 0)
        return g;
    const double possible = double(g.answeredBoth) * g.questions;
    g.before = sumBefore / possible;
    g.after = sumAfter / possible;
    if (g.before < 1.0)
        g.gain = (g.after - g.before) / (1.0 - g.before);
    return g;
}

} // namespace saskati
