#include "choiceorder.h"

#include <QRandomGenerator>

#include <random>

namespace saskati {

namespace {

// FNV-1a, 32 bits: a hash whose values are fixed by its definition (qHash's may change between Qt versions,
// and a recorded attempt must show the same order years later).
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const char byte : text.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

QList<qsizetype> choiceOrder(const Scene &scene, std::optional<quint32> seed)
{
    QList<qsizetype> order(scene.choices.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    if (!seed)
        return order;
    // The unpinned choices' places, shuffled among themselves (Fisher-Yates; std::shuffle's algorithm is
    // the library's own, so it is not used).
    QList<qsizetype> free;
    for (qsizetype i = 0; i < order.size(); ++i)
        if (!scene.choices[i].pinned)
            free.append(i);
    std::seed_seq sequence{*seed, stableHash(scene.id)};
    std::mt19937 random(sequence);
    QList<qsizetype> shuffled = free;
    for (qsizetype i = shuffled.size() - 1; i > 0; --i)
        std::swap(shuffled[i], shuffled[qsizetype(random() % quint32(i + 1))]);
    for (qsizetype k = 0; k < free.size(); ++k)
        order[free[k]] = shuffled[k];
    return order;
}

quint32 newChoiceOrderSeed()
{
    return QRandomGenerator::system()->generate();
}

} // namespace saskati
