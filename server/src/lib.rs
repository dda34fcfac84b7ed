//! The `ponte` server: configuration, database, HTTP surface, demo data and the run loop. The
//! binary (`main.rs`) is a thin CLI over this library, which the API tests also start.

pub mod client_ip;
pub mod config;
pub mod connections;
pub mod db;
pub mod mail;
pub mod maintenance;
pub mod reminders;
pub mod demo_consultation;
pub mod demo_focus_groups;
pub mod demo_forum;
pub mod demo_monitoring;
pub mod demo_population;
pub mod demo_survey;
pub mod demo_timeline;
pub mod demo_versions;
pub mod html;
pub mod refused_forms;
pub mod seed;
pub mod web;

use std::path::PathBuf;

use leptos::prelude::LeptosOptions;
use ponte_app::{site::SiteInfo, state::ServerSettings};
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;

pub use web::AppState;

/// The Leptos options for a site built into `site_root` (see scripts/build.sh).
pub fn leptos_options(site_root: PathBuf, addr: std::net::SocketAddr) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("ponte")
        .site_root(site_root.to_string_lossy().into_owned())
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .build()
}

/// The version of the built bundle: a hash of its files (`pkg/ponte.js`, `ponte_bg.wasm`,
/// `ponte.css`), so pages link `/pkg/<version>/…` and browsers may keep those files for a year
/// (`immutable`): a new build has new URLs. `dev` when the bundle is not built.
pub fn asset_version(site_root: &std::path::Path) -> String {
    use sha2::{Digest, Sha256};
    let pkg = site_root.join("pkg");
    let mut hasher = Sha256::new();
    let mut found = false;
    for file in ["ponte.js", "ponte_bg.wasm", "ponte.css"] {
        if let Ok(bytes) = std::fs::read(pkg.join(file)) {
            hasher.update(file.as_bytes());
            hasher.update(&bytes);
            found = true;
        }
    }
    if !found {
        return "dev".to_owned();
    }
    hasher.finalize().iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// Builds the state the handlers share; the public URL defaults to `http://<addr>` (change it
/// with [`AppState::with_settings`]).
pub fn state(db: DatabaseConnection, site_root: PathBuf, addr: std::net::SocketAddr, site: SiteInfo) -> AppState {
    let settings = ServerSettings::new(format!("http://{addr}"));
    let mut leptos = leptos_options(site_root.clone(), addr);
    let version = asset_version(&site_root);
    leptos.site_pkg_dir = format!("pkg/{version}").into();
    AppState {
        leptos,
        asset_version: version,
        db,
        site,
        settings,
        proxies: client_ip::TrustedProxies::default(),
        connections: connections::ConnectionLimits::default(),
    }
}

/// Serves until `shutdown` resolves, then finishes the requests in flight.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let limits = state.connections;
    connections::serve(listener, web::router(state), limits, shutdown).await
}

/// Resolves on SIGTERM or Ctrl-C.
///
/// The handlers are installed when this is called, not when the future is first polled: call it
/// before starting background workers, so a signal that arrives while the server is still
/// starting stops it gracefully instead of killing the process.
pub fn shutdown_signal() -> impl std::future::Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    let (interrupt, terminate) = {
        use tokio::signal::unix::{SignalKind, signal};
        (signal(SignalKind::interrupt()).ok(), signal(SignalKind::terminate()).ok())
    };
    async move {
        #[cfg(unix)]
        {
            let wait = |s: Option<tokio::signal::unix::Signal>| async move {
                match s {
                    Some(mut s) => {
                        s.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                () = wait(interrupt) => {},
                () = wait(terminate) => {},
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
        tracing::info!("shutdown signal received; finishing requests in flight");
    }
}
