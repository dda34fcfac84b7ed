//! Forum, server functions. Each: state, parse, permit, one service call. Reading is public;
//! opening threads, replying, editing and deleting one's own posts are for anyone signed in;
//! pinning and locking for the plan's moderators; closing a thread with its outcome for its
//! facilitators.

use leptos::prelude::*;

use super::{ForumView, HistoryView, SearchView, ThreadView};
use crate::core::AppError;

#[cfg(feature = "ssr")]
mod ssr {
    pub use super::super::{
        following,
        posts::{self, NewPost},
        service::{self, Asked, Keeping, NewThread},
    };
    pub use crate::{
        core::{AppError, Invalid},
        plans::{drafting::service::plan_by_slug, editing::access::locale},
        state::{actor, db, redirect, require_actor, settings},
    };

    /// A post's or thread's id sent by a form.
    pub fn id(raw: &str) -> Result<i32, AppError> {
        raw.trim().parse().map_err(|_| AppError::Invalid(Invalid::ItemUnknown))
    }

    /// The number of a quoted post (blank: none).
    pub fn quote(raw: Option<String>) -> Result<Option<i32>, AppError> {
        match raw.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
            Some(q) => q.parse().map(Some).map_err(|_| AppError::Invalid(Invalid::FormInvalid)),
            None => Ok(None),
        }
    }
}
#[cfg(feature = "ssr")]
use ssr::*;

/// Page `page` of a plan's forum, in `category` (blank: all).
#[server(prefix = "/api/forum", endpoint = "list")]
pub async fn forum_data(plan: String, category: String, page: u64, lang: String) -> Result<ForumView, AppError> {
    let db = db()?;
    let me = actor();
    if me.is_none() {
        crate::page_cache::public(crate::page_cache::Depends::Content);
    }
    let row = plan_by_slug(&db, &plan).await?;
    let category = Some(category.trim()).filter(|c| !c.is_empty());
    service::forum(&db, &row, category, page, locale(&lang), me.as_ref()).await
}

/// What the plan's forum says about `q`.
#[server(prefix = "/api/forum", endpoint = "search")]
pub async fn search_forum(plan: String, q: String, lang: String) -> Result<SearchView, AppError> {
    let db = db()?;
    if actor().is_none() {
        crate::page_cache::public(crate::page_cache::Depends::Content);
    }
    let row = plan_by_slug(&db, &plan).await?;
    super::search::search(&db, &row, &q, locale(&lang)).await
}

/// Page `page` of a thread; `quote` and `edit` are ids of posts on it (0: none).
#[server(prefix = "/api/forum", endpoint = "thread")]
pub async fn thread_data(plan: String, thread: i32, page: i32, quote: i32, edit: i32, lang: String) -> Result<ThreadView, AppError> {
    let db = db()?;
    let me = actor();
    if me.is_none() {
        crate::page_cache::public(crate::page_cache::Depends::Content);
    }
    let row = plan_by_slug(&db, &plan).await?;
    let asked = Asked { page, quote: (quote > 0).then_some(quote), edit: (edit > 0).then_some(edit) };
    service::thread(&db, &row, thread, asked, locale(&lang), me.as_ref()).await
}

/// Opens a thread with its first post; on to it.
#[server(prefix = "/api/forum", endpoint = "open")]
#[allow(clippy::too_many_arguments)] // one argument per field of the form
pub async fn open_thread(
    plan: String,
    category: String,
    measures: Option<Vec<String>>,
    title: String,
    body: String,
    lang: String,
    shown_as: String,
    municipality: Option<String>,
    once: String,
) -> Result<(), AppError> {
    let db = db()?;
    let me = require_actor()?;
    let row = plan_by_slug(&db, &plan).await?;
    let new = NewThread { category, measures: measures.unwrap_or_default(), title, body, lang, shown_as, municipality: municipality.unwrap_or_default() };
    let to = crate::once::run(&db, &once, me.user_id, || async {
        let id = service::open(&db, &row, &me, new).await?;
        Ok(super::thread_place(&plan, id))
    })
    .await?;
    redirect(&to);
    Ok(())
}

/// A reply (quoting post number `quote`, if given); on to it.
#[server(prefix = "/api/forum", endpoint = "reply")]
#[allow(clippy::too_many_arguments)] // one argument per field of the form
pub async fn reply(plan: String, thread: String, body: String, lang: String, shown_as: String, municipality: Option<String>, quote: Option<String>, once: String) -> Result<(), AppError> {
    let db = db()?;
    let me = require_actor()?;
    let thread = id(&thread)?;
    let new = NewPost { body, lang, shown_as, municipality: municipality.unwrap_or_default(), quote: ssr::quote(quote)? };
    let row = plan_by_slug(&db, &plan).await?;
    let public_url = settings()?.public_url;
    let to = crate::once::run(&db, &once, me.user_id, || async { posts::reply(&db, &row, thread, &me, new, &public_url).await }).await?;
    redirect(&to);
    Ok(())
}

/// Follows a thread (`instant`: an email per post; `daily`: a digest) or stops (`stop`); back
/// to it.
#[server(prefix = "/api/forum", endpoint = "follow")]
pub async fn follow_thread(plan: String, thread: String, mode: String) -> Result<(), AppError> {
    let db = db()?;
    let me = require_actor()?;
    let thread = id(&thread)?;
    let row = plan_by_slug(&db, &plan).await?;
    following::follow(&db, &row, thread, &me, &mode).await?;
    redirect(&format!("{}?followed=1#follow", super::thread_place(&plan, thread)));
    Ok(())
}

/// The author edits their post; back to it.
#[server(prefix = "/api/forum", endpoint = "edit")]
pub async fn edit_post(plan: String, post: String, body: String) -> Result<(), AppError> {
    let db = db()?;
    let me = require_actor()?;
    let post = id(&post)?;
    let row = plan_by_slug(&db, &plan).await?;
    let to = posts::edit(&db, &row, post, &me, &body).await?;
    redirect(&to);
    Ok(())
}

/// The author deletes their post; back to where it was.
#[server(prefix = "/api/forum", endpoint = "delete")]
pub async fn delete_post(plan: String, post: String) -> Result<(), AppError> {
    let db = db()?;
    let me = require_actor()?;
    let post = id(&post)?;
    let row = plan_by_slug(&db, &plan).await?;
    let to = posts::delete_own(&db, &row, post, &me).await?;
    redirect(&to);
    Ok(())
}

/// A moderator pins or unpins (`pin`, `unpin`), locks or unlocks (`lock`, `unlock`) a thread;
/// back to it.
#[server(prefix = "/api/forum", endpoint = "keep")]
pub async fn keep_thread(plan: String, thread: String, keeping: String) -> Result<(), AppError> {
    let db = db()?;
    let me = require_actor()?;
    let thread = id(&thread)?;
    let keeping = match keeping.as_str() {
        "pin" => Keeping::Pin(true),
        "unpin" => Keeping::Pin(false),
        "lock" => Keeping::Lock(true),
        "unlock" => Keeping::Lock(false),
        _ => return Err(Invalid::FormInvalid.into()),
    };
    let row = plan_by_slug(&db, &plan).await?;
    service::keep(&db, &row, thread, &me, keeping).await?;
    redirect(&format!("{}?kept=1#thread", super::thread_place(&plan, thread)));
    Ok(())
}

/// A facilitator closes a thread with its outcome in `lang` (or writes it in another
/// language); back to the outcome.
#[server(prefix = "/api/forum", endpoint = "close")]
pub async fn close_thread(plan: String, thread: String, lang: String, outcome: String) -> Result<(), AppError> {
    let db = db()?;
    let me = require_actor()?;
    let thread = id(&thread)?;
    let row = plan_by_slug(&db, &plan).await?;
    service::close(&db, &row, thread, &me, &lang, &outcome).await?;
    redirect(&format!("{}#outcome", super::thread_place(&plan, thread)));
    Ok(())
}

/// A post's earlier texts, for moderators.
#[server(prefix = "/api/forum", endpoint = "history")]
pub async fn post_history(plan: String, post: i32, lang: String) -> Result<HistoryView, AppError> {
    let db = db()?;
    let me = require_actor()?;
    let row = plan_by_slug(&db, &plan).await?;
    posts::history(&db, &row, post, &me, locale(&lang)).await
}
