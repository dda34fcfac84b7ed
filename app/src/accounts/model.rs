//! What the accounts feature sends over the wire.

use serde::{Deserialize, Serialize};

/// The signed-in person, as pages show them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub email: String,
    pub display_name: Option<String>,
}

/// Who is making a request, resolved from the session cookie by the server for every request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    pub user_id: i32,
    pub session_id: i32,
    pub email: String,
    pub display_name: Option<String>,
}

/// Cookie holding the session token (only its hash is stored).
pub const SESSION_COOKIE: &str = "ponte_session";
/// Cookie remembering, for the code form, which address a sign-in was requested for.
pub const PENDING_COOKIE: &str = "ponte_signin";
