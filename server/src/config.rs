//! Configuration from the environment, validated at start-up with clear messages.

use std::{net::SocketAddr, path::PathBuf};

/// Everything the server reads from its environment.
#[derive(Clone, Debug)]
pub struct Config {
    /// `sqlite://path?mode=rwc` (default `sqlite://data/ponte.db?mode=rwc`) or `postgres://…`.
    pub database_url: String,
    /// Address to listen on (`PONTE_ADDR`, default `127.0.0.1:3000`).
    pub addr: SocketAddr,
    /// Where the built site lives: `pkg/` with the CSS, JS and WASM (`PONTE_SITE_ROOT`, default `target/site`).
    pub site_root: PathBuf,
    /// Where people report accessibility problems (`PONTE_CONTACT_EMAIL`, optional).
    pub contact_email: Option<String>,
    /// Log as JSON lines (`PONTE_LOG_FORMAT=json`) instead of text.
    pub log_json: bool,
    /// The address people use to reach Ponte (`PONTE_PUBLIC_URL`, default `http://<PONTE_ADDR>`):
    /// links in emails, and the only origin allowed to send forms and server-function calls.
    pub public_url: String,
    /// Session cookies only over TLS (`PONTE_COOKIE_SECURE`, default: when `public_url` is https).
    pub cookie_secure: bool,
    /// Responses to one open survey accepted per IP address per hour (`PONTE_SURVEY_LIMIT`,
    /// default 200; 0 turns the limit off, for benchmarks).
    pub survey_responses_per_hour: u32,
    /// A deployment for one plan: `/` leads to this plan (`PONTE_HOME_PLAN`, a plan's slug).
    pub home_plan: Option<String>,
    /// How long a public page is served from memory at most (`PONTE_PAGE_CACHE_SECONDS`, default
    /// 5; 0 turns the page cache off). See `ponte_app::page_cache`.
    pub page_cache_seconds: u64,
    /// Longest a page may take to render before the visitor is told to try again
    /// (`PONTE_RENDER_TIMEOUT_SECONDS`, default 15; 0: no limit).
    pub render_timeout_seconds: u64,
    /// Reverse proxies whose `X-Forwarded-For` names the client (`PONTE_TRUSTED_PROXIES`: addresses
    /// or networks, separated by commas; default none, and forwarded headers are ignored).
    pub trusted_proxies: crate::client_ip::TrustedProxies,
    /// Header deadline, stalled-transfer deadline and the cap on open connections
    /// (`PONTE_HEADER_TIMEOUT_SECONDS`, default 10; `PONTE_STALL_TIMEOUT_SECONDS`, default 30;
    /// `PONTE_MAX_CONNECTIONS`, default the open-file limit less 256).
    pub connections: crate::connections::ConnectionLimits,
    /// Where the server's secret comes from (see [`Secret`]).
    pub secret: Secret,
    /// Email delivery: sender, transport (`.eml` files or SMTP) and outbox polling (see `mail.rs`).
    pub mail: crate::mail::MailSettings,
    /// How often due emails (focus-group reminders, forum digests) are looked for
    /// (`PONTE_DUE_EMAILS_SECONDS`, default 300). See `reminders.rs`.
    pub due_emails_every: std::time::Duration,
}

/// A setting that cannot be used, with what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "DATABASE_URL {0:?} is not supported: use sqlite://path/to/file.db?mode=rwc or postgres://user@host:port/database"
    )]
    DatabaseUrl(String),
    #[error("PONTE_ADDR {0:?} is not an address to listen on: use host:port, for example 127.0.0.1:3000")]
    Addr(String),
    #[error("PONTE_CONTACT_EMAIL {0:?} is not an email address")]
    ContactEmail(String),
    #[error("PONTE_LOG_FORMAT {0:?} is not known: use text or json")]
    LogFormat(String),
    #[error("PONTE_PUBLIC_URL {0:?} must be an http:// or https:// origin, for example https://ponte.example.pt")]
    PublicUrl(String),
    #[error("PONTE_COOKIE_SECURE {0:?} must be true or false")]
    CookieSecure(String),
    #[error("PONTE_HOME_PLAN {0:?} must be a plan's short name: lowercase letters a-z, digits and hyphens")]
    HomePlan(String),
    #[error("PONTE_SURVEY_LIMIT {0:?} must be a whole number of responses per hour (0: no limit)")]
    SurveyLimit(String),
    #[error("PONTE_PAGE_CACHE_SECONDS {0:?} must be a whole number of seconds (0: no page cache)")]
    PageCache(String),
    #[error("PONTE_RENDER_TIMEOUT_SECONDS {0:?} must be a whole number of seconds (0: no limit)")]
    RenderTimeout(String),
    #[error("{name} {value:?} must be a whole number from 1 to {max}")]
    Number { name: &'static str, value: String, max: u64 },
    #[error("PONTE_SECRET must be at least 32 characters (for example the output of: openssl rand -hex 32)")]
    SecretShort,
    #[error(transparent)]
    Proxies(#[from] crate::client_ip::ProxyListError),
    #[error(transparent)]
    Mail(#[from] crate::mail::MailConfigError),
}

/// The key of every stored hash (`ponte_app::secrets`): `PONTE_SECRET` itself (at least 32
/// characters; what several app servers on one database must share), or else a file
/// (`PONTE_SECRET_FILE`; default `secret` beside the SQLite database, or `data/secret`), made
/// with a random secret on first start. Changing it signs everyone out and voids sign-in links.
#[derive(Clone, PartialEq, Eq)]
pub enum Secret {
    Value(String),
    File(PathBuf),
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Secret::Value(_) => f.write_str("Secret::Value(***)"),
            Secret::File(path) => f.debug_tuple("Secret::File").field(path).finish(),
        }
    }
}

impl Secret {
    /// The secret's bytes: the value, or the file's content (created, readable by this user
    /// only, when it does not exist yet).
    pub fn load(&self) -> Result<Vec<u8>, String> {
        let path = match self {
            Secret::Value(value) => return Ok(value.as_bytes().to_vec()),
            Secret::File(path) => path,
        };
        match std::fs::read_to_string(path) {
            Ok(content) if content.trim().len() >= ponte_app::secrets::MIN_SECRET_LEN => Ok(content.trim().as_bytes().to_vec()),
            Ok(_) => Err(format!(
                "the secret file {} holds fewer than {} characters",
                path.display(),
                ponte_app::secrets::MIN_SECRET_LEN
            )),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                use rand::RngCore;
                use std::{io::Write, os::unix::fs::OpenOptionsExt};
                let mut bytes = [0u8; 32];
                rand::rng().fill_bytes(&mut bytes);
                let secret: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
                }
                let mut file = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .mode(0o600)
                    .open(path)
                    .map_err(|e| format!("cannot create the secret file {}: {e}", path.display()))?;
                file.write_all(secret.as_bytes()).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                tracing::info!(path = %path.display(), "created a new server secret");
                Ok(secret.into_bytes())
            }
            Err(err) => Err(format!("cannot read the secret file {}: {err}", path.display())),
        }
    }
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/ponte.db?mode=rwc";

impl Config {
    /// Reads and validates the process environment.
    pub fn from_env() -> Result<Config, ConfigError> {
        Self::from_lookup(|key| std::env::var(key).ok().filter(|v| !v.trim().is_empty()))
    }

    /// Reads and validates settings from any source (the environment, or a test's table).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let database_url = get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        validate_database_url(&database_url)?;
        let addr_raw = get("PONTE_ADDR").unwrap_or_else(|| "127.0.0.1:3000".to_owned());
        let addr = addr_raw.parse().map_err(|_| ConfigError::Addr(addr_raw.clone()))?;
        let contact_email = get("PONTE_CONTACT_EMAIL");
        if let Some(email) = &contact_email {
            let valid = email.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && host.contains('.') && !email.contains(char::is_whitespace)
            });
            if !valid {
                return Err(ConfigError::ContactEmail(email.clone()));
            }
        }
        let log_json = match get("PONTE_LOG_FORMAT").as_deref() {
            None | Some("text") => false,
            Some("json") => true,
            Some(other) => return Err(ConfigError::LogFormat(other.to_owned())),
        };
        let public_url = get("PONTE_PUBLIC_URL").unwrap_or_else(|| format!("http://{addr}"));
        let public_url = public_url.trim_end_matches('/').to_owned();
        let host = public_url.strip_prefix("https://").or_else(|| public_url.strip_prefix("http://"));
        if host.is_none_or(|h| h.is_empty() || h.contains('/') || h.contains(char::is_whitespace)) {
            return Err(ConfigError::PublicUrl(public_url));
        }
        let cookie_secure = match get("PONTE_COOKIE_SECURE").as_deref() {
            None => public_url.starts_with("https://"),
            Some("true" | "1") => true,
            Some("false" | "0") => false,
            Some(other) => return Err(ConfigError::CookieSecure(other.to_owned())),
        };
        let survey_responses_per_hour = match get("PONTE_SURVEY_LIMIT") {
            None => 200,
            Some(raw) => raw.trim().parse().map_err(|_| ConfigError::SurveyLimit(raw.clone()))?,
        };
        let home_plan = match get("PONTE_HOME_PLAN").map(|raw| raw.trim().to_owned()).filter(|s| !s.is_empty()) {
            Some(slug) if ponte_app::plans::create::service::valid_slug(&slug) => Some(slug),
            Some(other) => return Err(ConfigError::HomePlan(other)),
            None => None,
        };
        let page_cache_seconds = match get("PONTE_PAGE_CACHE_SECONDS") {
            None => 5,
            Some(raw) => raw.trim().parse().map_err(|_| ConfigError::PageCache(raw.clone()))?,
        };
        let render_timeout_seconds = match get("PONTE_RENDER_TIMEOUT_SECONDS") {
            None => ponte_app::state::DEFAULT_RENDER_TIMEOUT.as_secs(),
            Some(raw) => raw.trim().parse().map_err(|_| ConfigError::RenderTimeout(raw.clone()))?,
        };
        let mail = crate::mail::MailSettings::from_lookup(&get)?;
        let secret = match (get("PONTE_SECRET"), get("PONTE_SECRET_FILE")) {
            (Some(value), _) if value.trim().len() >= ponte_app::secrets::MIN_SECRET_LEN => Secret::Value(value.trim().to_owned()),
            (Some(_), _) => return Err(ConfigError::SecretShort),
            (None, Some(path)) => Secret::File(PathBuf::from(path)),
            (None, None) => Secret::File(
                sqlite_path(&database_url)
                    .and_then(|db| db.parent().map(|dir| dir.join("secret")))
                    .unwrap_or_else(|| PathBuf::from("data/secret")),
            ),
        };
        let trusted_proxies = crate::client_ip::TrustedProxies::parse(&get("PONTE_TRUSTED_PROXIES").unwrap_or_default())?;
        let number = |name: &'static str, default: u64, max: u64| match get(name) {
            None => Ok(default),
            Some(raw) => match raw.trim().parse::<u64>() {
                Ok(n) if (1..=max).contains(&n) => Ok(n),
                _ => Err(ConfigError::Number { name, value: raw, max }),
            },
        };
        let defaults = crate::connections::ConnectionLimits::default();
        let connections = crate::connections::ConnectionLimits {
            header_read: std::time::Duration::from_secs(number("PONTE_HEADER_TIMEOUT_SECONDS", defaults.header_read.as_secs(), 3600)?),
            stall: std::time::Duration::from_secs(number("PONTE_STALL_TIMEOUT_SECONDS", defaults.stall.as_secs(), 3600)?),
            max_connections: usize::try_from(number("PONTE_MAX_CONNECTIONS", defaults.max_connections as u64, 1_000_000)?)
                .unwrap_or(defaults.max_connections),
        };
        let due_emails_every = std::time::Duration::from_secs(number("PONTE_DUE_EMAILS_SECONDS", crate::reminders::EVERY.as_secs(), 86_400)?);
        Ok(Config {
            due_emails_every,
            secret,
            trusted_proxies,
            connections,
            survey_responses_per_hour,
            home_plan,
            page_cache_seconds,
            render_timeout_seconds,
            mail,
            public_url,
            cookie_secure,
            database_url,
            addr,
            site_root: get("PONTE_SITE_ROOT").map_or_else(|| PathBuf::from("target/site"), PathBuf::from),
            contact_email,
            log_json,
        })
    }
}

fn validate_database_url(url: &str) -> Result<(), ConfigError> {
    let bad = || ConfigError::DatabaseUrl(redact(url));
    let (scheme, rest) = url.split_once("://").ok_or_else(bad)?;
    match scheme {
        "sqlite" | "postgres" | "postgresql" if !rest.is_empty() => Ok(()),
        _ => Err(bad()),
    }
}

/// The file of a `sqlite://` URL (`None` for PostgreSQL or an in-memory database).
pub fn sqlite_path(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
}

/// The URL with any password replaced, for messages and logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        Config::from_lookup(|k| pairs.iter().find(|(key, _)| *key == k).map(|(_, v)| (*v).to_owned()))
    }

    #[test]
    fn defaults_run_on_embedded_sqlite_on_localhost() {
        let Ok(c) = config(&[]) else { panic!("defaults must be valid") };
        assert_eq!(c.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(c.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(c.page_cache_seconds, 5);
        assert_eq!(c.due_emails_every, std::time::Duration::from_secs(300));
    }

    #[test]
    fn unsupported_database_url_is_refused_with_the_password_hidden() {
        let err = config(&[("DATABASE_URL", "mysql://u:secret@h/db")]).unwrap_err().to_string();
        assert!(err.contains("mysql://u:***@h/db"), "{err}");
        assert!(!err.contains("secret"));
        assert!(config(&[("DATABASE_URL", "not a url")]).is_err());
        assert!(config(&[("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ponte")]).is_ok());
    }

    #[test]
    fn bad_address_email_and_log_format_are_refused() {
        assert!(matches!(config(&[("PONTE_ADDR", "localhost")]), Err(ConfigError::Addr(_))));
        assert!(matches!(config(&[("PONTE_CONTACT_EMAIL", "nobody")]), Err(ConfigError::ContactEmail(_))));
        assert!(matches!(config(&[("PONTE_HOME_PLAN", "../admin")]), Err(ConfigError::HomePlan(_))));
        assert!(config(&[("PONTE_HOME_PLAN", " lisboa-2026 ")]).is_ok_and(|c| c.home_plan.as_deref() == Some("lisboa-2026")));
        assert!(matches!(config(&[("PONTE_LOG_FORMAT", "xml")]), Err(ConfigError::LogFormat(_))));
        assert!(matches!(config(&[("PONTE_PAGE_CACHE_SECONDS", "soon")]), Err(ConfigError::PageCache(_))));
        assert!(matches!(config(&[("PONTE_PAGE_CACHE_SECONDS", "-1")]), Err(ConfigError::PageCache(_))));
        assert!(matches!(config(&[("PONTE_RENDER_TIMEOUT_SECONDS", "ten")]), Err(ConfigError::RenderTimeout(_))));
        assert!(matches!(config(&[("PONTE_PUBLIC_URL", "ponte.example.pt")]), Err(ConfigError::PublicUrl(_))));
        assert!(matches!(config(&[("PONTE_TRUSTED_PROXIES", "10.0.0.1, my-proxy")]), Err(ConfigError::Proxies(_))));
        for (name, bad) in [("PONTE_MAX_CONNECTIONS", "0"), ("PONTE_HEADER_TIMEOUT_SECONDS", "soon"), ("PONTE_STALL_TIMEOUT_SECONDS", "-3"), ("PONTE_DUE_EMAILS_SECONDS", "0")] {
            let err = config(&[(name, bad)]).unwrap_err().to_string();
            assert!(err.contains(name), "{err}");
        }
        assert!(matches!(config(&[("PONTE_PUBLIC_URL", "https://a.pt/path")]), Err(ConfigError::PublicUrl(_))));
        let err = config(&[("PONTE_MAIL_TRANSPORT", "smtp")]).unwrap_err();
        assert!(matches!(err, ConfigError::Mail(_)));
        assert!(err.to_string().contains("PONTE_SMTP_HOST"), "{err}");
    }

    #[test]
    fn the_secret_is_set_or_kept_beside_the_database() {
        let Ok(c) = config(&[]) else { panic!("valid") };
        assert_eq!(c.secret, Secret::File(PathBuf::from("data/secret")));
        let Ok(c) = config(&[("DATABASE_URL", "sqlite:///srv/ponte/ponte.db?mode=rwc")]) else { panic!("valid") };
        assert_eq!(c.secret, Secret::File(PathBuf::from("/srv/ponte/secret")));
        assert!(matches!(config(&[("PONTE_SECRET", "short")]), Err(ConfigError::SecretShort)));
        let long = "k".repeat(40);
        let Ok(c) = config(&[("PONTE_SECRET", &long)]) else { panic!("valid") };
        assert!(!format!("{:?}", c.secret).contains(&long), "the secret is never printed");
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let file = Secret::File(dir.path().join("nested/secret"));
        let first = file.load().unwrap_or_default();
        assert!(first.len() >= 32);
        assert_eq!(file.load().unwrap_or_default(), first, "made once, then read back");
    }

    #[test]
    fn cookies_are_secure_behind_https_by_default() {
        let Ok(c) = config(&[("PONTE_PUBLIC_URL", "https://ponte.example.pt/")]) else { panic!("valid") };
        assert_eq!(c.public_url, "https://ponte.example.pt");
        assert!(c.cookie_secure);
        let Ok(c) = config(&[]) else { panic!("valid") };
        assert_eq!(c.public_url, "http://127.0.0.1:3000");
        assert!(!c.cookie_secure);
    }
}
