//! The demo plan's reference population: fictional figures for its foreign residents by
//! nationality (about the 7,450 its two municipalities declare), each with the languages whose
//! inputs count for it, so the participation report shows who is under-represented.

use ponte_app::{
    core::Translated,
    entity::{plan_population_groups as groups, plans},
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter};

/// Name in Portuguese and English, residents, languages.
const GROUPS: [(&str, &str, i64, &str); 8] = [
    ("Nepal", "Nepal", 1900, "ne"),
    ("Índia", "India", 1400, "hi pa-Guru"),
    ("Bangladesh", "Bangladesh", 1100, "bn"),
    ("Cabo Verde", "Cape Verde", 900, "kea"),
    ("Ucrânia", "Ukraine", 700, "uk ru"),
    ("Reino Unido e outros países de língua inglesa", "United Kingdom and other English-speaking countries", 500, "en"),
    ("Paquistão", "Pakistan", 450, "ur"),
    ("Países de língua árabe", "Arabic-speaking countries", 300, "ar"),
];

/// Where the figures say they come from.
const SOURCE: &str = "Números fictícios de demonstração, à maneira do Relatório de Migrações e Asilo da AIMA";

/// Adds the demo reference population to plan `plan_slug` unless it has one.
pub async fn seed_demo_population(db: &DatabaseConnection, plan_slug: &str) -> Result<(), DbErr> {
    let Some(plan) = plans::Entity::find().filter(plans::Column::Slug.eq(plan_slug)).one(db).await? else {
        return Ok(());
    };
    if groups::Entity::find().filter(groups::Column::PlanId.eq(plan.id)).count(db).await? > 0 {
        return Ok(());
    }
    let now = chrono::Utc::now();
    for (position, (pt, en, population, languages)) in (1..).zip(GROUPS) {
        groups::ActiveModel {
            plan_id: Set(plan.id),
            position: Set(position),
            name_i18n: Set(Translated([("pt-PT".to_owned(), pt.to_owned()), ("en".to_owned(), en.to_owned())].into()).to_json()),
            languages: Set(languages.to_owned()),
            population: Set(population),
            source: Set(SOURCE.to_owned()),
            year: Set(2024),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}
