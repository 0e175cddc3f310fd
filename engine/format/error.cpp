#include "error.h"

using namespace Qt::StringLiterals;

namespace saskati {

QString Error::toString() const
{
    if (!hasLocation())
        return message;
    if (line <= 0)
        return u"%1: %2"_s.arg(file, message);
    return u"%1:%2:%3: %4"_s.arg(file, QString::number(line), QString::number(column), message);
}

} // namespace saskati
