//! Focus groups, server functions. Each: state, parse, permit, one service call. Setting one up
//! and registering people on their behalf are for the plan's facilitators and administrators;
//! registering and cancelling need no account; reading is public.

use leptos::prelude::*;

use super::{AttendanceView, FindingCard, FindingsView, GroupView, GroupsView, PollView, RegistrationView};
use crate::core::AppError;

#[cfg(feature = "ssr")]
mod ssr {
    pub use super::super::{
        attendance,
        changes::{self, Change},
        findings::{self, NewFinding, Written},
        poll::{self, Ballot},
        registrations::{self, NewRegistration},
        service::{self, NewGroup},
    };
    pub use crate::{
        accounts::roles::{Action as Can, can},
        core::{AppError, Invalid},
        plans::{
            drafting::service::plan_by_slug,
            editing::access::{editable, locale},
        },
        state::{actor, client_ip, db, redirect, settings},
    };

    /// Registrations and poll answers one address may send without an account, per focus group
    /// and hour: a family or a community centre's connection is far below it, a script is not.
    pub const ANONYMOUS_PER_HOUR: i32 = 60;

    /// Counts one anonymous registration or poll answer (`what`) for focus group `slug` of
    /// `plan` from the sender's address; `RateLimited` past [`ANONYMOUS_PER_HOUR`].
    pub async fn limit_anonymous(db: &sea_orm::DatabaseConnection, what: &str, plan: &str, slug: &str) -> Result<(), AppError> {
        let Some(ip) = client_ip() else { return Ok(()) };
        let key = format!("focus-group:{what}:{plan}/{slug}:ip:{}", ip.0);
        if crate::rate_limit::hit(db, &key, ANONYMOUS_PER_HOUR, std::time::Duration::from_secs(3600)).await? {
            Ok(())
        } else {
            Err(AppError::RateLimited)
        }
    }

    /// Whether the reader manages plan `plan_id`'s focus groups.
    pub fn manages(plan_id: i32) -> bool {
        actor().is_some_and(|a| can(Some(&a.grants), Can::EditPlanContent { plan_id }))
    }

    /// Where the minutes-and-findings page of `slug` is, with `at` (a fragment).
    pub fn findings_page(plan: &str, slug: &str, at: &str) -> String {
        format!("/plans/{plan}/focus-groups/{slug}/findings#{at}")
    }

    /// A number typed in a form (blank is `blank`).
    pub fn number(raw: &str, blank: i64) -> Result<i64, AppError> {
        match raw.trim() {
            "" => Ok(blank),
            n => n.parse().map_err(|_| AppError::Invalid(Invalid::NumberInvalid)),
        }
    }

    /// The start typed as a day and a time of day (both blank: not fixed yet).
    pub fn start(day: &str, time: &str) -> Result<Option<chrono::NaiveDateTime>, AppError> {
        if day.trim().is_empty() && time.trim().is_empty() {
            return Ok(None);
        }
        let day = chrono::NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d").map_err(|_| AppError::Invalid(Invalid::DateInvalid))?;
        let time = chrono::NaiveTime::parse_from_str(time.trim(), "%H:%M").map_err(|_| AppError::Invalid(Invalid::DateInvalid))?;
        Ok(Some(day.and_time(time)))
    }
}
#[cfg(feature = "ssr")]
use ssr::*;

#[server(prefix = "/api/focus-groups", endpoint = "list")]
pub async fn focus_groups_data(plan: String, lang: String) -> Result<GroupsView, AppError> {
    let db = db()?;
    let row = plan_by_slug(&db, &plan).await?;
    let manage = manages(row.id);
    if !manage {
        crate::page_cache::public(crate::page_cache::Depends::Answers);
    }
    service::list(&db, row, manage, locale(&lang)).await
}

#[server(prefix = "/api/focus-groups", endpoint = "one")]
pub async fn focus_group_data(plan: String, slug: String, lang: String) -> Result<GroupView, AppError> {
    let db = db()?;
    let row = plan_by_slug(&db, &plan).await?;
    let manage = manages(row.id);
    if !manage {
        crate::page_cache::public(crate::page_cache::Depends::Answers);
    }
    service::view(&db, row, &slug, manage, locale(&lang)).await
}

/// The registration form's page: never cached, since its form carries a token of its own.
#[server(prefix = "/api/focus-groups", endpoint = "form")]
pub async fn registration_form_data(plan: String, slug: String, lang: String) -> Result<GroupView, AppError> {
    let db = db()?;
    let row = plan_by_slug(&db, &plan).await?;
    service::view(&db, row, &slug, false, locale(&lang)).await
}

/// Sets up a focus group; on to its page.
#[server(prefix = "/api/focus-groups", endpoint = "create")]
#[allow(clippy::too_many_arguments)] // one argument per field of the form
pub async fn create_focus_group(
    plan: String,
    topic: String,
    audience: String,
    areas: Option<Vec<String>>,
    measures: Option<Vec<String>>,
    languages: Option<Vec<String>>,
    interpretation: String,
    venue: String,
    online_url: String,
    access: Option<Vec<String>>,
    capacity: String,
    waitlist: Option<String>,
    support: Option<Vec<String>>,
    consent: String,
    hosts: String,
    starts_on: String,
    starts_at: String,
    minutes: String,
    once: String,
) -> Result<(), AppError> {
    let db = db()?;
    let new = NewGroup {
        topic,
        audience,
        areas: areas.unwrap_or_default(),
        measures: measures.unwrap_or_default(),
        languages: languages.unwrap_or_default(),
        interpretation: interpretation.split([',', ' ']).filter(|s| !s.trim().is_empty()).map(str::to_owned).collect(),
        venue,
        online_url,
        access: access.unwrap_or_default(),
        capacity: i32::try_from(number(&capacity, 0)?).map_err(|_| AppError::Invalid(Invalid::RangeInvalid))?,
        waitlist: waitlist.is_some(),
        support: support.unwrap_or_default(),
        consent,
        hosts,
        starts: start(&starts_on, &starts_at)?,
        minutes: number(&minutes, 90)?,
    };
    let (row, user) = editable(&db, &plan).await?;
    let to = crate::once::run(&db, &once, user, || async {
        let slug = service::create(&db, row, user, new).await?;
        Ok(format!("/plans/{plan}/focus-groups/{slug}"))
    })
    .await?;
    redirect(&to);
    Ok(())
}

/// Registers someone: themselves (on to their registration's page) or, with `behalf`, a person
/// a facilitator registers (back to the roster).
#[server(prefix = "/api/focus-groups", endpoint = "register")]
#[allow(clippy::too_many_arguments)] // one argument per field of the form
pub async fn register_for(
    plan: String,
    slug: String,
    name: String,
    email: String,
    phone: String,
    lang: String,
    interpret_into: String,
    access: String,
    children: String,
    children_ages: String,
    diet: String,
    note: String,
    behalf: Option<String>,
    once: String,
) -> Result<(), AppError> {
    let db = db()?;
    let new = NewRegistration {
        name,
        email,
        phone,
        lang,
        interpret_into,
        access,
        children: i32::try_from(number(&children, 0)?).map_err(|_| AppError::Invalid(Invalid::RangeInvalid))?,
        children_ages,
        diet,
        note,
    };
    let public_url = settings()?.public_url;
    let (row, entered_by) = if behalf.is_some() {
        let (row, user) = editable(&db, &plan).await?;
        (row, Some(user))
    } else {
        limit_anonymous(&db, "register", &plan, &slug).await?;
        (plan_by_slug(&db, &plan).await?, None)
    };
    // Without an account the form's token is the sender's only name (user 0).
    let to = crate::once::run(&db, &once, entered_by.unwrap_or(0), || async {
        let token = registrations::register(&db, &row, &slug, new, entered_by, &public_url).await?;
        Ok(match entered_by {
            Some(_) => format!("/plans/{plan}/focus-groups/{slug}?registered=1#roster"),
            None => registrations::link(&plan, &slug, &token),
        })
    })
    .await?;
    crate::page_cache::changed(crate::page_cache::Changed::Answers);
    redirect(&to);
    Ok(())
}

#[server(prefix = "/api/focus-groups", endpoint = "registration")]
pub async fn registration_data(plan: String, slug: String, token: String, lang: String) -> Result<RegistrationView, AppError> {
    let db = db()?;
    let row = plan_by_slug(&db, &plan).await?;
    registrations::view(&db, row, &slug, &token, locale(&lang)).await
}

/// Cancels the registration the link names; back to its page, which says so.
#[server(prefix = "/api/focus-groups", endpoint = "cancel")]
pub async fn cancel_registration(plan: String, slug: String, token: String) -> Result<(), AppError> {
    let db = db()?;
    let row = plan_by_slug(&db, &plan).await?;
    registrations::cancel(&db, &row, &slug, &token, &settings()?.public_url).await?;
    crate::page_cache::changed(crate::page_cache::Changed::Answers);
    redirect(&format!("{}?cancelled=1", registrations::link(&plan, &slug, &token)));
    Ok(())
}

/// The date poll's page: never cached, since its form carries a token of its own.
#[server(prefix = "/api/focus-groups", endpoint = "poll")]
pub async fn poll_data(plan: String, slug: String, lang: String) -> Result<PollView, AppError> {
    let db = db()?;
    let row = plan_by_slug(&db, &plan).await?;
    let manage = manages(row.id);
    poll::view(&db, row, &slug, manage, locale(&lang)).await
}

/// Proposes a time in the poll; back to the poll.
#[server(prefix = "/api/focus-groups", endpoint = "add_slot")]
pub async fn add_slot(plan: String, slug: String, day: String, time: String, minutes: String) -> Result<(), AppError> {
    let db = db()?;
    let local = start(&day, &time)?.ok_or(AppError::Invalid(Invalid::DateInvalid))?;
    let minutes = number(&minutes, 90)?;
    let (row, user) = editable(&db, &plan).await?;
    poll::add_slot(&db, &row, user, &slug, local, minutes).await?;
    redirect(&format!("/plans/{plan}/focus-groups/{slug}/poll#slots"));
    Ok(())
}

/// One person's answers to the poll; back to the poll, which thanks them.
#[server(prefix = "/api/focus-groups", endpoint = "answer_poll")]
pub async fn answer_poll(
    plan: String,
    slug: String,
    name: String,
    email: String,
    lang: String,
    answers: Option<std::collections::HashMap<String, String>>,
    once: String,
) -> Result<(), AppError> {
    let db = db()?;
    let ballot = Ballot { name, email, lang, answers: answers.unwrap_or_default() };
    let row = plan_by_slug(&db, &plan).await?;
    limit_anonymous(&db, "poll", &plan, &slug).await?;
    // Without an account the form's token is the sender's only name (user 0).
    let to = crate::once::run(&db, &once, 0, || async {
        poll::answer(&db, &row, &slug, ballot).await?;
        Ok(format!("/plans/{plan}/focus-groups/{slug}/poll?answered=1#totals"))
    })
    .await?;
    redirect(&to);
    Ok(())
}

/// Fixes the session at one of the poll's times; on to the focus group's page.
#[server(prefix = "/api/focus-groups", endpoint = "pick_slot")]
pub async fn pick_slot(plan: String, slug: String, slot: String) -> Result<(), AppError> {
    let db = db()?;
    let slot: i32 = slot.trim().parse().map_err(|_| AppError::Invalid(Invalid::FormInvalid))?;
    let (row, user) = editable(&db, &plan).await?;
    poll::pick(&db, &row, user, &slug, slot, &settings()?.public_url).await?;
    redirect(&format!("/plans/{plan}/focus-groups/{slug}"));
    Ok(())
}

/// The attendance sheet, for the plan's facilitators.
#[server(prefix = "/api/focus-groups", endpoint = "attendance")]
pub async fn attendance_data(plan: String, slug: String, lang: String) -> Result<AttendanceView, AppError> {
    let db = db()?;
    let (row, _) = editable(&db, &plan).await?;
    attendance::sheet(&db, row, &slug, locale(&lang)).await
}

/// Checks someone in as they arrive (or out again); back to their row of the sheet.
#[server(prefix = "/api/focus-groups", endpoint = "check_in")]
pub async fn check_in(plan: String, slug: String, id: String, attended: String) -> Result<(), AppError> {
    let db = db()?;
    let id: i32 = id.trim().parse().map_err(|_| AppError::Invalid(Invalid::FormInvalid))?;
    let (row, user) = editable(&db, &plan).await?;
    attendance::check_in(&db, &row, user, &slug, id, attended == "1").await?;
    crate::page_cache::changed(crate::page_cache::Changed::Answers);
    redirect(&format!("/plans/{plan}/focus-groups/{slug}/attendance#person-{id}"));
    Ok(())
}

/// Moves the session (time, length, venue, link) and tells its participants; back to its page.
#[server(prefix = "/api/focus-groups", endpoint = "change")]
pub async fn change_session(plan: String, slug: String, starts_on: String, starts_at: String, minutes: String, venue: String, online_url: String) -> Result<(), AppError> {
    let db = db()?;
    let starts = start(&starts_on, &starts_at)?.ok_or(AppError::Invalid(Invalid::DateInvalid))?;
    let change = Change { starts, minutes: number(&minutes, 90)?, venue, online_url };
    let (row, user) = editable(&db, &plan).await?;
    changes::change(&db, &row, user, &slug, change, &settings()?.public_url).await?;
    redirect(&format!("/plans/{plan}/focus-groups/{slug}?changed=1"));
    Ok(())
}

/// Calls the session off and tells its participants; back to its page.
#[server(prefix = "/api/focus-groups", endpoint = "call_off")]
pub async fn call_off(plan: String, slug: String) -> Result<(), AppError> {
    let db = db()?;
    let (row, user) = editable(&db, &plan).await?;
    changes::call_off(&db, &row, user, &slug, &settings()?.public_url).await?;
    redirect(&format!("/plans/{plan}/focus-groups/{slug}"));
    Ok(())
}

/// A focus group's minutes and findings: public once published; for its facilitators always,
/// with their forms.
#[server(prefix = "/api/focus-groups", endpoint = "findings")]
pub async fn findings_data(plan: String, slug: String, lang: String) -> Result<FindingsView, AppError> {
    let db = db()?;
    let row = plan_by_slug(&db, &plan).await?;
    let manage = manages(row.id);
    if !manage {
        crate::page_cache::public(crate::page_cache::Depends::Content);
    }
    findings::view(&db, row, &slug, manage, locale(&lang)).await
}

/// The published findings of a plan, or of those tagged with one of its measures.
#[server(prefix = "/api/focus-groups", endpoint = "published")]
pub async fn published_findings(plan: String, measure: Option<String>, lang: String) -> Result<Vec<FindingCard>, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    let db = db()?;
    let row = match &measure {
        Some(code) => crate::plans::service::measure_for_page(&db, &plan, code).await?.0,
        None => crate::plans::service::plan_for_page(&db, &plan).await?,
    };
    findings::published(&db, &row, measure.as_deref(), locale(&lang)).await
}

/// Saves the minutes in one language; back to them.
#[server(prefix = "/api/focus-groups", endpoint = "minutes")]
pub async fn save_minutes(plan: String, slug: String, minutes: String, lang: String, names_nobody: Option<String>) -> Result<(), AppError> {
    let db = db()?;
    let written = Written { text: minutes, lang, names_nobody: names_nobody.is_some() };
    let (row, user) = editable(&db, &plan).await?;
    findings::save_minutes(&db, &row, user, &slug, written).await?;
    redirect(&findings_page(&plan, &slug, "minutes"));
    Ok(())
}

/// Adds a finding (once, however often the form is sent); on to it.
#[server(prefix = "/api/focus-groups", endpoint = "add_finding")]
#[allow(clippy::too_many_arguments)] // one argument per field of the form
pub async fn add_finding(
    plan: String,
    slug: String,
    statement: String,
    lang: String,
    areas: Option<Vec<String>>,
    measures: Option<Vec<String>>,
    names_nobody: Option<String>,
    once: String,
) -> Result<(), AppError> {
    let db = db()?;
    let new = NewFinding { statement: Written { text: statement, lang, names_nobody: names_nobody.is_some() }, areas: areas.unwrap_or_default(), measures: measures.unwrap_or_default() };
    let (row, user) = editable(&db, &plan).await?;
    let to = crate::once::run(&db, &once, user, || async {
        let id = findings::add(&db, &row, user, &slug, new).await?;
        Ok(findings_page(&plan, &slug, &format!("finding-{id}")))
    })
    .await?;
    redirect(&to);
    Ok(())
}

/// Writes a finding in one language (a translation or a correction); back to it.
#[server(prefix = "/api/focus-groups", endpoint = "translate_finding")]
pub async fn translate_finding(plan: String, slug: String, id: String, statement: String, lang: String, names_nobody: Option<String>) -> Result<(), AppError> {
    let db = db()?;
    let id: i32 = id.trim().parse().map_err(|_| AppError::Invalid(Invalid::FormInvalid))?;
    let written = Written { text: statement, lang, names_nobody: names_nobody.is_some() };
    let (row, user) = editable(&db, &plan).await?;
    findings::translate(&db, &row, user, &slug, id, written).await?;
    redirect(&findings_page(&plan, &slug, &format!("finding-{id}")));
    Ok(())
}

/// Removes a finding and its links as evidence; back to the list.
#[server(prefix = "/api/focus-groups", endpoint = "remove_finding")]
pub async fn remove_finding(plan: String, slug: String, id: String) -> Result<(), AppError> {
    let db = db()?;
    let id: i32 = id.trim().parse().map_err(|_| AppError::Invalid(Invalid::FormInvalid))?;
    let (row, user) = editable(&db, &plan).await?;
    findings::remove(&db, &row, user, &slug, id).await?;
    redirect(&findings_page(&plan, &slug, "findings"));
    Ok(())
}

/// Publishes the minutes and findings (`public` = "1") or takes them back; back to the page.
#[server(prefix = "/api/focus-groups", endpoint = "publish_findings")]
pub async fn publish_findings(plan: String, slug: String, public: String) -> Result<(), AppError> {
    let db = db()?;
    let (row, user) = editable(&db, &plan).await?;
    findings::publish(&db, &row, user, &slug, public == "1").await?;
    redirect(&findings_page(&plan, &slug, "publication"));
    Ok(())
}
