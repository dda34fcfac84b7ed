//! Benchmarks only (bench/plans.sh): many plans on one host, as a national deployment carries
//! them — each made the way facilitators make one (`plans::create`, then drafts published as
//! versions through `plans::drafting`), with measures that change between versions.

use ponte_app::{
    accounts::{domain::EmailAddress, people, roles::Role},
    core::Translated,
    entity::users,
    plans::{
        create::service::{NewPlan, create},
        drafting::{doc::IndicatorDoc, service as drafting},
        municipalities,
    },
};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

#[derive(clap::Args)]
pub struct PlansArgs {
    /// Plans to create (one municipality each, in the order of the official list).
    #[arg(long, default_value_t = 300)]
    pub plans: usize,
    /// Measures in each plan.
    #[arg(long, default_value_t = 30)]
    pub measures: usize,
    /// Versions published of each plan's draft (a third of the measures change each time).
    #[arg(long, default_value_t = 3)]
    pub versions: usize,
}

fn text(pt: String, en: String) -> Translated {
    Translated([("pt-PT".to_owned(), pt), ("en".to_owned(), en)].into())
}

const AREAS: [&str; 8] = ["CA", "SAI", "UH", "MTE", "EDU", "LIN", "SAU", "CID"];

pub async fn run(db: &DatabaseConnection, args: PlansArgs) -> Result<(), String> {
    let email = EmailAddress::parse("bench-plans@example.org").map_err(|_| "email".to_owned())?;
    people::grant_role(db, None, people::GrantRequest { email: email.clone(), role: Role::Admin, plan_slug: None, entity_slug: None })
        .await
        .map_err(|e| e.to_string())?;
    let admin = users::Entity::find()
        .filter(users::Column::Email.eq(email.as_str()))
        .one(db)
        .await
        .map_err(|e| e.to_string())?
        .ok_or("no admin")?
        .id;
    let failed = |e: ponte_app::core::AppError| format!("{e:?}");
    for (n, m) in municipalities::all().iter().take(args.plans).enumerate() {
        let slug = format!("pmim-{}", m.dico);
        if drafting::plan_by_slug(db, &slug).await.is_ok() {
            continue;
        }
        let new = NewPlan {
            slug: slug.clone(),
            kind: "municipal".into(),
            title: format!("Plano Municipal para a Integração de Migrantes de {} 2027–2029", m.name),
            lang: "pt-PT".into(),
            period_start: chrono::NaiveDate::from_ymd_opt(2027, 1, 1).ok_or("date")?,
            period_end: chrono::NaiveDate::from_ymd_opt(2029, 12, 31).ok_or("date")?,
            municipalities: vec![m.dico.clone()],
        };
        create(db, new, admin).await.map_err(failed)?;
        let plan = drafting::plan_by_slug(db, &slug).await.map_err(failed)?;
        for i in 0..args.measures {
            let area = AREAS[i % AREAS.len()];
            drafting::create(db, plan.clone(), admin, area, "", &format!("Medida {} de {}", i + 1, m.name)).await.map_err(failed)?;
        }
        for version in 1..=args.versions {
            for (k, (id, mut doc)) in drafting::documents(db, &plan).await.map_err(failed)?.into_iter().enumerate() {
                if version > 1 && k % 3 != version % 3 {
                    continue;
                }
                doc.summary = text(format!("Resumo da medida {k}, versão {version}, em {}.", m.name), format!("Summary of measure {k}, version {version}, in {}.", m.name));
                doc.description = text("Descrição longa da medida. ".repeat(20), "A long description of the measure. ".repeat(20));
                doc.objectives = vec![text(format!("Objetivo A da versão {version}"), format!("Objective A of version {version}")), text("Objetivo B".into(), "Objective B".into())];
                doc.indicators = vec![IndicatorDoc { name: text("Pessoas apoiadas".into(), "People supported".into()), target: text(format!("{} por ano", 100 * version), format!("{} a year", 100 * version)) }];
                doc.level = if k % 4 == 0 { 1 } else { 2 };
                drafting::replace(db, plan.id, id, &doc).await.map_err(failed)?;
            }
            let note = text(format!("Versão {version}"), format!("Version {version}"));
            drafting::publish(db, plan.clone(), Some(admin), note).await.map_err(failed)?;
        }
        if (n + 1) % 25 == 0 {
            eprintln!("{} plans", n + 1);
        }
    }
    Ok(())
}
