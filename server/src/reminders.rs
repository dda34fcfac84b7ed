//! Every app server looks for the emails that are due, every few minutes: focus-group reminders
//! (`ponte_app::focus_groups::reminders`) and forum digests (`ponte_app::forum::following`);
//! each goes once however many servers look.

use std::time::Duration;

use sea_orm::DatabaseConnection;

/// How often due reminders are looked for, unless `PONTE_DUE_EMAILS_SECONDS` says otherwise.
pub const EVERY: Duration = Duration::from_secs(300);

/// Logs what one kind of due email did.
fn logged(what: &'static str, result: Result<u64, ponte_app::core::AppError>) {
    match result {
        Ok(0) => {}
        Ok(sent) => tracing::info!(sent, what, "due emails queued"),
        Err(err) => tracing::warn!(error = ?err, what, "due emails failed; will try again"),
    }
}

/// Looks for due emails now and every `every` until `stop` resolves.
pub fn spawn(db: DatabaseConnection, public_url: String, every: Duration, stop: impl std::future::Future<Output = ()> + Send + 'static) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        tokio::pin!(stop);
        let mut tick = tokio::time::interval(every);
        loop {
            tokio::select! {
                _ = &mut stop => break,
                _ = tick.tick() => {
                    let now = chrono::Utc::now();
                    logged("focus-group reminders", ponte_app::focus_groups::reminders::send_due(&db, now, &public_url).await);
                    logged("forum digests", ponte_app::forum::following::send_digests(&db, now, &public_url).await);
                }
            }
        }
    })
}
