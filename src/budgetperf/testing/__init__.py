"""Test helpers for budgetperf and for projects built on it (needs the ``test`` extra)."""
