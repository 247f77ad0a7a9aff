"""What a workbook must pass before openpyxl opens it (private; standard library only).

An .xlsx file is a zip of XML parts. Before any XML is parsed, :func:`check_workbook` reads the
zip's directory and refuses, with a :class:`~budgetperf.errors.ParseError` naming the file and
the limit:

* a file that is not a zip, or a zip without ``xl/workbook.xml`` (not a workbook);
* a zip bomb: parts that claim more than :data:`MAX_UNCOMPRESSED_BYTES` in all, more than
  :data:`MAX_PARTS` parts, or a part that inflates more than :data:`MAX_RATIO` times
  (Python's zip reader never returns more than the size a part claims, and a part that would
  inflate past it fails its CRC check, so the claimed sizes bound the work);
* a part with a document type declaration (``<!DOCTYPE``): a workbook has none, and entity
  expansion ("billion laughs") and external entities need one. openpyxl parses through
  defusedxml as well (:func:`budgetperf.xlsx._read.load` checks that it does);
* a sheet that claims absurd dimensions (``<dimension ref="A1:NTP1000000"/>``), merges a range
  of more than :data:`MAX_CELLS` cells, or holds more than :data:`MAX_CELLS` cells: openpyxl
  makes an object for every cell of a merged range, so such a sheet would exhaust memory.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from budgetperf.errors import FileError, Location, ParseError

__all__ = [
    "MAX_CELLS",
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_PARTS",
    "MAX_RATIO",
    "MAX_ROWS",
    "MAX_UNCOMPRESSED_BYTES",
    "check_workbook",
    "is_workbook",
]

#: The largest .xlsx file read (a workbook of self-evaluation forms is tens of kilobytes).
MAX_FILE_BYTES = 20 * 1024 * 1024
#: The most its parts may inflate to, in all.
MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024
#: The most parts (files) the zip may hold.
MAX_PARTS = 2_000
#: The most a part larger than 1 MiB may inflate, as a multiple of its compressed size.
MAX_RATIO = 200
#: The most rows and columns a sheet may claim or use, and cells a workbook may hold.
MAX_ROWS = 20_000
MAX_COLUMNS = 500
MAX_CELLS = 500_000

_CHUNK = 1 << 16
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_REF = re.compile(rb"<(?:\w+:)?(dimension|mergeCell)\b[^>]*?\bref=\"([A-Za-z0-9:$]+)\"")
_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s>/]")
_ADDRESS = re.compile(r"^\$?([A-Za-z]{1,4})\$?([0-9]{1,8})$")


def is_workbook(path: Path) -> bool:
    """Whether ``path`` is a zip holding ``xl/workbook.xml`` (an .xlsx file, whatever its name)."""
    try:
        if not zipfile.is_zipfile(path):
            return False
        with zipfile.ZipFile(path) as archive:
            return "xl/workbook.xml" in archive.NameToInfo
    except (OSError, zipfile.BadZipFile, ValueError):
        return False


def _refuse(name: str, reason: str, value: object = None) -> ParseError:
    return ParseError(reason, value=value, location=Location(file=name))


def _column(letters: str) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + ord(ch) - 64
    return number


def _extent(ref: str) -> tuple[int, int] | None:
    """(rows, columns) a reference such as ``A1:NTP1000000`` spans, or None if unreadable."""
    corners = []
    for part in ref.split(":"):
        match = _ADDRESS.match(part)
        if match is None:
            return None
        corners.append((int(match[2]), _column(match[1])))
    if len(corners) == 1:
        return 1, 1
    (r1, c1), (r2, c2) = corners[0], corners[-1]
    return abs(r2 - r1) + 1, abs(c2 - c1) + 1


def check_workbook(path: Path, name: str) -> None:
    """Refuse ``path`` unless it is a workbook within every limit (see the module docs)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FileError(
            f"无法读取文件 (cannot read the file: {exc.strerror or exc})",
            value=name,
            errno=exc.errno,
        ) from None
    if size > MAX_FILE_BYTES:
        raise _refuse(
            name,
            f"文件大于 {MAX_FILE_BYTES:,} 字节，不作为工作簿读取 (the file is larger than"
            f" budgetperf.xlsx.MAX_FILE_BYTES = {MAX_FILE_BYTES:,} bytes)",
            size,
        )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise _refuse(
            name, "不是 .xlsx 工作簿（不是 zip 文件） (not an .xlsx workbook: not a zip)"
        ) from None
    except OSError as exc:
        raise FileError(
            f"无法读取文件 (cannot read the file: {exc.strerror or exc})",
            value=name,
            errno=exc.errno,
        ) from None
    with archive:
        infos = archive.infolist()
        if "xl/workbook.xml" not in archive.NameToInfo:
            raise _refuse(name, "不是 .xlsx 工作簿（缺少 xl/workbook.xml） (not an .xlsx workbook)")
        if len(infos) > MAX_PARTS:
            raise _refuse(
                name,
                f"zip 中有 {len(infos):,} 个部件，超过上限 (more parts than"
                f" budgetperf.xlsx.MAX_PARTS = {MAX_PARTS:,})",
                len(infos),
            )
        total = sum(info.file_size for info in infos)
        if total > MAX_UNCOMPRESSED_BYTES:
            raise _refuse(
                name,
                f"解压后共 {total:,} 字节，超过上限，疑为 zip 炸弹 (a zip bomb? the parts inflate"
                f" to more than budgetperf.xlsx.MAX_UNCOMPRESSED_BYTES ="
                f" {MAX_UNCOMPRESSED_BYTES:,} bytes)",
                total,
            )
        for info in infos:
            if info.file_size > 1 << 20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _refuse(
                    name,
                    f"部件 {info.filename} 压缩比超过 {MAX_RATIO}:1，疑为 zip 炸弹 (a zip bomb?"
                    f" a part inflates more than budgetperf.xlsx.MAX_RATIO = {MAX_RATIO} times)",
                    info.filename,
                )
        cells = 0
        for info in infos:
            if info.filename.endswith((".xml", ".rels", ".vml")) or info.filename.startswith(
                "xl/worksheets/"
            ):
                cells += _scan(archive, info, name)
                if cells > MAX_CELLS:
                    raise _too_many_cells(name, info.filename)


def _too_many_cells(name: str, part: str) -> ParseError:
    return _refuse(
        name,
        f"工作簿单元格超过 {MAX_CELLS:,} 个 (more cells than budgetperf.xlsx.MAX_CELLS ="
        f" {MAX_CELLS:,})",
        part,
    )


def _scan(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> int:
    """Scan one part in chunks: refuse a DTD or an absurd range; return how many cells it has."""
    sheet = info.filename.startswith("xl/worksheets/")
    cells = 0
    tail = b""
    try:
        with archive.open(info) as part:
            while chunk := part.read(_CHUNK):
                data = tail + chunk
                if _DOCTYPE.search(data):
                    raise _refuse(
                        name,
                        f"部件 {info.filename} 含文档类型声明（DOCTYPE/ENTITY），拒绝读取"
                        " (an XML part declares a DTD or entities; a workbook has none)",
                        info.filename,
                    )
                if sheet:
                    cells += len(_CELL_TAG.findall(chunk))
                    for match in _REF.finditer(data):
                        _check_range(name, info.filename, match[1].decode(), match[2].decode())
                tail = data[-256:]
    except ParseError:
        raise
    except zipfile.BadZipFile as exc:
        raise _refuse(name, f"zip 部件损坏 (a damaged part: {exc})", info.filename) from None
    except (OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise _refuse(
            name, f"zip 部件无法读取 (a part cannot be read: {exc})", info.filename
        ) from None
    return cells


def _check_range(name: str, part: str, tag: str, ref: str) -> None:
    extent = _extent(ref)
    if extent is None:
        return
    rows, columns = extent
    if rows > MAX_ROWS or columns > MAX_COLUMNS or rows * columns > MAX_CELLS:
        what = "合并区域" if tag == "mergeCell" else "工作表尺寸"
        raise _refuse(
            name,
            f"{part} 的{what} {ref} 为 {rows:,} 行 × {columns:,} 列，超过上限"
            f" (a claimed {rows:,} × {columns:,} range; budgetperf.xlsx.MAX_ROWS = {MAX_ROWS:,},"
            f" MAX_COLUMNS = {MAX_COLUMNS:,}, MAX_CELLS = {MAX_CELLS:,})",
            ref,
        )
