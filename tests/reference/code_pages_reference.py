#!/usr/bin/env python3
"""What each byte 0x00-0xFF of every single-byte code page satisfy reads stands for, by the
Unicode Consortium's mapping tables: tests/input/decoder.test.ts holds satisfy's decoder to it.

    python3 tests/reference/code_pages_reference.py > tests/reference/code-pages-reference.json

The tables (unicode.org/Public/MAPPINGS/) cannot be fetched from here; Python's codecs of these
names were generated from them by gencodec.py (each says from which file in its first lines,
copied into "table" below), and map each byte exactly as the table does. KOI8-U has no table
there: Python's follows RFC 2319, as iconv-lite's and ICU's do.

A byte the table leaves undefined is null here (Python raises for it). Two readings of such a
byte exist: the WHATWG Encoding Standard (what a browser does) maps the undefined bytes of the
windows-125x pages in 0x80-0x9F to the control characters of the same number (0x81 -> U+0081);
iconv-lite, like a UTF-8 decoder given a byte that is not UTF-8, gives U+FFFD. satisfy gives
U+FFFD: a control character is invisible in a report and matches no answer, and an undefined
byte in a survey export says that the code page was guessed wrong, which U+FFFD shows. The test
states its one departure (windows-1255 0xCA) beside it.

Keys are the WHATWG names satisfy reports; iso-8859-16 is missing because Node 20's TextDecoder,
which resolves encoding labels for satisfy, does not know it.
"""
import importlib
import json
import re
import sys

# WHATWG name -> Python codec.
CODE_PAGES = {
    "ibm866": "cp866",
    "iso-8859-2": "iso8859_2",
    "iso-8859-3": "iso8859_3",
    "iso-8859-4": "iso8859_4",
    "iso-8859-5": "iso8859_5",
    "iso-8859-6": "iso8859_6",
    "iso-8859-7": "iso8859_7",
    "iso-8859-8": "iso8859_8",
    "iso-8859-8-i": "iso8859_8",
    "iso-8859-10": "iso8859_10",
    "iso-8859-13": "iso8859_13",
    "iso-8859-14": "iso8859_14",
    "iso-8859-15": "iso8859_15",
    "koi8-r": "koi8_r",
    "koi8-u": "koi8_u",
    "macintosh": "mac_roman",
    "windows-874": "cp874",
    "windows-1250": "cp1250",
    "windows-1251": "cp1251",
    "windows-1252": "cp1252",
    "windows-1253": "cp1253",
    "windows-1254": "cp1254",
    "windows-1255": "cp1255",
    "windows-1256": "cp1256",
    "windows-1257": "cp1257",
    "windows-1258": "cp1258",
    "x-mac-cyrillic": "mac_cyrillic",
}


def table(codec):
    """The mapping file the codec was generated from, as the first lines of its module say."""
    doc = importlib.import_module(f"encodings.{codec}").__doc__
    return re.search(r"generated from '([^']+)'", doc).group(1)


def char(byte, codec):
    try:
        return bytes([byte]).decode(codec)
    except UnicodeDecodeError:
        return None


# One line a code page; every character beyond ASCII as \uXXXX, so that no control character or
# combining mark is written raw into the file.
lines = [
    f"  {json.dumps(name)}: {json.dumps({'codec': codec, 'table': table(codec), 'chars': [char(b, codec) for b in range(256)]})}"
    for name, codec in CODE_PAGES.items()
]
sys.stdout.write(f'{{\n "python": {json.dumps(sys.version.split()[0])},\n "codePages": {{\n' + ",\n".join(lines) + "\n }\n}\n")
