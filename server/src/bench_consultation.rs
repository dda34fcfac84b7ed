//! Benchmarks only (bench/consultations.sh): a measure of the demo plan with many comments in its
//! open consultation (`ponte seed-comments`), written through the same service residents use,
//! by a few hundred generated people, a reply to every tenth.

use ponte_app::{
    accounts::model::Actor,
    consultations::comments::{self, NewComment},
    entity::users,
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection};

#[derive(clap::Args)]
pub struct CommentsArgs {
    /// The measure of the demo plan to comment on.
    #[arg(long, default_value = "VL-LIN-03")]
    pub measure: String,
    /// Comments to add.
    #[arg(long, default_value_t = 1000)]
    pub count: usize,
}

const PLAN: &str = "vale-do-lirio-2026";
const ANCHORS: [&str; 4] = ["measure", "objective-1", "objective-2", "indicator-1"];
pub(crate) const LANGS: [&str; 5] = ["pt-PT", "en", "uk", "ne", "ar"];

/// `count` generated people (`bench-N@bench.invalid`, a month old so no new-account limit
/// applies), as signed-in actors.
pub(crate) async fn people(db: &DatabaseConnection, count: usize) -> Result<Vec<Actor>, String> {
    let mut people = Vec::new();
    for n in 0..count {
        let user = users::ActiveModel {
            email: Set(Some(format!("bench-{n}@bench.invalid"))),
            display_name: Set(Some(format!("Pessoa {n}"))),
            preferred_lang: Set(LANGS[n % LANGS.len()].to_owned()),
            notify_email: Set(false),
            created_at: Set(chrono::Utc::now() - chrono::Duration::days(30)),
            ..Default::default()
        }
        .insert(db)
        .await
        .map_err(|e| e.to_string())?;
        people.push(Actor {
            user_id: user.id,
            session_id: 0,
            email: String::new(),
            display_name: user.display_name,
            preferred_lang: user.preferred_lang,
            notify_email: false,
            grants: Vec::new(),
        });
    }
    Ok(people)
}

pub async fn run(db: &DatabaseConnection, args: CommentsArgs) -> Result<(), String> {
    let people = people(db, 200).await?;
    let mut last = None;
    for n in 0..args.count {
        let actor = &people[n % people.len()];
        let reply = n % 10 == 9;
        let new = NewComment {
            consultation: "c1".to_owned(),
            anchor: ANCHORS[n % ANCHORS.len()].to_owned(),
            body: format!("Comentário {n}: as aulas deviam ser **à noite** e ao sábado, com espaço para as crianças. Ver [o horário](https://example.org/{n})."),
            lang: LANGS[n % LANGS.len()].to_owned(),
            affects_me: n % 2 == 0,
            shown_as: if n % 3 == 0 { "name" } else { "resident" }.to_owned(),
            municipality: "ribeira-do-lirio".to_owned(),
            parent: if reply { last } else { None },
        };
        let id = comments::comment(db, PLAN, &args.measure, actor, new).await.map_err(|e| format!("{e:?}"))?;
        if !reply {
            last = Some(id);
        }
    }
    println!("{} comments on {}", args.count, args.measure);
    Ok(())
}
