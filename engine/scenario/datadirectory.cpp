#include "datadirectory.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace saskati {

QString shippedScenarioDirectory()
{
    const QString installed =
        QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/saskati/scenarios"_s);
    if (QDir(installed).exists())
        return installed;
    return QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios"_s;
}

QString shippedCatalogDirectory()
{
    return shippedScenarioDirectory() + u"/catalog"_s;
}

} // namespace saskati
