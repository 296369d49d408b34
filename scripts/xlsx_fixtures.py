#!/usr/bin/env python3
"""Writes the inputs from which scripts/make-xlsx-fixtures.sh makes the workbooks the tests read:
flat OpenDocument spreadsheets (.fods) for LibreOffice to convert, workbooks written by openpyxl,
one hand-made workbook without cell references, and two zip bombs.

Usage: xlsx_fixtures.py fods OUT_DIR        the .fods files (LibreOffice turns them into .xlsx)
       xlsx_fixtures.py openpyxl OUT_DIR    the openpyxl workbooks
       xlsx_fixtures.py handmade OUT_DIR    no-references.xlsx, bomb-ratio.zip, bomb-lying.zip
       xlsx_fixtures.py demo CSV_DIR OUT    the demo set as one .fods of two sheets"""
import csv
import os
import re
import struct
import sys
import unicodedata
import zipfile
from xml.sax.saxutils import escape

HEADER = ["school.id", "school.name", "school.ward", "period", "students.enrolled",
          "students.conduct.scheme", "students.conduct.tot", "students.conduct.kha",
          "students.conduct.trung-binh", "students.conduct.yeu", "students.conduct.reportedPercent.tot",
          "students.promotion.percent"]
LABELS = ["Mã trường", "Tên trường", "Phường, xã", "Kỳ báo cáo", "Số học sinh", "Thang đánh giá",
          "Tốt", "Khá", "Trung bình", "Yếu", "Tỉ lệ Tốt (%)", "Tỉ lệ lên lớp (%)"]
TARGET_HEADER = ["school.id", "period", "name", "unit", "min", "max", "better", "actual", "achieved", "metric"]


class Formula:
    def __init__(self, text):
        self.text = text


class Rich:
    """Text with a bold run: LibreOffice writes it as a shared string of two rich-text runs."""
    def __init__(self, plain, bold):
        self.plain, self.bold = plain, bold


class Percent:
    def __init__(self, value):
        self.value = value


# --- flat OpenDocument -------------------------------------------------------------------------

def fods_cell(value):
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, Formula):
        return '<table:table-cell table:formula="%s"/>' % escape(value.text, {'"': "&quot;"})
    if isinstance(value, Rich):
        return ('<table:table-cell office:value-type="string"><text:p>%s<text:span text:style-name="T1">%s</text:span>'
                "</text:p></table:table-cell>" % (escape(value.plain), escape(value.bold)))
    if isinstance(value, Percent):
        return ('<table:table-cell table:style-name="ce1" office:value-type="percentage" office:value="%r">'
                "<text:p>%s%%</text:p></table:table-cell>" % (value.value, value.value * 100))
    if isinstance(value, bool):
        return ('<table:table-cell table:style-name="ce2" office:value-type="boolean" office:boolean-value="%s"><text:p>%s</text:p>'
                "</table:table-cell>" % (str(value).lower(), str(value).upper()))
    if isinstance(value, (int, float)):
        return ('<table:table-cell office:value-type="float" office:value="%r"><text:p>%r</text:p></table:table-cell>'
                % (value, value))
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(value)


def fods(tables):
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n'
             '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
             'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
             'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
             'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
             'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
             'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
             'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
             'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
             '<office:automatic-styles>'
             '<number:percentage-style style:name="N1"><number:number number:decimal-places="1" '
             'number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>'
             '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>'
             '<number:boolean-style style:name="N2"><number:boolean/></number:boolean-style>'
             '<style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>'
             '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
             '</office:automatic-styles><office:body><office:spreadsheet>']
    for name, rows in tables:
        parts.append('<table:table table:name="%s">' % escape(name, {'"': "&quot;"}))
        for row in rows:
            parts.append("<table:table-row>" + "".join(fods_cell(value) for value in row) + "</table:table-row>")
        parts.append("</table:table>")
    parts.append("</office:spreadsheet></office:body></office:document>\n")
    return "".join(parts)


def write(path, text):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def make_fods(out):
    # Formulas whose results LibreOffice computes and caches: the total as a SUM of the counts, a
    # count as a difference, and one formula that divides by zero (an error value, #DIV/0!).
    formulas = [HEADER,
                ["thcs-cong-thuc", "Trường THCS Công Thức", "Phường 1", 2021, Formula("of:=SUM([.G2:.J2])"),
                 "conduct-2011", 661, 33, 3, 1, None, 99.86],
                ["thcs-cong-thuc", "Trường THCS Công Thức", "Phường 1", 2022, 700,
                 "conduct-2011", 600, Formula("of:=[.E3]-[.G3]-[.I3]-[.J3]"), 8, 2, None, None],
                ["thcs-chia-khong", "Trường THCS Chia Không", "Phường 1", 2022, 700,
                 "conduct-2011", 600, 90, 8, 2, Formula("of:=[.G4]/0"), None]]
    write(os.path.join(out, "libreoffice-formulas.fods"), fods([("Bản ghi", formulas)]))
    # Percent-formatted cells: what shows as 94.7 % is stored as 0.947.
    percent = [["Báo cáo tổng kết năm học 2020–2021"], HEADER, LABELS,
               ["thcs-phan-tram", Rich("Trường THCS ", "Phần Trăm"), "Phường 2", 2021, 698, "conduct-2011",
                661, 33, 3, 1, Percent(0.947), Percent(0.9986)],
               ["thcs-phan-tram-sai", "Trường THCS Phần Trăm Sai", "Phường 2", 2021, Percent(0.5), "conduct-2011",
                661, 33, 3, 1, 94.7, 99.86]]
    write(os.path.join(out, "libreoffice-percent.fods"), fods([("Bản ghi", percent)]))


# --- openpyxl ----------------------------------------------------------------------------------

def make_openpyxl(out):
    from openpyxl import Workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    book = Workbook()
    guide = book.active
    guide.title = "Hướng dẫn"
    guide["A1"] = "Điền mỗi trường một dòng vào trang Bản ghi."
    records = book.create_sheet("Bản ghi")
    records.append(["Báo cáo tổng kết (openpyxl)"])
    records.append(HEADER)
    records.append(LABELS)
    name = CellRichText("Trường THCS ", TextBlock(InlineFont(b=True), "Kỳ Phương"))
    nfd_ward = unicodedata.normalize("NFD", "  Phường Kỳ Phương  ")
    records.append(["thcs-ky-phuong", name, nfd_ward, 2021, 698.0, "conduct-2011", 661.0, 33.0, 3.0, 1.0, 94.7, 99.86])
    records.append([])
    records.append([None, None, None, None, None, "conduct-2011"])  # a template's pre-filled scheme
    records.append(["thcs-em", "Trường THCS Em", "Phường 1", 2021, "698 em", "conduct-2011", 661, 33, 3, 1, None, None])
    records.append(["thcs-nua", "Trường THCS Nửa", "Phường 1", 2021, 698, "conduct-2011", 661.5, 33, 3, 1, None, None])
    # openpyxl writes formulas without their results: a program that does not calculate.
    records.append(["thcs-chua-tinh", "Trường THCS Chưa Tính", "Phường 1", 2021, "=SUM(G9:J9)", "conduct-2011",
                    661, 33, 3, 1, None, None])
    targets = book.create_sheet("Chỉ tiêu")
    targets.append(TARGET_HEADER)
    targets.append(["thcs-ky-phuong", 2021, "Học sinh giỏi tỉnh", "giải", 4, 6, None, 5, None, None])
    targets.append(["thcs-ky-phuong", 2021, "Liên đội vững mạnh", None, None, None, None, None, True, None])
    targets.append(["thcs-ky-phuong", 2021, "Chi bộ trong sạch", None, None, None, None, None, False, None])
    examples = book.create_sheet("Ví dụ")
    examples.append(HEADER)
    examples.append(["thcs-vi-du", "Trường THCS Ví Dụ", "Phường 9", 2021, 10, "conduct-2011", 10, 0, 0, 0, None, None])
    # Examples known by their cell A1, whatever the sheet's name.
    sample = book.create_sheet("Mẫu")
    sample.append(["Example: how a row is filled in (not loaded)"])
    sample.append(HEADER)
    sample.append(["thcs-mau", "Trường THCS Mẫu", "Phường 9", 2021, 10, "conduct-2011", 10, 0, 0, 0, None, None])
    book.save(os.path.join(out, "openpyxl-cells.xlsx"))

    # The same shared-string table and cells as inline strings (<c t="inlineStr"><is>…</is></c>),
    # as write-only openpyxl and many exporters write them.
    stream = Workbook(write_only=True)
    sheet = stream.create_sheet("records")
    sheet.append(HEADER)
    sheet.append(["thcs-noi-dong", "Trường THCS Nội Dòng", "Phường 3", "2021", 10, "conduct-2011", 7, 2, 1, 0, None, None])
    stream.save(os.path.join(out, "openpyxl-inline.xlsx"))


# --- by hand -----------------------------------------------------------------------------------

def fixed_zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def package(sheet_xml, shared=None):
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    entries = [
        ("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % rel),
        ("xl/workbook.xml", '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                            'xmlns:r="%s"><x:sheets><x:sheet name="Sheet1" sheetId="1" r:id="rId1"/></x:sheets>'
                            '</x:workbook>' % rel),
        ("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                       '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
                                       '<Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
                                       '</Relationships>' % (rel, rel)),
        ("xl/worksheets/sheet1.xml", '<worksheet %s><sheetData>%s</sheetData></worksheet>' % (ns, sheet_xml)),
    ]
    entries.append(("xl/sharedStrings.xml", '<sst %s>%s</sst>' % (ns, shared or "")))
    return entries


def make_handmade(out):
    # Rows and cells without `r` attributes (LibreOffice leaves them out of some rows), a prefixed
    # namespace (x:), an empty shared string <si><t/></si>, rich-text runs with a phonetic guide,
    # `xml:space="preserve"`, an escaped character (_x000D_) and a CDATA section.
    shared = ('<si><t>school.id</t></si><si><t>period</t></si><si><t>school.name</t></si><si><t/></si>'
              '<si><r><t xml:space="preserve">Trường </t></r><r><rPr><b/></rPr><t>THCS</t></r>'
              '<rPh sb="0" eb="1"><t>ふりがな</t></rPh></si><si><t>a_x000D_b</t></si>')
    sheet = ('<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>'
             '<row><c t="inlineStr"><is><t>thcs-x</t></is></c><c><v>2021</v></c><c t="s"><v>4</v></c><c t="s"><v>3</v></c>'
             '<c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c t="str"><f>A1</f><v><![CDATA[x<y]]></v></c><c><f>B2</f></c>'
             '<c t="s"><v>5</v></c></row>'
             '<row r="5"><c r="C5"><v>0.5</v></c><c><v>1E-3</v></c></row>')
    fixed_zip(os.path.join(out, "no-references.xlsx"), package(sheet, shared))
    # A zip bomb by its ratio: 120 MB of zeros in about 120 KB.
    fixed_zip(os.path.join(out, "bomb-ratio.zip"), [("zeros.txt", b"\0" * (120 << 20))])
    # A workbook whose sheet is a zip bomb: 120 MB of spaces in about 120 KB.
    entries = [(name, data) for name, data in package("", "") if name != "xl/worksheets/sheet1.xml"]
    fixed_zip(os.path.join(out, "bomb.xlsx"), entries + [("xl/worksheets/sheet1.xml", b" " * (120 << 20))])
    # A zip bomb that lies: it declares 1,000 bytes and holds 10 MB.
    path = os.path.join(out, "bomb-lying.zip")
    fixed_zip(path, [("zeros.txt", b"\0" * (10 << 20))])
    data = bytearray(open(path, "rb").read())
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, local + 22, 1000)
    struct.pack_into("<I", data, central + 24, 1000)
    open(path, "wb").write(bytes(data))


# --- the demo set ------------------------------------------------------------------------------

GROUPED = re.compile(r"^-?\d{1,3}(\.\d{3})+$")
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def demo_value(text, column):
    text = text.strip()
    if not text:
        return None
    if column == "achieved" and text.lower() in ("có", "true", "không", "false"):
        return text.lower() in ("có", "true")
    if column.endswith(".grades") or column in ("school.id", "period", "name", "unit", "better", "metric"):
        return text
    number = text.replace(".", "") if GROUPED.match(text) else text
    number = number.replace(",", ".")
    if NUMBER.match(number):
        value = float(number)
        return int(value) if value.is_integer() and "." not in number else value
    return text


def make_demo(csv_dir, out):
    tables = []
    for file, sheet in (("records.csv", "Bản ghi"), ("targets.csv", "Chỉ tiêu")):
        with open(os.path.join(csv_dir, file), newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle, delimiter=";"))
        header = rows[0]
        tables.append((sheet, [header] + [[demo_value(text, column) for text, column in zip(row, header)]
                                          for row in rows[1:]]))
    write(out, fods(tables))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "fods":
        make_fods(sys.argv[2])
    elif command == "openpyxl":
        make_openpyxl(sys.argv[2])
    elif command == "handmade":
        make_handmade(sys.argv[2])
    elif command == "demo":
        make_demo(sys.argv[2], sys.argv[3])
