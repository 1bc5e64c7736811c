#!/usr/bin/env bash
# Installs what the end-to-end tests need on a machine that reaches only the npm registry and Debian's
# packages: Debian's Chromium, ripgrep and Kerberos headers, and code-server (the real VS Code workbench and
# extension host, published on npm) with its native modules built from source.
#
# Everything except the Debian packages goes to a cache folder outside the repository:
#   ${LADDER_E2E_CACHE:-$HOME/.cache/career-ladder-e2e}
# The script is idempotent and returns at once when a stamp file says the same install is complete.
# LADDER_E2E_FORCE=1 runs every step again (native modules that already load are kept); delete the cache
# folder for an install from scratch.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3 # VS Code 1.100.3, the last code-server line that runs on Node 20
SETUP_REVISION=1            # bump when this script changes what it installs
CACHE="${LADDER_E2E_CACHE:-$HOME/.cache/career-ladder-e2e}"
STAMP="$CACHE/setup.stamp"
LOGS="$CACHE/logs"
APT_PACKAGES=(chromium ripgrep libkrb5-dev fonts-dejavu-core)
NATIVE_MODULES=(@vscode/spdlog node-pty native-watchdog @parcel/watcher @vscode/deviceid kerberos) # slowest first

started=$(date +%s)
now() { date +%s; }
say() { printf '[e2e-setup %3ss] %s\n' "$(($(now) - started))" "$*"; }

stamp_text() {
  printf 'code-server=%s revision=%s node-abi=%s arch=%s\n' \
    "$CODE_SERVER_VERSION" "$SETUP_REVISION" "$(node -p process.versions.modules)" "$(uname -m)"
}

missing_apt_packages() {
  local package
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || echo "$package"
  done
}

if [[ "${LADDER_E2E_FORCE:-}" != 1 && -f "$STAMP" && "$(cat "$STAMP")" == "$(stamp_text)" \
  && -x /usr/bin/chromium && -z "$(missing_apt_packages)" ]]; then
  say "already installed in $CACHE"
  exit 0
fi

mkdir -p "$CACHE" "$LOGS"
rm -f "$STAMP"

# Runs a named step with its output in a log file; prints the log's end when it fails.
step() {
  local name="$1"
  shift
  local begin
  begin=$(now)
  local status=0
  # A subshell outside any condition, so that `set -e` holds inside the step's function.
  set +e
  (
    set -e
    "$@"
  ) >"$LOGS/$name.log" 2>&1
  status=$?
  set -e
  if [[ "$status" == 0 ]]; then
    say "$name done in $(($(now) - begin))s"
  else
    say "$name FAILED (exit $status); last lines of $LOGS/$name.log:"
    tail -n 40 "$LOGS/$name.log" >&2
    return "$status"
  fi
}

# Waits for background jobs by pid and fails when any of them failed.
wait_all() {
  local failed=0 pid
  for pid in "$@"; do wait "$pid" || failed=1; done
  return "$failed"
}

# npm's own node-gyp, and Node's headers from the machine when it has them, so that nothing is downloaded.
NODE_GYP="$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js"
if [[ ! -f "$NODE_GYP" ]]; then
  NODE_GYP="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"
fi
export npm_config_node_gyp="$NODE_GYP"
if [[ -z "${npm_config_nodedir:-}" && -f /usr/include/node/node.h ]]; then
  export npm_config_nodedir=/usr
fi
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

apt_install() {
  local missing
  missing=$(missing_apt_packages)
  [[ -z "$missing" ]] && return 0
  local sudo=()
  [[ "$(id -u)" != 0 ]] && sudo=(sudo)
  # shellcheck disable=SC2086
  "${sudo[@]}" apt-get update -q
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends $missing
}

install_code_server() {
  cd "$CACHE"
  cat >package.json <<JSON
{ "name": "career-ladder-e2e-cache", "private": true, "dependencies": { "code-server": "$CODE_SERVER_VERSION" } }
JSON
  # --ignore-scripts: code-server's postinstall downloads ripgrep from the internet; its steps follow here.
  npm install --ignore-scripts --no-save --loglevel=error
}

VSCODE="$CACHE/node_modules/code-server/lib/vscode"

build_argon2() {
  # code-server loads argon2 at start, even with --auth none. Its prebuilt binary would come from GitHub,
  # so build it from source with its own node-pre-gyp.
  cd "$CACHE/node_modules/argon2"
  node ../@mapbox/node-pre-gyp/bin/node-pre-gyp rebuild --build-from-source
}

install_vscode_modules() {
  cd "$VSCODE"
  npm install --omit=dev --ignore-scripts --loglevel=error
}

install_extension_modules() {
  cd "$VSCODE/extensions"
  npm install --omit=dev --ignore-scripts --loglevel=error
}

rebuild_native() {
  cd "$VSCODE"
  # Some load without a build: @parcel/watcher has a prebuilt binary in an npm package, @vscode/deviceid
  # needs its native part only on Windows.
  if node -e "require('$1')" 2>/dev/null; then
    echo "$1 loads as installed; nothing to build"
    return 0
  fi
  cd "node_modules/$1"
  node "$NODE_GYP" rebuild --jobs=max
}

link_files() {
  cd "$VSCODE"
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sfn "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  rm -rf node_modules.asar
  ln -sfn node_modules node_modules.asar
  ln -sfn code-linux.sh bin/remote-cli/code-server
  ln -sfn browser-linux.sh bin/helpers/browser.sh
}

say "installing into $CACHE (logs in $LOGS)"

# Debian packages and the code-server package download side by side.
step apt apt_install &
apt_pid=$!
step code-server install_code_server

# argon2 compiles while VS Code's own modules download.
step argon2 build_argon2 &
argon2_pid=$!
step extensions-modules install_extension_modules &
extensions_pid=$!
step vscode-modules install_vscode_modules

# Native modules compile side by side; kerberos needs the Debian headers, so it waits for apt.
native_pids=()
for module in "${NATIVE_MODULES[@]}"; do
  [[ "$module" == kerberos ]] && continue
  step "native-${module//\//-}" rebuild_native "$module" &
  native_pids+=($!)
done
wait_all "$apt_pid"
step native-kerberos rebuild_native kerberos &
native_pids+=($!)
wait_all "$argon2_pid" "$extensions_pid" "${native_pids[@]}"

step links link_files
step check node "$CACHE/node_modules/code-server/out/node/entry.js" --version

stamp_text >"$STAMP"
say "installed code-server $CODE_SERVER_VERSION in $(($(now) - started))s"
