//! How a person's text is signed wherever they write in public (consultation comments, forum
//! posts): with their display name or as "a resident of <municipality>" of the plan, chosen on
//! each text; what stands for the author of a text entered on someone's behalf, of an entity's
//! position, or of a deleted text. The form's fieldset, the signature on the page, the languages
//! one may write in, and (on the server) checking the choice against the plan.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    core::{FormEcho, Text},
    i18n::{Locale, t, use_locale},
};

/// Who a text is shown as written by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Byline {
    /// Their display name.
    Name(String),
    /// "A resident of <municipality>".
    Resident(String),
    /// Entered by a facilitator from paper, email or a session, with the name given, if any.
    Offline(Option<String>),
    /// Not shown: the author deleted the text.
    Withheld,
    /// An entity of the plan (its position).
    Entity(Text),
}

/// The author's name, then " · ": nothing for a deleted text.
pub fn signature(author: &Byline) -> Option<impl IntoView + use<>> {
    let locale = use_locale();
    let name = match author {
        Byline::Name(name) => name.clone(),
        Byline::Resident(town) => locale.t_args("accounts-byline-resident", &[("municipality", town.clone().into())]),
        Byline::Offline(Some(name)) => name.clone(),
        Byline::Offline(None) => t("accounts-byline-unnamed"),
        Byline::Entity(name) => name.text.clone(),
        Byline::Withheld => return None,
    };
    Some(view! { <strong dir="auto">{name}</strong> " · " })
}

/// The languages one may write in (the interface ones and content-only ones), `chosen` selected.
pub fn writing_languages(chosen: &str) -> std::sync::Arc<str> {
    let languages = || Locale::all().chain(Locale::content_only());
    // Rendered once per language chosen (a page has a reply form per comment); a tag that is
    // none of them selects nothing.
    let variant = languages().position(|l| l.tag() == chosen).unwrap_or(usize::MAX);
    crate::ui::once_per_language("writing language options", variant, || {
        languages()
            .map(|l| view! { <option value=l.tag() selected=l.tag() == chosen lang=l.tag()>{l.native_name()}</option> })
            .collect_view()
            .to_html()
    })
}

/// How the author appears: their name, or a resident of one of the plan's `municipalities`
/// (slug, name); ids start with `prefix`, choices come back from a refused form's `echo`.
pub fn shown_as(prefix: &str, municipalities: &[(String, String)], echo: Option<&FormEcho>) -> impl IntoView + use<> {
    let chosen = echo.and_then(|e| e.get("shown_as")).unwrap_or("resident").to_owned();
    let town = echo.and_then(|e| e.get("municipality")).unwrap_or_default().to_owned();
    let towns = municipalities
        .iter()
        .map(|(slug, name)| view! { <option value=slug.clone() selected=*slug == town>{name.clone()}</option> })
        .collect_view();
    let (name_id, resident_id, town_id) = (format!("{prefix}-as-name"), format!("{prefix}-as-resident"), format!("{prefix}-municipality"));
    view! {
        <fieldset>
            <legend>{t("accounts-byline-shown-as")}</legend>
            <p>
                <input id=name_id.clone() type="radio" name="shown_as" value="name" checked=chosen == "name"/>
                <label for=name_id>{t("accounts-byline-as-name")}</label>
            </p>
            <p>
                <input id=resident_id.clone() type="radio" name="shown_as" value="resident" checked=chosen != "name"/>
                <label for=resident_id>{t("accounts-byline-as-resident")}</label>
            </p>
            <label for=town_id.clone()>{t("accounts-byline-municipality")}</label>
            <select id=town_id name="municipality">{towns}</select>
        </fieldset>
    }
}

#[cfg(feature = "ssr")]
pub use ssr::*;

#[cfg(feature = "ssr")]
mod ssr {
    use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

    use crate::{
        accounts::model::Actor,
        core::{AppError, Invalid},
        entity::{plan_municipalities, plans},
    };

    /// The municipality a text signed `shown_as` (`name` or `resident`) names, checked against
    /// the plan: `None` for a display name (which the author must have), the municipality's id
    /// for a resident.
    pub async fn signed(db: &impl ConnectionTrait, plan: &plans::Model, actor: &Actor, shown_as: &str, municipality: &str) -> Result<Option<i32>, AppError> {
        match shown_as {
            "name" if actor.display_name.as_deref().is_none_or(|n| n.trim().is_empty()) => Err(Invalid::DisplayNameMissing.into()),
            "name" => Ok(None),
            "resident" => Ok(Some(
                plan_municipalities::Entity::find()
                    .filter(plan_municipalities::Column::PlanId.eq(plan.id))
                    .filter(plan_municipalities::Column::Slug.eq(municipality))
                    .one(db)
                    .await?
                    .ok_or(AppError::Invalid(Invalid::MunicipalityNotInPlan))?
                    .id,
            )),
            _ => Err(Invalid::FormInvalid.into()),
        }
    }

    /// The plan's municipalities (slug, name) for the signature choice; kept with the plan's
    /// content.
    pub async fn municipalities(db: &impl ConnectionTrait, plan: &plans::Model) -> Result<Vec<(String, String)>, AppError> {
        crate::content_cache::of_plan(plan, "municipalities", async {
            Ok(plan_municipalities::Entity::find()
                .filter(plan_municipalities::Column::PlanId.eq(plan.id))
                .order_by_asc(plan_municipalities::Column::Position)
                .all(db)
                .await?
                .into_iter()
                .map(|m| (m.slug, m.name))
                .collect())
        })
        .await
    }
}
