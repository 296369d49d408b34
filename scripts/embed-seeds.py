#!/usr/bin/env python3
"""Writes Sources/SchoolMetrics/Output/Template/TemplateExamples.swift from Samples/seeds/*.json.

The template's example sheets show the two real reports; the command must not depend on the
folder it runs in, so their JSON is kept in the source. TemplateTests checks the copy.
Run from the repository's root: scripts/embed-seeds.py
"""
import glob

parts = []
for path in sorted(glob.glob("Samples/seeds/*.json")):
    with open(path, encoding="utf-8") as file:
        text = file.read()
    assert '"""#' not in text and text.endswith("\n"), path
    parts.append(f'        ("{path.split("/")[-1]}", #"""\n{text}"""#),\n')

source = '''/// The two real reports of `Samples/seeds`, shown on the template's example sheets.
///
/// A copy, because the command must not depend on the folder it runs in; `TemplateTests`
/// checks that it is byte for byte the files in `Samples/seeds` (remake this file with
/// `scripts/embed-seeds.py` when they change). Each text lacks the file's final line break.
enum TemplateExamples {
    /// File name and JSON text of each seed, in file-name order.
    static let seeds: [(name: String, json: String)] = [
''' + "".join(parts) + '''    ]
}
'''
with open("Sources/SchoolMetrics/Output/Template/TemplateExamples.swift", "w", encoding="utf-8") as file:
    file.write(source)
