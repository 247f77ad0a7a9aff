"""The twenty-third round of tests that kill the text audit's mutants (issue 10), part f.

Written for survivors of the mutation run at dba33e2 (seed 37, scripts/mutation_score.py
textaudit): a bare figure takes the unit of the run after it only when 分别/各 stands in the
few characters right before it, not anywhere later in the sentence (facts._run_unit, mutant 7);
and a space before "2、" is no line break when "1、" opened inside the sentence before it
(normalise._break, mutant 21). Each expected value is worked out by hand.

Found equivalent: facts._assume_units mutant 95 (find → rfind of a line break: both are -1
exactly when there is none), normalise.normalise mutant 133 (b < len → b <= len: a soft break's
next line always holds a character other than a space, so the scan stops before the end), and
tables._cell_per_line mutant 24 (seen_figure starts None, not False: both are false, and the
first ``or`` makes it a bool).
"""

from __future__ import annotations

from budgetperf.textaudit import normalise
from budgetperf.textaudit.facts import read_facts
from budgetperf.textaudit.quantities import Unit

# --- facts._run_unit: 分别 only right before the figure opens its run ------------------------


def test_a_bare_figure_does_not_take_a_run_unit_from_a_later_respectively() -> None:
    # "12.5,13.6万元" has no 分别/各 in the eight characters before 12.5 ("会议费上年、本年发生"
    # holds none); the 分别 of the 培训费 clause comes after it and opens another run, so 12.5
    # stays a figure printed without a unit (no money word before it either: not assumed)
    text = "会议费上年、本年发生12.5,13.6万元,培训费分别为3万元、4万元。"
    doc = read_facts(text)
    assert [(f.q.text, f.q.unit, f.q.assumed) for f in doc.facts] == [
        ("12.5", Unit.BARE, False),
        ("13.6万元", Unit.WANYUAN, False),
        ("3万元", Unit.WANYUAN, False),
        ("4万元", Unit.WANYUAN, False),
    ]


def test_a_run_opened_by_respectively_takes_the_unit_on_its_last_figure() -> None:
    # the same run with 分别 right before it: 12.5 is read in the 万元 printed on 13.6
    text = "会议费上年、本年分别发生12.5,13.6万元。"
    doc = read_facts(text)
    assert [(f.q.text, f.q.unit, f.q.assumed) for f in doc.facts] == [
        ("12.5", Unit.WANYUAN, False),
        ("13.6万元", Unit.WANYUAN, False),
    ]


# --- normalise._break: the item before a numbered item opened inside its sentence -----------


def test_a_list_numbered_inside_a_sentence_stays_on_its_line() -> None:
    # "…主要原因是1、…; 2、…": the space after ";" stands before "2、", and "1、" (the item
    # before it) opens right after 是, inside the sentence: no line break put back
    text = "主要原因是1、人员经费增加10万元; 2、公用经费减少5万元。"
    assert normalise.normalise(text).text == text


def test_a_list_numbered_after_a_full_stop_is_put_back_on_lines() -> None:
    # "1、" opens after "。 " (a line break flattened to a space), so each item is a line
    text = "支出情况如下。 1、人员经费增加10万元; 2、公用经费减少5万元。"
    assert normalise.normalise(text).text == (
        "支出情况如下。\n1、人员经费增加10万元;\n2、公用经费减少5万元。"
    )
