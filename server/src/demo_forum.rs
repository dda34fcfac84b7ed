//! The demo plan's forum: a dozen threads across areas and languages (fictional), so the forum
//! page, a long thread and moderation all have something to show: a pinned welcome from the
//! plan's team; a thread of 40 posts on evening Portuguese classes, closed by the team with an
//! outcome linked as evidence to measure VL-LIN-03; a thread locked by a moderator; a post
//! edited by its author; a spam thread hidden by three people's flags and removed; a post
//! flagged once, waiting in the moderators' queue. The demo's people are made older than the
//! forum's new-account limits.

use ponte_app::{
    accounts::{
        model::Actor,
        roles::{Grant, Role},
    },
    entity::{forum_threads, plans, users},
    evidence::{model::Stance, service as evidence},
    forum::{
        self,
        moderated::{Posts, Threads},
        posts::{self, NewPost},
        service::{self, Keeping, NewThread},
    },
    i18n::Locale,
    moderation::{Decision, service as moderation},
};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, sea_query::Expr};

use crate::demo_consultation::person;

fn failed(e: ponte_app::core::AppError) -> DbErr {
    DbErr::Custom(format!("demo forum: {e:?}"))
}

/// A demo thread: who opens it, where, in which language, and its first post.
struct Opening {
    who: usize,
    category: &'static str,
    measures: &'static [&'static str],
    lang: &'static str,
    title: &'static str,
    body: &'static str,
}

const OPENINGS: &[Opening] = &[
    Opening { who: 0, category: "general", measures: &[], lang: "pt-PT", title: "Bem-vindos ao fórum do PMIM de Vale do Lírio", body: "Este é o espaço para conversar sobre o plano. **Leia as regras**: respeito, nada de dados pessoais de terceiros, e escreva na língua que preferir.\n\nA equipa lê todos os tópicos e escreve a conclusão de cada discussão." },
    Opening { who: 1, category: "LIN", measures: &["VL-LIN-03"], lang: "pt-PT", title: "Aulas de português à noite", body: "Trabalho até às 19h. As aulas de domingo de manhã não me servem. Mais alguém precisa de aulas à noite?" },
    Opening { who: 3, category: "SAU", measures: &["VL-SAU-04"], lang: "ar", title: "التسجيل في المركز الصحي", body: "كم من الوقت يستغرق الحصول على رقم المستخدم في المركز الصحي؟ انتظرت ثلاثة أشهر." },
    Opening { who: 2, category: "UH", measures: &["VL-UH-05"], lang: "uk", title: "Оренда житла без поручителя", body: "Власники просять поручителя-португальця. Чи може муніципалітет допомогти з гарантією?" },
    Opening { who: 4, category: "MTE", measures: &["VL-MTE-06"], lang: "ne", title: "कृषि कामदारहरूको लागि यातायात", body: "बिहान ५ बजे खेतसम्म जाने बस छैन। धेरै साथीहरू हिँडेर जान्छन्।" },
    Opening { who: 5, category: "EDU", measures: &["VL-EDU-07"], lang: "bn", title: "স্কুলে অভিভাবক সভায় দোভাষী", body: "অভিভাবক সভায় বাংলা দোভাষী থাকলে আমরা আরও অংশ নিতে পারতাম।" },
    Opening { who: 6, category: "CA", measures: &["VL-CA-01"], lang: "en", title: "One desk for all first appointments?", body: "When I arrived I went to four offices in two weeks. Could the CLAIM book the appointments for newcomers?" },
    Opening { who: 1, category: "CID", measures: &[], lang: "pt-PT", title: "Associações de imigrantes no conselho municipal", body: "Proponho que as associações tenham um lugar no Conselho Municipal para a Interculturalidade." },
    Opening { who: 7, category: "CUL", measures: &[], lang: "hi", title: "दिवाली उत्सव नगर पार्क में", body: "क्या हम इस साल नगर पार्क में दिवाली उत्सव मना सकते हैं? सब लोग आमंत्रित हैं।" },
    Opening { who: 6, category: "RD", measures: &["VL-RD-09"], lang: "en", title: "Reporting discrimination at work", body: "Where can a worker report discrimination without fear of losing the job? A clear guide in several languages would help." },
    Opening { who: 2, category: "general", measures: &[], lang: "uk", title: "Дякую за переклади", body: "Дякую, що сторінки є українською. Це дуже допомагає." },
];

/// Replies to the thread on evening classes, in turn (40 posts with its first).
const EVENING: &[(usize, &str, &str)] = &[
    (4, "ne", "मलाई पनि साँझको कक्षा चाहिन्छ। म ७ बजे काम सक्छु।"),
    (3, "ar", "نعم، المساء أفضل. ويوم السبت أيضاً."),
    (5, "bn", "সন্ধ্যার ক্লাস হলে আমি আসব।"),
    (2, "uk", "Я теж. І потрібен догляд за дітьми під час уроків."),
    (6, "en", "Evening classes twice a week would work for most of us at the packing house."),
    (1, "pt-PT", "Obrigado a todos! Vou levar isto à reunião da associação."),
];

/// Makes the demo's people older than the forum's new-account limits.
async fn settled(db: &DatabaseConnection, people: &[Actor]) -> Result<(), DbErr> {
    let long_ago = chrono::Utc::now() - chrono::Duration::days(90);
    users::Entity::update_many()
        .col_expr(users::Column::CreatedAt, Expr::value(long_ago))
        .filter(users::Column::Id.is_in(people.iter().map(|p| p.user_id)))
        .exec(db)
        .await?;
    Ok(())
}

fn thread(o: &Opening) -> NewThread {
    NewThread {
        category: o.category.to_owned(),
        measures: o.measures.iter().map(|m| (*m).to_owned()).collect(),
        title: o.title.to_owned(),
        body: o.body.to_owned(),
        lang: o.lang.to_owned(),
        shown_as: "resident".to_owned(),
        municipality: "ribeira-do-lirio".to_owned(),
    }
}

fn reply(lang: &str, body: &str, quote: Option<i32>) -> NewPost {
    NewPost { body: body.to_owned(), lang: lang.to_owned(), shown_as: "resident".to_owned(), municipality: "ribeira-do-lirio".to_owned(), quote }
}

/// Seeds the forum of plan `plan_slug` unless it has threads.
pub async fn seed_demo_forum(db: &DatabaseConnection, plan_slug: &str) -> Result<(), DbErr> {
    let Some(plan) = plans::Entity::find().filter(plans::Column::Slug.eq(plan_slug)).one(db).await? else {
        return Ok(());
    };
    if forum_threads::Entity::find().filter(forum_threads::Column::PlanId.eq(plan.id)).one(db).await?.is_some() {
        return Ok(());
    }
    let mut team = person(db, "equipa-pmim@demo.invalid", Some("Equipa do PMIM de Vale do Lírio"), "pt-PT").await?;
    team.grants = vec![Grant { role: Role::Facilitator, plan_id: Some(plan.id), entity_id: None }];
    let people = vec![
        team.clone(),
        person(db, "ana@demo.invalid", Some("Ana"), "pt-PT").await?,
        person(db, "olena@demo.invalid", None, "uk").await?,
        person(db, "karim@demo.invalid", Some("Karim"), "ar").await?,
        person(db, "sunita@demo.invalid", None, "ne").await?,
        person(db, "rahima@demo.invalid", None, "bn").await?,
        person(db, "joseph@demo.invalid", Some("Joseph"), "en").await?,
        person(db, "priya@demo.invalid", None, "hi").await?,
    ];
    settled(db, &people).await?;
    let mut ids = Vec::new();
    for o in OPENINGS {
        let mut new = thread(o);
        if o.who == 0 {
            new.shown_as = "name".to_owned();
        }
        ids.push(service::open(db, &plan, &people[o.who], new).await.map_err(failed)?);
    }
    service::keep(db, &plan, ids[0], &team, Keeping::Pin(true)).await.map_err(failed)?;
    // The evening classes: 40 posts, a quote, an edit, then the team's outcome as evidence.
    let evening = ids[1];
    for n in 0..39 {
        let (who, lang, body) = EVENING[n % EVENING.len()];
        let quote = (n == 7).then_some(2);
        posts::reply(db, &plan, evening, &people[who], reply(lang, body, quote), "").await.map_err(failed)?;
    }
    let first = post_id(db, evening, 1).await?;
    posts::edit(db, &plan, first, &people[1], "Trabalho até às 19h, como muitos na fábrica. As aulas de domingo de manhã não me servem. Mais alguém precisa de aulas à noite?")
        .await
        .map_err(failed)?;
    let outcome = "A equipa vai propor uma turma de português às terças e quintas, das 19h30 às 21h, na escola de Ribeira do Lírio, com espaço para crianças. A medida VL-LIN-03 passa a incluir este horário.";
    service::close(db, &plan, evening, &team, "pt-PT", outcome).await.map_err(failed)?;
    service::close(db, &plan, evening, &team, "en", "The team will propose a Portuguese class on Tuesdays and Thursdays, 19:30 to 21:00, at the Ribeira do Lírio school, with room for children. Measure VL-LIN-03 now includes this time.")
        .await
        .map_err(failed)?;
    let rationale = "Quarenta mensagens no fórum pediram aulas ao fim do dia.";
    let outcome = forum::outcome_ref(evening);
    let new = evidence::NewLink { outcome: &outcome, measure_code: "VL-LIN-03", stance: Stance::Supports, rationale, lang: Locale::default() };
    evidence::link(db, &plan, new, team.user_id).await.map_err(failed)?;
    // A few replies elsewhere, a thread locked by a moderator.
    posts::reply(db, &plan, ids[2], &people[0], reply("pt-PT", "Obrigado pela pergunta. O prazo normal é de duas semanas; vamos perguntar ao centro de saúde o que se passou.", Some(1)), "")
        .await
        .map_err(failed)?;
    posts::reply(db, &plan, ids[3], &people[5], reply("bn", "আমাদেরও একই সমস্যা হয়েছে।", None), "").await.map_err(failed)?;
    let misplaced = posts::reply(db, &plan, ids[8], &people[6], reply("en", "Count me in! I can bring food.", None), "").await.map_err(failed)?;
    service::keep(db, &plan, ids[10], &team, Keeping::Lock(true)).await.map_err(failed)?;
    // Moderation: spam hidden by three flags and removed; one post flagged once.
    let seller = person(db, "promo@demo.invalid", None, "pt-PT").await?;
    settled(db, std::slice::from_ref(&seller)).await?;
    let spam = NewThread {
        category: "general".to_owned(),
        measures: Vec::new(),
        title: "Cursos certificados em 3 dias!!!".to_owned(),
        body: "Visite o nosso site e ganhe 50% de desconto.".to_owned(),
        lang: "pt-PT".to_owned(),
        shown_as: "resident".to_owned(),
        municipality: "ribeira-do-lirio".to_owned(),
    };
    let spam = service::open(db, &plan, &seller, spam).await.map_err(failed)?;
    for who in &people[1..4] {
        moderation::flag(db, &Threads, spam, who.user_id, "spam").await.map_err(failed)?;
    }
    moderation::decide(db, &Threads, spam, &team, Decision::Remove, "spam").await.map_err(failed)?;
    let number: i32 = misplaced.rsplit("#post-").next().and_then(|n| n.parse().ok()).unwrap_or(2);
    let flagged = post_id(db, ids[8], number).await?;
    moderation::flag(db, &Posts, flagged, people[2].user_id, "off_topic").await.map_err(failed)?;
    Ok(())
}

/// The id of post `number` of thread `thread`.
async fn post_id(db: &DatabaseConnection, thread: i32, number: i32) -> Result<i32, DbErr> {
    use ponte_app::entity::forum_posts;
    forum_posts::Entity::find()
        .filter(forum_posts::Column::ThreadId.eq(thread))
        .filter(forum_posts::Column::Number.eq(number))
        .one(db)
        .await?
        .map(|p| p.id)
        .ok_or_else(|| DbErr::Custom(format!("demo forum: no post {number} in thread {thread}")))
}
