//! The demo survey (research/domain.md §6.4) for the demo plan, with a few hundred generated
//! responses in every language and channel so the results pages show something. Generated with
//! a fixed seed: the same demo every time.

use ponte_app::writes::BeginWrite;
use ponte_app::{
    core::Translated,
    entity::{evidence_links, measures, plans, surveys},
    evidence::model::OutcomeKind,
    surveys::{
        answers::{self, Answer, Answers},
        builder::transfer::SurveyFile,
        definition::{QuestionKind, SurveyDefinition},
        model::{Access, Channel},
        service::{self, NewSurvey},
        store::{self, Stored, Submission},
    },
};
use rand::{Rng, SeedableRng, rngs::StdRng, seq::SliceRandom};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

const DEMO_SURVEY: &str = include_str!("../demo/survey.json");
/// Responses generated for the demo.
pub const DEMO_RESPONSES: usize = 320;


fn err(e: impl std::fmt::Display) -> DbErr {
    DbErr::Custom(e.to_string())
}

/// Adds the demo survey to plan `plan_slug` unless it is there; returns the responses added.
pub async fn seed_demo_survey(db: &DatabaseConnection, plan_slug: &str) -> Result<usize, DbErr> {
    let file: SurveyFile = serde_json::from_str(DEMO_SURVEY).map_err(|e| err(format!("demo/survey.json: {e}")))?;
    let Some(plan) = plans::Entity::find().filter(plans::Column::Slug.eq(plan_slug)).one(db).await? else {
        return Ok(0);
    };
    let exists = surveys::Entity::find()
        .filter(surveys::Column::PlanId.eq(plan.id))
        .filter(surveys::Column::Slug.eq(&file.slug))
        .one(db)
        .await?
        .is_some();
    if exists {
        return Ok(0);
    }
    let now = chrono::Utc::now();
    let definition = file.definition.clone();
    let tx = db.begin_write().await?;
    let new = NewSurvey {
        plan_id: plan.id,
        slug: file.slug.clone(),
        title: file.title,
        intro: file.intro,
        languages: file.languages.clone(),
        access: Access::from_key(&file.access).unwrap_or(Access::Open),
        definition: file.definition,
        published: true,
        opens_at: Some(now - chrono::Duration::days(30)),
        closes_at: Some(now + chrono::Duration::days(120)),
        results_public: file.results_public,
    };
    let survey_id = service::create_survey(&tx, new, None).await.map_err(err)?;
    let mut rng = StdRng::seed_from_u64(2026);
    let mut batch = Vec::with_capacity(DEMO_RESPONSES);
    for i in 0..DEMO_RESPONSES {
        let lang = file.languages[rng.random_range(0..file.languages.len())].clone();
        let channel = match rng.random_range(0..10) {
            0 | 1 => Channel::Paper,
            2 => Channel::Interview,
            3 => Channel::Interpreter,
            _ => Channel::Online,
        };
        let answers = plausible_answers(&definition, &mut rng, 0.08, |_, rng| sample_text(&lang, rng));
        let Ok(answers) = answers::check_all(&definition, &answers) else { continue };
        let day = (now - chrono::Duration::days((i % 28) as i64)).date_naive();
        let interview_lang = (channel == Channel::Interpreter).then(|| lang.clone());
        let stored = Stored { lang, channel, interview_lang, day };
        batch.push(Submission::new(survey_id, &definition, &answers, stored).map_err(err)?);
    }
    store::insert(&tx, &batch.iter().collect::<Vec<_>>()).await.map_err(err)?;
    link_demo_evidence(&tx, plan.id, &file.slug).await?;
    tx.commit().await?;
    Ok(DEMO_RESPONSES)
}

/// Two results of the demo survey linked to the measures they support.
async fn link_demo_evidence(tx: &impl sea_orm::ConnectionTrait, plan_id: i32, slug: &str) -> Result<(), DbErr> {
    let links = [
        (
            "portuguese",
            "VL-LIN-03",
            "Muitas pessoas que responderam entendem pouco ou nada do português falado; pediram aulas em horários compatíveis com o trabalho.",
            "Many people who answered understand little or no spoken Portuguese, and asked for classes at times that fit around work.",
        ),
        (
            "info_language",
            "VL-MED-10",
            "As pessoas pediram informação do município em várias línguas além do português: o boletim mensal sai nessas línguas.",
            "People asked for council information in several languages besides Portuguese, so the monthly bulletin comes out in them.",
        ),
    ];
    for (question, code, pt, en) in links {
        let Some(measure) = measures::Entity::find()
            .filter(measures::Column::PlanId.eq(plan_id))
            .filter(measures::Column::Code.eq(code))
            .one(tx)
            .await?
        else {
            continue;
        };
        evidence_links::ActiveModel {
            plan_id: Set(plan_id),
            measure_id: Set(measure.id),
            source_kind: Set(OutcomeKind::SurveyQuestion.key().to_owned()),
            source_ref: Set(ponte_app::surveys::evidence::outcome(slug, question).key),
            rationale_i18n: Set(Translated([("pt-PT".to_owned(), pt.to_owned()), ("en".to_owned(), en.to_owned())].into()).to_json()),
            stance: Set(ponte_app::evidence::model::Stance::Supports.key().to_owned()),
            created_by: Set(None),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(tx)
        .await?;
    }
    Ok(())
}

/// Things people write, by language (the demo's free-text answers).
fn sample_text(lang: &str, rng: &mut StdRng) -> String {
    let samples: &[&str] = match lang {
        "pt-PT" => &["Aulas de português ao fim do dia.", "Mais informação na junta de freguesia.", "Ajuda para marcar consultas no centro de saúde."],
        "en" => &["Evening Portuguese classes.", "One office where all the papers can be done.", "Help to find housing that is not overpriced."],
        "uk" => &["Курси португальської мови ввечері.", "Допомога з документами для дітей."],
        "hi" => &["शाम को पुर्तगाली भाषा की कक्षाएँ।", "स्वास्थ्य केंद्र में अनुवादक।"],
        "ne" => &["साँझ पोर्चुगिज भाषा कक्षा।", "कागजात बनाउन सहयोग।"],
        "bn" => &["সন্ধ্যায় পর্তুগিজ ভাষার ক্লাস।", "বাসা খুঁজতে সাহায্য।"],
        "ur" => &["شام کو پرتگالی زبان کی کلاسیں۔", "صحت مرکز میں مترجم۔"],
        "ar" => &["دروس لغة برتغالية مسائية.", "مساعدة في إيجاد سكن."],
        _ => &["—"],
    };
    samples[rng.random_range(0..samples.len())].to_owned()
}

/// Plausible answers to every question shown (demo and benchmark data): a share `skip` of the
/// questions left unanswered as people do, earlier options chosen a little more often, free texts
/// from `text(long, rng)`.
pub fn plausible_answers(definition: &SurveyDefinition, rng: &mut StdRng, skip: f64, text: impl Fn(bool, &mut StdRng) -> String) -> Answers {
    let mut answers = Answers::new();
    for q in definition.questions() {
        if !answers::is_visible(q, &answers) || rng.random_bool(skip) {
            continue;
        }
        if q.prefer_not_to_say && rng.random_bool(0.03) {
            answers.insert(q.id.clone(), Answer::PreferNotToSay);
            continue;
        }
        let mut skewed = |n: usize| -> usize { rng.random_range(0..n).min(rng.random_range(0..n + 1)).min(n - 1) };
        let answer = match &q.kind {
            QuestionKind::SingleChoice { options } | QuestionKind::Dropdown { options } => {
                Answer::Choice(options[skewed(options.len())].key.clone())
            }
            QuestionKind::MultipleChoice { options, max_choices, other } => {
                let most = max_choices.map_or(3, |m| m as usize).min(options.len()).max(1);
                let count = rng.random_range(1..=most);
                let mut keys: Vec<String> = options.iter().map(|o| o.key.clone()).collect();
                keys.shuffle(rng);
                keys.truncate(count);
                keys.sort_by_key(|k| options.iter().position(|o| &o.key == k));
                let other = (*other && rng.random_bool(0.05)).then(|| text(false, rng));
                Answer::Choices { keys, other }
            }
            QuestionKind::Scale { min, max, .. } => Answer::Scale(rng.random_range(*min..=*max)),
            QuestionKind::YesNo => Answer::YesNo(rng.random_bool(0.4)),
            QuestionKind::ShortText { .. } => Answer::Text(text(false, rng)),
            QuestionKind::LongText { .. } => Answer::Text(text(true, rng)),
            QuestionKind::Number { min, max } => {
                let (lo, hi) = (min.unwrap_or(0.0), max.unwrap_or(100.0));
                Answer::Number(rng.random_range(lo..=hi).round())
            }
            QuestionKind::Date { min, max } => {
                let hi = max.map(|d| d.0).unwrap_or_else(|| chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap_or_default());
                let lo = min.map(|d| d.0).unwrap_or(hi - chrono::Duration::days(9_000));
                Answer::Date(lo + chrono::Duration::days(rng.random_range(0..=(hi - lo).num_days().max(0))))
            }
            QuestionKind::Ranking { options } => {
                let mut keys: Vec<String> = options.iter().map(|o| o.key.clone()).collect();
                keys.shuffle(rng);
                Answer::Ranking(keys)
            }
            QuestionKind::Matrix { rows, scale } => Answer::Matrix(
                rows.iter()
                    .map(|r| (r.key.clone(), scale[rng.random_range(0..scale.len())].key.clone()))
                    .collect(),
            ),
        };
        answers.insert(q.id.clone(), answer);
    }
    answers
}
