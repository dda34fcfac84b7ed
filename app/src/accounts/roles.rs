//! Roles and what each may do in the accounts feature: a pure function with a table test.
//!
//! Everyone signed in is a resident. Other roles are granted: association representative (for
//! one entity of a plan, approved by that plan's facilitator), facilitator (per plan), moderator
//! and admin (whole deployment).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    AssociationRep,
    Facilitator,
    Moderator,
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::AssociationRep, Role::Facilitator, Role::Moderator, Role::Admin];

    /// The stored name (`role_grants.role`).
    pub fn key(self) -> &'static str {
        match self {
            Role::AssociationRep => "association_rep",
            Role::Facilitator => "facilitator",
            Role::Moderator => "moderator",
            Role::Admin => "admin",
        }
    }

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }

    /// Facilitators work on one plan; association representatives for one entity of a plan.
    pub fn needs_plan(self) -> bool {
        matches!(self, Role::Facilitator | Role::AssociationRep)
    }
}

/// A live role of a person: the role and where it applies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    pub role: Role,
    pub plan_id: Option<i32>,
    pub entity_id: Option<i32>,
}

/// What the accounts feature lets people do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Change one's own name, language and notifications; export one's data; delete the account.
    ManageOwnAccount,
    /// See the people and roles page.
    ViewPeople,
    /// Give or take away `role`, on plan `plan_id` (for per-plan roles).
    ChangeRole { role: Role, plan_id: Option<i32> },
    /// Create and change the surveys of plan `plan_id`, hand out codes, enter paper or interview
    /// responses, export raw answers and link results to measures.
    ManageSurveys { plan_id: i32 },
    /// Moderate what people write in plan `plan_id`: hide or show free-text answers in survey
    /// results; hide, remove or restore comments (and later forum posts), decide on flags.
    Moderate { plan_id: i32 },
    /// Change the texts of plan `plan_id` and their audio versions.
    EditPlanContent { plan_id: i32 },
    /// Link what participation produced in plan `plan_id` (survey results, focus-group
    /// findings…) to its measures as evidence, and remove such links.
    LinkEvidence { plan_id: i32 },
    /// Report progress on a measure of plan `plan_id` whose responsible entity is `entity_id`:
    /// the plan's facilitators, administrators and that entity's representatives.
    ReportProgress { plan_id: i32, entity_id: Option<i32> },
    /// Create a plan.
    CreatePlan,
}

/// Whether someone holding `grants` (`None` when not signed in) may do `action`.
pub fn can(grants: Option<&[Grant]>, action: Action) -> bool {
    let Some(grants) = grants else { return false };
    let is = |role: Role| grants.iter().any(|g| g.role == role);
    let facilitates = |plan: i32| grants.iter().any(|g| g.role == Role::Facilitator && g.plan_id == Some(plan));
    match action {
        Action::ManageOwnAccount => true,
        Action::ViewPeople => is(Role::Admin) || is(Role::Facilitator),
        Action::ChangeRole { role, plan_id } => {
            is(Role::Admin)
                || (role == Role::AssociationRep && plan_id.is_some_and(facilitates))
        }
        Action::ManageSurveys { plan_id } => is(Role::Admin) || facilitates(plan_id),
        Action::Moderate { plan_id } => is(Role::Admin) || is(Role::Moderator) || facilitates(plan_id),
        Action::EditPlanContent { plan_id } | Action::LinkEvidence { plan_id } => is(Role::Admin) || facilitates(plan_id),
        Action::ReportProgress { plan_id, entity_id } => {
            is(Role::Admin)
                || facilitates(plan_id)
                || entity_id.is_some_and(|entity| grants.iter().any(|g| g.role == Role::AssociationRep && g.plan_id == Some(plan_id) && g.entity_id == Some(entity)))
        }
        Action::CreatePlan => is(Role::Admin),
    }
}

/// Whose accounts someone may see on the people page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeopleScope {
    /// Administrators: every account.
    Everyone,
    /// Facilitators: the people holding a role in one of these plans (theirs), and only those
    /// roles: an email address is personal data, shown to whoever needs it for their plan.
    Plans(Vec<i32>),
}

/// The people page's scope for someone holding `grants`; `None` when they may not see it.
pub fn people_scope(grants: &[Grant]) -> Option<PeopleScope> {
    if grants.iter().any(|g| g.role == Role::Admin) {
        return Some(PeopleScope::Everyone);
    }
    let plans: Vec<i32> = grants.iter().filter(|g| g.role == Role::Facilitator).filter_map(|g| g.plan_id).collect();
    (!plans.is_empty()).then_some(PeopleScope::Plans(plans))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: i32 = 1;
    const OTHER_PLAN: i32 = 2;

    fn who(name: &str) -> Option<Vec<Grant>> {
        let grant = |role, plan_id| Grant { role, plan_id, entity_id: None };
        match name {
            "anonymous" => None,
            "resident" => Some(vec![]),
            "association_rep" => Some(vec![Grant { role: Role::AssociationRep, plan_id: Some(PLAN), entity_id: Some(7) }]),
            "facilitator" => Some(vec![grant(Role::Facilitator, Some(PLAN))]),
            "moderator" => Some(vec![grant(Role::Moderator, None)]),
            "admin" => Some(vec![grant(Role::Admin, None)]),
            _ => unreachable!(),
        }
    }

    /// Every role × every action, with the expected answer.
    #[test]
    fn permission_table() {
        let change = |role, plan_id| Action::ChangeRole { role, plan_id };
        let actions: Vec<(&str, Action)> = vec![
            ("own account", Action::ManageOwnAccount),
            ("view people", Action::ViewPeople),
            ("approve association rep here", change(Role::AssociationRep, Some(PLAN))),
            ("approve association rep elsewhere", change(Role::AssociationRep, Some(OTHER_PLAN))),
            ("make facilitator", change(Role::Facilitator, Some(PLAN))),
            ("make moderator", change(Role::Moderator, None)),
            ("make admin", change(Role::Admin, None)),
            ("manage surveys here", Action::ManageSurveys { plan_id: PLAN }),
            ("manage surveys elsewhere", Action::ManageSurveys { plan_id: OTHER_PLAN }),
            ("moderate here", Action::Moderate { plan_id: PLAN }),
            ("moderate elsewhere", Action::Moderate { plan_id: OTHER_PLAN }),
            ("edit plan texts here", Action::EditPlanContent { plan_id: PLAN }),
            ("edit plan texts elsewhere", Action::EditPlanContent { plan_id: OTHER_PLAN }),
            ("report progress, own entity", Action::ReportProgress { plan_id: PLAN, entity_id: Some(7) }),
            ("report progress, other entity", Action::ReportProgress { plan_id: PLAN, entity_id: Some(8) }),
            ("report progress, no entity", Action::ReportProgress { plan_id: PLAN, entity_id: None }),
            ("report progress elsewhere", Action::ReportProgress { plan_id: OTHER_PLAN, entity_id: Some(7) }),
        ];
        #[rustfmt::skip]
        let table: [(&str, [bool; 17]); 6] = [
            //                  own    view   rep    rep-x  facil  moder  admin  survey survey-x moder  moder-x texts texts-x prog   prog-o prog-n prog-x
            ("anonymous",       [false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false]),
            ("resident",        [true,  false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false]),
            ("association_rep", [true,  false, false, false, false, false, false, false, false, false, false, false, false, true,  false, false, false]),
            ("facilitator",     [true,  true,  true,  false, false, false, false, true,  false, true,  false, true,  false, true,  true,  true,  false]),
            ("moderator",       [true,  false, false, false, false, false, false, false, false, true,  true,  false, false, false, false, false, false]),
            ("admin",           [true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true ]),
        ];
        for (name, expected) in table {
            let grants = who(name);
            for ((label, action), want) in actions.iter().zip(expected) {
                assert_eq!(can(grants.as_deref(), *action), want, "{name} / {label}");
            }
        }
    }

    #[test]
    fn role_keys_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::from_key(role.key()), Some(role));
        }
        assert_eq!(Role::from_key("root"), None);
    }

    #[test]
    fn facilitators_see_the_people_of_their_plans_and_admins_everyone() {
        let scope = |name: &str| who(name).and_then(|g| people_scope(&g));
        assert_eq!(scope("admin"), Some(PeopleScope::Everyone));
        assert_eq!(scope("facilitator"), Some(PeopleScope::Plans(vec![PLAN])));
        for nobody in ["resident", "association_rep", "moderator"] {
            assert_eq!(scope(nobody), None, "{nobody}");
        }
    }
}
