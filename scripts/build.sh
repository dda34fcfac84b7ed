#!/usr/bin/env bash
# Builds Ponte without cargo-leptos: the browser's enhancement module (WASM), the CSS, then the server.
# Usage: scripts/build.sh [debug|release]    (output: target/site/pkg and target/<profile>/ponte)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-debug}"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

case "$mode" in
  debug) server_flags=() ;;
  release) server_flags=(--release) ;;
  *) echo "usage: $0 [debug|release]" >&2; exit 2 ;;
esac

want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  echo "wasm-bindgen $want is needed (found: ${have:-none}); run scripts/setup.sh" >&2
  exit 1
fi

pkg=target/site/pkg
mkdir -p "$pkg"
# The enhancement module is small: it is built optimised in both modes, so that tests weigh
# the very bytes a phone downloads.
cargo build -p ponte-enhance --lib --target wasm32-unknown-unknown --profile wasm-release
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section --out-name ponte --out-dir "$pkg" \
  target/wasm32-unknown-unknown/wasm-release/ponte_enhance.wasm
# npm's binaryen only: Debian's wasm-opt 108 is known to produce broken modules.
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int \
  "$pkg/ponte_bg.wasm" -o "$pkg/ponte_bg.wasm"
cp style/main.css "$pkg/ponte.css"
if [ -d public ] && [ -n "$(ls -A public 2>/dev/null)" ]; then cp -r public/. target/site/; fi
# Precompressed copies, served as-is by the server (no compression work per request).
for f in "$pkg"/ponte.js "$pkg"/ponte_bg.wasm "$pkg"/ponte.css; do
  gzip -9 -k -f "$f"
  if command -v brotli >/dev/null; then brotli -q 11 -f -k "$f"; else rm -f "$f.br"; fi
done

cargo build -p ponte-server "${server_flags[@]}"
echo "built: target/$([ "$mode" = release ] && echo release || echo debug)/ponte and $pkg"
