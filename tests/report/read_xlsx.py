#!/usr/bin/python3
"""tests/report/read_xlsx.py - an xlsx of `rkt report` read as a planner's
spreadsheet reads it (openpyxl), for tests/report/read.sh.

    read_xlsx.py fixture FILE   the hand-built document of tests/report/fixture.c
    read_xlsx.py bkhit FILE     `rkt report examples/bkhit --jenis rkt --format xlsx`

Prints one line per failed check and "xlsx FILE: N passed, N failed";
exits 1 when a check failed.
"""
import datetime
import sys

import openpyxl

passed = 0
failed = 0


def check(what, ok):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL xlsx: " + what)


def cells(ws):
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                yield c


def find(ws, value):
    """The first cell holding value (row by row), or None."""
    for c in cells(ws):
        if c.value == value:
            return c
    return None


def merged_at(ws, cell):
    """The merged range whose top-left cell is cell, or None."""
    for r in ws.merged_cells.ranges:
        if r.min_row == cell.row and r.min_col == cell.column:
            return r
    return None


def page_checks(ws, landscape):
    ps = ws.page_setup
    check(f"{ws.title}: paper size {ps.paperSize} is 9 (A4)", str(ps.paperSize) == "9")
    want = "landscape" if landscape else "portrait"
    check(f"{ws.title}: orientation {ps.orientation} is {want}", ps.orientation == want)
    check(f"{ws.title}: fit to page", ws.sheet_properties.pageSetUpPr is not None
          and ws.sheet_properties.pageSetUpPr.fitToPage)
    # fitToWidth 1 is the default, which the file may leave out
    check(f"{ws.title}: fit to one page wide ({ps.fitToWidth})", ps.fitToWidth in (None, 1, "1"))
    check(f"{ws.title}: as many pages long as it takes ({ps.fitToHeight})", str(ps.fitToHeight) == "0")
    check(f"{ws.title}: no formula anywhere",
          not [c.coordinate for c in cells(ws) if c.data_type == "f"])


def header_checks(ws, top_text, nhead):
    """The header starts at the cell holding top_text and has nhead rows:
    they are the print titles, the panes are frozen below them."""
    top = find(ws, top_text)
    check(f"{ws.title}: a header cell {top_text!r}", top is not None)
    if top is None:
        return None
    first, last = top.row, top.row + nhead - 1
    check(f"{ws.title}: print title rows {ws.print_title_rows} are ${first}:${last}",
          ws.print_title_rows == f"${first}:${last}")
    check(f"{ws.title}: panes frozen at {ws.freeze_panes}, below the header (A{last + 1})",
          ws.freeze_panes == f"A{last + 1}")
    return top


def number_cell(ws, value, fmt, beside=None):
    c = find(ws, value)
    check(f"{ws.title}: a cell holds {value}", c is not None)
    if c is None:
        return None
    check(f"{ws.title}!{c.coordinate}: {value} is numeric ({c.data_type})", c.data_type == "n")
    check(f"{ws.title}!{c.coordinate}: {value} shows {c.number_format!r}, not {fmt!r}",
          c.number_format == fmt)
    if beside is not None:
        b = ws.cell(row=c.row, column=c.column + 1)
        check(f"{ws.title}!{b.coordinate}: {b.value!r} beside {value}, not {beside!r}", b.value == beside)
    return c


def fixture(wb):
    check(f"sheets {wb.sheetnames} are one per table", wb.sheetnames == ["Lampiran RKT", "Anggaran"])
    if len(wb.worksheets) != 2:
        return
    ws, wa = wb.worksheets
    page_checks(ws, False)
    page_checks(wa, True)
    top = header_checks(ws, "PROGRAM/ KEGIATAN/ SASARAN", 3)
    header_checks(wa, "No", 1)
    # merged header cells: TARGET over the number and its unit, the year
    # below it the same, UNIT ORGANISASI PELAKSANA over two rows
    for text, rows, cols in (("TARGET", 1, 2), ("2025", 1, 2), ("UNIT ORGANISASI PELAKSANA", 2, 1),
                             ("KETERANGAN", 2, 1)):
        c = find(ws, text)
        r = merged_at(ws, c) if c is not None else None
        check(f"Lampiran RKT: {text!r} is merged over {rows}x{cols} cells ({r})",
              r is not None and r.max_row - r.min_row + 1 == rows and r.max_col - r.min_col + 1 == cols)
    if top is not None:
        nums = [ws.cell(row=top.row + 2, column=k).value for k in range(1, 7)]
        check(f"Lampiran RKT: the numbered row {nums} is 1 2 3 _ 4 5", nums == [1, 2, 3, None, 4, 5])
    # every target cell numeric: 60 indicators, in the column of IKSP1's
    t1 = number_cell(ws, 25945, "#,##0", beside="Sertifikat")
    number_cell(ws, 101.96, "#,##0.00", beside="%")
    if t1 is not None:
        # (the rows of the table: the chart's data block below it names
        # IKSP1..12 too, but has no UNIT ORGANISASI PELAKSANA)
        targets = [ws.cell(row=c.row, column=t1.column) for c in cells(ws)
                   if c.column == 1 and isinstance(c.value, str) and c.value.startswith("IKSP")
                   and ws.cell(row=c.row, column=5).value is not None]
        check(f"Lampiran RKT: 60 indicator rows ({len(targets)})", len(targets) == 60)
        check("Lampiran RKT: every target numeric",
              all(c.data_type == "n" and isinstance(c.value, (int, float)) for c in targets))
        # IKSPk's target 1000 + k, every fifth 101.96, IKSP1 25945 (fixture.c)
        want = [25945] + [101.96 if k % 5 == 0 else 1000 + k for k in range(2, 61)]
        check("Lampiran RKT: the targets are 25945, 1002, 1003, 1004, 101.96, ...",
              [c.value for c in targets] == want)
    f = find(ws, "=SUM(A1)")
    check("Lampiran RKT: '=SUM(A1)' is a string cell, not a formula",
          f is not None and f.data_type == "s")
    h = find(ws, "Nilai <b>SAKIP</b> & \"mutu\" 'x'")
    check("Lampiran RKT: the text with < & \" ' is kept as it is, a string", h is not None and h.data_type == "s")
    check(f"Lampiran RKT: a chart ({len(ws._charts)})", len(ws._charts) == 1)
    check(f"Anggaran: a chart ({len(wa._charts)})", len(wa._charts) == 1)
    number_cell(wa, 4500000000, "#,##0")
    j = find(wa, "JUMLAH")
    check("Anggaran: JUMLAH merged over two columns",
          j is not None and merged_at(wa, j) is not None and merged_at(wa, j).max_col == 2)
    d = find(wa, datetime.datetime(2025, 2, 7))
    check("Anggaran: the signature's date 7 Februari 2025 is a date cell",
          d is not None and d.data_type == "d" and "mmmm" in d.number_format)
    check(f"footer {ws.oddFooter.center.text!r} numbers the pages",
          ws.oddFooter.center.text == "Halaman &P dari &N")
    check(f"created {wb.properties.created} is the document's date",
          wb.properties.created == datetime.datetime(2025, 2, 7))


def bkhit(wb):
    ws = wb.worksheets[0]
    page_checks(ws, ws.page_setup.orientation == "landscape")
    check(f"{ws.title}: merged cells ({len(ws.merged_cells.ranges)})", len(ws.merged_cells.ranges) > 0)
    check(f"{ws.title}: print title rows set ({ws.print_title_rows})", bool(ws.print_title_rows))
    check(f"{ws.title}: panes frozen ({ws.freeze_panes})", ws.freeze_panes is not None)
    number_cell(ws, 25945, "#,##0", beside="Sertifikat")
    number_cell(ws, 9865, "#,##0", beside="Sertifikat")
    number_cell(ws, 81, "#,##0", beside="Nilai")


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("fixture", "bkhit"):
        print("usage: read_xlsx.py fixture|bkhit FILE", file=sys.stderr)
        return 2
    wb = openpyxl.load_workbook(sys.argv[2])
    (fixture if sys.argv[1] == "fixture" else bkhit)(wb)
    print(f"xlsx {sys.argv[2]}: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
