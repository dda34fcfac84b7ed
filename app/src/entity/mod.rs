//! SeaORM entities (server only), one module per table. Entity models never cross the wire: each
//! feature's service turns them into its own view types.

pub mod audio_clips;
pub mod entity_imports;
pub mod audit_log;
pub mod consultation_comments;
pub mod consultation_reactions;
pub mod consultations;
pub mod evidence_links;
pub mod form_once;
pub mod measure_drafts;
pub mod measure_indicators;
pub mod measure_partners;
pub mod measure_versions;
pub mod measures;
pub mod plan_areas;
pub mod plan_entities;
pub mod plan_entity_areas;
pub mod plan_municipalities;
pub mod plan_phases;
pub mod plan_versions;
pub mod outbox;
pub mod plans;
pub mod rate_limits;
pub mod role_grants;
pub mod sessions;
pub mod sign_in_tokens;
pub mod survey_codes;
pub mod survey_drafts;
pub mod survey_held;
pub mod survey_participations;
pub mod survey_responses;
pub mod survey_tallies;
pub mod survey_texts;
pub mod surveys;
pub mod users;
