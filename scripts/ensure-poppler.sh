#!/usr/bin/env bash
# Makes sure poppler-utils' pdftotext, pdftoppm and pdfinfo are installed (Debian's 'poppler-utils'
# package): the report tests read the PDF's text back and render its first page with them, an
# extractor independent of the library that wrote the PDF. Idempotent; prints one line saying
# what it did. Waits for another apt-get or dpkg run to finish rather than failing on its lock.
set -euo pipefail

TOOLS=(pdftotext pdftoppm pdfinfo)

missing() {
  for t in "${TOOLS[@]}"; do command -v "$t" >/dev/null 2>&1 || return 0; done
  return 1
}

if ! missing; then
  echo "ensure-poppler: pdftotext, pdftoppm and pdfinfo already present ($(pdftotext -v 2>&1 | head -n 1))"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-poppler: pdftotext, pdftoppm or pdfinfo is missing and apt-get is not available; install poppler-utils by hand" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "ensure-poppler: pdftotext, pdftoppm or pdfinfo is missing and installing poppler-utils needs root (or sudo)" >&2
    exit 1
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
LOCK_WAIT=(-o DPkg::Lock::Timeout=300)
install() {
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${LOCK_WAIT[@]}" poppler-utils
}
# Try with the package lists already on the machine first; update them only when that fails.
if ! install >"$log" 2>&1; then
  if ! { $SUDO apt-get update -qq "${LOCK_WAIT[@]}" && install; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "ensure-poppler: could not install Debian's 'poppler-utils' package with apt-get (see above)" >&2
    exit 1
  fi
fi

if missing; then
  echo "ensure-poppler: apt-get finished but pdftotext, pdftoppm or pdfinfo is still missing" >&2
  exit 1
fi

echo "ensure-poppler: installed poppler-utils with apt-get ($(pdftotext -v 2>&1 | head -n 1))"
