/// The text of `--help` for the tool and for each command.
enum HelpText {
    static let version = "0.1.0"

    static func text(for topic: String?) -> String? {
        switch topic {
        case nil: tool
        case "check": check
        case "build": build
        case "metrics": metrics
        case "gallery": gallery
        case "charts": charts
        case "summary": summary
        case "report": report
        case "sample": sample
        case "merge-manifests": mergeManifests
        case "import": importReports
        case "template": template
        default: nil
        }
    }

    static let tool = """
    schooldash — dashboards from the year-end reports of Vietnamese schools and their party cells.

    Usage: schooldash <command> [INPUT…] [options]

    Commands:
      check     load the records and report every error and warning in them
      build     draw the dashboards into an output folder
      metrics   print the computed figures as JSON
      charts    single charts of a school or a ward, sized for a report page
      summary   the figures of a school or a ward as sentences for the next report
      report    the figures of a school or a ward as a Word document (.docx) for the year-end report
      gallery   draw every chart kind on a stress set, to look at the drawing engine
      sample    write a synthetic dataset of any size, for demos and benchmarks
      merge-manifests  join the manifests of sharded builds into one
      import    read a year-end report (.txt or .docx) into records, each figure with its sentence
      template  write an Excel workbook to fill in: instructions, records and targets sheets, examples

    INPUT is a JSON, CSV or Excel (.xlsx) file, a year-end report (.txt, .docx, imported on the
    fly), or a folder searched for *.json, *.csv and *.xlsx (default: Samples).
    Exit codes: 0 ok (warnings alone too), 1 data errors, 2 usage or I/O error.

    Example:
      schooldash check Samples/seeds
    Run 'schooldash <command> --help' for a command's options.
    """

    static let importReports = """
    Usage: schooldash import REPORT… [--out FILE] [--json] [--school-id ID] [--school-name N]
                             [--period P] [--province P] [--district D] [--ward W] [--lang vi|en]

    Reads year-end reports — plain text (UTF-8, any line ending) or Word .docx — and turns their
    figures into records of the input format: the reported period (school, places, conduct and
    academic results, rates, party members and their classification, the cell's rating) and, when
    the report sets targets for the next period, a second record with those targets. Each record
    carries "sources" (for every figure: its field, value, line and sentence) and "review" (figures
    it read but did not place, contradictions, remarks in parentheses), which check shows as warnings.
    Nothing uncertain goes into a record silently. Decree numbers, dates, anniversaries, ranks and
    counts of rules are never read as figures.

      --out FILE       write the records (a JSON array) to FILE; without it nothing is written
      --json           print the records as JSON instead of the listing for people
      --school-id ID   the school's id ([a-z0-9-]+) when one report is given (default: from its name)
      --school-name N  the school's name when one report is given ("Trường THCS Điền Xá")
      --period P       the reporting period (2021, 2020-2021) when the report names no year;
                       the targets it sets are for the period after it
      --province P, --district D, --ward W
                       places the report does not name (they replace what it says)
      --lang vi|en     the language of the listing (default vi)

    A report that does not name its school, ward or period still gives a record with every figure
    read; the missing fields are listed with the option that supplies each, the record is written
    without them, and check and build name them until they are filled. A district office's summary
    of its schools ("toàn huyện có …") is not a school's report: no record is made of it.

    The reports may also be given straight to check, metrics, build, charts and summary, which
    import them on the fly (their review items are warnings).

    Exit codes: 0 records made (items to review and missing identity fields are not errors here;
    check refuses a record until its identity is given), 1 a report gave no record (no figures, a
    district's summary, an unreadable .docx), 2 usage or I/O error.

    Example:
      schooldash import report-2021.docx --province "Hà Tĩnh" --out imported.json && schooldash check imported.json
    """

    static let template = """
    Usage: schooldash template [--out FILE.xlsx] [--lang vi|en]

    Writes a workbook for typing in the figures of year-end reports in Excel or LibreOffice:
    a first sheet of instructions (what each sheet is for, how to write a rate as a count or a
    percent, the schemes and their categories, what to run next); a records sheet and a targets
    sheet whose row 2 holds the CSV column names of docs/format.md, with each column's label in
    row 1 and a note on its header cell, the header frozen, and checks on the cells (lists for
    schemes, yes/no and better; whole numbers from 0 for counts; 0 to 100 for percents); and the
    figures of the two real reports in Samples/seeds on sheets named "Ví dụ …" ("Example …"),
    which schooldash never loads. The same options give the same bytes (the workbook's date is
    SOURCE_DATE_EPOCH, or 2000-01-01).

      --out FILE.xlsx  the workbook to write (default Output/mau-nhap-lieu.xlsx, with --lang en
                       Output/template.xlsx); its folder is created if missing, and the file is
                       written there under a temporary name and renamed when complete
      --lang vi|en     the language of the instructions, labels and notes (default vi)

    Ghi một sổ tính Excel để nhập số liệu báo cáo tổng kết: trang Hướng dẫn, trang Bản ghi và
    Chỉ tiêu (dòng 1 là tên cột tiếng Việt, dòng 2 là tên cột schooldash đọc, ô có điều kiện),
    và hai trang Ví dụ với số liệu của hai báo cáo thật. Điền xong, lưu lại rồi chạy
    schooldash build truong.xlsx.

    Exit codes: 0 written, 2 usage or I/O error (the folder cannot be made, the disk is full).

    Example:
      schooldash template --out truong.xlsx && schooldash build truong.xlsx
    """

    static let sample = """
    Usage: schooldash sample --schools N [--seed S] [--periods K] [--out DIR] [--format json|csv]

    Writes a synthetic dataset: provinces, districts, wards of 3–25 schools (numbered wards such as
    "Phường 1" repeat across districts), preschool to upper-secondary schools with realistic results,
    mixed-year records, rates as counts or percents, party cells, targets of every kind, and some
    sections missing. The same options always give the same files.

      --schools N      how many schools (1 to 1,000,000)
      --seed S         the seed of the generator (default 1)
      --periods K      consecutive periods per school, ending in 2024 (default 1)
      --out DIR        the folder to write (default Output/sample)
      --format F       json: one file per province part (default); csv: records.csv and targets.csv

    Example:
      schooldash sample --schools 2000 --out /tmp/sample && schooldash build /tmp/sample --out /tmp/out
    """

    static let mergeManifests = """
    Usage: schooldash merge-manifests MANIFEST… [--out FILE]

    Joins the manifest.json files of the parts of a sharded build (build --shard K/N) into one, in
    part order, as one build on one machine would have written it. Paths stay relative to the
    output folder, so give every part the same --out folder (or copy the parts into one). A path
    listed by two parts, or a manifest that is not a build's manifest, is an error (exit 1 or 2).

      --out FILE   where to write the merged manifest (default: standard output)

    Example:
      schooldash merge-manifests Output/manifest-*-of-4.json --out Output/manifest.json
    """

    static let charts = """
    Usage: schooldash charts [INPUT…] --school ID | --ward NAME [--period P] [--chart NAME,…]
                             [--format png|svg|pdf] [--dpi N] [--size 16x9cm] [--lang vi|en] [--out DIR]

    Draws each chart of a dashboard on its own, sized for a Word page, into DIR/charts/ and
    adds the files to DIR/manifest.json. Without --period, the latest period of the school or ward.

    Options:
      --school ID      a school's id
      --ward NAME      a ward's name (every ward of that name)
      --period P       the period (default: the latest)
      --chart LIST     kpis, conduct, academic, classification, targets, rates (default: all)
      --format F       png, svg or pdf (default png)
      --dpi N          resolution of PNG files, 36 to 1200 (default 150)
      --size WxH       16x9cm, 160x90mm, 6x4in or 400x300pt (default 16x9cm)
      --lang vi|en     the language of the charts (default vi)
      --out DIR        the output folder (default Output)

    Example:
      schooldash charts Samples --school thcs-ky-phuong --period 2021 --chart conduct,classification
    """

    static let summary = """
    Usage: schooldash summary [INPUT…] --school ID | --ward NAME [--period P] [--lang vi|en]

    Prints the figures as sentences in the reports' own style, ready to paste:
    "Hạnh kiểm (TT 58): Tốt 661/698 em, đạt tỉ lệ 94,7%; …".

    Example:
      schooldash summary Samples --school thcs-ky-phuong --period 2021
    """

    static let report = """
    Usage: schooldash report [INPUT…] --school ID | --ward NAME [--period P] [--lang vi|en]
                             [--out FILE.docx] [--dpi N]

    Writes the figures' section of the year-end report as a Word document that opens in Word
    and LibreOffice: A4 portrait with the margins of Nghị định 30/2020/NĐ-CP (top and bottom
    20 mm, left 30 mm, right 15 mm), Times New Roman 13 pt, real Heading styles; in the reports'
    order and wording — student results per scheme ("Loại Tốt: 661/698 em; đạt tỉ lệ 94,7%")
    with a table of counts and shares, promotion, graduation and admission with the change since
    the previous period, party members and their classification, the targets with their status
    and gap, and what check found. A ward's report has the pooled figures, the schools side by
    side and a paragraph per school. Tables are Word tables; charts are PNG pictures at their
    physical size, each with its alternative text. The same input gives the same bytes (dates
    from SOURCE_DATE_EPOCH). Without --period, the latest period of the school or ward.

    Options:
      --school ID      a school's id
      --ward NAME      a ward's name (every ward of that name, one file each)
      --period P       the period (default: the latest)
      --lang vi|en     the language of the document (default vi)
      --out FILE.docx  where to write it (default Output/reports/<school-id>_<period>.docx, or
                       Output/reports/<province>--<district>--<ward>_<period>.docx)
      --dpi N          resolution of the charts, 72 to 600 (default 150)

    Example:
      schooldash report Samples/seeds --school thcs-ky-phuong --period 2021 --out ky-phuong-2021.docx
    """

    static let gallery = """
    Usage: schooldash gallery [--out DIR] [--dpi N] [--lang vi|en]

    Draws every chart kind (bars, pie, donut, bullet, tiles, table, status matrix) on a stress
    set — eight slices with three under 1%, 40 bars, 30 targets, a 200-character school name —
    as one PNG and one SVG per chart and one PDF with them all.

    Options:
      --out DIR      the output folder (default Output/gallery)
      --dpi N        resolution of the PNG files, 36 to 1200 (default 150)
      --lang vi|en   the language of the words charts write themselves (default vi)

    Example:
      schooldash gallery --out Output/gallery --dpi 100
    """

    static let check = """
    Usage: schooldash check [INPUT…] [--strict] [--json] [--lang vi|en] [--max-file-size MB]

    Loads every record and reports each problem with its file, line and column (or record
    and field), what was found and what was expected.

    Options:
      --strict       warnings fail too (exit 1)
      --json         print the findings as JSON
      --lang vi|en   the language of the messages (default vi)
      --max-file-size MB
                     refuse input files larger than this (default 100)

    Example:
      schooldash check Samples/demo --lang en
    """

    static let build = """
    Usage: schooldash build [INPUT…] [--out DIR] [--format pdf,png,svg,docx] [--dpi N] [--lang vi|en]
                            [--period P] [--ward NAME] [--school ID] [--jobs N] [--quiet] [--strict]
                            [--shard K/N] [--overview-limit N] [--max-file-size MB]
                            [--rank-by promotion|graduation|admission|good-or-better|targets]

    Draws one dashboard per school and period, one per ward, comparisons and a meeting pack.

    Options:
      --out DIR        the output folder (default Output)
      --format LIST    pdf, png, svg and/or docx, separated by commas (default pdf,png); docx
                       writes one Word report per school and period and per ward into reports/
      --dpi N          resolution of PNG files, 36 to 1200 (default 150)
      --lang vi|en     the language of the dashboards (default vi)
      --period P       only this period
      --ward NAME      only this ward
      --school ID      only this school
      --jobs N         worker count (default: all cores)
      --quiet          no progress and no summary
      --strict         stop before writing anything when any error exists
      --shard K/N      build only the Kth of N parts (whole wards), writing manifest-K-of-N.json;
                       join the parts with 'schooldash merge-manifests' (see the README)
      --overview-limit N
                       draw the meeting pack and the all-schools comparisons only when the build
                       has at most N schools (default 500; 0: never). A pack of a whole province
                       is thousands of pages nobody reads; a ward's or a district's is a meeting.
      --max-file-size MB
                       refuse input files larger than this (default 100)
      --rank-by KEY    what a ward's scorecard ranks its schools by, and the order of the
                       comparisons: promotion, graduation, admission, good-or-better (party
                       members rated good or better) or targets (share of targets met). Default:
                       in each ward, the figure that tells the most schools apart; the page names it.
                       Ties share a rank (1, 1, 3); with nothing to tell apart, no rank is shown.
                       (Xếp hạng các trường theo: tỉ lệ lên lớp, tốt nghiệp, đỗ vào lớp 10, đảng viên
                       hoàn thành tốt nhiệm vụ trở lên, hoặc tỉ lệ chỉ tiêu đạt; mặc định: số liệu
                       phân biệt các trường rõ nhất, ghi trên trang.)

    Example:
      schooldash build Samples --out Output --format pdf
    """

    static let metrics = """
    Usage: schooldash metrics [INPUT…] --json [--by ward|district|province] [--lang vi|en]

    Prints every computed figure as JSON: per record, and rolled up per ward (or district,
    or province). Percentages are exact; rounding is for display only.

    Example:
      schooldash metrics Samples --json --by district
    """
}
