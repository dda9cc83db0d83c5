#!/usr/bin/env bash
# serve.sh: install what is missing, build the web app and serve it on http://127.0.0.1:8080 (Ctrl+C stops).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --web
bash scripts/build_web.sh
[ -d node_modules ] || true
echo "Open http://127.0.0.1:${PORT:-8080}/ in a browser."
exec node scripts/static_server.mjs build/web/site "${PORT:-8080}"
