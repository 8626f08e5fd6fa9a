#!/usr/bin/env python3
"""Crash safety in full: kill -9 a bulk ingest of 1,000 articles at 20 random moments, then the control run.

    uv run python scripts/crash_trials.py [--articles 1000] [--trials 20] [--workers 1] [--json]

Each trial ingests the synthetic articles into a fresh database in a child process, kills it with SIGKILL, checks
the database (integrity, FTS5, foreign keys, every article whole or absent), resumes the ingest and checks that it
ends with every article and one alert per conflict. The control run switches the per-article transaction off
(a test-only switch of the harness) and must find damage. Exit status 0 when both come out as they should.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.reliability.crash import main  # the project root is on the path now

if __name__ == "__main__":
    sys.exit(main())
