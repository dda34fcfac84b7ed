//! What the binary's tests share: a `ponte` command with a clean environment, a free port, and
//! stopping a server with SIGTERM.

use std::{
    io::Read,
    process::{Child, Command, ExitStatus},
};

/// `ponte`, with no `DATABASE_URL` or `PONTE_*` setting inherited from the shell running the
/// tests (so a developer's mail or address settings never leak in).
pub fn ponte() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ponte"));
    cmd.env_remove("DATABASE_URL").env("RUST_LOG", "info");
    for (key, _) in std::env::vars().filter(|(k, _)| k.starts_with("PONTE_")) {
        cmd.env_remove(key);
    }
    cmd
}

/// A port nothing listens on right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Sends SIGTERM, waits for the exit, and returns the exit status with what it logged on stdout.
pub fn stop(mut child: Child) -> (ExitStatus, String) {
    let kill = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(kill.success());
    let status = child.wait().unwrap();
    let mut log = String::new();
    child.stdout.take().unwrap().read_to_string(&mut log).unwrap();
    (status, log)
}
