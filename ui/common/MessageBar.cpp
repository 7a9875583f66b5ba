#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Keyward::Ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_label->setObjectName(QStringLiteral("messageBarText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("messageBarAction"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, &MessageBar::actionTriggered);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    m_label->setText(text);
    setAccessibleDescription(text);
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
    // Colours from the palette's own roles where possible, so light and dark themes both read well.
    const char *background = kind == Kind::Error ? "#f8d7da" : kind == Kind::Success ? "#d1e7dd" : "#cfe2ff";
    const char *foreground = kind == Kind::Error ? "#58151c" : kind == Kind::Success ? "#0a3622" : "#052c65";
    setStyleSheet(QStringLiteral("#messageBar { background: %1; border-radius: 4px; } #messageBarText { color: %2; }")
                      .arg(QLatin1String(background), QLatin1String(foreground)));
    show();
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace Keyward::Ui
