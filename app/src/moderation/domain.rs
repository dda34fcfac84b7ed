//! The rules of moderation that need no database: the kinds of items it acts on (typed
//! references), the states an item can be in, the reasons people and moderators give, how many
//! flags hide an item, and which decision applies to which state.

use serde::{Deserialize, Serialize};

/// Flags by this many different people hide an item until a moderator looks at it.
pub const FLAG_THRESHOLD: u64 = 3;
/// Why something is flagged, hidden or removed (`moderation-reason-*` messages).
pub const REASONS: &[&str] = &["spam", "abusive", "personal_data", "off_topic", "other"];

/// The kinds of items moderation acts on; each is owned (stored, shown) by its feature.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ItemKind {
    /// A comment (or reply) in a public consultation.
    ConsultationComment,
    /// A forum thread as a whole (its title, and every post under it).
    ForumThread,
    /// A post of a forum thread.
    ForumPost,
}

impl ItemKind {
    pub const ALL: [ItemKind; 3] = [ItemKind::ConsultationComment, ItemKind::ForumThread, ItemKind::ForumPost];

    /// How it is stored and sent in forms (and the `moderation-kind-*` message).
    pub fn key(self) -> &'static str {
        match self {
            ItemKind::ConsultationComment => "consultation_comment",
            ItemKind::ForumThread => "forum_thread",
            ItemKind::ForumPost => "forum_post",
        }
    }

    pub fn parse(key: &str) -> Option<ItemKind> {
        ItemKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Where an item stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ItemState {
    Visible,
    /// Out of view: flagged by enough people or hidden by a moderator, until a moderator decides.
    Hidden,
    /// Taken down by a moderator.
    Removed,
    /// Withdrawn by its author (its text is gone).
    Deleted,
}

impl ItemState {
    /// How it is stored (the features' `state` columns).
    pub fn key(self) -> &'static str {
        match self {
            ItemState::Visible => "visible",
            ItemState::Hidden => "hidden",
            ItemState::Removed => "removed",
            ItemState::Deleted => "deleted",
        }
    }

    pub fn parse(key: &str) -> Option<ItemState> {
        [ItemState::Visible, ItemState::Hidden, ItemState::Removed, ItemState::Deleted].into_iter().find(|s| s.key() == key)
    }
}

/// What a moderator decides about an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    Hide,
    Remove,
    Restore,
}

impl Decision {
    pub fn parse(key: &str) -> Option<Decision> {
        match key {
            "hide" => Some(Decision::Hide),
            "remove" => Some(Decision::Remove),
            "restore" => Some(Decision::Restore),
            _ => None,
        }
    }

    /// The state an item in `from` goes to; `None` when the decision does not apply (an
    /// author's deletion is final).
    pub fn apply(self, from: ItemState) -> Option<ItemState> {
        match (self, from) {
            (Decision::Hide, ItemState::Visible) => Some(ItemState::Hidden),
            (Decision::Remove, ItemState::Visible | ItemState::Hidden) => Some(ItemState::Removed),
            (Decision::Restore, ItemState::Hidden | ItemState::Removed) => Some(ItemState::Visible),
            _ => None,
        }
    }

    /// What the public log says happened.
    pub fn logged(self) -> LogAction {
        match self {
            Decision::Hide => LogAction::Hidden,
            Decision::Remove => LogAction::Removed,
            Decision::Restore => LogAction::Restored,
        }
    }
}

/// An entry of the public moderation log (`moderation-action-*` messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LogAction {
    /// Hidden automatically, flagged by [`FLAG_THRESHOLD`] people.
    HiddenByFlags,
    Hidden,
    Removed,
    Restored,
    /// A thread locked (no more replies) or unlocked.
    Locked,
    Unlocked,
    /// A thread pinned to the top of its forum, or unpinned.
    Pinned,
    Unpinned,
    /// A thread closed with its outcome.
    Closed,
}

/// The reason logged for keeping a forum in order (locking, pinning).
pub const MANAGEMENT: &str = "management";
/// The reason logged for closing a thread with its outcome.
pub const OUTCOME: &str = "outcome";

impl LogAction {
    pub fn key(self) -> &'static str {
        match self {
            LogAction::HiddenByFlags => "hidden_by_flags",
            LogAction::Hidden => "hidden",
            LogAction::Removed => "removed",
            LogAction::Restored => "restored",
            LogAction::Locked => "locked",
            LogAction::Unlocked => "unlocked",
            LogAction::Pinned => "pinned",
            LogAction::Unpinned => "unpinned",
            LogAction::Closed => "closed",
        }
    }
}

/// The reason given most often among `reasons` (the first of [`REASONS`] on a tie).
pub fn main_reason<'a>(reasons: impl IntoIterator<Item = &'a str>) -> &'static str {
    let mut counts = [0usize; 5];
    for reason in reasons {
        if let Some(i) = REASONS.iter().position(|r| *r == reason) {
            counts[i] += 1;
        }
    }
    let best = counts.iter().enumerate().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0))).map_or(0, |(i, _)| i);
    REASONS[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions_apply_only_where_they_change_something() {
        use Decision::*;
        use ItemState::*;
        assert_eq!(Hide.apply(Visible), Some(Hidden));
        assert_eq!(Hide.apply(Hidden), None);
        assert_eq!(Remove.apply(Visible), Some(Removed));
        assert_eq!(Remove.apply(Hidden), Some(Removed));
        assert_eq!(Restore.apply(Hidden), Some(Visible));
        assert_eq!(Restore.apply(Removed), Some(Visible));
        assert_eq!(Restore.apply(Visible), None);
        for decision in [Hide, Remove, Restore] {
            assert_eq!(decision.apply(Deleted), None, "an author's deletion is final");
        }
    }

    #[test]
    fn keys_round_trip() {
        for kind in ItemKind::ALL {
            assert_eq!(ItemKind::parse(kind.key()), Some(kind));
        }
        for state in [ItemState::Visible, ItemState::Hidden, ItemState::Removed, ItemState::Deleted] {
            assert_eq!(ItemState::parse(state.key()), Some(state));
        }
        assert_eq!(ItemKind::parse("user"), None);
        assert_eq!(Decision::parse("ban"), None);
    }

    #[test]
    fn the_main_reason_is_the_most_given() {
        assert_eq!(main_reason(["abusive", "spam", "abusive"]), "abusive");
        assert_eq!(main_reason(["other", "spam"]), "spam", "ties go to the first of the list");
        assert_eq!(main_reason([]), "spam");
    }
}
