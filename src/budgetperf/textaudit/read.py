"""Stage 1, *read*: bytes → text, one decoder for every reader in budgetperf.

Reports, ledgers and forms arrive in whatever encoding the program that wrote them used: UTF-8
with or without a byte-order mark, GBK or GB18030 from Chinese Windows programs, UTF-16 from
"Unicode text" exports. :func:`decode` finds the encoding without being told. It tries, in this
order:

1. **Binary formats are refused.** A PDF, a zip archive (xlsx, docx), an OLE2 file (xls, doc), an
   image or a compressed file is not text; :class:`~budgetperf.errors.ParseError` says what the
   bytes look like.
2. **A byte-order mark decides**: UTF-8, UTF-16 (either byte order) or UTF-32. The mark is not
   part of the text.
3. **Many control bytes** — NUL and the other characters below 0x20 but tab, line breaks and
   form feed, more than 1 byte in 100 — mean UTF-16 without a mark, or not text. In UTF-8 and
   GB18030 such a byte can only be that ASCII control character, which text hardly uses; UTF-16
   has a NUL in every ASCII character and a byte below 0x20 in one CJK character in ten. UTF-16
   is taken if the text it gives is mostly ASCII and CJK (19 characters in 20), in the byte
   order the NULs point to first; otherwise the bytes are refused as not text. This comes
   before UTF-8 because ASCII text in UTF-16 is also valid UTF-8 (NUL is an ASCII character).
4. **Strict UTF-8.** Text in another encoding is almost never valid UTF-8 by chance.
5. **Strict GB18030**, which covers GBK and GB2312 — unless the bytes are UTF-8 but for a stray
   byte or so: GB18030 accepts almost any pair of bytes, so a UTF-8 document with one corrupt
   byte is often "valid GB18030" and would be read as nonsense without a word. UTF-8 is kept
   when it has at most one undecodable byte, or at least 16 bytes of multi-byte characters per
   undecodable byte (GBK text read as UTF-8 has far more bad bytes than good characters).
6. **The fewest undecodable bytes**: UTF-8 or GB18030, whichever leaves fewer bytes it cannot
   decode (UTF-8 on a tie, or when the rule of step 5 holds). Each of those bytes is read as one
   U+FFFD and recorded with its offset in :attr:`Decoded.bad_bytes`, so one stray byte never
   costs the document. When both leave more than 1 byte in 64 undecoded (64 bytes in a short
   file), the bytes are text in another encoding or not text, and are refused with a message
   that says so.

Big5 text (traditional characters) is valid GB18030 byte for byte and is read as GB18030 —
nonsense; no byte-level test tells them apart.

Decoding runs at the codecs' own speed: only an undecodable byte costs a Python call. Whenever
:attr:`Decoded.bad_bytes` is empty, ``data.decode(decoded.encoding) == decoded.text`` (the
encoding is ``utf-8-sig``, ``utf-16`` or ``utf-32`` when the data starts with a byte-order mark).

>>> decode("年初预算".encode("gbk"))
Decoded(text='年初预算', encoding='gb18030', bad_bytes=())
>>> decoded = decode("支出".encode() + b"\\xff" + "5万元".encode())
>>> decoded.text == "支出\\ufffd5万元", decoded.encoding, decoded.bad_bytes
(True, 'utf-8', (BadByte(offset=6, byte=255),))
>>> for finding in decoded.findings("report.txt"):
...     print(finding.format())
report.txt: io.undecodable-byte warning: byte 0xff at byte offset 6 cannot be decoded as UTF-8;
it is read as U+FFFD
"""

from __future__ import annotations

import codecs
import itertools
import os
import re
import threading

import attrs

from budgetperf.audit import Finding, Severity, register
from budgetperf.errors import FileError, Location, ParseError, WrongTypeError

__all__ = ["MAX_FINDINGS", "BadByte", "Decoded", "decode", "read_bytes", "read_file"]

CODE = "io.undecodable-byte"
register(
    CODE,
    Severity.WARNING,
    "a byte that cannot be decoded is read as U+FFFD",
    "无法解码的字节按U+FFFD读入",
)

#: :meth:`Decoded.findings` lists at most this many places, then one finding for the rest.
MAX_FINDINGS = 20

# Names as people write them, for the messages.
_DISPLAY = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "gb18030": "GB18030",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16LE",
    "utf-16-be": "UTF-16BE",
    "utf-32": "UTF-32",
}


@attrs.frozen
class BadByte:
    """A byte that could not be decoded: its offset in the input bytes (from 0, a byte-order mark
    included) and its value."""

    offset: int
    byte: int


@attrs.frozen
class Decoded:
    """The text read from some bytes, the encoding it was read in, and the bytes it could not read.

    ``encoding`` is a Python codec name: ``utf-8``, ``gb18030``, ``utf-16-le``, ``utf-16-be``, or
    ``utf-8-sig``, ``utf-16``, ``utf-32`` when the bytes start with a byte-order mark. Each
    byte in ``bad_bytes`` is one U+FFFD in ``text``.
    """

    text: str
    encoding: str
    bad_bytes: tuple[BadByte, ...] = ()

    def findings(self, file: str | None = None, *, limit: int = MAX_FINDINGS) -> list[Finding]:
        """One ``io.undecodable-byte`` warning per run of consecutive undecodable bytes.

        After ``limit`` runs, one more finding says how many bytes in how many places were not
        listed, so nothing is dropped silently.
        """
        name = _DISPLAY.get(self.encoding, self.encoding)
        where = Location(file=file)
        runs = _runs(self.bad_bytes)
        found = [
            Finding(CODE, Severity.WARNING, where, *_run_messages(run, name))
            for run in runs[:limit]
        ]
        rest = runs[limit:]
        if rest:
            places = len(rest)
            count = sum(len(run) for run in rest)
            start = rest[0][0].offset
            found.append(
                Finding(
                    CODE,
                    Severity.WARNING,
                    where,
                    f"{_count(count, 'more byte')} in {_count(places, 'more place')} from byte"
                    f" offset {start} on cannot be decoded as {name} and"
                    f" {'is' if count == 1 else 'are'} read as U+FFFD"
                    f" (only the first {limit} places are listed)",
                    f"另有{places}处共{count}个字节（自字节偏移{start}起）无法按{name}解码，"
                    f"均按U+FFFD读入（仅列出前{limit}处）",
                )
            )
        return found

    def strict_text(self, file: str) -> str:
        """The text; or, if any byte could not be decoded, :class:`~budgetperf.errors.ParseError`
        naming ``file`` and the first such byte's offset.

        For readers where a replaced character would alter a value (ledgers, forms).
        """
        if not self.bad_bytes:
            return self.text
        first = self.bad_bytes[0]
        name = _DISPLAY.get(self.encoding, self.encoding)
        reason = (
            f"not valid {name} text: byte 0x{first.byte:02x} at byte offset {first.offset}"
            " cannot be decoded"
        )
        more = len(self.bad_bytes) - 1
        if more:
            reason += f" (and {_count(more, 'more byte')} after it)"
        raise ParseError(reason, value=file)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _runs(bad: tuple[BadByte, ...]) -> list[list[BadByte]]:
    """Consecutive bad bytes grouped, in offset order."""
    runs: list[list[BadByte]] = []
    for item in bad:
        if runs and runs[-1][-1].offset + 1 == item.offset:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _run_messages(run: list[BadByte], name: str) -> tuple[str, str]:
    first, last = run[0].offset, run[-1].offset
    if len(run) == 1:
        value = f"0x{run[0].byte:02x}"
        return (
            f"byte {value} at byte offset {first} cannot be decoded as {name};"
            " it is read as U+FFFD",
            f"字节偏移{first}处的字节{value}无法按{name}解码，按U+FFFD读入",
        )
    values = " ".join(f"0x{b.byte:02x}" for b in run[:4]) + (" …" if len(run) > 4 else "")
    return (
        f"{len(run)} bytes ({values}) at byte offsets {first}–{last} cannot be decoded as"
        f" {name}; each is read as U+FFFD",
        f"字节偏移{first}–{last}处的{len(run)}个字节（{values}）无法按{name}解码，各按U+FFFD读入",
    )


# -- decoding with a record of the bad bytes ----------------------------------------------------


class _TooMany(Exception):
    """Raised by the error handler to stop a decode that has more bad bytes than allowed."""


_STATE = threading.local()


def _record(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: note the bad bytes, give one U+FFFD for each, and go on."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    sink: list[int] = _STATE.sink
    # UTF-8 and GB18030: only the first byte is surely bad, the next may start a character; in
    # UTF-16 and UTF-32, resuming inside a code unit would shift all the rest.
    end = exc.start + 1 if _STATE.bytewise else exc.end
    sink.extend(range(exc.start, end))
    if len(sink) > _STATE.limit:
        raise _TooMany
    return "\ufffd" * (end - exc.start), end


# The handler reads this module's _STATE: a name of its own per module object, so that a second
# import of this file (pytest's importlib mode) cannot take over the first one's handler.
_HANDLER = f"budgetperf.textaudit.read-{id(_STATE):x}"
codecs.register_error(_HANDLER, _record)


def _attempt(
    data: bytes, codec: str, limit: int, *, skip: int = 0, label: str | None = None
) -> Decoded | None:
    """``data[skip:]`` decoded in ``codec``; None when more than ``limit`` bytes are bad."""
    sink: list[int] = []
    _STATE.sink = sink
    _STATE.limit = limit
    _STATE.bytewise = codec in ("utf-8", "gb18030")
    try:
        text = (data[skip:] if skip else data).decode(codec, _HANDLER)
    except _TooMany:
        return None
    finally:
        del _STATE.sink
    bad = tuple(BadByte(skip + offset, data[skip + offset]) for offset in sink)
    return Decoded(text, label or codec, bad)


# -- deciding the encoding ----------------------------------------------------------------------

_FORMATS = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (xlsx, docx, …)"),
    (b"PK\x05\x06", "a zip archive (xlsx, docx, …)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 compound file (xls, doc, …)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
)

# UTF-32 first: its little-endian mark starts with UTF-16's.
#: The binary formats refused by their first bytes (the Arrow ledger reader asks too).
FORMATS = _FORMATS

_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# What "mostly ASCII and CJK" admits: printable ASCII and whitespace, Latin-1, Greek and
# Cyrillic, general punctuation and symbols (①, ■, →, ℃), CJK radicals, symbols and
# punctuation, kana, enclosed and compatibility CJK (㈠, ㎡), CJK ideographs, vertical and
# full-width forms; and U+FFFD, as the bytes it stands for are counted apart. U+0000 and the
# other control characters are not.
_NOT_TEXT = re.compile(
    "[^\t\n\v\f\r\x20-\x7e\xa0-\xff\u0370-\u04ff\u2000-\u27bf\u2e80-\u2fdf\u3000-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\ufffd]"
)


_CONTROLS = bytes(b for b in range(0x20) if b not in b"\t\n\v\f\r")


def _mostly_text(text: str) -> bool:
    """At most 1 character in 20 outside :data:`_NOT_TEXT`'s set (stops counting past that)."""
    allowed = len(text) // 20
    return next(itertools.islice(_NOT_TEXT.finditer(text), allowed, None), None) is None


def _utf16(data: bytes, limit: int) -> Decoded | None:
    """UTF-16 without a mark, if it reads as text: first in the byte order the NUL bytes point
    to, then in the other (a CJK text may have more 一, U+4E00, than ASCII characters)."""
    # An ASCII character is its code and a NUL: the NUL comes second in little-endian order.
    odd = data[1::2].count(0)
    even = data[0::2].count(0)
    orders = ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le")
    for codec in orders:
        decoded = _attempt(data, codec, limit)
        if decoded is not None and _mostly_text(decoded.text):
            return decoded
    return None


def _utf8_wins(decoded: Decoded, size: int) -> bool:
    """UTF-8 with a stray byte or a few: at most one bad byte, or 16 bytes of multi-byte
    characters for each bad one (each bad byte is one character, so does not count)."""
    bad = len(decoded.bad_bytes)
    return bad <= 1 or 16 * bad <= size - len(decoded.text)


def decode(data: bytes) -> Decoded:
    """Decode the bytes of a text file in the encoding they are in (see the module's docstring).

    Raises :class:`~budgetperf.errors.ParseError` when the bytes are not text (a binary format,
    many NUL or other control bytes that are not UTF-16) or are text in another encoding (too
    many bytes that neither UTF-8 nor GB18030 can decode); the message says which.
    """
    given: object = data
    if isinstance(given, str):
        raise WrongTypeError("decode() takes bytes; a str is already text", value="str")
    if isinstance(given, bytearray | memoryview):
        data = bytes(given)
    for signature, what in _FORMATS:
        if data.startswith(signature):
            raise ParseError(f"not a text file: it is {what} (it starts with {signature!r})")
    size = len(data)
    limit = max(64, size // 64)
    for mark, codec, label in _MARKS:
        if data.startswith(mark):
            decoded = _attempt(data, codec, limit, skip=len(mark), label=label)
            if decoded is None:
                name = _DISPLAY[label]
                raise ParseError(
                    f"the file starts with a {name} byte-order mark, but more than {limit} of its"
                    f" {size} bytes cannot be decoded as {name}"
                )
            return decoded
    # NUL and other control bytes (not tab, line breaks, form feed): in UTF-8 and GB18030 a
    # byte below 0x20 is always that ASCII character, so they are rare in text; UTF-16 has
    # them at every ASCII character (NUL) and at one CJK character in ten.
    controls = size - len(data.translate(None, _CONTROLS))
    if 100 * controls > size:
        decoded = _utf16(data, limit)
        if decoded is None:
            nuls = data.count(0)
            raise ParseError(
                f"not a text file: {controls} of its {size} bytes are control characters"
                f" ({nuls} of them NUL), and it does not read as UTF-16 text"
                if controls > 1
                else f"not a text file: 1 of its {size} bytes is a control character"
                f" ({'NUL' if nuls else 'not NUL'})"
            )
        return decoded
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        utf8 = _attempt(data, "utf-8", max(8, size // 4096))
        if utf8 is not None and _utf8_wins(utf8, size):
            return utf8
        return _gb_or_big5(data, text, limit)
    return _fewest(data, limit)


# Big5 bytes read as GB18030 come out as kana (Big5's common characters lead with 0xA4 to 0xC6,
# GB2312's kana rows are 0xA4 and 0xA5) and rare characters. A Chinese budget text has no kana,
# so kana in a GB18030 reading mean the bytes are something else: Big5 if they read as Big5
# without kana, otherwise not Chinese text at all.
_KANA = re.compile("[\u3040-\u30ff]")
_HAN = re.compile("[\u4e00-\u9fff]")
_SAMPLE = 20_000


def _kana_share(text: str) -> float:
    """Kana among the kana and Chinese characters of the first part of ``text``."""
    head = text[:_SAMPLE]
    kana = len(_KANA.findall(head))
    return 0.0 if kana < 2 else kana / (kana + len(_HAN.findall(head)))


def _common_share(text: str) -> float:
    """Among the first Chinese characters of ``text``, the share in common use, simplified
    (GB2312's 3,755 of level 1) or traditional (Big5's 5,401 frequently used)."""
    han = _HAN.findall(text[:_SAMPLE])[:2000]
    if len(han) < 20:
        return 1.0  # too few to judge
    common = sum(
        _lead(ch, "gb2312") in _GB_COMMON or _lead(ch, "big5") in _BIG5_COMMON for ch in han
    )
    return common / len(han)


_GB_COMMON = range(0xB0, 0xD8)
_BIG5_COMMON = range(0xA4, 0xC7)
_NOT_CHINESE = 0.3  # a real text has over nine in ten of its characters in common use


def _lead(ch: str, codec: str) -> int:
    try:
        return ch.encode(codec)[0]
    except UnicodeEncodeError:
        return 0


def _gb_or_big5(data: bytes, text: str, limit: int) -> Decoded:
    """GB18030, unless its reading has kana in it (see above): then Big5, if the bytes read as
    Big5 without them. Bytes whose Chinese characters are mostly rare (Shift_JIS read as
    GB18030, say) are not Chinese text and are refused."""
    kana = _kana_share(text)
    if kana >= 0.05:
        big5 = _attempt(data, "big5", limit)
        if big5 is not None and _kana_share(big5.text) < 0.05:
            return big5
        raise ParseError(
            "not Chinese text in UTF-8, GB18030 or Big5: read as GB18030, "
            f"{kana:.0%} of its characters are Japanese kana, and it does not read as Big5"
        )
    common = _common_share(text)
    if common < _NOT_CHINESE:
        raise ParseError(
            "not Chinese text in UTF-8, GB18030 or Big5: read as GB18030, only "
            f"{common:.0%} of its Chinese characters are in common use (a real text has over 90%)"
        )
    return Decoded(text, "gb18030")


def _fewest(data: bytes, limit: int) -> Decoded:
    """UTF-8 or GB18030, whichever leaves fewer bytes undecoded (UTF-8 on a tie)."""
    utf8 = _attempt(data, "utf-8", limit)
    if utf8 is not None and _utf8_wins(utf8, len(data)):
        return utf8
    # GB18030 wins only with fewer bad bytes than UTF-8: stop it as soon as it has as many.
    gb18030 = _attempt(data, "gb18030", limit if utf8 is None else len(utf8.bad_bytes) - 1)
    if gb18030 is not None:
        return gb18030
    if utf8 is not None:
        return utf8
    raise ParseError(
        f"not text in UTF-8, GB18030 or UTF-16: more than {limit} of its {len(data)} bytes"
        " cannot be decoded, whichever of UTF-8 and GB18030 is tried"
    )


def read_bytes(
    path: str | os.PathLike[str], *, what: str = "the file", location: Location | None = None
) -> bytes:
    """The bytes of a file: the one place every reader turns a path into bytes.

    A file that is missing or cannot be read (a folder, no permission, a NUL byte in its name)
    raises :class:`~budgetperf.errors.FileError` — an ``OSError`` with the system's ``errno``
    where there is one — naming ``what`` and the path; a path that is not a ``str`` or
    ``os.PathLike`` is a :class:`~budgetperf.errors.WrongTypeError`.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise WrongTypeError(
            f"a file path must be a str or os.PathLike, not {type(path).__name__}", value=path
        )
    name = os.fspath(path)
    if not isinstance(name, str):
        raise WrongTypeError("a file path must be text, not bytes", value=name)
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise FileError(
            f"cannot read {what} ({exc.strerror or exc})",
            value=name,
            location=location,
            errno=exc.errno,
        ) from None
    except ValueError as exc:  # a NUL byte, which no path can hold
        raise FileError(f"cannot read {what} ({exc})", value=name, location=location) from None


def read_file(path: str | os.PathLike[str]) -> Decoded:
    """Read a file's bytes and :func:`decode` them.

    A file that is missing or cannot be read raises :class:`~budgetperf.errors.FileError` (an
    ``OSError`` with the system's ``errno``); one that is not text raises
    :class:`~budgetperf.errors.ParseError`; both name the file. A path that is not a ``str`` or
    ``os.PathLike`` is a :class:`~budgetperf.errors.WrongTypeError`.
    """
    name = os.fspath(path) if isinstance(path, (str, os.PathLike)) else ""
    data = read_bytes(path)
    try:
        return decode(data)
    except ParseError as exc:
        raise ParseError(exc.reason, value=name) from None
