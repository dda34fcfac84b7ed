//! The demo plan's versions of the draft: version 1 as the plan file has it, and version 2 with
//! the changes the surveys led to (a reworded objective, a new indicator, a measure moved from
//! level 2 to level 1), so the measure pages show a history and a diff.

use ponte_app::{
    core::Translated,
    entity::{plan_versions, plans},
    plans::drafting::{doc::IndicatorDoc, service},
};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

fn tr(pairs: &[(&str, &str)]) -> Translated {
    Translated(pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect())
}

fn failed(e: ponte_app::core::AppError) -> DbErr {
    DbErr::Custom(format!("demo versions: {e:?}"))
}

/// Publishes the demo plan's two versions unless it has versions already.
pub async fn seed_demo_versions(db: &DatabaseConnection, plan_slug: &str) -> Result<(), DbErr> {
    let Some(plan) = plans::Entity::find().filter(plans::Column::Slug.eq(plan_slug)).one(db).await? else {
        return Ok(());
    };
    if plan_versions::Entity::find().filter(plan_versions::Column::PlanId.eq(plan.id)).one(db).await?.is_some() {
        return Ok(());
    }
    service::adopt(db, &plan).await.map_err(failed)?;
    let first = tr(&[
        ("pt-PT", "Primeira versão da proposta, aberta aos inquéritos e à consulta."),
        ("en", "First version of the proposal, open to the surveys and the consultation."),
    ]);
    service::publish(db, plan.clone(), None, first).await.map_err(failed)?;
    for (id, mut doc) in service::documents(db, &plan).await.map_err(failed)? {
        match doc.code.as_str() {
            "VL-LIN-03" => {
                if let Some(objective) = doc.objectives.first_mut() {
                    *objective = tr(&[
                        ("pt-PT", "Melhorar o domínio do português dos residentes migrantes adultos, com turmas em horário pós-laboral."),
                        ("en", "Improve the Portuguese proficiency of adult migrant residents, with classes outside working hours."),
                    ]);
                }
            }
            "VL-SAU-04" => doc.indicators.push(IndicatorDoc {
                name: tr(&[("pt-PT", "Consultas com interpretação"), ("en", "Consultations with an interpreter")]),
                target: tr(&[("pt-PT", "500 por ano"), ("en", "500 per year")]),
            }),
            "VL-UH-05" => doc.level = 1,
            _ => continue,
        }
        service::replace(db, plan.id, id, &doc).await.map_err(failed)?;
    }
    let second = tr(&[
        ("pt-PT", "Revista depois dos inquéritos: turmas de português em horário pós-laboral, um indicador de consultas com interpretação e a mediação habitacional passa a nível 1."),
        ("en", "Revised after the surveys: Portuguese classes outside working hours, an indicator of consultations with an interpreter, and housing mediation moves to level 1."),
    ]);
    service::publish(db, plan, None, second).await.map_err(failed)?;
    Ok(())
}
