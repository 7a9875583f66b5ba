#pragma once

#include "webhooks/EventPublisher.h"
#include "webhooks/WebhookStore.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace Keyward::Engine {
class ProfileSession;
}
namespace Keyward::ItemModels {
class DeliveryTableModel;
}

namespace Keyward::Ui {

class MessageBar;

/// Webhook sources (scheme, path, app, secret fingerprints and their overlap) and the deliveries they sent: source,
/// event type, verification and processing state, and for the selected delivery its headers (secrets redacted),
/// body and result. Security Administrators add sources and rotate their secrets; Support and Security
/// Administrators replay deliveries, a selection or everything the filter matches (within a time window and a count,
/// after saying how many). On a tab next to the sources: the event endpoints Keyward posts its own events to, with
/// their health; Security Administrators add them (their secret shown once), switch them off and on, and remove them.
class WebhooksPage : public QWidget
{
    Q_OBJECT

public:
    /// "Replay all matching" reaches this far back.
    static constexpr qint64 kReplayWindowMs = 7LL * 24 * 3600 * 1000;

    WebhooksPage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent = nullptr);

    /// Reads the sources and the deliveries again, keeping the selection.
    void refresh();

    // What the buttons do (also for tests): they ask through DialogHooks, then act. Results and refusals show in
    // the message bar.
    void replaySelected();
    void replayMatching();
    void switchSelectedEndpoint(); ///< off when it is on, on when it is off
    void askToRemoveEndpoint();

Q_SIGNALS:
    /// A source, a secret or a replay changed the store (and the audit log).
    void storeChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyPermissions();
    void updateButtons();
    void loadSources();
    void fillSources(const QList<Webhooks::WebhookSource> &sources);
    void filterChanged();
    void showDetails();
    void showDelivery(const Webhooks::Delivery &delivery);
    QString selectedSource() const;
    enum class Selected { All, Verified };
    QList<qint64> selectedDeliveries(Selected which) const;
    void loadEndpoints();
    void fillEndpoints(const QList<Webhooks::Endpoint> &endpoints);
    const Webhooks::Endpoint *selectedEndpoint() const;
    void askToAddEndpoint();
    void askToAddSource();
    void askToRotateSecret();
    void askToConfigureReceiver();
    void showReceiver();
    /// Replays `ids` (verified ones, at most WebhookService::kMaxReplay) after the question was answered yes.
    void replay(const QList<qint64> &ids);
    QString filterDescription() const;

    Engine::ProfileSession *m_session;
    MessageBar *m_messages;
    ItemModels::DeliveryTableModel *m_model;
    QLabel *m_about;
    QTableWidget *m_sources;
    QLabel *m_noSources;
    QPushButton *m_addSource, *m_rotateSecret;
    QTabWidget *m_tabs;
    QTableWidget *m_endpoints;
    QLabel *m_noEndpoints;
    QPushButton *m_addEndpoint, *m_switchEndpoint, *m_removeEndpoint;
    QLabel *m_receiverStatus;
    QPushButton *m_configureReceiver;
    QComboBox *m_sourceFilter, *m_stateFilter, *m_verifiedFilter;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QPushButton *m_replaySelected, *m_replayMatching;
    QTimer *m_autoRefresh;
    QList<Webhooks::WebhookSource> m_sourceList;
    QString m_sourcesShown; ///< what the sources table shows, to skip refilling it when nothing changed
    QList<Webhooks::Endpoint> m_endpointList;
    QString m_endpointsShown; ///< the same for the endpoints table
    qint64 m_detailsId = 0; ///< the delivery the details pane shows (or is loading)
    qint64 m_shownId = 0; ///< the delivery whose details are in the pane now
    bool m_needsReload = true; ///< a profile was opened since the deliveries were loaded
};

} // namespace Keyward::Ui
