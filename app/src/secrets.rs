//! The server's secret and the keyed hashes made with it (server side only).
//!
//! The database never keeps a usable secret: sign-in links and codes, session tokens, resume codes
//! and rate-limit keys (addresses) are stored as HMAC-SHA-256 under a key that is **not** in the
//! database (`PONTE_SECRET`, or the secret file; see the server's config). Someone who reads the
//! database or a backup of it cannot test guesses against these hashes: a six-digit code or an IP
//! address would otherwise fall to trying every value in well under a second.
//!
//! The key is installed once per process at start-up ([`install`]); every hash goes through
//! [`hash`].

use std::sync::OnceLock;

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

static KEY: OnceLock<[u8; 32]> = OnceLock::new();

/// A new random token (URL-safe, 43 characters): a cookie's secret, a form's once-token.
pub fn random_token() -> String {
    use rand::Rng;
    let mut bytes = [0u8; 32];
    rand::rng().fill(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The shortest secret accepted (`PONTE_SECRET` or the secret file).
pub const MIN_SECRET_LEN: usize = 32;

/// Sets this process's key from `secret` (any length; it is hashed to 32 bytes). The first call
/// wins: servers started by one process (the API tests) share it, as instances sharing one
/// database must.
pub fn install(secret: &[u8]) {
    let key: [u8; 32] = Sha256::digest(secret).into();
    if KEY.set(key).is_err() && KEY.get() != Some(&key) {
        tracing::warn!("a second, different server secret was ignored: this process keeps its first");
    }
}

fn key() -> &'static [u8; 32] {
    KEY.get_or_init(|| {
        tracing::error!("no server secret installed: hashes are not keyed (set PONTE_SECRET)");
        [0; 32]
    })
}

/// HMAC-SHA-256 of `parts` (joined by a 0 byte) under the server's key, base64url: what the
/// database keeps instead of a secret.
pub fn hash_parts(parts: &[&[u8]]) -> String {
    // A key shorter than SHA-256's 64-byte block is zero-padded by HMAC itself; done here so the
    // fixed-size constructor applies (no length error to handle).
    let mut block = [0u8; 64];
    block[..32].copy_from_slice(key());
    let mut mac = <Hmac<Sha256> as KeyInit>::new(&block.into());
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            mac.update(&[0]);
        }
        mac.update(part);
    }
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

/// The keyed hash of one secret (a token, a code).
pub fn hash(secret: &str) -> String {
    hash_parts(&[secret.as_bytes()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_keyed_stable_and_tell_parts_apart() {
        install(b"a test secret that is long enough for the server");
        let plain = URL_SAFE_NO_PAD.encode(Sha256::digest(b"123456"));
        assert_ne!(hash("123456"), plain, "a code's hash must not be its plain SHA-256");
        assert_eq!(hash("123456"), hash("123456"));
        assert_ne!(hash_parts(&[b"ab", b"c"]), hash_parts(&[b"a", b"bc"]));
        assert_eq!(hash("x").len(), 43);
    }
}
