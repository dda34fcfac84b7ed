//! Where features plug their kinds of items into the shared mechanisms, so those mechanisms
//! import no feature: the item kinds moderation acts on and the kinds of outcome evidence links,
//! each resolved by the feature that owns it.

use crate::{
    evidence::{model::OutcomeKind, service::Outcomes},
    moderation::{ItemKind, service::Moderated},
};

/// The feature's handler for a kind of moderated item.
pub fn moderated(kind: ItemKind) -> &'static dyn Moderated {
    match kind {
        ItemKind::ConsultationComment => &crate::consultations::moderated::Comments,
        ItemKind::ForumThread => &crate::forum::moderated::Threads,
        ItemKind::ForumPost => &crate::forum::moderated::Posts,
    }
}

/// The feature's resolver for a kind of outcome.
pub fn outcomes(kind: OutcomeKind) -> &'static dyn Outcomes {
    match kind {
        OutcomeKind::SurveyQuestion => &crate::surveys::evidence::Questions,
        OutcomeKind::FocusGroupFinding => &crate::focus_groups::findings::Findings,
        OutcomeKind::ForumOutcome => &crate::forum::evidence::Outcomes,
        OutcomeKind::ConsultationComment => &crate::consultations::evidence::Comments,
        OutcomeKind::AssociationPosition => &crate::consultations::evidence::Positions,
    }
}
