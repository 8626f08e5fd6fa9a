"""From an upload's bytes to clean Unicode text, or a clear refusal when the bytes are not text."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from bot.errors import UserError

TEXT_HINT = "Upload the article as a .txt, .md or .html file."

# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of files that are often renamed to .txt by mistake, so the message can say what it is.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (or a Word document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)

# The desk's legacy files are Western European: when the detector finds Windows-1252 about as likely
# as its first guess (short texts are ambiguous), Windows-1252 wins.
PREFERRED_LEGACY = "cp1252"
CHAOS_MARGIN = 0.05
SNIFF_BYTES = 65_536
MAX_CONTROL_SHARE = 0.01

# Invisible or direction-changing characters that only hide text from a reader; odd spaces become spaces.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_NEWLINES = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_QUOTE_LOOKALIKES = "\u02ba\u02dd"  # modifier letters typed for a quotation mark: ʺLike we have ...”
_CONTROLS = "".join(chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) != "\n")
CLEANUP = {
    **dict.fromkeys(_CONTROLS, ""),
    **dict.fromkeys(_INVISIBLE, ""),
    **dict.fromkeys(_SPACES, " "),
    **dict.fromkeys(_NEWLINES, "\n"),
    **dict.fromkeys(_QUOTE_LOOKALIKES, '"'),
}
# Replacing through one expression costs time only where such characters are, unlike str.translate.
NEEDS_CLEANUP = re.compile("\r\n|[" + re.escape("".join(CLEANUP)) + "]")
NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")  # controls and decoding errors no text file carries


def decode_text(data: bytes, name: str) -> str:
    """The text in `data`, whatever its common encoding, with line breaks and spaces normalised."""
    text = _decode(data, name)
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise UserError(f"{name} is not text (it holds binary data).", hint=TEXT_HINT)
    return normalise_text(text)


def normalise_text(text: str) -> str:
    """Line breaks as "\\n", odd spaces as spaces, letters that stand in for quotation marks as quotation
    marks, invisible and control characters gone, NFC form."""
    text = NEEDS_CLEANUP.sub(lambda m: CLEANUP.get(m.group(), "\n"), text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _decode(data: bytes, name: str) -> str:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, name)
    head = data[:SNIFF_BYTES]
    for signature, kind in SIGNATURES:
        if head.startswith(signature):
            raise UserError(f"{name} is {kind}, not text.", hint=TEXT_HINT)
    if b"\x00" in head:
        return _strict(data, _utf16_without_bom(head, name), name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _detected(data, name)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise UserError(f"{name} is not valid {encoding.upper()} text.", hint=TEXT_HINT) from None


def _utf16_without_bom(head: bytes, name: str) -> str:
    """UTF-16 text without a byte-order mark has NUL in every other byte; anything else with NUL is binary."""
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > len(head) // 4 and even == 0:
        return "utf-16-le"
    if even > len(head) // 4 and odd == 0:
        return "utf-16-be"
    raise UserError(f"{name} is not text (it holds binary data).", hint=TEXT_HINT)


def _detected(data: bytes, name: str) -> str:
    """Decode with charset-normalizer's guess, preferring Windows-1252 when it is about as likely."""
    matches = list(from_bytes(data))
    if not matches:
        raise UserError(f"{name} is not text in any encoding I know.", hint=TEXT_HINT)
    best_chaos = min(m.chaos for m in matches)
    for match in matches:
        if match.chaos <= best_chaos + CHAOS_MARGIN and PREFERRED_LEGACY in match.could_be_from_charset:
            try:
                return data.decode(PREFERRED_LEGACY)
            except UnicodeDecodeError:
                return data.decode("latin-1")
    return str(matches[0])


def _control_share(text: str) -> float:
    """Share of control characters that no text file carries (tabs and line breaks are fine)."""
    sample = text[:SNIFF_BYTES]
    return len(NOT_TEXT.findall(sample)) / len(sample) if sample else 0.0
