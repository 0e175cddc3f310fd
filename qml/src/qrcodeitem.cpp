#include "qrcodeitem.h"

#include <QPainter>
#include <qrencode.h>

namespace saskati {

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false); // crisp modules
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_size = 0;
    m_dark.clear();
    if (!text.isEmpty()) {
        // Level M: a projected code survives a little glare and a phone held at an angle.
        if (QRcode *code = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1)) {
            m_size = code->width;
            m_dark.resize(m_size * m_size);
            for (int i = 0; i < m_size * m_size; ++i)
                m_dark[i] = code->data[i] & 1;
            QRcode_free(code);
        }
    }
    Q_EMIT textChanged();
    update();
}

void QrCodeItem::paint(QPainter *painter)
{
    painter->fillRect(boundingRect(), Qt::white);
    if (m_size == 0)
        return;
    constexpr int quietZone = 4; // modules of white around the code
    const int total = m_size + 2 * quietZone;
    const qreal side = std::min(width(), height());
    const int module = std::max(1, int(side / total)); // whole pixels per module
    const qreal offsetX = (width() - module * m_size) / 2;
    const qreal offsetY = (height() - module * m_size) / 2;
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (m_dark[y * m_size + x])
                painter->fillRect(QRectF(offsetX + x * module, offsetY + y * module, module, module),
                                  Qt::black);
}

} // namespace saskati
