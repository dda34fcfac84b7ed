#![allow(clippy::expect_used, clippy::unwrap_used)] // test helpers fail loudly

//! Translation completeness: every language has every message of the default language (pt-PT),
//! file by file, with no parse errors; every message id used in the code exists; every code that
//! turns into a message id at run time (error codes, plan stages, entity kinds…) has its message.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::{Path, PathBuf},
};

use fluent_syntax::{ast, parser};
use ponte_app::{core::AppError, i18n::Locale, plans::model};

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// file name → message ids, for one language folder. Fails on any parse error.
fn messages(tag: &str) -> BTreeMap<String, BTreeSet<String>> {
    let dir = locales_dir().join(tag);
    let mut out = BTreeMap::new();
    let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("dir entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        let source = fs::read_to_string(&path).expect("read ftl");
        let resource = parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
        let ids = resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect();
        let file = path.file_name().and_then(|f| f.to_str()).expect("file name").to_owned();
        out.insert(file, ids);
    }
    out
}

#[test]
fn every_language_has_every_message_of_the_default_language() {
    let base = messages("pt-PT");
    assert!(base.len() >= 4, "pt-PT has too few .ftl files: {:?}", base.keys());
    let mut problems = Vec::new();
    for locale in Locale::all() {
        let other = messages(locale.tag());
        if other.keys().collect::<Vec<_>>() != base.keys().collect::<Vec<_>>() {
            problems.push(format!("{}: files {:?}, expected {:?}", locale.tag(), other.keys(), base.keys()));
            continue;
        }
        for (file, ids) in &base {
            let theirs = &other[file];
            for missing in ids.difference(theirs) {
                problems.push(format!("{}/{file}: missing {missing}", locale.tag()));
            }
            for extra in theirs.difference(ids) {
                problems.push(format!("{}/{file}: {extra} is not in pt-PT", locale.tag()));
            }
        }
    }
    assert!(problems.is_empty(), "translation problems:\n{}", problems.join("\n"));
}

#[test]
fn message_ids_start_with_their_file_feature() {
    for (file, ids) in messages("pt-PT") {
        let feature = file.trim_end_matches(".ftl");
        for id in ids {
            assert!(id.starts_with(&format!("{feature}-")), "{file}: {id} should start with {feature}-");
        }
    }
}

fn all_base_ids() -> BTreeSet<String> {
    messages("pt-PT").into_values().flatten().collect()
}

fn rust_sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().and_then(|e| e.to_str()) == Some("rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_message_id_in_the_code_exists() {
    let ids = all_base_ids();
    let features: Vec<String> = messages("pt-PT").keys().map(|f| f.trim_end_matches(".ftl").to_owned()).collect();
    let pattern = format!(r#""((?:{})-[a-z0-9_-]*[a-z0-9_])""#, features.join("|"));
    let literal = regex::Regex::new(&pattern).expect("regex");
    let mut files = Vec::new();
    rust_sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut used = 0;
    let mut missing = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).expect("read source");
        for cap in literal.captures_iter(&source) {
            used += 1;
            let id = &cap[1];
            // `core-month-` style prefixes completed at run time are checked below.
            if !id.ends_with('-') && !ids.contains(id) {
                missing.push(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(used > 50, "the scan found only {used} message ids; is the pattern still right?");
    assert!(missing.is_empty(), "ids used in code but absent from pt-PT:\n{}", missing.join("\n"));
}

#[test]
fn every_code_shown_as_a_message_has_one() {
    let ids = all_base_ids();
    let mut wanted: Vec<String> = Vec::new();
    for error in AppError::all() {
        wanted.push(error.message_id().to_owned());
        wanted.push(error.title_id());
    }
    for kind in model::PLAN_KINDS {
        wanted.push(format!("plans-kind-{kind}"));
    }
    for status in model::PLAN_STATUSES {
        wanted.push(format!("plans-status-{status}"));
        wanted.push(format!("plans-status-{status}-explained"));
    }
    for status in ponte_app::monitoring::STATUSES {
        wanted.push(format!("monitoring-status-{status}"));
    }
    for status in model::MEASURE_STATUSES {
        wanted.push(format!("plans-measure-status-{status}"));
    }
    for kind in model::ENTITY_KINDS {
        wanted.push(format!("plans-entity-kind-{kind}"));
    }
    for role in ponte_app::accounts::roles::Role::ALL {
        wanted.push(format!("accounts-role-{}", role.key()));
    }
    wanted.push("accounts-role-resident".to_owned());
    use ponte_app::surveys::{answers::AnswerProblem, model::{Access, Channel, Phase}};
    for problem in AnswerProblem::ALL {
        wanted.push(problem.message_id().to_owned());
    }
    for access in Access::ALL {
        wanted.push(format!("surveys-privacy-{}", access.key()));
    }
    for access in Access::ALL {
        wanted.push(format!("surveys-access-{}", access.key()));
    }
    for kind in ponte_app::surveys::builder::edit::KINDS {
        wanted.push(format!("surveys-kind-{kind}"));
    }
    for op in ["equals", "not_equals", "any_of", "answered"] {
        wanted.push(format!("surveys-builder-op-{op}"));
    }
    for channel in Channel::ALL {
        wanted.push(format!("surveys-channel-{}", channel.key()));
    }
    for phase in [Phase::Draft, Phase::NotYetOpen, Phase::Open, Phase::Closed] {
        wanted.push(format!("surveys-phase-{}", phase.key()));
        if phase != Phase::Open {
            wanted.push(format!("surveys-cannot-answer-{}", phase.key()));
        }
    }
    for kind in ponte_app::evidence::model::OutcomeKind::ALL {
        wanted.push(format!("evidence-kind-{}", kind.key()));
        wanted.push(format!("evidence-source-{}", kind.key()));
        wanted.push(format!("evidence-column-{}", kind.key()));
    }
    for stance in ponte_app::evidence::model::Stance::ALL {
        wanted.push(format!("evidence-stance-{}", stance.key()));
    }
    for channel in ponte_app::surveys::model::Channel::ALL {
        wanted.push(format!("report-participation-channel-survey_{}", channel.key()));
    }
    for channel in ponte_app::consultations::domain::CHANNELS {
        wanted.push(format!("report-participation-channel-comment_{channel}"));
    }
    for other in ["position", "focus_group", "forum_post"] {
        wanted.push(format!("report-participation-channel-{other}"));
    }
    for month in 1..=12 {
        wanted.push(format!("core-month-{month}"));
    }
    use ponte_app::focus_groups::{GroupState, Seat, domain::{ACCESS, SUPPORT}};
    for state in [GroupState::Poll, GroupState::Open, GroupState::Waitlist, GroupState::Full, GroupState::Past, GroupState::Cancelled] {
        wanted.push(format!("focus-groups-state-{}", state.key()));
        wanted.push(format!("focus-groups-closed-{}", state.key()));
    }
    for seat in [Seat::Confirmed, Seat::Waitlisted, Seat::Cancelled] {
        wanted.push(format!("focus-groups-seat-{}", seat.key()));
        wanted.push(format!("focus-groups-registration-{}", seat.key()));
    }
    for key in ACCESS {
        wanted.push(format!("focus-groups-access-{key}"));
    }
    for key in SUPPORT {
        wanted.push(format!("focus-groups-support-{key}"));
    }
    for answer in ponte_app::focus_groups::domain::ANSWERS {
        wanted.push(format!("focus-groups-answer-{answer}"));
    }
    let notices = ponte_app::focus_groups::domain::Notice::ALL.map(|n| n.key());
    for notice in notices.iter().copied().chain(["fixed"]) {
        for part in ["subject", "intro", "next", "action"] {
            wanted.push(format!("focus-groups-email-{notice}-{part}"));
        }
    }
    for kind in ponte_app::moderation::ItemKind::ALL {
        wanted.push(format!("moderation-kind-{}", kind.key()));
    }
    for action in ["locked", "unlocked", "pinned", "unpinned", "closed"] {
        wanted.push(format!("moderation-action-{action}"));
    }
    for reason in [ponte_app::moderation::domain::MANAGEMENT, ponte_app::moderation::domain::OUTCOME] {
        wanted.push(format!("moderation-reason-{reason}"));
    }
    for badge in ["pinned", "locked", "closed"] {
        wanted.push(format!("forum-badge-{badge}"));
    }
    for mode in ponte_app::forum::domain::FOLLOW_MODES {
        wanted.push(format!("forum-following-{mode}"));
        wanted.push(format!("forum-follow-{mode}"));
    }
    wanted.push("forum-follow-stop".to_owned());
    for keeping in ["pin", "unpin", "lock", "unlock"] {
        wanted.push(format!("forum-keep-{keeping}"));
    }
    for state in ["hidden", "removed", "deleted"] {
        wanted.push(format!("forum-post-placeholder-{state}"));
        wanted.push(format!("forum-thread-placeholder-{state}"));
    }
    let missing: Vec<&String> = wanted.iter().filter(|id| !ids.contains(*id)).collect();
    assert!(missing.is_empty(), "missing messages: {missing:?}");
}

/// Every variable any message uses, so messages with placeables resolve too.
const ARGS: [&str; 62] = [
    "zone",
    "area", "code", "email", "count", "measures", "areas", "core", "day", "month", "year", "start", "end", "language",
    "date", "questions", "sections", "current", "total", "min", "max", "answer", "unused", "used", "value", "interface", "size", "languages", "mean", "median", "response", "who", "page", "pages", "number", "example", "from", "to", "skipped", "file", "encoding", "separator",
    "part",
    "reaction",
    "municipality",
    "reason",
    "decision",
    "plan",
    "url",
    "taken", "capacity", "name", "topic", "place", "ages", "band",
    "when", "title",
    "source",
    "percent", "indicator", "entity",
];

#[test]
fn no_language_shows_a_raw_message_id() {
    // A lookup that fails returns the id itself; every language must produce real text.
    for locale in Locale::all() {
        for id in all_base_ids() {
            let text = locale.t_args(&id, &ARGS.map(|a| (a, 2.into())));
            assert_ne!(text, id, "{}: {id} did not resolve", locale.tag());
        }
    }
}

#[test]
fn translations_are_not_copies_of_english() {
    // Words spelled the same in English and in the language (each checked by hand): the only
    // messages allowed to read as the English line does.
    const COGNATES: &[(&str, &str)] = &[
        ("fr", "plans-entity-services"),
        ("fr", "plans-phase-forum"),
        ("fr", "plans-timeline-kind"),
        ("fr", "plans-entity-kind-association"),
        ("fr", "surveys-builder-intro-label"),
        ("fr", "surveys-builder-questions-heading"),
        ("fr", "surveys-builder-question-text"),
        ("fr", "surveys-kind-date"),
        ("fr", "core-nav-plans"),
        ("fr", "moderation-log-col-when"),
        ("fr", "moderation-state-visible"),
        ("es", "moderation-state-visible"),
        ("ro", "accounts-role-facilitator"),
        ("ro", "plans-phase-forum"),
        ("ro", "accounts-role-moderator"),
        ("ro", "accounts-role-admin"),
        ("ro", "plans-measure-indicator"),
    ];
    let en = messages("en");
    let read = |tag: &str, file: &str| fs::read_to_string(locales_dir().join(tag).join(file)).expect("read");
    for locale in Locale::all().filter(|l| !matches!(l.tag(), "en")) {
        let mut same = 0;
        let mut total = 0;
        for file in en.keys() {
            let english: BTreeSet<String> = read("en", file).lines().map(str::to_owned).collect();
            for line in read(locale.tag(), file).lines() {
                // Only lines with words of their own: skip `id = { $a } { $b }` and selector heads.
                let words = line.split_once(" = ").map(|(_, value)| {
                    let mut depth = 0;
                    value.chars().filter(|c| {
                        match c {
                            '{' => depth += 1,
                            '}' => depth -= 1,
                            _ => {}
                        }
                        depth == 0 && c.is_alphabetic()
                    }).count()
                });
                let id = line.split_once(" = ").map_or("", |(id, _)| id.trim());
                if words.is_some_and(|w| w > 3) {
                    total += 1;
                    if english.contains(line) && !COGNATES.contains(&(locale.tag(), id)) {
                        same += 1;
                    }
                }
            }
        }
        assert!(total > 40, "{}: too few messages", locale.tag());
        assert_eq!(same, 0, "{}: {same} messages are identical to English", locale.tag());
    }
}
