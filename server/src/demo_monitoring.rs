//! The demo's plan being carried out: Ribeira Alta's 2024–2026 plan
//! (`server/demo/plan-ribeira-alta.json`, status `monitoring`), with version 1 of its measures
//! published, its indicators' figures (unit, baseline, target) and two and a half years of
//! progress reports, so the monitoring dashboard and the measures' progress pages have something
//! to show: one measure completed, two in progress with their values rising, one that should
//! have started in September 2025 and has not (late) and one suspended for want of funding.
//! Idempotent: the plan is loaded unless it is there, published unless it has a version, and
//! reported on unless it has reports.

use chrono::NaiveDate;
use ponte_app::{
    core::Translated,
    entity::{plan_versions, plans, progress_reports},
    monitoring::service::{self as monitoring, FiguresForm, ReportForm},
    plans::{clock, drafting::service},
};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use crate::seed::{PlanFile, load_plan};

const PLAN: &str = include_str!("../demo/plan-ribeira-alta.json");

/// An indicator's figures: measure, indicator position (from 0, as `load_plan` numbers them),
/// unit (none where the indicator's name says what is counted and a count of one would read
/// badly: "1 escolas"), baseline, target.
const FIGURES: &[(&str, i32, &str, f64, f64)] = &[
    ("RA-SAI-01", 0, "%", 35.0, 80.0),
    ("RA-SAI-01", 1, "dias úteis", 21.0, 5.0),
    ("RA-LIN-02", 0, "pessoas", 0.0, 300.0),
    ("RA-LIN-02", 1, "turmas", 0.0, 6.0),
    ("RA-EDU-03", 0, "", 1.0, 7.0),
    ("RA-UH-04", 0, "contratos", 0.0, 40.0),
    ("RA-SAI-05", 0, "juntas", 0.0, 4.0),
];

/// A progress report of the demo.
struct Demo {
    code: &'static str,
    status: &'static str,
    on: &'static str,
    /// The indicator (its position) and the value it reached.
    value: Option<(i32, f64)>,
    note: &'static str,
    lang: &'static str,
    evidence: &'static str,
    /// Reported by the measure's responsible entity (otherwise by the plan's team).
    by_entity: bool,
}

const fn r(code: &'static str, status: &'static str, on: &'static str, value: Option<(i32, f64)>, note: &'static str, by_entity: bool) -> Demo {
    Demo { code, status, on, value, note, lang: "pt-PT", evidence: "", by_entity }
}

/// The reports, oldest first (the last in November 2026; one dated after the plan's today, on a
/// machine whose clock is behind, is left out rather than refused).
const REPORTS: &[Demo] = &[
    r("RA-LIN-02", "in_progress", "2024-02-05", Some((1, 2.0)), "Abriram as duas primeiras turmas em horário pós-laboral, na sede do concelho, com 38 inscritos.", true),
    r("RA-SAI-01", "in_progress", "2024-03-18", None, "Os dois mediadores interculturais começaram a trabalhar a 11 de março. As marcações por WhatsApp abrem em abril.", false),
    r("RA-SAI-05", "in_progress", "2024-05-06", Some((0, 2.0)), "Atendimento semanal nas juntas de freguesia de Vale de Cima e de Cruz da Serra desde abril.", true),
    r("RA-EDU-03", "in_progress", "2024-06-21", Some((0, 3.0)), "Planos de acolhimento aprovados em três escolas; 22 alunos tutores receberam formação.", true),
    r("RA-SAI-01", "in_progress", "2024-06-28", Some((0, 42.0)), "Primeiro trimestre com mediadores: 42 % dos atendimentos na língua da pessoa. A interpretação por telefone ainda é pouco usada.", true),
    Demo {
        evidence: "https://aeribeiraalta.example/pla/certificados-2024",
        ..r("RA-LIN-02", "in_progress", "2024-07-12", Some((0, 41.0)), "Fim do primeiro curso: 41 pessoas concluíram o nível A2 e receberam o certificado.", true)
    },
    r("RA-LIN-02", "in_progress", "2024-10-07", Some((1, 4.0)), "Ano letivo 2024/25 com quatro turmas: abriram as de Vale de Cima e de Cruz da Serra. O espaço para as crianças da Casa do Mundo funciona às terças e quintas.", false),
    r("RA-SAI-05", "in_progress", "2024-11-08", Some((0, 3.0)), "Começou o atendimento na junta de freguesia de Pedras Brancas, às quartas-feiras de manhã.", true),
    r("RA-EDU-03", "in_progress", "2024-12-13", Some((0, 5.0)), "Cinco escolas com plano de acolhimento. O guia para as famílias já está em português, inglês e ucraniano.", true),
    Demo {
        evidence: "https://www.cm-ribeira-alta.example/pmim/relatorio-claim-2024.pdf",
        ..r("RA-SAI-01", "in_progress", "2024-12-20", Some((0, 55.0)), "55 % dos atendimentos na língua da pessoa no segundo semestre. O acordo com a linha de interpretação por telefone foi assinado em outubro.", true)
    },
    r("RA-SAI-05", "suspended", "2025-03-31", None, "Suspensa desde 1 de março: o financiamento dos dois postos de mediador terminou e a nova candidatura a fundos europeus não foi aprovada. A Câmara vai propor os postos no orçamento municipal de 2026.", false),
    r("RA-SAI-01", "in_progress", "2025-06-30", Some((1, 11.0)), "Com as marcações por WhatsApp, a espera média por um atendimento desceu de 21 para 11 dias úteis.", true),
    r("RA-LIN-02", "in_progress", "2025-07-11", Some((0, 118.0)), "118 pessoas certificadas desde o início. Em Cruz da Serra a procura ultrapassou as vagas: há 25 pessoas em lista de espera.", true),
    Demo {
        evidence: "https://aeribeiraalta.example/acolhimento/guia-familias",
        ..r("RA-EDU-03", "completed", "2025-07-18", Some((0, 7.0)), "As sete escolas têm plano de acolhimento e professor de referência. O guia para as famílias está disponível em cinco línguas.", true)
    },
    r("RA-LIN-02", "in_progress", "2025-10-06", Some((1, 6.0)), "Seis turmas no ano letivo 2025/26, uma delas de nível B1 para quem já concluiu o A2.", true),
    r("RA-UH-04", "not_started", "2025-10-15", None, "Ainda não começou: o regulamento do seguro de renda está em consulta pública até 30 de novembro e só depois vai a reunião de Câmara.", false),
    r("RA-SAI-01", "in_progress", "2025-12-19", Some((0, 68.0)), "68 % dos atendimentos na língua da pessoa em 2025. Um terceiro mediador, de língua bengali, trabalha a meio tempo desde setembro.", false),
    r("RA-SAI-05", "suspended", "2026-01-30", None, "Continua suspensa: os postos de mediador não entraram no orçamento de 2026. O CLAIM mantém o atendimento por telefone para quem vive nas freguesias.", false),
    r("RA-SAI-01", "in_progress", "2026-06-30", Some((0, 74.0)), "74 % dos atendimentos na língua da pessoa no primeiro semestre de 2026.", true),
    r("RA-LIN-02", "in_progress", "2026-07-10", Some((0, 214.0)), "214 pessoas certificadas. Para chegar às 300 até dezembro, abre em setembro um curso intensivo aos sábados.", false),
    r("RA-UH-04", "not_started", "2026-09-25", None, "Continua por começar. O regulamento foi aprovado em maio, mas o concurso para a seguradora ficou deserto e será repetido em outubro.", false),
    Demo {
        lang: "en",
        ..r("RA-SAI-01", "in_progress", "2026-10-30", Some((1, 6.0)), "The average wait is down to 6 working days since Saturday-morning appointments started in September.", true)
    },
    r("RA-LIN-02", "in_progress", "2026-11-06", Some((0, 247.0)), "247 pessoas certificadas; o curso intensivo de sábado tem 31 inscritos.", true),
];

fn tr(pairs: &[(&str, &str)]) -> Translated {
    Translated(pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect())
}

fn failed(e: ponte_app::core::AppError) -> DbErr {
    DbErr::Custom(format!("demo monitoring: {e:?}"))
}

/// Loads the plan being monitored, publishes its version 1 and reports its progress, each
/// unless done already.
pub async fn seed_demo_monitoring(db: &DatabaseConnection) -> Result<(), DbErr> {
    let file: PlanFile = serde_json::from_str(PLAN).map_err(|e| DbErr::Custom(format!("demo/plan-ribeira-alta.json: {e}")))?;
    load_plan(db, &file).await?;
    let slug = file.plan.slug.as_str();
    let Some(plan) = plans::Entity::find().filter(plans::Column::Slug.eq(slug)).one(db).await? else {
        return Ok(());
    };
    if plan_versions::Entity::find().filter(plan_versions::Column::PlanId.eq(plan.id)).one(db).await?.is_none() {
        service::adopt(db, &plan).await.map_err(failed)?;
        let note = tr(&[
            ("pt-PT", "Plano aprovado em reunião de Câmara a 14 de dezembro de 2023."),
            ("en", "Plan approved by the town council on 14 December 2023."),
        ]);
        service::publish(db, plan, None, note).await.map_err(failed)?;
    }
    // Read again: publishing changed the plan's content (and its revision).
    let Some(plan) = plans::Entity::find().filter(plans::Column::Slug.eq(slug)).one(db).await? else {
        return Ok(());
    };
    if progress_reports::Entity::find().filter(progress_reports::Column::PlanId.eq(plan.id)).one(db).await?.is_some() {
        return Ok(());
    }
    let team = crate::demo_consultation::person(db, "equipa-pmim@ribeira-alta.demo.invalid", Some("Equipa do PMIM da Ribeira Alta"), "pt-PT").await?;
    for &(code, position, unit, baseline, target) in FIGURES {
        let form = FiguresForm { position, unit: unit.to_owned(), baseline, target };
        monitoring::set_figures(db, &plan, code, team.user_id, form).await.map_err(failed)?;
    }
    let today = clock::today(&plan.time_zone);
    for demo in REPORTS {
        let reported_on = NaiveDate::parse_from_str(demo.on, "%Y-%m-%d").map_err(|e| DbErr::Custom(format!("demo monitoring: {}: {e}", demo.on)))?;
        if reported_on > today {
            continue;
        }
        let form = ReportForm {
            status: demo.status.to_owned(),
            reported_on,
            position: demo.value.map(|(position, _)| position),
            value: demo.value.map(|(_, value)| value),
            note: demo.note.to_owned(),
            lang: demo.lang.to_owned(),
            evidence: demo.evidence.to_owned(),
        };
        monitoring::report(db, &plan, demo.code, team.user_id, demo.by_entity, form).await.map_err(failed)?;
    }
    Ok(())
}
