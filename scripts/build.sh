#!/usr/bin/env bash
# Builds Ponte without cargo-leptos: the WASM hydration bundle, the CSS, then the server.
# Usage: scripts/build.sh [debug|release]    (output: target/site/pkg and target/<profile>/ponte)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-debug}"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

case "$mode" in
  debug) wasm_profile=dev; wasm_dir=debug; server_flags=() ;;
  release) wasm_profile=wasm-release; wasm_dir=wasm-release; server_flags=(--release) ;;
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
cargo build -p ponte-hydrate --lib --target wasm32-unknown-unknown --profile "$wasm_profile"
wasm-bindgen --target web --no-typescript --out-name ponte --out-dir "$pkg" \
  "target/wasm32-unknown-unknown/$wasm_dir/ponte_hydrate.wasm"
if [ "$mode" = release ]; then
  # npm's binaryen only: Debian's wasm-opt 108 produces a bundle that fails to hydrate.
  node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    "$pkg/ponte_bg.wasm" -o "$pkg/ponte_bg.wasm"
fi
cp style/main.css "$pkg/ponte.css"
if [ -d public ] && [ -n "$(ls -A public 2>/dev/null)" ]; then cp -r public/. target/site/; fi
# Precompressed copies, served as-is by the server (no compression work per request).
for f in "$pkg"/ponte.js "$pkg"/ponte_bg.wasm "$pkg"/ponte.css; do
  gzip -9 -k -f "$f"
  if command -v brotli >/dev/null; then brotli -q 11 -f -k "$f"; else rm -f "$f.br"; fi
done

cargo build -p ponte-server "${server_flags[@]}"
echo "built: target/$([ "$mode" = release ] && echo release || echo debug)/ponte and $pkg"
