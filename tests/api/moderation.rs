//! Moderation of consultation comments (issue 12, item 6): flags by three different people hide
//! a comment until a moderator decides; moderators hide with a reason, remove or restore, from
//! the queue or in place; every decision is in the plan's public log (naming no one) and in the
//! audit log; an author's "delete" is not a moderator's "remove"; bad input changes nothing.

use ponte_app::{
    accounts::roles::Role,
    entity::{audit_log, consultation_comments, moderation_flags, moderation_log},
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    accounts::{form_post, outcome, signed_in},
    consultations::{MEASURE, comment, name, open, without_the_demo_consultation},
    surveys::{PLAN, make, once, page},
    text, texts,
};

const BODY: &str = "Classes at night, please: many of us work until 19:00.";

fn measure() -> String {
    format!("/plans/{PLAN}/measures/{MEASURE}")
}

async fn flag(app: &TestApp, client: &reqwest::Client, item: i32, reason: &str) -> String {
    let form = [("kind", "consultation_comment"), ("item", &item.to_string()), ("reason", reason)];
    outcome(form_post(app, client, "/api/moderation/flag", &measure(), &form).await).await
}

async fn decide(app: &TestApp, client: &reqwest::Client, kind: &str, item: i32, decision: &str, reason: &str, back: &str) -> String {
    let form = [("kind", kind), ("item", &item.to_string()), ("decision", decision), ("reason", reason), ("back", back)];
    let from = if back == "queue" { format!("/plans/{PLAN}/moderation") } else { measure() };
    outcome(form_post(app, client, "/api/moderation/decide", &from, &form).await).await
}

async fn state(app: &TestApp, id: i32) -> String {
    consultation_comments::Entity::find_by_id(id).one(&app.db).await.expect("q").expect("comment").state
}

async fn logged(app: &TestApp) -> Vec<(String, String)> {
    let rows = moderation_log::Entity::find().all(&app.db).await.expect("q");
    rows.into_iter().map(|r| (r.action, r.reason)).collect()
}

async fn audited(app: &TestApp, action: &str) -> u64 {
    audit_log::Entity::find().filter(audit_log::Column::Action.eq(action)).count(&app.db).await.expect("count")
}

/// An open consultation with one comment by `author@example.org`; the comment's id.
async fn commented(app: &TestApp) -> i32 {
    without_the_demo_consultation(app).await;
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    assert!(open(app, &facilitator, &once(), &[]).await.ends_with("/consultations/c1"));
    let author = signed_in(app, "author@example.org").await;
    let sent = comment(app, &author, &[("body", BODY)]).await;
    sent.rsplit("#comment-").next().and_then(|id| id.parse().ok()).unwrap_or_else(|| panic!("a comment: {sent}"))
}

async fn three_flags_hide_a_comment_until_a_moderator_decides(app: &TestApp) {
    let id = commented(app).await;
    let shown = format!("#comment-{id}");
    let author = signed_in(app, "author@example.org").await;
    let readers = [signed_in(app, "a@example.org").await, signed_in(app, "b@example.org").await, signed_in(app, "c@example.org").await];

    // Flag forms for others, none on one's own comment; and one's own is refused by the server.
    let (_, html) = page(app, &readers[0], &measure()).await;
    assert_eq!(texts(&html, &format!("{shown} .flag-form summary")), ["Flag"]);
    let (_, html) = page(app, &author, &measure()).await;
    assert!(texts(&html, &format!("{shown} .flag-form")).is_empty());
    let own = flag(app, &author, id, "spam").await;
    assert!(own.contains("You cannot flag what you wrote yourself"), "{own}");
    assert_eq!(moderation_flags::Entity::find().count(&app.db).await.expect("count"), 0);

    // One flag: thanked, still visible; flagging twice counts once.
    let back = flag(app, &readers[0], id, "spam").await;
    assert_eq!(back, format!("{}?flagged={id}#comment-{id}", measure()));
    let (_, html) = page(app, &readers[0], &back).await;
    assert_eq!(text(&html, &format!("{shown} [role=status]")), "Thank you: a moderator will look at it.");
    flag(app, &readers[0], id, "abusive").await;
    assert_eq!(moderation_flags::Entity::find().count(&app.db).await.expect("count"), 1);
    flag(app, &readers[1], id, "abusive").await;
    assert_eq!(state(app, id).await, "visible", "two people are not enough");

    // The third person hides it, pending review: its text leaves the page, a placeholder stays.
    flag(app, &readers[2], id, "spam").await;
    assert_eq!(state(app, id).await, "hidden");
    let (_, html) = page(app, &app.client(), &measure()).await;
    assert!(!html.contains("many of us work until 19:00"), "the hidden text is not sent");
    assert_eq!(text(&html, &format!("{shown} .placeholder")), "This comment is hidden until a moderator reviews it. Moderation log");
    assert_eq!(logged(app).await, [("hidden_by_flags".to_owned(), "spam".to_owned())]);
    // A fourth flag on a hidden comment changes nothing.
    let fourth = signed_in(app, "d@example.org").await;
    flag(app, &fourth, id, "other").await;
    assert_eq!(logged(app).await.len(), 1);

    // The public log says what and why, naming no one; the queue is for moderators only.
    let log = format!("/plans/{PLAN}/moderation");
    let (status, html) = page(app, &app.client(), &log).await;
    assert_eq!(status, 200);
    assert_eq!(texts(&html, "table tbody tr td:nth-child(2)"), ["Hidden after several people flagged it"]);
    assert_eq!(texts(&html, "table tbody tr td:nth-child(3)"), ["Spam or advertising"]);
    assert!(texts(&html, "#queue").is_empty());
    for private in ["example.org", "author", BODY] {
        assert!(!text(&html, "main").contains(private), "{private} in the public log");
    }
    let facilitator = signed_in(app, "f@example.org").await;
    let (_, html) = page(app, &facilitator, &log).await;
    let queued = format!("#queued-consultation_comment-{id}");
    assert_eq!(text(&html, &format!("{queued} blockquote")), BODY);
    assert_eq!(texts(&html, &format!("{queued} ul li")), ["Spam or advertising: 2", "Abusive or hateful: 1"]);

    // Residents and readers decide nothing.
    for who in [&readers[0], &author] {
        let refused = decide(app, who, "consultation_comment", id, "restore", "", "queue").await;
        assert!(refused.contains("__err="), "{refused}");
    }
    assert_eq!(state(app, id).await, "hidden");

    // The facilitator restores it from the queue: visible again, the flags settled, audited.
    assert_eq!(decide(app, &facilitator, "consultation_comment", id, "restore", "", "queue").await, format!("{log}#queue"));
    assert_eq!(state(app, id).await, "visible");
    let (_, html) = page(app, &facilitator, &log).await;
    assert_eq!(text(&html, "#queue p.muted"), "Nothing is waiting for a decision.");
    assert_eq!(audited(app, "moderation.restored").await, 1);
    // Earlier flaggers do not hide it again; it takes new people.
    for reader in &readers {
        flag(app, reader, id, "spam").await;
    }
    assert_eq!(state(app, id).await, "visible");

    // A reply stays when a moderator removes the comment it answers, in place and with a reason.
    let reply = comment(app, &readers[0], &[("parent", &id.to_string()), ("anchor", ""), ("body", "Concordo.")]).await;
    assert!(reply.contains("#comment-"), "{reply}");
    assert!(decide(app, &facilitator, "consultation_comment", id, "remove", "", "").await.contains("Give the reason"), "removing needs a reason");
    assert_eq!(decide(app, &facilitator, "consultation_comment", id, "remove", "personal_data", "").await, format!("{}?moderated={id}#comment-{id}", measure()));
    let (_, html) = page(app, &app.client(), &measure()).await;
    assert_eq!(text(&html, &format!("{shown} > .placeholder")), "A moderator removed this comment. Moderation log");
    assert_eq!(texts(&html, &format!("{shown} .replies .comment-body")), ["Concordo."]);
    assert_eq!(audited(app, "moderation.removed").await, 1);
    let actions: Vec<String> = logged(app).await.into_iter().map(|(a, _)| a).collect();
    assert_eq!(actions, ["hidden_by_flags", "restored", "removed"]);

    // Decisions that do not apply, or are malformed, change nothing.
    let before = logged(app).await.len();
    for (kind, decision, reason, message) in [
        ("consultation_comment", "hide", "spam", "This decision does not apply"),
        ("consultation_comment", "ban", "spam", "Something in this form is not allowed."),
        ("consultation_comment", "restore", "<script>", "Something in this form is not allowed."),
        // A kind of item that does not exist is refused (no form on the page could have sent it).
        ("user", "hide", "spam", ""),
    ] {
        let refused = decide(app, &facilitator, kind, id, decision, reason, "").await;
        assert!(refused.starts_with("refused") && refused.contains(message), "{kind} {decision}: {refused}");
    }
    assert!(decide(app, &facilitator, "consultation_comment", 999_999, "hide", "spam", "").await.starts_with("refused"));
    assert!(flag(app, &fourth, id, "nonsense").await.contains("Something in this form is not allowed."));
    assert_eq!(logged(app).await.len(), before);
    assert_eq!(state(app, id).await, "removed");

    // A deployment moderator restores it.
    make(app, "mod@example.org", Role::Moderator).await;
    let moderator = signed_in(app, "mod@example.org").await;
    assert!(decide(app, &moderator, "consultation_comment", id, "restore", "", "").await.contains("moderated="));
    assert_eq!(state(app, id).await, "visible");
}

async fn flags_sent_at_once_hide_a_comment_once(app: &TestApp) {
    let id = commented(app).await;
    let mut readers = Vec::new();
    for n in 0..6 {
        readers.push(signed_in(app, &format!("r{n}@example.org")).await);
    }
    let sent = futures::future::join_all(readers.iter().map(|r| flag(app, r, id, "abusive"))).await;
    assert!(sent.iter().all(|s| s.contains("flagged=")), "{sent:?}");
    assert_eq!(state(app, id).await, "hidden");
    assert_eq!(logged(app).await, [("hidden_by_flags".to_owned(), "abusive".to_owned())], "hidden once");
}

async fn authors_delete_their_own_comments_and_nobody_else_s(app: &TestApp) {
    let id = commented(app).await;
    name(app, "author@example.org", "Ana Autora").await;
    let author = signed_in(app, "author@example.org").await;
    let other = signed_in(app, "other@example.org").await;
    let shown = format!("#comment-{id}");
    comment(app, &other, &[("parent", &id.to_string()), ("anchor", ""), ("body", "Também acho.")]).await;
    let delete = |client: reqwest::Client, id: i32| async move {
        let form = [("plan", PLAN), ("code", MEASURE), ("id", &id.to_string())];
        outcome(form_post(app, &client, "/api/consultations/delete", &measure(), &form).await).await
    };
    let (_, html) = page(app, &other, &measure()).await;
    assert!(texts(&html, &format!("{shown} > .comment-actions .delete-form")).is_empty(), "no delete button on others' comments");
    assert!(delete(other.clone(), id).await.contains("Only its author can delete this."));
    assert_eq!(state(app, id).await, "visible");

    let (_, html) = page(app, &author, &measure()).await;
    assert_eq!(texts(&html, &format!("{shown} > .comment-actions .delete-form summary")), ["Delete"]);
    assert_eq!(delete(author.clone(), id).await, format!("{}#comment-{id}", measure()));
    let row = consultation_comments::Entity::find_by_id(id).one(&app.db).await.expect("q").expect("row");
    assert_eq!((row.state.as_str(), row.body.as_str(), row.body_html.as_str()), ("deleted", "", ""), "the text is gone from the database");
    let (_, html) = page(app, &app.client(), &measure()).await;
    assert_eq!(text(&html, &format!("{shown} > .placeholder")), "Its author deleted this comment.");
    assert!(!text(&html, &format!("{shown} > .comment-meta")).contains("resident"), "nor who wrote it");
    assert_eq!(texts(&html, &format!("{shown} .replies .comment-body")), ["Também acho."], "the reply stays");
    // Deleting is not moderating: nothing in the log, nothing a moderator can undo.
    assert!(logged(app).await.is_empty());
    let facilitator = signed_in(app, "f@example.org").await;
    assert!(decide(app, &facilitator, "consultation_comment", id, "restore", "", "").await.contains("This decision does not apply"));
    assert!(delete(author, id).await.contains("not there any more"), "deleting twice");
}

backends!(
    three_flags_hide_a_comment_until_a_moderator_decides,
    flags_sent_at_once_hide_a_comment_once,
    authors_delete_their_own_comments_and_nobody_else_s
);
