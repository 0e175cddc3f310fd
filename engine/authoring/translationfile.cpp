#include "translationfile.h"

namespace saskati::authoring {

QString TranslationFile::headerField(const QString &name) const
{
    for (const auto &[field, value] : header)
        if (field.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace saskati::authoring
