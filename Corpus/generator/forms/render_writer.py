"""The Writer route: the forms as Word tables (python-docx), printed to PDF by LibreOffice Writer
as an office user would. A repeated header is a second table whose header rows carry
w:tblHeader; rows never split across pages (w:cantSplit), merged cells do."""

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from layout import Grid
from style import Page, Style

BORDERS = {
    "grid": ["top", "left", "bottom", "right", "insideH", "insideV"],
    "horizontal": ["top", "bottom", "insideH"],
    "none": [],
}


def set_font(run_or_style, family: str, size: float | None = None, bold: bool = False):
    run_or_style.font.name = family
    run_or_style.font.bold = bold
    if size:
        run_or_style.font.size = Pt(size)
    element = run_or_style.element
    properties = element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.append(fonts)
    fonts.set(qn("w:eastAsia"), family)


def table_properties(table, rules: str):
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        element = OxmlElement(f"w:{edge}")
        if edge in BORDERS[rules]:
            element.set(qn("w:val"), "single")
            element.set(qn("w:sz"), "4")
            element.set(qn("w:color"), "000000")
        else:
            element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    properties.append(layout)


def row_flags(row, header: bool):
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if header:
        properties.append(OxmlElement("w:tblHeader"))


def add_table(document, grid: Grid, rows: range, head: range | None, style: Style):
    table = document.add_table(rows=len(rows), cols=len(grid.widths))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_properties(table, style.rules)
    for column, width in zip(table.columns, grid.widths):
        column.width = Cm(width)
    for row_index, row in enumerate(table.rows):
        row_flags(row, bool(head) and rows[row_index] in head)
        for column, width in zip(row.cells, grid.widths):
            column.width = Cm(width)
    for c in grid.cells:
        if c.row not in rows:
            continue
        r = c.row - rows.start
        cell = table.cell(r, c.col)
        if c.rowspan > 1 or c.colspan > 1:
            cell = cell.merge(table.cell(r + c.rowspan - 1, c.col + c.colspan - 1))
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        paragraph = cell.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if c.align == "center" else WD_ALIGN_PARAGRAPH.LEFT
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(c.text)
        set_font(run, style.font, style.size, c.header)
    return table


def paragraph(document, text: str, style: Style, size: float, align, bold: bool = False):
    p = document.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(2)
    set_font(p.add_run(text), style.font, size, bold)
    return p


def build(forms: list[tuple[Page, Grid]], style: Style) -> Document:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = (Cm(29.7), Cm(21.0)) if style.landscape else (Cm(21.0), Cm(29.7))
    section.orientation = WD_ORIENT.LANDSCAPE if style.landscape else WD_ORIENT.PORTRAIT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    set_font(document.styles["Normal"], style.font, style.size)
    for index, (page, grid) in enumerate(forms):
        if index:
            if style.formPerPage:
                document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            else:
                document.add_paragraph()
        paragraph(document, page.title, style, style.size + 6, WD_ALIGN_PARAGRAPH.CENTER, bold=True)
        paragraph(document, page.subtitle, style, style.size, WD_ALIGN_PARAGRAPH.CENTER)
        paragraph(document, page.filler, style, style.size, WD_ALIGN_PARAGRAPH.LEFT)
        if page.unitLine:
            paragraph(document, page.unitLine, style, style.size, WD_ALIGN_PARAGRAPH.RIGHT)
        if style.repeatHeader:
            add_table(document, grid, range(0, grid.headerStart), None, style)
            # A paragraph between the tables keeps Writer from joining them; it is 1 pt high.
            spacer = document.add_paragraph()
            spacer.paragraph_format.space_after = Pt(0)
            set_font(spacer.add_run(""), style.font, 1)
            add_table(document, grid, range(grid.headerStart, grid.rows), range(grid.headerStart, grid.headerEnd), style)
        else:
            add_table(document, grid, range(0, grid.rows), None, style)
    return document


def write(forms: list[tuple[Page, Grid]], style: Style, pdf: Path, work: Path) -> Path:
    """Writes the .docx; generate.py converts all of a run's documents in one soffice call."""
    source = work / (pdf.stem + ".docx")
    build(forms, style).save(str(source))
    return source
