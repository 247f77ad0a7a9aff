"""Stage 4, *facts*: each quantity tied to what it measures.

The text is cut into paragraphs (hard line breaks) and sentences (。!? and line breaks; a very
long sentence is cut at a clause so that no later step is more than linear). Each quantity gets
its **label** — the words between the clause start and the number — and from the label:

* its **role** (:class:`Role`): a value, a change ("减少0.71万元"), a change rate ("下降7.83%"), a
  share ("占比84.33%"), a completion ("完成预算的84%"), an inline budget ("占年初预算58651万元的"),
  a printed prior ("较2024年的2190万元"), a gap to time progress ("平均进度10.9个百分点");
* its **subject**, canonical (:func:`canonical`): "“三公”经费支出共计" → "三公费支出"… → "三公费";
* its **phase** (budget or actual), its **series** (当月 or 累计), and for changes the **basis**
  (prior year or budget) and **direction**.

The cue words come from :mod:`budgetperf.textaudit.vocabulary`.

>>> doc = read_facts("2021年“三公”经费支出共计9.07万元,较上年支出数减少0.71万元,下降7.83%。")
>>> [(f.q.text, f.role.name, f.subject) for f in doc.facts]
[('9.07万元', 'VALUE', '三公费'), ('0.71万元', 'CHANGE', '三公费'), ('7.83%', 'RATE', '三公费')]
"""

from __future__ import annotations

import bisect
import contextvars
import enum
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence

import attrs

from budgetperf.errors import InvalidOption
from budgetperf.textaudit._slots import builder
from budgetperf.textaudit.normalise import Normalised, normalise
from budgetperf.textaudit.quantities import Dimension, Quantity, Unit, find_quantities
from budgetperf.textaudit.vocabulary import (
    BASE_VERBS,
    BUDGET_GAP_VERBS,
    BUDGET_VERBS,
    BUDGET_WORDS,
    CHANGE_VERBS,
    COMPARED_VERBS,
    DECOMPOSITIONS,
    FORMER_NAMES,
    FROM_WORDS,
    FUNDING_QUALIFIERS,
    HALF_YEAR,
    INTRODUCERS,
    LEVEL_VERBS,
    OBJECT_CHANGE_VERBS,
    PARTIAL_INTRODUCERS,
    PHASELESS_NAMES,
    PLUS_WORD,
    PROTECTED,
    QUARTER,
    RUN_MARKS,
    SPUN_SYNONYMS,
    SUBJECT_ALIASES,
)

__all__ = [
    "CALENDAR_YEAR",
    "YEAR_DIGITS",
    "Basis",
    "Document",
    "Fact",
    "Role",
    "Sentence",
    "canonical",
    "read_facts",
]


_WINDOW = 400  # facts either side that a lookup by name considers


class Role(enum.Enum):
    """What a quantity is in its sentence."""

    VALUE = "value"
    CHANGE = "change"
    RATE = "rate"
    SHARE = "share"
    COMPLETION = "completion"
    BASE = "base"
    PRIOR = "prior"
    POINTS = "points"
    PROGRESS = "progress"
    OTHER = "other"


class Basis(enum.Enum):
    """What a change is measured against."""

    PRIOR = "prior"
    BUDGET = "budget"


# Members the per-figure loops test, as module globals: on Python 3.11 each ``Role.VALUE``
# goes through ``EnumType``'s ``__getattr__`` hook (about 250 ns), a global is a dict lookup.
_VALUE, _CHANGE, _RATE, _PRIOR = Role.VALUE, Role.CHANGE, Role.RATE, Role.PRIOR
_ROLE_BASE, _ROLE_POINTS = Role.BASE, Role.POINTS
_ROLE_OTHER, _ROLE_PROGRESS = Role.OTHER, Role.PROGRESS
_MONEY, _COUNT, _PERCENT, _POINTS = (
    Dimension.MONEY,
    Dimension.COUNT,
    Dimension.PERCENT,
    Dimension.POINTS,
)
_ZERO, _BARE = Dimension.ZERO, Dimension.BARE
_BASIS_PRIOR = Basis.PRIOR
_BASIS_BUDGET = Basis.BUDGET
_SHARE, _COMPLETION = Role.SHARE, Role.COMPLETION
_AMOUNTS = (_MONEY, _COUNT)
_CHANGE_DIMENSIONS = (_MONEY, _COUNT, _PERCENT, _POINTS)


# The run of every figure outside a "respectively" run (see Fact.run). Never mutated.
_NO_RUN: list[Fact] = []


@attrs.define(eq=False)
class Fact:
    """A quantity and what it measures (see the module documentation)."""

    q: Quantity
    role: Role
    sentence: int
    depth: int
    label: str
    subject: str
    phase: str = ""
    sign: int = 0
    basis: Basis = Basis.PRIOR
    ref: str = ""
    index: int = 0
    tail: str = ""
    base: Fact | None = None
    explicit: bool = False
    in_table: bool = False
    column: str = ""
    clause: int = 0
    damaged: bool = False
    #: a change that is the gap between the actual figure and the budget, said in words of
    #: comparison ("决算数小于年初预算数270.88万元"; BUDGET_GAP_VERBS)
    gap: bool = False
    #: The figures of a "respectively" run ("分别为300万元、200万元", "各下降23.51%、38.28%"), in
    #: order, on each of them; empty for a figure outside such a run (one shared empty list,
    #: never appended to: a run is a new list, see _tag; a list per figure was one more object
    #: for the garbage collector to walk per figure of the document).
    run: list[Fact] = attrs.field(default=_NO_RUN, repr=False)

    @property
    def series(self) -> str:
        """当月 or 累计 when the figure is one of such a pair ("当月完成…;累计完成…")."""
        if "累计" in self.label:
            return "累计"
        if "当月" in self.label or "本月" in self.label:
            return "当月"
        return ""

    @property
    def is_amount(self) -> bool:
        """A value that can be a total or a part (money, a count, or a table's figure)."""
        dim = self.q.unit.dimension  # not through Quantity.dimension: asked for every figure
        return dim in _AMOUNTS or (self.in_table and dim is _BARE)


# The facts _tag and _classify make of most figures (an amount named by its label, a share of 占
# alone, a change, the plain value or other role a figure falls back to) are made as Fact's
# builder (see _slots) and given their class, every field set by plain assignment, not through
# Fact(…) (a call of its __init__ from C, and its defaults: about twice the cost).
_FactBuilder = builder(
    Fact,
    (
        *("q", "role", "sentence", "depth", "label", "subject", "phase", "sign", "basis", "ref"),
        *("index", "tail", "base", "explicit", "in_table", "column", "clause", "damaged", "gap"),
        "run",
    ),
)


def _new_fact(
    q: Quantity,
    role: Role,
    sentence: int,
    depth: int,
    label: str,
    subject: str,
    phase: str,
    sign: int = 0,
    basis: Basis = _BASIS_PRIOR,
    explicit: bool = False,
) -> Fact:
    """``Fact(q, role, sentence, depth, label, subject, phase, sign=sign, basis=basis,
    explicit=explicit)``, made as its builder."""
    f: Fact = _FactBuilder()  # (a Fact once given its class below)
    f.q = q
    f.role = role
    f.sentence = sentence
    f.depth = depth
    f.label = label
    f.subject = subject
    f.phase = phase
    f.sign = sign
    f.basis = basis
    f.ref = ""
    f.index = 0
    f.tail = ""
    f.base = None
    f.explicit = explicit
    f.in_table = False
    f.column = ""
    f.clause = 0
    f.damaged = False
    f.gap = False
    f.run = _NO_RUN
    f.__class__ = Fact
    return f


@attrs.define(eq=False)
class Sentence:
    """A sentence: its span in the normalised text, its paragraph and its facts."""

    start: int
    end: int
    index: int
    paragraph: int
    facts: list[Fact] = attrs.field(factory=list)


@attrs.define(eq=False)
class Document:
    """The normalised text, its sentences and facts, and an index of facts by subject."""

    norm: Normalised
    sentences: list[Sentence]
    facts: list[Fact]
    #: Where in ``text`` a number too long to read was left unread (see
    #: :data:`~budgetperf.textaudit.quantities.LONGEST_NUMBER`): ``(start, end)`` pairs.
    too_long: tuple[tuple[int, int], ...] = ()
    #: The normalised text (``norm.text``; an attribute, not a property: every reader asks for
    #: it, some once per figure).
    text: str = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        self.text = self.norm.text

    @functools.cached_property
    def by_subject(self) -> dict[str, list[Fact]]:
        """Value facts by the last two characters of their subject, in document order: the
        candidates of a lookup by any name that ends with those two (see :meth:`named`)."""
        index: dict[str, list[Fact]] = defaultdict(list)
        for f in self.facts:
            if f.role is _VALUE and len(f.subject) >= 2:
                index[f.subject[-2:]].append(f)
        return index

    def cut_before(self, s: Sentence) -> bool:
        """Whether ``s`` goes on a sentence cut for its length (``_MAX_SENTENCE``) rather than
        opening a sentence of its own."""
        return s.start > 0 and self.text[s.start - 1] not in _SENTENCE_ENDS

    def near(self, facts: Sequence[Fact], index: int, window: int = _WINDOW) -> Sequence[Fact]:
        """The facts of a document-ordered list within ``window`` facts of ``index``.

        Lookups by name stay local: a figure is never tied to one a whole report away, and the
        cost of a lookup does not grow with the length of the document.
        """
        if len(facts) <= 8:
            return [f for f in facts if abs(f.index - index) <= window]
        keys = self._keys(facts)
        lo = bisect.bisect_left(keys, index - window)
        hi = bisect.bisect_right(keys, index + window)
        return facts[lo:hi]

    def _keys(self, facts: Sequence[Fact]) -> list[int]:
        cache = self._key_cache
        found = cache.get(id(facts))
        if found is None or found[0] is not facts:
            found = (facts, [f.index for f in facts])
            cache[id(facts)] = found
        return found[1]

    @functools.cached_property
    def starts(self) -> list[int]:
        """The start offset of every fact, in order (for bisecting)."""
        return [f.q.start for f in self.facts]

    @functools.cached_property
    def _key_cache(self) -> dict[int, tuple[Sequence[Fact], list[int]]]:
        return {}

    @functools.cached_property
    def memo(self) -> dict[str, object]:
        """Indexes that later stages build once per document (by the name of their builder)."""
        return {}

    def named(self, name: str, *, stem: bool = False, near: int | None = None) -> list[Fact]:
        """Value facts whose subject (or, with ``stem``, its stem without a trailing 费/支出)
        ends with ``name`` (two characters or more), in document order; with ``near``, only
        those within the lookup window of that fact index (see :meth:`near`)."""
        if len(name) < 2:
            return []
        every = self._named.get((name, stem))
        if every is None:
            # (every figure of that name, found once per document: a lookup is made per figure,
            # and a long text of like sentences has hundreds of one name in a lookup's window)
            index = self.by_stem if stem else self.by_subject
            candidates = index.get(name[-2:], [])
            if stem:
                stems = self._stems
                every = [f for f in candidates if stems[f.index].endswith(name)]
            else:
                every = [f for f in candidates if f.subject.endswith(name)]
            self._named[(name, stem)] = every
        if near is None:
            return list(every)
        found = self.near(every, near)  # (a new list: a slice of ``every``, or a filtered copy)
        return found if isinstance(found, list) else list(found)

    @functools.cached_property
    def _named(self) -> dict[tuple[str, bool], list[Fact]]:
        """:meth:`named`'s answers without a window, by name (and whether by stem)."""
        return {}

    @functools.cached_property
    def _stems(self) -> dict[int, str]:
        """Each value fact's subject without a trailing 费/支出, by fact index."""
        return {f.index: stem(f.subject) for f in self.facts if f.role is _VALUE and f.subject}

    @functools.cached_property
    def by_stem(self) -> dict[str, list[Fact]]:
        """Value facts by the last two characters of their stem (see :meth:`named`)."""
        index: dict[str, list[Fact]] = defaultdict(list)
        for i, short in self._stems.items():
            if len(short) >= 2:
                index[short[-2:]].append(self.facts[i])
        return index

    @functools.cached_property
    def changes_by_subject(self) -> dict[str, list[Fact]]:
        """Change facts by the canonical subject they are a change of (and its stem)."""
        index: dict[str, list[Fact]] = defaultdict(list)
        for f in self.facts:
            if f.role is _CHANGE and f.subject:
                index[f.subject].append(f)
                short = stem(f.subject)
                if short != f.subject:
                    index[short].append(f)
        return index

    @functools.cached_property
    def figured(self) -> list[Sentence]:
        """The sentences with a figure (a fact), in order: a reader that reads only those
        visits them alone, not every heading and line of prose."""
        return [s for s in self.sentences if s.facts]

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @functools.cached_property
    def _with_words(self) -> dict[tuple[str, ...], list[Sentence]]:
        return {}

    def sentences_with(self, *words: str) -> list[Sentence]:
        """The sentences that hold one of ``words`` whole, in order: those for which
        ``text.find(word, s.start, s.end) >= 0`` for some word.

        Each set of words is looked for once per document, through the whole text (a few
        occurrences, each placed in its sentence by bisection), instead of once in every
        sentence by every reader that reads only sentences with its words.
        """
        found = self._with_words.get(words)
        if found is not None:
            return found
        text = self.text
        sentences = self.sentences
        starts = self._sentence_starts
        hit: set[int] = set()
        for word in words:
            if not word:
                raise InvalidOption(
                    "Document.sentences_with: an empty word is in every sentence (words: "
                    f"{words!r})"
                )
            width = len(word)
            at = text.find(word)
            while at >= 0:
                i = bisect.bisect_right(starts, at) - 1
                if i >= 0 and at + width <= sentences[i].end:
                    hit.add(i)
                at = text.find(word, at + 1)
        found = self._with_words[words] = [sentences[i] for i in sorted(hit)]
        return found

    def sentence_text(self, s: Sentence) -> str:
        """The normalised text of a sentence."""
        return self.norm.text[s.start : s.end]


# A subject's stem: without its trailing 费/支出/费用, matched on the reversed subject from its
# start (one pass; "(?:…)+$" would retry from every position of a long run of them).
_STEM_REVERSED = re.compile("(?:用费|出支|费)+")


def stem(subject: str) -> str:
    """A subject without its trailing 费/支出/费用 ("公务接待费" → "公务接待")."""
    m = _STEM_REVERSED.match(subject[::-1])
    return subject[: len(subject) - m.end()] if m else subject


_SENTENCE_ENDS = "。!?\n"
_MAX_SENTENCE = 1200
_CLAUSE = re.compile(r"[,;:()]")

_VERB_ALT = "|".join(sorted([*CHANGE_VERBS, *SPUN_SYNONYMS], key=len, reverse=True))
# "下降到16023.35万元" names the new level, not a change: 到 and 至 after the verb are not cues.
_CHANGE_CUE = re.compile(
    rf"(?P<verb>{_VERB_ALT})(?:率|幅度|比率|比例)?(?:了|为|达到|达)?(?:约)?"
    # "教育支出增加经费拨款51.17万元": what grew, named after the verb
    r"(?:预算|资金|经费拨款|经费|拨款|投入)?(?:为|是)?$"
)
# "比上年预算数加23.47万元": a comparison, then 加 for 增加 (vocabulary.COMPARED_VERBS)
_COMPARED_VERB = re.compile(
    r"(?:比|较)[^,;:。比较增减加]{0,12}(?P<verb>"
    + "|".join(sorted(COMPARED_VERBS, key=len, reverse=True))
    + ")$"
)
_COMPARED_LAST = frozenset(v[-1] for v in COMPARED_VERBS)
# A change verb in brackets ("较上年(减少)16.23万元", "(减)幅23 %"), or the template of a change
# of either way ("比上年预算增(减)0元", "同比增长(下降)0%"): the verb read without its brackets
# (the template's only for a zero, whose way does not matter).
_BRACKETED_VERB = re.compile(
    r"(?P<first>增加|增长|上升|增|减少|下降|减)?\((?P<verb>增加|增长|上升|增|减少|下降|减)\)"
    r"(?P<tail>幅|幅度)?$"
)
# "调增102620万元,主要是调增上级补助收入83620万元": a budget adjustment's verb before the name of
# what it changed, in the main items of a change (elsewhere "调增一般公共预算支出6.54亿元,其中:…"
# is read as the figure its own parts add up to)
_LEADING_ADJUSTMENT = re.compile(r"(?:主要是|主要为)[:,]?(?P<verb>调增|调减)(?=[\u4e00-\u9fff]{2})")
# "调增39,710万元,其中调增上级转移支付34,668万元,调增上年结余1,642万元": after a change of money,
# each clause that opens with an adjustment's verb before a name is a change of that name too (the
# items of the change, not of the level adjusted), in the same run of clauses; a sentence's first
# figure named so stays a value
_ITEM_ADJUSTMENT = re.compile(r"(?:其中)?[:,]?(?P<verb>调增|调减)(?=[\u4e00-\u9fff]{2})")
# The last character of any match of _CHANGE_CUE (a verb's, or a suffix word's): a label ending
# with another character is not searched. (A label never ends with a line break, which "$" may
# stand before: a line break ends its sentence, and a label is the text before a figure of it.)
_CHANGE_CUE_LAST = frozenset(
    [*(v[-1] for v in (*CHANGE_VERBS, *SPUN_SYNONYMS)), *"率度例了为达到算金是款费入约"]
)
# A character of every word that _classify's readings of money look for in a label, but a
# change's verb at its end (_CHANGE_CUE_LAST, tested apart: 支 of 超支 is in most labels): 预算,
# 计划/任务/目标/限额, 较/比/与/同, 年, 原, 由/从 (FROM_WORDS), 进度, 占, 主要, 调增/调减, and a
# line break (that _CHANGE_CUE's "$" stands before). A label of money without any of them, after a
# figure that is no prior (_PRIOR) nor gap to time progress (_ROLE_POINTS), is a value of what
# it names: a reading added there that looks for a word of another character adds it here.
_MONEY_CUES = frozenset("预计任目限较比与同年原进占主调\n" + "".join(FROM_WORDS))


def _plain_amount(money: bool, stripped: str, previous: Fact | None) -> bool:
    """Whether an amount of money (``money``) whose label is ``stripped`` is a value of what it
    names unless it is a change: its label holds no character of _MONEY_CUES, and the figure
    before it is no prior nor gap to time progress. (The one test of _tag's shortcut, which adds
    that the label ends with no change's cue, and of _classify's.)"""
    return (
        money
        and _MONEY_CUES.isdisjoint(stripped)
        and (
            previous is None or (previous.role is not _PRIOR and previous.role is not _ROLE_POINTS)
        )
    )


# A share's label of 占 alone (a comma typed after it: see _tag), read without _SHARE_CUE: the
# share of no named whole.
_BARE_SHARES = ("占", "占,")
# The total may carry a qualifier in brackets ("占支出总额(不含结转)的70%"): the ref keeps it,
# so the share is of that total only when one is printed with the same qualifier.
_SHARE_CUE = re.compile(
    r"占,?(?P<ref>(?:[^,;:()%]|\([^,;:()%]{1,16}\)){0,30}?)(?:的|之)?(?:比例|比重|份额|比)?(?:为|是|达到|达)?$"
)
# A qualifier in brackets is short and plain ("(不含结转)", "(含结余)"); an aside longer than
# _QUALIFIER or holding a separator is a remark or a source, no part of a cue
_QUALIFIER = 16


def _without_asides(label: str) -> str:
    """``label`` without its bracketed asides (outermost brackets, nested ones inside them)
    longer than :data:`_QUALIFIER` characters or holding a ',', ';' or ':'."""
    out: list[str] = []
    depth = 0
    opened = 0
    kept = 0
    for k, ch in enumerate(label):
        if ch == "(":
            if depth == 0:
                opened = k
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                inner = label[opened + 1 : k]
                if len(inner) > _QUALIFIER or any(c in inner for c in ",;:"):
                    out.append(label[kept:opened])
                    kept = k + 1
    out.append(label[kept:])
    return "".join(out)


# "较均衡进度慢0.48%", "超时间进度3.3%", "快于序时进度2个百分点": a gap to the time progress (序时
# 任务 too: "超过序时任务5.12个百分点")
_PROGRESS_GAP = re.compile(
    r"进度(?:慢|快|超|欠|落后|领先|高|低)|(?:慢|快|超|欠|落后|领先)于?[^,;。]{0,4}(?:进度|序时任务)"
)
_COMPLETION_CUE = re.compile(
    # (BASE_VERBS and 执行: "占到收入预算100%" as "占收入预算100%")
    "(?:"
    + "|".join((*BASE_VERBS, "执行"))
    + r")(?:了)?(?P<ref>(?:年初|调整后|调整|年度|全年)?(?:收入|支出)?预算(?:数)?"
    # ("完成预算(含结余)的56.47%": what the budget holds, in brackets)
    r"(?:\([^()]{1,8}\))?"
    # "完成年初目标任务的55.6%": the year's collection target is the budget (see _BUDGET_REF)
    r"|(?:年初|年度|全年)?(?:收入)?(?:(?:奋斗)?目标(?:任务)?|任务)数?)"
    r"(?:的)?(?:比例|进度)?(?:为)?$"
    # ("预算分解下达率为94.7%": what was passed down of the budget; "资金使用率51.63%", "资金
    # 到位率": what was used, or received, of the funds)
    r"|(?:预算)?(?:分解)?(?:执行|支付|拨付|支出|分配|下达|完成|使用|到位)率(?:为|达)?$"
    # "预算执行进度为73.4%", "预算执行比例为88.69%", "支出进度为56.47%", "分配进度94.1%": the
    # rate of execution
    r"|(?:预算)?(?:执行|支出|分配)(?:进度|比例)(?:为|达)?$"
)
# "决算数小于年初预算数270.88万元", "支出决算大于预算数2万元": the gap between the actual
# figure and the budget (BUDGET_GAP_VERBS), a change on the budget.
_BUDGET_GAP = re.compile(
    r"(?P<head>[^,;:]*?)(?:决算数?|执行数?|实际(?:支出)?数?)?"
    r"(?P<verb>" + "|".join(BUDGET_GAP_VERBS) + r")"
    r"(?:年初|调整后|调整|全年|年度)?预算(?:数)?(?:的部分)?(?:为|是|达)?$"
)
# "距双过半任务数还差192万元", "超双过半任务数169万元": the gap between a figure and its target
# (a task, 任务数; a goal, 目标), short of it or over it: no level of anything
_TARGET_GAP = re.compile(
    r"(?:(?P<short>距|离)[^,;。\d]{0,12}(?:任务|目标)数?(?:还|尚)?差"
    r"|(?P<over>超|超过|超出)[^,;。\d]{0,12}(?:任务|目标)数?)(?:额)?(?:为|是|达)?$"
)
_CARRIED = re.compile(r"结转|结余|结存|补助|上缴|上解|调入")
#: What opens a level's old value: "由", "从" (FROM_WORDS).
FROM_LEVEL = "(?:" + "|".join(sorted(FROM_WORDS, key=len, reverse=True)) + ")"
#: What names a level's new value, after its old one: "调整为", "增加到", "降至" (LEVEL_VERBS).
NEW_LEVEL = "(?:" + "|".join(sorted(LEVEL_VERBS, key=len, reverse=True)) + ")(?:为|到|至)"
#: The period a level is of, between 由/从 and its figure or after its verb: "2019年的",
#: "年底的", "2025年度末的".
LEVEL_PERIOD = (
    r"(?:(?:\d{4}|1\d\d)年度?(?:底|末|初)?|年初|年底|年末|上年度?(?:末|底)?|去年(?:末|底)?|上一年)"
)
_FROM_ANY = re.compile(FROM_LEVEL)
_FROM_OLD = re.compile(FROM_LEVEL + r"(?:年初|原|上年)?(?:预算数|预算)?(?:的)?$")
# "由2014年的1,020万元…上升到1,740万元", "由年底的40810亿元,增加至…": the figure it started from.
_FROM_YEAR = re.compile(FROM_LEVEL + "(?:" + LEVEL_PERIOD + r"|原)(?:预算数|预算)?的?$")
_TO_NEW = re.compile(r"[,]?" + NEW_LEVEL)


def _moved_from(label: str, text: str, q: Quantity, *, years: bool) -> bool:
    """Whether ``q`` is the level a figure moved from: after 由/从 (FROM_WORDS) with its new
    level's verb right after it ("由年初的80000万元调整为…"), or, with ``years``, after 由/从 and
    a period ("由2014年的1,020万元…上升到1,740万元", the verb later)."""
    if _FROM_ANY.search(label) is None:
        return False
    if _FROM_OLD.search(label) and _TO_NEW.match(text, q.end, q.end + 6):
        return True
    return years and _FROM_YEAR.search(label) is not None


# "占任务数的56.4%": the year's collection target of a revenue report is its budget.
# ("占年调整预算的99.5%": the year's adjusted budget, 全年 cut short)
_BUDGET_REF = re.compile(
    r"^(?:年初|年?调整后|年?调整|年度|全年|本年|年)?预算(?:数)?$|^(?:全年|年度|收入)?(?:目标)?任务数?$"
)
# (预算调整数: "完成预算调整数41616万元的103.56%")
_BASE_VERB = "(?:" + "|".join(BASE_VERBS) + ")"  # (占到 before 占: the longer first)
# ("完成年初预算计划14246万元的32.8%": the budget named a plan too)
_BASE_CUE = re.compile(
    _BASE_VERB + r"(?:年初|调整后|调整|年度|全年|可用|法定|年)?预算(?:调整)?(?:数)?(?:计划)?(?:数)?"
    # (the flow named after it: "为调整预算收入146633万元的56.36%")
    r"(?:收入|支出)?$"
)
# "完成区第十八届人大常委会第十九次会议批准收入调整预算37.5亿元的104.3%", "为县人民代表大会批准
# 全县全年预算46,908万元的80.43%": the budget named at length, read as the base only when "的 N%"
# follows it.
_BASE_NAMED = re.compile(_BASE_VERB + r"[^,;。:]{2,40}?预算(?:数)?$")
# "为市下三季度目标33.23亿元的101.76%": a target set for the period, named after a few words;
# so may a plan ("占全县收入计划75000万元的110.5%", "占计划投资…的", "占上级下达任务…的")
# and so may a quota ("为年度指标221,954万元的110.8%": 指标, the budget's allotment)
_BASE_PLAN = re.compile(
    _BASE_VERB + r"[^,;。:\d]{0,40}?(?:计划|任务|限额|目标|指标)[^,;。:\d]{0,4}$"
)
# "完成新区下达147.4亿元收入预算目标的103.4%": the base's name printed after its figure (a few
# words from the verb, none of them a figure's), then 的 and the percentage
_BASE_VERB_BEFORE = re.compile(_BASE_VERB + r"[^,;。:\d]{0,8}$")
_BASE_NAME_AFTER = re.compile(
    r"(?:[^,;。:\d%]{0,10}?(?:预算|计划|任务|目标|指标)(?:任务|目标)?数?)(?:的|之)(?:比例|进度)?"
    r"(?:为|是|达到|达)?"
)


def _base_named_after(text: str, end: int, stripped: str) -> bool:
    """Whether an amount whose label is ``stripped`` and which ends at ``end`` is the base of
    the percentage after it, named after the figure ("完成新区下达147.4亿元收入预算目标的103.4%":
    a verb of _BASE_VERB a few words before it, a budget, plan or target's name and 的 after)."""
    for verb in BASE_VERBS:  # (a loop, not any() over a generator: once per amount)
        if verb in stripped:
            break
    else:
        return False  # (no verb of BASE_VERBS: most amounts)
    after = _BASE_NAME_AFTER.match(text, end)
    return (
        after is not None
        and _PERCENT_NEXT.match(text, after.end()) is not None
        and _BASE_VERB_BEFORE.search(stripped) is not None
    )


_PERCENT_NEXT = re.compile(r"\d{1,4}(?:\.\d{1,4})?%")
# "的 N%" after a base ("目标33.23亿元101.78%": 的 may be left out before a percentage)
# ("的比例为110.5%": the share's words may come between 的 and the figure)
_OF_PERCENT = re.compile(r"(?:的|之)(?:比例|比重|份额)?(?:为|是|达到|达)?\d|\d{1,4}(?:\.\d{1,4})?%")
# Years are 2023年 or, in Taiwan's reports, the Republic's 112年 (1\d\d年).
# 较/比 as a comparison, not inside the verb 比较 ("经比较2020年度…41万元" is this year's figure).
_COMPARED_AFTER = re.compile(r"\s*(?:相比|相较|比较)")
# the comparison a prior printed in brackets follows: "比去年同期(26,442人)增加…"
_BRACKETED_PRIOR = re.compile(r"(?:比|较)(?:去年|上年|上一年)(?:同期)?$")
# "与2022年", "与上年同期": a period compared with, right before its figure, or with a few words
# naming the figure ("与上年预算30850万元相比", "与2022年决算数…相比")
_WITH_YEAR = re.compile(
    r"与(?:上年|去年|上一年|(?:\d{4}|1\d\d)年)(?:度)?(?:同期)?[^,;:。与比较\d]{0,8}$"
)
# the same with a long name, when 相比 follows the figure at once ("与2018年一般公共预算“三公”经费
# 总额27389.54万元相比")
_WITH_YEAR_NAMED = re.compile(
    r"与(?:上年|去年|上一年|(?:\d{4}|1\d\d)年)(?:度)?(?:同期)?[^,;:。与比较\d]{0,32}$"
)
# the same at any length from 与, a year in figures or none ("与2010年第六次全国人口普查的",
# "与二○二三至二四年度修订预算的"), when 相比 or 比较 follows the figure at once
_WITH_ANY_NAMED = re.compile(r"与(?:(?:\d{4}|1\d\d)年)?[^,;:。与\d]{0,32}$")
# the words that open what a figure is compared with: 较, 相比, 相较, 比 (not 比较's 较, nor the 比
# of 相比 or 对比 read alone)
_COMPARED_WITH = r"(?:(?<!比)较|相比|相较|(?<![相对])比)"
_PRIOR_CUE = re.compile(
    # "较年初预算40860万元,短收5645万元": the budget the figure is compared with
    # (相比, 比 too: "相比预算数6.1亿元减少1.1亿元", "相比年初预算数的1.5亿元减少0.3亿元")
    _COMPARED_WITH + r"(?:年初|调整|全年)?预算(?:数)?(?:的|为)?$|"
    r"(?:(?<!比)较|比(?!较)|与)(?:上年|去年|上一年|今年|(?:\d{4}|1\d\d)年)(?:度)?(?:同期|同月)?(?:的|为)$"
    r"|(?:(?<!比)较|比(?!较))(?:上年|去年|上一年|今年|(?:\d{4}|1\d\d)年)(?:度)?(?:同期|同月)?[^,;:。比较]{0,10}$"
    # (the same after 与…相比: "与上年相比增加(减少)10万元", a template's blank verb)
    r"|与(?:上年|去年|上一年|(?:\d{4}|1\d\d)年)(?:度)?(?:同期|同月)?相比"
    r"(?:增加|减少|增长|下降)\((?:增加|减少|增长|下降)\)$"
)
# "税前盈余1.85亿元,较分配预算盈余目标0.59亿元,增加盈余1.26亿元", "较计划3.0亿元增加0.5亿元": a
# plan, target or task compared with, when a verb of change follows the figure (_CHANGE_NEXT)
_PLAN_COMPARED = re.compile(
    _COMPARED_WITH + r"[^,;:。比较\d]{0,10}?(?:计划|目标|任务)(?:数|值)?(?:的|为)?$"
)
# a verb of change, then the name of what changed ("增加盈余", "减少亏损"), as a whole label (not
# a new level, "增加到", "减少至", "增加为"; nor 增加值, a value; nor a rate, 增加幅度, 减少率)
_VERB_THEN_NAME = re.compile(
    "(?P<verb>"
    + "|".join(sorted(OBJECT_CHANGE_VERBS, key=len, reverse=True))
    + r")(?P<name>(?![到至为了的值幅率])[\u4e00-\u9fff]{1,6})"
)
# "采购比上年同期增加采购3129.12万元": a comparison, a verb of change, and what changed (a few
# characters of a name) before the figure
_COMPARED_VERB_FIRST = re.compile(
    r"(?:(?:(?<!比)较|比(?!较))(?:上年|去年|上一年|(?:\d{4}|1\d\d)年)(?:度)?(?:同期|同月)?"
    r"|与(?:上年|去年|上一年|(?:\d{4}|1\d\d)年)(?:度)?(?:同期|同月)?相比,?)"
    r"(?P<verb>增加|减少|增长|下降)(?P<name>[\u4e00-\u9fff]{1,6})$"
)
# "较2014年度部门决算公开“三公”经费合计16.08万元增加15.15万元": a longer prior, known as one
# by the change that follows it.
# The period may be a plan's five years ("比“十二五”期间累计政府采购金额3816.91亿元增加…"),
# the month or quarter before (上月, 上季度) or the period before (上期).
_LONG_PRIOR = re.compile(
    r"(?:(?<!比)较|比(?!较)|相比|相较)(?:上年|去年|上一年|今年|(?:\d{4}|1\d\d)年"
    r"|“?十[一二三四五]五”?|上期|上月|上季度)[^,;:。比较]{0,24}$"
)
# a verb of change right after a figure ("较上年2.5减少…", "比上年的21444.76回落10.25%"): any of
# the vocabulary's but those that compare with the budget by their meaning (节约, 超支…)
_CHANGE_NEXT = re.compile(
    "[,]?(?:"
    + "|".join(sorted((v for v in CHANGE_VERBS if v not in BUDGET_VERBS), key=len, reverse=True))
    + ")"
)
# "本年支出120万元,上年支出100万元": a prior-year figure printed after the current one.
_PRIOR_AFTER = re.compile(r"^(?:上年|去年|上一年)(?:度|同期)?[^,;:]{0,16}?(?:为|是)?$")
_LARGEST_IS = re.compile(r"^[^,;:。]*(?:最[多大高少低]|大头|第一|之首)的?是")
_HEADING_RUN_IN = re.compile(r"^[^,;:。]{0,12}情况(?=(?:\d{4}|1\d\d)年)")
_PERIOD_HEAD = re.compile(
    r"^(?:截[至止]|截至|到)?(?:(?:\d{4}|1\d\d)年(?:度|底|末)?|\d{1,2}(?:-\d{1,2})?月(?:份|底|末)?"
    rf"|{QUARTER}|{HALF_YEAR}"
    r"|(?:上|本|今|全|当)年度?|去年|本月|当月|年末|年初(?!预算)|同期)+"
)
_MARKER_HEAD = re.compile(r"^[(]?[一二三四五六七八九十\d]{1,3}[)、.]")
# "按照保障范围和标准测算的“三保”支出需求": how a figure was worked out, before its name
_BASIS_HEAD = re.compile(r"^(?:按照|根据|依据)[^,;。:]{1,16}?(?:测算|核定|核算)(?:的|出)?")
# "经县第十八届人民代表大会第一次会议批准", "经市人大常委会审议批准的": an approval before a name
_APPROVED = re.compile(r"经[^,;。:]{2,30}?批准(?:的)?")
# "——一般公共预算收入88435万元": a dash that opens a line or item is a bullet, not the name.
_LEADING_DASH = re.compile(r"^[—–─-]+")
# "岁入原列新台币1599.84亿元": the figure first listed, before a review changed it.
_ORIGINAL = re.compile(r"原(?:列|编列)(?:新台币|人民币|为)?$")
# A change printed with its verb alone ("增加", ",减少了"): no comparison, no subject.
# (any verb of change but those that compare with the budget by their meaning, 节约 and 超支…)
_BARE_VERB = re.compile(
    r"\s*(?:"
    + "|".join(
        sorted(
            (
                *(v for v in CHANGE_VERBS if v not in BUDGET_VERBS),
                *(k for k, v in SPUN_SYNONYMS.items() if v in CHANGE_VERBS),
            ),
            key=len,
            reverse=True,
        )
    )
    + r")了?\s*"
)


def bare_change(label: str) -> bool:
    """Whether a change's label is its verb alone ("增加", " 减少了"): no comparison, no subject
    (a saving, 节约, is another reading: claims._savings)."""
    return _BARE_VERB.fullmatch(label) is not None


_SPUN = re.compile("|".join(SPUN_SYNONYMS))
_FORMER = re.compile("|".join(sorted(FORMER_NAMES, key=len, reverse=True)))
# The words of a phase: of the budget (预算…, 批复, and a performance indicator's 目标值, what
# its 实际完成值 is a completion of: "绩效目标值是28次,实际完成值为40次,目标完成率为143%"), or of
# the actual figure.
_PHASE_WORD = re.compile(
    r"年初预算数|年初预算|调整后预算|调整预算|全年预算|年度预算|预算数|预算|批复|目标值|需求"
    r"|决算数|决算|执行数|实际支出|实际开支|已用"
)
# A protected fund name's placeholder (see canonical) followed by 实际支出 or 实际开支
_FUND_ACTUAL = re.compile(r"(\x00\d+\x00)实际(?:支出|开支)")
# "三公费财政拨款支出" is "三公费": a funding source after an item's name (see the vocabulary).
_QUALIFIED = re.compile(rf"(?P<item>.+费)(?:{'|'.join(FUNDING_QUALIFIERS)})(?:支出)?")
_LIST_GLUE = re.compile("[、,和及与的]|" + "|".join(FUNDING_QUALIFIERS))


def _listed_total(name: str) -> str:
    """A name that lists every part of a standard breakdown is its total ("因公出国费、公务用车
    购置及运行费和公务接待费的财政拨款" → 三公费)."""
    for total, parts in DECOMPOSITIONS:
        if len(parts) < 3 or not all(p in name for p in parts):
            continue
        rest = name
        for p in sorted(parts, key=len, reverse=True):
            rest = rest.replace(p, "")
        if not _LIST_GLUE.sub("", rest):
            return total
    return name


_TRAILING_WORDS = [
    "累计完成",
    "累计",
    "完成",
    "实现",
    "实际",
    "预计",
    "达到",
    "达",
    "为",
    "是",
    "共计",
    "合计",
    "总计",
    "总额",
    "总量",
    "总数",
    "汇总数",  # "“三公”经费支出决算汇总数为769.70万元"
    "共",
    "均",
    "各",
    "分别",
    "约",
    "数",
    "的",
    "了",
    "安排",
    "编列",
    "情况",
    "规模",
    "金额",
    "支出数",
    "总",
]
# The trailing words are stripped by matching the reversed label from its start: one pass, where
# "(?:…)+$" would retry from every position of a long run of them (quadratic).
_TRAILING_REVERSED = re.compile(
    "(?:" + "|".join(w[::-1] for w in sorted(_TRAILING_WORDS, key=len, reverse=True)) + ")+"
)
_CONTENTS_TAIL = re.compile(r"\((?:包括|包含)[^()]{1,40}\)$")
# (a bracketed note on how a figure is counted, "资产总额(账面净值,下同)", is no part of its name)
_NOISE = re.compile(
    r"[“”\"'‘’《》「」『』 ]|\(境\)|维护|按?同口径|可比口径|当月|本月|累计|\([^()]{0,30}下同\)"
)
# "2014年下降到16,023.35万元": a verb to a new level names no subject; "教育支出2013年为": the
# period after the name is not part of it.
_TO_LEVEL = re.compile(
    r"^(?:再次|又|进一步|继续)?(?:下降|减少|增加|上升|增长|降低|提高|降|增)(?:到|至)$"
)
_PERIOD_TAIL = re.compile(r"(?<=[^\d])(?:\d{4}|1\d\d)年度?$")
# "执行中按法定程序调整为114.7亿元", "税收收入调整为40500万元": the budget as adjusted; the
# adjustment (and the procedure that made it) is no part of the subject
_ADJUSTED_TAIL = re.compile(
    r"(?:(?:在|预算)?执行中,?)?(?:[按经依]照?法定程序)?(?:预算)?调整(?:后为|为|到|至)$"
)
# (or after a place's name, without 的: "河南省2019年政府采购规模" is the 河南省政府采购 figure)
_PERIOD_MID = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:19|20)\d\d年度?的(?=[\u4e00-\u9fff])"
    r"|(?<=[省市县区旗州])(?:19|20)\d\d年度?(?=[\u4e00-\u9fff])"
)
_LEADING_LIST = re.compile(
    rf"^(?:{'|'.join(sorted((*INTRODUCERS, *PARTIAL_INTRODUCERS), key=len, reverse=True))}"
    rf"|加上(?!级)|{PLUS_WORD}|另|及|和|与|、|而(?!且)"
    r"|安排(?=[\u4e00-\u9fff]{2})"  # "安排公务接待费64000元" is the 公务接待费
    r"|全部(?!为|是|用于))+"  # "加上级补助收入" is 加 + 上级补助收入; "全部税收" is 税收
)


_TOTAL_BEFORE_FLOW = re.compile(r"(?<=费)(?:合计|总计|共计)(?=支出$)")


def _strip_trailing(text: str) -> str:
    """``text`` without its trailing words (达到, 的, 合计, …)."""
    m = _TRAILING_REVERSED.match(text[::-1])
    return text[: len(text) - m.end()] if m else text


_SCOPE_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})全(?:区|市|县|省|镇|乡)$")
_LINKING_DE = re.compile(r"(?<=[\u4e00-\u9fff])的(?=[\u4e00-\u9fff])")


# words of the actual phase in a label without one of its own, and the names of work that hold
# them without being that phase (vocabulary.PHASELESS_NAMES: "案件执行")
_ACTUAL_HINT = re.compile(r"完成|执行|实际|支出数")
_PHASELESS = re.compile("|".join(PHASELESS_NAMES))


# Labels recur within and across documents ("比上年", "其中:"); the reading is a pure function of
# the label, so it is cached (bounded; the cache holds only strings).
@functools.lru_cache(maxsize=8192)
def canonical(label: str) -> tuple[str, str]:
    """A label's canonical subject and phase ("budget", "actual" or "").

    >>> canonical("2021年我镇“三公”经费预算为")
    ('我镇三公费', 'budget')
    >>> canonical("一般公共预算财政拨款支出决算数为")
    ('一般公共预算财政拨款支出', 'actual')
    >>> canonical("“三公”经费财政拨款支出决算数")
    ('三公费', 'actual')
    """
    s = _NOISE.sub("", label)
    # "经旗第十八届人民代表大会第一次会议批准全旗公共财政预算收入": what a congress approved is a
    # budget, named after the approval
    approved = _APPROVED.match(s) if s.startswith("经") else None
    if approved is not None:
        s = s[approved.end() :]
    adjusted = _ADJUSTED_TAIL.search(s) if "调整" in s else None
    if adjusted is not None:
        s = s[: adjusted.start()]
    s = _SPUN.sub(lambda m: SPUN_SYNONYMS[m.group(0)], s)
    s = _FORMER.sub(lambda m: FORMER_NAMES[m.group(0)], s)
    s = s.replace("经费", "费").replace("费用", "费")
    s = _MARKER_HEAD.sub("", _LEADING_DASH.sub("", s))
    s = _PERIOD_HEAD.sub("", s)
    if "测算" in s or "核" in s:
        s = _BASIS_HEAD.sub("", s)
    s = _LEADING_LIST.sub("", s)
    # "1.总体情况2019年度收入总计": a heading (…情况) run into its first sentence, before the year
    # the sentence opens with, is no part of the subject
    if "情况" in s:
        s = _PERIOD_HEAD.sub("", _HEADING_RUN_IN.sub("", s))
    if "是" in s:
        # "“三公经费”中占大头的是因公出国(境)支出决算": the figure is the one named after 的是
        s = _LARGEST_IS.sub("", s)
    protected = s
    for i, word in enumerate(PROTECTED):
        protected = protected.replace(word, f"\x00{i}\x00")
    phase = ""
    for m in _PHASE_WORD.finditer(protected):
        word = m.group(0)
        # ("“三保”支出需求95506万元": what is needed is planned, as a budget is)
        phase = "budget" if "预算" in word or word in ("批复", "目标值", "需求") else "actual"
    # "一般公共预算实际支出为": after a fund's name (a placeholder here) 实际支出 names the
    # fund's spending, not only the phase: its 支出 stays
    protected = _FUND_ACTUAL.sub("\\1支出", protected)
    protected = _PHASE_WORD.sub("", protected)
    protected = _strip_trailing(protected)
    if protected.endswith(")"):
        # "一般公共预算教育经费(包括教育事业费、基本建设经费、教育费附加)为": what a figure
        # includes, listed in brackets after its name, is no part of the name (a "(含…)"
        # stays: "收入(含上年结转)" may be another figure than "收入")
        protected = _CONTENTS_TAIL.sub("", protected)
    # "公务用车购置全区增加126.72万元": the area after a name is its scope, not part of it
    protected = _SCOPE_AFTER.sub("", protected)
    protected = _TOTAL_BEFORE_FLOW.sub("", protected)  # "三公经费合计支出" is the 三公 figure
    if protected.endswith("费支出"):
        protected = protected[:-2]
    for i, word in enumerate(PROTECTED):
        protected = protected.replace(f"\x00{i}\x00", word)
    protected = _listed_total(protected)
    qualified = _QUALIFIED.fullmatch(protected)
    if qualified:
        protected = qualified.group("item")
    protected = _PERIOD_HEAD.sub("", protected)
    # "2021年的三公经费", "鄂城区2022年的“三公”经费": a year and 的 are no part of the subject
    protected = _PERIOD_MID.sub("", protected).removeprefix("的")
    protected = _TO_LEVEL.sub("", _PERIOD_TAIL.sub("", protected))
    # "授予中小微企业的总采购额" and "授予中小微企业总采购额" name one thing: 的 between two
    # words is dropped
    protected = _LINKING_DE.sub("", protected)
    protected = SUBJECT_ALIASES.get(protected, protected)
    if adjusted is not None or approved is not None:
        phase = "budget"
    elif not phase and _ACTUAL_HINT.search(_PHASELESS.sub("", label)):
        phase = "actual"  # "三公经费支出数为2,574.69万元,预算数为9,564.38万元"
    return protected.strip(",;:、 "), phase


# Marks of a copy that lost characters: U+FFFD, a "?" for an unmappable character right before
# a figure ("卜罩С?8639萬元", where a digit may be lost), box-drawing and bopomofo characters
# that a wrongly decoded page shows ("?。ㄒ唬┮话愎"). A figure printed among them may be cut.
_DAMAGE_MARKS = r"\ufffd\u2500-\u257f\u3100-\u312f"
_DAMAGE = re.compile(f"[{_DAMAGE_MARKS}]")
# the first characters of the units a "?" may stand between a figure and ("4277.9244?萬元")
_UNIT_AFTER_LOSS = frozenset("万萬亿億元%千百")
# Each sentence's text, its end mark included, and the rest of the text after the last mark:
# the pieces the marks cut the text into, one after the other (the repeats are possessive: the
# rest is read once, not tried again from each of its characters). A mark of damage ends a
# piece too, within its sentence: the marks are found by the same scan (a text has none, most
# often, and is not scanned for them again).
_PIECE_ENDS = _SENTENCE_ENDS + _DAMAGE_MARKS
_SENTENCE_PIECE = re.compile(f"[^{_PIECE_ENDS}]*+[{_PIECE_ENDS}]|[^{_PIECE_ENDS}]++")


def _sentences(text: str, damage: list[int] | None = None) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of each sentence; linear. The offset of every mark of damage
    (_DAMAGE) is appended to ``damage``, in order."""
    out: list[tuple[int, int, int]] = []
    start = 0
    end = 0
    paragraph = 0
    append = out.append
    # (the pieces as strings, by one call: no match object per sentence, and each piece's
    # text is at hand for the test of a blank one)
    for piece in _SENTENCE_PIECE.findall(text):
        end += len(piece)
        last = piece[-1]
        if last not in _SENTENCE_ENDS and _DAMAGE.match(last) is not None:
            if damage is not None:
                damage.append(end - 1)
            continue  # (the sentence goes on after it)
        if end - start > _MAX_SENTENCE:
            _emit(text, start, end, paragraph, out)
        elif piece.strip() or end - start > len(piece):
            # (_emit's short case, inline: once per sentence; a sentence of more than one piece
            # holds a mark of damage, and is no blank one)
            append((start, end, paragraph))
        if last == "\n":
            paragraph += 1
        start = end
    if start < len(text):
        _emit(text, start, len(text), paragraph, out)  # (a text that ends with a mark of damage)
    return out


def _emit(text: str, start: int, end: int, paragraph: int, out: list[tuple[int, int, int]]) -> None:
    while end - start > _MAX_SENTENCE:
        cut = max(
            text.rfind(",", start, start + _MAX_SENTENCE),
            text.rfind(";", start, start + _MAX_SENTENCE),
        )
        if cut <= start:
            cut = start + _MAX_SENTENCE - 1
        out.append((start, cut + 1, paragraph))
        start = cut + 1
    if text[start:end].strip():
        out.append((start, end, paragraph))


def read_facts(text: str | Normalised) -> Document:
    """Normalise (if needed), cut into sentences and tie every quantity to what it measures."""
    norm = text if isinstance(text, Normalised) else normalise(text)
    t = norm.text
    token = _DOC_YEAR.set(_document_year(t))
    try:
        return _read(norm, t)
    finally:
        _DOC_YEAR.reset(token)


def _read(norm: Normalised, t: str) -> Document:
    too_long: list[tuple[int, int]] = []
    quantities = find_quantities(t, too_long)
    # A "respectively" run opens with 分别 or 各 (_RESPECTIVELY): a text without either has none,
    # and its figures are not tested for joining one.
    runs = "分别" in t or "各" in t
    # the offsets of the marks of damage, found with the sentences (most texts have none)
    damage: list[int] = []
    spans = _sentences(t, damage)
    sentences: list[Sentence] = []
    facts: list[Fact] = []
    qi = 0
    n = len(quantities)
    for index, (start, end, paragraph) in enumerate(spans):
        sentence = Sentence(start, end, index, paragraph)
        sentences.append(sentence)
        while qi < n and quantities[qi].start < start:
            qi += 1
        if qi < n and quantities[qi].start < end:
            mine = qi + 1
            while mine < n and quantities[mine].start < end:
                mine += 1
            # "…预算为168.53万元。其中:因公出国(境)费39万元、…": a sentence that opens with 其中
            # in the paragraph of the one before lists that one's figures
            continued = (
                index > 0
                and sentences[index - 1].paragraph == paragraph
                and t[start : start + 8].lstrip().startswith("其中")
            )
            _tag(t, sentence, quantities[qi:mine], facts, runs, damage, continued)
            qi = mine
    return Document(norm, sentences, facts, tuple(too_long))


_MONEY_WORD = re.compile(r"(?:支出|收入|经费|预算|资金|拨款|决算|结余|合计)(?:数|为|是|:)?$")
_CHANGED_BY = re.compile(r"(?:增加|减少|增收|减收|增支|减支)了?$")
_RATE_NEXT = re.compile(
    r"[ ]*,[ ]*(?:同比)?(?:增长|下降|降低|减少|增加|上升|提高|增幅|降幅)(?:了|为)?[ ]*"
    r"\d+(?:\.\d+)?%"
)


# "相比2016年的总收入6871.82减少…": what a prior figure's label names after its cue.
_PRIOR_HEAD = re.compile(
    r"^.*?(?:(?<!比)较|比(?!较)|相比|相较|与)(?:上年|去年|上一年|(?:\d{4}|1\d\d)年)(?:度)?(?:同期|同月)?"
    r"(?:决算|预算)?(?:数)?(?:的|为)?"
)
# A bare number between a prior cue and a change verb: "较上年2.5减少1.95万元".
_PRIOR_BEFORE = re.compile(
    r"(?:(?<!比)较|比(?!较)|相比|相较)(?:上年|去年|上一年|(?:\d{4}|1\d\d)年)(?:度)?(?:同期)?的?$"
)


# (各 and any verb of change: "各下降23.51%、38.28%", "各回落…")
_RESPECTIVELY = re.compile(r"分别|各(?:是|为|自|" + _VERB_ALT + ")")
_RUN_JOIN = re.compile(rf"\s*[{RUN_MARKS},]\s*")
_SHARE_RUN_JOIN = re.compile(rf"\s*[{RUN_MARKS}]\s*占比?\s*")
# "分别增加125.49万元、143.91万元,增长3.1%、3.6%": the rates' verb alone after a run of changes
_RATES_AFTER_RUN = re.compile(r"[ ]*,[ ]*(?:同比|分别|各)?(?:" + _VERB_ALT + r")(?:了|为)?[ ]*")


def _joins_run(text: str, facts: list[Fact], previous: Fact, fact: Fact) -> bool:
    """Whether ``fact`` is the next figure of a run that ``previous`` opened with 分别/各 (or
    continues), joined by 、 or , alone and of the same kind. Rates whose verb follows a run of
    changes at once ("分别增加A、B,增长P、Q") are a run too: the 分别 of the changes is theirs."""
    if previous.depth != fact.depth:
        return False
    if not _RUN_JOIN.fullmatch(text, previous.q.end, fact.q.start) and not (
        # "分别占96.25%和占3.75%": a run of shares may say 占 again
        _SHARE_RUN_JOIN.fullmatch(text, previous.q.end, fact.q.start)
        and "占" in (previous.run[0] if previous.run else previous).label
    ):
        return False
    if not (
        previous.run
        or _RESPECTIVELY.search(previous.label)
        or _percent_run_opens(text, previous, fact)
        or (
            previous.role is _RATE
            and previous.index > 0
            and facts[previous.index - 1].run
            and facts[previous.index - 1].role is _CHANGE
            and _RATES_AFTER_RUN.fullmatch(text, facts[previous.index - 1].q.end, previous.q.start)
        )
    ):
        return False
    money = (_MONEY, _BARE)
    same = previous.q.unit.dimension is fact.q.unit.dimension or (
        previous.q.unit.dimension in money and fact.q.unit.dimension in money
    )
    return same and fact.role in (_VALUE, previous.role)


# "同比增长18.0%、18.5%、17%和21.1%": percentages joined by 、 or 和 alone
_PERCENT_RUN_JOIN = re.compile(rf"\s*[{RUN_MARKS}]\s*")
_PERCENT_RUN_ROLES = (_RATE, _SHARE, _COMPLETION)


def _percent_run_opens(text: str, previous: Fact, fact: Fact) -> bool:
    """Whether ``fact``, a bare percentage printed right after a rate, share or completion with
    only 、 or 和 between them, is the second of a run that one cue opens ("同比增长18.0%、18.5%、
    17%和21.1%", "占全部收入的18%、20%": a run whether or not 分别 says so)."""
    return (
        previous.role in _PERCENT_RUN_ROLES
        and fact.role is _VALUE
        and previous.q.unit.dimension is _PERCENT
        and fact.q.unit.dimension is _PERCENT
        and _PERCENT_RUN_JOIN.fullmatch(text, previous.q.end, fact.q.start) is not None
    )


_BARE_RATE_AFTER = re.compile(r"[ ]*,[ ]*")
_RATE_ENDS = re.compile(r"[ ]*(?:[,;。\n]|$)")
_BRACKETED_RATE = re.compile(r"(?:万元|亿元|千元|元)?\((?:同比)?(?:" + _VERB_ALT + r")?了?(?:为)?")


def _prior_subject(label: str) -> str:
    """The subject a printed prior names ("相比2016年的总收入" → 总收入), or ""."""
    m = _PRIOR_HEAD.match(label)
    if m is None or m.end() == len(label):
        return ""
    return canonical(label[m.end() :])[0]


def _assume_units(
    text: str, quantities: list[Quantity], before: Fact | None = None
) -> list[Quantity]:
    """A number printed without a unit, in a sentence whose other money is in one unit, is read
    in that unit (and reported: units.missing-unit) when it is a decimal right after a money
    word, or a prior between its cue and a change ("较上年2.5减少1.95万元"). The figures of a run
    that 分别/各 opens take the unit printed once on its last ("各是4125.49,4143.91万元"): that is
    how such runs are printed, not a unit left out."""
    # Only a figure printed without a unit can take one (a loop, not all() over a generator:
    # this runs once per sentence with figures).
    for q in quantities:
        if q.unit.dimension is _BARE:
            break
    else:
        return quantities
    lo = max(0, quantities[0].start - 8) if quantities else 0
    hi = quantities[-1].start if quantities else 0
    if text.find("分别", lo, hi) >= 0 or text.find("各", lo, hi) >= 0:
        ran: list[Quantity] = []
        carried: Unit | None = None  # the unit of the run the previous figure belongs to
        for k, q in enumerate(quantities):
            if carried is not None and not (
                ran and _RUN_JOIN.fullmatch(text, ran[-1].end, q.start)
            ):
                carried = None
            if q.dimension is _BARE:
                run_unit = carried or _run_unit(text, quantities, k)
                if run_unit is not None:
                    q = attrs.evolve(q, unit=run_unit)
                    carried = run_unit
            ran.append(q)
        quantities = ran
    # The one unit of the sentence's money (compared by identity: hashing a member runs Python).
    unit: Unit | None = None
    for q in quantities:
        if q.unit.is_money:
            if unit is None:
                unit = q.unit
            elif q.unit is not unit:
                return quantities
    own = unit is not None
    if unit is None:
        # "收入总计3874.92万元。收支较上年减少484.05,降低11.1%": a change and its rate in a
        # sentence without money of its own take the unit of the figure before it in the
        # paragraph (only that reading below)
        if (
            before is None
            or not before.q.unit.is_money
            or not quantities
            or text.find("\n", before.q.end, quantities[0].start) >= 0
        ):
            return quantities
        unit = before.q.unit
    out = []
    for k, q in enumerate(quantities):
        if (
            own
            and q.dimension is _BARE
            and q.places > 0
            and k + 1 < len(quantities)
            and quantities[k + 1].unit is unit
            and _SHARED_UNIT.fullmatch(text, q.end, quantities[k + 1].start) is not None
        ):
            # "收入减少84.55、支出总计减少99.6万元": the unit printed once, on the next figure
            # after 、 and its name (how such pairs are printed, not a unit left out)
            out.append(attrs.evolve(q, unit=unit))
            continue
        if (
            q.dimension is _BARE
            and q.value != 0
            and "|" not in text[max(0, q.start - 3) : q.end + 3]
            and (
                (own and q.places > 0 and _MONEY_WORD.search(text[max(0, q.start - 8) : q.start]))
                or (
                    # "收支较上年减少484.05,降低11.1%": a change and its rate right after it
                    q.places > 0
                    and _CHANGED_BY.search(text[max(0, q.start - 4) : q.start])
                    and _RATE_NEXT.match(text, q.end)
                )
                or (
                    own
                    and _PRIOR_BEFORE.search(text[max(0, q.start - 8) : q.start])
                    and _CHANGE_NEXT.match(text[q.end : q.end + 3])
                )
                or (
                    # "其中药费为3718.38,比上年增加298.18元": a figure its change in money
                    # follows, against the year before
                    own
                    and q.places > 0
                    and _NAMED_RIGHT_BEFORE.search(text, max(0, q.start - 1), q.start)
                    and k + 1 < len(quantities)
                    and quantities[k + 1].unit is unit
                    and _CHANGE_OF_IT.fullmatch(text, q.end, quantities[k + 1].start) is not None
                )
            )
        ):
            q = attrs.evolve(q, unit=unit, assumed=True)
        out.append(q)
    return out


# the verbs of an increase or decrease that 多/少 before them turn into a change of a change
# ("同比多增", "少减"); 多发, 多拨, 多征收 are verbs of their own (more paid, more collected)
_INCREMENT_VERBS = frozenset({"增", "增加", "减", "减少"})
# a comparison with a period right before 新增 ("较2013年底新", "比上年新")
_COMPARED_NEW = re.compile(
    r"(?:较|比)(?:上年|去年|上一年|年初|(?:\d{4}|1\d\d)年)(?:度)?(?:底|末|初|同期)?新$"
)
_SHARED_UNIT = re.compile(r"、[^\d,;:。、()]{0,12}")
# a name or its verb right before a figure ("药费为3718.38", "药费3718.38"; not "…20000万元105.2",
# a rate that lost its % after an amount's unit)
_NAMED_RIGHT_BEFORE = re.compile(r"[\u4e00-\u9fff](?<![元万亿千百十币])")
# what stands between a figure and its change against the year before ("3718.38,比上年增加")
_CHANGE_OF_IT = re.compile(
    r"\s*,\s*(?:同比|(?:比|较)(?:上年度?|去年|上一年度?)(?:同期)?"
    r"|与(?:上年度?|去年|上一年度?)(?:同期)?相比,?)"
    r"(?:增加|减少|增长|下降)了?\s*"
)


def _run_unit(text: str, quantities: list[Quantity], k: int) -> Unit | None:
    """The unit of money printed once, on the last figure of a run that 分别/各 opens
    ("各是4125.49,4143.91万元"), for a bare figure of it."""
    if not _RESPECTIVELY.search(text, max(0, quantities[k].start - 8), quantities[k].start):
        return None
    for a, b in itertools.pairwise(quantities[k:]):
        if not _RUN_JOIN.fullmatch(text, a.end, b.start):
            return None
        if b.is_money:
            return b.unit
        if b.dimension is not _BARE:
            return None
    return None


# What names a count after its measure word: up to 12 characters, to the next separator.
_TAIL = re.compile(r"[^,;:()。]*")
_TAIL_STOPS = frozenset(",;:()。")  # what _TAIL stops at


def _tag(
    text: str,
    sentence: Sentence,
    quantities: list[Quantity],
    facts: list[Fact],
    runs: bool = True,
    damage: Sequence[int] = (),
    continued: bool = False,
) -> None:
    start, end = sentence.start, sentence.end
    # _assume_units reads only a sentence with a figure printed without a unit (its first test,
    # here: no call for most sentences)
    for q in quantities:
        if q.unit.dimension is _BARE:
            quantities = _assume_units(text, quantities, facts[-1] if facts else None)
            break
    # Separators and parentheses of the sentence, with the depth before each.
    # (each a single character: its position is enough, the character is read from the text)
    # (only those before the last figure are read; found by one split of that stretch, their
    # offsets summed from the lengths of the pieces between them: no match object per mark)
    last = quantities[-1].start if quantities else end
    marks: list[int] = []
    pos = start - 1
    for piece in _CLAUSE.split(text[start:last]):
        pos += len(piece) + 1
        marks.append(pos)
    marks.pop()  # (the stretch's end, after its last piece: no mark)
    n_marks = len(marks)
    mi = 0
    depth = 0
    clause_start = start
    saved: list[int] = []
    previous_end = start
    previous: Fact | None = None
    phased: Fact | None = None  # the last amount whose phase is named (预算/决算)
    phased_change: Fact | None = None  # the same for changes
    threshold: Fact | None = None  # the last threshold passed ("突破200亿大关")
    if continued:
        # (those of the sentence before, when this one opens with 其中: its list goes on there)
        for g in reversed(facts):
            if g.sentence != sentence.index - 1:
                break
            if g.depth == 0 and g.phase and g.q.unit.is_money:
                if g.role is _VALUE and phased is None:
                    phased = g
                elif g.role is _CHANGE and g.basis is _BASIS_PRIOR and phased_change is None:
                    phased_change = g
    # The first mark of damage in the sentence: a figure after it (or right after a "?") stands
    # in a damaged stretch (found once, not searched again from the sentence start per figure).
    # (``damage``: the offsets of the text's marks, in order; most texts have none)
    damage_at = end
    if damage:
        k = bisect.bisect_left(damage, start)
        if k < len(damage) and damage[k] < end:
            damage_at = damage[k]
    # (what each figure's readings below ask of it and of the sentence, read once: a figure is
    # read by some twenty tests, each an attribute or two)
    index = sentence.index
    own = sentence.facts
    floor = start + _BASIS_WINDOW
    n_text = len(text)
    for q in quantities:
        q_start, q_end, unit = q.start, q.end, q.unit
        while mi < n_marks and marks[mi] < q_start:
            pos = marks[mi]
            ch = text[pos]
            mi += 1
            if ch == "(":
                depth += 1
                saved.append(clause_start)
                clause_start = pos + 1
            elif ch == ")":
                depth = max(0, depth - 1)
                # A group closed: the clause goes on from where it was ("因公出国(境)费").
                clause_start = saved.pop() if saved else pos + 1
            else:
                clause_start = pos + 1
        label_start = clause_start if clause_start > previous_end else previous_end  # max()
        if label_start == q_start and text.startswith("占,", label_start - 2):
            label_start -= 2  # "占,88.19%": a comma typed after 占 does not part it from its share
        label = text[label_start:q_start]
        # Counts name their thing after the measure word ("41个项目").
        # (most figures are followed at once by a separator, or end the sentence: their tail
        # is empty without a call of the pattern)
        if q_end < end and text[q_end] not in _TAIL_STOPS:
            after = _TAIL.match(text, q_end, q_end + 12 if q_end + 12 < end else end)
            tail = after.group(0) if after else ""
        else:
            tail = ""
        # An amount of money named by its label, most amounts ("A支出71.67万元"), is read here
        # without a call of _classify: its label holds none of the characters that _classify's
        # readings of money look for (_MONEY_CUES), nor a bracket (a change's verb in one), and
        # ends with no change's cue, after a figure that is no prior nor gap to time progress
        # (the same test as _classify's ``plain``, which reads such a label after its cue).
        stripped = label.strip(" ")
        if (
            not stripped
            and text[q_start - 1 : q_start] == "("
            and text.startswith(")", q_end)
            and _BRACKETED_PRIOR.search(text, max(0, q_start - 10), q_start - 1) is not None
        ):
            # "比去年同期(26,442人)增加6,004人": the prior, in brackets after the comparison
            fact = _new_fact(q, _PRIOR, index, depth, label, "", "")
        elif (
            stripped[-1:] not in _CHANGE_CUE_LAST
            and ")" not in stripped
            and _plain_amount(unit.is_money, stripped, previous)
            and not _base_named_after(text, q_end, stripped)
        ):
            subject, phase = canonical(stripped)
            fact = _new_fact(q, _VALUE, index, depth, label, subject, phase)
        elif stripped in _BARE_SHARES and unit.dimension is _PERCENT:
            # "占11.39%", "占,88.19%": a share of no named whole (most shares), whatever the
            # figure before it, read here only (no call of _classify: a figure of two in the
            # densest texts)
            fact = _new_fact(q, _SHARE, index, depth, label, "", "")
        else:
            fact = _classify(
                q,
                label,
                text,
                # the sentence before the figure: its last _BASIS_WINDOW characters are all that
                # is read (a copy from the sentence start was quadratic in a long sentence)
                q_start - _BASIS_WINDOW if q_start > floor else start,
                index,
                depth,
                previous,
            )
        if (
            tail  # (what follows the figure up to a separator: most figures have none)
            and tail.startswith(_THRESHOLD_NOUNS)
            and (verb := _THRESHOLD_VERB.search(stripped)) is not None
        ):
            # "总销量已突破200亿大关,达206.35亿元": a threshold passed is no figure of the thing
            # named; the figure right after it with no name of its own (达…) is, and takes the
            # name the threshold's label gives (the owner of a value, below)
            fact = _new_fact(
                q, _ROLE_OTHER, index, depth, label, canonical(stripped[: verb.start()])[0], ""
            )
            threshold = fact
        # (the role is changed only by the readings of a rate below: read once until then, and
        # the readings of a value and of a change apart, each tried on its own role alone)
        role = fact.role
        money = unit.is_money
        if role is _VALUE:
            if (
                fact.subject in _GENERIC_SUBJECTS
                # the sentence's first figure has no owner (_owner_subject gives ""): the
                # subject stays as it is
                and own
                and not _TOTAL_LABEL.search(label)
            ):
                owner = (
                    previous.subject
                    if previous is threshold and previous is not None
                    else _sharer(text, own, fact)
                    or _owner_subject(own, depth, text, q_start, series=fact.series != "")
                )
                if not (
                    (fact.subject == "支出" and owner.endswith("收入"))
                    or (fact.subject == "收入" and owner.endswith(("支出", "费")))
                ):
                    fact.subject = owner or fact.subject
            elif (
                label_start > previous_end
                and len(fact.subject) >= 2
                and (k := text.rfind(fact.subject, previous_end, label_start)) > previous_end
            ):
                # "全国政府采购规模增幅趋缓,采购规模为35861.4亿元": the name in full in a clause
                # before, without a figure, is the figure's
                fuller = _NAME_BEFORE.search(text, max(previous_end, k - 12), k)
                if fuller is not None:
                    fact.subject = canonical(fuller.group() + fact.subject)[0] or fact.subject
            if money:
                if fact.phase:
                    phased = fact
                elif (
                    phased is not None
                    and phased.depth == fact.depth
                    and "其中" in text[phased.q.end : q_start]
                    and ";" not in text[phased.q.end : q_start]
                ):
                    # "预算为168.53万元,其中:因公出国(境)费39万元、…": the parts are budgets too.
                    fact.phase = phased.phase
        elif role is _CHANGE or role is _RATE:
            if not fact.subject:
                fact.subject = _owner_subject(own, depth, text, q_start) or _compared(
                    text, max(start, q_start - 60), q_start
                )
            if role is _CHANGE and money:
                if (
                    not fact.explicit
                    and previous is not None
                    and previous.role is _VALUE
                    and previous.phase == "actual"
                    and previous.depth == fact.depth
                    and bare_change(label)
                    and any(
                        g.role is _VALUE and g.phase == "budget" and g.depth == depth for g in own
                    )
                ):
                    # "预算数3786.71万元,调整数4610.19万元,决算数4610.19万元,增加823.48万元": a
                    # change with no comparison, right after the actual figure of a sentence that
                    # printed the budget before it, is the actual against the budget.
                    fact.basis = _BASIS_BUDGET
                if fact.basis is _BASIS_PRIOR:
                    if fact.phase:
                        phased_change = fact
                    elif (
                        phased_change is not None
                        and "其中" in text[phased_change.q.end : q_start]
                        and ";" not in text[phased_change.q.end : q_start]
                    ):
                        # "预算较2021年度增加1.68万元,其中公务接待较上年同期减少0.58万元": the
                        # parts' changes are of their budgets too.
                        fact.phase = phased_change.phase
        percent = unit.dimension is _PERCENT
        if (
            percent
            and previous is not None
            and previous.role is _CHANGE
            and (previous.q.unit.is_money or previous.q.counter)
            and _BRACKETED_RATE.fullmatch(text, previous.q.end, q_start)
            and text.startswith(")", q_end)
        ):
            # "较上年减少1.5万元(42.86%)": the rate of the change before it, in brackets (of a
            # count's too: "与上年相比增加9467人(增长21.67%)").
            fact.role = _RATE
            fact.depth = previous.depth
            fact.sign = previous.sign
            fact.basis = previous.basis
            fact.subject = previous.subject
        elif (
            percent
            and role is _VALUE
            and previous is not None
            and previous.role is _CHANGE
            and previous.q.unit.is_money
            and previous.depth == fact.depth
            and _BARE_RATE_AFTER.fullmatch(text, previous.q.end, q_start)
            and _RATE_ENDS.match(text, q_end)
        ):
            # "较上年2.5减少1.95万元,78%": a bare rate right after the change, its verb left out
            fact.role = _RATE
            fact.sign = previous.sign
            fact.basis = previous.basis
            fact.subject = previous.subject
        if (
            previous is not None
            and (runs or (percent and previous.role in _PERCENT_RUN_ROLES))
            and _joins_run(text, facts, previous, fact)
        ):
            # "分别为300万元、200万元", "各减少1267.86,2570.97万元": the figure after 、 is the
            # next of the run and plays the same part; a unit printed once, on the last, is
            # every figure's.
            fact.role, fact.sign, fact.basis = previous.role, previous.sign, previous.basis
            fact.phase, fact.subject, fact.explicit = previous.phase, previous.subject, True
            fact.ref = previous.ref
            run = previous.run or [previous]
            run.append(fact)
            for member in run:
                member.run = run
        fact.tail = tail
        fact.clause = label_start
        fact.damaged = (
            (q_start > 0 and text[q_start - 1] in "?\ufffd")
            or damage_at < q_start
            # "专项债券偿还利息4277.9244?万元": a "?" between a figure and its unit stands for
            # a character the copy lost; the figure's unit is not read
            or (text.startswith("?", q_end) and text[q_end + 1 : q_end + 2] in _UNIT_AFTER_LOSS)
            # "74亿7千多万元": a figure in 亿 or 万 run into more digits is part of an amount not
            # read whole (one whose unit names 元 is whole: "1000万元人民币25%")
            or (unit.scale >= 4 and q_end < n_text and text[q_end].isdigit() and "元" not in q.text)
        )
        fact.index = len(facts)
        facts.append(fact)
        own.append(fact)
        previous = fact
        previous_end = q_end


# "收入支出总体与上年相比,增加58.21万元": the clause before the change names what it is of.
_COMPARED = re.compile(
    r"(?:^|[,;:。])(?P<subject>[^,;:。]{2,30}?)(?:与|和|跟|同)[^,;:。]{0,16}?(?:相比|比较|对比),"
    r"[^,;:。]*$"
)


def _compared(text: str, start: int, end: int) -> str:
    """The subject named by a comparison clause right before a change without one, or ""."""
    m = _COMPARED.search(text[start:end])
    return canonical(m.group("subject"))[0] if m else ""


_TOTAL_LABEL = re.compile(r"合计|总计|总额|总量|共计")
_GENERIC_SUBJECTS = frozenset({"", "支出", "收入", "金额", "资金", "实际", "共"})
# the words of a name right before a shorter one it ends with ("全国政府" of 全国政府采购规模):
# from a clause's start or a date, with no verb or particle in it
_NAME_BEFORE = re.compile(
    r"(?:(?<=[,;:。\s\d年月日份])|^)[^\W\d_由列为是的在对将把被和及与了至到从向年月日份]{1,10}$"
)


_SAME_SUBJECT_CLAUSE = re.compile(r"\s*(?:较|比|与|同比|相比|相较)")


_OWNER_REACH = 16


# "其中因公出国(境)费占了绝大部分,占比超过90%为620万元": the name a share's clause opens with,
# before its 占
_SHARER = re.compile(r"[,;:\s]*(?:其中)?[,:\s]*(?P<name>[^\W\d_][^,;:。占的]{1,19})占")


def _sharer(text: str, own: list[Fact], fact: Fact) -> str:
    """The subject of a figure named by nothing but a copula ("为") right after a share (the
    last of ``own``, its sentence's figures so far), from the name that opens the share's clause
    ("…其中因公出国(境)费占了绝大部分,占比超过90%为620万元": the 620 is that 费's, not the
    figure's before the share); "" when there is none."""
    previous = own[-1] if own else None
    if (
        previous is None
        or previous.role is not _SHARE
        or previous.depth != fact.depth
        or fact.label.strip(" ,") not in _COPULAS
    ):
        return ""
    begin = own[-2].q.end if len(own) >= 2 else max(0, previous.q.start - len(previous.label))
    m = _SHARER.match(text, begin, previous.q.start)
    return canonical(m.group("name"))[0] if m is not None else ""


_COPULAS = frozenset({"为", "是", "达", "共"})

# A threshold passed ("已突破200亿大关", "首次突破8000亿元大关", "突破28亿元台阶"): the verb that
# ends the figure's label and the noun right after the figure
_THRESHOLD_NOUNS = ("大关", "关口", "台阶", "大台阶", "门槛", "新台阶")
_THRESHOLD_VERB = re.compile(
    r"(?:已经?|首次|再次|又|均|都)?(?:突破|跨越|跨过|越过|迈上|迈过|站上|冲破|首破)$"
)


def _owner_subject(
    facts: list[Fact], depth: int, text: str, at: int, *, series: bool = False
) -> str:
    """The subject a change without its own belongs to: the figure or change before it.

    A ';' ends the search, but for the second of a 当月/累计 pair ("…当月完成11.1亿元,下降5.5%;
    累计完成137.4亿元"), which is the same subject's other series (``series``), and for a clause
    that starts with its comparison ("…经费较上年减少X万元;较年初预算数减少Y万元"): the same
    subject against another base. The owner is among the last ``_OWNER_REACH`` figures: a
    sentence of thousands of unnamed figures (a table row on one line) stays linear.
    """
    recent = facts[-_OWNER_REACH:]
    if not recent:
        return ""
    # The last ';' before the change, and whether the search may go on past it.
    semi = text.rfind(";", recent[0].q.start, at)
    past_semi = series or (semi >= 0 and _SAME_SUBJECT_CLAUSE.match(text, semi + 1, at) is not None)
    for f in reversed(recent):
        if f.depth > depth:
            continue
        if semi >= f.q.end and not past_semi:
            return ""
        if (f.role is _VALUE or f.role is _CHANGE or f.role is _PRIOR) and f.subject:
            return f.subject
    return ""


def _classify(
    q: Quantity,
    label: str,
    text: str,
    lo: int,
    sentence: int,
    depth: int,
    previous: Fact | None,
) -> Fact:
    """The fact of a quantity, from its label; ``text[lo:q.start]`` is the sentence before it
    (read by a change), ``text[q.end : q.end + 6]`` what follows it (read by some amounts):
    both copied only where they are read."""
    stripped = label.strip(" ")
    if ")" in stripped[-3:]:
        b = _BRACKETED_VERB.search(stripped)
        if b is not None:
            if b.group("first") is None:
                stripped = stripped[: b.start()] + b.group("verb") + (b.group("tail") or "")
            elif q.value == 0:
                stripped = stripped[: b.start()] + b.group("first") + (b.group("tail") or "")
    unit = q.unit
    dim = unit.dimension
    money = unit.is_money  # read once: a property, asked up to four times below
    if dim is _ZERO:
        return _change(q, stripped, stripped, text[lo : q.start], sentence, depth, 0)
    # An amount of money whose label holds none of the characters that the readings of money
    # below look for, after no prior nor gap to time progress, is a value named by its label
    # once it is no change (a few tests, not some thirty and a search; see _MONEY_CUES). (One
    # whose label ends with no change's cue either is read so by _tag, without a call of this.)
    # (a share of 占 alone, "占11.39%", is read by _tag without a call of this)
    if money and _base_named_after(text, q.end, stripped):
        # "完成新区下达147.4亿元收入预算目标的103.4%": the base named after its figure
        return Fact(q, _ROLE_BASE, sentence, depth, label, "", phase="budget")
    plain = _plain_amount(money, stripped, previous)
    # Each pattern below is tried only on a label with a word it cannot match without (预算 for
    # _BUDGET_GAP, 预算, 执行率 or 任务 for _COMPLETION_CUE, 占 for _SHARE_CUE).
    if money and ("任务" in stripped or "目标" in stripped):
        t = _TARGET_GAP.search(stripped)
        if t is not None:
            # "地税4408万元,距双过半任务数还差192万元,同比减收1793万元": the gap to the target,
            # not the level the change after it is of
            sign = -1 if t.group("short") else 1
            fact = _change(
                q, stripped, stripped[: t.start()], text[lo : q.start], sentence, depth, sign
            )
            fact.basis, fact.explicit, fact.gap = _BASIS_BUDGET, True, True
            return fact
    if money and "预算" in stripped:
        g = _BUDGET_GAP.match(stripped)
        if g is not None:
            sign = BUDGET_GAP_VERBS[g.group("verb")]
            fact = _change(q, stripped, g.group("head"), text[lo : q.start], sentence, depth, sign)
            fact.basis, fact.explicit, fact.gap = _BASIS_BUDGET, True, True
            return fact
    if (
        money
        and previous is not None
        and previous.role is _ROLE_POINTS
        and (
            stripped in ("", ",")
            or (stripped in ("超收", "短收", "超支", "少支") and "进度" in previous.label)
        )
    ):
        # "超序时进度3.3个百分点,1588万元", and "超平均进度11.3个百分点,超收6623万元": the amount
        # over the progress (actual − budget × the months elapsed), not over the whole budget
        return _new_fact(q, _ROLE_PROGRESS, sentence, depth, label, "", "")
    m = _CHANGE_CUE.search(stripped) if stripped[-1:] in _CHANGE_CUE_LAST else None
    if (
        m is not None
        and previous is not None
        and previous.role is _PRIOR
        and stripped.endswith("为")
        and _TO_NEW.fullmatch(stripped) is not None
    ):
        m = None  # "由267,000万元调减为238,000万元": the new level, not a change (as after 至)
    if (
        m is not None
        and m.group("verb") in ("增", "增加")
        and stripped[: m.start()].endswith("新")
        # ("较2013年底新增243家,增长17.30%": after a comparison, 新增 is the change)
        and _COMPARED_NEW.search(stripped, 0, m.start()) is None
    ):
        m = None  # 新增: newly added, a figure of its own
    if m is not None and m.group("verb") == "降" and stripped[: m.start()].endswith("起"):
        m = None  # 起降: take-offs and landings ("保障运输起降4.9万架次"), no fall
    if m is not None and m.group("verb") == "节约" and "率" in m.group(0):
        m = None  # 节约率: a procurement saving's rate, read with its plan (claims._savings)
    if m is None and money and stripped[-1:] in _COMPARED_LAST:
        short = _COMPARED_VERB.search(stripped)
        if short is not None:
            # "比上年预算数加23.47万元": 增加 printed without its 增, after a comparison (加
            # alone is no verb elsewhere: 教育费附加)
            name = stripped[: short.start()]
            sign = COMPARED_VERBS[short.group("verb")]
            return _change(q, stripped, name, text[lo : q.start], sentence, depth, sign)
    if m is None and money and stripped.startswith("主要"):
        lead = _LEADING_ADJUSTMENT.match(stripped)
        if lead is not None:
            # "主要是调增上级补助收入83620万元": an adjustment verb before the name
            sign = CHANGE_VERBS[lead.group("verb")]
            name = stripped[lead.end() :]
            return _change(q, stripped, name, text[lo : q.start], sentence, depth, sign)
    if (
        m is None
        and money
        and previous is not None
        and previous.role is _CHANGE
        and previous.q.unit.is_money
        and "调" in stripped
        and (lead := _ITEM_ADJUSTMENT.match(stripped)) is not None
        and ";" not in text[previous.q.end : q.start]
    ):
        # "调增39,710万元,其中调增上级转移支付34,668万元": an item of the change before, in its
        # run of clauses ("…,其他刚性支出调增0.78亿元;调增市级化债专项资金支出0.38亿元": after a
        # ';' the next item of a list of values, "调增一般公共预算支出6.54亿元,其中:…")
        sign = CHANGE_VERBS[lead.group("verb")]
        name = stripped[lead.end() :]
        return _change(q, stripped, name, text[lo : q.start], sentence, depth, sign)
    if m is not None and dim in _CHANGE_DIMENSIONS:
        verb = m.group("verb")
        sign = CHANGE_VERBS[SPUN_SYNONYMS.get(verb, verb)]
        before = text[lo : q.start]
        fact = _change(q, stripped, stripped[: m.start()], before, sentence, depth, sign)
        if verb in BUDGET_VERBS and (
            not fact.explicit or not any(w in stripped for w in ("比", "较", "同比"))
        ):
            # a saving (超收, 短收…) is against the budget, unless its own clause compares it
            # with something else ("比上年同期增长45.06%,节约资金1.01亿元": not the year before's)
            fact.basis, fact.explicit = _BASIS_BUDGET, False
        if dim is _PERCENT:
            fact.role = _RATE
        elif dim is _POINTS:
            fact.role = _ROLE_POINTS if "进度" in before[-30:] else _RATE
            if "拉动" in stripped:
                # "增收13.55亿元,拉动全部税收增长22.7个百分点": what a part adds to the whole's
                # growth, in points of the whole's prior, is no rate of the part's own change
                fact.role = _ROLE_OTHER
        if verb in ("短收",) and "进度" in before[-40:]:
            fact.role = _ROLE_PROGRESS
        if (
            verb in _INCREMENT_VERBS
            and stripped[: m.start()].endswith(("多", "少"))
            # ("比2025年减少增加140.4万元": two verbs run together, no 少增)
            and not stripped[: m.start()].endswith(("减少", "增多"))
        ):
            # "比年初增加1639亿元,较上年同期多增359亿元": this period's increase less the same
            # period's of the year before (a change of a change), no change of the level
            fact.role = _ROLE_OTHER
        return fact
    if plain:
        subject, phase = canonical(stripped)  # (no change: see plain above)
        return _new_fact(q, _VALUE, sentence, depth, label, subject, phase)
    if dim is _POINTS:
        # (序时 alone names the time progress too: "超过序时任务5.12个百分点")
        role = _ROLE_POINTS if "进度" in stripped or "序时" in stripped else _ROLE_OTHER
        return _new_fact(q, role, sentence, depth, label, "", "")
    if dim is _PERCENT:
        if (
            previous is not None
            and previous.role is _VALUE
            and previous.q.unit.is_money
            and previous.depth == depth
            and "占" in previous.label
            and _SHARE_OF_WHOLE.fullmatch(stripped)
            and _WHOLE_THEN_SHARE.match(text, previous.q.end) is not None
        ):
            # "占一般公共预算支出1814597万元的比例15.68%": a share of the whole printed before it
            fact = Fact(q, _SHARE, sentence, depth, label, "", previous.phase, ref=previous.subject)
            fact.base = previous
            return fact
        if (
            previous is not None
            and previous.role is _ROLE_BASE
            and (
                not stripped
                or _SHARE_OF_WHOLE.fullmatch(stripped)
                or _BASE_NAME_AFTER.fullmatch(stripped)
            )
        ):
            # "占年计划75000万元的110.5%", "…的比例为110.5%": the completion of that base
            fact = Fact(q, _COMPLETION, sentence, depth, label, "", ref="预算")
            fact.base = previous
            return fact
        # "占省级核定…预计数(预计数取自《…》,闽财预〔2018〕30号)的60.68%": the cues are read
        # without an aside longer than a qualifier (a source, a remark), as if it were not there
        cued = _without_asides(stripped) if ")" in stripped else stripped
        c = (
            _COMPLETION_CUE.search(cued)
            if (
                "预算" in cued
                or "率" in cued
                or "任务" in cued
                or "目标" in cued
                or "进度" in cued
                or "比例" in cued
            )
            else None
        )
        if c is not None:
            return Fact(q, _COMPLETION, sentence, depth, label, "", ref=c.group("ref") or "预算")
        s = _SHARE_CUE.search(cued) if "占" in cued else None
        if s is not None:
            ref = s.group("ref").strip().removeprefix("到")
            if "进度" in ref:
                return _new_fact(q, _ROLE_OTHER, sentence, depth, label, "", "")
            # (every match has 预算 or 任务: a share of anything else, most, is not matched)
            if ("预算" in ref or "任务" in ref) and _BUDGET_REF.match(ref):
                return Fact(q, _COMPLETION, sentence, depth, label, "", ref=ref)
            subject, phase = canonical(ref)
            return Fact(q, _SHARE, sentence, depth, label, "", phase=phase, ref=subject)
        if "进度" in stripped and _PROGRESS_GAP.search(stripped):
            # "完成预算的16.18%,较均衡进度慢0.48%": a gap to the time progress printed in %
            return _new_fact(q, _ROLE_POINTS, sentence, depth, label, "", "")
        subject, phase = canonical(stripped)
        return _new_fact(q, _VALUE, sentence, depth, label, subject, phase)
    if (
        dim is _COUNT
        and ("任务" in stripped or "目标" in stripped or "计划" in stripped or "指标" in stripped)
        and _BASE_PLAN.search(stripped)
        and _OF_PERCENT.match(text[q.end : q.end + 10])
    ):
        # "参保人数8万人,完成目标下达任务7.9万人的101.27%": a count's plan is a base too
        return Fact(q, _ROLE_BASE, sentence, depth, label, "", phase="budget")
    if (
        (money or dim is _COUNT)
        and "与" in stripped
        and _WITH_ANY_NAMED.search(stripped) is not None
        and _COMPARED_AFTER.match(text, q.end) is not None
    ):
        # "与2010年第六次全国人口普查的725482人相比,增加25907人", "与二○二三至二四年度修订预算的
        # 1,124亿元比较": the figure between 与 and 相比 (比较) is what is compared with, named
        # at whatever length (a year in figures or in words, or none)
        return _new_fact(q, _PRIOR, sentence, depth, label, _prior_subject(stripped), "")
    if dim is _COUNT and _moved_from(stripped, text, q, years=False):
        # "从100家增加到120家": the old count
        return _new_fact(q, _PRIOR, sentence, depth, label, "", "")
    if money:
        # The readings of money below look for words that contain these characters: a label
        # without them skips the search (each pattern is tried only where it can match).
        budget = "预算" in stripped  # _BASE_CUE, _BASE_NAMED
        # (_BASE_PLAN's words; 限额: "债务余额为11932.2亿元,为限额12538.3亿元的95.2%")
        planned = (
            "计划" in stripped
            or "任务" in stripped
            or "目标" in stripped
            or "限额" in stripped
            or "指标" in stripped
        )
        compared = "较" in stripped or "比" in stripped  # _LONG_PRIOR; with 与, _PRIOR_CUE
        dated = "年" in stripped  # _PRIOR_AFTER (上年, 去年, 上一年), YEAR_DIGITS
        if (
            budget
            and (
                _BASE_CUE.search(stripped)
                or (_BASE_NAMED.search(stripped) and _OF_PERCENT.match(text[q.end : q.end + 10]))
            )
        ) or (
            # "税收收入完成61323万元,占年计划55000万元的111.5%": the plan is the base
            planned and _BASE_PLAN.search(stripped) and _OF_PERCENT.match(text[q.end : q.end + 10])
        ):
            return Fact(q, _ROLE_BASE, sentence, depth, label, "", phase="budget")

        if "原" in stripped:
            original = _ORIGINAL.search(stripped)
            if original is not None:
                # "岁入原列新台币1599.84亿元,最后计列1608.47亿元,净增8.63亿元": the level before
                return Fact(
                    q, _PRIOR, sentence, depth, label, canonical(stripped[: original.start()])[0]
                )
        if _moved_from(stripped, text, q, years=True):
            # "由年初的80000万元调整为…"
            return _new_fact(q, _PRIOR, sentence, depth, label, "", "")
        after_current = (
            dated
            and previous is not None
            and previous.role is _VALUE
            and previous.q.unit.is_money
            and previous.depth == depth
            and _PRIOR_AFTER.search(stripped) is not None
        )
        long_prior = (
            compared
            and (
                _LONG_PRIOR.search(stripped) is not None
                or (planned and _PLAN_COMPARED.search(stripped) is not None)
            )
            and _CHANGE_NEXT.match(text[q.end : q.end + 6]) is not None
        )
        # "公务接待费2016年预算8万元,2015年预算12.5万元": the year before's figure, after this
        # year's.
        year_prior = False
        if dated and previous is not None and previous.role is _VALUE and previous.depth == depth:
            lead = YEAR_DIGITS.match(stripped)
            years = _YEAR.findall(previous.label)
            if not years and lead is not None:
                # "2023年度收入总计453.13万元,支出总计453.13万元,2022年度收入总计400.22万元": the
                # year of the figures before it, named once at their head (in the sentence, up
                # to _YEAR_REACH characters back)
                end = q.start - len(label)
                begin = max(0, end - _YEAR_REACH)
                begin = max(begin, text.rfind("。", begin, end) + 1)
                years = _YEAR.findall(text, begin, end)
            year_prior = (
                lead is not None and bool(years) and int(lead.group(1)) == int(years[-1]) - 1
            )
        # "与2019498.83万元相比": the figure between 与/较/比 and 相比 is what is compared with
        bare_compared = stripped in ("与", "较", "比", "同") and _COMPARED_AFTER.match(text, q.end)
        # "一般公共預算收入89818萬元,與2022年82956萬元同比增長8.3%": the year's figure after 与 and
        # its year, compared with (相比, 同比 or a verb of change after it)
        with_year = (
            dated
            and "与" in stripped
            and _WITH_YEAR.search(stripped) is not None
            and (
                _COMPARED_AFTER.match(text, q.end) is not None
                or text.startswith(("同比", "比上年", "较上年"), q.end)
                or _CHANGE_NEXT.match(text[q.end : q.end + 6]) is not None
            )
        ) or (
            dated
            and "与" in stripped
            and _COMPARED_AFTER.match(text, q.end) is not None
            and _WITH_YEAR_NAMED.search(stripped) is not None
        )
        verb_first = _COMPARED_VERB_FIRST.search(stripped) if compared else None
        if verb_first is not None:
            # "采购比上年同期增加采购3129.12万元": the verb before what grew, after the comparison:
            # a change of it, not the year before's figure
            sign = CHANGE_VERBS[verb_first.group("verb")]
            name = stripped[: verb_first.start()] or verb_first.group("name")
            return _change(q, stripped, name, text[lo : q.start], sentence, depth, sign)
        if (
            ((compared or "与" in stripped) and _PRIOR_CUE.search(stripped))
            or after_current
            or long_prior
            or year_prior
            or bare_compared
            or with_year
        ) and (
            not _CARRIED.search(stripped)
            # (a figure closed by 与…相比 is compared with, whatever it names: "与2022年获得…专项
            # 补助资金384万元相比增加149万元")
            or ("与" in stripped and _COMPARED_AFTER.match(text, q.end) is not None)
        ):
            subject = canonical(stripped)[0] if year_prior else _prior_subject(stripped)
            return _new_fact(q, _PRIOR, sentence, depth, label, subject, "")
    if "进度" in stripped:
        return _new_fact(q, _ROLE_PROGRESS, sentence, depth, label, "", "")
    if previous is not None and previous.role is _PRIOR and money:
        if (
            previous.depth == depth
            and _NAME_ONLY.fullmatch(stripped) is not None
            and YEAR_DIGITS.match(previous.label.strip(" ")) is not None
            and text[previous.q.end : q.start - len(label)] in (",", "、")
        ):
            # "…,2022年度收入总计400.22万元,支出总计400.22万元": the next figure of the year
            # before, named without its year
            return _new_fact(q, _PRIOR, sentence, depth, label, canonical(stripped)[0], "")
        verb_first = _VERB_THEN_NAME.fullmatch(stripped)
        if (
            verb_first is not None
            and previous.depth == depth
            and text[previous.q.end : q.start - len(label)].strip(" ,") == ""
        ):
            # "税前盈余1.85亿元,较分配预算盈余目标0.59亿元,增加盈余1.26亿元": right after what
            # it is compared with, a verb of change and the name of what changed
            sign = CHANGE_VERBS[verb_first.group("verb")]
            name = verb_first.group("name")
            return _change(q, stripped, name, text[lo : q.start], sentence, depth, sign)
        adjusted = _ADJUSTED_TO.fullmatch(stripped)
        before = previous.label.strip(" ")
        cut = max(before.rfind(w) for w in FROM_WORDS)
        head = before[:cut] if cut > 0 else ""
        if adjusted is not None and head:
            # "一般公共预算收入由年初的76138万元调整为89138万元": the adjusted budget of what is
            # named before 由.
            return Fact(q, _VALUE, sentence, depth, label, canonical(head)[0], "budget")
    if money and "占" in stripped and _WHOLE_THEN_SHARE.match(text, q.end, q.end + 12):
        whole = _SHARE_CUE.search(stripped)
        if whole is not None and whole.group("ref").strip():
            # "教育经费占一般公共预算支出1814597万元的比例15.68%": the whole of the share after
            # it, named by the words after 占
            subject, phase = canonical(whole.group("ref").strip())
            return _new_fact(q, _VALUE, sentence, depth, label, subject, phase)
    subject, phase = canonical(stripped)
    return _new_fact(q, _VALUE, sentence, depth, label, subject, phase)


# What follows a share's whole printed with its amount ("占…支出1814597万元的比例15.68%"), and
# what is left of the share's own label then.
_WHOLE_THEN_SHARE = re.compile(r"(?:的|之)(?:比例|比重|份额)?(?:为|是|达到|达)?\d{1,4}(?:\.\d+)?%")
_SHARE_OF_WHOLE = re.compile(r"(?:的|之)(?:比例|比重|份额)?(?:为|是|达到|达)?")


_ADJUSTED_TO = re.compile(r",?(?:调整为|调整到|调减为|调减至|调增为|调增至)")


_BASIS_WINDOW = 40
_COMPARISON = re.compile(
    r"(?:与|和|跟)[^,;。]{0,24}?(?:相比|比较|对比|持平|一致|$)|(?:同比|对比|比|较)[^,;。]{0,24}"
)
_YEAR = re.compile(r"(\d{4}|1\d\d)年")
_YEAR_REACH = 120  # characters looked back for the year of the figures before a year's figure
# a name alone: no year, comparison, share or phase of its own ("支出总计", "基本支出")
_NAME_ONLY = re.compile(r"[^\d年比较与同占预调原由从进,;:。]{1,12}")
#: A year printed in four digits before 年 ("2023年"; group 1 the digits). The one pattern for it
#: of every stage (facts, claims).
YEAR_DIGITS = re.compile(r"(\d{4})年")
#: A year of the last two centuries before 年 ("2023年", not "3000年"; group 1 the digits): the
#: year a clause or a table's column is of (checks, tables).
CALENDAR_YEAR = re.compile(r"((?:19|20)\d\d)年")
_DOC_YEAR: contextvars.ContextVar[str] = contextvars.ContextVar("_DOC_YEAR", default="")


def _document_year(text: str) -> str:
    """The year a report is about: the latest year it names at least twice (or once)."""
    counts: dict[str, int] = defaultdict(int)
    # The matches _YEAR.finditer gives, found from each 年 (one scan of the text for it): the
    # next match ends at the next 年 that ends one, and starts at most four characters before
    # it, after the match before; _YEAR is tried only there (not at every digit of the text).
    pos = 0
    search = _YEAR.search
    at = text.find("年")
    while at >= 0:
        m = search(text, max(pos, at - 4), at + 1)
        if m is not None:
            counts[m.group(1)] += 1
            pos = m.end()
        at = text.find("年", at + 1)
    if not counts:
        return ""
    twice = [y for y, n in counts.items() if n >= 2]
    return max(twice or counts)


def _change(
    q: Quantity, label: str, head: str, before: str, sentence: int, depth: int, sign: int
) -> Fact:
    window = before[-_BASIS_WINDOW:]
    basis = _BASIS_PRIOR
    # (two searches and a max, not a generator: this runs for every change a text prints)
    clause = window[max(window.rfind(";"), window.rfind("。")) + 1 :]
    phrases = list(_COMPARISON.finditer(clause))
    explicit = bool(phrases)
    phrase = phrases[-1].group(0) if phrases else ""
    cleaned = phrase
    if cleaned:  # (most changes print no comparison: nothing to clean or look into)
        for word in PROTECTED:
            cleaned = cleaned.replace(word, "")
    if cleaned and any(w in cleaned for w in BUDGET_WORDS):
        years = _YEAR.findall(cleaned)
        if not re.search(r"上年|去年|上一年|同期", cleaned) and all(
            y == _DOC_YEAR.get() for y in years
        ):
            basis = _BASIS_BUDGET
    # The subject of the change, when the clause names one ("公务接待费支出决算比去年增加").
    k = max(head.rfind("比"), head.rfind("较"), head.rfind("与"), head.rfind("和"))
    if k > 0 and head[k - 1] == "同":
        k -= 1
    elif k > 0 and head[k - 1] in "相对":
        # "与2016年决算相比", "与上年对比": the comparison starts at its 与 (or 和, 跟), or at
        # 相比/对比 itself
        opening = max(head.rfind(w, 0, k - 1) for w in ("与", "和", "跟"))
        k = opening if opening >= 0 else k - 1
    if k > 0:
        head = head[:k]
    elif k == 0:
        head = ""
    subject, phase = canonical(head)
    return _new_fact(q, _CHANGE, sentence, depth, label, subject, phase, sign, basis, explicit)
