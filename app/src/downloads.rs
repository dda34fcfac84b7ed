//! Downloads every feature offers, in one place: CSV that spreadsheets open safely (UTF-8 with a
//! byte order mark, CRLF, every text cell a spreadsheet could take for a formula neutralised),
//! bodies streamed a batch at a time in flat memory, and the attachment response (never cached).

use axum::{
    body::Body,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};

/// The byte order mark spreadsheets need to read UTF-8.
pub const BOM: &str = "\u{feff}";

/// Characters a spreadsheet may skip before it decides a cell is a formula: spaces and
/// invisible format characters (zero-width space and joiners, word joiner, bidi marks and
/// isolates, soft hyphen, byte order mark).
fn is_skippable(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// What starts a formula in some spreadsheet: `=`, `+`, `-`, `@`, their full-width forms
/// (`＝`, `＋`, `－`, `＠`, which some spreadsheets fold to ASCII), and the minus sign.
fn starts_formula(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\u{FF1D}' | '\u{FF0B}' | '\u{FF0D}' | '\u{FF20}' | '\u{2212}' | '\u{FE62}' | '\u{FE63}' | '\u{FE66}')
}

/// A text cell a spreadsheet could run as a formula gets a leading apostrophe, so it shows as the
/// text it is: one that starts with a formula character (after any spaces or invisible
/// characters), or with a tab or carriage return.
pub fn neutralize(cell: &str) -> String {
    let risky = cell.starts_with(['\t', '\r']) || cell.chars().find(|c| !is_skippable(*c)).is_some_and(starts_formula);
    if risky { format!("'{cell}") } else { cell.to_owned() }
}

/// Appends `rows` to `out` as CSV records (CRLF). Cells are written as given: neutralise text
/// cells first.
pub fn write_csv(out: &mut Vec<u8>, rows: &[Vec<String>]) {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(out);
    for row in rows {
        if let Err(err) = writer.write_record(row) {
            tracing::error!(error = %err, "csv row");
        }
    }
    if let Err(err) = writer.flush() {
        tracing::error!(error = %err, "csv flush");
    }
}

/// A body made a batch at a time: `next(after, first)` turns the batch after key `after` (0 at
/// first) into bytes and says the last key it held, or `None` when it was the last batch.
/// Memory stays at one batch; an error ends the body.
pub fn batched<F, Fut>(next: F) -> impl futures::Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static
where
    F: Fn(i64, bool) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<(Vec<u8>, Option<i64>), std::io::Error>> + Send + 'static,
{
    use futures::StreamExt;
    let next = std::sync::Arc::new(next);
    // Fused: the compression layer polls a body once more after its end, and a bare `unfold`
    // panics when polled after it finished (which made every compressed export empty).
    futures::stream::unfold(Some((0i64, true)), move |state| {
        let next = next.clone();
        async move {
            let (after, first) = state?;
            match next(after, first).await {
                Ok((bytes, last)) => Some((Ok(bytes), last.map(|l| (l, false)))),
                Err(e) => {
                    tracing::error!(error = %e, "download stopped");
                    Some((Err(e), None))
                }
            }
        }
    })
    .fuse()
}

/// A download: `filename` as an attachment, never cached.
pub fn attachment(content_type: &'static str, filename: String, body: Body) -> Response {
    let disposition = format!("attachment; filename=\"{filename}\"");
    let mut response = (StatusCode::OK, [(header::CONTENT_TYPE, content_type)], body).into_response();
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        response.headers_mut().insert(header::CONTENT_DISPOSITION, value);
    }
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
