//! The forum's rules that need no database: limits, paging by post number, the category a
//! thread may be in, what counts as a link in a post, what a new account may do, and the text
//! a quote puts in a reply.

/// Longest thread title, in characters.
pub const TITLE_MAX: usize = 200;
/// Longest post, in characters.
pub const POST_MAX: usize = 10_000;
/// Longest outcome summary, in characters.
pub const OUTCOME_MAX: usize = 4_000;
/// Posts on a page of a thread.
pub const POSTS_PER_PAGE: i32 = 20;
/// Threads on a page of the forum.
pub const THREADS_PER_PAGE: u64 = 30;
/// Measures a thread may be tied to.
pub const MEASURES_MAX: usize = 10;
/// The category of threads about no area in particular.
pub const GENERAL: &str = "general";
/// An account is new for this many days after it was made.
pub const NEW_ACCOUNT_DAYS: i64 = 7;
/// Posts (threads included) a new account may write in an hour.
pub const NEW_POSTS_PER_HOUR: i32 = 3;
/// Links a new account's post may carry.
pub const NEW_LINKS_MAX: usize = 2;

/// The page of a thread that post `number` is on.
pub fn page_of(number: i32) -> i32 {
    (number.max(1) - 1) / POSTS_PER_PAGE + 1
}

/// How many pages a thread of `posts` posts has.
pub fn pages(posts: i32) -> i32 {
    page_of(posts.max(1))
}

/// The numbers of the posts on `page` (clamped to the thread's pages).
pub fn numbers_on(page: i32, posts: i32) -> (i32, i32) {
    let page = page.clamp(1, pages(posts));
    let first = (page - 1) * POSTS_PER_PAGE + 1;
    (first, first + POSTS_PER_PAGE - 1)
}

/// Links to other sites in a post: addresses written out (`https://…`, `www.…`), linked or not.
/// Links within this site (`/plans/…`) are not counted.
pub fn links_in(body: &str) -> usize {
    let lower = body.to_lowercase();
    lower.matches("://").count() + lower.match_indices("www.").filter(|(i, _)| !lower[..*i].ends_with("://")).count()
}

/// A post's text: trimmed, `None` if nothing is left.
pub fn post_text(body: &str) -> Option<&str> {
    let body = body.trim();
    (!body.is_empty()).then_some(body)
}

/// A quote of `body` (by `author`) to start a reply with: each line behind `> `, then an empty
/// line to write under.
pub fn quoted(author: &str, body: &str) -> String {
    let mut out = String::new();
    if !author.is_empty() {
        out.push_str("> **");
        out.push_str(&author.replace(['*', '\n', '\r'], ""));
        out.push_str("**:\n>\n");
    }
    for line in body.lines() {
        out.push_str("> ");
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
    out
}

/// How a follower hears of new posts: an email per post, or a daily digest.
pub const FOLLOW_MODES: [&str; 2] = ["instant", "daily"];

/// Words a search may hold, and the longest word kept.
pub const SEARCH_WORDS_MAX: usize = 8;
pub const SEARCH_WORD_MAX: usize = 60;
/// Words shorter than this (in characters) are not in the search index (it is made of groups of
/// three characters); they narrow what longer words found, or are looked for one by one.
pub const INDEXED_MIN: usize = 3;

/// The words of a search: split at spaces, without surrounding punctuation, each once, at most
/// [`SEARCH_WORDS_MAX`] of at most [`SEARCH_WORD_MAX`] characters.
pub fn search_words(query: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in query.split_whitespace() {
        let word: String = word.trim_matches(|c: char| c.is_ascii_punctuation() || c.is_control()).chars().take(SEARCH_WORD_MAX).collect();
        if !word.is_empty() && !out.contains(&word) && out.len() < SEARCH_WORDS_MAX {
            out.push(word);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posts_keep_their_page() {
        assert_eq!(page_of(1), 1);
        assert_eq!(page_of(20), 1);
        assert_eq!(page_of(21), 2);
        assert_eq!(pages(0), 1);
        assert_eq!(pages(40), 2);
        assert_eq!(pages(41), 3);
        assert_eq!(numbers_on(2, 41), (21, 40));
        assert_eq!(numbers_on(9, 41), (41, 60), "a page past the end shows the last");
        assert_eq!(numbers_on(0, 41), (1, 20));
    }

    #[test]
    fn links_to_other_sites_are_counted_once_each() {
        assert_eq!(links_in("see /plans/v/measures/A-1"), 0);
        assert_eq!(links_in("[a](https://a.pt) and www.b.pt and HTTP://c.pt"), 3);
        assert_eq!(links_in("https://www.a.pt"), 1, "one address, not two");
    }

    #[test]
    fn a_search_is_a_few_words_without_punctuation() {
        assert_eq!(search_words("  \"Setúbal,\" aulas  aulas (noite) "), ["Setúbal", "aulas", "noite"]);
        assert_eq!(search_words("'; DROP TABLE --"), ["DROP", "TABLE"]);
        assert!(search_words(" ?! ").is_empty());
        assert_eq!(search_words("a b c d e f g h i j").len(), SEARCH_WORDS_MAX);
    }

    #[test]
    fn a_quote_marks_every_line_and_cannot_break_out() {
        let q = quoted("Ana **x**", "one\ntwo");
        assert_eq!(q, "> **Ana x**:\n>\n> one\n> two\n\n");
        assert_eq!(quoted("", "a"), "> a\n\n");
    }
}
