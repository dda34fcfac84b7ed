//! The rules on an entity of the local diagnosis, shared by the edit form and the spreadsheet
//! import: its kind, its public contact fields and its short name in addresses.

use crate::{core::Invalid, plans::model::ENTITY_KINDS};

/// Longest name, contact field or service, in characters.
pub const SHORT_MAX: usize = 300;
/// Longest description, in characters.
pub const LONG_MAX: usize = 4000;
/// Most services an entity lists.
pub const SERVICES_MAX: usize = 40;

/// An entity's public contact fields, checked: blank ones are `None`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contacts {
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
}

fn blank(raw: &str) -> Option<String> {
    Some(raw.trim().to_owned()).filter(|s| !s.is_empty())
}

/// A web address people can follow: `http(s)://`, a host, no spaces.
pub fn website(raw: &str) -> Result<Option<String>, Invalid> {
    let Some(url) = blank(raw) else { return Ok(None) };
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    let host = rest.and_then(|r| r.split('/').next()).unwrap_or_default();
    let ok = url.chars().count() <= SHORT_MAX && !url.chars().any(char::is_whitespace) && host.contains('.') && !host.starts_with('.');
    if ok { Ok(Some(url)) } else { Err(Invalid::WebsiteInvalid) }
}

/// A public email address: something@somewhere.tld, no spaces.
pub fn email(raw: &str) -> Result<Option<String>, Invalid> {
    let Some(address) = blank(raw) else { return Ok(None) };
    let ok = address.chars().count() <= SHORT_MAX
        && !address.chars().any(|c| c.is_whitespace() || c == '<' || c == '>' || c == ',')
        && address.split_once('@').is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.') && !domain.contains('@'));
    if ok { Ok(Some(address)) } else { Err(Invalid::EmailMalformed) }
}

/// A phone number as people write it: digits, spaces, `+`, `-`, `(`, `)`, `.`; 6 to 20 digits.
pub fn phone(raw: &str) -> Result<Option<String>, Invalid> {
    let Some(number) = blank(raw) else { return Ok(None) };
    let digits = number.chars().filter(char::is_ascii_digit).count();
    let ok = number.chars().count() <= 40
        && number.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c))
        && (6..=20).contains(&digits);
    if ok { Ok(Some(number)) } else { Err(Invalid::PhoneInvalid) }
}

/// Checks every contact field; the first wrong one is the error.
pub fn contacts(website_raw: &str, email_raw: &str, phone_raw: &str, address_raw: &str) -> Result<Contacts, Invalid> {
    let address = blank(address_raw);
    if address.as_ref().is_some_and(|a| a.chars().count() > SHORT_MAX) {
        return Err(Invalid::TooLong);
    }
    Ok(Contacts { website: website(website_raw)?, email: email(email_raw)?, phone: phone(phone_raw)?, address })
}

/// A known kind of entity.
pub fn kind(raw: &str) -> Result<String, Invalid> {
    let kind = raw.trim();
    ENTITY_KINDS.iter().find(|k| **k == kind).map(|k| (*k).to_owned()).ok_or(Invalid::EntityKindUnknown)
}

/// The services, one per line (blank lines dropped).
pub fn services(raw: &str) -> Result<Vec<String>, Invalid> {
    let list: Vec<String> = raw.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
    if list.len() > SERVICES_MAX || list.iter().any(|s| s.chars().count() > SHORT_MAX) {
        return Err(Invalid::TooLong);
    }
    Ok(list)
}

/// The short name of a new entity in addresses: its name in lower-case ASCII words joined by
/// hyphens (at most 60 characters), with `-2`, `-3`… when `taken` has it already.
pub fn slug_for(name: &str, taken: &[String]) -> String {
    let ascii = deunicode::deunicode(name).to_lowercase();
    let words: Vec<&str> = ascii.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let mut base = String::new();
    for word in words {
        if base.len() + word.len() + 1 > 60 {
            break;
        }
        if !base.is_empty() {
            base.push('-');
        }
        base.push_str(word);
    }
    if base.is_empty() {
        base.push_str("entidade");
    }
    let mut slug = base.clone();
    let mut n = 2;
    while taken.contains(&slug) {
        slug = format!("{base}-{n}");
        n += 1;
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_fields_are_checked_and_blanks_are_none() {
        assert_eq!(website(" https://claim.example.pt/ajuda "), Ok(Some("https://claim.example.pt/ajuda".into())));
        assert_eq!(website(""), Ok(None));
        for bad in ["javascript:alert(1)", "www.example.pt", "https://", "https://exa mple.pt", "ftp://example.pt"] {
            assert_eq!(website(bad), Err(Invalid::WebsiteInvalid), "{bad}");
        }
        assert_eq!(email("apoio@claim.pt"), Ok(Some("apoio@claim.pt".into())));
        for bad in ["apoio", "apoio@claim", "a b@claim.pt", "<x>@y.pt"] {
            assert_eq!(email(bad), Err(Invalid::EmailMalformed), "{bad}");
        }
        assert_eq!(phone("+351 265 000 000"), Ok(Some("+351 265 000 000".into())));
        for bad in ["12", "ligue já", "=1+2"] {
            assert_eq!(phone(bad), Err(Invalid::PhoneInvalid), "{bad}");
        }
        assert_eq!(contacts("", "", "", &"x".repeat(301)), Err(Invalid::TooLong));
    }

    #[test]
    fn slugs_are_ascii_and_unique() {
        assert_eq!(slug_for("Associação Mulheres do Mundo", &[]), "associacao-mulheres-do-mundo");
        assert_eq!(slug_for("CLAIM", &["claim".into(), "claim-2".into()]), "claim-3");
        assert_eq!(slug_for("مركز", &[]), "mrkz", "Arabic letters are spelled in ASCII");
        assert!(slug_for(&"palavra ".repeat(30), &[]).len() <= 60);
    }

    #[test]
    fn kinds_and_services() {
        assert_eq!(kind("association"), Ok("association".into()));
        assert_eq!(kind("club"), Err(Invalid::EntityKindUnknown));
        assert_eq!(services("Aulas\n\n Apoio jurídico \n"), Ok(vec!["Aulas".into(), "Apoio jurídico".into()]));
    }
}
