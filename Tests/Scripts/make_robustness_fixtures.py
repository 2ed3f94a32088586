#!/usr/bin/env python3
"""Writes the tiny PDFs of the robustness tests into Tests/Fixtures (run from anywhere):

- nul-padded.pdf: a valid one-page PDF followed by 5,000 NUL bytes (as some download tools
  leave them); pdftotext reads it, so must we.
"""
import pathlib

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "Fixtures"


def one_page_pdf(media_box: str, text: str) -> bytes:
    """A one-page PDF with `text` in Helvetica near the top left, with a correct xref table."""
    content = f"BT /F1 12 Tf 72 72 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [{media_box}] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def main() -> None:
    FIXTURES.mkdir(exist_ok=True)
    (FIXTURES / "nul-padded.pdf").write_bytes(one_page_pdf("0 0 595 842", "Padded page text") + b"\0" * 5000)
    # huge-mediabox.pdf, the other fixture these tests use, is made by Corpus/generator/make_fixtures.sh.
    print(f"wrote nul-padded.pdf into {FIXTURES}")


if __name__ == "__main__":
    main()
