//! Shared pieces every feature uses: multilingual content (`Translated` → `Text`, defined in
//! `ponte-rules`, which the browser shares) and the one error type (`AppError`), whose variants
//! are codes with an HTTP status and a Fluent message.

use serde::{Deserialize, Serialize};
use server_fn_error::*;

use crate::i18n::Locale;

pub use ponte_rules::content::{Text, Translated};

/// The start of `text`, at most `max` characters, with "…" when it was cut: what lists show of
/// something long (the moderators' queue, search hits, evidence).
pub fn excerpt(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

/// A UI language reads content in its own language, then in its fallbacks (`languages.toml`).
impl ponte_rules::content::Reader for Locale {
    fn tag(&self) -> &str {
        Locale::tag(*self)
    }

    fn chain(&self) -> Vec<&str> {
        self.content_chain().collect()
    }
}

/// Every error a user can meet, as a code. Internal causes are logged on the server, never sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[non_exhaustive]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("bad request")]
    BadRequest,
    #[error("invalid input: {0:?}")]
    Invalid(Invalid),
    #[error("not signed in")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    #[error("cross-site request")]
    CrossSite,
    #[error("too many requests")]
    RateLimited,
    #[error("service unavailable")]
    Unavailable,
    #[error("internal error")]
    Internal,
}

impl AppError {
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::BadRequest => 400,
            AppError::Invalid(_) => 422,
            AppError::Unauthenticated => 401,
            AppError::Forbidden | AppError::CrossSite => 403,
            AppError::RateLimited => 429,
            AppError::Unavailable => 503,
            AppError::Internal => 500,
        }
    }

    /// The Fluent id of the message that explains this error to a person.
    pub fn message_id(&self) -> &'static str {
        match self {
            AppError::NotFound => "errors-not-found",
            AppError::BadRequest => "errors-bad-request",
            AppError::Invalid(invalid) => invalid.message_id(),
            AppError::Unauthenticated => "errors-unauthenticated",
            AppError::Forbidden => "errors-forbidden",
            AppError::CrossSite => "errors-cross-site",
            AppError::RateLimited => "errors-rate-limited",
            AppError::Unavailable => "errors-unavailable",
            AppError::Internal => "errors-internal",
        }
    }

    /// The Fluent id of the short title of an error page.
    pub fn title_id(&self) -> String {
        match self {
            AppError::Invalid(_) => "errors-bad-request-title".to_owned(),
            other => format!("{}-title", other.message_id()),
        }
    }

    /// The short name used in `?error=` when a plain form is sent back to its page.
    pub fn key(&self) -> &'static str {
        self.message_id().trim_start_matches("errors-")
    }

    pub fn from_key(key: &str) -> Option<AppError> {
        AppError::all().into_iter().find(|e| e.key() == key)
    }

    /// Every variant, for the test that checks each has a translated message.
    pub fn all() -> Vec<AppError> {
        let mut all = vec![
            AppError::NotFound,
            AppError::BadRequest,
            AppError::Unauthenticated,
            AppError::Forbidden,
            AppError::CrossSite,
            AppError::RateLimited,
            AppError::Unavailable,
            AppError::Internal,
        ];
        all.extend(Invalid::ALL.iter().copied().map(AppError::Invalid));
        all
    }
}

/// What a refused form sent, for the page that shows it again: its fields (never a file), so
/// nothing typed is lost. Put in the page's request by the server (`state::form_again`); pages
/// read it with `ui::refused_form`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormEcho(pub Vec<(String, String)>);

impl FormEcho {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// Every value sent under `name` (check boxes of one group).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
    }
}

/// Marks a response (as an extension) whose body should be the site's error page for this
/// error: handlers outside the pages answer plainly and the server renders the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorPage(pub AppError);

/// Input that was understood but cannot be accepted; each has its own message, shown next to the
/// form it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Invalid {
    EmailMalformed,
    CodeMalformed,
    CodeWrong,
    LinkInvalid,
    TooManyAttempts,
    TooLong,
    /// The survey is closed (or not open yet) for answers.
    SurveyClosed,
    /// The survey needs an access code, and none (or a malformed one) was given.
    AccessCodeNeeded,
    /// No such access code for this survey.
    AccessCodeUnknown,
    /// The access code has already been used for a response.
    AccessCodeUsed,
    /// This browser or account has already answered the survey.
    AlreadyAnswered,
    /// The resume code matches no saved answers (or they expired).
    ResumeCodeUnknown,
    /// The survey's answers were not kept (expired or from another survey): start again.
    AnswersExpired,
    /// Some answers need attention (the form lists them).
    AnswersInvalid,
    /// A setting or text of a form is outside what is allowed.
    FormInvalid,
    /// The survey already has responses, so only its texts may change.
    SurveyHasResponses,
    /// An uploaded file is not audio of a kind browsers play.
    NotAudio,
    /// An uploaded recording is over the size limit.
    AudioTooLarge,
    /// An audio form was sent without a file.
    AudioMissing,
    /// A recording was sent without its transcript.
    TranscriptNeeded,
    /// A language tag that is not one of the plan's languages.
    LanguageUnknown,
    /// A form was sent again while (or after) its first sending failed: it did nothing.
    FormSentTwice,
    /// Someone else changed the survey since this page was opened: nothing was saved.
    SurveyChanged,
    /// A short name (in the address) that is not 3–60 lowercase letters, digits and hyphens.
    SlugInvalid,
    /// Another survey of the plan has this short name.
    SlugTaken,
    /// A title is required in the survey's own language.
    TitleMissing,
    /// A date that is not a real year-month-day date.
    DateInvalid,
    /// A closing date on or before the opening date.
    DatesReversed,
    /// A number field holds something that is not a number.
    NumberInvalid,
    /// A lowest value that is not below the highest.
    RangeInvalid,
    /// A question without its text in the survey's own language.
    QuestionTextMissing,
    /// A choice question with fewer than two options (a matrix: one row).
    OptionsTooFew,
    /// More options than a question may have.
    OptionsTooMany,
    /// Two options (or rows) with the same code.
    OptionsDuplicate,
    /// An option code that is not 1–40 letters a–z, digits, `_` or `-`.
    OptionCodeInvalid,
    /// A translation of options with a different number of lines than the original.
    TranslationLines,
    /// A most-choices limit below one or above the number of options.
    MaxChoicesInvalid,
    /// A display condition that names no earlier question or values it does not have.
    ConditionInvalid,
    /// Someone else changed (or withdrew) the response since this page was opened: nothing was saved.
    ResponseChanged,
    /// A correction or withdrawal of a response needs its reason.
    ReasonMissing,
    /// Only responses a facilitator typed in (paper, interview) may be corrected; a person's own
    /// online answers may only be withdrawn.
    ResponseNotCorrectable,
    /// Changed option codes must be one per option, in the options' order.
    OptionCodesLines,
    /// An imported file is not a survey file (or its questions do not hold together).
    SurveyFileInvalid,
    /// A plan's timeline holds at most so many phases.
    TooManyPhases,
    /// A municipality code that is not one of Portugal's 308.
    MunicipalityUnknown,
    /// A municipal plan has one municipality, an intermunicipal plan two or more.
    MunicipalitiesMissing,
    /// Someone else changed the draft measure since this page was opened: nothing was saved.
    DraftChanged,
    /// A measure code that is not 1–40 letters, digits, `-` or `.`.
    MeasureCodeInvalid,
    /// Another measure of the plan has this code.
    MeasureCodeTaken,
    /// An area that is not one of the plan's.
    AreaUnknown,
    /// An entity that is not in the plan's diagnosis.
    EntityUnknown,
    /// Nothing changed since the last published version.
    NothingToPublish,
    /// A web address that is not `http(s)://` and a host.
    WebsiteInvalid,
    /// A phone number with other characters than digits, spaces, `+`, `-`, `(`, `)`, `.`, or too few digits.
    PhoneInvalid,
    /// An entity needs its name in the plan's own language.
    EntityNameMissing,
    /// An entity a draft measure names cannot be removed.
    EntityInUse,
    /// An entity of that name is already in the diagnosis (or earlier in the file).
    EntityDuplicate,
    /// A kind of entity Ponte does not know.
    EntityKindUnknown,
    /// A municipality that is not one of the plan's.
    MunicipalityNotInPlan,
    /// An uploaded file that is not a CSV file.
    ImportNotCsv,
    /// An uploaded file over the size (or row) limit.
    ImportTooLarge,
    /// A spreadsheet without a column of names.
    ImportNoNameColumn,
    /// A spreadsheet with a header and no rows.
    ImportEmpty,
    /// An import already confirmed, discarded or cleared.
    ImportExpired,
    /// An area draft measures are in cannot be hidden.
    AreaInUse,
    /// An area code that is not 1–10 letters or digits.
    AreaCodeInvalid,
    /// Another area of the plan has this code.
    AreaCodeTaken,
    /// A municipal holiday that is no day and month of every year.
    HolidayInvalid,
    /// No channel, or one Ponte does not know: choose at least one.
    ChannelsMissing,
    /// A version of the draft that was never published.
    VersionUnknown,
    /// A measure that is not in the plan.
    MeasureUnknown,
    /// A consultation that is not open today.
    ConsultationClosed,
    /// An empty comment.
    CommentEmpty,
    /// A reply to a comment that is not there (or is itself a reply).
    ReplyUnknown,
    /// A part of the measure it does not have.
    AnchorUnknown,
    /// Appearing by name without a display name.
    DisplayNameMissing,
    /// A flag on something one wrote oneself.
    FlagOwn,
    /// A flagged or moderated item that is not there (or not in this plan).
    ItemUnknown,
    /// A moderation decision that does not apply to the item as it stands (restoring a visible
    /// comment, removing a deleted one).
    ModerationNotApplicable,
    /// Deleting something someone else wrote.
    NotYours,
    /// A comment received offline dated outside the consultation's period (or in the future).
    ReceivedOutsidePeriod,
    /// A position filed for an entity the person does not represent (or by someone who
    /// represents none).
    NotRepresentative,
    /// A position without its statement.
    StatementMissing,
    /// Proposed wording without the part it is for, or a part without the wording.
    ProposalIncomplete,
    /// A report published before the consultation closed (or published already).
    ConsultationNotClosed,
    /// A form that needs a name was sent without one.
    NameMissing,
    /// A time proposed or fixed that has already passed.
    SlotInPast,
    /// Registering for a focus group whose time is not fixed yet.
    SessionNotFixed,
    /// Registering for (or cancelling) a session that has started, is over or was called off.
    SessionPast,
    /// A full session that keeps no waitlist.
    SessionFull,
    /// A registration's cancel link used again.
    AlreadyCancelled,
    /// A date poll whose time is already fixed (or whose session was called off).
    PollClosed,
    /// A date poll's answer with no time answered.
    PollUnanswered,
    /// Minutes or a finding that name a registered participant or hold their phone number.
    NamesParticipant,
    /// Findings published before the session took place, or with nothing written.
    FindingsNotReady,
    /// An empty forum post.
    PostEmpty,
    /// A post in a thread that is locked (or closed with an outcome).
    ThreadLocked,
    /// More posts in an hour than a new account may write.
    NewAccountPosts,
    /// More links in one post than a new account may put.
    NewAccountLinks,
    /// A link as evidence without saying whether the outcome supports, challenges or informs
    /// the measure.
    StanceMissing,
    /// A link as evidence without its rationale.
    RationaleMissing,
    /// An outcome that is not one of the plan's (another plan's, or not there).
    OutcomeUnknown,
    /// A reference population's number of residents is not a whole number from 1 up.
    PopulationInvalid,
    /// The year of a reference figure is not a year from 1990 to this one.
    YearInvalid,
    /// A reference figure without its source.
    SourceMissing,
    /// A reference group without a language whose inputs count for it.
    LanguagesMissing,
    /// A language already counts for another group of the reference population.
    LanguageInOtherGroup,
    /// The reference population holds its most groups.
    TooManyGroups,
    /// Comments, reactions and positions on a measure a version of the plan left out.
    MeasureWithdrawn,
    /// Closing a thread without its outcome.
    OutcomeMissing,
    /// Progress reported on a plan that is not approved (or being monitored).
    NotMonitoring,
    /// A figure or value that is not a number.
    FigureInvalid,
    /// A progress report dated after today.
    DateInFuture,
    /// A progress report without an execution status (or with an unknown one).
    ExecutionStatusMissing,
    /// An indicator that is not one of the measure's.
    IndicatorUnknown,
    /// A progress report that says nothing.
    NoteMissing,
    /// A value without the indicator it measures.
    ValueWithoutIndicator,
    /// A version of the open data API that does not exist (only `v1` does).
    ApiVersionUnknown,
}

impl Invalid {
    pub const ALL: [Invalid; 118] = [
        Invalid::EmailMalformed,
        Invalid::CodeMalformed,
        Invalid::CodeWrong,
        Invalid::LinkInvalid,
        Invalid::TooManyAttempts,
        Invalid::TooLong,
        Invalid::SurveyClosed,
        Invalid::AccessCodeNeeded,
        Invalid::AccessCodeUnknown,
        Invalid::AccessCodeUsed,
        Invalid::AlreadyAnswered,
        Invalid::ResumeCodeUnknown,
        Invalid::AnswersExpired,
        Invalid::AnswersInvalid,
        Invalid::FormInvalid,
        Invalid::SurveyHasResponses,
        Invalid::NotAudio,
        Invalid::AudioTooLarge,
        Invalid::AudioMissing,
        Invalid::TranscriptNeeded,
        Invalid::LanguageUnknown,
        Invalid::FormSentTwice,
        Invalid::SurveyChanged,
        Invalid::SlugInvalid,
        Invalid::SlugTaken,
        Invalid::TitleMissing,
        Invalid::DateInvalid,
        Invalid::DatesReversed,
        Invalid::NumberInvalid,
        Invalid::RangeInvalid,
        Invalid::QuestionTextMissing,
        Invalid::OptionsTooFew,
        Invalid::OptionsTooMany,
        Invalid::OptionsDuplicate,
        Invalid::OptionCodeInvalid,
        Invalid::TranslationLines,
        Invalid::MaxChoicesInvalid,
        Invalid::ConditionInvalid,
        Invalid::ResponseChanged,
        Invalid::ReasonMissing,
        Invalid::ResponseNotCorrectable,
        Invalid::OptionCodesLines,
        Invalid::SurveyFileInvalid,
        Invalid::TooManyPhases,
        Invalid::MunicipalityUnknown,
        Invalid::MunicipalitiesMissing,
        Invalid::DraftChanged,
        Invalid::MeasureCodeInvalid,
        Invalid::MeasureCodeTaken,
        Invalid::AreaUnknown,
        Invalid::EntityUnknown,
        Invalid::NothingToPublish,
        Invalid::WebsiteInvalid,
        Invalid::PhoneInvalid,
        Invalid::EntityNameMissing,
        Invalid::EntityInUse,
        Invalid::EntityDuplicate,
        Invalid::EntityKindUnknown,
        Invalid::MunicipalityNotInPlan,
        Invalid::ImportNotCsv,
        Invalid::ImportTooLarge,
        Invalid::ImportNoNameColumn,
        Invalid::ImportEmpty,
        Invalid::ImportExpired,
        Invalid::AreaInUse,
        Invalid::AreaCodeInvalid,
        Invalid::AreaCodeTaken,
        Invalid::HolidayInvalid,
        Invalid::ChannelsMissing,
        Invalid::VersionUnknown,
        Invalid::MeasureUnknown,
        Invalid::ConsultationClosed,
        Invalid::CommentEmpty,
        Invalid::ReplyUnknown,
        Invalid::AnchorUnknown,
        Invalid::DisplayNameMissing,
        Invalid::FlagOwn,
        Invalid::ItemUnknown,
        Invalid::ModerationNotApplicable,
        Invalid::NotYours,
        Invalid::ReceivedOutsidePeriod,
        Invalid::NotRepresentative,
        Invalid::StatementMissing,
        Invalid::ProposalIncomplete,
        Invalid::ConsultationNotClosed,
        Invalid::NameMissing,
        Invalid::SlotInPast,
        Invalid::SessionNotFixed,
        Invalid::SessionPast,
        Invalid::SessionFull,
        Invalid::AlreadyCancelled,
        Invalid::PollClosed,
        Invalid::PollUnanswered,
        Invalid::NamesParticipant,
        Invalid::FindingsNotReady,
        Invalid::PostEmpty,
        Invalid::ThreadLocked,
        Invalid::NewAccountPosts,
        Invalid::NewAccountLinks,
        Invalid::OutcomeMissing,
        Invalid::StanceMissing,
        Invalid::RationaleMissing,
        Invalid::OutcomeUnknown,
        Invalid::PopulationInvalid,
        Invalid::YearInvalid,
        Invalid::SourceMissing,
        Invalid::LanguagesMissing,
        Invalid::LanguageInOtherGroup,
        Invalid::TooManyGroups,
        Invalid::MeasureWithdrawn,
        Invalid::NotMonitoring,
        Invalid::FigureInvalid,
        Invalid::DateInFuture,
        Invalid::ExecutionStatusMissing,
        Invalid::IndicatorUnknown,
        Invalid::NoteMissing,
        Invalid::ValueWithoutIndicator,
        Invalid::ApiVersionUnknown,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            Invalid::EmailMalformed => "errors-invalid-email",
            Invalid::CodeMalformed => "errors-invalid-code-format",
            Invalid::CodeWrong => "errors-invalid-code",
            Invalid::LinkInvalid => "errors-invalid-link",
            Invalid::TooManyAttempts => "errors-invalid-too-many-attempts",
            Invalid::TooLong => "errors-invalid-too-long",
            Invalid::SurveyClosed => "errors-invalid-survey-closed",
            Invalid::AccessCodeNeeded => "errors-invalid-access-code-needed",
            Invalid::AccessCodeUnknown => "errors-invalid-access-code-unknown",
            Invalid::AccessCodeUsed => "errors-invalid-access-code-used",
            Invalid::AlreadyAnswered => "errors-invalid-already-answered",
            Invalid::ResumeCodeUnknown => "errors-invalid-resume-code",
            Invalid::AnswersExpired => "errors-invalid-answers-expired",
            Invalid::AnswersInvalid => "errors-invalid-answers",
            Invalid::FormInvalid => "errors-invalid-form",
            Invalid::SurveyHasResponses => "errors-invalid-survey-has-responses",
            Invalid::NotAudio => "errors-invalid-not-audio",
            Invalid::AudioTooLarge => "errors-invalid-audio-too-large",
            Invalid::AudioMissing => "errors-invalid-audio-missing",
            Invalid::TranscriptNeeded => "errors-invalid-transcript-needed",
            Invalid::LanguageUnknown => "errors-invalid-language-unknown",
            Invalid::FormSentTwice => "errors-invalid-form-sent-twice",
            Invalid::SurveyChanged => "errors-invalid-survey-changed",
            Invalid::SlugInvalid => "errors-invalid-slug",
            Invalid::SlugTaken => "errors-invalid-slug-taken",
            Invalid::TitleMissing => "errors-invalid-title-missing",
            Invalid::DateInvalid => "errors-invalid-date",
            Invalid::DatesReversed => "errors-invalid-dates-reversed",
            Invalid::NumberInvalid => "errors-invalid-number",
            Invalid::RangeInvalid => "errors-invalid-range",
            Invalid::QuestionTextMissing => "errors-invalid-question-text-missing",
            Invalid::OptionsTooFew => "errors-invalid-options-too-few",
            Invalid::OptionsTooMany => "errors-invalid-options-too-many",
            Invalid::OptionsDuplicate => "errors-invalid-options-duplicate",
            Invalid::OptionCodeInvalid => "errors-invalid-option-code",
            Invalid::TranslationLines => "errors-invalid-translation-lines",
            Invalid::MaxChoicesInvalid => "errors-invalid-max-choices",
            Invalid::ConditionInvalid => "errors-invalid-condition",
            Invalid::ResponseChanged => "errors-invalid-response-changed",
            Invalid::ReasonMissing => "errors-invalid-reason-missing",
            Invalid::ResponseNotCorrectable => "errors-invalid-response-not-correctable",
            Invalid::OptionCodesLines => "errors-invalid-option-codes-lines",
            Invalid::SurveyFileInvalid => "errors-invalid-survey-file",
            Invalid::TooManyPhases => "errors-invalid-too-many-phases",
            Invalid::MunicipalityUnknown => "errors-invalid-municipality-unknown",
            Invalid::MunicipalitiesMissing => "errors-invalid-municipalities-missing",
            Invalid::DraftChanged => "errors-invalid-draft-changed",
            Invalid::MeasureCodeInvalid => "errors-invalid-measure-code",
            Invalid::MeasureCodeTaken => "errors-invalid-measure-code-taken",
            Invalid::AreaUnknown => "errors-invalid-area-unknown",
            Invalid::EntityUnknown => "errors-invalid-entity-unknown",
            Invalid::NothingToPublish => "errors-invalid-nothing-to-publish",
            Invalid::WebsiteInvalid => "errors-invalid-website",
            Invalid::PhoneInvalid => "errors-invalid-phone",
            Invalid::EntityNameMissing => "errors-invalid-entity-name-missing",
            Invalid::EntityInUse => "errors-invalid-entity-in-use",
            Invalid::EntityDuplicate => "errors-invalid-entity-duplicate",
            Invalid::EntityKindUnknown => "errors-invalid-entity-kind",
            Invalid::MunicipalityNotInPlan => "errors-invalid-municipality-not-in-plan",
            Invalid::ImportNotCsv => "errors-invalid-import-not-csv",
            Invalid::ImportTooLarge => "errors-invalid-import-too-large",
            Invalid::ImportNoNameColumn => "errors-invalid-import-no-name",
            Invalid::ImportEmpty => "errors-invalid-import-empty",
            Invalid::ImportExpired => "errors-invalid-import-expired",
            Invalid::AreaInUse => "errors-invalid-area-in-use",
            Invalid::AreaCodeInvalid => "errors-invalid-area-code",
            Invalid::AreaCodeTaken => "errors-invalid-area-code-taken",
            Invalid::HolidayInvalid => "errors-invalid-holiday",
            Invalid::ChannelsMissing => "errors-invalid-channels",
            Invalid::VersionUnknown => "errors-invalid-version-unknown",
            Invalid::MeasureUnknown => "errors-invalid-measure-unknown",
            Invalid::ConsultationClosed => "errors-invalid-consultation-closed",
            Invalid::CommentEmpty => "errors-invalid-comment-empty",
            Invalid::ReplyUnknown => "errors-invalid-reply-unknown",
            Invalid::AnchorUnknown => "errors-invalid-anchor-unknown",
            Invalid::DisplayNameMissing => "errors-invalid-display-name-missing",
            Invalid::FlagOwn => "errors-invalid-flag-own",
            Invalid::ItemUnknown => "errors-invalid-item-unknown",
            Invalid::ModerationNotApplicable => "errors-invalid-moderation-not-applicable",
            Invalid::NotYours => "errors-invalid-not-yours",
            Invalid::ReceivedOutsidePeriod => "errors-invalid-received-outside-period",
            Invalid::NotRepresentative => "errors-invalid-not-representative",
            Invalid::StatementMissing => "errors-invalid-statement-missing",
            Invalid::ProposalIncomplete => "errors-invalid-proposal-incomplete",
            Invalid::ConsultationNotClosed => "errors-invalid-consultation-not-closed",
            Invalid::NameMissing => "errors-invalid-name-missing",
            Invalid::SlotInPast => "errors-invalid-slot-in-past",
            Invalid::SessionNotFixed => "errors-invalid-session-not-fixed",
            Invalid::SessionPast => "errors-invalid-session-past",
            Invalid::SessionFull => "errors-invalid-session-full",
            Invalid::AlreadyCancelled => "errors-invalid-already-cancelled",
            Invalid::PollClosed => "errors-invalid-poll-closed",
            Invalid::PollUnanswered => "errors-invalid-poll-unanswered",
            Invalid::NamesParticipant => "errors-invalid-names-participant",
            Invalid::FindingsNotReady => "errors-invalid-findings-not-ready",
            Invalid::PostEmpty => "errors-invalid-post-empty",
            Invalid::ThreadLocked => "errors-invalid-thread-locked",
            Invalid::NewAccountPosts => "errors-invalid-new-account-posts",
            Invalid::NewAccountLinks => "errors-invalid-new-account-links",
            Invalid::OutcomeMissing => "errors-invalid-outcome-missing",
            Invalid::StanceMissing => "errors-invalid-stance-missing",
            Invalid::RationaleMissing => "errors-invalid-rationale-missing",
            Invalid::OutcomeUnknown => "errors-invalid-outcome-unknown",
            Invalid::PopulationInvalid => "errors-invalid-population",
            Invalid::YearInvalid => "errors-invalid-year",
            Invalid::SourceMissing => "errors-invalid-source-missing",
            Invalid::LanguagesMissing => "errors-invalid-languages-missing",
            Invalid::LanguageInOtherGroup => "errors-invalid-language-in-other-group",
            Invalid::TooManyGroups => "errors-invalid-too-many-groups",
            Invalid::MeasureWithdrawn => "errors-invalid-measure-withdrawn",
            Invalid::NotMonitoring => "errors-invalid-not-monitoring",
            Invalid::FigureInvalid => "errors-invalid-figure",
            Invalid::DateInFuture => "errors-invalid-date-in-future",
            Invalid::ExecutionStatusMissing => "errors-invalid-execution-status",
            Invalid::IndicatorUnknown => "errors-invalid-indicator-unknown",
            Invalid::NoteMissing => "errors-invalid-note-missing",
            Invalid::ValueWithoutIndicator => "errors-invalid-value-without-indicator",
            Invalid::ApiVersionUnknown => "errors-invalid-api-version-unknown",
        }
    }

}

mod server_fn_error {
    pub use leptos::server_fn::{
        codec::JsonEncoding,
        error::{FromServerFnError, ServerFnErrorErr},
    };
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) | ServerFnErrorErr::Deserialization(_) => {
                AppError::BadRequest
            }
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => AppError::Unavailable,
            _ => AppError::Internal,
        }
    }
}

impl From<Invalid> for AppError {
    fn from(invalid: Invalid) -> Self {
        AppError::Invalid(invalid)
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        tracing::error!(error = %err, "database error");
        AppError::Unavailable
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(pairs: &[(&str, &str)]) -> Translated {
        Translated(pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect())
    }

    fn loc(tag: &str) -> Locale {
        Locale::from_tag(tag).unwrap_or_default()
    }

    #[test]
    fn own_language_is_used_when_present() {
        let t = tr(&[("pt-PT", "Saúde"), ("ur", "صحت")]).resolve(loc("ur"), "pt-PT");
        assert_eq!((t.text.as_str(), t.lang.as_str(), t.fallback), ("صحت", "ur", false));
    }

    #[test]
    fn missing_language_follows_the_chain_and_is_marked() {
        let t = tr(&[("pt-PT", "Saúde"), ("en", "Health")]).resolve(loc("ur"), "pt-PT");
        assert_eq!((t.text.as_str(), t.lang.as_str(), t.fallback), ("Health", "en", true));
        let t = tr(&[("pt-PT", "Saúde"), ("en", "  ")]).resolve(loc("ar"), "pt-PT");
        assert_eq!((t.text.as_str(), t.lang.as_str(), t.fallback), ("Saúde", "pt-PT", true));
    }

    #[test]
    fn any_language_beats_nothing_and_empty_stays_empty() {
        let t = tr(&[("uk", "Здоров'я")]).resolve(loc("en"), "pt-PT");
        assert_eq!((t.lang.as_str(), t.fallback), ("uk", true));
        assert!(Translated::default().resolve(loc("en"), "pt-PT").is_empty());
        assert!(Translated::from_json("not json").0.is_empty());
    }

    #[test]
    fn an_excerpt_cuts_by_characters_and_says_so() {
        assert_eq!(excerpt("Aulas de português", 18), "Aulas de português", "exactly the limit is not cut");
        assert_eq!(excerpt("Aulas de português", 9), "Aulas de …");
        assert_eq!(excerpt("বাংলা ক্লাস", 3), "বাং…", "never inside a character");
        assert_eq!(excerpt("", 5), "");
    }
}
