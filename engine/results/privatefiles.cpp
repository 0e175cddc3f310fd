#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

namespace saskati {

namespace {
constexpr QFile::Permissions ownerFile =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
constexpr QFile::Permissions ownerDirectory = ownerFile | QFile::ExeOwner | QFile::ExeUser;
} // namespace

bool makePrivateDirectory(const QString &path)
{
    // The missing folders from the top down, so that each one made here is made private.
    QStringList missing;
    for (QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath()); !QFileInfo::exists(p);
         p = QFileInfo(p).absolutePath()) {
        missing.prepend(p);
        if (p == QFileInfo(p).absolutePath())
            break;
    }
    for (const QString &folder : missing) {
        if (!QDir().mkdir(folder) && !QFileInfo(folder).isDir())
            return false;
        QFile::setPermissions(folder, ownerDirectory);
    }
    return QFileInfo(path).isDir();
}

bool createPrivateFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
    // Created with 0600 at once (not 0644 and then changed): nobody can open it in between.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerFile))
        return QFileInfo::exists(path);
    return true;
}

bool writePrivateFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.setPermissions(ownerFile) &&
           file.write(bytes) == bytes.size() && file.commit();
}

bool makeFilePrivate(const QString &path)
{
    return QFile::setPermissions(path, ownerFile);
}

} // namespace saskati
