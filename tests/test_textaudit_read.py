"""The read stage: bytes → text in every encoding budgetperf meets, a stray byte is a finding.

Round trips are properties: a text encoded in UTF-8, GB18030 or UTF-16 is read back as itself;
where GB18030 bytes are also (nearly) valid UTF-8 they may be read as UTF-8, but then the bytes
are that UTF-8 or a finding says which byte was not. A stray byte in a document is one finding
at its byte offset and leaves the rest of the text as it was.
"""

from __future__ import annotations

import codecs
import errno
import io
import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf.audit import CODES, Severity
from budgetperf.errors import BudgetPerfError, FileError, Location, ParseError, WrongTypeError
from budgetperf.forms import read_form
from budgetperf.ledger_csv import read_ledger_csv
from budgetperf.textaudit.read import MAX_FINDINGS, BadByte, Decoded, decode, read_file

REPORT = (
    "2022年度一般公共预算财政拨款支出628.95万元，与上年相比减少393.37万元，下降38.48%。\n"
    "主要原因：一是人员减少；二是严格控制“三公”经费，公务接待费支出4.5万元。\n"
    "一般公共服务（类）支出557.28万元，占88.60%；科学技术（类）支出71.67万元，占11.39%。\n"
)

# Sentences as reports print them, to build realistic documents of any length.
SENTENCES = [
    "年初预算为100万元，支出决算为90万元，完成年初预算的90%。",
    "基本支出307.55万元，其中人员经费256.23万元、公用经费51.32万元。",
    "“三公”经费财政拨款支出预算为4.7万元，支出决算为4.5万元。",
    "主要用于行政运行、一般行政管理事务和机关服务。",
    "项目支出885.83万元，占总支出的79.98%。",
    "科学技术(类)支出71.67万元,占11.39%。",
    "\n",
    "Total 628.95 (10,000 yuan). ",
]


def _boundaries(text: str) -> list[int]:
    """Byte offsets of the character boundaries of ``text`` in UTF-8 (0 and the end included)."""
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + len(char.encode()))
    return offsets


# -- every encoding ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (REPORT.encode("utf-8"), "utf-8"),
        (REPORT.encode("utf-8-sig"), "utf-8-sig"),
        (REPORT.encode("gbk"), "gb18030"),
        (REPORT.encode("gb18030"), "gb18030"),
        (codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), "utf-16"),
        (REPORT.encode("utf-16-le"), "utf-16-le"),
        (REPORT.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + REPORT.encode("utf-32-le"), "utf-32"),
        (codecs.BOM_UTF32_BE + REPORT.encode("utf-32-be"), "utf-32"),
    ],
    ids=["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16le-bom", "utf-16be-bom", "utf-16le",
         "utf-16be", "utf-32le-bom", "utf-32be-bom"],
)  # fmt: skip
def test_every_encoding(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded == Decoded(REPORT, encoding, ())
    assert data.decode(decoded.encoding) == decoded.text  # the codec name reads the bytes again
    assert decoded.findings("r.txt") == []


def test_utf16_without_a_mark_in_either_order() -> None:
    # 一 is U+4E00: a NUL on the other side of the code unit from an ASCII character's.
    text = "一般公共服务支出557.28万元\nASCII line\n一一一一一"
    assert decode(text.encode("utf-16-le")) == Decoded(text, "utf-16-le")
    assert decode(text.encode("utf-16-be")) == Decoded(text, "utf-16-be")
    ascii_only = "hello world\r\n" * 3
    assert decode(ascii_only.encode("utf-16-le")) == Decoded(ascii_only, "utf-16-le")


def test_utf16_without_a_mark_mostly_cjk() -> None:
    # No ASCII at all, so no NUL: the CJK characters' bytes below 0x20 give it away.
    text = "预算绩效管理一般公共服务支出决算，完成年初预算。" * 10
    assert decode(text.encode("utf-16-le")) == Decoded(text, "utf-16-le")
    assert decode(text.encode("utf-16-be")) == Decoded(text, "utf-16-be")


def test_empty_and_ascii() -> None:
    assert decode(b"") == Decoded("", "utf-8")
    assert decode(b"plain ascii\n") == Decoded("plain ascii\n", "utf-8")
    assert decode(codecs.BOM_UTF8) == Decoded("", "utf-8-sig")


def test_bytes_like_and_str() -> None:
    assert decode(bytearray(b"abc")) == Decoded("abc", "utf-8")  # type: ignore[arg-type]
    assert decode(memoryview(b"abc")) == Decoded("abc", "utf-8")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="already text"):
        decode("abc")  # type: ignore[arg-type]


# -- round trips ------------------------------------------------------------------------------

_SIGNATURES = ("%PDF-", "GIF87a", "GIF89a")

# Text as files hold it: no control characters but tab and line breaks, no U+FEFF (at the
# start it is a byte-order mark).
TEXT = st.text(
    st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\ufeff")
    | st.sampled_from("\t\n\r"),
    max_size=200,
).filter(lambda t: not t.startswith(_SIGNATURES))


@given(TEXT)
def test_utf8_round_trip(text: str) -> None:
    assert decode(text.encode("utf-8")) == Decoded(text, "utf-8", ())


@given(TEXT)
def test_utf8_with_mark_round_trip(text: str) -> None:
    assert decode(text.encode("utf-8-sig")) == Decoded(text, "utf-8-sig", ())


@given(TEXT)
def test_gb18030_is_read_back_or_the_bytes_are_utf8(text: str) -> None:
    """GB18030 bytes that are also UTF-8 (one character can be, "模" is C4 A3) may be read as
    UTF-8; then the bytes are exactly that UTF-8, or a finding says which byte is not."""
    data = text.encode("gb18030")
    if data.startswith(codecs.BOM_UTF8):
        return  # "锘" and a character whose first byte is 0xbf: the UTF-8 mark decides
    if sum("\u3040" <= ch <= "\u30ff" for ch in text) >= 2:
        return  # kana: read as Big5 or refused (test_big5_is_told_from_gb18030_by_its_kana)
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if len(han) >= 20 and sum(_in_common_use(ch) for ch in han[:2000]) < 0.3 * len(han[:2000]):
        with pytest.raises(ParseError, match="not Chinese text"):
            decode(data)  # random rare characters are not a Chinese text
        return
    decoded = decode(data)
    if decoded.encoding == "gb18030":
        assert decoded == Decoded(text, "gb18030", ())
    else:
        assert decoded.encoding in ("utf-8", "utf-8-sig")
        assert decoded.bad_bytes or data.decode(decoded.encoding) == decoded.text


def _in_common_use(ch: str) -> bool:
    """In GB2312's level 1 (lead byte B0-D7) or Big5's frequently used block (A4-C6)."""
    for codec, lo, hi in (("gb2312", 0xB0, 0xD7), ("big5", 0xA4, 0xC6)):
        try:
            if lo <= ch.encode(codec)[0] <= hi:
                return True
        except UnicodeEncodeError:
            pass
    return False


def test_big5_is_told_from_gb18030_by_its_kana() -> None:
    # Big5 bytes read as GB18030 give kana and rare characters ("2023そ箇衡癩…"); a Chinese
    # budget text has no kana, so the bytes are read as Big5 (issue 10: "Big5 is checked clean").
    text = "2023年度一般公共預算財政撥款支出628.95萬元,比上年減少393.37萬元,下降38.48%。"
    decoded = decode(text.encode("big5"))
    assert decoded == Decoded(text, "big5", ())
    # The same characters in GBK are GB18030 (traditional characters are in GBK too).
    assert decode(text.encode("gbk")).encoding == "gb18030"


def test_text_that_is_neither_gb18030_nor_big5_chinese_is_refused() -> None:
    # Japanese in Shift_JIS decodes as GB18030 with kana in it, and not as Big5 without them.
    data = ("これは予算の報告書ではありません。" * 4).encode("shift_jis")
    with pytest.raises(ParseError, match="not Chinese text in UTF-8, GB18030 or Big5"):
        decode(data)


@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=40))
def test_gb18030_and_gbk_documents_round_trip(sentences: list[str]) -> None:
    text = "".join(sentences)
    for codec in ("gb18030", "gbk"):
        expected = "utf-8" if text.isascii() else "gb18030"
        assert decode(text.encode(codec)) == Decoded(text, expected, ())


@given(st.text(max_size=200).filter(lambda t: not t.startswith("\x00")))
def test_utf16_with_mark_round_trip(text: str) -> None:
    # Any text at all, control characters included: the mark decides. (A text starting with
    # U+0000 after a little-endian mark would be the UTF-32 mark.)
    assert decode(text.encode("utf-16")) == Decoded(text, "utf-16", ())
    assert decode(codecs.BOM_UTF16_BE + text.encode("utf-16-be")) == Decoded(text, "utf-16", ())


ASCII_OR_CJK = st.lists(
    st.one_of(
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.sampled_from("\n\t"),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    ),
    min_size=1,
    max_size=200,
)


@given(ASCII_OR_CJK, st.sampled_from(["utf-16-le", "utf-16-be"]))
def test_utf16_without_mark_round_trip(chars: list[str], codec: str) -> None:
    """Mostly ASCII and CJK text in UTF-16 without a mark, when its ASCII characters (one NUL
    each) are at least 1 in 50 and outnumber the characters U+xx00 (a NUL on the other side;
    "一一a" is also "NN愀" in the other byte order)."""
    text = "".join(chars)
    ascii_count = sum(c.isascii() for c in text)
    round_hundreds = sum(not c.isascii() and ord(c) % 256 == 0 for c in text)
    if 50 * ascii_count <= len(text) or ascii_count <= round_hundreds:
        return
    assert decode(text.encode(codec)) == Decoded(text, codec, ())


# -- stray bytes ------------------------------------------------------------------------------


@given(st.data())
@settings(max_examples=200)
def test_a_stray_byte_in_utf8(data: st.DataObject) -> None:
    text = REPORT * 2
    cut = data.draw(st.integers(0, len(text)))
    byte = data.draw(st.integers(0x80, 0xFF))
    raw = text[:cut].encode() + bytes([byte]) + text[cut:].encode()
    decoded = decode(raw)
    offset = len(text[:cut].encode())
    assert decoded.encoding == "utf-8"
    assert decoded.bad_bytes == (BadByte(offset, byte),)
    assert decoded.text == text[:cut] + "\ufffd" + text[cut:]
    [finding] = decoded.findings("r.txt")
    assert f"byte 0x{byte:02x} at byte offset {offset} " in finding.message_en


@given(st.data())
@settings(max_examples=200)
def test_a_stray_byte_in_gb18030(data: st.DataObject) -> None:
    # 0x80 and 0xff are never part of a GB18030 character (any other byte may pair with the
    # next one and shift what follows: that cannot be seen from the bytes).
    text = REPORT * 2
    cut = data.draw(st.integers(0, len(text)))
    byte = data.draw(st.sampled_from([0x80, 0xFF]))
    raw = text[:cut].encode("gb18030") + bytes([byte]) + text[cut:].encode("gb18030")
    decoded = decode(raw)
    offset = len(text[:cut].encode("gb18030"))
    assert decoded.encoding == "gb18030"
    assert decoded.bad_bytes == (BadByte(offset, byte),)
    assert decoded.text == text[:cut] + "\ufffd" + text[cut:]
    [finding] = decoded.findings("r.txt")
    assert f"byte 0x{byte:02x} at byte offset {offset} " in finding.message_en
    assert "GB18030" in finding.message_en


def test_a_stray_byte_that_gb18030_would_take_is_still_utf8() -> None:
    # 0x81 0x77 is a GB18030 character: read as GB18030 this is valid, and wrong, without a word.
    decoded = decode("预算 ".encode() + b"\x81world")
    assert decoded == Decoded("预算 \ufffdworld", "utf-8", (BadByte(7, 0x81),))
    assert decode(b"hello \x81world").bad_bytes == (BadByte(6, 0x81),)


def test_a_stray_byte_after_a_utf8_mark() -> None:
    raw = codecs.BOM_UTF8 + "年初".encode() + b"\xff" + "预算".encode()
    decoded = decode(raw)
    assert decoded == Decoded("年初\ufffd预算", "utf-8-sig", (BadByte(9, 0xFF),))


def test_a_broken_code_unit_in_utf16() -> None:
    text = "年初预算100万元"
    raw = text[:2].encode("utf-16-le") + b"\x00\xd8" + text[2:].encode("utf-16-le")
    decoded = decode(raw)
    assert decoded.encoding == "utf-16-le"
    assert decoded.bad_bytes == (BadByte(4, 0x00), BadByte(5, 0xD8))
    assert decoded.text == "年初\ufffd\ufffd预算100万元"
    [finding] = decoded.findings()
    assert finding.message_en == (
        "2 bytes (0x00 0xd8) at byte offsets 4–5 cannot be decoded as UTF-16LE;"
        " each is read as U+FFFD"
    )
    assert finding.message_zh == (
        "字节偏移4–5处的2个字节（0x00 0xd8）无法按UTF-16LE解码，各按U+FFFD读入"
    )
    odd = decode(codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"!")
    assert odd.bad_bytes == (BadByte(2 + 2 * len(text), ord("!")),)


def test_a_large_input_with_a_few_bad_bytes() -> None:
    text = "".join(SENTENCES) * 20_000  # about 5 MB in UTF-8
    for codec, stray in (("utf-8", b"\xff"), ("gb18030", b"\x80")):
        cuts = [10, len(text) // 2, len(text) - 3]
        parts = [text[: cuts[0]], text[cuts[0] : cuts[1]], text[cuts[1] : cuts[2]], text[cuts[2] :]]
        raw = stray.join(part.encode(codec) for part in parts)
        assert len(raw) > 4_000_000
        decoded = decode(raw)
        assert decoded.encoding == codec
        assert decoded.text == "\ufffd".join(parts)
        offsets = [len(text[:cut].encode(codec)) + i for i, cut in enumerate(cuts)]
        assert [b.offset for b in decoded.bad_bytes] == offsets
        assert len(decoded.findings("big.txt")) == 3


# -- findings ---------------------------------------------------------------------------------


def test_the_finding_code_is_registered() -> None:
    info = CODES["io.undecodable-byte"]
    assert info.severity is Severity.WARNING
    assert info.title_en
    assert info.title_zh


def test_one_finding_in_english_and_chinese() -> None:
    decoded = Decoded("a\ufffdb", "gb18030", (BadByte(1234, 0x81),))
    [finding] = decoded.findings("report.txt")
    assert finding.code == "io.undecodable-byte"
    assert finding.severity is Severity.WARNING
    assert finding.location == Location(file="report.txt")
    assert finding.message_en == (
        "byte 0x81 at byte offset 1234 cannot be decoded as GB18030; it is read as U+FFFD"
    )
    assert finding.message_zh == "字节偏移1234处的字节0x81无法按GB18030解码，按U+FFFD读入"
    assert finding.format() == (
        "report.txt: io.undecodable-byte warning: byte 0x81 at byte offset 1234 cannot be"
        " decoded as GB18030; it is read as U+FFFD"
    )


def test_consecutive_bad_bytes_are_one_finding() -> None:
    head = REPORT.encode()
    raw = head + b"\xff\xfe\xfd\xfc\xfb\xfa" + REPORT.encode() + b"\xff"
    decoded = decode(raw)
    assert decoded.encoding == "utf-8"
    first, second = decoded.findings("r.txt")
    start = len(head)
    assert first.message_en == (
        f"6 bytes (0xff 0xfe 0xfd 0xfc …) at byte offsets {start}–{start + 5} cannot be decoded"
        " as UTF-8; each is read as U+FFFD"
    )
    assert first.message_zh == (
        f"字节偏移{start}–{start + 5}处的6个字节（0xff 0xfe 0xfd 0xfc …）无法按UTF-8解码，"
        "各按U+FFFD读入"
    )
    assert second.message_en.startswith(f"byte 0xff at byte offset {len(raw) - 1} ")


def test_findings_are_capped_with_a_count_of_the_rest() -> None:
    bad = (*(BadByte(10 * i, 0xFF) for i in range(MAX_FINDINGS + 5)), BadByte(241, 0xFE))
    findings = Decoded("x", "utf-8", bad).findings("r.txt")
    assert len(findings) == MAX_FINDINGS + 1
    last = findings[-1]
    assert last.message_en == (
        "6 more bytes in 5 more places from byte offset 200 on cannot be decoded as UTF-8 and"
        " are read as U+FFFD (only the first 20 places are listed)"
    )
    assert last.message_zh == (
        "另有5处共6个字节（自字节偏移200起）无法按UTF-8解码，均按U+FFFD读入（仅列出前20处）"
    )
    assert len(Decoded("x", "utf-8", bad).findings(limit=3)) == 4


def test_strict_text_refuses_a_replaced_character() -> None:
    assert decode(b"abc").strict_text("a.csv") == "abc"
    decoded = decode("年初".encode() + b"\xff\xfe" + "预算".encode())
    with pytest.raises(ParseError, match=r"byte 0xff at byte offset 6 .*1 more byte.*'a\.csv'"):
        decoded.strict_text("a.csv")


# -- refusals ---------------------------------------------------------------------------------


def _xlsx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
        (_xlsx(), "a zip archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "an OLE2 compound file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"abc" + bytes(100), "control characters"),
        (bytes(range(256)) * 8, "control characters"),
        (random.Random(7).randbytes(10_000), "control characters"),
        (REPORT.encode() + bytes(20) * 10, "NUL"),
    ],
    ids=["pdf", "xlsx", "xls", "png", "gzip", "nul-padded", "all-bytes", "random", "nul-tail"],
)
def test_binary_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match="not a text file") as info:
        decode(data)
    assert reason in str(info.value)


def test_another_encoding_is_refused() -> None:
    latin1 = "Café crème brûlée, déjà vu à la carte. ".encode("latin-1") * 100
    with pytest.raises(ParseError, match="not text in UTF-8, GB18030 or UTF-16"):
        decode(latin1)


def test_a_few_non_text_bytes_are_only_findings() -> None:
    latin1 = "Café".encode("latin-1") + b" and the rest in ASCII. " * 40
    decoded = decode(latin1)
    assert decoded.bad_bytes == (BadByte(3, 0xE9),)


# -- files ------------------------------------------------------------------------------------


def test_read_file(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(REPORT.encode("gbk"))
    assert read_file(path) == Decoded(REPORT, "gb18030")
    assert read_file(str(path)) == Decoded(REPORT, "gb18030")


def test_read_file_missing_or_unreadable(tmp_path: Path) -> None:
    with pytest.raises(
        FileError, match=r"cannot read the file \(No such file.*missing\.txt"
    ) as info:
        read_file(tmp_path / "missing.txt")
    assert isinstance(info.value, OSError)
    assert info.value.errno == errno.ENOENT
    assert info.value.filename == str(tmp_path / "missing.txt")
    with pytest.raises(FileError, match="cannot read the file"):
        read_file(tmp_path)


@pytest.mark.parametrize("path", [3.5, None, b"r.txt", object()])
def test_read_file_refuses_a_path_of_the_wrong_type(path: object) -> None:
    with pytest.raises(WrongTypeError, match=r"must be a str or os\.PathLike") as info:
        read_file(path)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, BudgetPerfError)


def test_read_file_names_the_file_when_it_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(ParseError, match=r"not a text file: it is a PDF document.*report\.pdf"):
        read_file(path)


# -- the readers that use it ------------------------------------------------------------------

CSV_OK = "code,name,initial,executed\n2010301,行政运行,100,90\n"


@pytest.mark.parametrize(
    "data",
    [
        CSV_OK.encode("utf-8"),
        CSV_OK.encode("utf-8-sig"),
        CSV_OK.encode("gbk"),
        CSV_OK.encode("utf-16"),
        CSV_OK.encode("utf-16-le"),
    ],
    ids=["utf-8", "utf-8-sig", "gbk", "utf-16", "utf-16-le"],
)
def test_ledger_csv_in_every_encoding(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "lines.csv"
    path.write_bytes(data)
    ledger = read_ledger_csv(path)
    assert ledger.names["2010301"] == "行政运行"


def test_ledger_csv_with_an_undecodable_byte_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lines.csv"
    head = "code,name,initial,executed\n2010301,行政".encode()
    path.write_bytes(head + b"\xff" + "运行,100,90\n".encode())
    with pytest.raises(ParseError, match=rf"byte 0xff at byte offset {len(head)} .*lines\.csv"):
        read_ledger_csv(path)
    path.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(ParseError, match=r"not a text file.*lines\.csv"):
        read_ledger_csv(path)


FORM = (
    Path(__file__).resolve().parent.parent / "examples" / "forms" / "junshan-2023-department.json"
)


def _form_json() -> str:
    return FORM.read_text(encoding="utf-8")


@pytest.mark.parametrize("codec", ["gb18030", "utf-16", "utf-8-sig"])
def test_form_json_in_other_encodings(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "form.json"
    path.write_bytes(_form_json().encode(codec))
    expected = read_form(FORM)
    form = read_form(path)
    assert (form.body, form.year, form.indicators) == (
        expected.body,
        expected.year,
        expected.indicators,
    )


def test_form_json_with_an_undecodable_byte_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "form.json"
    raw = _form_json().encode()
    at = raw.index("岳阳".encode())
    path.write_bytes(raw[:at] + b"\x80" + raw[at:])
    with pytest.raises(ParseError, match=rf"byte 0x80 at byte offset {at} .*form\.json"):
        read_form(path)
    # Text that is read but is not JSON: json's own error, as before.
    path.write_bytes("{".encode("utf-16"))
    with pytest.raises(ParseError, match="not JSON"):
        read_form(path)
