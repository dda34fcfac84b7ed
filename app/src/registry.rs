//! Where features plug their kinds of items into the shared mechanisms, so those mechanisms
//! import no feature: the item kinds moderation acts on, each resolved by the feature that owns
//! it.

use crate::moderation::{ItemKind, service::Moderated};

/// The feature's handler for a kind of moderated item.
pub fn moderated(kind: ItemKind) -> &'static dyn Moderated {
    match kind {
        ItemKind::ConsultationComment => &crate::consultations::moderated::Comments,
    }
}
