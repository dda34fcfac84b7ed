//! The demo plan's public consultation (c1): open now on version 2 of the draft, for 30 working
//! days, with comments from residents in several languages on parts of a measure, a reply from
//! the plan's team and reactions, so the measure page shows a consultation under way; and its
//! moderation: an advertisement hidden by three people's flags and then removed by the team, and
//! a comment flagged once, waiting in the moderators' queue. The other measures get the comments
//! of `server/demo/consultation.json` (web and received offline, in fifteen languages, some with
//! the team's reply), and five associations file positions.

use ponte_app::{
    accounts::model::Actor,
    consultations::{
        comments::{self, NewComment, OfflineComment},
        dispositions::{self, Answer},
        service::{self, Closing, NewConsultation},
    },
    entity::{consultations, plans, users},
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use serde::Deserialize;

/// Comments on the measures besides VL-LIN-03 (fictional).
const COMMENTS: &str = include_str!("../demo/consultation.json");

#[derive(Deserialize)]
struct Demo {
    personas: Vec<Persona>,
    comments: Vec<DemoComment>,
}

#[derive(Deserialize)]
struct Persona {
    key: String,
    email: String,
    name: Option<String>,
    lang: String,
}

#[derive(Deserialize)]
struct DemoComment {
    measure: String,
    anchor: String,
    lang: String,
    body: String,
    affects_me: bool,
    channel: String,
    persona: Option<String>,
    shown_as: Option<String>,
    received_days_ago: Option<i64>,
    offline_name: Option<String>,
    reply: Option<String>,
    answer: Option<DemoAnswer>,
}

/// The plan team's answer to a demo comment.
#[derive(Deserialize)]
struct DemoAnswer {
    decision: String,
    reason: String,
}

fn failed(e: ponte_app::core::AppError) -> DbErr {
    DbErr::Custom(format!("demo consultation: {e:?}"))
}

/// A demo person (an address that can never receive mail), as a signed-in actor.
pub(crate) async fn person(db: &DatabaseConnection, email: &str, name: Option<&str>, lang: &str) -> Result<Actor, DbErr> {
    let user = match users::Entity::find().filter(users::Column::Email.eq(email)).one(db).await? {
        Some(user) => user,
        None => {
            users::ActiveModel {
                email: Set(Some(email.to_owned())),
                display_name: Set(name.map(str::to_owned)),
                preferred_lang: Set(lang.to_owned()),
                notify_email: Set(false),
                created_at: Set(chrono::Utc::now()),
                ..Default::default()
            }
            .insert(db)
            .await?
        }
    };
    Ok(Actor {
        user_id: user.id,
        session_id: 0,
        email: email.to_owned(),
        display_name: user.display_name,
        preferred_lang: user.preferred_lang,
        notify_email: false,
        grants: Vec::new(),
    })
}

/// Opens the demo consultation on plan `plan_slug` unless it has one.
pub async fn seed_demo_consultation(db: &DatabaseConnection, plan_slug: &str) -> Result<(), DbErr> {
    let Some(plan) = plans::Entity::find().filter(plans::Column::Slug.eq(plan_slug)).one(db).await? else {
        return Ok(());
    };
    if consultations::Entity::find().filter(consultations::Column::PlanId.eq(plan.id)).one(db).await?.is_some() {
        return Ok(());
    }
    let team = person(db, "equipa-pmim@demo.invalid", Some("Equipa do PMIM de Vale do Lírio"), "pt-PT").await?;
    let new = NewConsultation {
        title: "Consulta pública do projeto de Plano Municipal para a Integração de Migrantes".to_owned(),
        intro: "Durante 30 dias úteis, qualquer pessoa pode comentar as medidas do projeto, uma medida inteira ou uma parte dela.\n\nTambém pode entregar o seu comentário em papel na Loja do Cidadão ou no CLAIM.".to_owned(),
        version: 2,
        scope: Vec::new(),
        channels: vec!["web".to_owned(), "paper".to_owned(), "email".to_owned(), "in_person".to_owned()],
        languages: ponte_app::plans::service::languages(&plan.languages),
        opens_on: chrono::Utc::now().date_naive() - chrono::Duration::days(6),
        closing: Closing::WorkingDays(30),
    };
    let slug = service::create(db, plan.clone(), team.user_id, new).await.map_err(failed)?;
    let residents = [
        (person(db, "ana@demo.invalid", Some("Ana"), "pt-PT").await?, "name", "pt-PT"),
        (person(db, "sunita@demo.invalid", None, "ne").await?, "resident", "ne"),
        (person(db, "olena@demo.invalid", None, "uk").await?, "resident", "uk"),
        (person(db, "karim@demo.invalid", Some("Karim"), "ar").await?, "name", "ar"),
    ];
    let comments = [
        (0, "objective-1", "As aulas ao domingo de manhã são ótimas, mas **faltam turmas ao fim da tarde** para quem sai do trabalho às 19h."),
        (1, "paragraph-1", "बच्चाहरूको लागि ठाउँ भएकोले म कक्षामा आउन सक्छु। धन्यवाद।"),
        (2, "indicator-1", "Будь ласка, рахуйте також тих, хто закінчив курс, а не лише тих, хто записався."),
        (3, "measure", "أحتاج إلى شهادة المستوى A2 للحصول على الإقامة: هل ستمنح الدروس هذه الشهادة؟"),
        (0, "objective-2", "Os empregadores podiam dar uma hora por semana para as aulas, como na [experiência de Setúbal](https://example.org/setubal)."),
    ];
    let mut first = None;
    for (who, anchor, body) in comments {
        let (actor, shown_as, lang) = &residents[who];
        let id = comments::comment(
            db,
            plan_slug,
            "VL-LIN-03",
            actor,
            NewComment {
                consultation: slug.clone(),
                anchor: anchor.to_owned(),
                body: body.to_owned(),
                lang: (*lang).to_owned(),
                affects_me: true,
                shown_as: (*shown_as).to_owned(),
                municipality: "ribeira-do-lirio".to_owned(),
                parent: None,
            },
        )
        .await
        .map_err(failed)?;
        first.get_or_insert(id);
    }
    let reply = NewComment {
        consultation: slug.clone(),
        anchor: String::new(),
        body: "Obrigado. Estamos a estudar com o agrupamento de escolas uma turma às 19h30 em Ribeira do Lírio.".to_owned(),
        lang: "pt-PT".to_owned(),
        affects_me: false,
        shown_as: "name".to_owned(),
        municipality: String::new(),
        parent: first,
    };
    comments::comment(db, plan_slug, "VL-LIN-03", &team, reply).await.map_err(failed)?;
    for ((actor, _, _), reaction) in residents.iter().zip(["support", "support", "neutral", "support"]) {
        comments::react(db, plan_slug, "VL-LIN-03", &slug, actor, reaction).await.map_err(failed)?;
    }
    let last = residents_comment(db, plan_slug, &slug, &residents[0].0, "measure", "Os empregadores podiam libertar os trabalhadores mais cedo às quartas-feiras.").await?;
    the_other_measures(db, &plan, &slug, &team).await?;
    let himal = positions(db, &plan, &slug, team.user_id).await?;
    as_evidence(db, &plan, team.user_id, first, himal).await?;
    moderation(db, plan_slug, &slug, plan.id, team, &residents, last).await
}

/// The comments of `server/demo/consultation.json`, with the team's replies.
async fn the_other_measures(db: &DatabaseConnection, plan: &plans::Model, consultation: &str, team: &Actor) -> Result<(), DbErr> {
    let demo: Demo = serde_json::from_str(COMMENTS).map_err(|e| DbErr::Custom(format!("demo/consultation.json: {e}")))?;
    let mut people = std::collections::HashMap::new();
    for p in &demo.personas {
        people.insert(p.key.clone(), person(db, &p.email, p.name.as_deref(), &p.lang).await?);
    }
    let today = chrono::Utc::now().date_naive();
    for c in demo.comments {
        let id = match c.persona.as_ref().and_then(|p| people.get(p)) {
            Some(actor) => {
                let new = NewComment {
                    consultation: consultation.to_owned(),
                    anchor: c.anchor,
                    body: c.body,
                    lang: c.lang,
                    affects_me: c.affects_me,
                    shown_as: c.shown_as.unwrap_or_else(|| "resident".to_owned()),
                    municipality: "ribeira-do-lirio".to_owned(),
                    parent: None,
                };
                comments::comment(db, &plan.slug, &c.measure, actor, new).await.map_err(failed)?
            }
            None => {
                let new = OfflineComment {
                    consultation: consultation.to_owned(),
                    anchor: c.anchor,
                    body: c.body,
                    lang: c.lang,
                    affects_me: c.affects_me,
                    channel: c.channel,
                    received_on: today - chrono::Duration::days(c.received_days_ago.unwrap_or(1)),
                    name: c.offline_name.unwrap_or_default(),
                };
                comments::enter_offline(db, plan, &c.measure, team.user_id, new).await.map_err(failed)?
            }
        };
        if let Some(answer) = c.answer {
            let new = Answer { consultation: consultation.to_owned(), kind: "comment".to_owned(), id, decision: answer.decision, reason: answer.reason, changed_in: None };
            dispositions::answer(db, plan, team.user_id, "", new).await.map_err(failed)?;
        }
        if let Some(reply) = c.reply {
            let new = NewComment {
                consultation: consultation.to_owned(),
                anchor: String::new(),
                body: reply,
                lang: "pt-PT".to_owned(),
                affects_me: false,
                shown_as: "name".to_owned(),
                municipality: String::new(),
                parent: Some(id),
            };
            comments::comment(db, &plan.slug, &c.measure, team, new).await.map_err(failed)?;
        }
    }
    Ok(())
}

/// Ana's comment on the evening classes and the Himal association's position on VL-LIN-03,
/// linked by the team as evidence for that measure: the comment challenges its timetable, the
/// position supports it.
async fn as_evidence(db: &DatabaseConnection, plan: &plans::Model, team: i32, comment: Option<i32>, position: Option<i32>) -> Result<(), DbErr> {
    use ponte_app::{
        consultations::evidence::{comment_outcome, position_outcome},
        entity::consultation_positions,
        evidence::{
            model::Stance,
            service::{NewLink, link},
        },
        i18n::Locale,
    };
    let mut outcomes = Vec::new();
    if let Some(id) = comment {
        outcomes.push((comment_outcome(id), Stance::Challenges, "As turmas das 18h30 não servem quem sai do trabalho às 19h: a medida tem de prever turmas mais tarde."));
    }
    if let Some(filing) = match position {
        Some(id) => consultation_positions::Entity::find_by_id(id).one(db).await?,
        None => None,
    } {
        let outcome = position_outcome(filing.consultation_id, filing.entity_id, filing.measure_id);
        outcomes.push((outcome, Stance::Supports, "A associação que mais pessoas da comunidade nepalesa acompanha apoia a medida e propõe o horário das 20h30."));
    }
    for (outcome, stance, rationale) in &outcomes {
        let new = NewLink { outcome, measure_code: "VL-LIN-03", stance: *stance, rationale, lang: Locale::default() };
        link(db, plan, new, team).await.map_err(failed)?;
    }
    Ok(())
}

/// Five associations' positions, one of them changed once (so it has a history); the team
/// answers two. The Himal association's current filing on VL-LIN-03.
async fn positions(db: &DatabaseConnection, plan: &plans::Model, consultation: &str, team: i32) -> Result<Option<i32>, DbErr> {
    let answers = [
        ("associacao-himal", "VL-LIN-03", "partly_accepted", "Abrimos uma turma às 20h30 na sede de concelho de Ribeira do Lírio; o transporte a partir das freguesias rurais depende do acordo com a comunidade intermunicipal, previsto na medida VL-SAI-02."),
        ("associacao-raizes", "VL-UH-05", "not_accepted", "Uma garantia municipal da caução exige um regulamento e verba própria que o orçamento de 2026 não prevê; a medida passa a incluir a informação sobre o apoio ao arrendamento do IHRU."),
    ];
    use ponte_app::{
        accounts::roles::{Grant, Role},
        consultations::positions::{self, NewPosition},
        entity::plan_entities,
    };
    let filings = [
        ("associacao-himal", "VL-LIN-03", "supports", "A Associação Himal apoia a medida: muitas pessoas da nossa comunidade trabalham na agricultura até tarde e só conseguem aprender português à noite ou ao domingo.", "", ""),
        ("associacao-himal", "VL-LIN-03", "supports_with_changes", "A Associação Himal apoia a medida, mas as turmas das 18h30 não servem quem trabalha nas estufas até às 19h. Propomos turmas às 20h30 e transporte a partir das freguesias rurais.", "objective-1", "Abrir turmas às 20h30 em todas as sedes de concelho, com transporte a partir das freguesias rurais."),
        ("associacao-mulheres-do-mundo", "VL-LIN-03", "supports", "O espaço para crianças durante as aulas é o que permite às mães participar. Pedimos que se mantenha em todas as turmas.", "", ""),
        ("associacao-raizes", "VL-UH-05", "supports_with_changes", "O balcão de habitação é necessário, mas a campanha com os proprietários deve incluir a garantia municipal da caução, sem a qual as famílias continuam sem acesso ao arrendamento.", "objective-2", "Criar uma garantia municipal da caução para as famílias acompanhadas pelo balcão de informação e mediação."),
        ("associacao-empresarial-vale-do-lirio", "VL-MTE-06", "supports_with_changes", "Os associados estão disponíveis para subscrever a carta de recrutamento justo, desde que o município apoie a tradução dos contratos-tipo e a formação das chefias.", "", ""),
        ("convivencias", "VL-RD-09", "supports", "A formação antirrumores deve incluir pessoas migrantes como formadoras: é o que dá credibilidade às sessões.", "", ""),
    ];
    let mut current = std::collections::HashMap::new();
    for (entity, measure, stance, statement, part, text) in filings {
        let Some(row) = plan_entities::Entity::find()
            .filter(plan_entities::Column::PlanId.eq(plan.id))
            .filter(plan_entities::Column::Slug.eq(entity))
            .one(db)
            .await?
        else {
            continue;
        };
        let mut rep = person(db, &format!("{entity}@demo.invalid"), None, "pt-PT").await?;
        rep.grants = vec![Grant { role: Role::AssociationRep, plan_id: Some(plan.id), entity_id: Some(row.id) }];
        let new = NewPosition {
            consultation: consultation.to_owned(),
            entity: entity.to_owned(),
            stance: stance.to_owned(),
            statement: statement.to_owned(),
            lang: "pt-PT".to_owned(),
            proposed_part: part.to_owned(),
            proposed_text: text.to_owned(),
        };
        let id = positions::file(db, &plan.slug, measure, &rep, new).await.map_err(failed)?;
        current.insert((entity, measure), id);
    }
    for (entity, measure, decision, reason) in answers {
        let Some(id) = current.get(&(entity, measure)).copied() else { continue };
        let new = Answer { consultation: consultation.to_owned(), kind: "position".to_owned(), id, decision: decision.to_owned(), reason: reason.to_owned(), changed_in: None };
        dispositions::answer(db, plan, team, "", new).await.map_err(failed)?;
    }
    Ok(current.get(&("associacao-himal", "VL-LIN-03")).copied())
}

async fn residents_comment(db: &DatabaseConnection, plan_slug: &str, consultation: &str, actor: &Actor, anchor: &str, body: &str) -> Result<i32, DbErr> {
    let new = NewComment {
        consultation: consultation.to_owned(),
        anchor: anchor.to_owned(),
        body: body.to_owned(),
        lang: "pt-PT".to_owned(),
        affects_me: false,
        shown_as: "resident".to_owned(),
        municipality: "ribeira-do-lirio".to_owned(),
        parent: None,
    };
    comments::comment(db, plan_slug, "VL-LIN-03", actor, new).await.map_err(failed)
}

/// An advertisement flagged by three residents (hidden) and removed by the team; one more
/// comment flagged once.
async fn moderation(db: &DatabaseConnection, plan_slug: &str, consultation: &str, plan_id: i32, mut team: Actor, residents: &[(Actor, &str, &str)], flagged: i32) -> Result<(), DbErr> {
    use ponte_app::{
        accounts::roles::{Grant, Role},
        consultations::moderated::Comments,
        moderation::{Decision, service as moderation},
    };
    let seller = person(db, "promo@demo.invalid", None, "pt-PT").await?;
    let ad = residents_comment(db, plan_slug, consultation, &seller, "measure", "Cursos de português certificados em 3 dias!!! Visite o nosso site e ganhe 50% de desconto.").await?;
    for (actor, _, _) in residents.iter().take(3) {
        moderation::flag(db, &Comments, ad, actor.user_id, "spam").await.map_err(failed)?;
    }
    team.grants = vec![Grant { role: Role::Facilitator, plan_id: Some(plan_id), entity_id: None }];
    moderation::decide(db, &Comments, ad, &team, Decision::Remove, "spam").await.map_err(failed)?;
    moderation::flag(db, &Comments, flagged, residents[3].0.user_id, "off_topic").await.map_err(failed)?;
    Ok(())
}
