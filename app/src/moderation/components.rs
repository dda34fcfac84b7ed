//! The moderation forms other features put beside each item they show: "flag" for people
//! signed in (not on their own items), and the moderator's hide / remove / restore. Both are
//! plain forms inside a disclosure, working by touch, keyboard and without JavaScript.

use leptos::{prelude::*, server_fn::ServerFn};

use super::{Decision, ItemKind, ItemState, api, domain::REASONS};
use crate::{
    core::FormEcho,
    i18n::{t, use_locale},
    ui::{FieldError, once_per_language, refused_form, refused_with_of},
};

/// The reasons' `<option>`s (after an empty "choose one" if `with_none`), rendered once per
/// language: a moderator's page has a flag and a moderate form per item.
fn reason_options(with_none: bool) -> std::sync::Arc<str> {
    once_per_language("reason options", usize::from(with_none), || {
        let none = with_none.then(|| view! { <option value="">{t("moderation-reason-choose")}</option> });
        let reasons = REASONS.iter().map(|r| view! { <option value=*r>{t(&format!("moderation-reason-{r}"))}</option> }).collect_view();
        view! { {none} {reasons} }.to_html()
    })
}

fn echoes(kind: ItemKind, item: i32, field: &'static str) -> impl Fn(&FormEcho) -> bool + Clone + Send + Sync + 'static {
    let item = item.to_string();
    move |e: &FormEcho| e.get("kind") == Some(kind.key()) && e.get("item") == Some(item.as_str()) && e.get(field).is_some()
}

/// "Flag": a reason and a button; the item's id makes the form's ids unique on the page.
#[component]
pub fn FlagForm(kind: ItemKind, item: i32, #[prop(optional)] flagged: bool) -> impl IntoView {
    let locale = use_locale();
    let mine = echoes(kind, item, "reason");
    let refused = refused_form(mine.clone()).is_some();
    let error = refused_with_of::<api::Flag>(mine);
    let id = format!("flag-{}-{item}", kind.key());
    let done = flagged.then(|| view! { <p class="notice" role="status">{locale.t("moderation-flagged")}</p> });
    view! {
        {done}
        <details class="flag-form" open=refused>
            <summary>{locale.t("moderation-flag")}</summary>
            <form action=api::Flag::url() method="post" class="inline-form">
                <FieldError id=format!("{id}-error") message=error/>
                <input type="hidden" name="kind" value=kind.key()/>
                <input type="hidden" name="item" value=item.to_string()/>
                <label for=format!("{id}-reason")>{locale.t("moderation-flag-reason")}</label>
                " "
                <select id=format!("{id}-reason") name="reason" inner_html=reason_options(false)></select>
                " "
                <button type="submit" class="button">{locale.t("moderation-flag-submit")}</button>
            </form>
        </details>
    }
}

/// A moderator's decision on an item as it stands: hide or remove a visible one (with a
/// reason), remove or restore a hidden one, restore a removed one. `back`: `queue` to come back
/// to the moderation page, else to the item.
#[component]
pub fn ModerateForm(kind: ItemKind, item: i32, state: ItemState, #[prop(optional)] back: &'static str, #[prop(optional)] open: bool) -> impl IntoView {
    let locale = use_locale();
    if state == ItemState::Deleted {
        return ().into_any();
    }
    let mine = echoes(kind, item, "decision");
    let refused = refused_form(mine.clone()).is_some();
    let error = refused_with_of::<api::Decide>(mine);
    let id = format!("moderate-{}-{item}-{back}", kind.key());
    let decisions: &[(Decision, &str)] = match state {
        ItemState::Visible => &[(Decision::Hide, "hide"), (Decision::Remove, "remove")],
        ItemState::Hidden => &[(Decision::Restore, "restore"), (Decision::Remove, "remove")],
        _ => &[(Decision::Restore, "restore")],
    };
    let buttons = decisions
        .iter()
        .map(|(_, key)| view! { <button type="submit" name="decision" value=*key class="button">{locale.t(&format!("moderation-decide-{key}"))}</button> " " })
        .collect_view();
    view! {
        <details class="moderate-form" open=open || refused>
            <summary>{locale.t("moderation-moderate")}</summary>
            <form action=api::Decide::url() method="post" class="inline-form">
                <FieldError id=format!("{id}-error") message=error/>
                <input type="hidden" name="kind" value=kind.key()/>
                <input type="hidden" name="item" value=item.to_string()/>
                <input type="hidden" name="back" value=back/>
                <label for=format!("{id}-reason")>{locale.t("moderation-decide-reason")}</label>
                " "
                <select id=format!("{id}-reason") name="reason" inner_html=reason_options(true)></select>
                " "
                {buttons}
            </form>
        </details>
    }
    .into_any()
}
