#!/usr/bin/env bash
# Install the Debian packages the project needs when they are missing (root on Debian).
# Usage: scripts/debian-deps.sh test|run
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ "${1:-run}" = "test" ] || [ "${1:-run}" = "run" ]; then
  command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
  [ -d /usr/share/fonts/truetype/liberation2 ] || need+=(fonts-liberation2)
  command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
fi
[ ${#need[@]} -eq 0 ] && exit 0
echo "Cài gói Debian còn thiếu: ${need[*]}"
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}"
