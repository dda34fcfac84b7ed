//! The demo plan's focus groups (the two of research/domain.md §6.5, fictional, and one more),
//! with dates relative to the day the demo is loaded so it never goes stale:
//! g1, women from Nepali, Indian and Bangladeshi communities — its date poll finished, held six
//! days ago, nine places taken with their needs and two people left on the waitlist; g2, young
//! adults of Brazilian and PALOP backgrounds — its date poll still open; g3, families and
//! schools — coming up in twelve days, open for registration. Participants leave phone numbers,
//! not addresses: the demo sends no email.

use chrono::{Duration, NaiveDateTime, NaiveTime};
use ponte_app::{
    entity::{focus_group_registrations as registrations, focus_group_slots as slots, focus_groups, plans, users},
    focus_groups::{
        findings::{self, NewFinding, Written},
        poll::{self, Ballot},
        registrations::{self as registering, NewRegistration},
        service::{self, NewGroup},
    },
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

fn failed(e: ponte_app::core::AppError) -> DbErr {
    DbErr::Custom(format!("demo focus groups: {e:?}"))
}

/// `days` from today on the plan's clock, at `hour`:`minute`.
fn at(plan: &plans::Model, days: i64, hour: u32, minute: u32) -> NaiveDateTime {
    let day = ponte_app::plans::clock::today(&plan.time_zone) + Duration::days(days);
    day.and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or_default())
}

fn texts(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

/// One registration of the demo: name, language, interpretation, children (ages), access, diet.
struct Person(&'static str, &'static str, Option<&'static str>, i32, &'static str, &'static str, &'static str);

async fn register(db: &DatabaseConnection, plan: &plans::Model, slug: &str, people: &[Person], phone: &str) -> Result<(), DbErr> {
    for (n, Person(name, lang, interpret, children, ages, access, diet)) in people.iter().enumerate() {
        let new = NewRegistration {
            name: (*name).to_owned(),
            email: String::new(),
            phone: format!("{phone}{n:02}"),
            lang: (*lang).to_owned(),
            interpret_into: interpret.unwrap_or_default().to_owned(),
            access: (*access).to_owned(),
            children: *children,
            children_ages: (*ages).to_owned(),
            diet: (*diet).to_owned(),
            note: String::new(),
        };
        registering::register(db, plan, slug, new, None, "").await.map_err(failed)?;
    }
    Ok(())
}

/// The times focus group `slug`'s poll proposes, earliest first.
async fn slots_of(db: &DatabaseConnection, plan: &plans::Model, slug: &str) -> Result<Vec<slots::Model>, DbErr> {
    let Some(row) = focus_groups::Entity::find().filter(focus_groups::Column::PlanId.eq(plan.id)).filter(focus_groups::Column::Slug.eq(slug)).one(db).await? else {
        return Ok(Vec::new());
    };
    slots::Entity::find().filter(slots::Column::FocusGroupId.eq(row.id)).order_by_asc(slots::Column::StartsAt).all(db).await
}

/// Sets up the demo focus groups on plan `plan_slug` unless it has some.
pub async fn seed_demo_focus_groups(db: &DatabaseConnection, plan_slug: &str) -> Result<(), DbErr> {
    let Some(plan) = plans::Entity::find().filter(plans::Column::Slug.eq(plan_slug)).one(db).await? else {
        return Ok(());
    };
    if focus_groups::Entity::find().filter(focus_groups::Column::PlanId.eq(plan.id)).one(db).await?.is_some() {
        return Ok(());
    }
    let Some(team) = users::Entity::find().filter(users::Column::Email.eq("equipa-pmim@demo.invalid")).one(db).await? else {
        return Ok(());
    };

    // g1: the poll chose a Saturday morning; the session was held six days ago.
    let women = NewGroup {
        topic: "Mulheres das comunidades nepalesa, indiana e bangladeshiana: saúde, aulas de português, habitação".to_owned(),
        audience: "Mulheres das comunidades do Sul da Ásia".to_owned(),
        areas: texts(&["SAU", "LIN", "UH"]),
        measures: texts(&["VL-LIN-03", "VL-SAU-04", "VL-UH-05"]),
        languages: texts(&["pt-PT", "ne", "hi", "bn"]),
        interpretation: texts(&["ne", "hi", "bn"]),
        venue: "Sala comunitária junto à paragem do CLAIM itinerante, rés-do-chão, Serra Clara".to_owned(),
        online_url: String::new(),
        access: texts(&["step-free", "accessible-toilet"]),
        capacity: 9,
        waitlist: true,
        support: texts(&["childcare", "transport", "meal"]),
        consent: "O consentimento é oral, na língua de cada participante, e fica registado nas notas. Não há gravação áudio, a não ser que todas concordem. As notas não levam nomes.".to_owned(),
        hosts: "Facilitadora do CLAIM e intérpretes (nepali/hindi; bengali)".to_owned(),
        starts: None,
        minutes: 120,
    };
    let g1 = service::create(db, plan.clone(), team.id, women).await.map_err(failed)?;
    for (days, hour) in [(3, 10), (4, 15), (8, 10)] {
        poll::add_slot(db, &plan, team.id, &g1, at(&plan, days, hour, 0), 120).await.map_err(failed)?;
    }
    let proposed = slots_of(db, &plan, &g1).await?;
    let votes = [
        ("Sunita", "ne", ["yes", "no", "maybe"]),
        ("Priya", "hi", ["yes", "maybe", "no"]),
        ("Rina", "bn", ["yes", "no", "yes"]),
        ("Maya", "ne", ["maybe", "no", "yes"]),
        ("Anjali", "hi", ["yes", "yes", "no"]),
        ("Farzana", "bn", ["yes", "no", "no"]),
        ("Gita", "ne", ["yes", "maybe", "maybe"]),
        ("Shirin", "bn", ["no", "yes", "yes"]),
    ];
    for (name, lang, answers) in votes {
        let answers = proposed.iter().zip(answers).map(|(s, a)| (s.id.to_string(), a.to_owned())).collect();
        poll::answer(db, &plan, &g1, Ballot { name: name.to_owned(), email: String::new(), lang: lang.to_owned(), answers }).await.map_err(failed)?;
    }
    if let Some(first) = proposed.first() {
        poll::pick(db, &plan, team.id, &g1, first.id, "").await.map_err(failed)?;
    }
    let women = [
        Person("Sunita", "ne", Some("ne"), 2, "2, 5", "", "Vegetariana"),
        Person("Priya", "hi", Some("hi"), 1, "4", "", ""),
        Person("Rina", "bn", Some("bn"), 0, "", "", "Sem carne de vaca"),
        Person("Maya", "ne", Some("ne"), 1, "1", "", ""),
        Person("Anjali", "hi", None, 0, "", "", "Vegetariana"),
        Person("Farzana", "bn", Some("bn"), 2, "3, 7", "Cadeira de rodas", "Halal"),
        Person("Gita", "ne", Some("ne"), 0, "", "", ""),
        Person("Kamala", "ne", Some("ne"), 1, "8", "", "Vegetariana"),
        Person("Shirin", "bn", Some("bn"), 0, "", "Dificuldade em subir escadas", "Halal"),
        Person("Laxmi", "ne", Some("ne"), 0, "", "", ""),
        Person("Roshni", "hi", Some("hi"), 1, "2", "", ""),
    ];
    register(db, &plan, &g1, &women, "+351 912 000 1").await?;
    // Held six days ago, on a Saturday morning or thereabouts: the poll's times move with it.
    if let Some(row) = focus_groups::Entity::find().filter(focus_groups::Column::PlanId.eq(plan.id)).filter(focus_groups::Column::Slug.eq(g1.as_str())).one(db).await? {
        let held = service::instant(&plan, at(&plan, -6, 10, 0)).map_err(failed)?;
        let shift = held - row.starts_at.unwrap_or(held);
        for slot in slots::Entity::find().filter(slots::Column::FocusGroupId.eq(row.id)).all(db).await? {
            let (starts, ends) = (slot.starts_at + shift, slot.ends_at + shift);
            let mut slot: slots::ActiveModel = slot.into();
            slot.starts_at = Set(starts);
            slot.ends_at = Set(ends);
            slot.update(db).await?;
        }
        let mut row: focus_groups::ActiveModel = row.into();
        row.starts_at = Set(Some(held));
        row.ends_at = Set(Some(held + Duration::hours(2)));
        let row = row.update(db).await?;
        // Eight of the nine came.
        for person in registrations::Entity::find()
            .filter(registrations::Column::FocusGroupId.eq(row.id))
            .filter(registrations::Column::Status.eq("confirmed"))
            .order_by_asc(registrations::Column::Id)
            .all(db)
            .await?
            .into_iter()
            .take(8)
        {
            let mut person: registrations::ActiveModel = person.into();
            person.attended = Set(true);
            person.update(db).await?;
        }
        write_findings(db, &plan, team.id, &g1).await?;
    }

    // g2: young adults, the poll still open.
    let young = NewGroup {
        topic: "Jovens adultos (18–29) de origem brasileira e dos PALOP: emprego, formação, discriminação, participação".to_owned(),
        audience: "Jovens adultos dos 18 aos 29 anos".to_owned(),
        areas: texts(&["MTE", "EDU", "RD", "CID"]),
        measures: texts(&["VL-MTE-06", "VL-EDU-07", "VL-CID-08", "VL-RD-09"]),
        languages: texts(&["pt-PT", "kea"]),
        interpretation: texts(&["kea"]),
        venue: "Centro de Juventude de Ribeira do Lírio".to_owned(),
        online_url: String::new(),
        access: texts(&["step-free"]),
        capacity: 12,
        waitlist: true,
        support: texts(&["transport", "meal"]),
        consent: "Forma curta escrita em português; explicação oral em crioulo cabo-verdiano.".to_owned(),
        hosts: "Técnico de juventude e co-dinamizadora que fala crioulo".to_owned(),
        starts: None,
        minutes: 120,
    };
    let g2 = service::create(db, plan.clone(), team.id, young).await.map_err(failed)?;
    for days in [9, 11, 16] {
        poll::add_slot(db, &plan, team.id, &g2, at(&plan, days, 18, 30), 120).await.map_err(failed)?;
    }
    let g2_slots = slots_of(db, &plan, &g2).await?;
    for (name, lang, answers) in [("Thiago", "pt-PT", ["yes", "no", "yes"]), ("Djamila", "kea", ["maybe", "yes", "yes"]), ("Edson", "pt-PT", ["no", "yes", "maybe"])] {
        let answers = g2_slots.iter().zip(answers).map(|(s, a)| (s.id.to_string(), a.to_owned())).collect();
        poll::answer(db, &plan, &g2, Ballot { name: name.to_owned(), email: String::new(), lang: lang.to_owned(), answers }).await.map_err(failed)?;
    }

    // g3: coming up, open for registration.
    let families = NewGroup {
        topic: "Famílias e escola: inscrições, apoio ao estudo e comunicação com os professores".to_owned(),
        audience: "Mães e pais de crianças em idade escolar".to_owned(),
        areas: texts(&["EDU", "LIN"]),
        measures: texts(&["VL-EDU-07"]),
        languages: texts(&["pt-PT", "uk", "ar", "ur"]),
        interpretation: texts(&["uk", "ar", "ur", "ne", "bn"]),
        venue: "Biblioteca Municipal de Vale do Lírio, sala 2 (elevador; anel de indução na sala)".to_owned(),
        online_url: String::new(),
        access: texts(&["step-free", "hearing-loop", "accessible-toilet"]),
        capacity: 12,
        waitlist: true,
        support: texts(&["childcare", "meal"]),
        consent: "Explicamos no início, em cada língua, como usamos o que disser. As notas não levam nomes.".to_owned(),
        hosts: "Equipa do PMIM e mediadora escolar".to_owned(),
        starts: Some(at(&plan, 12, 18, 0)),
        minutes: 90,
    };
    let g3 = service::create(db, plan.clone(), team.id, families).await.map_err(failed)?;
    let parents = [
        Person("Olena", "uk", Some("uk"), 1, "6", "", ""),
        Person("Karim", "ar", Some("ar"), 2, "5, 9", "", "Halal"),
        Person("Ayesha", "ur", Some("ur"), 1, "3", "", "Halal"),
        Person("Ana", "pt-PT", None, 0, "", "", ""),
    ];
    register(db, &plan, &g3, &parents, "+351 913 000 2").await?;
    Ok(())
}

/// What g1 found: its minutes and four findings (in Portuguese and English), published, two of
/// them linked to measures as evidence.
async fn write_findings(db: &DatabaseConnection, plan: &plans::Model, team: i32, slug: &str) -> Result<(), DbErr> {
    let written = |text: &str, lang: &str| Written { text: text.to_owned(), lang: lang.to_owned(), names_nobody: false };
    let minutes_pt = "Sessão de duas horas num sábado de manhã, com intérpretes de nepali/hindi e de bengali e espaço para as crianças.\n\n**Saúde.** Várias participantes contaram que marcar consulta no centro de saúde é difícil sem falar português; a linha telefónica não tem outras línguas.\n\n**Português.** As aulas que existem são à noite, quando muitas estão a trabalhar ou com os filhos. Pediram aulas de manhã, com creche.\n\n**Habitação.** Falou-se de quartos sobrelotados e de senhorios que não passam recibo.";
    let minutes_en = "A two-hour session on a Saturday morning, with Nepali/Hindi and Bengali interpreters and a corner for the children.\n\n**Health.** Several participants said booking an appointment at the health centre is hard without Portuguese; the phone line has no other languages.\n\n**Portuguese.** The classes on offer are in the evening, when many are at work or with their children. They asked for morning classes with childcare.\n\n**Housing.** People spoke of overcrowded rooms and landlords who give no receipt.";
    findings::save_minutes(db, plan, team, slug, written(minutes_pt, "pt-PT")).await.map_err(failed)?;
    findings::save_minutes(db, plan, team, slug, written(minutes_en, "en")).await.map_err(failed)?;
    let list: [(&str, &str, &[&str], &[&str]); 4] = [
        (
            "As aulas de português à noite não servem quem trabalha por turnos ou cuida dos filhos: pedem aulas de manhã com creche.",
            "Evening Portuguese classes do not suit those who work shifts or look after children: they ask for morning classes with childcare.",
            &["LIN"],
            &["VL-LIN-03"],
        ),
        (
            "Marcar consulta no centro de saúde sem falar português depende de um familiar ou vizinho que traduza.",
            "Booking a health-centre appointment without Portuguese depends on a relative or neighbour who translates.",
            &["SAU"],
            &["VL-SAU-04"],
        ),
        (
            "Há quartos arrendados sem contrato nem recibo, o que impede pedir outros apoios.",
            "Some rooms are let without a contract or receipt, which keeps people from applying for other support.",
            &["UH"],
            &["VL-UH-05"],
        ),
        (
            "A informação chega sobretudo por grupos de mensagens da comunidade, não pelo site do município.",
            "Information arrives mostly through the community's messaging groups, not the municipality's website.",
            &["LIN"],
            &[],
        ),
    ];
    let mut ids = Vec::new();
    for (pt, en, areas, measures) in list {
        let new = NewFinding { statement: written(pt, "pt-PT"), areas: texts(areas), measures: texts(measures) };
        let id = findings::add(db, plan, team, slug, new).await.map_err(failed)?;
        findings::translate(db, plan, team, slug, id, written(en, "en")).await.map_err(failed)?;
        ids.push(id);
    }
    findings::publish(db, plan, team, slug, true).await.map_err(failed)?;
    let links = [
        (0, "VL-LIN-03", "As mulheres do grupo focal pediram aulas de manhã com creche: a medida prevê esses horários."),
        (1, "VL-SAU-04", "Sem intérprete, a marcação de consultas depende de terceiros: a medida leva a mediação ao centro de saúde."),
    ];
    use ponte_app::evidence::{model::Stance, service::NewLink};
    for (n, code, why) in links {
        let Some(id) = ids.get(n) else { continue };
        let outcome = ponte_app::focus_groups::finding_outcome(*id);
        let new = NewLink { outcome: &outcome, measure_code: code, stance: Stance::Supports, rationale: why, lang: ponte_app::i18n::Locale::default() };
        ponte_app::evidence::service::link(db, plan, new, team).await.map_err(failed)?;
    }
    Ok(())
}
