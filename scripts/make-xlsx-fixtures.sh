#!/usr/bin/env bash
# Remakes the workbooks and encoded CSV files the tests read, from their real producers:
# LibreOffice Calc headless (soffice --convert-to xlsx, from .fods written by xlsx_fixtures.py),
# openpyxl, iconv (Windows-1258, UTF-16) and a few made by hand (zip bombs, a workbook without
# cell references). Also the demo set as a workbook, Samples/demo/xlsx/demo.xlsx.
# Needs soffice (libreoffice-calc-nogui), python3 with openpyxl, iconv.
set -euo pipefail
cd "$(dirname "$0")/.."
fixtures=Tests/SchoolMetricsTests/Fixtures/xlsx
container=Tests/OfficeContainerTests/Fixtures
encodings=Tests/SchoolMetricsTests/Fixtures/encodings
mkdir -p "$fixtures" "$container" "$encodings" Samples/demo/xlsx
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 scripts/xlsx_fixtures.py fods "$work"
python3 scripts/xlsx_fixtures.py demo Samples/demo/csv "$work/demo.fods"
# A profile of its own, so that a LibreOffice already open elsewhere does not take the job.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to xlsx --outdir "$work" \
  "$work/libreoffice-formulas.fods" "$work/libreoffice-percent.fods" "$work/demo.fods" >/dev/null
cp "$work/libreoffice-formulas.xlsx" "$work/libreoffice-percent.xlsx" "$fixtures/"
cp "$work/demo.xlsx" Samples/demo/xlsx/demo.xlsx

python3 scripts/xlsx_fixtures.py openpyxl "$fixtures"
python3 scripts/xlsx_fixtures.py handmade "$container"
mv "$container/bomb.xlsx" "$fixtures/bomb.xlsx"

# CSV as Excel saves it on Windows: Windows-1258 ("CSV (Comma delimited)" on a Vietnamese system;
# iconv writes the tone marks as combining characters, as the code page does), and "Unicode
# Text" (UTF-16 LE with its byte-order mark, tab-separated), and UTF-16 BE with ';'.
sample='school.id,school.name,school.ward,period,students.enrolled
thcs-ky-phuong,Trường THCS Kỳ Phương,Phường Kỳ Phương,2021,698
'
printf '%s' "$sample" | iconv -f UTF-8 -t CP1258 > "$encodings/windows-1258.csv"
{ printf '\xff\xfe'; printf '%s' "$sample" | tr ',' '\t' | iconv -f UTF-8 -t UTF-16LE; } > "$encodings/utf-16le-tab.csv"
{ printf '\xfe\xff'; printf '%s' "$sample" | tr ',' ';' | iconv -f UTF-8 -t UTF-16BE; } > "$encodings/utf-16be-semicolon.csv"
# Neither UTF-8 nor Windows-1258: a byte 0x81 (undefined in the code page) on line 2.
{ printf 'school.id,school.name,school.ward,period\nthcs-a,Tr\x81\xe6\xf4ng A,P1,2021\n'; } > "$encodings/unknown.csv"
echo "fixtures written to $fixtures, $container, $encodings and Samples/demo/xlsx"
