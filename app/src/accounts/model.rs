//! What the accounts feature sends over the wire.

use serde::{Deserialize, Serialize};

use super::roles::{Grant, Role};

/// The signed-in person, as pages show them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub email: String,
    pub display_name: Option<String>,
    pub preferred_lang: String,
    pub notify_email: bool,
    pub grants: Vec<Grant>,
}

/// Who is making a request, resolved from the session cookie by the server for every request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    pub user_id: i32,
    pub session_id: i32,
    pub email: String,
    pub display_name: Option<String>,
    pub preferred_lang: String,
    pub notify_email: bool,
    pub grants: Vec<Grant>,
}

/// A live role as the people page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GrantView {
    pub id: i32,
    pub role: Role,
    /// Title of the plan the role applies to, if any.
    pub plan: Option<String>,
    /// Name of the entity (association) the role applies to, if any.
    pub entity: Option<String>,
}

/// A person on the people page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonView {
    pub email: String,
    pub display_name: Option<String>,
    pub grants: Vec<GrantView>,
}

/// A plan a role can be given on, with its entities (for association representatives).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanChoice {
    pub slug: String,
    pub title: String,
    /// (slug, name) of each entity of the plan.
    pub entities: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeopleView {
    pub people: Vec<PersonView>,
    pub plans: Vec<PlanChoice>,
    /// The reader may create plans (administrators): the page links to the form.
    pub can_create_plans: bool,
}

/// Cookie holding the session token (only its hash is stored).
pub const SESSION_COOKIE: &str = "ponte_session";
/// Cookie remembering, for the code form, which address a sign-in was requested for.
pub const PENDING_COOKIE: &str = "ponte_signin";
