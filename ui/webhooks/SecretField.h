#pragma once

#include "core/SecureBytes.h"
#include "webhooks/Signature.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Keyward::Ui {

/// A webhook secret: typed in (hidden) as the sender shows it, or generated here (32 random bytes, hex; for Standard
/// Webhooks "whsec_" and base64) and copied to the sender through the secret clipboard.
class SecretField : public QWidget
{
    Q_OBJECT

public:
    explicit SecretField(QWidget *parent = nullptr);

    /// The format a generated secret takes. A secret generated for another format is generated again.
    void setScheme(Webhooks::Scheme scheme);
    bool isEmpty() const;
    /// The secret as entered. The field keeps it (a generated secret may already be at the sender) until clear().
    SecureBytes secret() const;
    void clear();
    /// A random secret in the scheme's format.
    static QString generate(Webhooks::Scheme scheme);

Q_SIGNALS:
    void changed();
    /// A note appeared under the field or went: the dialog may need another height.
    void heightChanged();

private:
    void generateNow();
    void showNote(const QString &text);
    void updateButtons();

    QLineEdit *m_edit;
    QPushButton *m_generate;
    QPushButton *m_copy;
    QLabel *m_note;
    Webhooks::Scheme m_scheme = Webhooks::Scheme::GitHub;
    bool m_generated = false;
};

} // namespace Keyward::Ui
