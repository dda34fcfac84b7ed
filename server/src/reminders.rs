//! Every app server looks for focus-group reminders that are due, every few minutes (see
//! `ponte_app::focus_groups::reminders`: each goes once however many servers look).

use std::time::Duration;

use sea_orm::DatabaseConnection;

/// How often due reminders are looked for.
pub const EVERY: Duration = Duration::from_secs(300);

/// Looks for due reminders now and every [`EVERY`] until `stop` resolves.
pub fn spawn(db: DatabaseConnection, public_url: String, stop: impl std::future::Future<Output = ()> + Send + 'static) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        tokio::pin!(stop);
        let mut tick = tokio::time::interval(EVERY);
        loop {
            tokio::select! {
                _ = &mut stop => break,
                _ = tick.tick() => match ponte_app::focus_groups::reminders::send_due(&db, chrono::Utc::now(), &public_url).await {
                    Ok(0) => {}
                    Ok(sent) => tracing::info!(sent, "focus-group reminders queued"),
                    Err(err) => tracing::warn!(error = ?err, "focus-group reminders failed; will try again"),
                },
            }
        }
    })
}
