//! Hidden commands for the benchmarks (bench/surveys.sh), not for people:
//!
//! - `ponte seed-bench --responses N [--print-forms K]`: on top of the demo plan (loaded if
//!   missing), the open, published survey `bench` with results public and ONE section of 20
//!   questions of every type, in pt-PT and en (created once); then N generated responses that
//!   answer every question (N × 20 answers), stored in large transactions with multi-row
//!   inserts; then K complete answer forms, URL-encoded, one per line on stdout, as a browser
//!   without JavaScript would POST them to `…/surveys/bench/respond`.
//! - `ponte bench-admin-session --email E`: makes E an administrator (as `ponte admin create`)
//!   and prints the token of a new one-day session (cookie `ponte_session=<token>`), so that a
//!   script can download the exports through the real HTTP endpoints.

use std::time::Instant;

use ponte_app::writes::BeginWrite;
use ponte_app::{
    accounts::{domain::EmailAddress, people, roles::Role, service::hash},
    core::Translated,
    entity::{plans, sessions, surveys, users},
    surveys::{
        answers::{self, Answers},
        definition::{Choice, Question, QuestionKind, Section, SurveyDefinition},
        model::{Access, Channel},
        service::{self, NewSurvey},
        store::{self, Stored, Submission},
    },
};
use rand::{Rng, SeedableRng, rngs::StdRng};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
};

use ponte_server::{demo_survey::plausible_answers, seed};

/// The survey's slug.
pub const SLUG: &str = "bench";
/// Responses stored per transaction.
const PER_TRANSACTION: usize = 5_000;

#[derive(clap::Args)]
pub struct SeedArgs {
    /// Generated responses to add (each answers all 20 questions).
    #[arg(long, default_value_t = 0)]
    pub responses: usize,
    /// Then print this many complete answer forms (URL-encoded bodies, one per line).
    #[arg(long, default_value_t = 0)]
    pub print_forms: usize,
}

fn text(pt: &str, en: &str) -> Translated {
    Translated([("pt-PT".to_owned(), pt.to_owned()), ("en".to_owned(), en.to_owned())].into())
}

fn choices(items: &[(&str, &str, &str)]) -> Vec<Choice> {
    items.iter().map(|(key, pt, en)| Choice { key: (*key).to_owned(), label: text(pt, en) }).collect()
}

fn question(id: &str, pt: &str, en: &str, required: bool, kind: QuestionKind) -> Question {
    Question {
        id: id.to_owned(),
        text: text(pt, en),
        plain: Translated::default(),
        help: Translated::default(),
        required,
        prefer_not_to_say: false,
        condition: None,
        kind,
    }
}

fn with_pnts(mut q: Question) -> Question {
    q.prefer_not_to_say = true;
    q
}

/// Twenty questions in one section, every question type at least once.
pub fn definition() -> SurveyDefinition {
    use QuestionKind::*;
    let services = choices(&[
        ("health", "Centro de saúde", "Health centre"),
        ("school", "Escola", "School"),
        ("housing", "Habitação", "Housing"),
        ("work", "Emprego", "Work"),
        ("papers", "Documentos", "Documents"),
    ]);
    let questions = vec![
        question(
            "municipality",
            "Em que município vive?",
            "Which municipality do you live in?",
            true,
            SingleChoice {
                options: choices(&[
                    ("lirio", "Vale do Lírio", "Vale do Lírio"),
                    ("ribeira", "Ribeira Alta", "Ribeira Alta"),
                    ("serra", "Serra Azul", "Serra Azul"),
                    ("porto", "Porto Manso", "Porto Manso"),
                    ("other", "Outro", "Other"),
                ]),
            },
        ),
        with_pnts(question(
            "age",
            "Qual é a sua idade?",
            "How old are you?",
            false,
            Dropdown {
                options: choices(&[
                    ("u18", "Menos de 18", "Under 18"),
                    ("18-24", "18 a 24", "18 to 24"),
                    ("25-34", "25 a 34", "25 to 34"),
                    ("35-44", "35 a 44", "35 to 44"),
                    ("45-54", "45 a 54", "45 to 54"),
                    ("55-64", "55 a 64", "55 to 64"),
                    ("65", "65 ou mais", "65 or over"),
                ]),
            },
        )),
        question(
            "years",
            "Há quantos anos vive em Portugal?",
            "How many years have you lived in Portugal?",
            false,
            Number { min: Some(0.0), max: Some(80.0) },
        ),
        question(
            "country",
            "Em que país nasceu?",
            "Which country were you born in?",
            false,
            Dropdown {
                options: choices(&[
                    ("br", "Brasil", "Brazil"),
                    ("cv", "Cabo Verde", "Cape Verde"),
                    ("ao", "Angola", "Angola"),
                    ("in", "Índia", "India"),
                    ("np", "Nepal", "Nepal"),
                    ("bd", "Bangladesh", "Bangladesh"),
                    ("pk", "Paquistão", "Pakistan"),
                    ("ua", "Ucrânia", "Ukraine"),
                    ("cn", "China", "China"),
                    ("gw", "Guiné-Bissau", "Guinea-Bissau"),
                    ("ma", "Marrocos", "Morocco"),
                    ("other", "Outro", "Other"),
                ]),
            },
        ),
        question(
            "home_languages",
            "Que línguas fala em casa?",
            "Which languages do you speak at home?",
            false,
            MultipleChoice {
                options: choices(&[
                    ("pt", "Português", "Portuguese"),
                    ("en", "Inglês", "English"),
                    ("uk", "Ucraniano", "Ukrainian"),
                    ("hi", "Hindi", "Hindi"),
                    ("ne", "Nepali", "Nepali"),
                    ("bn", "Bengali", "Bengali"),
                    ("ur", "Urdu", "Urdu"),
                    ("ar", "Árabe", "Arabic"),
                ]),
                max_choices: None,
                other: true,
            },
        ),
        question(
            "portuguese",
            "Como avalia o seu português?",
            "How good is your Portuguese?",
            false,
            Scale { min: 1, max: 5, min_label: text("Nada", "None"), max_label: text("Fluente", "Fluent") },
        ),
        question("health_registered", "Está inscrito num centro de saúde?", "Are you registered at a health centre?", true, YesNo),
        question(
            "access",
            "Quão fácil é usar estes serviços?",
            "How easy is it to use these services?",
            false,
            Matrix {
                rows: services.clone(),
                scale: choices(&[
                    ("1", "Muito difícil", "Very hard"),
                    ("2", "Difícil", "Hard"),
                    ("3", "Razoável", "Fair"),
                    ("4", "Fácil", "Easy"),
                    ("5", "Muito fácil", "Very easy"),
                ]),
            },
        ),
        question(
            "priorities",
            "Ordene estes temas, do mais para o menos urgente.",
            "Order these topics from most to least urgent.",
            false,
            Ranking { options: services },
        ),
        question(
            "recommend",
            "Recomendaria o município a um amigo que chega a Portugal?",
            "Would you recommend the municipality to a friend arriving in Portugal?",
            false,
            Scale { min: 0, max: 10, min_label: text("De modo nenhum", "Not at all"), max_label: text("Sem dúvida", "Certainly") },
        ),
        with_pnts(question(
            "discrimination",
            "No último ano, sentiu-se discriminado?",
            "In the last year, have you felt discriminated against?",
            false,
            SingleChoice {
                options: choices(&[
                    ("never", "Nunca", "Never"),
                    ("rarely", "Raramente", "Rarely"),
                    ("sometimes", "Às vezes", "Sometimes"),
                    ("often", "Muitas vezes", "Often"),
                ]),
            },
        )),
        question("member", "Participa nalguma associação?", "Are you a member of an association?", false, YesNo),
        question(
            "information",
            "Onde procura informação sobre serviços? (até 3)",
            "Where do you look for information about services? (up to 3)",
            false,
            MultipleChoice {
                options: choices(&[
                    ("social", "Redes sociais", "Social media"),
                    ("friends", "Amigos e família", "Friends and family"),
                    ("parish", "Junta de freguesia", "Parish council"),
                    ("school", "Escola", "School"),
                    ("association", "Associação", "Association"),
                    ("website", "Sítio do município", "Municipal website"),
                ]),
                max_choices: Some(3),
                other: false,
            },
        ),
        question(
            "arrived",
            "Quando chegou ao município?",
            "When did you arrive in the municipality?",
            false,
            Date {
                min: chrono::NaiveDate::from_ymd_opt(1980, 1, 1).map(ponte_app::surveys::date::Day),
                max: chrono::NaiveDate::from_ymd_opt(2026, 12, 31).map(ponte_app::surveys::date::Day),
            },
        ),
        question(
            "household",
            "Quantas pessoas vivem em sua casa?",
            "How many people live in your home?",
            false,
            Number { min: Some(1.0), max: Some(15.0) },
        ),
        question(
            "trust",
            "Quanto confia nestas instituições?",
            "How much do you trust these institutions?",
            false,
            Matrix {
                rows: choices(&[
                    ("council", "Câmara municipal", "Town council"),
                    ("parish", "Junta de freguesia", "Parish council"),
                    ("police", "Polícia", "Police"),
                    ("school", "Escola", "School"),
                ]),
                scale: choices(&[("low", "Pouco", "Little"), ("mid", "Alguma", "Some"), ("high", "Muita", "A lot")]),
            },
        ),
        question(
            "safety",
            "Sente-se seguro no seu bairro?",
            "Do you feel safe in your neighbourhood?",
            false,
            Scale { min: 1, max: 7, min_label: text("Nada seguro", "Not safe"), max_label: text("Muito seguro", "Very safe") },
        ),
        question(
            "work",
            "Qual é a sua situação profissional?",
            "What is your work situation?",
            false,
            SingleChoice {
                options: choices(&[
                    ("employed", "Por conta de outrem", "Employed"),
                    ("self", "Por conta própria", "Self-employed"),
                    ("unemployed", "Desempregado", "Unemployed"),
                    ("student", "Estudante", "Student"),
                    ("retired", "Reformado", "Retired"),
                    ("other", "Outra", "Other"),
                ]),
            },
        ),
        question("idea", "Uma ideia para o plano", "One idea for the plan", false, ShortText { max_len: 300 }),
        question("comments", "Mais alguma coisa que queira dizer?", "Anything else you want to tell us?", false, LongText { max_len: 2_000 }),
    ];
    SurveyDefinition { sections: vec![Section { title: text("Inquérito de carga", "Load test survey"), questions }] }
}

/// What people write, in the two languages of the survey.
fn sample_text(lang: &str, long: bool, rng: &mut StdRng) -> String {
    let samples: &[&str] = match (lang, long) {
        ("pt-PT", false) => &["Aulas de português ao fim do dia.", "Um balcão único para os documentos.", "Mais transportes à noite."],
        ("pt-PT", true) => &[
            "Cheguei há dois anos e ainda não consegui marcar consulta no centro de saúde sem ajuda.",
            "A escola dos meus filhos ajuda muito, mas a informação chega sempre tarde.",
            "Gostava de ver mais associações envolvidas nas decisões do município.",
        ],
        (_, false) => &["Evening Portuguese classes.", "One office for all the papers.", "More buses at night."],
        (_, true) => &[
            "I arrived two years ago and still cannot book an appointment at the health centre without help.",
            "My children's school helps a lot, but information always comes late.",
            "I would like to see more associations involved in the municipality's decisions.",
        ],
    };
    samples[rng.random_range(0..samples.len())].to_owned()
}

/// Plausible answers to every question (a few "prefer not to say" where offered).
fn generate(definition: &SurveyDefinition, lang: &str, rng: &mut StdRng) -> Answers {
    plausible_answers(definition, rng, 0.0, |long, rng| sample_text(lang, long, rng))
}

/// The `bench` survey of the demo plan: its id and definition (created if missing).
async fn ensure_survey(db: &DatabaseConnection) -> Result<(i32, SurveyDefinition), String> {
    let plan_slug = seed::demo_plan().map_err(|e| e.to_string())?.plan.slug;
    let plan = plans::Entity::find()
        .filter(plans::Column::Slug.eq(&plan_slug))
        .one(db)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("the demo plan {plan_slug} is missing"))?;
    let existing = surveys::Entity::find()
        .filter(surveys::Column::PlanId.eq(plan.id))
        .filter(surveys::Column::Slug.eq(SLUG))
        .one(db)
        .await
        .map_err(|e| e.to_string())?;
    if let Some(row) = existing {
        let definition = SurveyDefinition::parse(&row.definition).map_err(|e| format!("stored bench survey: {e:?}"))?;
        return Ok((row.id, definition));
    }
    let definition = definition();
    let new = NewSurvey {
        plan_id: plan.id,
        slug: SLUG.to_owned(),
        title: text("Inquérito de carga (20 perguntas)", "Load test survey (20 questions)"),
        intro: text(
            "Inquérito gerado para medir o desempenho: uma página com vinte perguntas de todos os tipos.",
            "A survey generated to measure performance: one page with twenty questions of every type.",
        ),
        languages: vec!["pt-PT".to_owned(), "en".to_owned()],
        access: Access::Open,
        definition: definition.clone(),
        published: true,
        opens_at: None,
        closes_at: None,
        results_public: true,
    };
    let id = service::create_survey(db, new, None).await.map_err(|e| format!("creating the bench survey: {e}"))?;
    Ok((id, definition))
}

/// `ponte seed-bench`.
pub async fn run(db: &DatabaseConnection, args: SeedArgs) -> Result<(), String> {
    seed::seed_demo(db).await.map_err(|e| format!("loading the demo plan failed: {e}"))?;
    let (survey_id, definition) = ensure_survey(db).await?;
    let before = service::response_count(db, survey_id).await.map_err(|e| e.to_string())?;
    // A different stream of answers on every run, the same for the same starting count.
    let mut rng = StdRng::seed_from_u64(0xbe7c_4000 + before);
    let today = chrono::Utc::now().date_naive();
    let started = Instant::now();
    let mut added = 0;
    while added < args.responses {
        let size = PER_TRANSACTION.min(args.responses - added);
        let mut batch = Vec::with_capacity(size);
        for i in 0..size {
            let lang = if rng.random_bool(0.6) { "pt-PT" } else { "en" };
            let channel = match rng.random_range(0..20) {
                0..=13 => Channel::Online,
                14..=16 => Channel::Paper,
                17 | 18 => Channel::Interview,
                _ => Channel::Interpreter,
            };
            let generated = generate(&definition, lang, &mut rng);
            let answers = answers::check_all(&definition, &generated).map_err(|(_, errors)| format!("generated answers do not check: {errors:?}"))?;
            let interview_lang = (channel == Channel::Interpreter).then(|| lang.to_owned());
            let day = today - chrono::Duration::days(((added + i) % 60) as i64);
            let stored = Stored { lang: lang.to_owned(), channel, interview_lang, day };
            batch.push(Submission::new(survey_id, &definition, &answers, stored).map_err(|e| e.to_string())?);
        }
        let tx = db.begin_write().await.map_err(|e| e.to_string())?;
        let refs: Vec<&Submission> = batch.iter().collect();
        store::insert(&tx, &refs).await.map_err(|e| format!("storing responses: {e}"))?;
        tx.commit().await.map_err(|e| e.to_string())?;
        added += size;
    }
    if args.responses > 0 {
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "seed-bench: added {added} responses ({} answers) in {secs:.1} s ({:.0} responses/s); the survey has {} now",
            added * definition.questions().count(),
            added as f64 / secs.max(1e-9),
            before + added as u64
        );
    }
    for _ in 0..args.print_forms {
        let lang = if rng.random_bool(0.6) { "pt-PT" } else { "en" };
        println!("{}", form_body(&definition, &generate(&definition, lang, &mut rng)));
    }
    Ok(())
}

/// The answer form as a browser without JavaScript sends it for the (only) section.
fn form_body(definition: &SurveyDefinition, generated: &Answers) -> String {
    let shown: Vec<&str> = definition.questions().map(|q| q.id.as_str()).collect();
    let mut pairs = vec![("_section".to_owned(), "0".to_owned()), ("_shown".to_owned(), shown.join(" "))];
    pairs.extend(answers::encode(definition, generated));
    pairs.push(("_action".to_owned(), "next".to_owned()));
    pairs.iter().map(|(k, v)| format!("{}={}", form_encode(k), form_encode(v))).collect::<Vec<_>>().join("&")
}

/// `application/x-www-form-urlencoded`, as browsers write it.
fn form_encode(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for b in raw.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// `ponte bench-admin-session`: an administrator session for `email`; prints its token.
pub async fn admin_session(db: &DatabaseConnection, email: &str) -> Result<(), String> {
    let address = EmailAddress::parse(email).map_err(|_| format!("{email:?} is not an email address"))?;
    let request = people::GrantRequest { email: address.clone(), role: Role::Admin, plan_slug: None, entity_slug: None };
    people::grant_role(db, None, request).await.map_err(|e| format!("could not make {email} an admin: {e}"))?;
    let user = users::Entity::find()
        .filter(users::Column::Email.eq(address.as_str()))
        .filter(users::Column::DeletedAt.is_null())
        .one(db)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no account for {email}"))?;
    let token = service::random_token();
    let now = chrono::Utc::now();
    sessions::ActiveModel {
        token_hash: Set(hash(&token)),
        user_id: Set(user.id),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(now + chrono::Duration::days(1)),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|e| e.to_string())?;
    println!("{token}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twenty_questions_of_every_type_that_check() {
        let d = definition();
        assert!(d.check().is_ok());
        assert_eq!(d.sections.len(), 1);
        assert_eq!(d.questions().count(), 20);
        let mut rng = StdRng::seed_from_u64(1);
        for _ in 0..200 {
            let generated = generate(&d, "en", &mut rng);
            assert_eq!(generated.len(), 20);
            assert_eq!(answers::check_all(&d, &generated).ok(), Some(generated));
        }
    }

    #[test]
    fn form_bodies_decode_to_the_answers() {
        let d = definition();
        let mut rng = StdRng::seed_from_u64(2);
        let generated = generate(&d, "pt-PT", &mut rng);
        let body = form_body(&d, &generated);
        let pairs: Vec<(String, String)> = body
            .split('&')
            .filter_map(|p| p.split_once('='))
            .map(|(k, v)| (decode(k), decode(v)))
            .collect();
        assert_eq!(answers::decode_section(&d, 0, &pairs, &Answers::new()).ok(), Some(generated));
    }

    fn decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' => {
                    out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap_or(b'?'));
                    i += 2;
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
}
