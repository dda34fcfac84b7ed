//! What a page is still waiting for. Every page loads its data through [`watched`]; on the
//! server each such load is listed in the request (see [`Pending`]) until it resolves, so a
//! render that takes too long can be answered with "try again" and the log can say which load
//! never came back (the server's render timeout in `ponte_server::web`). Without the `ssr`
//! feature [`watched`] changes nothing.

use std::future::Future;

/// Wraps the future a resource loads with, so the server knows while it is outstanding. The
/// name logged is the future's type (the server function it calls).
pub fn watched<F: Future>(future: F) -> impl Future<Output = F::Output> {
    #[cfg(feature = "ssr")]
    {
        let guard = ssr::Registration::new(std::any::type_name::<F>());
        async move {
            let output = future.await;
            drop(guard);
            output
        }
    }
    #[cfg(not(feature = "ssr"))]
    {
        future
    }
}

#[cfg(feature = "ssr")]
pub use ssr::Pending;

#[cfg(feature = "ssr")]
mod ssr {
    use std::sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    };

    /// The loads a request is waiting for, shared between the request's extensions (put there
    /// by the server before rendering) and the page's resources.
    #[derive(Clone, Debug, Default)]
    pub struct Pending(Arc<Mutex<Vec<(u64, &'static str)>>>);

    impl Pending {
        /// The names of the loads that have not resolved (yet).
        pub fn outstanding(&self) -> Vec<&'static str> {
            self.0.lock().map(|list| list.iter().map(|(_, name)| *name).collect()).unwrap_or_default()
        }
    }

    static NEXT: AtomicU64 = AtomicU64::new(0);

    /// One load listed in its request's [`Pending`] until dropped.
    pub(super) struct Registration(Option<(Pending, u64)>);

    impl Registration {
        pub(super) fn new(name: &'static str) -> Registration {
            let pending = crate::state::with_parts(|parts| parts.extensions.get::<Pending>().cloned());
            Registration(pending.and_then(|pending| {
                let id = NEXT.fetch_add(1, Ordering::Relaxed);
                pending.0.lock().ok()?.push((id, short(name)));
                Some((pending, id))
            }))
        }
    }

    impl Drop for Registration {
        fn drop(&mut self) {
            if let Some((pending, id)) = self.0.take()
                && let Ok(mut list) = pending.0.lock()
            {
                list.retain(|(other, _)| *other != id);
            }
        }
    }

    /// `ponte_app::plans::api::measure::{{closure}}` → `plans::api::measure`.
    fn short(name: &'static str) -> &'static str {
        let name = name.strip_prefix("ponte_app::").unwrap_or(name);
        name.find("::{{").map_or(name, |end| &name[..end])
    }
}
