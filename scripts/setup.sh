#!/usr/bin/env bash
# Installs what schooldash needs on a Debian machine, only when it is missing:
# Cairo's headers, pkg-config, zlib's and libzip's headers, and a sans-serif family with
# complete Vietnamese coverage (Noto Sans, DejaVu Sans as the fallback).
# Runs apt-get as root directly, else through sudo, else stops and names the packages.
set -euo pipefail

missing=()
pkg-config --version >/dev/null 2>&1 || missing+=(pkg-config)
pkg-config --exists cairo 2>/dev/null || missing+=(libcairo2-dev)
pkg-config --exists zlib 2>/dev/null || missing+=(zlib1g-dev)
pkg-config --exists libzip 2>/dev/null || missing+=(libzip-dev)
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
fc-list 2>/dev/null | grep -q 'NotoSans-Regular\.ttf' || missing+=(fonts-noto-core)
fc-list 2>/dev/null | grep -q 'DejaVuSans\.ttf' || missing+=(fonts-dejavu-core)
if [ "${SCHOOLDASH_TOOLS:-}" = "1" ]; then
  # Tools the tests use to look inside PDFs (pdftotext, pdfinfo, pdffonts).
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  # LibreOffice Calc, headless: a test converts CSV to a workbook with it and loads the result.
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
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
