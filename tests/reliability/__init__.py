"""Trust under faults, load and hostile input: crash safety, delivery under faults, concurrency, load, security.

The suite runs each part in a reduced form; the slow full-size runs are scripts (scripts/crash_trials.py,
scripts/load_test.py).
"""
