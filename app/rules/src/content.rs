//! Multilingual user content: `Translated` (language tag → text, stored as JSON) resolved to one
//! `Text` for a reader.

use std::collections::BTreeMap;

use nanoserde::{DeBin, SerBin};
use serde::{Deserialize, Serialize};

/// User content in several languages: language tag → text. Stored as JSON in `*_i18n` columns.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, SerBin, DeBin)]
#[serde(transparent)]
pub struct Translated(pub BTreeMap<String, String>);

/// Who reads a text: their language and the languages they read next (the UI's `Locale`).
pub trait Reader {
    /// The reader's language tag.
    fn tag(&self) -> &str;
    /// The reader's language, then the languages to fall back on, best first.
    fn chain(&self) -> Vec<&str>;
}

impl Translated {
    /// Parses a stored JSON object; a malformed value reads as empty rather than failing a page.
    pub fn from_json(raw: &str) -> Translated {
        serde_json::from_str(raw).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_else(|_| "{}".to_owned())
    }

    /// Sets the text in `lang` to `value`, trimmed; an empty value removes that language.
    pub fn put(&mut self, lang: &str, value: &str) {
        let value = value.trim();
        if value.is_empty() {
            self.0.remove(lang);
        } else {
            self.0.insert(lang.to_owned(), value.to_owned());
        }
    }

    /// The stored JSON `raw` with `value` put in `lang` (see [`Translated::put`]).
    pub fn with(raw: &str, lang: &str, value: &str) -> Translated {
        let mut text = Translated::from_json(raw);
        text.put(lang, value);
        text
    }

    /// The text for `reader`: their own language, then their fallback chain, then
    /// `default_lang` (the plan's language), then any language at all. Blank texts count as
    /// missing.
    pub fn resolve(&self, reader: impl Reader, default_lang: &str) -> Text {
        let mut chain = reader.chain();
        chain.push(default_lang);
        let found = chain
            .into_iter()
            .find_map(|tag| self.get(tag).map(|text| (tag.to_owned(), text)))
            .or_else(|| {
                self.0
                    .iter()
                    .find(|(_, v)| !v.trim().is_empty())
                    .map(|(k, v)| (k.clone(), v.clone()))
            });
        match found {
            Some((lang, text)) => Text { fallback: lang != reader.tag(), lang, text },
            None => Text { text: String::new(), lang: reader.tag().to_owned(), fallback: false },
        }
    }

    fn get(&self, tag: &str) -> Option<String> {
        self.0.get(tag).filter(|t| !t.trim().is_empty()).cloned()
    }
}

/// Multilingual content resolved for one reader: the text, the language it is really in, and
/// whether that differs from the reader's language (the page then says so).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub text: String,
    pub lang: String,
    pub fallback: bool,
}

impl Text {
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
}
