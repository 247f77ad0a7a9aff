"""Shared test configuration: the Hypothesis profiles.

``deep`` runs every property with at least 1,000 examples and no deadline (``pytest
--hypothesis-profile=deep``; see docs/testing.md for what it covers and how long it takes).
``ci`` is the bounded fuzz run of ``.ci/run``: 200 examples per property, derandomized (the
same examples on every run, so a CI failure reproduces), no deadline and no example database.
``mutation`` is what ``scripts/mutation_score.py`` runs each mutant under: 25 derandomized
examples, so a mutant is killed or not the same way on every run.
A test that sets its own ``max_examples`` keeps it under every profile.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile(
    "deep",
    max_examples=1_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "ci",
    max_examples=200,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "mutation",
    max_examples=25,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.differing_executors],
)
