// Leaks images, pixmaps and textures on purpose, the ways the project's own code could, so that
// tst_lsan_suppressions can check that LeakSanitizer still reports every one of them with
// tools/sanitizers/lsan.supp in force: the suppressions name Qt functions that allocate image data, and must
// not hide a leak of ours that goes through them. Built only with -fsanitize=address.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QQuickWindow>
#include <QSGTexture>
#include <QTimer>
#include <cstdio>

namespace {

// Each leak in its own function: the report names the function, the test looks for it.
[[gnu::noinline]] void leakCanaryImage()
{
    auto *image = new QImage(31, 31, QImage::Format_ARGB32);
    image->fill(Qt::red);
}

// Painted: the image data keeps its paint engine, which points back at the image.
[[gnu::noinline]] void leakCanaryPaintedImage()
{
    auto *image = new QImage(41, 41, QImage::Format_ARGB32);
    QPainter painter(image);
    painter.fillRect(0, 0, 20, 20, Qt::black);
}

[[gnu::noinline]] void leakCanaryPixmap()
{
    QImage image(33, 33, QImage::Format_ARGB32);
    image.fill(Qt::green);
    new QPixmap(QPixmap::fromImage(image));
}

struct Portrait {
    QString id;
    QImage image;
};

[[gnu::noinline]] void leakCanaryHeldImage()
{
    QImage image(35, 35, QImage::Format_RGB32);
    image.fill(Qt::blue);
    new Portrait{QStringLiteral("leaked"), image};
}

[[gnu::noinline]] void leakCanaryWindowTexture(QQuickWindow *window)
{
    QImage image(37, 37, QImage::Format_ARGB32);
    image.fill(Qt::yellow);
    QSGTexture *texture = window->createTextureFromImage(image);
    std::printf("texture %s\n", texture ? "made" : "not made");
}

class CanaryTexture : public QSGTexture {
public:
    qint64 comparisonKey() const override { return 1; }
    QSize textureSize() const override { return {39, 39}; }
    bool hasAlphaChannel() const override { return false; }
    bool hasMipmaps() const override { return false; }
};

[[gnu::noinline]] void leakCanaryOwnTexture()
{
    new CanaryTexture;
}

} // namespace

int main(int argc, char *argv[])
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    leakCanaryImage();
    leakCanaryPaintedImage();
    leakCanaryPixmap();
    leakCanaryHeldImage();
    leakCanaryOwnTexture();
    QQuickWindow window;
    window.resize(64, 64);
    bool done = false;
    QObject::connect(&window, &QQuickWindow::frameSwapped, &app, [&] {
        if (done)
            return;
        done = true;
        leakCanaryWindowTexture(&window);
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    QTimer::singleShot(10000, &app, [&] { app.exit(2); });
    window.show();
    return app.exec();
}
