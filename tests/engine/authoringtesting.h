#pragma once
// What the authoring tests share: a file's JSON as the editor's tree, and a load's errors as text.
#include "diagnostic.h"
#include "jsonfile.h"
#include "jsontree.h"
#include "scenarioloader.h"

#include <QStringList>

namespace saskati::testing {

inline json::Tree readTree(const QString &file)
{
    Diagnostics diagnostics;
    return json::Tree::from(readJsonFile(file, &diagnostics).document.root());
}

inline QStringList errorsOf(const LoadResult &loaded)
{
    QStringList errors;
    for (const Diagnostic &d : loaded.diagnostics)
        if (d.isError())
            errors.append(d.toString());
    return errors;
}

} // namespace saskati::testing
