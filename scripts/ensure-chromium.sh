#!/usr/bin/env bash
# Makes sure Debian's chromium is installed at /usr/bin/chromium (browser tests use it through
# playwright-core; no browser is ever downloaded). Idempotent; prints one line saying what it did.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  echo "ensure-chromium: $CHROMIUM already present ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing and apt-get is not available; install Debian's 'chromium' package by hand" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "ensure-chromium: $CHROMIUM is missing and installing it needs root (or sudo)" >&2
    exit 1
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { $SUDO apt-get update -qq \
  && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$log" 2>&1; then
  tail -n 20 "$log" >&2
  echo "ensure-chromium: could not install Debian's 'chromium' package with apt-get (see above)" >&2
  exit 1
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi

echo "ensure-chromium: installed chromium with apt-get ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
