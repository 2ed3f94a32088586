#!/usr/bin/env python3
"""Wraps one JPEG into a one-page A4 PDF with no text layer, as a scanner would.

Usage: image_pdf.py PAGE.jpg OUT.pdf
"""

import struct
import sys


def jpeg_size(data: bytes) -> tuple:
    index = 2
    while index < len(data):
        marker, length = data[index + 1], struct.unpack(">H", data[index + 2:index + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[index + 5:index + 9])
            return width, height
        index += 2 + length
    raise ValueError("no JPEG frame header")


def pdf_file(objects: list) -> bytes:
    """A PDF of `objects` (numbered from 1, the first the catalog) with a correct xref table."""
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


def main(source: str, target: str):
    image = open(source, "rb").read()
    width, height = jpeg_size(image)
    page = (842, 595) if width > height else (595, 842)
    content = b"q %d 0 0 %d 0 0 cm /Scan Do Q" % page
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /XObject << /Scan 4 0 R >> >> /Contents 5 0 R >>" % page,
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (width, height, len(image)) + image + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    open(target, "wb").write(pdf_file(objects))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
