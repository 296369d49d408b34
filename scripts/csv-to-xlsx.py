#!/usr/bin/env python3
"""Writes CSV files as one workbook with openpyxl, one sheet per CSV (named after the file),
numbers as numbers: how a large workbook for `make bench` and the timing in docs/benchmarks.md
is made.  Usage: csv-to-xlsx.py OUT.xlsx A.csv [B.csv …]"""
import csv
import os
import sys

from openpyxl import Workbook


def cell(text):
    try:
        number = float(text)
    except ValueError:
        return text if text else None
    return int(number) if number.is_integer() and "." not in text else number


def main():
    out, inputs = sys.argv[1], sys.argv[2:]
    book = Workbook(write_only=True)
    for path in inputs:
        sheet = book.create_sheet(os.path.splitext(os.path.basename(path))[0])
        with open(path, newline="", encoding="utf-8-sig") as handle:
            for number, row in enumerate(csv.reader(handle)):
                sheet.append(row if number == 0 else [cell(text) for text in row])
    book.save(out)


if __name__ == "__main__":
    main()
