//! The one Markdown sanitiser. Everything people write in paragraphs — consultation comments,
//! association positions, forum posts, focus-group minutes — is stored as they typed it and shown
//! through [`to_html`]: CommonMark (pulldown-cmark) for paragraphs, emphasis, lists, quotes, code
//! and links; raw HTML in the text shown as text, never passed on; then ammonia with a short
//! allowlist, so no script, event handler, style or `javascript:` link reaches a page whatever
//! the input.

use std::{collections::HashSet, sync::LazyLock};

use pulldown_cmark::{Event, Options, Parser, html};

/// The elements a rendered text may hold.
const TAGS: &[&str] = &["p", "br", "em", "strong", "del", "a", "ul", "ol", "li", "blockquote", "code", "pre"];
/// The link schemes allowed (relative links too).
const SCHEMES: &[&str] = &["http", "https", "mailto"];

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(TAGS.iter().copied().collect::<HashSet<_>>())
        .tag_attributes([("a", ["href"].into_iter().collect::<HashSet<_>>())].into_iter().collect())
        .url_schemes(SCHEMES.iter().copied().collect::<HashSet<_>>())
        // Links people post are theirs, not the platform's endorsement.
        .link_rel(Some("nofollow ugc noopener noreferrer"))
        .clean_content_tags(["script", "style"].into_iter().collect::<HashSet<_>>())
        .strip_comments(true);
    builder
});

/// Safe HTML for `source` (Markdown as someone typed it).
pub fn to_html(source: &str) -> String {
    let parser = Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH).map(|event| match event {
        // Raw HTML is someone's text: show it, do not run it.
        Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
        other => other,
    });
    let mut raw = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut raw, parser);
    CLEANER.clean(&raw).to_string()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Every tag of `html` with its attributes, lowercased: (name, [(attribute, value)]).
    /// (Read with the html5ever parser ammonia itself uses, as a browser would read the page.)
    fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
        let fragment = scraper::Html::parse_fragment(html);
        fragment
            .tree
            .nodes()
            .filter_map(|node| node.value().as_element().map(|e| (e.name().to_lowercase(), e.attrs().map(|(k, v)| (k.to_lowercase(), v.to_lowercase())).collect())))
            .collect()
    }

    fn assert_safe(source: &str) {
        let html = to_html(source);
        for (name, attrs) in tags(&html) {
            // The parser's own wrapper (html, body) holds the fragment; it has no attributes.
            if matches!(name.as_str(), "html" | "body") && attrs.is_empty() {
                continue;
            }
            assert!(TAGS.contains(&name.as_str()), "tag {name:?} from {source:?}: {html}");
            for (key, value) in attrs {
                assert!(matches!(key.as_str(), "href" | "rel"), "attribute {key:?} from {source:?}: {html}");
                if key == "href" {
                    // As a browser reads a link: tabs and line breaks dropped, leading spaces
                    // and controls trimmed; a scheme is letters, digits, + - . before a colon.
                    let url: String = value.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
                    let url = url.trim_start_matches(|c: char| c <= ' ');
                    let scheme = url.split_once(':').map(|(s, _)| s).filter(|s| {
                        s.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && s.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                    });
                    assert!(scheme.is_none_or(|s| SCHEMES.contains(&s)), "link {value:?} from {source:?}: {html}");
                }
            }
        }
        assert!(!html.to_lowercase().contains("<script"), "{html}");
    }

    #[test]
    fn paragraphs_emphasis_lists_and_links_survive() {
        let html = to_html("First *idea*.\n\nSecond **one** with a [link](https://example.org/a?b=1).\n\n- a\n- b");
        assert_eq!(
            html,
            "<p>First <em>idea</em>.</p>\n<p>Second <strong>one</strong> with a <a href=\"https://example.org/a?b=1\" rel=\"nofollow ugc noopener noreferrer\">link</a>.</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"
        );
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        assert_eq!(to_html("<b>bold</b> & <i>x</i>"), "<p>&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;x&lt;/i&gt;</p>\n");
    }

    /// Known cross-site scripting vectors (after OWASP's filter evasion cheat sheet).
    const VECTORS: &[&str] = &[
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//xss.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](java\tscript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](vbscript:msgbox(1))",
        "![x](javascript:alert(1))",
        "![x\" onerror=\"alert(1)](https://example.org/i.png)",
        "<iframe src=javascript:alert(1)>",
        "<body onload=alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "[x](<javascript:alert(1)>)",
        "<https://example.org/\" onmouseover=\"alert(1)>",
        "<javascript:alert(1)>",
        "[a]: javascript:alert(1)\n\n[x][a]",
        "```\n<script>alert(1)</script>\n```",
        "<details open ontoggle=alert(1)>",
        "<form action=javascript:alert(1)><button>x</button></form>",
        "<object data=javascript:alert(1)>",
        "<embed src=javascript:alert(1)>",
        "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
        "<base href=javascript:alert(1)//>",
    ];

    #[test]
    fn known_attack_vectors_are_neutralised() {
        for vector in VECTORS {
            assert_safe(vector);
        }
        // What a link may not be is dropped, its text kept.
        assert_eq!(to_html("[x](javascript:alert(1))"), "<p><a rel=\"nofollow ugc noopener noreferrer\">x</a></p>\n");
    }

    /// What attacks are built from.
    const PIECES: &[&str] = &[
        "<", ">", "\"", "'", "=", "/", " ", "\n", "&#", "javascript:", "JaVaScRiPt:", "data:", "vbscript:", "alert(1)", "script", "img",
        "svg", "iframe", " onerror=", " onload=", " onclick=", "src=", "href=", "style=", "[", "]", "(", ")", "!", "<a ", "</a>", "`", "*",
        "-", ":", "x", "\t",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

        /// Anything typed, made of the pieces attacks are built from, comes out safe.
        #[test]
        fn generated_input_never_carries_script(parts in proptest::collection::vec(prop_oneof![
            proptest::sample::select(PIECES).prop_map(str::to_owned),
            "[a-zA-Z0-9 <>\"'=:/()\\[\\]!&#;`*-]{0,6}",
        ], 0..40)) {
            let source: String = parts.concat();
            assert_safe(&source);
        }
    }
}
