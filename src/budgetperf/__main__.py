"""``python -m budgetperf`` runs the command line."""

import sys

from budgetperf.cli import main

sys.exit(main())
