# Shared by run-load.sh and run-soak.sh (sourced, not run): the repository root as the working directory, the wrk
# script's path, and wrk itself (installed with apt-get when missing).
script_dir=$(cd "$(dirname "$0")" && pwd)
repo_root=$(cd "$script_dir/../.." && pwd)
cd "$repo_root"
lua="$script_dir/lua/load.lua"

if ! command -v wrk >/dev/null 2>&1; then
  echo "== installing wrk (apt-get)"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq wrk >/dev/null
fi
