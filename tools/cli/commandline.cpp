#include "commandline.h"

using namespace Qt::StringLiterals;

namespace saskati::cli {

Arguments::Arguments(const QStringList &arguments, const QStringList &flags, const QStringList &options)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--") {
            m_positional += arguments.mid(i + 1);
            break;
        }
        if (!a.startsWith(u"--") || a.size() == 2) {
            m_positional.append(a);
            continue;
        }
        const QString name = a.mid(2);
        if (flags.contains(name)) {
            m_flags.append(name);
        } else if (options.contains(name)) {
            if (i + 1 >= arguments.size()) {
                m_error = u"option --%1 needs a value"_s.arg(name);
                return;
            }
            m_options[name].append(arguments.at(++i));
        } else {
            m_error = u"unknown option --%1"_s.arg(name);
            return;
        }
    }
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace saskati::cli
