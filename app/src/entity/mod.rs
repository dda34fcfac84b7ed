//! SeaORM entities (server only), one module per table. Entity models never cross the wire: each
//! feature's service turns them into its own view types.

pub mod measure_indicators;
pub mod measure_partners;
pub mod measures;
pub mod plan_areas;
pub mod plan_entities;
pub mod plan_entity_areas;
pub mod plan_municipalities;
pub mod plans;
