"""The twenty-first round of tests that kill the text audit's mutants (issue 10, Deliver 7), part g.

Written for survivors of the mutation run at 06dd5ef (scripts/mutation_score.py textaudit): the
changes a total change sums, which stop at a change in brackets (claims._net_changes, mutant 36),
and the bytes a warning on a run of undecodable bytes lists, four of them in full with no '…'
(read._run_messages, mutant 20). Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import claims, read
from budgetperf.textaudit.facts import read_facts

# --- claims._net_changes: a change in brackets ends the changes a total sums -------------------


def test_a_total_change_sums_the_changes_after_the_last_one_in_brackets() -> None:
    text = (
        "本年支出中,基本支出增加10万元(其中人员经费增加4万元),项目支出增加20万元,"
        "专项支出增加5万元,共计增加25万元。"
    )
    doc = read_facts(text)
    assert [(f.q.text, f.depth) for f in doc.facts] == [
        ("10万元", 0),
        ("4万元", 1),
        ("20万元", 0),
        ("5万元", 0),
        ("25万元", 0),
    ]
    lists: list[claims._List] = []
    claims._net_changes(doc, lists)
    # back from 共计增加25万元: 5万元, 20万元, then the bracketed 4万元 ends the run (20 + 5 = 25);
    # not 10 + 4 + 20 + 5 = 39
    assert len(lists) == 1
    assert lists[0].total is doc.facts[4]
    assert [p.q.text for p in lists[0].parts] == ["20万元", "5万元"]


# --- read._run_messages: four bytes are listed in full, a fifth is '…' -------------------------


def test_a_run_of_four_undecodable_bytes_lists_all_four_without_an_ellipsis() -> None:
    # 8 characters of 3 bytes each, ten times: the bad bytes start at byte offset 240
    head = ("一般公共预算支出" * 10).encode()
    decoded = read.decode(head + b"\xff\xfe\xfd\xfc" + "5万元".encode())
    assert decoded.encoding == "utf-8"
    [finding] = decoded.findings("r.txt")
    assert finding.message_en == (
        "4 bytes (0xff 0xfe 0xfd 0xfc) at byte offsets 240–243 cannot be decoded as UTF-8;"
        " each is read as U+FFFD"
    )
    assert finding.message_zh == (
        "字节偏移240–243处的4个字节（0xff 0xfe 0xfd 0xfc）无法按UTF-8解码，各按U+FFFD读入"
    )
    # five: the first four and '…'
    decoded = read.decode(head + b"\xff\xfe\xfd\xfc\xfb" + "5万元".encode())
    [finding] = decoded.findings("r.txt")
    assert finding.message_en.startswith("5 bytes (0xff 0xfe 0xfd 0xfc …) at byte offsets 240–244")
