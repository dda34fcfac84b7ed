//! The forum (issue 14): threads in the plan's areas, posts in sanitised Markdown with quotes,
//! edits (kept for moderators) and deletion; pinned and locked threads; flags and moderators'
//! decisions through the shared moderation; limits on new accounts; a facilitator's outcome
//! that closes a thread and becomes evidence for a measure. Bad input changes nothing.

use ponte_app::{
    accounts::roles::Role,
    entity::{audit_log, forum_follows, forum_post_edits, forum_posts, forum_threads, moderation_log, outbox, users},
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, sea_query::Expr};

use crate::{
    accounts::{form_post, outcome, signed_in},
    consultations::name,
    surveys::{PLAN, make, once, page},
    text, texts,
};

fn forum() -> String {
    format!("/plans/{PLAN}/forum")
}

async fn thread_id(app: &TestApp, title: &str) -> i32 {
    forum_threads::Entity::find().filter(forum_threads::Column::Title.eq(title)).one(&app.db).await.expect("q").expect("thread").id
}

async fn post_of(app: &TestApp, thread: i32, number: i32) -> forum_posts::Model {
    forum_posts::Entity::find()
        .filter(forum_posts::Column::ThreadId.eq(thread))
        .filter(forum_posts::Column::Number.eq(number))
        .one(&app.db)
        .await
        .expect("q")
        .expect("post")
}

async fn threads(app: &TestApp) -> u64 {
    forum_threads::Entity::find().count(&app.db).await.expect("count")
}

async fn posts(app: &TestApp) -> u64 {
    forum_posts::Entity::find().count(&app.db).await.expect("count")
}

/// Makes `email`'s account older than the new-account limits.
async fn settle(app: &TestApp, email: &str) {
    users::Entity::update_many()
        .col_expr(users::Column::CreatedAt, Expr::value(chrono::Utc::now() - chrono::Duration::days(30)))
        .filter(users::Column::Email.eq(email))
        .exec(&app.db)
        .await
        .expect("settle");
}

/// A signed-in person whose account is a month old.
async fn resident(app: &TestApp, email: &str) -> reqwest::Client {
    let client = signed_in(app, email).await;
    settle(app, email).await;
    client
}

async fn post(app: &TestApp, client: &reqwest::Client, endpoint: &str, from: &str, form: &[(&str, &str)]) -> String {
    outcome(form_post(app, client, &format!("/api/forum/{endpoint}"), from, form).await).await
}

/// Opens a thread with `changes` to a valid form (token `token`); where the server sent it.
async fn open(app: &TestApp, client: &reqwest::Client, token: &str, changes: &[(&str, &str)]) -> String {
    let mut form: Vec<(&str, &str)> = vec![
        ("plan", PLAN),
        ("category", "MTE"),
        ("measures[]", "VL-MTE-06"),
        ("title", "A bus to the fields at 5 a.m."),
        ("body", "There is **no bus** before 7.\n\n<script>alert(1)</script>"),
        ("lang", "en"),
        ("shown_as", "resident"),
        ("municipality", "ribeira-do-lirio"),
        ("once", token),
    ];
    for (k, v) in changes {
        form.retain(|(name, _)| name != k);
        form.push((k, v));
    }
    post(app, client, "open", &forum(), &form).await
}

async fn reply(app: &TestApp, client: &reqwest::Client, thread: i32, body: &str, quote: &str) -> String {
    let id = thread.to_string();
    let form = [("plan", PLAN), ("thread", id.as_str()), ("body", body), ("lang", "pt-PT"), ("shown_as", "resident"), ("municipality", "ribeira-do-lirio"), ("quote", quote), ("once", &once())];
    post(app, client, "reply", &format!("{}/{thread}", forum()), &form).await
}

async fn the_demo_forum_lists_pinned_threads_first_and_pages_a_long_thread(app: &TestApp) {
    let anonymous = app.client();
    let (status, html) = page(app, &anonymous, &forum()).await;
    assert_eq!(status, 200);
    let cards = texts(&html, ".thread-card h2");
    assert_eq!(cards[0], "Bem-vindos ao fórum do PMIM de Vale do Lírio Pinned", "the pinned thread first");
    assert!(cards.iter().any(|c| c == "Aulas de português à noite Closed with an outcome"), "{cards:?}");
    assert!(cards.iter().any(|c| c == "Дякую за переклади Locked"), "{cards:?}");
    assert!(!html.contains("Cursos certificados"), "the removed spam is not listed");
    assert!(texts(&html, "#new-thread").is_empty(), "no form to open a thread without signing in");
    assert_eq!(text(&html, "main p a[href='/sign-in']"), "Sign in to open a thread or to reply.");
    // A category shows its threads only.
    let (_, html) = page(app, &anonymous, &format!("{}?category=LIN", forum())).await;
    assert_eq!(texts(&html, ".thread-card h2 a"), ["Aulas de português à noite"]);
    assert_eq!(text(&html, "nav.category-nav a[aria-current=page]"), "Language");

    // Forty posts on two pages of twenty; a post's link names its page.
    let id = thread_id(app, "Aulas de português à noite").await;
    let (_, html) = page(app, &anonymous, &format!("{}/{id}", forum())).await;
    let numbers = texts(&html, "ol.posts > li .post-number");
    assert_eq!((numbers.len(), numbers[0].as_str(), numbers[19].as_str()), (20, "#1", "#20"));
    assert_eq!(text(&html, "#post-1 .comment-meta .badge"), "edited");
    assert_eq!(text(&html, "#post-9 p.muted a"), "In reply to #2");
    assert!(text(&html, "#outcome").contains("Tuesdays and Thursdays"), "the outcome in English");
    assert_eq!(text(&html, "p.notice"), "This thread is closed: its outcome is above.");
    assert!(texts(&html, "main form").is_empty(), "the public gets no forms");
    let (_, html) = page(app, &anonymous, &format!("{}/{id}?page=2", forum())).await;
    let numbers = texts(&html, "ol.posts > li .post-number");
    assert_eq!((numbers.len(), numbers[0].as_str(), numbers[19].as_str()), (20, "#21", "#40"));
    // A page past the end shows the last; a thread of another plan or none at all is not found.
    let (_, html) = page(app, &anonymous, &format!("{}/{id}?page=99", forum())).await;
    assert_eq!(texts(&html, "ol.posts > li .post-number")[0], "#21");
    assert_eq!(page(app, &anonymous, &format!("{}/999999", forum())).await.0, 404);
    assert_eq!(page(app, &anonymous, &format!("/plans/monte-claro-2027/forum/{id}")).await.0, 404);

    // The outcome is evidence on the measure page, with a link back to it.
    let (_, html) = page(app, &anonymous, &format!("/plans/{PLAN}/measures/VL-LIN-03")).await;
    let href = format!("/plans/{PLAN}/forum/{id}#outcome");
    assert!(html.contains(&format!("href=\"{href}\"")), "the measure links the thread's outcome");
    assert!(html.contains("Forum (1)"));
}

async fn people_open_threads_reply_quote_edit_and_delete_their_posts(app: &TestApp) {
    let author = resident(app, "author@example.org").await;
    name(app, "author@example.org", "Ana Autora").await;
    let other = resident(app, "other@example.org").await;
    let (before, before_posts) = (threads(app).await, posts(app).await);

    // Bad input: a clear error each time, nothing created.
    let long = "x".repeat(10_001);
    let long_title = "t".repeat(201);
    for (changes, message) in [
        (vec![("title", "  ")], "Write a title"),
        (vec![("title", long_title.as_str())], "too long"),
        (vec![("title", "Aulas\r\nBcc: everyone@example.org")], ""),
        (vec![("title", "Aulas\u{0}à noite")], ""),
        (vec![("body", " \n ")], "Write something before sending"),
        (vec![("body", long.as_str())], "too long"),
        (vec![("category", "NOPE")], ""),
        (vec![("measures[]", "VL-XX-99")], ""),
        (vec![("lang", "not a language")], ""),
        (vec![("shown_as", "resident"), ("municipality", "lisboa")], ""),
    ] {
        let refused = open(app, &author, &once(), &changes).await;
        assert!(refused.starts_with("refused") && refused.contains(message), "{changes:?}: {refused}");
    }
    assert_eq!((threads(app).await, posts(app).await), (before, before_posts), "nothing was created");
    // A refused form comes back with what was typed.
    let res = form_post(app, &author, "/api/forum/open", &forum(), &[("plan", PLAN), ("category", "MTE"), ("title", "Kept <title>"), ("body", ""), ("lang", "en"), ("shown_as", "name"), ("once", &once())]).await;
    let html = res.text().await.expect("body");
    assert_eq!(crate::attr(&html, "#thread-title", "value").as_deref(), Some("Kept <title>"));

    // Opened once, even when the form is sent twice.
    let token = once();
    let by_name = [("shown_as", "name"), ("municipality", "")];
    let to = open(app, &author, &token, &by_name).await;
    assert_eq!(open(app, &author, &token, &by_name).await, to, "a second send goes where the first went");
    assert_eq!(threads(app).await, before + 1);
    let id = thread_id(app, "A bus to the fields at 5 a.m.").await;
    assert_eq!(to, format!("{}/{id}", forum()));
    let (_, html) = page(app, &other, &to).await;
    assert_eq!(text(&html, "h1"), "A bus to the fields at 5 a.m.");
    assert_eq!(text(&html, "#post-1 .comment-body strong"), "no bus");
    assert!(!html.contains("<script>alert"), "no script from a post");
    assert!(text(&html, "#post-1 .comment-meta").contains("Ana Autora"));
    assert!(texts(&html, "main ul.inline-list a")[0].starts_with("VL-MTE-06"), "the measure it is about");

    // Quoting: the reply form starts with the quoted post; the reply says what it answers.
    let first = post_of(app, id, 1).await;
    let (_, html) = page(app, &other, &format!("{to}?quote={}", first.id)).await;
    assert!(text(&html, "#reply-body").starts_with("> **Ana Autora**: > > There is **no bus** before 7."), "{}", text(&html, "#reply-body"));
    assert_eq!(crate::attr(&html, "#reply input[name=quote]", "value").as_deref(), Some("1"));
    let sent = reply(app, &other, id, "Também preciso de transporte.", "1").await;
    assert_eq!(sent, format!("{to}#post-2"));
    let (_, html) = page(app, &author, &to).await;
    assert_eq!(text(&html, "#post-2 p.muted a"), "In reply to #1");
    assert!(reply(app, &other, id, "x", "99").await.starts_with("refused"), "quoting a post that is not there");

    // Editing: only one's own, "edited" shown, the earlier text kept for moderators.
    let edit = |client: reqwest::Client, post: i32, body: &'static str| {
        let to = to.clone();
        async move {
            let id = post.to_string();
            outcome(form_post(app, &client, "/api/forum/edit", &to, &[("plan", PLAN), ("post", id.as_str()), ("body", body)]).await).await
        }
    };
    assert!(edit(other.clone(), first.id, "Mine now").await.contains("Only its author"));
    let (_, html) = page(app, &author, &format!("{to}?edit={}", first.id)).await;
    assert!(text(&html, &format!("#edit-{}", first.id)).starts_with("There is **no bus**"), "the edit form holds the text");
    assert_eq!(edit(author.clone(), first.id, "There is no bus before 7, not even in summer.").await, format!("{to}#post-1"));
    let (_, html) = page(app, &other, &to).await;
    assert_eq!(text(&html, "#post-1 .comment-body"), "There is no bus before 7, not even in summer.");
    assert_eq!(text(&html, "#post-1 .comment-meta .badge"), "edited");
    let kept = forum_post_edits::Entity::find().filter(forum_post_edits::Column::PostId.eq(first.id)).all(&app.db).await.expect("q");
    assert_eq!(kept.len(), 1);
    assert!(kept[0].body.starts_with("There is **no bus**"));
    assert!(edit(author.clone(), first.id, "  ").await.contains("Write something before sending"));
    // Moderators read the earlier texts; nobody else does.
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let history = format!("{}/posts/{}/history", forum(), first.id);
    let (status, html) = page(app, &facilitator, &history).await;
    assert_eq!(status, 200);
    assert!(text(&html, "ol.stack blockquote").starts_with("There is **no bus**"));
    assert_eq!(page(app, &other, &history).await.0, 403);

    // Deleting one's own post: its text goes, its number stays.
    let second = post_of(app, id, 2).await;
    let delete = |client: reqwest::Client, post: i32| {
        let to = to.clone();
        async move {
            let id = post.to_string();
            outcome(form_post(app, &client, "/api/forum/delete", &to, &[("plan", PLAN), ("post", id.as_str())]).await).await
        }
    };
    assert!(delete(author.clone(), second.id).await.contains("Only its author"));
    assert_eq!(delete(other.clone(), second.id).await, format!("{to}#post-2"));
    let row = post_of(app, id, 2).await;
    assert_eq!((row.state.as_str(), row.body.as_str()), ("deleted", ""));
    let (_, html) = page(app, &author, &to).await;
    assert_eq!(text(&html, "#post-2 .placeholder"), "Its author deleted this post.");
    assert_eq!(reply(app, &other, id, "De novo.", "").await, format!("{to}#post-3"), "numbers are never reused");
}

async fn moderators_pin_lock_and_facilitators_close_with_an_outcome_that_is_evidence(app: &TestApp) {
    let author = resident(app, "author@example.org").await;
    let reader = resident(app, "reader@example.org").await;
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let to = open(app, &author, &once(), &[]).await;
    let id = thread_id(app, "A bus to the fields at 5 a.m.").await;
    let thread = id.to_string();
    let keep = |client: reqwest::Client, keeping: &'static str| {
        let (thread, to) = (thread.clone(), to.clone());
        async move { outcome(form_post(app, &client, "/api/forum/keep", &to, &[("plan", PLAN), ("thread", thread.as_str()), ("keeping", keeping)]).await).await }
    };
    assert!(keep(reader.clone(), "lock").await.contains("__err="), "residents do not lock");
    assert!(keep(facilitator.clone(), "melt").await.starts_with("refused"));
    assert_eq!(keep(facilitator.clone(), "lock").await, format!("{to}?kept=1#thread"));
    keep(facilitator.clone(), "lock").await;
    let logged: Vec<(String, String, String)> =
        moderation_log::Entity::find().filter(moderation_log::Column::ItemKind.eq("forum_thread")).filter(moderation_log::Column::ItemId.eq(id)).all(&app.db).await.expect("q").into_iter().map(|r| (r.action, r.reason, r.place)).collect();
    assert_eq!(logged, [("locked".to_owned(), "management".to_owned(), to.clone())], "logged once");
    let locked = reply(app, &reader, id, "Ainda posso?", "").await;
    assert!(locked.contains("This thread is locked"), "{locked}");
    let (_, html) = page(app, &reader, &to).await;
    assert_eq!(text(&html, "p.notice"), "This thread is locked: no more replies.");
    assert!(texts(&html, "#reply").is_empty());
    // The public moderation log says so, naming no one.
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/moderation")).await;
    assert!(texts(&html, "table tbody tr td").iter().any(|c| c == "Locked by a moderator"), "{:?}", texts(&html, "table tbody tr td"));

    // Closing needs a facilitator and an outcome; then the outcome is shown and can be linked.
    let close = |client: reqwest::Client, lang: &'static str, text: &'static str| {
        let (thread, to) = (id.to_string(), to.clone());
        async move { outcome(form_post(app, &client, "/api/forum/close", &to, &[("plan", PLAN), ("thread", thread.as_str()), ("lang", lang), ("outcome", text)]).await).await }
    };
    assert!(close(reader.clone(), "en", "Done.").await.contains("__err="));
    assert!(close(facilitator.clone(), "en", "  ").await.contains("Write the outcome before closing"));
    assert!(close(facilitator.clone(), "xx", "Done.").await.starts_with("refused"));
    assert_eq!(close(facilitator.clone(), "en", "A bus at 5:15 from March; see measure VL-MTE-06.").await, format!("{to}#outcome"));
    assert_eq!(close(facilitator.clone(), "pt-PT", "Um autocarro às 5h15 a partir de março.").await, format!("{to}#outcome"));
    let (_, html) = page(app, &app.client(), &format!("{to}?lang=pt-PT")).await;
    assert!(text(&html, "#outcome").contains("Um autocarro às 5h15"));
    let closed = moderation_log::Entity::find().filter(moderation_log::Column::Action.eq("closed")).filter(moderation_log::Column::ItemId.eq(id)).count(&app.db).await.expect("count");
    assert_eq!(closed, 1, "closing is logged once, translating is not");
    let audited = audit_log::Entity::find().filter(audit_log::Column::Action.eq("forum.outcome_written")).filter(audit_log::Column::TargetId.eq(id.to_string())).count(&app.db).await.expect("count");
    assert_eq!(audited, 2);
    let (_, html) = page(app, &facilitator, &to).await;
    assert_eq!(texts(&html, "#outcome .link-evidence summary").len(), 1, "the facilitator can link the outcome");
    let token = format!("forum_outcome:{id}");
    let res = form_post(app, &facilitator, "/api/evidence/link", &to, &[("plan", PLAN), ("outcome", token.as_str()), ("measure", "VL-MTE-06"), ("stance", "supports"), ("rationale", "Workers asked for it."), ("lang", "en")]).await;
    assert_eq!(outcome(res).await, format!("{to}#outcome"));
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/measures/VL-MTE-06")).await;
    assert!(html.contains(&format!("href=\"{to}#outcome\"")), "the measure page links the outcome");
    assert!(html.contains("Workers asked for it."));
}

async fn flags_hide_posts_and_moderators_remove_threads(app: &TestApp) {
    let author = resident(app, "author@example.org").await;
    let to = open(app, &author, &once(), &[]).await;
    let id = thread_id(app, "A bus to the fields at 5 a.m.").await;
    let first = post_of(app, id, 1).await.id;
    let flag = |client: reqwest::Client, kind: &'static str, item: i32| {
        let to = to.clone();
        async move {
            let item = item.to_string();
            outcome(form_post(app, &client, "/api/moderation/flag", &to, &[("kind", kind), ("item", item.as_str()), ("reason", "spam")]).await).await
        }
    };
    assert!(flag(author.clone(), "forum_post", first).await.contains("You cannot flag what you wrote yourself"));
    for n in 0..3 {
        let reader = resident(app, &format!("r{n}@example.org")).await;
        let back = flag(reader, "forum_post", first).await;
        assert_eq!(back, format!("{to}?flagged={first}#post-1"));
    }
    assert_eq!(post_of(app, id, 1).await.state, "hidden");
    let (_, html) = page(app, &app.client(), &to).await;
    assert_eq!(text(&html, "#post-1 .placeholder"), "This post is hidden until a moderator reviews it. Moderation log");
    assert!(!html.contains("no bus"), "the hidden text is not sent");

    // A moderator removes the whole thread: its title and posts leave the pages.
    make(app, "mod@example.org", Role::Moderator).await;
    let moderator = signed_in(app, "mod@example.org").await;
    let form = [("kind", "forum_thread"), ("item", &id.to_string()), ("decision", "remove"), ("reason", "spam"), ("back", "")];
    let back = outcome(form_post(app, &moderator, "/api/moderation/decide", &to, &form).await).await;
    assert_eq!(back, format!("{to}?moderated={id}"));
    let (status, html) = page(app, &app.client(), &to).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "h1"), "A thread removed by a moderator");
    assert!(texts(&html, "ol.posts > li").is_empty());
    let (_, html) = page(app, &app.client(), &forum()).await;
    assert!(!html.contains("A bus to the fields"));
    assert!(reply(app, &author, id, "Olá?", "").await.contains("__err="), "no replies to a removed thread");
}

async fn new_accounts_post_a_few_times_an_hour_with_few_links(app: &TestApp) {
    let newcomer = signed_in(app, "new@example.org").await;
    let links = [("body", "See https://a.example, https://b.example and www.c.example")];
    assert!(open(app, &newcomer, &once(), &links).await.contains("at most two links"));
    let before = posts(app).await;
    let to = open(app, &newcomer, &once(), &[]).await;
    let id = thread_id(app, "A bus to the fields at 5 a.m.").await;
    assert!(reply(app, &newcomer, id, "Two links are fine: https://a.example https://b.example", "").await.ends_with("#post-2"));
    assert!(reply(app, &newcomer, id, "Third.", "").await.ends_with("#post-3"));
    let refused = reply(app, &newcomer, id, "Fourth.", "").await;
    assert!(refused.contains("Your account is new"), "{refused}");
    assert_eq!(posts(app).await, before + 3);
    // A week on, the limits are gone.
    settle(app, "new@example.org").await;
    assert_eq!(reply(app, &newcomer, id, "Fourth.", "").await, format!("{to}#post-4"));
    assert!(reply(app, &newcomer, id, "https://a.example https://b.example https://c.example", "").await.ends_with("#post-5"));
}

/// The titles (with the post's number, or "title") that a search of the demo forum finds.
async fn found(app: &TestApp, query: &str) -> Vec<String> {
    let path = format!("{}/search?q={}", forum(), urlencoding(query));
    let (status, html) = page(app, &app.client(), &path).await;
    assert_eq!(status, 200, "{query}");
    let titles = texts(&html, ".search-hits h2");
    let whats = texts(&html, ".search-hits p.muted");
    titles.into_iter().zip(whats).map(|(t, w)| format!("{t} · {}", w.split(" · ").next().unwrap_or_default())).collect()
}

fn urlencoding(s: &str) -> String {
    let url = reqwest::Url::parse_with_params("http://x/", [("q", s)]).expect("url");
    url.query().unwrap_or_default().trim_start_matches("q=").to_owned()
}

async fn search_finds_parts_of_words_in_every_script(app: &TestApp) {
    // Latin, with or without accents and in any case.
    let hits = found(app, "PORTUGUES").await;
    assert!(hits.contains(&"Aulas de português à noite · In the thread's title".to_owned()), "{hits:?}");
    assert_eq!(found(app, "fabrica").await, ["Aulas de português à noite · #1"], "fábrica, in the edited first post");
    // Cyrillic, lower case finding capitals; Devanagari (Nepali, Hindi), Bengali, Arabic: parts of words.
    assert_eq!(found(app, "оренда поручителя").await, ["Оренда житла без поручителя · In the thread's title"]);
    assert_eq!(found(app, "कामदार").await, ["कृषि कामदारहरूको लागि यातायात · In the thread's title"]);
    assert_eq!(found(app, "उत्सव").await.len(), 2, "the Hindi title and its first post");
    assert_eq!(found(app, "দোভাষী").await.len(), 2, "the Bengali title and its first post");
    assert!(found(app, "المركز").await.contains(&"التسجيل في المركز الصحي · In the thread's title".to_owned()));
    // Every word must be there; nothing hidden or removed is found; hostile input finds nothing.
    assert!(found(app, "português inexistente").await.is_empty());
    assert!(found(app, "certificados").await.is_empty(), "the removed spam");
    for hostile in ["%", "_", "\"' OR 1=1 --", "\"unbalanced", "NEAR(a b)", "*"] {
        assert!(found(app, hostile).await.is_empty(), "{hostile}");
    }
    // The search form is on the forum's page and comes back filled.
    let (_, html) = page(app, &app.client(), &format!("{}/search?q=aulas", forum())).await;
    assert_eq!(crate::attr(&html, "#search-q", "value").as_deref(), Some("aulas"));
}

/// A search that finds many posts shows the newest 50 and says there are more; a long post
/// shows its start; posts of a thread that is no longer visible are not found.
async fn search_shows_the_newest_fifty_and_says_there_are_more(app: &TestApp) {
    use sea_orm::ActiveValue::Set;
    let thread = thread_id(app, "Aulas de português à noite").await;
    let first = post_of(app, thread, 1).await;
    let last = forum_posts::Entity::find().filter(forum_posts::Column::ThreadId.eq(thread)).order_by_desc(forum_posts::Column::Number).one(&app.db).await.expect("q").expect("post");
    let start = chrono::Utc::now();
    let long = format!("Zebracross {}", "palavra ".repeat(60));
    let rows: Vec<forum_posts::ActiveModel> = (1..=55)
        .map(|n| {
            let body = if n == 55 { long.clone() } else { format!("Zebracross pedido {n}") };
            forum_posts::ActiveModel {
                thread_id: Set(thread),
                plan_id: Set(first.plan_id),
                number: Set(last.number + n),
                author_id: Set(first.author_id),
                shown_as: Set("name".to_owned()),
                body_html: Set(ponte_app::markdown::to_html(&body)),
                body: Set(body),
                lang: Set("pt-PT".to_owned()),
                state: Set("visible".to_owned()),
                created_at: Set(start + chrono::Duration::seconds(n.into())),
                ..Default::default()
            }
        })
        .collect();
    forum_posts::Entity::insert_many(rows).exec(&app.db).await.expect("insert");
    let path = format!("{}/search?q=ZEBRACROSS", forum());
    let (_, html) = page(app, &app.client(), &path).await;
    let hits = texts(&html, ".search-hits p.muted");
    assert_eq!(hits.len(), 50, "the newest 50 of 55");
    assert!(hits[0].starts_with(&format!("#{}", last.number + 55)), "newest first: {hits:?}");
    assert!(hits[49].starts_with(&format!("#{}", last.number + 6)), "{hits:?}");
    assert!(text(&html, "[role=status]").starts_with("More than 50 found"), "{}", text(&html, "[role=status]"));
    let excerpts = texts(&html, ".search-hits p.pre-line");
    assert_eq!(excerpts[0].chars().count(), 241, "240 characters and an ellipsis");
    assert!(excerpts[0].ends_with(" palav…"), "{}", excerpts[0]);
    assert_eq!(excerpts[1], "Zebracross pedido 54");
    // The thread hidden by a moderator: none of its posts is found any more.
    forum_threads::Entity::update_many().col_expr(forum_threads::Column::State, Expr::value("hidden")).filter(forum_threads::Column::Id.eq(thread)).exec(&app.db).await.expect("hide");
    let (_, html) = page(app, &app.client(), &path).await;
    assert!(texts(&html, ".search-hits li").is_empty(), "{html}");
}

async fn emails(app: &TestApp, kind: &str, to: &str) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .filter(outbox::Column::Kind.eq(kind))
        .filter(outbox::Column::ToAddress.eq(to))
        .order_by_asc(outbox::Column::Id)
        .all(&app.db)
        .await
        .expect("q")
}

async fn notified(app: &TestApp, email: &str) -> bool {
    users::Entity::find().filter(users::Column::Email.eq(email)).one(&app.db).await.expect("q").expect("user").notify_email
}

async fn followers_hear_of_replies_at_once_or_in_one_daily_digest(app: &TestApp) {
    let author = resident(app, "author@example.org").await;
    let instant = resident(app, "instant@example.org").await;
    let daily = resident(app, "daily@example.org").await;
    users::Entity::update_many()
        .col_expr(users::Column::PreferredLang, Expr::value("uk"))
        .filter(users::Column::Email.eq("instant@example.org"))
        .exec(&app.db)
        .await
        .expect("lang");
    let to = open(app, &author, &once(), &[]).await;
    let id = thread_id(app, "A bus to the fields at 5 a.m.").await;
    let follow = |client: reqwest::Client, mode: &'static str| {
        let (thread, to) = (id.to_string(), to.clone());
        async move { outcome(form_post(app, &client, "/api/forum/follow", &to, &[("plan", PLAN), ("thread", thread.as_str()), ("mode", mode)]).await).await }
    };
    // Following needs an account and a known way; the page says how one follows.
    assert!(follow(app.client(), "instant").await.contains("__err="));
    assert!(follow(instant.clone(), "hourly").await.starts_with("refused"));
    assert_eq!(follow(instant.clone(), "instant").await, format!("{to}?followed=1#follow"));
    assert_eq!(follow(daily.clone(), "daily").await, format!("{to}?followed=1#follow"));
    let (_, html) = page(app, &instant, &to).await;
    assert_eq!(text(&html, "#follow p"), "You get an email for every new post.");
    let (_, html) = page(app, &author, &to).await;
    assert_eq!(text(&html, "#follow p"), "You get one email a day when there are new posts.", "the author follows what they open");

    // A reply: the instant follower is told at once, in Ukrainian, with a one-click way out;
    // nobody is told of their own post.
    assert!(reply(app, &instant, id, "Eu também.", "").await.ends_with("#post-2"));
    assert!(emails(app, "forum_reply", "instant@example.org").await.is_empty(), "not of their own reply");
    assert!(reply(app, &daily, id, "E eu.", "").await.ends_with("#post-3"));
    let told = emails(app, "forum_reply", "instant@example.org").await;
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].lang, "uk");
    let uk = ponte_app::i18n::Locale::from_tag("uk").expect("uk");
    assert_eq!(told[0].subject, uk.t_args("forum-email-reply-subject", &[("title", "A bus to the fields at 5 a.m.".into())]));
    assert!(told[0].text_body.contains(&format!("{to}#post-3")), "{}", told[0].text_body);
    let stop = told[0].unsubscribe_url.clone().expect("one-click unsubscribe");
    assert!(told[0].text_body.contains(&stop));
    assert!(emails(app, "forum_reply", "daily@example.org").await.is_empty(), "daily followers wait for the digest");

    // The digest: once, however many servers look at the same moment, naming the new posts.
    let now = chrono::Utc::now();
    let url = app.base.clone();
    let runs = futures::future::join_all((0..4).map(|_| ponte_app::forum::following::send_digests(&app.db, now, &url))).await;
    let sent: u64 = runs.into_iter().map(|r| r.expect("digest")).sum();
    assert_eq!(sent, 2, "the author's and the daily follower's");
    let digests = emails(app, "forum_digest", "daily@example.org").await;
    assert_eq!(digests.len(), 1);
    assert!(digests[0].text_body.contains(&format!("{to}#post-2")), "from the first post they were not told of: {}", digests[0].text_body);
    assert_eq!(emails(app, "forum_digest", "author@example.org").await.len(), 1);
    assert_eq!(ponte_app::forum::following::send_digests(&app.db, now + chrono::Duration::hours(1), &url).await.expect("digest"), 0, "nothing new");
    // A day later, a new post makes a new digest.
    assert!(reply(app, &instant, id, "Mais uma.", "").await.ends_with("#post-4"));
    assert_eq!(ponte_app::forum::following::send_digests(&app.db, now + chrono::Duration::hours(2), &url).await.expect("digest"), 0, "not twice a day");
    assert_eq!(ponte_app::forum::following::send_digests(&app.db, now + chrono::Duration::hours(25), &url).await.expect("digest"), 2);

    // A tampered unsubscribe link changes nothing; the real one stops the emails.
    let path = stop.trim_start_matches(&app.base).to_owned();
    let tampered = format!("{path}x");
    let res = reqwest::Client::new().post(app.url(&tampered)).body("List-Unsubscribe=One-Click").send().await.expect("post");
    assert_eq!(res.status(), 400);
    assert!(notified(app, "instant@example.org").await);
    let res = reqwest::Client::new().post(app.url(&path)).header("content-type", "application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click").send().await.expect("post");
    assert_eq!(res.status(), 200);
    assert!(!notified(app, "instant@example.org").await);
    assert!(reply(app, &daily, id, "Outra.", "").await.ends_with("#post-5"));
    assert_eq!(emails(app, "forum_reply", "instant@example.org").await.len(), 1, "no more emails once unsubscribed");

    // Stopping following.
    assert_eq!(follow(daily.clone(), "stop").await, format!("{to}?followed=1#follow"));
    let left = forum_follows::Entity::find().filter(forum_follows::Column::ThreadId.eq(id)).count(&app.db).await.expect("count");
    assert_eq!(left, 2, "the author and the instant follower");
}

backends!(
    followers_hear_of_replies_at_once_or_in_one_daily_digest,
    search_finds_parts_of_words_in_every_script,
    the_demo_forum_lists_pinned_threads_first_and_pages_a_long_thread,
    people_open_threads_reply_quote_edit_and_delete_their_posts,
    moderators_pin_lock_and_facilitators_close_with_an_outcome_that_is_evidence,
    flags_hide_posts_and_moderators_remove_threads,
    new_accounts_post_a_few_times_an_hour_with_few_links
);

ponte_tests::backends_uncached!(search_shows_the_newest_fifty_and_says_there_are_more);
