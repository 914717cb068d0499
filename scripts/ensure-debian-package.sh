#!/usr/bin/env bash
# Makes sure a Debian package's commands are installed: ensure-debian-package.sh PACKAGE COMMAND...
# (chromium for the browser tests, driven by playwright-core, never a downloaded browser;
# poppler-utils' pdftotext, pdftoppm and pdfinfo for the report tests). Idempotent; prints one
# line saying what it did. Tries the package lists already on the machine first and updates them
# only when that fails; waits for another apt-get or dpkg run rather than failing on its lock.
set -euo pipefail

PACKAGE=${1:?usage: ensure-debian-package.sh PACKAGE COMMAND...}
shift
COMMANDS=("$@")
[ ${#COMMANDS[@]} -gt 0 ] || COMMANDS=("$PACKAGE")
NAME="ensure-debian-package ($PACKAGE)"

missing() {
  for c in "${COMMANDS[@]}"; do command -v "$c" >/dev/null 2>&1 || return 0; done
  return 1
}

if ! missing; then
  echo "$NAME: ${COMMANDS[*]} already present"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "$NAME: ${COMMANDS[*]} missing and apt-get is not available; install Debian's '$PACKAGE' by hand" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "$NAME: ${COMMANDS[*]} missing and installing '$PACKAGE' needs root (or sudo)" >&2
    exit 1
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
LOCK_WAIT=(-o DPkg::Lock::Timeout=300)
install() {
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${LOCK_WAIT[@]}" "$PACKAGE"
}
if ! install >"$log" 2>&1; then
  if ! { $SUDO apt-get update -qq "${LOCK_WAIT[@]}" && install; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "$NAME: could not install Debian's '$PACKAGE' with apt-get (see above)" >&2
    exit 1
  fi
fi

if missing; then
  echo "$NAME: apt-get finished but ${COMMANDS[*]} is still missing" >&2
  exit 1
fi

echo "$NAME: installed with apt-get"
