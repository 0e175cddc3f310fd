#include "knowledgecheckreview.h"

#include "mirrorrows.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace saskati {

QList<SeminarKnowledgeRow> knowledgeCheckRows(ResultsStore &store, const ReviewFilter &filter)
{
    QHash<QString, QList<KnowledgeAnswer>> bySeminar;
    for (const KnowledgeAnswer &a : store.knowledgeAnswers())
        bySeminar[a.seminar].append(a);
    // A server mirror notes each seminar's municipality (ServerMirror); a laptop's file has none to match.
    QSet<QString> inMunicipality;
    if (!filter.municipality.isEmpty()) {
        QSqlQuery q(store.database());
        q.prepare(mirrorrows::keysIn(QStringLiteral("seminars")));
        q.addBindValue(filter.municipality);
        if (q.exec())
            while (q.next())
                inMunicipality.insert(q.value(0).toString());
    }
    QList<SeminarKnowledgeRow> rows;
    for (const Seminar &s : store.seminars()) {
        if (!filter.municipality.isEmpty() && !inMunicipality.contains(s.uuid))
            continue;
        const auto answers = bySeminar.constFind(s.uuid);
        if (answers == bySeminar.constEnd())
            continue;
        if ((!filter.seminar.isEmpty() && s.uuid != filter.seminar) ||
            (!filter.lecturer.isEmpty() && s.lecturer != filter.lecturer) ||
            (filter.from.isValid() && s.date < filter.from) || (filter.to.isValid() && s.date > filter.to))
            continue;
        rows.append({s.uuid, s.title, s.date, s.lecturer, s.audience, knowledgeGain(*answers)});
    }
    std::stable_sort(
        rows.begin(), rows.end(),
        [](const SeminarKnowledgeRow &a, const SeminarKnowledgeRow &b) { return a.date > b.date; });
    return rows;
}

} // namespace saskati
