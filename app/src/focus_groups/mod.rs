//! Focus groups feature: facilitators of a plan set up a focus group (topic, the areas and
//! measures it is about, who it is for, languages and interpretation, venue and access, capacity,
//! support, consent text); once its time is fixed, people register without an account — with
//! their language and the needs facilitators plan for — up to its capacity and then on a
//! waitlist; a cancel link in their confirmation frees the place, and the first in line is
//! promoted and told.
//!
//! Where each part lives: `domain` (states and rules without a database), `service` (a plan's
//! focus groups, creating one, what its page shows), `poll` (the date poll before a time is
//! fixed), `registrations` (registering, cancelling, the waitlist, needs deleted 30 days after
//! the session), `emails` (what a registration is told, with `calendar`'s invitation),
//! `reminders` (two days and two hours before, once), `changes` (moving a session or calling it
//! off, and telling everyone), `attendance` (the sheet and checking in on the day); pages:
//! `pages` (the list, one focus group with its registration form and, for facilitators, its
//! roster, needs and the forms that change the session), `poll_page` (the poll's grid and
//! form), `attendance_page` (the printable sheet with its check-in buttons), `registration`
//! (the page a confirmation links to, with the cancel button).
//!
//! After the session: `findings` (minutes and findings — written, translated, tagged, checked for
//! participants' names, published — and the evidence resolver for findings), `findings_page`
//! (the printable summary with the facilitators' forms), `published` (the findings shown on the
//! plan's and each tagged measure's page).

pub mod api;
#[cfg(feature = "ssr")]
pub mod attendance;
pub mod attendance_page;
#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod changes;
pub mod domain;
#[cfg(feature = "ssr")]
pub mod emails;
#[cfg(feature = "ssr")]
pub mod findings;
pub mod findings_page;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod poll;
pub mod poll_page;
pub mod published;
pub mod registration;
#[cfg(feature = "ssr")]
pub mod registrations;
#[cfg(feature = "ssr")]
pub mod reminders;
#[cfg(feature = "ssr")]
pub mod service;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

pub use domain::{GroupState, Seat};

use crate::{
    core::Text,
    plans::model::{MeasureCard, PlanRef},
};

/// When a session takes place, on the plan's wall clock.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub starts: NaiveDateTime,
    pub ends: NaiveDateTime,
}

impl Session {
    /// "14 April 2026, 18:30–20:00" in `locale`, on the plan's wall clock.
    pub fn describe(&self, locale: crate::i18n::Locale) -> String {
        locale.t_args(
            "focus-groups-when",
            &[("date", locale.date(self.starts.date()).into()), ("start", self.starts.format("%H:%M").to_string().into()), ("end", self.ends.format("%H:%M").to_string().into())],
        )
    }
}

/// A focus group as the plan's list names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupCard {
    pub slug: String,
    pub topic: Text,
    pub audience: Text,
    pub session: Option<Session>,
    pub state: GroupState,
    pub capacity: i32,
    pub confirmed: i32,
}

/// A plan's focus groups, soonest first; for its facilitators, what the form to set one up needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupsView {
    pub plan: PlanRef,
    pub groups: Vec<GroupCard>,
    pub manage: Option<ManageGroups>,
}

/// An area as the form lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaChoice {
    pub code: String,
    pub name: Text,
}

/// What the form to set up a focus group offers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ManageGroups {
    pub areas: Vec<AreaChoice>,
    pub measures: Vec<MeasureCard>,
    /// The plan's languages, its own first.
    pub languages: Vec<String>,
}

/// One focus group's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupView {
    pub plan: PlanRef,
    pub card: GroupCard,
    pub venue: Text,
    pub online_url: Option<String>,
    pub access: Vec<String>,
    pub support: Vec<String>,
    pub consent: Text,
    pub languages: Vec<String>,
    pub interpretation: Vec<String>,
    pub hosts: String,
    pub areas: Vec<AreaChoice>,
    pub measures: Vec<MeasureCard>,
    pub waitlisted: i32,
    pub keeps_waitlist: bool,
    /// The languages a registration may choose (the plan's first).
    pub registration_languages: Vec<String>,
    /// The time zone the times are in (an IANA name).
    pub time_zone: String,
    /// For the plan's facilitators: who registered and what they need.
    pub roster: Option<Roster>,
    /// Once the session has been held: how many took part.
    pub came: Option<i32>,
    /// Its minutes and findings are public.
    pub findings_published: bool,
}

/// Who registered, for the plan's facilitators.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Roster {
    pub people: Vec<Registrant>,
    pub needs: Needs,
}

/// One registration as the roster shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Registrant {
    pub name: String,
    pub seat: Seat,
    pub lang: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub interpret_into: Option<String>,
    pub access: Option<String>,
    pub children: i32,
    pub children_ages: Option<String>,
    pub diet: Option<String>,
    pub note: Option<String>,
    /// Registered by a facilitator on the person's behalf.
    pub entered: bool,
}

/// The needs of the confirmed participants, totalled for planning.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Needs {
    /// Interpreters wanted: language → people.
    pub interpreters: Vec<(String, i32)>,
    /// Childcare places by age band (`domain::AGE_BANDS`), and children whose age was not given.
    pub children: Vec<(String, i32)>,
    pub children_unaged: i32,
    /// Access needs and dietary notes as written.
    pub access: Vec<String>,
    pub diets: Vec<String>,
}

/// A time the date poll proposes, with its totals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotView {
    pub id: i32,
    pub starts: NaiveDateTime,
    pub ends: NaiveDateTime,
    pub yes: i32,
    pub maybe: i32,
    pub no: i32,
}

/// One person's answers, slot by slot (`None`: not answered), for the facilitators.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VoterRow {
    pub name: String,
    pub answers: Vec<Option<String>>,
}

/// A focus group's date poll.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PollView {
    pub plan: PlanRef,
    pub card: GroupCard,
    pub slots: Vec<SlotView>,
    /// How many people answered.
    pub answered: i32,
    /// For the plan's facilitators: who answered what.
    pub voters: Option<Vec<VoterRow>>,
    /// The languages a voter may choose to be written to in.
    pub languages: Vec<String>,
}

/// One confirmed participant on the attendance sheet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttendanceRow {
    pub id: i32,
    pub name: String,
    pub lang: String,
    /// Needs as short codes (`attendance::codes`).
    pub codes: Vec<String>,
    pub attended: bool,
}

/// A focus group's attendance sheet, for its facilitators.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttendanceView {
    pub plan: PlanRef,
    pub card: GroupCard,
    pub people: Vec<AttendanceRow>,
    /// How many have been checked in.
    pub came: i32,
}

/// The outcome a finding is, for the evidence registry.
pub fn finding_outcome(id: i32) -> crate::evidence::model::OutcomeRef {
    crate::evidence::model::OutcomeRef::new(crate::evidence::model::OutcomeKind::FocusGroupFinding, id.to_string())
}

/// One finding: its statement and what it is tagged with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FindingView {
    pub id: i32,
    pub statement: Text,
    pub areas: Vec<AreaChoice>,
    pub measures: Vec<MeasureCard>,
}

/// A focus group's minutes and findings: the one-page summary for everyone once published, and
/// for its facilitators the forms that write, translate, tag, link and publish them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FindingsView {
    pub plan: PlanRef,
    pub card: GroupCard,
    /// How many took part, once the session has been held.
    pub came: Option<i32>,
    pub published: bool,
    /// The minutes in the reader's language (or the nearest), as safe HTML; `None` if none.
    pub minutes: Option<Text>,
    pub findings: Vec<FindingView>,
    /// The languages the summary can be printed in (the plan's and the session's).
    pub languages: Vec<String>,
    pub manage: Option<ManageFindings>,
}

/// What the facilitators' forms need.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ManageFindings {
    pub areas: Vec<AreaChoice>,
    pub measures: Vec<MeasureCard>,
    /// The minutes as written, per language (to edit).
    pub minutes: Vec<(String, String)>,
    /// Each finding's statement as written, per language (to translate).
    pub statements: Vec<(i32, Vec<(String, String)>)>,
    pub evidence: crate::evidence::model::OutcomeEvidence,
    /// The session has been held, so the findings can be published.
    pub held: bool,
}

/// A published finding where a plan or measure page lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FindingCard {
    pub id: i32,
    pub group: String,
    pub topic: Text,
    pub statement: Text,
}

/// The page a confirmation email links to: one registration, with its cancel button.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegistrationView {
    pub plan: PlanRef,
    pub group: GroupCard,
    pub name: String,
    pub seat: Seat,
    /// Its place in the waitlist (1 = next), when waitlisted.
    pub waitlist_place: Option<i32>,
    /// Whether it can still be cancelled (not cancelled, session not started).
    pub cancellable: bool,
}
