"""政府收支分类科目: expenditure classification codes, catalogues and printed 类/款/项 paths.

China's budget expenditure is classified twice. The **functional** classification
(支出功能分类) says what the money is for; the **economic** classification says what it buys, in
two parallel sets: 部门预算支出经济分类 (codes 3xx) and 政府预算支出经济分类 (codes 5xx). A
functional code has three levels, 类 (3 digits), 款 (5) and 项 (7), each level adding two digits
to its parent: 201 一般公共服务支出 → 20103 政府办公厅（室）及相关机构事务 → 2010301 行政运行. An
economic code has two levels, 类 (3 digits) and 款 (5).

**Code structure** needs no catalogue, and follows python-stdnum's verbs: :func:`compact`,
:func:`validate_code` (raises :class:`InvalidCode`), :func:`is_valid_code` (never raises),
:func:`format_code`, plus :func:`level_of`, :func:`parent_code` and :func:`code_chain`.

**Names** need a catalogue. No complete machine-readable copy of the official catalogue
(《政府收支分类科目》, published each year by the Ministry of Finance) is public, so the
catalogue bundled with budgetperf is partial, and every :class:`Subject` says where its row came
from (``source``) and how sure that is (``status``: ``confirmed``, ``secondary``,
``unconfirmed``; ``user`` for rows you load). Load the official edition you work with through
:func:`load_catalogue`; it overlays (``mode="merge"``) or replaces the bundled rows. The data
files are read on first use, not at import.

**Printed paths** such as "一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)"
are read by :func:`parse_path`, which reports what it could not resolve as
:class:`~budgetperf.audit.Finding` values, never as exceptions.

>>> compact("201 03 01"), format_code("2010301")
('2010301', '201 03 01')
>>> parent_code("2010301"), code_chain("2010301")
('20103', ('201', '20103', '2010301'))
>>> is_valid_code("302-17", Scheme.ECONOMIC_DEPARTMENT)
True
>>> validate_code("2010")
Traceback (most recent call last):
    ...
budgetperf.classification.InvalidCode: a 支出功能分类 code has 3, 5 or 7 digits ...
>>> [str(s) for s in bundled_catalogue().chain("2010301")]
['201 一般公共服务支出', '20103 政府办公厅（室）及相关机构事务', '2010301 行政运行']
>>> parse_path("卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项)").code
'2101101'
"""

from __future__ import annotations

import enum
import functools
import io
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Literal, TextIO

import attrs

from budgetperf._decimal import member
from budgetperf.audit import Finding, Severity
from budgetperf.errors import (
    BudgetPerfError,
    InvalidOption,
    Location,
    ParseError,
    WrongTypeError,
)
from budgetperf.textaudit.read import decode, read_bytes

__all__ = [
    "BUNDLED",
    "MAX_PATH_SEGMENTS",
    "Catalogue",
    "CodeLevel",
    "InvalidCode",
    "NameRelation",
    "OtherName",
    "PathReading",
    "PathSegment",
    "Scheme",
    "Subject",
    "SubjectStatus",
    "bundled_catalogue",
    "classify",
    "code_chain",
    "compact",
    "format_code",
    "is_valid_code",
    "level_of",
    "load_catalogue",
    "normalise_name",
    "parent_code",
    "parse_path",
    "validate_code",
]


#: The name of the catalogue shipped with budgetperf (``Subject.catalogue``, ``Catalogue.name``).
BUNDLED = "budgetperf-bundled"


class SubjectStatus(enum.StrEnum):
    """How sure a catalogue row is (a str enum: ``SubjectStatus.USER == "user"``, and JSON and
    text output print the word)."""

    CONFIRMED = "confirmed"  #: seen in a published text
    SECONDARY = "secondary"  #: seen only in software code
    UNCONFIRMED = "unconfirmed"  #: widely used, not confirmed from an official text
    USER = "user"  #: from a file you loaded


class NameRelation(enum.StrEnum):
    """How another name relates to a code's current name (a str enum equal to its word)."""

    FORMER = "former"  #: the name an earlier edition printed
    VARIANT = "variant"  #: another name seen for the code


class InvalidCode(BudgetPerfError, ValueError):
    """A classification code whose structure is wrong; the reason says what is wrong."""

    message = "invalid classification code"


class CodeLevel(enum.Enum):
    """A level of the classification: 类, 款 or 项 (3, 5 and 7 digits)."""

    LEI = "类"
    KUAN = "款"
    XIANG = "项"

    @property
    def length(self) -> int:
        """Number of digits of a code at this level: 3, 5 or 7."""
        return _LENGTHS[self]

    @property
    def depth(self) -> int:
        """0 for 类, 1 for 款, 2 for 项."""
        return (self.length - 3) // 2

    @property
    def label(self) -> str:
        """The Chinese name of the level, 类, 款 or 项 (the same as ``value``)."""
        return self.value


_LENGTHS = {CodeLevel.LEI: 3, CodeLevel.KUAN: 5, CodeLevel.XIANG: 7}
_BY_LENGTH = {3: CodeLevel.LEI, 5: CodeLevel.KUAN, 7: CodeLevel.XIANG}
_BY_DEPTH = (CodeLevel.LEI, CodeLevel.KUAN, CodeLevel.XIANG)


class Scheme(enum.Enum):
    """A classification scheme: functional, or one of the two economic ones."""

    #: 支出功能分类: 类 2xx, 款 2xxxx, 项 2xxxxxx.
    FUNCTIONAL = "functional"
    #: 部门预算支出经济分类: 类 3xx, 款 3xxxx.
    ECONOMIC_DEPARTMENT = "economic-department"
    #: 政府预算支出经济分类: 类 5xx, 款 5xxxx.
    ECONOMIC_GOVERNMENT = "economic-government"

    @property
    def title(self) -> str:
        """The Chinese name of the scheme."""
        return _TITLES[self]

    @property
    def levels(self) -> tuple[CodeLevel, ...]:
        """The levels of the scheme: 类/款/项 for functional, 类/款 for economic."""
        if self is Scheme.FUNCTIONAL:
            return _BY_DEPTH
        return _BY_DEPTH[:2]

    @property
    def first_digit(self) -> str:
        """The digit every code of the scheme starts with: 2, 3 or 5."""
        return _FIRST_DIGITS[self]


_TITLES = {
    Scheme.FUNCTIONAL: "支出功能分类",
    Scheme.ECONOMIC_DEPARTMENT: "部门预算支出经济分类",
    Scheme.ECONOMIC_GOVERNMENT: "政府预算支出经济分类",
}
_FIRST_DIGITS = {
    Scheme.FUNCTIONAL: "2",
    Scheme.ECONOMIC_DEPARTMENT: "3",
    Scheme.ECONOMIC_GOVERNMENT: "5",
}
_FILES = {
    Scheme.FUNCTIONAL: "functional.csv",
    Scheme.ECONOMIC_DEPARTMENT: "economic_department.csv",
    Scheme.ECONOMIC_GOVERNMENT: "economic_government.csv",
}

# ---------------------------------------------------------------------------------------------
# Code structure (no catalogue needed)

# Separators printed inside codes: spaces, dashes ("302-17"), dots, middle dots, slashes.
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―.·・/_]+")


def compact(code: str) -> str:
    """Return the code without spaces, dashes or dots, full-width digits folded to ASCII.

    >>> compact(" ２０１ ０３ ０１ "), compact("302-17"), compact("201.03")
    ('2010301', '30217', '20103')
    """
    if not isinstance(code, str):
        raise WrongTypeError(
            f"a code must be a str, not {type(code).__name__} (a code like 2010301 is text: "
            "leading zeros of a 款 or 项 matter)",
            value=code,
        )
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", code))


def _scheme(scheme: object) -> Scheme:
    if not isinstance(scheme, Scheme):
        raise WrongTypeError(f"scheme must be a Scheme, not {type(scheme).__name__}", value=scheme)
    return scheme


def _text_argument(text: object, what: str) -> str:
    if not isinstance(text, str):
        raise WrongTypeError(f"{what} must be a str, not {type(text).__name__}", value=text)
    return text


def _digits(code: str, where: Location | None) -> str:
    c = compact(code)
    if not c:
        raise InvalidCode("empty code", value=code, location=where)
    if not (c.isascii() and c.isdigit()):
        raise InvalidCode("a code has digits only", value=code, location=where)
    return c


def level_of(code: str) -> CodeLevel:
    """Return the level of a code from its length: 3 digits 类, 5 款, 7 项.

    >>> level_of("20103")
    <CodeLevel.KUAN: '款'>
    """
    c = _digits(code, None)
    level = _BY_LENGTH.get(len(c))
    if level is None:
        raise InvalidCode(f"a code has 3, 5 or 7 digits, not {len(c)}", value=code)
    return level


def parent_code(code: str) -> str | None:
    """Return the code one level up (the code without its last two digits); None for a 类.

    >>> parent_code("2010301"), parent_code("20103"), parent_code("201")
    ('20103', '201', None)
    """
    c = compact(code)
    if level_of(c) is CodeLevel.LEI:
        return None
    return c[:-2]


def code_chain(code: str) -> tuple[str, ...]:
    """Return the codes from the 类 down to ``code``.

    >>> code_chain("30217")
    ('302', '30217')
    """
    c = compact(code)
    return tuple(c[: lvl.length] for lvl in _BY_DEPTH[: level_of(c).depth + 1])


def format_code(code: str) -> str:
    """Write a code with a space between its levels: ``201 03 01``."""
    return " ".join(code_chain(code)[:1] + tuple(c[-2:] for c in code_chain(code)[1:]))


def validate_code(
    code: str, scheme: Scheme = Scheme.FUNCTIONAL, *, where: Location | None = None
) -> str:
    """Check the structure of a code of ``scheme`` and return it compacted.

    The code must have digits only, 3/5/7 digits for a functional code or 3/5 for an
    economic one, and start with the scheme's digit (2 functional, 3 department economic,
    5 government economic). This does not check that the code exists: see :class:`Catalogue`.

    :raises InvalidCode: with the reason, the code and ``where``.

    >>> validate_code("201 03 01")
    '2010301'
    >>> validate_code("3021701", Scheme.ECONOMIC_DEPARTMENT)
    Traceback (most recent call last):
        ...
    budgetperf.classification.InvalidCode: a 部门预算支出经济分类 code has 3 or 5 digits ...
    >>> validate_code("30217")
    Traceback (most recent call last):
        ...
    budgetperf.classification.InvalidCode: a 支出功能分类 code starts with 2: '30217'
    """
    c = _digits(code, where)
    levels = _scheme(scheme).levels
    if len(c) not in [lvl.length for lvl in levels]:
        three = len(levels) == 3
        expected = "3, 5 or 7 digits (类, 款, 项)" if three else "3 or 5 digits (类, 款)"
        raise InvalidCode(
            f"a {scheme.title} code has {expected}, not {len(c)}", value=code, location=where
        )
    if c[0] != scheme.first_digit:
        raise InvalidCode(
            f"a {scheme.title} code starts with {scheme.first_digit}", value=code, location=where
        )
    return c


def is_valid_code(code: object, scheme: Scheme = Scheme.FUNCTIONAL) -> bool:
    """Tell whether ``code`` is a well-formed code of ``scheme``; never raises.

    >>> is_valid_code("2010301"), is_valid_code("201030"), is_valid_code(2010301)
    (True, False, False)
    """
    if not isinstance(code, str):
        return False
    try:
        validate_code(code, scheme)
    except BudgetPerfError:
        return False
    return True


def normalise_name(name: str) -> str:
    """Return ``name`` in the form names are compared in: NFKC, no white space.

    Full-width and half-width parentheses compare equal, so a 决算 printing
    "政府办公厅(室)" finds the catalogue's "政府办公厅（室）".

    >>> normalise_name("政府办公厅（室） 及相关机构事务")
    '政府办公厅(室)及相关机构事务'
    """
    return "".join(unicodedata.normalize("NFKC", _text_argument(name, "a name")).split())


# ---------------------------------------------------------------------------------------------
# Subjects and catalogues


def _subject_status(value: SubjectStatus | str) -> SubjectStatus:
    return member(value, SubjectStatus, "status")


def _name_relation(value: NameRelation | str) -> NameRelation:
    return member(value, NameRelation, "relation")


@attrs.frozen
class Subject:
    """One 科目 of a catalogue: its code, name and where the row came from.

    ``edition`` is the catalogue year the source states (``"2023"``), or ``"unknown"``.
    ``status`` (a :class:`SubjectStatus`) says how sure the row is: ``confirmed`` (seen in a
    published text), ``secondary`` (seen only in software code), ``unconfirmed`` (widely used,
    not confirmed) or ``user`` (from a file you loaded). ``catalogue`` names the catalogue the
    row belongs to.
    """

    code: str
    name: str
    level: CodeLevel
    parent: str | None
    scheme: Scheme
    edition: str
    source: str = attrs.field(repr=False)
    status: SubjectStatus = attrs.field(converter=_subject_status)
    catalogue: str

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


@attrs.frozen
class OtherName:
    """Another name seen for a code: a former name (``relation`` is
    :attr:`NameRelation.FORMER`) or a variant (:attr:`NameRelation.VARIANT`).

    Older 决算 texts print names that later editions changed (20805 was printed
    行政事业单位离退休 in 2018 and is 行政事业单位养老支出 now). :func:`parse_path` reads such a
    name as the code, with a warning.
    """

    code: str
    name: str
    relation: NameRelation = attrs.field(converter=_name_relation)
    source: str = attrs.field(repr=False)
    status: SubjectStatus = attrs.field(converter=_subject_status)


class Catalogue:
    """The subjects of one scheme, by code and by name.

    Build one with :func:`bundled_catalogue`, :func:`load_catalogue` or directly from
    :class:`Subject` values. Each subject's code must be valid for ``scheme``, its level must
    fit its length and its parent must be its code minus the last two digits; a parent need not
    be in the catalogue. A catalogue does not change once built.

    >>> cat = bundled_catalogue()
    >>> cat.name, "2010301" in cat, cat.name_of("20805")
    ('budgetperf-bundled', True, '行政事业单位养老支出')
    >>> [str(s) for s in cat.find("政府办公厅(室)及相关机构事务")]
    ['20103 政府办公厅（室）及相关机构事务']
    >>> [str(s) for s in cat.nearest("社会保障与就业支出", CodeLevel.LEI)]
    ['208 社会保障和就业支出']
    """

    __slots__ = (
        "_by_code",
        "_by_name",
        "_children",
        "_editions",
        "_name",
        "_names",
        "_other",
        "_other_by_name",
        "_scheme",
    )

    def __init__(
        self,
        subjects: Iterable[Subject],
        *,
        name: str,
        scheme: Scheme,
        other_names: Iterable[OtherName] = (),
    ) -> None:
        _scheme(scheme)
        _text_argument(name, "a catalogue's name")
        given: object = subjects  # untyped callers may pass anything
        if isinstance(given, str) or not isinstance(given, Iterable):
            raise WrongTypeError(
                f"subjects must be an iterable of Subject, not {type(subjects).__name__}",
                value=subjects,
            )
        by_code: dict[str, Subject] = {}
        for s in subjects:
            if not isinstance(s, Subject):
                raise WrongTypeError(
                    f"a catalogue holds Subject values, not {type(s).__name__}", value=s
                )
            if s.scheme is not scheme:
                raise InvalidOption(
                    f"subject {s} is {s.scheme.value}, the catalogue is {scheme.value}"
                )
            validate_code(s.code, scheme)
            if s.code != compact(s.code) or level_of(s.code) is not s.level:
                raise InvalidCode(f"level {s.level.value} does not fit the code", value=s.code)
            if s.parent != parent_code(s.code):
                raise InvalidCode(f"parent {s.parent} is not the parent of the code", value=s.code)
            if s.code in by_code:
                raise InvalidCode("the code is given twice", value=s.code)
            by_code[s.code] = s
        self._scheme = scheme
        self._name = name
        self._by_code = dict(sorted(by_code.items()))
        self._by_name: dict[str, list[Subject]] = {}
        self._children: dict[str, list[Subject]] = {}
        self._names: list[tuple[str, Subject]] = []
        for s in self._by_code.values():
            key = normalise_name(s.name)
            self._by_name.setdefault(key, []).append(s)
            self._names.append((key, s))
            if s.parent is not None:
                self._children.setdefault(s.parent, []).append(s)
        self._editions = frozenset(s.edition for s in self._by_code.values())
        self._other = tuple(other_names)
        self._other_by_name: dict[str, list[OtherName]] = {}
        for o in self._other:
            self._other_by_name.setdefault(normalise_name(o.name), []).append(o)

    @property
    def name(self) -> str:
        """Which catalogue this is: ``budgetperf-bundled``, a file name, or ``a+b`` merged."""
        return self._name

    @property
    def scheme(self) -> Scheme:
        """The scheme of every subject in the catalogue."""
        return self._scheme

    @property
    def editions(self) -> frozenset[str]:
        """The editions of the subjects (years, and ``"unknown"``)."""
        return self._editions

    @property
    def other_names(self) -> tuple[OtherName, ...]:
        """Former and variant names known for codes of this catalogue."""
        return self._other

    def __repr__(self) -> str:
        return f"<Catalogue {self._name!r} {self._scheme.value}, {len(self)} subjects>"

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Subject]:
        return iter(self._by_code.values())

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and compact(code) in self._by_code

    def get(self, code: str) -> Subject | None:
        """Return the subject of ``code`` (compacted first), or None."""
        return self._by_code.get(compact(code))

    def name_of(self, code: str) -> str | None:
        """Return the name of ``code``, or None when the catalogue does not have it."""
        subject = self.get(code)
        return None if subject is None else subject.name

    def children(self, code: str) -> list[Subject]:
        """Return the subjects one level below ``code``, in code order."""
        return list(self._children.get(compact(code), ()))

    def chain(self, code: str) -> list[Subject]:
        """Return the subjects from the 类 down to ``code`` that the catalogue has."""
        return [s for c in code_chain(code) if (s := self._by_code.get(c)) is not None]

    def find(self, name: str, level: CodeLevel | None = None) -> list[Subject]:
        """Return the subjects named ``name`` (compared by :func:`normalise_name`)."""
        found = self._by_name.get(normalise_name(name), ())
        return [s for s in found if level is None or s.level is level]

    def find_other_name(self, name: str) -> list[tuple[OtherName, Subject]]:
        """Return the codes that ``name`` is a former or variant name of, with their subjects."""
        return [
            (o, s)
            for o in self._other_by_name.get(normalise_name(name), ())
            if (s := self._by_code.get(o.code)) is not None
        ]

    def nearest(
        self, name: str, level: CodeLevel | None = None, n: int = 3, *, under: str | None = None
    ) -> list[Subject]:
        """Return up to ``n`` subjects whose names are close to ``name`` (difflib ratio ≥ 0.6).

        The closest come first; with ``under``, the descendants of that code come before the
        others.
        """
        import difflib

        key = normalise_name(name)
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(key)
        scored: list[tuple[int, float, str, Subject]] = []
        for candidate, s in self._names:
            if level is not None and s.level is not level:
                continue
            matcher.set_seq1(candidate)
            if matcher.real_quick_ratio() < 0.6 or matcher.quick_ratio() < 0.6:
                continue
            ratio = matcher.ratio()
            if ratio >= 0.6:
                outside = 0 if under is not None and _is_below(s.code, under) else 1
                scored.append((outside, -ratio, s.code, s))
        scored.sort(key=lambda t: t[:3])
        return [t[3] for t in scored[:n]]

    def merged_with(
        self, other: Catalogue, prefer: Literal["other", "self"] = "other"
    ) -> Catalogue:
        """Return the union of two catalogues of one scheme; on a shared code ``prefer`` wins.

        The result is named ``"<self>+<other>"``; each subject keeps the name of the
        catalogue it came from.
        """
        if other.scheme is not self.scheme:
            raise InvalidOption(
                f"cannot merge a {other.scheme.value} catalogue into a {self.scheme.value} one"
            )
        if prefer not in ("other", "self"):
            raise InvalidOption(f"prefer must be 'other' or 'self', not {prefer!r}")
        low, high = (self, other) if prefer == "other" else (other, self)
        subjects = {s.code: s for s in low}
        subjects.update((s.code, s) for s in high)
        names = {(o.code, o.name): o for o in (*low.other_names, *high.other_names)}
        return Catalogue(
            subjects.values(),
            name=f"{self.name}+{other.name}",
            scheme=self.scheme,
            other_names=names.values(),
        )


def _is_below(code: str, ancestor: str) -> bool:
    return len(code) > len(ancestor) and code.startswith(ancestor)


def _read_data(filename: str) -> list[dict[str, str]]:
    # csv and importlib.resources are imported here, on first use, to keep the import cheap.
    import csv
    from importlib import resources

    resource = resources.files("budgetperf").joinpath("data").joinpath(filename)
    return list(csv.DictReader(io.StringIO(resource.read_text(encoding="utf-8"))))


@functools.cache
def _bundled(scheme: Scheme) -> Catalogue:
    subjects = [
        Subject(
            code=r["code"],
            name=r["name"],
            level=CodeLevel(r["level"]),
            parent=r["parent"] or None,
            scheme=scheme,
            edition=r["edition"],
            source=r["source"],
            status=SubjectStatus(r["status"]),
            catalogue=BUNDLED,
        )
        for r in _read_data(_FILES[scheme])
    ]
    other = [
        OtherName(
            code=r["code"],
            name=r["name"],
            relation=NameRelation(r["relation"]),
            source=r["source"],
            status=SubjectStatus(r["status"]),
        )
        for r in _read_data("other_names.csv")
        if r["scheme"] == scheme.value
    ]
    return Catalogue(subjects, name=BUNDLED, scheme=scheme, other_names=other)


def bundled_catalogue(scheme: Scheme = Scheme.FUNCTIONAL) -> Catalogue:
    """Return the catalogue shipped with budgetperf for ``scheme`` (read once, then cached).

    It is partial: see the module documentation and ``budgetperf/data/README.md``.

    >>> len(bundled_catalogue(Scheme.ECONOMIC_GOVERNMENT))
    10
    """
    return _bundled(_scheme(scheme))


# ---------------------------------------------------------------------------------------------
# Loading a user's catalogue

_Role = Literal["code", "name", "level", "parent", "edition"]
_HEADERS: dict[str, tuple[_Role, Scheme | None]] = {
    "code": ("code", None),
    "科目编码": ("code", None),
    "科目代码": ("code", None),
    "编码": ("code", None),
    "exp_func_code": ("code", Scheme.FUNCTIONAL),
    "dep_bgt_eco_code": ("code", Scheme.ECONOMIC_DEPARTMENT),
    "gov_bgt_eco_code": ("code", Scheme.ECONOMIC_GOVERNMENT),
    "name": ("name", None),
    "科目名称": ("name", None),
    "名称": ("name", None),
    "exp_func_name": ("name", Scheme.FUNCTIONAL),
    "dep_bgt_eco_name": ("name", Scheme.ECONOMIC_DEPARTMENT),
    "gov_bgt_eco_name": ("name", Scheme.ECONOMIC_GOVERNMENT),
    "level": ("level", None),
    "level_no": ("level", None),
    "级次": ("level", None),
    "科目级次": ("level", None),
    "parent": ("parent", None),
    "parent_code": ("parent", None),
    "parent_id": ("parent", None),
    "上级编码": ("parent", None),
    "上级科目编码": ("parent", None),
    "edition": ("edition", None),
    "year": ("edition", None),
    "fiscal_year": ("edition", None),
    "年度": ("edition", None),
}
_LEVEL_TEXT = {"类": CodeLevel.LEI, "款": CodeLevel.KUAN, "项": CodeLevel.XIANG, "1": CodeLevel.LEI}
_LEVEL_TEXT.update({"2": CodeLevel.KUAN, "3": CodeLevel.XIANG})


def _decode(data: bytes, encoding: str | None, file: str) -> str:
    where = Location(file=file)
    if encoding is not None:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InvalidOption("unknown encoding", value=encoding) from None
        except UnicodeDecodeError as exc:
            raise ParseError(
                f"not {encoding}: undecodable byte at offset {exc.start}", location=where
            ) from None
    # No encoding given: the one decoder every reader of files uses (UTF-8, GB18030/GBK or
    # UTF-16 detected, not guessed); a byte it cannot decode is refused with its offset.
    return decode(data).strict_text(file)


def _read_source(
    source: str | os.PathLike[str] | TextIO, encoding: str | None, name: str | None
) -> tuple[str, str, str]:
    """Return (file for messages, default catalogue name, text)."""
    if encoding is not None:
        _text_argument(encoding, "encoding")
    if isinstance(source, (str, os.PathLike)):
        file = os.fspath(source)
        data = read_bytes(source, what="the catalogue")
        return file, os.path.basename(file) or file, _decode(data, encoding, file)
    read = getattr(source, "read", None)
    if not callable(read):
        raise WrongTypeError(
            f"a catalogue source must be a path or a text stream, not {type(source).__name__}",
            value=source,
        )
    stream_name = getattr(source, "name", None)
    file = stream_name if isinstance(stream_name, str) else name or "<stream>"
    text = read()
    if not isinstance(text, str):
        raise WrongTypeError(
            f"a catalogue stream must give text, not {type(text).__name__} (open it in text mode)",
            value=file,
        )
    return file, os.path.basename(file) or file, text


def _parse_catalogue(text: str, *, file: str, scheme: Scheme, name: str) -> list[Subject]:
    import csv

    records: list[list[str]] = []
    try:
        # Universal newlines: "\r\n", "\n" and a lone "\r" all end a row.
        records.extend(csv.reader(io.StringIO(text, newline=None)))
    except csv.Error as exc:
        raise ParseError(
            f"not CSV: {exc}", location=Location(file=file, row=len(records) + 1)
        ) from None
    if not records:
        raise ParseError("the file is empty", location=Location(file=file))
    header = records[0]
    columns: dict[_Role, tuple[int, str]] = {}
    for i, title in enumerate(header):
        key = unicodedata.normalize("NFKC", title).strip().lstrip("\ufeff").strip().lower()
        hit = _HEADERS.get(key)
        if hit is None:
            continue
        role, for_scheme = hit
        where = Location(file=file, row=1, field=title)
        if for_scheme is not None and for_scheme is not scheme:
            raise ParseError(
                f"this column holds {for_scheme.value} codes, but the catalogue is read as "
                f"{scheme.value}; pass scheme=Scheme.{for_scheme.name}",
                location=where,
            )
        if role in columns:
            raise ParseError(
                f"two columns give the {role}: {columns[role][1]!r} and {title!r}", location=where
            )
        columns[role] = (i, title)
    for role in ("code", "name"):
        if role not in columns:
            raise ParseError(
                f"no {role} column (expected one of: "
                + ", ".join(k for k, v in _HEADERS.items() if v[0] == role)
                + ")",
                value=",".join(header),
                location=Location(file=file, row=1),
            )

    subjects: dict[str, tuple[Subject, int]] = {}
    for row, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue  # a blank line, or a row of empty cells as spreadsheets export them
        cells = _Row(record, columns, Location(file=file, row=row))
        subject = _parse_row(cells, scheme, f"{name} row {row}", name)
        if subject.code in subjects:
            first, first_row = subjects[subject.code]
            if normalise_name(first.name) != normalise_name(subject.name):
                raise ParseError(
                    f"code {subject.code} is also on row {first_row}, named {first.name!r}",
                    value=subject.name,
                    location=cells.where("name"),
                )
            continue
        subjects[subject.code] = (subject, row)
    if not subjects:
        raise ParseError("the file has no rows", location=Location(file=file))
    return [s for s, _ in subjects.values()]


class _Row:
    """One record of a catalogue file, its cells found by role."""

    __slots__ = ("columns", "location", "record")

    def __init__(
        self, record: list[str], columns: dict[_Role, tuple[int, str]], location: Location
    ) -> None:
        self.record, self.columns, self.location = record, columns, location

    def get(self, role: _Role) -> str:
        index = self.columns[role][0] if role in self.columns else len(self.record)
        return self.record[index].strip() if index < len(self.record) else ""

    def where(self, role: _Role) -> Location:
        return self.location.with_field(self.columns[role][1])


def _parse_row(cells: _Row, scheme: Scheme, source: str, catalogue: str) -> Subject:
    raw = cells.get("code")
    if not (raw.isascii() and raw.isdigit()):
        reason = "a code has digits only (nothing is removed)" if raw else "empty code"
        raise InvalidCode(reason, value=raw, location=cells.where("code"))
    code = validate_code(raw, scheme, where=cells.where("code"))
    level = level_of(code)
    name = cells.get("name")
    if not name:
        raise ParseError("empty name", location=cells.where("name"))
    level_text = cells.get("level")
    if level_text:
        given = _LEVEL_TEXT.get(unicodedata.normalize("NFKC", level_text))
        if given is None:
            raise ParseError(
                "a level is 类, 款, 项 or 1, 2, 3", value=level_text, location=cells.where("level")
            )
        if given is not level:
            raise ParseError(
                f"level {given.value} does not fit code {code}, a {level.value}",
                value=level_text,
                location=cells.where("level"),
            )
    parent = parent_code(code)
    parent_text = cells.get("parent")
    top = parent is None and parent_text == "0"
    if parent_text and not top and parent_text != parent:
        expected = "none (it is a 类)" if parent is None else parent
        raise ParseError(
            f"the parent of {code} is {expected}", value=parent_text, location=cells.where("parent")
        )
    edition = cells.get("edition") or "unknown"
    if edition != "unknown" and not re.fullmatch(r"(19|20)\d\d", edition):
        raise ParseError("a year is four digits", value=edition, location=cells.where("edition"))
    return Subject(
        code=code,
        name=name,
        level=level,
        parent=parent,
        scheme=scheme,
        edition=edition,
        source=source,
        status=SubjectStatus.USER,
        catalogue=catalogue,
    )


def load_catalogue(
    source: str | os.PathLike[str] | TextIO,
    *,
    scheme: Scheme = Scheme.FUNCTIONAL,
    mode: Literal["merge", "replace"] = "merge",
    name: str | None = None,
    encoding: str | None = None,
) -> Catalogue:
    """Read a catalogue from a CSV file (a path or an open text stream).

    The first row names the columns; ``code`` and ``name`` are required, ``level``,
    ``parent`` and ``edition`` (a year) optional, other columns are ignored. Column names are
    compared without case and may also be the Chinese ones (科目编码, 科目名称, 级次, 上级编码,
    年度) or those of 预算管理一体化 exports (``exp_func_code``/``exp_func_name``,
    ``dep_bgt_eco_code``/``…_name``, ``gov_bgt_eco_code``/``…_name``, ``level_no``,
    ``parent_code``/``parent_id``, ``fiscal_year``). Without ``encoding``, a file is read as
    UTF-8 (with or without BOM), else as GB18030 (which includes GBK).

    Every row is checked: the code's structure, the level against the code's length, the
    parent against the code (``0`` is accepted as the parent of a 类), a year of four digits,
    and no code twice with different names. The first fault raises
    :class:`~budgetperf.errors.ParseError` or :class:`InvalidCode` naming the file, row
    (the header is row 1) and column (a stream without a name is named by ``name``); nothing is
    fixed silently. Rows whose cells are all empty are skipped.

    With ``mode="merge"`` (the default) the rows overlay the bundled catalogue (the file wins on
    a shared code) and the result is named ``budgetperf-bundled+<name>``; with
    ``mode="replace"`` only the file's rows are used and the result is named ``<name>`` (the
    file's base name unless ``name`` is given). Loaded subjects have ``status="user"``.
    """
    if mode not in ("merge", "replace"):
        raise InvalidOption("mode must be 'merge' or 'replace'", value=mode)
    _scheme(scheme)
    if name is not None:
        _text_argument(name, "name")
    file, default_name, text = _read_source(source, encoding, name)
    label = name or default_name
    user = Catalogue(
        _parse_catalogue(text, file=file, scheme=scheme, name=label), name=label, scheme=scheme
    )
    if mode == "replace":
        return user
    return bundled_catalogue(scheme).merged_with(user)


# ---------------------------------------------------------------------------------------------
# Printed paths

# A level label: (类) (款) (项), half- or full-width, optionally with a code: (210类) (11款).
# Possessive runs (*+): a "(" followed by 50,000 spaces fails in one pass, not by backtracking
# over every split of the run between the two \s*.
_LABEL = re.compile(r"[(（]\s*+([0-9０-９]*+)\s*+([类款项])\s*+[)）]")
#: The most labelled levels :func:`parse_path` reads in one text (a 类/款/项 path has 3). A text
#: with more is refused before any is matched: each level read is a catalogue lookup and up to
#: three findings, and "(款)" × 300,000 took 6 s a MB.
MAX_PATH_SEGMENTS = 100
# A list marker before the path: "(1)", "（一）", "1、", "4.", "三、".
_LEADING = re.compile(
    r"\s*(?:[(（]\s*[0-9０-９一二三四五六七八九十]+\s*[)）]"
    r"|[0-9０-９]+\s*[、.．]|[一二三四五六七八九十]+\s*、)?\s*"
)
# Punctuation skipped after a path; found by walking back from the end (a regex searched from
# every position of a long run of spaces would be quadratic).
_TRAILING_PUNCTUATION = frozenset("。．.，,；;：:")


def _trailing_start(text: str, start: int) -> int:
    """Where the white space and punctuation that end ``text`` begin (not before ``start``)."""
    end = len(text)
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING_PUNCTUATION):
        end -= 1
    return end


@attrs.frozen
class PathSegment:
    """One level of a printed path: a name and, usually, its label.

    ``label`` is the printed level (None when the segment has no label); ``level`` is the label
    or, for an unlabelled last segment, the level after the one before it. ``printed_code`` is
    the code printed inside the label (``"11"`` in ``(11款)``); ``claimed_code`` is the full
    code it stands for (``"21011"``). ``span`` is (start, end) in the text. ``subject`` is the
    matched subject, or None.
    """

    name: str
    label: CodeLevel | None
    level: CodeLevel | None
    printed_code: str | None
    claimed_code: str | None
    span: tuple[int, int]
    subject: Subject | None


@attrs.frozen
class PathReading:
    """What :func:`parse_path` read: the segments, the code, and the findings.

    ``code`` is the code of the last segment when every segment resolved and no finding is an
    error; otherwise None. Each finding is a :class:`~budgetperf.audit.Finding` whose location
    is line 1 and the column of its segment, ``span`` the segment as printed, ``offsets`` its
    (start, end) in :attr:`text`, ``segment`` its index, ``candidates`` the subjects that may
    have been meant and ``catalogue`` the catalogue that answered.
    """

    text: str
    segments: tuple[PathSegment, ...]
    code: str | None
    findings: tuple[Finding, ...]
    catalogue: str

    @property
    def ok(self) -> bool:
        """True when no finding is an error."""
        return not self.errors

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings whose severity is ``error``."""
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def subject(self) -> Subject | None:
        """The subject of :attr:`code`, or None."""
        return self.segments[-1].subject if self.code is not None else None


class _Raw:
    """A segment as split from the text, before matching (a plain class: cheap to define)."""

    __slots__ = ("end", "label", "name", "printed", "start")

    def __init__(
        self, name: str, start: int, end: int, label: CodeLevel | None, printed: str | None
    ) -> None:
        self.name, self.start, self.end, self.label, self.printed = name, start, end, label, printed


def _split(text: str) -> list[_Raw]:
    start = _LEADING.match(text)
    body_start = start.end() if start else 0
    body_end = _trailing_start(text, body_start)
    raws: list[_Raw] = []
    pos = body_start
    for m in _LABEL.finditer(text, body_start, body_end):
        if len(raws) == MAX_PATH_SEGMENTS:
            raise ParseError(
                f"more than {MAX_PATH_SEGMENTS} labelled levels (类/款/项) in one path"
                " (budgetperf.classification.MAX_PATH_SEGMENTS)",
                value=text,
            )
        name = text[pos : m.start()]
        lead = len(name) - len(name.lstrip())
        printed = unicodedata.normalize("NFKC", m.group(1)) or None
        raws.append(_Raw(name.strip(), pos + lead, m.end(), CodeLevel(m.group(2)), printed))
        pos = m.end()
    tail = text[pos:body_end]
    if tail.strip():
        lead = len(tail) - len(tail.lstrip())
        raws.append(_Raw(tail.strip(), pos + lead, pos + len(tail.rstrip()), None, None))
    # "一般公共服务(类)支出", as 决算 summaries print a 类: the 类 一般公共服务支出.
    if (
        len(raws) == 2
        and raws[0].label is CodeLevel.LEI
        and raws[0].name
        and not raws[0].name.endswith("支出")
        and raws[1].label is None
        and raws[1].name == "支出"
    ):
        raws = [_Raw(raws[0].name + "支出", raws[0].start, raws[1].end, CodeLevel.LEI, None)]
    return raws


def _one_name_then_codes(raws: list[_Raw]) -> bool:
    """True for "行政单位医疗(210类)(11款)(01项)": one name, then a code for every level."""
    return (
        len(raws) > 1
        and bool(raws[0].name)
        and all(r.printed for r in raws)
        and not any(r.name for r in raws[1:])
    )


def _codes(subjects: Iterable[Subject]) -> str:
    return ", ".join(str(s) for s in subjects)


# Every finding parse_path can report: code → (severity, message in Chinese, in English). The
# code is classification.<key> in budgetperf.audit.CODES. The messages are str.format
# templates; {cat} is the catalogue that answered. A key with a "/" is a second wording of the
# code before it.
_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO
_FINDINGS: dict[str, tuple[Severity, str, str]] = {
    "empty-name": (_E, "这一段没有科目名称", "no name"),
    "invalid-code": (
        _E,
        "印刷的编码“{printed}”不是{what}",
        "the printed code {printed!r} is not {what_en}",
    ),
    "relative-code": (
        _W,
        "印刷的编码“{printed}”只是{level}级编码的后两位，上一级编码未知，忽略该编码",
        "the printed code {printed!r} is the last two digits of a {level} code and the code "
        "above it is not known; the code is ignored",
    ),
    "unknown-code": (
        _E,
        "编码 {claim} 和名称“{name}”都不在目录 {cat} 中{near}",
        "neither code {claim} nor name {name!r} is in catalogue {cat}{near_en}",
    ),
    "name-mismatch": (
        _E,
        "编码 {claim} 在目录 {cat} 中是“{known}”，印刷的名称是“{name}”",
        "code {claim} is {known!r} in catalogue {cat}, but the printed name is {name!r}",
    ),
    "name-mismatch/absent": (
        _E,
        "编码 {claim} 不在目录 {cat} 中；“{name}”是 {found}",
        "code {claim} is not in catalogue {cat}; {name!r} is {found}",
    ),
    "level-mislabel": (
        _E,
        "“{name}”标为（{label}），但在目录 {cat} 中是{found}",
        "{name!r} is labelled ({label}) but is {found_en} in catalogue {cat}",
    ),
    "not-a-child": (
        _E,
        "“{name}”（{found}）不属于上一级 {parent}（目录 {cat}）",
        "{name!r} ({found}) is not under {parent} in catalogue {cat}",
    ),
    "ambiguous-name": (
        _E,
        "目录 {cat} 中有多个名为“{name}”的{level}级科目：{found}",
        "several {level} subjects named {name!r} in catalogue {cat}: {found}",
    ),
    "unknown-name": (
        _E,
        "目录 {cat} 中没有名为“{name}”的{level}级科目{near}",
        "no {level} subject named {name!r} in catalogue {cat}{near_en}",
    ),
    "level-order": (
        _E,
        "（{label}）在（{previous}）之后：级次应依次为类、款、项",
        "({label}) after ({previous}): the levels go 类, 款, 项",
    ),
    "other-name": (
        _W,
        "“{name}”是 {found}的{relation}（{status}），按 {code} 读取（目录 {cat}）",
        "{name!r} is {relation_en} of {found} ({status}); read as {code} (catalogue {cat})",
    ),
    "unlabelled-level": (
        _W,
        "“{name}”后没有级次标注（类/款/项），{how}",
        "{name!r} has no level label (类/款/项); {how_en}",
    ),
    "level-skipped": (_W, "路径跳过了{level}级", "the path skips the {level} level"),
    "unresolved-parent": (
        _I,
        "上一段未能识别，“{name}”不作匹配；目录 {cat} 中同名的有：{found}",
        "the segment before is not resolved, so {name!r} is not matched; "
        "catalogue {cat} has {found}",
    ),
}


class _PathReader:
    """The state of one :func:`parse_path` call."""

    def __init__(self, text: str, catalogue: Catalogue) -> None:
        self.text = text
        self.cat = catalogue
        self.findings: list[Finding] = []
        self.segments: list[PathSegment] = []
        self.index = 0
        self.span = (0, 0)

    def add(self, finding: str, candidates: Iterable[Subject] = (), **fields: str) -> None:
        severity, zh, en = _FINDINGS[finding]
        candidates = tuple(candidates)
        if "near" in zh:
            fields["near"] = f"；相近的有：{_codes(candidates)}" if candidates else ""
            fields["near_en"] = f"; did you mean {_codes(candidates)}?" if candidates else ""
        fields["cat"] = self.cat.name
        start, end = self.span
        self.findings.append(
            Finding(
                code=f"classification.{finding.split('/')[0]}",
                severity=severity,
                location=Location(line=1, column=start + 1),
                message_en=en.format(**fields),
                message_zh=zh.format(**fields),
                span=self.text[start:end],
                offsets=self.span,
                segment=self.index,
                candidates=candidates,
                catalogue=self.cat.name,
            )
        )

    def read(self) -> PathReading:
        previous_level: CodeLevel | None = None
        previous_claim: str | None = None
        context: Subject | None = None  # the subject of the segment before, if matched
        raws = _split(self.text)
        if not raws:
            raise ParseError("no 类/款/项 path in the text", value=self.text)
        if _one_name_then_codes(raws):
            # The name names the last level, unless it is the name of the first code.
            first = self.cat.get(raws[0].printed or "")
            if first is None or normalise_name(first.name) != normalise_name(raws[0].name):
                raws[-1].name, raws[0].name = raws[0].name, ""
        for index, raw in enumerate(raws):
            self.index, self.span = index, (raw.start, raw.end)
            level = raw.label
            if raw.label is None:
                if previous_level is not None and previous_level.depth < 2:
                    level = _BY_DEPTH[previous_level.depth + 1]
                how, how_en = "不限级次", "read at any level"
                if level is not None:
                    how, how_en = f"按{level.value}级读取", f"read as {level.value}"
                self.add("unlabelled-level", name=raw.name, how=how, how_en=how_en)
            elif previous_level is not None:
                if raw.label.depth <= previous_level.depth:
                    self.add("level-order", label=raw.label.value, previous=previous_level.value)
                elif raw.label.depth > previous_level.depth + 1:
                    self.add("level-skipped", level=_BY_DEPTH[previous_level.depth + 1].value)
            claim = self.claim(raw, level, previous_claim or (context.code if context else None))
            if claim is not None:
                subject = self.resolve_claim(raw.name, level, claim, context)
            else:
                subject = self.resolve_name(raw, level, context, index > 0)
            self.segments.append(
                PathSegment(
                    name=raw.name,
                    label=raw.label,
                    level=level,
                    printed_code=raw.printed,
                    claimed_code=claim,
                    span=self.span,
                    subject=subject,
                )
            )
            previous_level = level or previous_level
            previous_claim = claim or (subject.code if subject else None)
            context = subject
        last = self.segments[-1].subject if self.segments else None
        resolved = all(s.subject is not None for s in self.segments)
        errors = any(f.severity is Severity.ERROR for f in self.findings)
        return PathReading(
            text=self.text,
            segments=tuple(self.segments),
            code=last.code if last is not None and resolved and not errors else None,
            findings=tuple(self.findings),
            catalogue=self.cat.name,
        )

    def claim(self, raw: _Raw, level: CodeLevel | None, base: str | None) -> str | None:
        """The full code a printed code stands for: "11" after 210 is 21011."""
        printed = raw.printed
        if printed is None or level is None:
            return None
        if len(printed) == 2 and level is not CodeLevel.LEI:
            if base is None or len(base) != level.length - 2:
                self.add("relative-code", printed=printed, level=level.value)
                return None
            full = base + printed
        elif len(printed) == level.length:
            full = printed
        else:
            what = f"{level.value}级编码（{level.length}位，或后两位）"
            what_en = f"a {level.value} code ({level.length} digits, or its last two)"
            self.add("invalid-code", printed=printed, what=what, what_en=what_en)
            return None
        if not is_valid_code(full, self.cat.scheme):
            what, what_en = f"{self.cat.scheme.title}编码", f"a {self.cat.scheme.value} code"
            self.add("invalid-code", printed=printed, what=what, what_en=what_en)
            return None
        return full

    def resolve_name(
        self, raw: _Raw, level: CodeLevel | None, context: Subject | None, has_previous: bool
    ) -> Subject | None:
        """Match a segment by its name, under the segment before."""
        cat, name = self.cat, raw.name
        if not name:
            self.add("empty-name")
            return None
        if has_previous and context is None:
            # The segment before was not matched, and a name alone is not enough ("行政运行" is
            # a 项 under many 款): say what the catalogue has, and match nothing.
            found = cat.find(name, level) or cat.find(name)
            if found:
                self.add("unresolved-parent", found, name=name, found=_codes(found))
                return None
            self.unknown(name, level, None)
            return None
        anywhere = cat.find(name)
        at_level = [s for s in anywhere if level is None or s.level is level]
        if raw.label is None and not at_level:
            at_level = anywhere  # the level of an unlabelled segment is only a guess
        under = [s for s in at_level if context is None or _is_below(s.code, context.code)]
        if len(under) == 1:
            return under[0]
        if under:
            lvl = level.value if level else ""
            self.add("ambiguous-name", under, name=name, level=lvl, found=_codes(under))
            return None
        if at_level and context is not None:
            self.add(
                "not-a-child", at_level, name=name, found=_codes(at_level), parent=str(context)
            )
            return at_level[0] if len(at_level) == 1 else None
        if anywhere and raw.label is not None:
            near = [s for s in anywhere if context is None or _is_below(s.code, context.code)]
            near = near or anywhere
            self.add(
                "level-mislabel",
                near,
                name=name,
                label=raw.label.value,
                found="、".join(f"{s.level.value}级科目 {s}" for s in near),
                found_en=", ".join(f"{s.level.value} {s}" for s in near),
            )
            return near[0] if len(near) == 1 else None
        for other, current in cat.find_other_name(name):
            fits = level is None or current.level is level
            if fits and (context is None or _is_below(current.code, context.code)):
                self.other_name(name, other, current)
                return current
        self.unknown(name, level, context)
        return None

    def resolve_claim(
        self, name: str, level: CodeLevel | None, claim: str, context: Subject | None
    ) -> Subject | None:
        """Match a segment by its printed code, and check the name against it."""
        cat = self.cat
        subject = cat.get(claim)
        if subject is not None:
            if context is not None and not _is_below(claim, context.code):
                self.add("not-a-child", [subject], name=name, found=claim, parent=str(context))
                return subject
            if not name or normalise_name(name) == normalise_name(subject.name):
                return subject
            for other, current in cat.find_other_name(name):
                if current.code == claim:
                    self.other_name(name, other, current)
                    return current
            named = cat.find(name, level)
            self.add("name-mismatch", [subject, *named], claim=claim, known=subject.name, name=name)
            return None
        named = cat.find(name, level) if name else []
        if named:
            self.add("name-mismatch/absent", named, claim=claim, name=name, found=_codes(named))
            return None
        near = cat.nearest(name, level, under=context.code if context else None) if name else []
        self.add("unknown-code", near, claim=claim, name=name)
        return None

    def other_name(self, name: str, other: OtherName, current: Subject) -> None:
        former = other.relation is NameRelation.FORMER
        self.add(
            "other-name",
            [current],
            name=name,
            found=str(current),
            code=current.code,
            status=other.status,
            relation="旧名称" if former else "另一名称",
            relation_en="a former name" if former else "another name seen",
        )

    def unknown(self, name: str, level: CodeLevel | None, context: Subject | None) -> None:
        under = context.code if context else None
        candidates = self.cat.nearest(name, level, under=under)
        if not candidates and level is None:
            candidates = self.cat.nearest(name, under=under)
        self.add("unknown-name", candidates, name=name, level=level.value if level else "")


def _catalogue(catalogue: object) -> None:
    if catalogue is not None and not isinstance(catalogue, Catalogue):
        raise WrongTypeError(
            f"catalogue must be a Catalogue or None, not {type(catalogue).__name__}",
            value=catalogue,
        )


def parse_path(text: str, *, catalogue: Catalogue | None = None) -> PathReading:
    """Read a printed 类/款/项 path and match each level against a catalogue.

    The levels are labelled ``(类)``, ``(款)``, ``(项)`` (half- or full-width), optionally with
    their codes: ``(210类)``, ``(11款)`` or ``(21011款)``, ``(01项)``. Other parentheses belong
    to the names ("政府办公厅(室)及相关机构事务"). A list marker before the path ("(1)", "4、")
    and punctuation after it ("。") are skipped; a last name without a label is read as the
    next level, with a warning.

    A segment is matched by its printed code, else by its name among the children of the
    segment before (names compared by :func:`normalise_name`). What does not match is reported
    in :attr:`PathReading.findings`, never raised; ``catalogue`` defaults to the bundled
    functional one.

    >>> r = parse_path("税收事务(类)协税护税(款)其他税收事务支出(项)")
    >>> r.code is None, [f.code for f in r.findings]
    (True, ['classification.level-mislabel', 'classification.unknown-name',
            'classification.unresolved-parent'])
    >>> print(r.findings[0].message_en)
    '税收事务' is labelled (类) but is 款 20107 税收事务 in catalogue budgetperf-bundled
    """
    if not isinstance(text, str):
        raise WrongTypeError(f"a path must be a str, not {type(text).__name__}", value=text)
    _catalogue(catalogue)
    if not text.strip():
        raise ParseError("empty path", value=text)
    return _PathReader(text, bundled_catalogue() if catalogue is None else catalogue).read()


def classify(query: str, *, catalogue: Catalogue | None = None) -> list[Subject]:
    """Look up a code or a name.

    A code (any level, any separators) gives its chain, 类 first and the subject last, or ``[]``
    when the catalogue does not have it; without ``catalogue``, the bundled catalogue of the
    code's scheme (from its first digit) answers. A name gives the subjects of that name (after
    :func:`normalise_name`), else those it is a former name of, else the nearest names; without
    ``catalogue``, all three bundled catalogues answer.

    >>> [str(s) for s in classify("2210201")]
    ['221 住房保障支出', '22102 住房改革支出', '2210201 住房公积金']
    >>> [f"{s.scheme.value} {s}" for s in classify("住房公积金")]
    ['functional 2210201 住房公积金', 'economic-department 30113 住房公积金',
     'economic-government 50103 住房公积金']
    >>> [str(s) for s in classify("社会保障与就业支出")]
    ['208 社会保障和就业支出']
    """
    if not isinstance(query, str):
        raise WrongTypeError(f"a query must be a str, not {type(query).__name__}", value=query)
    _catalogue(catalogue)
    c = compact(query)
    if not c:
        raise ParseError("empty query", value=query)
    if c.isascii() and c.isdigit():
        if catalogue is None:
            by_digit = {scheme.first_digit: scheme for scheme in Scheme}
            scheme = by_digit.get(c[0], Scheme.FUNCTIONAL)
            cat = bundled_catalogue(scheme)
        else:
            cat = catalogue
        code = validate_code(c, cat.scheme)
        return cat.chain(code) if code in cat else []
    cats = [catalogue] if catalogue is not None else [bundled_catalogue(s) for s in Scheme]
    found = [s for cat in cats for s in cat.find(query)]
    if found:
        return found
    renamed = [s for cat in cats for _, s in cat.find_other_name(query)]
    if renamed:
        return renamed
    return [s for cat in cats for s in cat.nearest(query)]
