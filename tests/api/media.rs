//! Audio versions: a facilitator attaches a recording with its transcript to a measure's
//! summary; readers get a player (range requests, never recompressed); anything that is not
//! audio, too large, without a transcript or in a language the plan lacks is refused with a
//! translated message and stores nothing.

use ponte_app::{accounts::roles::Role, entity::audio_clips, i18n::Locale};
use ponte_tests::{TestApp, backends};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::{
    accounts::{location, signed_in},
    attr, text, texts,
};

const MEASURE: &str = "/plans/vale-do-lirio-2026/measures/VL-LIN-03";

/// A recording as an MP3 file begins (an ID3 tag), then some bytes.
fn mp3(len: usize) -> Vec<u8> {
    let mut bytes = b"ID3\x04\x00\x00\x00\x00\x00\x00".to_vec();
    bytes.extend((0..len).map(|i| (i % 251) as u8));
    bytes
}

async fn target(app: &TestApp) -> String {
    let (_, html) = app.get(MEASURE).await;
    assert!(texts(&html, "#audio form").is_empty(), "visitors get no audio form");
    let id = ponte_app::entity::measures::Entity::find()
        .all(&app.db)
        .await
        .expect("measures")
        .into_iter()
        .find(|m| m.code == "VL-LIN-03")
        .expect("measure")
        .id;
    format!("measure:{id}:summary")
}

async fn upload(app: &TestApp, client: &reqwest::Client, target: &str, lang: &str, transcript: &str, file: reqwest::multipart::Part) -> reqwest::Response {
    let form = reqwest::multipart::Form::new().text("lang", lang.to_owned()).text("transcript", transcript.to_owned()).part("file", file);
    client
        .post(app.url(&format!("/media/audio?target={target}&lang=pt-PT")))
        .header("origin", &app.base)
        .multipart(form)
        .send()
        .await
        .expect("upload")
}

fn file(bytes: Vec<u8>, name: &str, mime: &str) -> reqwest::multipart::Part {
    reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()).mime_str(mime).expect("mime")
}

async fn stored(app: &TestApp) -> u64 {
    audio_clips::Entity::find().count(&app.db).await.expect("count")
}

async fn facilitator_attaches_a_recording_and_readers_play_it(app: &TestApp) {
    let target = target(app).await;
    crate::surveys::make(app, "audio@example.org", Role::Facilitator).await;
    let f = signed_in(app, "audio@example.org").await;
    let (_, html) = crate::surveys::page(app, &f, &format!("{MEASURE}?lang=pt-PT")).await;
    assert_eq!(attr(&html, "#audio form[enctype]", "action").as_deref(), Some(format!("/media/audio?target={target}").as_str()));
    let recording = mp3(50_000);
    let res = upload(app, &f, &target, "pt-PT", "Aulas de português à noite.\n<script>x</script>", file(recording.clone(), "aula.mp3", "audio/mpeg")).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), format!("{MEASURE}?audio=saved#audio"));
    let (_, html) = crate::surveys::page(app, &f, &format!("{MEASURE}?audio=saved&lang=pt-PT")).await;
    assert_eq!(text(&html, "#audio .notice"), "Versão áudio guardada.");
    // A visitor reading Portuguese gets the player and the transcript, escaped.
    let (_, html) = app.get(MEASURE).await;
    let src = attr(&html, "#audio audio", "src").expect("a player");
    assert_eq!(attr(&html, "#audio audio", "preload").as_deref(), Some("none"));
    assert_eq!(text(&html, "#audio figcaption"), "Ouvir (Português)");
    assert!(text(&html, "#audio details").contains("<script>x</script>"), "the transcript is text");
    assert!(!html.contains("<script>x</script>"));
    // The recording, whole and by range, as a browser asks (compression offered, none applied).
    let client = reqwest::Client::new();
    let get = |range: Option<&'static str>| {
        let mut req = client.get(app.url(&src)).header("accept-encoding", "br, gzip");
        if let Some(range) = range {
            req = req.header("range", range);
        }
        req.send()
    };
    let whole = get(None).await.expect("get");
    assert_eq!(whole.status(), 200);
    assert_eq!(whole.headers()["content-type"], "audio/mpeg");
    assert_eq!(whole.headers()["accept-ranges"], "bytes");
    assert!(whole.headers().get("content-encoding").is_none());
    assert_eq!(whole.bytes().await.expect("body").to_vec(), recording);
    let part = get(Some("bytes=100-199")).await.expect("get");
    assert_eq!(part.status(), 206);
    assert_eq!(part.headers()["content-range"], format!("bytes 100-199/{}", recording.len()).as_str());
    assert_eq!(part.bytes().await.expect("body").to_vec(), recording[100..200].to_vec());
    let tail = get(Some("bytes=-10")).await.expect("get");
    assert_eq!(tail.bytes().await.expect("body").to_vec(), recording[recording.len() - 10..].to_vec());
    let beyond = get(Some("bytes=999999999-")).await.expect("get");
    assert_eq!(beyond.status(), 416);
    assert_eq!(beyond.headers()["content-range"], format!("bytes */{}", recording.len()).as_str());
    // An English reader has no English recording: the nearest one, Portuguese, marked so.
    let (_, html) = app.get_with(MEASURE, &[("accept-language", "en")]).await;
    assert_eq!(text(&html, "#audio figcaption"), "Listen (Português)");
    assert_eq!(attr(&html, "#audio details p", "lang").as_deref(), Some("pt-PT"));
    // A recording in Kabuverdianu reaches its readers; a new one in a language replaces the old.
    let kea = upload(app, &f, &target, "kea", "Aula di purtugês di noti.", file(mp3(1_000), "kea.mp3", "audio/mpeg")).await;
    assert_eq!(location(&kea), format!("{MEASURE}?audio=saved#audio"));
    let again = upload(app, &f, &target, "kea", "Aula di purtugês di noti i dumingu.", file(b"OggS\x00\x02rest".to_vec(), "kea.ogg", "audio/ogg")).await;
    assert_eq!(again.status(), 303);
    assert_eq!(stored(app).await, 2, "one recording per language");
    let (_, html) = app.get(&format!("{MEASURE}?lang=kea")).await;
    assert_eq!(attr(&html, "#audio audio", "lang").as_deref(), Some("kea"));
    assert!(text(&html, "#audio details").contains("i dumingu"));
    let played = client.get(app.url(&attr(&html, "#audio audio", "src").unwrap_or_default())).send().await.expect("get");
    assert_eq!(played.headers()["content-type"], "audio/ogg");
    // Removing one leaves the other.
    let res = f
        .post(app.url(&format!("/media/audio/remove?target={target}")))
        .header("origin", &app.base)
        .form(&[("lang", "kea")])
        .send()
        .await
        .expect("remove");
    assert_eq!(location(&res), format!("{MEASURE}?audio=removed#audio"));
    assert_eq!(stored(app).await, 1);
}

async fn what_is_not_a_usable_recording_is_refused_and_nothing_is_stored(app: &TestApp) {
    let target = target(app).await;
    crate::surveys::make(app, "audio@example.org", Role::Facilitator).await;
    let f = signed_in(app, "audio@example.org").await;
    // The page again, at the address the form was sent to, with the error and what was typed.
    let refused = |res: reqwest::Response, key: &'static str, transcript: &'static str| async move {
        assert_eq!(res.status(), 422, "{key}");
        let html = res.text().await.expect("body");
        let message = ponte_app::core::AppError::from_key(key).map(|e| Locale::default().t(e.message_id())).unwrap_or_default();
        assert_eq!(text(&html, "#audio-error"), message, "{key}");
        assert_eq!(attr(&html, "#audio-error", "autofocus").as_deref(), Some(""), "{key}");
        assert_eq!(attr(&html, "#audio-error a", "href").as_deref(), Some("#audio-file"));
        assert_eq!(text(&html, "#audio-transcript"), transcript, "{key}: the transcript is kept");
    };
    // A web page named .mp3 and declared audio/mpeg: known by its bytes.
    let html_file = file(b"<!DOCTYPE html><script>alert(1)</script>".to_vec(), "song.mp3", "audio/mpeg");
    let typed = "Aulas de português </textarea><script>alert(1)</script>";
    refused(upload(app, &f, &target, "pt-PT", typed, html_file).await, "invalid-not-audio", typed).await;
    refused(upload(app, &f, &target, "pt-PT", "t", file(b"\x89PNG\r\n\x1a\n".to_vec(), "a.png", "image/png")).await, "invalid-not-audio", "t").await;
    // Over 10 MB: refused, the whole body read so the browser gets the answer.
    let long = file(mp3(11 * 1024 * 1024), "long.mp3", "audio/mpeg");
    refused(upload(app, &f, &target, "en", "Long", long).await, "invalid-audio-too-large", "Long").await;
    // 200 MB, streamed with its length as a browser sends a file.
    let chunks = futures::stream::iter((0..200).map(|_| Ok::<_, std::io::Error>(vec![0u8; 1024 * 1024])));
    let big = reqwest::multipart::Part::stream_with_length(reqwest::Body::wrap_stream(chunks), 200 * 1024 * 1024)
        .file_name("huge.mp3")
        .mime_str("audio/mpeg")
        .expect("mime");
    refused(upload(app, &f, &target, "pt-PT", "Huge", big).await, "invalid-audio-too-large", "Huge").await;
    refused(upload(app, &f, &target, "pt-PT", "  ", file(mp3(100), "a.mp3", "audio/mpeg")).await, "invalid-transcript-needed", "").await;
    refused(upload(app, &f, &target, "tlh", "t", file(mp3(100), "a.mp3", "audio/mpeg")).await, "invalid-language-unknown", "t").await;
    refused(upload(app, &f, &target, "pt-PT", "t", file(Vec::new(), "", "application/octet-stream")).await, "invalid-audio-missing", "t").await;
    assert_eq!(stored(app).await, 0, "nothing stored");
    // The language chosen stays chosen.
    let res = upload(app, &f, &target, "en", "x", file(b"%PDF".to_vec(), "a.pdf", "application/pdf")).await;
    let html = res.text().await.expect("body");
    assert_eq!(attr(&html, "#audio-lang option[selected]", "value").as_deref(), Some("en"));
    // Not signed in, another plan's nobody, an unknown target: refused before anything is read.
    let anonymous = upload(app, &app.client(), &target, "pt-PT", "t", file(mp3(100), "a.mp3", "audio/mpeg")).await;
    assert_eq!(anonymous.status(), 401);
    let resident = signed_in(app, "someone@example.org").await;
    assert_eq!(upload(app, &resident, &target, "pt-PT", "t", file(mp3(100), "a.mp3", "audio/mpeg")).await.status(), 403);
    assert_eq!(upload(app, &f, "measure:999999:summary", "pt-PT", "t", file(mp3(100), "a.mp3", "audio/mpeg")).await.status(), 404);
    assert_eq!(upload(app, &f, "plan:1", "pt-PT", "t", file(mp3(100), "a.mp3", "audio/mpeg")).await.status(), 400);
    assert_eq!(stored(app).await, 0);
    assert_eq!(app.get("/media/audio/12345").await.0, 404);
    assert_eq!(app.get("/media/audio/not-a-number").await.0, 404);
}

async fn a_survey_question_is_read_aloud_in_the_answer_form(app: &TestApp) {
    let survey = ponte_app::entity::surveys::Entity::find()
        .all(&app.db)
        .await
        .expect("surveys")
        .into_iter()
        .find(|s| s.slug == "your-voice")
        .expect("demo survey");
    let target = format!("survey:{}:question:where", survey.id);
    crate::surveys::make(app, "audio@example.org", Role::Facilitator).await;
    let f = signed_in(app, "audio@example.org").await;
    let edit = "/plans/vale-do-lirio-2026/surveys/your-voice/edit";
    // Every question's editor has its own form; ids do not collide.
    let (_, html) = crate::surveys::page(app, &f, &format!("{edit}?lang=pt-PT")).await;
    assert_eq!(
        attr(&html, "#edit-where form[enctype]", "action").as_deref(),
        Some(format!("/media/audio?target={target}").as_str())
    );
    assert!(attr(&html, "#edit-years input[type=file]", "id").is_some_and(|id| id == "audio-years-file"));
    // Only the survey's languages: Kabuverdianu is the plan's, not this survey's.
    let res = upload(app, &f, &target, "kea", "Onde vive?", file(mp3(100), "a.mp3", "audio/mpeg")).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.expect("body");
    assert_eq!(text(&html, "#audio-where-transcript"), "Onde vive?");
    assert!(attr(&html, "#edit-where", "open").is_some(), "the question's editor is open at its error");
    assert!(attr(&html, "#edit-years", "open").is_none());
    assert_eq!(attr(&html, "#audio-where-error", "autofocus").as_deref(), Some(""));
    let res = upload(app, &f, &target, "ne", "तपाईं कहाँ बस्नुहुन्छ?", file(mp3(500), "where.mp3", "audio/mpeg")).await;
    assert_eq!(location(&res), format!("{edit}?audio=saved&audio_for=where#edit-where"));
    // A Nepali reader hears the question; a Portuguese one has no recording in their languages.
    let form = "/plans/vale-do-lirio-2026/surveys/your-voice/answer";
    let (_, html) = app.get(&format!("{form}?lang=ne")).await;
    assert_eq!(attr(&html, "#q-where audio", "lang").as_deref(), Some("ne"));
    assert!(text(&html, "#q-where details").contains("तपाईं कहाँ बस्नुहुन्छ?"));
    assert!(texts(&html, "#q-years audio").is_empty(), "only the question recorded");
    let (_, html) = app.get(&format!("{form}?lang=pt-PT")).await;
    assert!(texts(&html, "#q-where audio").is_empty(), "Portuguese readers do not fall back to Nepali");
    // A question the survey does not have is nothing to attach to.
    let unknown = format!("survey:{}:question:nope", survey.id);
    assert_eq!(upload(app, &f, &unknown, "pt-PT", "t", file(mp3(100), "a.mp3", "audio/mpeg")).await.status(), 404);
}

backends!(
    a_survey_question_is_read_aloud_in_the_answer_form,
    facilitator_attaches_a_recording_and_readers_play_it,
    what_is_not_a_usable_recording_is_refused_and_nothing_is_stored,
);
