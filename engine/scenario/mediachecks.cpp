// Media paths: relative to the scenario file, portable, and naming files that exist.
#include "scenariochecks_p.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace saskati {

void checkMediaFiles(const Scenario &s, const ValidationInput &in, Reporter &reporter)
{
    const QDir dir = QFileInfo(s.file).absoluteDir();
    for (const auto &[path, offset] : in.media) {
        if (path.isEmpty()) {
            reporter.error(offset, u"the media path is empty; name a file relative to the scenario file"_s);
            continue;
        }
        if (QDir::isAbsolutePath(path) || path.contains(u'\\')) {
            reporter.error(
                offset,
                u"media path '%1' must be relative to the scenario file, with '/' separators"_s.arg(path));
            continue;
        }
        if (in.checkMediaFiles && !QFileInfo::exists(dir.filePath(path)))
            reporter.error(
                offset, u"media file '%1' does not exist (looked in %2); add the file or fix the path"_s.arg(
                            path, QDir::cleanPath(dir.filePath(path))));
    }
}

} // namespace saskati
