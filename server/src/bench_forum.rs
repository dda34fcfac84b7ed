//! Benchmarks only (bench/forum.sh): a thread of the demo plan's forum with many posts (`ponte
//! seed-forum`), written through the same service residents use, and a search corpus of many
//! more posts in threads of every area, in six scripts, inserted in batches (the search index
//! is kept by the database, as it is for posts written through the service).

use ponte_app::{
    entity::{forum_posts, forum_threads, plans},
    forum::{
        posts::{self, NewPost},
        service::{self, NewThread},
    },
    moderation::ItemState,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::bench_consultation::{LANGS, people};

#[derive(clap::Args)]
pub struct ForumArgs {
    /// Posts in the long thread (its first included).
    #[arg(long, default_value_t = 1000)]
    pub posts: usize,
    /// Posts of the search corpus, in threads of 100.
    #[arg(long, default_value_t = 100_000)]
    pub search_posts: usize,
}

const PLAN: &str = "vale-do-lirio-2026";
const AREAS: [&str; 8] = ["LIN", "SAU", "UH", "MTE", "EDU", "CA", "CID", "general"];
/// Sentences the corpus is made of: Latin with accents, Cyrillic, Devanagari, Bengali, Arabic.
const SENTENCES: [(&str, &str); 8] = [
    ("pt-PT", "As aulas de português à noite ajudam quem trabalha na fábrica até às 19h."),
    ("pt-PT", "O centro de saúde de Setúbal marca consultas com intérprete às terças-feiras."),
    ("uk", "Оренда житла без поручителя — головна проблема для нових сімей."),
    ("ne", "कृषि कामदारहरूको लागि बिहानको बस आवश्यक छ।"),
    ("hi", "नगर पार्क में दिवाली उत्सव सबके लिए खुला है।"),
    ("bn", "অভিভাবক সভায় বাংলা দোভাষী থাকলে আমরা অংশ নিতে পারি।"),
    ("ar", "التسجيل في المركز الصحي يستغرق وقتاً طويلاً."),
    ("en", "The reception desk could book every first appointment for newcomers."),
];

fn new_thread(title: String, category: &str, lang: &str, body: String) -> NewThread {
    NewThread { category: category.to_owned(), measures: Vec::new(), title, body, lang: lang.to_owned(), shown_as: "name".to_owned(), municipality: String::new() }
}

pub async fn run(db: &DatabaseConnection, args: ForumArgs) -> Result<(), String> {
    let failed = |e: ponte_app::core::AppError| format!("{e:?}");
    let plan = plans::Entity::find().filter(plans::Column::Slug.eq(PLAN)).one(db).await.map_err(|e| e.to_string())?.ok_or("no demo plan: run seed-demo first")?;
    let people = people(db, 200).await?;
    let long = service::open(db, &plan, &people[0], new_thread("Bench: um tópico muito longo".to_owned(), "LIN", "pt-PT", SENTENCES[0].1.to_owned())).await.map_err(failed)?;
    for n in 1..args.posts {
        let (lang, sentence) = SENTENCES[n % SENTENCES.len()];
        let new = NewPost { body: format!("{sentence} (n.º {n})"), lang: lang.to_owned(), shown_as: "name".to_owned(), municipality: String::new(), quote: (n % 10 == 0).then_some(1) };
        posts::reply(db, &plan, long, &people[n % people.len()], new, "").await.map_err(failed)?;
    }
    println!("thread {long}: {} posts", args.posts);
    let now = chrono::Utc::now();
    let mut written = 0;
    let mut t = 0;
    while written < args.search_posts {
        let (lang, sentence) = SENTENCES[t % SENTENCES.len()];
        let title = format!("Bench {t}: {}", sentence.chars().take(40).collect::<String>());
        let thread = service::open(db, &plan, &people[t % people.len()], new_thread(title, AREAS[t % AREAS.len()], lang, sentence.to_owned())).await.map_err(failed)?;
        let batch = (args.search_posts - written).min(100);
        let rows: Vec<forum_posts::ActiveModel> = (2..=batch as i32 + 1)
            .map(|number| {
                let (lang, sentence) = SENTENCES[(t + number as usize) % SENTENCES.len()];
                let body = format!("{sentence} {} {number}.", LANGS[number as usize % LANGS.len()]);
                forum_posts::ActiveModel {
                    thread_id: Set(thread),
                    plan_id: Set(plan.id),
                    number: Set(number),
                    author_id: Set(Some(people[number as usize % people.len()].user_id)),
                    shown_as: Set("name".to_owned()),
                    municipality_id: Set(None),
                    body_html: Set(ponte_app::markdown::to_html(&body)),
                    body: Set(body),
                    lang: Set(lang.to_owned()),
                    quote_of: Set(None),
                    state: Set(ItemState::Visible.key().to_owned()),
                    created_at: Set(now),
                    edited_at: Set(None),
                    ..Default::default()
                }
            })
            .collect();
        forum_posts::Entity::insert_many(rows).exec(db).await.map_err(|e| e.to_string())?;
        forum_threads::Entity::update_many()
            .col_expr(forum_threads::Column::Posts, sea_orm::sea_query::Expr::value(batch as i32 + 1))
            .filter(forum_threads::Column::Id.eq(thread))
            .exec(db)
            .await
            .map_err(|e| e.to_string())?;
        written += batch + 1;
        t += 1;
    }
    println!("search corpus: {written} posts in {t} threads");
    Ok(())
}
