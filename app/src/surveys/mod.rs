//! Surveys feature (issue 4, in progress). So far: the survey definition — sections, eleven
//! question types, display conditions, multilingual texts — with its validating parser, and the
//! answer decoder that turns a submitted form into typed, validated answers. Both are shared by
//! browser and server. Builder, access modes, answering pages and results come next.

pub mod answers;
pub mod definition;
