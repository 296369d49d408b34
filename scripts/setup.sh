#!/usr/bin/env bash
# Installs what schooldash needs on a Debian machine, only when it is missing:
# Cairo's headers, pkg-config, zlib's, libzip's and libxlsxwriter's headers, and a sans-serif
# family with complete Vietnamese coverage (Noto Sans, DejaVu Sans as the fallback for rare
# characters Noto lacks in user text).
# Runs apt-get as root directly, else through sudo, else stops and names the packages.
set -euo pipefail

# (No grep -q after a pipe: with pipefail, the writer's SIGPIPE would count as missing.)
missing=()
pkg-config --version >/dev/null 2>&1 || missing+=(pkg-config)
pkg-config --exists cairo 2>/dev/null || missing+=(libcairo2-dev)
pkg-config --exists zlib 2>/dev/null || missing+=(zlib1g-dev)
pkg-config --exists libzip 2>/dev/null || missing+=(libzip-dev)
pkg-config --exists xlsxwriter 2>/dev/null || missing+=(libxlsxwriter-dev)
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
fc-list 2>/dev/null | grep 'NotoSans-Regular\.ttf' >/dev/null || missing+=(fonts-noto-core)
fc-list 2>/dev/null | grep 'DejaVuSans\.ttf' >/dev/null || missing+=(fonts-dejavu-core)
if [ "${SCHOOLDASH_TOOLS:-}" = "1" ]; then
  # Tools the tests use to look inside PDFs (pdftotext, pdfinfo, pdffonts) and to check them (qpdf).
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
  # Real clients for the Office files: LibreOffice Writer and Calc open and convert them headless,
  # openpyxl reads the workbooks and fills the template (scripts/fill-template.py).
  for office in libreoffice-writer-nogui libreoffice-calc-nogui; do
    dpkg-query -W -f='${Status}' "$office" 2>/dev/null | grep 'ok installed' >/dev/null || missing+=("$office")
  done
  # openpyxl for the python3 on PATH: pip where that python allows it (a pyenv or venv python),
  # else Debian's package (the system python refuses pip).
  if ! python3 -c 'import openpyxl' >/dev/null 2>&1; then
    python3 -m pip install -q openpyxl >/dev/null 2>&1 || missing+=(python3-openpyxl)
  fi
fi

[ ${#missing[@]} -eq 0 ] && exit 0

echo "schooldash setup: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1; then
  run=(sudo)
else
  echo "schooldash setup: please install these Debian packages as root: ${missing[*]}" >&2
  echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq >/dev/null
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fc-cache -f >/dev/null 2>&1 || true
