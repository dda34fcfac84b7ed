//! Public pages kept in memory, ready to send, for visitors without a session or survey cookie.
//!
//! A survey's form or results look the same to every anonymous visitor who asks in the same
//! language, so rendering them (SSR, then gzip) once per change instead of once per request is
//! what keeps them fast at 64 connections (DESIGN §5). This module owns the whole mechanism:
//!
//! - **Opt in.** A server function whose answer depends only on public data calls [`public`]
//!   (with what it depends on). On a GET page render that marks the page cacheable; on a POST
//!   (the same function called at its own address) it marks the request as a read. A plain
//!   handler (the open data API) adds [`public_header`] to its answer instead.
//! - **Validators.** A stored answer with an `ETag` (the API's) is answered `304 Not Modified`
//!   from the cache when the request's `If-None-Match` names it.
//! - **Invalidation.** Two counters: *content* (plans, survey definitions and settings, evidence,
//!   moderation — anything) and *answers* (tallies). Every successful request that is not a GET,
//!   HEAD or OPTIONS bumps both, unless its handler declared less with [`changed`] (a stored
//!   response bumps only *answers*; a draft saved between sections bumps nothing). A cached page
//!   is served only while the counters it depends on are what they were **before** it was
//!   rendered, so a write that races with a render never leaves a stale page behind.
//! - **Time to live.** Another app server (PostgreSQL deployments) or the clock (a survey that
//!   closes at 18:00) can change a page without this process seeing a write, so every entry also
//!   expires after [`PageCache::new`]'s `ttl` (`PONTE_PAGE_CACHE_SECONDS`, default 5; 0 turns the
//!   cache off).
//! - **Who gets it.** Only GETs whose cookies are at most the language cookie; only 200 answers
//!   that set no cookie. The key is the URI with the negotiated language and `Accept-Encoding`
//!   (the stored body is already compressed); the language layer sits outside this one. Memory is bounded by total size
//!   ([`MAX_BYTES`]); the least useful entries go first.
//!
//! The stored page keeps the CSP nonce it was rendered with. That is sound: the nonce protects a
//! page against scripts injected into it, and a cached body is fixed bytes rendered before anyone
//! could read its nonce; a new render (new content) gets a new nonce.

use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::Response,
};

use crate::i18n::{LANG_COOKIE, Locale};

/// Response header a server function sets to say its answer is public (value: [`Depends`]).
const PUBLIC: &str = "x-ponte-public";
/// Response header a handler sets to say what its write changed (value: [`Changed`]).
const CHANGED: &str = "x-ponte-changed";
/// How long a page is kept unless configured otherwise.
pub const DEFAULT_TTL: Duration = Duration::from_secs(5);
/// Most bytes of pages kept (bodies, headers and keys).
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;
/// Largest single page kept.
const MAX_PAGE: usize = 2 * 1024 * 1024;

/// What a public answer depends on besides the request itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Depends {
    /// Plans, surveys' definitions and settings, evidence: changed by facilitators.
    Content,
    /// The above and the responses to surveys (results).
    Answers,
}

/// What a successful write changed, as far as public pages are concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Changed {
    /// Only private things (a draft, a cookie): no public page changes.
    Nothing,
    /// Survey responses (tallies, free texts): results pages change.
    Answers,
}

/// Marks the current server function's answer as public (see the module docs). On a page that
/// loads several, the page depends on the union: `Answers` wins over `Content`. No-op outside a
/// request (unit tests) and harmless on pages that are not cached.
pub fn public(depends: Depends) {
    let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    let name = header::HeaderName::from_static(PUBLIC);
    let Ok(mut parts) = response.0.write() else {
        return;
    };
    let already_answers = parts.headers.get(&name).is_some_and(|v| v.as_bytes() == b"answers");
    if depends == Depends::Answers || !already_answers {
        let value = if depends == Depends::Answers { "answers" } else { "content" };
        parts.headers.insert(name, HeaderValue::from_static(value));
    }
}

/// The header a plain axum handler (the open data API) adds to an answer that is public.
pub fn public_header(depends: Depends) -> (header::HeaderName, HeaderValue) {
    let value = if depends == Depends::Answers { "answers" } else { "content" };
    (header::HeaderName::from_static(PUBLIC), HeaderValue::from_static(value))
}

/// Declares what the current server function's write changed (default: everything).
pub fn changed(what: Changed) {
    if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(header::HeaderName::from_static(CHANGED), changed_value(what));
    }
}

/// The header a plain axum handler adds to its response to declare what its write changed.
pub fn changed_header(what: Changed) -> (header::HeaderName, HeaderValue) {
    (header::HeaderName::from_static(CHANGED), changed_value(what))
}

fn changed_value(what: Changed) -> HeaderValue {
    HeaderValue::from_static(match what {
        Changed::Nothing => "nothing",
        Changed::Answers => "answers",
    })
}

/// The cache of one server (cheap to clone: one shared store).
#[derive(Clone)]
pub struct PageCache {
    inner: Arc<Inner>,
}

struct Inner {
    ttl: Duration,
    content: AtomicU64,
    answers: AtomicU64,
    pages: quick_cache::sync::Cache<String, Arc<Page>, Weight>,
}

impl std::fmt::Debug for PageCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageCache").field("ttl", &self.inner.ttl).field("pages", &self.inner.pages.len()).finish()
    }
}

/// A response ready to send again.
struct Page {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    depends: Depends,
    seen: Epochs,
    stored: Instant,
    weight: u64,
    refresh: Refresh,
}

#[derive(Clone, Copy, PartialEq, Eq)]
struct Epochs {
    content: u64,
    answers: u64,
}

#[derive(Clone)]
struct Weight;

impl quick_cache::Weighter<String, Arc<Page>> for Weight {
    fn weight(&self, key: &String, page: &Arc<Page>) -> u64 {
        key.len() as u64 + page.weight
    }
}

impl PageCache {
    /// A cache whose pages live at most `ttl` (zero: nothing is ever kept).
    pub fn new(ttl: Duration) -> PageCache {
        PageCache {
            inner: Arc::new(Inner {
                ttl,
                content: AtomicU64::new(0),
                answers: AtomicU64::new(0),
                pages: quick_cache::sync::Cache::with_weighter(4096, MAX_BYTES, Weight),
            }),
        }
    }

    fn epochs(&self) -> Epochs {
        Epochs { content: self.inner.content.load(Ordering::Acquire), answers: self.inner.answers.load(Ordering::Acquire) }
    }

    fn bump(&self, changed: Option<Changed>) {
        match changed {
            Some(Changed::Nothing) => {}
            Some(Changed::Answers) => {
                self.inner.answers.fetch_add(1, Ordering::AcqRel);
            }
            None => {
                self.inner.content.fetch_add(1, Ordering::AcqRel);
                self.inner.answers.fetch_add(1, Ordering::AcqRel);
            }
        }
    }

    /// Whether `page` may be served as it is, and if not, why not.
    fn state(&self, page: &Page, now: Epochs) -> Freshness {
        let current = page.seen.content == now.content && (page.depends == Depends::Content || page.seen.answers == now.answers);
        let age = page.stored.elapsed();
        match (current, age < self.inner.ttl) {
            (true, true) => Freshness::Fresh,
            // Past its time by less than another `ttl`: one request renders it again while the
            // others still get it (no stampede every `ttl` on a busy page).
            (true, false) if age < self.inner.ttl * 2 => Freshness::Aging,
            _ => Freshness::Stale,
        }
    }
}

enum Freshness {
    Fresh,
    Aging,
    /// Changed by a write (or far too old): never served; one request renders, the others wait.
    Stale,
}

/// One new rendering of a page at a time: who renders, and how the others learn it is done.
#[derive(Default)]
struct Refresh {
    started: AtomicBool,
    finished: AtomicBool,
    done: tokio::sync::Notify,
}

/// Held by the request that renders a page again; wakes the waiting ones however it ends.
struct Rendering(Arc<Page>);

impl Drop for Rendering {
    fn drop(&mut self) {
        self.0.refresh.finished.store(true, Ordering::Release);
        self.0.refresh.done.notify_waiters();
    }
}

/// Longest a request waits for another one's rendering before rendering itself.
const WAIT_FOR_RENDER: Duration = Duration::from_secs(5);

impl Page {
    /// The stored answer, or `304 Not Modified` (its headers but those of the body) when
    /// `if_none_match` names its `ETag`.
    fn response(&self, if_none_match: Option<&HeaderValue>) -> Response {
        if let (Some(asked), Some(tag)) = (if_none_match.and_then(|v| v.to_str().ok()), self.headers.get(header::ETAG).and_then(|v| v.to_str().ok())) {
            let bare = |t: &str| t.trim().trim_start_matches("W/").to_owned();
            if asked.split(',').any(|t| t.trim() == "*" || bare(t) == bare(tag)) {
                let mut res = Response::new(Body::empty());
                *res.status_mut() = StatusCode::NOT_MODIFIED;
                let mut headers = self.headers.clone();
                for body_header in [header::CONTENT_LENGTH, header::CONTENT_ENCODING, header::CONTENT_TYPE] {
                    headers.remove(body_header);
                }
                *res.headers_mut() = headers;
                return res;
            }
        }
        let mut res = Response::new(Body::from(self.body.clone()));
        *res.status_mut() = self.status;
        *res.headers_mut() = self.headers.clone();
        res
    }

    /// Waits until the request rendering this page again is done (or gave up).
    async fn rendered(&self) {
        let notified = self.refresh.done.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        if !self.refresh.finished.load(Ordering::Acquire) {
            let _ = tokio::time::timeout(WAIT_FOR_RENDER, notified).await;
        }
    }
}

/// The middleware: serves cached pages, stores cacheable ones, and counts writes.
pub async fn layer(State(cache): State<PageCache>, req: Request, next: Next) -> Response {
    let method = req.method().clone();
    if method != Method::GET {
        let mut res = next.run(req).await;
        // Anything but a known declaration counts as "everything changed".
        let changed = take_header(res.headers_mut(), CHANGED).and_then(|v| match v.as_bytes() {
            b"nothing" => Some(Changed::Nothing),
            b"answers" => Some(Changed::Answers),
            _ => None,
        });
        let read = take_header(res.headers_mut(), PUBLIC).is_some();
        let safe = matches!(method, Method::HEAD | Method::OPTIONS);
        if !safe && !read && (res.status().is_success() || res.status().is_redirection()) {
            cache.bump(changed);
        }
        return res;
    }
    let key = if cache.inner.ttl.is_zero() { None } else { key(&req) };
    let Some(key) = key else {
        let mut res = next.run(req).await;
        take_header(res.headers_mut(), PUBLIC);
        take_header(res.headers_mut(), CHANGED);
        return res;
    };
    let mut now = cache.epochs();
    let mut rendering = None;
    if let Some(page) = cache.inner.pages.get(&key) {
        let asked = req.headers().get(header::IF_NONE_MATCH).cloned();
        match cache.state(&page, now) {
            Freshness::Fresh => return page.response(asked.as_ref()),
            Freshness::Aging if page.refresh.started.swap(true, Ordering::AcqRel) => return page.response(asked.as_ref()),
            Freshness::Stale if page.refresh.started.swap(true, Ordering::AcqRel) => {
                page.rendered().await;
                now = cache.epochs();
                if let Some(again) = cache.inner.pages.get(&key)
                    && matches!(cache.state(&again, now), Freshness::Fresh)
                {
                    return again.response(asked.as_ref());
                }
            }
            Freshness::Aging | Freshness::Stale => rendering = Some(Rendering(page)),
        }
    }
    let mut res = next.run(req).await;
    take_header(res.headers_mut(), CHANGED);
    let Some(depends) = take_header(res.headers_mut(), PUBLIC) else {
        return res;
    };
    if res.status() != StatusCode::OK || res.headers().contains_key(header::SET_COOKIE) {
        return res;
    }
    let depends = if depends.as_bytes() == b"answers" { Depends::Answers } else { Depends::Content };
    let (parts, body) = res.into_parts();
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(err) => {
            tracing::warn!(error = %err, "page cache: the page could not be read");
            return Response::from_parts(parts, Body::empty());
        }
    };
    if body.len() <= MAX_PAGE {
        let headers_size: usize = parts.headers.iter().map(|(k, v)| k.as_str().len() + v.len()).sum();
        let page = Page {
            status: parts.status,
            headers: parts.headers.clone(),
            body: body.clone(),
            depends,
            seen: now,
            stored: Instant::now(),
            weight: (body.len() + headers_size) as u64,
            refresh: Refresh::default(),
        };
        cache.inner.pages.insert(key, Arc::new(page));
    }
    drop(rendering);
    Response::from_parts(parts, Body::from(body))
}

/// The cache key, or `None` when this request must not be answered from the cache (any cookie
/// but the language one: a session, answers in progress, "already answered"). The language the
/// server negotiated stands for the language cookie and `Accept-Language`.
fn key(req: &Request) -> Option<String> {
    let headers = req.headers();
    if !anonymous(headers) {
        return None;
    }
    let lang = req.extensions().get::<Locale>().copied().unwrap_or_default();
    let encoding = headers.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or("");
    Some(format!("{}\n{}\n{encoding}", req.uri(), lang.tag()))
}

/// Whether a request carries nothing personal: no cookie but the language one (no session, no
/// answers in progress, no "already answered"). Only such requests share pages; any other answer
/// is personal and never stored by a browser or proxy either (see the server's `private_pages`).
pub fn anonymous(headers: &HeaderMap) -> bool {
    headers.get_all(header::COOKIE).iter().all(|value| {
        value.to_str().is_ok_and(|v| {
            v.split(';')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .all(|c| c.strip_prefix(LANG_COOKIE).is_some_and(|rest| rest.starts_with('=')))
        })
    })
}

fn take_header(headers: &mut HeaderMap, name: &'static str) -> Option<HeaderValue> {
    headers.remove(header::HeaderName::from_static(name))
}
