//! `ponte`: serve (default), migrate, seed-demo. Errors are printed plainly and exit non-zero.

use std::process::ExitCode;

mod bench_consultation;
mod bench_forum;
mod bench_plans;
mod bench_seed;

// glibc malloc showed up as ~15% of a page request's CPU in `perf`; mimalloc is cheaper per call.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use ponte_app::{site::SiteInfo, state::ServerSettings};
use ponte_server::{
    config::{Config, redact},
    db, mail, seed,
};

#[derive(Parser)]
#[command(name = "ponte", version, about = "Ponte: participatory consultation for municipal integration plans")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Apply migrations, then serve HTTP on PONTE_ADDR (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Load the fictional demo plan (does nothing if it is already there).
    SeedDemo,
    /// Administration from the command line.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Benchmarks only (bench/surveys.sh): the `bench` survey with generated responses.
    #[command(hide = true)]
    SeedBench(bench_seed::SeedArgs),
    /// Benchmarks only (bench/plans.sh): many plans, each with measures and published versions.
    #[command(hide = true)]
    SeedPlans(bench_plans::PlansArgs),
    /// Benchmarks only (bench/consultations.sh): many comments on one measure of the demo plan.
    #[command(hide = true)]
    SeedComments(bench_consultation::CommentsArgs),
    /// Benchmarks only (bench/forum.sh): a long thread and a search corpus in the demo forum.
    #[command(hide = true)]
    SeedForum(bench_forum::ForumArgs),
    /// Benchmarks only: makes EMAIL an admin and prints a new session token.
    #[command(hide = true)]
    BenchAdminSession {
        #[arg(long)]
        email: String,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Make EMAIL an administrator (creating the account if needed): the first admin's way in.
    Create {
        #[arg(long)]
        email: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(err) => {
            eprintln!("ponte: configuration error: {err}");
            return ExitCode::from(2);
        }
    };
    init_tracing(config.log_json);
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("ponte: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command.unwrap_or(Command::Serve), config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            tracing::error!("{message}");
            eprintln!("ponte: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: Config) -> Result<(), String> {
    let db = db::connect(&config.database_url)
        .await
        .map_err(|e| format!("cannot connect to the database at {}: {e}", redact(&config.database_url)))?;
    db::migrate(&db).await.map_err(|e| format!("database migration failed: {e}"))?;
    ponte_app::secrets::install(&config.secret.load()?);
    match command {
        Command::Migrate => {
            tracing::info!("migrations applied");
            Ok(())
        }
        Command::Admin(AdminCommand::Create { email }) => {
            use ponte_app::accounts::{domain::EmailAddress, people, roles::Role};
            let email = EmailAddress::parse(&email).map_err(|_| format!("{email:?} is not an email address"))?;
            let request = people::GrantRequest { email: email.clone(), role: Role::Admin, plan_slug: None, entity_slug: None };
            people::grant_role(&db, None, request).await.map_err(|e| format!("could not make {} an admin: {e}", email.as_str()))?;
            println!("{} is an administrator. They sign in at /sign-in with this address.", email.as_str());
            Ok(())
        }
        Command::SeedBench(args) => bench_seed::run(&db, args).await,
        Command::SeedPlans(args) => bench_plans::run(&db, args).await,
        Command::SeedComments(args) => bench_consultation::run(&db, args).await,
        Command::SeedForum(args) => bench_forum::run(&db, args).await,
        Command::BenchAdminSession { email } => bench_seed::admin_session(&db, &email).await,
        Command::SeedDemo => {
            let outcome = seed::seed_demo(&db).await.map_err(|e| format!("loading the demo plan failed: {e}"))?;
            tracing::info!(?outcome, "demo data");
            Ok(())
        }
        Command::Serve => {
            let shutdown = ponte_server::shutdown_signal();
            let listener = tokio::net::TcpListener::bind(config.addr)
                .await
                .map_err(|e| format!("cannot listen on {}: {e}", config.addr))?;
            let addr = listener.local_addr().map_err(|e| e.to_string())?;
            let mailer = mail::Mailer::new(&config.mail).map_err(|e| format!("email delivery: {e}"))?;
            // The outbox worker runs beside the server and stops after it, once requests in
            // flight (which may queue emails) are done.
            let (stop_worker, worker_stopped) = tokio::sync::oneshot::channel::<()>();
            let worker = mail::spawn_worker(db.clone(), mailer, mail::worker_id(), config.mail.poll_interval, async {
                let _ = worker_stopped.await;
            });
            let (stop_housekeeping, housekeeping_stopped) = tokio::sync::oneshot::channel::<()>();
            let housekeeping = ponte_server::maintenance::spawn(db.clone(), async {
                let _ = housekeeping_stopped.await;
            });
            let (stop_reminders, reminders_stopped) = tokio::sync::oneshot::channel::<()>();
            let reminders = ponte_server::reminders::spawn(db.clone(), config.public_url.clone(), config.due_emails_every, async {
                let _ = reminders_stopped.await;
            });
            let site = SiteInfo { contact_email: config.contact_email.clone() };
            let settings = ServerSettings {
                cookie_secure: config.cookie_secure,
                survey_responses_per_hour: config.survey_responses_per_hour,
                page_cache: ponte_app::page_cache::PageCache::new(std::time::Duration::from_secs(config.page_cache_seconds)),
                render_timeout: std::time::Duration::from_secs(config.render_timeout_seconds),
                home_plan: config.home_plan.clone(),
                ..ServerSettings::new(config.public_url.clone())
            };
            let mut state = ponte_server::state(db, config.site_root.clone(), addr, site).with_settings(settings);
            state.proxies = config.trusted_proxies.clone();
            state.connections = config.connections;
            tracing::info!(%addr, "Ponte is listening on http://{addr}");
            let served = ponte_server::serve(listener, state, shutdown).await;
            let _ = stop_worker.send(());
            let _ = stop_housekeeping.send(());
            let _ = stop_reminders.send(());
            let _ = worker.await;
            let _ = housekeeping.await;
            let _ = reminders.await;
            served.map_err(|e| format!("server error: {e}"))
        }
    }
}

fn init_tracing(json: bool) {
    use tracing_subscriber::{EnvFilter, fmt};
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    if json {
        fmt().with_env_filter(filter).json().init();
    } else {
        fmt().with_env_filter(filter).init();
    }
}
