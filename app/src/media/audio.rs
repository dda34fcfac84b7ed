//! What an uploaded recording must be: at most [`MAX_BYTES`], and one of the audio formats
//! browsers play, recognised by its first bytes (never by its name or the type the browser
//! claims). Pure functions, tested here.

/// The largest recording accepted: a few minutes of speech in MP3 or Opus.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// The size limit in whole megabytes, for messages.
pub const MAX_MEGABYTES: u32 = (MAX_BYTES / (1024 * 1024)) as u32;

/// The longest transcript, in characters.
pub const MAX_TRANSCRIPT: usize = 10_000;

/// The media type of a recording, from its first bytes; `None` when it is not audio we serve.
pub fn sniff(head: &[u8]) -> Option<&'static str> {
    let at = |offset: usize, magic: &[u8]| head.get(offset..offset + magic.len()) == Some(magic);
    if at(0, b"ID3") {
        return Some("audio/mpeg");
    }
    if at(0, b"OggS") {
        return Some("audio/ogg");
    }
    if at(0, b"fLaC") {
        return Some("audio/flac");
    }
    if at(0, b"RIFF") && at(8, b"WAVE") {
        return Some("audio/wav");
    }
    if at(0, &[0x1A, 0x45, 0xDF, 0xA3]) {
        return Some("audio/webm");
    }
    if at(4, b"ftyp") && [b"M4A ", b"M4B ", b"mp42", b"isom", b"mp41", b"dash"].iter().any(|brand| at(8, *brand)) {
        return Some("audio/mp4");
    }
    // An MPEG audio frame: 11 sync bits, then a version and a layer. Layer bits 00 mark AAC in
    // an ADTS stream.
    match head {
        [0xFF, second, ..] if second & 0xE0 == 0xE0 && (second >> 3) & 0b11 != 0b01 => {
            Some(if (second >> 1) & 0b11 == 0 { "audio/aac" } else { "audio/mpeg" })
        }
        _ => None,
    }
}

/// What to send for a `Range` header (RFC 9110 §14), against a body of `len` bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RangeAnswer {
    /// The whole body (no header, another unit, or several ranges: allowed to ignore).
    Whole,
    /// One satisfiable range.
    Part(std::ops::Range<usize>),
    /// Nothing of it exists (416).
    Unsatisfiable,
}

/// Resolves a `Range` header against a body of `len` bytes.
pub fn byte_range(header: Option<&str>, len: usize) -> RangeAnswer {
    let Some(spec) = header.and_then(|h| h.trim().strip_prefix("bytes=")) else {
        return RangeAnswer::Whole;
    };
    if spec.contains(',') {
        return RangeAnswer::Whole;
    }
    let Some((first, last)) = spec.split_once('-') else { return RangeAnswer::Unsatisfiable };
    let number = |s: &str| s.trim().parse::<usize>().ok();
    let range = match (number(first), number(last), first.trim().is_empty(), last.trim().is_empty()) {
        // `bytes=-500`: the last 500 bytes.
        (None, Some(n), true, false) if n > 0 => len.saturating_sub(n)..len,
        (Some(start), None, false, true) => start..len,
        (Some(start), Some(end), false, false) if end >= start => start..end.saturating_add(1).min(len),
        _ => return RangeAnswer::Unsatisfiable,
    };
    if range.start >= len { RangeAnswer::Unsatisfiable } else { RangeAnswer::Part(range) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recordings_are_known_by_their_first_bytes() {
        assert_eq!(sniff(b"ID3\x04\x00rest"), Some("audio/mpeg"));
        assert_eq!(sniff(&[0xFF, 0xFB, 0x90, 0x64]), Some("audio/mpeg"));
        assert_eq!(sniff(&[0xFF, 0xF1, 0x50, 0x80]), Some("audio/aac"));
        assert_eq!(sniff(b"OggS\x00\x02"), Some("audio/ogg"));
        assert_eq!(sniff(b"fLaC\x00"), Some("audio/flac"));
        assert_eq!(sniff(b"RIFF\x24\x00\x00\x00WAVEfmt "), Some("audio/wav"));
        assert_eq!(sniff(&[0x1A, 0x45, 0xDF, 0xA3, 0x9F]), Some("audio/webm"));
        assert_eq!(sniff(b"\x00\x00\x00\x20ftypM4A \x00"), Some("audio/mp4"));
    }

    #[test]
    fn anything_else_is_refused_whatever_its_name() {
        for not_audio in [
            &b"<!DOCTYPE html><script>alert(1)</script>"[..],
            b"\x89PNG\r\n\x1a\n",
            b"%PDF-1.7",
            b"MZ\x90\x00",
            b"RIFF\x24\x00\x00\x00AVI ",
            b"PK\x03\x04",
            b"",
            b"ID",
            &[0xFF, 0x00],
        ] {
            assert_eq!(sniff(not_audio), None, "{not_audio:?}");
        }
    }

    #[test]
    fn ranges_are_resolved_against_the_body() {
        use RangeAnswer::{Part, Unsatisfiable, Whole};
        assert_eq!(byte_range(None, 100), Whole);
        assert_eq!(byte_range(Some("bytes=0-"), 100), Part(0..100));
        assert_eq!(byte_range(Some("bytes=10-19"), 100), Part(10..20));
        assert_eq!(byte_range(Some("bytes=90-500"), 100), Part(90..100));
        assert_eq!(byte_range(Some("bytes=-10"), 100), Part(90..100));
        assert_eq!(byte_range(Some("bytes=-500"), 100), Part(0..100));
        assert_eq!(byte_range(Some("bytes=0-1,5-6"), 100), Whole);
        assert_eq!(byte_range(Some("items=0-1"), 100), Whole);
        assert_eq!(byte_range(Some("bytes=100-"), 100), Unsatisfiable);
        assert_eq!(byte_range(Some("bytes=20-10"), 100), Unsatisfiable);
        assert_eq!(byte_range(Some("bytes=abc"), 100), Unsatisfiable);
        assert_eq!(byte_range(Some("bytes=-0"), 100), Unsatisfiable);
        assert_eq!(byte_range(Some("bytes=-"), 100), Unsatisfiable);
    }
}
