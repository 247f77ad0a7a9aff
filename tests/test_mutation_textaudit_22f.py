"""The twenty-second round of tests that kill the text audit's mutants (issue 10, Deliver 7), f.

Written for survivors of the mutation run at c02ffc4 (scripts/mutation_score.py textaudit): a
path of the wrong type is a WrongTypeError that carries the path it was given
(read.read_bytes, mutant 5). The other survivors of this part change nothing a caller sees:
claims._closed_shares mutant 7 (the 其 looked for past the sentence's end: every catch-all
label is a stretch of the sentence, so only the early return is lost), claims._levels mutant 3
(the outline levels worked out again instead of read from the memo: the same list),
claims._sum_fits mutant 15 (the reading's name: only the verdict's ``reading`` shows it, unread),
facts._joins_run mutant 39 (a run's members are consecutive and of one role, so the figure two
before a rate is a change whenever the one right before it is, in a run the rate is not in).
Each expected value is worked out by hand.
"""

from __future__ import annotations

import pytest

from budgetperf.errors import WrongTypeError
from budgetperf.textaudit import read

# --- read.read_bytes: a path of the wrong type is named in the error -------------------------


def test_a_path_that_is_no_str_nor_pathlike_is_the_wrong_types_error_value() -> None:
    with pytest.raises(WrongTypeError) as caught:
        read.read_bytes(42)  # type: ignore[arg-type]
    assert caught.value.value == 42
    assert str(caught.value) == "a file path must be a str or os.PathLike, not int: 42"


def test_reading_a_file_by_a_list_raises_an_error_that_keeps_the_list() -> None:
    given = ["report.txt"]
    with pytest.raises(WrongTypeError) as caught:
        read.read_file(given)  # type: ignore[arg-type]
    assert caught.value.value is given
    assert str(caught.value).endswith("not list: ['report.txt']")
