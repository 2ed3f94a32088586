"""The Calc route: each form on its own sheet of a workbook (openpyxl), printed to PDF by
LibreOffice Calc as a spreadsheet user would: a print range, merged cells, title rows repeated
on every page (print titles), fit to the page width, and a working column beside the form that
lies outside the print range and must not be printed."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from layout import Grid
from style import Page, Style

THIN = Side(style="thin", color="000000")
NONE = Side(style=None)


def border(rules: str) -> Border:
    if rules == "grid":
        return Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    if rules == "horizontal":
        return Border(top=THIN, bottom=THIN)
    return Border()


def lines(text: str, width_cm: float, size: float) -> int:
    """Lines a wrapped cell needs: Calc keeps the heights a workbook stores, so the workbook must
    store heights that fit (as Excel would have written them)."""
    width = width_cm * 28.35 - 6
    used = sum(size * (0.55 if ord(ch) < 128 else 1.0) for ch in text)
    return max(1, -int(-used // max(width, size)))


def row_heights(grid: Grid, size: float) -> list[float]:
    line = size * 1.4
    heights = [line + 4] * grid.rows
    for c in sorted(grid.cells, key=lambda c: c.rowspan):
        need = lines(c.text, sum(grid.widths[c.col:c.col + c.colspan]), size) * line + 4
        have = sum(heights[c.row:c.row + c.rowspan])
        if need > have:
            for r in range(c.row, c.row + c.rowspan):
                heights[r] += (need - have) / c.rowspan
    return heights


def fill_sheet(sheet, page: Page, grid: Grid, style: Style):
    n = len(grid.widths)
    # cm → Calc column width units (characters of the default font), roughly 0.19 cm a unit.
    for i, width in enumerate(grid.widths):
        sheet.column_dimensions[get_column_letter(i + 1)].width = round(width / 0.19, 1)
    title_rows = [(page.title, style.size + 6, True, "center"), (page.subtitle, style.size, False, "center"),
                  (page.filler, style.size, False, "left")]
    if page.unitLine:
        title_rows.append((page.unitLine, style.size, False, "right"))
    for r, (text, size, bold, align) in enumerate(title_rows, start=1):
        sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        cell = sheet.cell(row=r, column=1, value=text)
        cell.font = Font(name=style.font, size=size, bold=bold)
        cell.alignment = Alignment(horizontal=align, vertical="center")
        sheet.row_dimensions[r].height = size * 2.0 if bold else size * 1.6
    offset = len(title_rows) + 1
    edge = border(style.rules)
    for c in grid.cells:
        top, left = offset + c.row, 1 + c.col
        for rr in range(top, top + c.rowspan):
            for cc in range(left, left + c.colspan):
                sheet.cell(row=rr, column=cc).border = edge
        if c.rowspan > 1 or c.colspan > 1:
            sheet.merge_cells(start_row=top, start_column=left, end_row=top + c.rowspan - 1,
                              end_column=left + c.colspan - 1)
        cell = sheet.cell(row=top, column=left, value=c.text)
        cell.data_type = "s"
        cell.font = Font(name=style.font, size=style.size, bold=c.header)
        cell.alignment = Alignment(horizontal=c.align, vertical="center", wrap_text=True)
    for r, height in enumerate(row_heights(grid, style.size)):
        sheet.row_dimensions[offset + r].height = round(height, 1)
    last = offset + grid.rows - 1
    # A working note outside the print range, as spreadsheets often carry.
    note = sheet.cell(row=offset, column=n + 2, value="填表核对：分值合计应为100")
    note.font = Font(name=style.font, size=style.size)
    sheet.print_area = f"A1:{get_column_letter(n)}{last}"
    if style.repeatHeader:
        sheet.print_title_rows = f"{offset + grid.headerStart}:{offset + grid.headerEnd - 1}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if style.landscape else "portrait"
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.page_margins.left = sheet.page_margins.right = 0.7
    sheet.page_margins.top = sheet.page_margins.bottom = 0.75
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.center.text = "第 &P 页"


def write(forms: list[tuple[Page, Grid]], style: Style, pdf: Path, work: Path) -> Path:
    """Writes the .xlsx; generate.py converts all of a run's workbooks in one soffice call."""
    book = Workbook()
    for index, (page, grid) in enumerate(forms):
        sheet = book.active if index == 0 else book.create_sheet()
        sheet.title = f"表{index + 1}"
        fill_sheet(sheet, page, grid, style)
    source = work / (pdf.stem + ".xlsx")
    book.save(str(source))
    return source
