#pragma once

#include <QQuickPaintedItem>
#include <QVector>

namespace saskati {

/// A QR code drawn from `text` (libqrencode), black on white with the quiet zone the standard asks for.
class QrCodeItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)
public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);
    QString text() const { return m_text; }
    void setText(const QString &text);
    /// Modules per side (0 when there is no code).
    int modules() const { return m_size; }
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    int m_size = 0;
    QVector<bool> m_dark;
};

} // namespace saskati
