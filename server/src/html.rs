//! What the server changes in its answers for the browser, after the app has written them:
//!
//! - `tidy`: pages leave as standard HTML. Leptos separates adjacent text nodes with `<!>`, a
//!   marker only hydration needs; Ponte does not hydrate (README, "How pages reach the
//!   browser"), and the Nu Html Checker rejects the marker as a bogus comment, so it is taken
//!   out, and so are the empty hydration-state scripts Leptos appends after `</html>`. Typed
//!   text can never produce either: text and attribute values are escaped (`<` becomes `&lt;`),
//!   and the only scripts are the module loader and JSON data with `<` escaped.
//! - `enhanced_redirects`: a form sent by the enhancement module (`X-Ponte-Enhanced`) is
//!   answered `200` with the redirect's target in `X-Ponte-Location`, fragment included; the
//!   module fetches it itself (`fetch` would follow the redirect and lose the fragment).

use axum::{
    body::Body,
    extract::Request,
    http::{HeaderName, HeaderValue, StatusCode, header},
    middleware::Next,
    response::Response,
};

/// The request header the enhancement module sends with a form.
pub const ENHANCED: HeaderName = HeaderName::from_static("x-ponte-enhanced");
/// The response header with the page a redirect leads to, for the enhancement module.
pub const LOCATION: HeaderName = HeaderName::from_static("x-ponte-location");

/// The largest page read whole to tidy (a page of printed codes is the biggest, ~1 MiB).
const MAX_PAGE: usize = 32 * 1024 * 1024;

/// Takes the hydration markers out of every HTML answer.
pub async fn tidy(req: Request, next: Next) -> Response {
    let response = next.run(req).await;
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !html {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, MAX_PAGE).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "page could not be read to tidy it");
            parts.status = StatusCode::INTERNAL_SERVER_ERROR;
            parts.headers.remove(header::CONTENT_LENGTH);
            return Response::from_parts(parts, Body::empty());
        }
    };
    let tidied = without_markers(&bytes);
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(tidied))
}

/// `html` without any `<!>` and without anything after its `</html>`.
fn without_markers(html: &[u8]) -> Vec<u8> {
    const MARKER: &[u8] = b"<!>";
    const END: &[u8] = b"</html>";
    let html = match memchr::memmem::rfind(html, END) {
        Some(at) => &html[..at + END.len()],
        None => html,
    };
    let mut out = Vec::with_capacity(html.len());
    let mut from = 0;
    for at in memchr::memmem::find_iter(html, MARKER) {
        out.extend_from_slice(&html[from..at]);
        from = at + MARKER.len();
    }
    out.extend_from_slice(&html[from..]);
    out
}

/// Turns a redirect answering an enhanced form into `200` + [`LOCATION`].
pub async fn enhanced_redirects(req: Request, next: Next) -> Response {
    let enhanced = req.headers().contains_key(ENHANCED);
    let mut response = next.run(req).await;
    if !enhanced || !response.status().is_redirection() {
        return response;
    }
    let Some(location) = response.headers_mut().remove(header::LOCATION) else { return response };
    *response.status_mut() = StatusCode::OK;
    response.headers_mut().insert(LOCATION, location);
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_go_and_everything_else_stays() {
        assert_eq!(without_markers(b"<p>a<!>b</p><!><!>"), b"<p>ab</p>".to_vec());
        assert_eq!(without_markers(b"&lt;!&gt; <!-- c --> <!"), b"&lt;!&gt; <!-- c --> <!".to_vec());
        assert_eq!(without_markers("ação<!>ü".as_bytes()), "açãoü".as_bytes().to_vec());
        assert_eq!(
            without_markers(b"<html><body>x</body></html><script>__RESOLVED_RESOURCES=[];</script>"),
            b"<html><body>x</body></html>".to_vec()
        );
    }
}
