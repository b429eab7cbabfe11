#!/usr/bin/env bash
# Runs every check and test runner, then prints one closing line "N passed, N failed" summed over all of them.
set -uo pipefail
cd "$(dirname "$0")/.."
results="$PWD/.test-results"
rm -rf "$results" && mkdir -p "$results"

step() { echo; echo "=== $1"; }

# The UI tests drive Debian's Chromium; install it on a fresh machine (root can, as on CI).
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null; then
    step "installing Debian Chromium for the UI tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
  else
    echo "Chromium is missing: run 'sudo apt-get install chromium' or set CHROMIUM_PATH." >&2
  fi
fi

step "typecheck (tsc --build)"
npx tsc --build --force > "$results/typecheck.log" 2>&1; echo "$?" > "$results/typecheck.status"
cat "$results/typecheck.log"

step "lint (eslint, layer rules)"
npx eslint . > "$results/lint.log" 2>&1; echo "$?" > "$results/lint.status"
cat "$results/lint.log"

step "build (electron-vite)"
npx electron-vite build > "$results/build.log" 2>&1; echo "$?" > "$results/build.status"
tail -n 20 "$results/build.log"

step "security scan (Electronegativity on the build, offline, reviewed allowlist)"
npx tsx scripts/security/electronegativity-gate.ts > "$results/electronegativity.log" 2>&1; echo "$?" > "$results/electronegativity.status"
cat "$results/electronegativity.log"

step "unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"

step "UI tests (Playwright, Debian Chromium, harness + sandbox)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/ui.json" npx playwright test --config test/ui/playwright.config.ts --reporter=list,json

step "adversarial browser tests (Playwright, Debian Chromium: hostile server text, renderer heap snapshot)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/adversarial.json" npx playwright test --config test/adversarial/playwright.config.ts --reporter=list,json

step "Electron end-to-end tests (Playwright _electron)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" npx playwright test --config test/e2e/playwright.config.ts --reporter=list,json

echo
npx tsx scripts/count-results.ts "$results"
