//! Parsing of what people type into the sign-in forms, shared by browser and server.

use crate::core::Invalid;

/// An email address as we accept it: trimmed, lower-cased, at most 254 characters, one `@`, a
/// dotted domain, no spaces or control characters. Deliberately simple: the email itself proves it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(raw: &str) -> Result<EmailAddress, Invalid> {
        let email = raw.trim().to_lowercase();
        if email.chars().count() > 254 {
            return Err(Invalid::TooLong);
        }
        let (local, domain) = email.split_once('@').ok_or(Invalid::EmailMalformed)?;
        let ok = !local.is_empty()
            && local.len() <= 64
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !email.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | ',' | ';'));
        if ok { Ok(EmailAddress(email)) } else { Err(Invalid::EmailMalformed) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The six-digit code from the sign-in email. Spaces and dashes people type are ignored, and
/// digits typed on Arabic, Urdu, Devanagari or Bengali keyboards count as the same digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignInCode(String);

impl SignInCode {
    pub const LEN: usize = 6;

    pub fn parse(raw: &str) -> Result<SignInCode, Invalid> {
        if raw.len() > 40 {
            return Err(Invalid::TooLong);
        }
        let digits: String = raw
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(ascii_digit)
            .collect();
        if digits.len() == Self::LEN && digits.chars().all(|c| c.is_ascii_digit()) {
            Ok(SignInCode(digits))
        } else {
            Err(Invalid::CodeMalformed)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Maps a decimal digit of the scripts our languages use onto its ASCII digit.
pub(crate) fn ascii_digit(c: char) -> char {
    let zero = match c {
        '\u{0660}'..='\u{0669}' => 0x0660, // Arabic-Indic
        '\u{06F0}'..='\u{06F9}' => 0x06F0, // Extended Arabic-Indic (Urdu)
        '\u{0966}'..='\u{096F}' => 0x0966, // Devanagari (Hindi, Nepali)
        '\u{09E6}'..='\u{09EF}' => 0x09E6, // Bengali
        _ => return c,
    };
    char::from_u32(u32::from(b'0') + (c as u32 - zero)).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_is_trimmed_and_lower_cased() {
        assert_eq!(EmailAddress::parse("  Ana.Silva@Example.PT ").map(|e| e.0), Ok("ana.silva@example.pt".into()));
        assert!(EmailAddress::parse("नेपाल@उदाहरण.भारत").is_ok(), "international addresses are accepted");
    }

    #[test]
    fn malformed_emails_are_refused_with_a_reason() {
        for bad in ["", "ana", "ana@", "@example.pt", "ana@example", "ana@@example.pt", "ana silva@example.pt", "a@b..pt", "<a@b.pt>"] {
            assert_eq!(EmailAddress::parse(bad), Err(Invalid::EmailMalformed), "{bad:?}");
        }
        let long = format!("{}@example.pt", "a".repeat(300));
        assert_eq!(EmailAddress::parse(&long), Err(Invalid::TooLong));
    }

    #[test]
    fn codes_accept_spaces_and_dashes_but_only_six_digits() {
        assert_eq!(SignInCode::parse(" 123 456 ").map(|c| c.0), Ok("123456".into()));
        assert_eq!(SignInCode::parse("123-456").map(|c| c.0), Ok("123456".into()));
        assert_eq!(SignInCode::parse("١٢٣٤٥٦").map(|c| c.0), Ok("123456".into()));
        assert_eq!(SignInCode::parse("۱۲۳ ۴۵۶").map(|c| c.0), Ok("123456".into()));
        assert_eq!(SignInCode::parse("१२३४५६").map(|c| c.0), Ok("123456".into()));
        assert_eq!(SignInCode::parse("১২৩৪৫৬").map(|c| c.0), Ok("123456".into()));
        for bad in ["12345", "1234567", "12a456", "١٢٣٤٥", ""] {
            assert_eq!(SignInCode::parse(bad), Err(Invalid::CodeMalformed), "{bad:?}");
        }
        assert_eq!(SignInCode::parse(&"1".repeat(100)), Err(Invalid::TooLong));
    }
}
