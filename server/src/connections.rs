//! Accepting connections so that nobody can hold the server: every connection has a deadline for
//! its request headers (a half-sent request, or a kept-alive connection left idle, is closed),
//! request bodies must keep arriving, a client that stops reading its answer is let go, and the
//! number of open connections is capped below the process's open-file limit. Past the cap a new
//! client is told at once to try again (503) instead of getting no answer at all.
//!
//! axum's own `serve` has no such settings, so this is the same loop on hyper's HTTP/1 builder
//! with a timer, plus `tokio-io-timeout` for writes and tower-http's body timeout (in `web.rs`).

use std::{convert::Infallible, future::Future, net::SocketAddr, sync::Arc, time::Duration};

use axum::{Router, extract::ConnectInfo};
use hyper::{body::Incoming, server::conn::http1};
use hyper_util::{
    rt::{TokioIo, TokioTimer},
    server::graceful::GracefulShutdown,
};
use tokio::{io::AsyncWriteExt, net::TcpListener, sync::Semaphore};
use tower::ServiceExt;

/// The deadlines and the cap (`PONTE_HEADER_TIMEOUT_SECONDS`, `PONTE_IDLE_TIMEOUT_SECONDS`,
/// `PONTE_MAX_CONNECTIONS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConnectionLimits {
    /// From the moment a connection opens (or finished its last answer) until its next request's
    /// headers are complete.
    pub header_read: Duration,
    /// Longest wait for the next piece of a request body, or for the client to take the next
    /// piece of an answer.
    pub stall: Duration,
    /// Open connections at most; more are answered 503 and closed.
    pub max_connections: usize,
}

/// File descriptors kept free for the database, the mail server, logs and static files.
const RESERVED_FILES: usize = 256;

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits {
            header_read: Duration::from_secs(10),
            stall: Duration::from_secs(30),
            max_connections: open_file_limit().map_or(1024, |n| n.saturating_sub(RESERVED_FILES).clamp(16, 50_000)),
        }
    }
}

/// The process's soft limit on open files, from `/proc/self/limits` (Linux).
pub fn open_file_limit() -> Option<usize> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

/// Serves `app` on `listener` within `limits` until `shutdown` resolves, then lets the requests
/// in flight finish.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(limits.header_read).keep_alive(true);
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let busy = busy_answer();
    let mut shutdown = std::pin::pin!(shutdown);
    let mut accept_failing = false;
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => {
                    accept_failing = false;
                    accepted
                }
                Err(err) => {
                    // Out of file descriptors or a connection reset before accept: wait a little
                    // rather than spin; say so once, not at every try.
                    if !accept_failing {
                        tracing::warn!(error = %err, "cannot accept connections; retrying");
                    }
                    accept_failing = true;
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Without it, keep-alive responses stall ~40 ms on delayed ACKs.
        let _ = stream.set_nodelay(true);
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            tracing::warn!(limit = limits.max_connections, "connection limit reached; answering 503");
            let busy = busy.clone();
            tokio::spawn(async move {
                let mut stream = stream;
                let _ = tokio::time::timeout(Duration::from_secs(1), async {
                    let _ = stream.write_all(&busy).await;
                    let _ = stream.shutdown().await;
                })
                .await;
            });
            continue;
        };
        let mut io = tokio_io_timeout::TimeoutStream::new(stream);
        io.set_write_timeout(Some(limits.stall));
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo::<SocketAddr>(peer));
            let app = app.clone();
            async move { Ok::<_, Infallible>(app.oneshot(req).await.unwrap_or_else(|never| match never {})) }
        });
        let connection = graceful.watch(http.serve_connection(TokioIo::new(Box::pin(io)), service));
        tokio::spawn(async move {
            // Errors here are the client's (a reset, a timeout): nothing to report.
            let _ = connection.await;
            drop(slot);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

/// What a client gets when every slot is taken: 503 with `Retry-After`, in the site's default
/// language (nothing of the request is read, so nothing else is known).
fn busy_answer() -> Arc<[u8]> {
    let locale = ponte_app::i18n::Locale::default();
    let text = locale.t(ponte_app::core::AppError::Unavailable.message_id());
    format!(
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Language: {}\r\nRetry-After: 5\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{text}",
        locale.tag(),
        text.len()
    )
    .into_bytes()
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_stays_below_the_open_file_limit() {
        let limits = ConnectionLimits::default();
        if let Some(files) = open_file_limit() {
            assert!(limits.max_connections + RESERVED_FILES <= files.max(16 + RESERVED_FILES), "{limits:?} with {files} files");
        }
        assert!(limits.max_connections >= 16);
    }

    #[test]
    fn the_busy_answer_is_a_complete_503() {
        let answer = String::from_utf8(busy_answer().to_vec()).unwrap_or_default();
        let (head, body) = answer.split_once("\r\n\r\n").unwrap_or_default();
        assert!(head.starts_with("HTTP/1.1 503 "), "{head}");
        assert!(head.contains(&format!("Content-Length: {}", body.len())), "{head}");
        assert!(!body.is_empty());
    }
}
