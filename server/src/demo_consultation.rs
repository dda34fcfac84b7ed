//! The demo plan's public consultation (c1): open now on version 2 of the draft, for 30 working
//! days, with comments from residents in several languages on parts of a measure, a reply from
//! the plan's team and reactions, so the measure page shows a consultation under way; and its
//! moderation: an advertisement hidden by three people's flags and then removed by the team, and
//! a comment flagged once, waiting in the moderators' queue.

use ponte_app::{
    accounts::model::Actor,
    consultations::{
        comments::{self, NewComment},
        service::{self, Closing, NewConsultation},
    },
    entity::{consultations, plans, users},
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

fn failed(e: ponte_app::core::AppError) -> DbErr {
    DbErr::Custom(format!("demo consultation: {e:?}"))
}

/// A demo person (an address that can never receive mail), as a signed-in actor.
async fn person(db: &DatabaseConnection, email: &str, name: Option<&str>, lang: &str) -> Result<Actor, DbErr> {
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
    moderation(db, plan_slug, &slug, plan.id, team, &residents, last).await
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
