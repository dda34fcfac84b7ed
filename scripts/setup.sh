#!/usr/bin/env bash
# Installs what Ponte needs to build (and, with `test` or `bench`, to test and measure), idempotently.
# Usage: scripts/setup.sh [run|test|bench]
set -euo pipefail
cd "$(dirname "$0")/.."
purpose="${1:-run}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  if [ ${#missing[@]} -gt 0 ]; then
    say "apt-get install ${missing[*]}"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# 1. The wasm target for the hydration bundle.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli at exactly the version in Cargo.lock (a mismatch breaks the bundle).
want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "cargo install wasm-bindgen-cli $want (was: ${have:-none})"
  # No --locked: its lockfile pins a webpki-roots version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$want"
fi

# 3. Node tools: npm's binaryen (wasm-opt), playwright-core, axe-core, mailparser and vnu-jar.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  # No install scripts: vnu-jar's would download a Java runtime; Debian's is used instead.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi

# 3b. brotli: scripts/build.sh keeps a .br copy of the bundle beside the .gz (the WASM is ~30%
#     smaller in brotli, which browsers take over HTTPS).
apt_install brotli

# 4. Browser tests need Debian's Chromium; benchmarks need wrk.
case "$purpose" in
  test)
    # Fonts for every UI language: Latin, Cyrillic, Arabic, Devanagari, Bengali and Gurmukhi in
    # fonts-noto-core; Chinese in fonts-noto-cjk (browser tests check that no text renders as tofu).
    apt_install chromium fonts-noto-core fonts-noto-cjk
    # The Nu Html Checker (npm's vnu-jar, tests/browser/html.test.mjs) runs on Java.
    command -v java >/dev/null || apt_install default-jre-headless
    # The API tests' SMTP server (tests/support/smtp_sink.py): aiosmtpd in .venv; the reader
    # that checks calendar invitations (tests/support/ics_check.py): icalendar in .venv.
    if ! .venv/bin/python -c 'import aiosmtpd, icalendar, sys; sys.exit(aiosmtpd.__version__ != "1.4.6" or icalendar.__version__ != "7.3.2")' 2>/dev/null; then
      command -v python3 >/dev/null || apt_install python3
      python3 -c 'import ensurepip' 2>/dev/null || apt_install python3-venv
      say "python3 -m venv .venv && pip install aiosmtpd==1.4.6 icalendar==7.3.2"
      python3 -m venv .venv
      .venv/bin/pip install --quiet --disable-pip-version-check aiosmtpd==1.4.6 icalendar==7.3.2
    fi
    # API tests also run against the local PostgreSQL; start the cluster if it is installed but down.
    if command -v pg_isready >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432 && command -v pg_ctlcluster >/dev/null; then
      say "starting the local PostgreSQL cluster"
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    fi
    ;;
  bench) apt_install wrk ;;
esac
say "setup ($purpose) complete"
