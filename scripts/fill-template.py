#!/usr/bin/env python3
"""Fills a `schooldash template` workbook with the rows of CSV files, as a person typing would.

    scripts/fill-template.py IN.xlsx OUT.xlsx RECORDS.csv [TARGETS.csv] [--percent-cells]

Each CSV file (a records file or a targets file of docs/format.md, `,` or `;` separated) goes
to the sheet whose header row holds its column names: the header is found by its names, never
by position, in any sheet whose name does not start with "Ví dụ" or "Example"; the rows are
typed below the last filled row under that header. Cells are typed as Excel would store them:
numbers as numbers, except in columns formatted as text (`@`), which keep the text. With
--percent-cells, percents (`….percent`, `….reportedPercent.…`) are typed the way "94,7%" is
typed in Excel: the fraction 0.947 with a percent number format.

A CSV column that the template has no column for is an error (exit 1): the template must hold
every column schooldash writes. Needs openpyxl.
"""
import csv
import sys

import openpyxl

EXAMPLE_PREFIXES = ("Ví dụ", "Example")


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as file:
        text = file.read()
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if ";" in first_line else ","
    rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
    return delimiter, rows[0], rows[1:]


def number(text, delimiter):
    """The number a cell's text stands for, or None. With `;`, a decimal comma and grouping dots."""
    value = text.strip()
    if delimiter == ";":
        if "," in value:
            value = value.replace(".", "").replace(",", ".")
        elif value.count(".") >= 1 and all(len(group) == 3 for group in value.split(".")[1:]) and len(value.split(".")[0]) <= 3:
            value = value.replace(".", "")
    try:
        if value.lstrip("-").isdigit():
            return int(value)
        result = float(value)
        return result if result == result and abs(result) != float("inf") else None
    except ValueError:
        return None


def find_header(workbook, names, without):
    """The sheet and row (1-based) whose cells hold all of `names` and none of `without`, with its column of each name."""
    for sheet in workbook.worksheets:
        if sheet.title.startswith(EXAMPLE_PREFIXES):
            continue
        for row in sheet.iter_rows(min_row=1, max_row=min(sheet.max_row, 30)):
            columns = {str(cell.value).strip(): cell.column for cell in row if cell.value is not None}
            if all(name in columns for name in names) and not any(name in columns for name in without):
                return sheet, row[0].row, columns
    return None, None, None


def is_percent(name):
    return name.endswith(".percent") or ".reportedPercent." in name


def fill(workbook, path, percent_cells):
    delimiter, header, rows = read_csv(path)
    keys = ["school.id", "period", "name"] if "name" in header else ["school.id", "period"]
    sheet, header_row, columns = find_header(workbook, keys, [] if "name" in header else ["name"])
    if sheet is None:
        sys.exit(f"fill-template: {path}: no sheet has a header row with {', '.join(keys)}")
    missing = [name for name in header if name not in columns]
    if missing:
        sys.exit(f"fill-template: {path}: the sheet {sheet.title} has no column {', '.join(missing)}")
    next_row = header_row + 1
    for row in sheet.iter_rows(min_row=header_row + 1):
        if any(cell.value is not None for cell in row):
            next_row = row[0].row + 1
    for values in rows:
        if not any(value.strip() for value in values):
            continue
        for name, text in zip(header, values):
            if not text.strip():
                continue
            column = columns[name]
            letter = openpyxl.utils.get_column_letter(column)
            cell = sheet.cell(row=next_row, column=column)
            value = number(text, delimiter)
            if value is None or sheet.column_dimensions[letter].number_format == "@":
                cell.value = text
                cell.number_format = "@"
            elif percent_cells and is_percent(name):
                decimals = len(text.strip().replace(",", ".").partition(".")[2])
                cell.value = value / 100
                cell.number_format = "0" + ("." + "0" * decimals if decimals else "") + "%"
            else:
                cell.value = value
        next_row += 1


def main(arguments):
    percent_cells = "--percent-cells" in arguments
    arguments = [argument for argument in arguments if argument != "--percent-cells"]
    if len(arguments) < 3:
        sys.exit(__doc__)
    source, target, files = arguments[0], arguments[1], arguments[2:]
    workbook = openpyxl.load_workbook(source)
    for path in files:
        fill(workbook, path, percent_cells)
    workbook.save(target)


if __name__ == "__main__":
    main(sys.argv[1:])
