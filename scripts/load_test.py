#!/usr/bin/env python3
"""Load in full: signed /guarantees requests against `guarantees serve` on loopback, with a fake Slack behind it.

    uv run python scripts/load_test.py [--articles 1000] [--bursts 50,200] [--rate 5] [--seconds 600]

Indexes the seeds and synthetic articles, starts the real serve process (waitress, the Bolt WSGI app, the
scheduler), fires bursts of concurrent commands, then a steady rate while files dropped in the inbox are ingested
and their alerts delivered. Prints acknowledgement p50/p99/worst per phase as JSON; exit status 0 when every
command was acknowledged and answered, no burst ack took over 3 s and the steady run's p99 is at most 1 s.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.reliability.load import main  # the project root is on the path now

if __name__ == "__main__":
    sys.exit(main())
