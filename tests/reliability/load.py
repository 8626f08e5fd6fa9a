"""Load on loopback: signed /guarantees requests against `guarantees serve` in HTTP mode, as production runs it.

The rig indexes a realistic corpus (the bundled seeds and synthetic newsroom articles), starts the real `serve`
process (waitress in front of the Bolt WSGI app, its scheduler delivering alerts and watching the inbox) with the
Web API and every response_url pointed at a fake Slack, then fires requests: bursts of concurrent ones, or a steady
rate while files dropped in the inbox are ingested and the alerts they raise are delivered. It measures how long
each acknowledgement took (Slack gives up after 3 s) and checks that every answer reached its response_url.

The suite runs a reduced form (tests/reliability/test_load.py); the full one is `uv run python scripts/load_test.py`
(bursts of 50 and 200, then 5 requests a second for 10 minutes).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from bot.store import open_store
from tests.fakeslack import FakeSlack
from tests.reliability.crash import index_archive, write_corpus
from tests.reliability.serving import listening_port, serve_process
from tests.slackharness import RunningApp, settings_for, wait_for

SLACK_ACK_LIMIT_S = 3.0  # Slack shows the user an error if the ack takes longer
QUESTIONS = (
    "who-supports us backstop",
    "who-opposes reassurance force",
    "quote europe needs to muscle up",
    "quote american boots on the ground",
    "actor poland",
    "actor washington",
    "topic air defence",
    "articles",
    "alerts",
    "help",
    "who-suports no fly zone",
)


@dataclass(frozen=True)
class Sent:
    """One slash command: how long its ack took, Slack's view of the ack, and where its answer goes."""

    ack_s: float
    status: int
    reply_name: str


@dataclass(frozen=True)
class Figures:
    """Acknowledgement times of a batch of requests, in seconds."""

    requests: int
    acked: int  # HTTP 200
    late: int  # over Slack's 3 s
    p50: float
    p99: float
    worst: float

    @classmethod
    def of(cls, sent: list[Sent]) -> Figures:
        times = sorted(s.ack_s for s in sent)
        return cls(
            requests=len(sent),
            acked=sum(s.status == 200 for s in sent),
            late=sum(t > SLACK_ACK_LIMIT_S for t in times),
            p50=round(percentile(times, 50), 3),
            p99=round(percentile(times, 99), 3),
            worst=round(times[-1], 3),
        )


def percentile(ordered: list[float], pct: float) -> float:
    """The nearest-rank percentile of an ordered list."""
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


class Rig:
    """The running `serve` process, the fake Slack behind it, and a way to send it signed commands."""

    def __init__(self, app: RunningApp, inbox: Path) -> None:
        self.app = app
        self.inbox = inbox
        self._lock = threading.Lock()
        self._count = 0

    def command(self) -> Sent:
        """One signed /guarantees question, timed from the request to Slack's view of the ack."""
        with self._lock:
            text = QUESTIONS[self._count % len(QUESTIONS)]
            self._count += 1
        started = time.perf_counter()
        response, name = self.app.slash(text)
        return Sent(time.perf_counter() - started, response.status, name)

    def burst(self, concurrent: int) -> list[Sent]:
        """`concurrent` commands fired at the same moment."""
        gate = threading.Barrier(concurrent)

        def fire(_: int) -> Sent:
            gate.wait()
            return self.command()

        with ThreadPoolExecutor(max_workers=concurrent) as pool:
            return list(pool.map(fire, range(concurrent)))

    def steady(self, per_second: float, seconds: float) -> list[Sent]:
        """Commands at a steady rate, each on its own thread (a slow ack does not hold back the next one)."""
        sent: list[Sent] = []
        threads = []
        start = time.perf_counter()
        for n in range(int(per_second * seconds)):
            time.sleep(max(0.0, start + n / per_second - time.perf_counter()))
            thread = threading.Thread(target=lambda: sent.append(self.command()))
            thread.start()
            threads.append(thread)
        for thread in threads:
            thread.join()
        return sent

    def undelivered(self, sent: list[Sent]) -> list[str]:
        """The commands whose answer has not reached its response_url (yet)."""
        return [s.reply_name for s in sent if not self.app.replies(s.reply_name)]

    def wait_for_answers(self, sent: list[Sent]) -> None:
        wait_for(lambda: not self.undelivered(sent), f"deliver every answer ({len(self.undelivered(sent))} missing)")

    def drop_over(self, folder: Path, seconds: float) -> threading.Thread:
        """Copy the article files of `folder` into the inbox one by one, evenly over `seconds` (each dated an hour
        ago, so the inbox job takes it on its next run); the copying goes on in the returned thread."""
        files = sorted(folder.iterdir())

        def drop_all() -> None:
            start = time.perf_counter()
            for n, path in enumerate(files):
                time.sleep(max(0.0, start + n * seconds / len(files) - time.perf_counter()))
                target = self.inbox / path.name
                target.write_bytes(path.read_bytes())
                an_hour_ago = time.time() - 3600
                os.utime(target, (an_hour_ago, an_hour_ago))

        dropper = threading.Thread(target=drop_all, name="inbox dropper")
        dropper.start()
        return dropper


@contextmanager
def serving(workdir: Path, *, articles: int, seed: int = 3) -> Iterator[Rig]:
    """A fake Slack, an index with a corpus in it, and `guarantees serve --port 0` on it in a process of its own."""
    with FakeSlack() as slack:
        settings = replace(settings_for(workdir, slack), inbox=workdir / "inbox")
        settings.inbox.mkdir(parents=True, exist_ok=True)
        index_archive(settings.db, workdir, articles, seed)
        with serve_process(settings, GUARANTEES_LOG_LEVEL="INFO") as (process, log):
            port = listening_port(process, log)
            yield Rig(RunningApp(slack, f"http://127.0.0.1:{port}", settings), settings.inbox)


def steady_under_ingest(rig: Rig, workdir: Path, *, per_second: float, seconds: float, articles: int) -> dict:
    """Commands at a steady rate while `articles` new files go through the inbox (dropped in one by one all along)
    and the alerts they raise are delivered."""
    fresh = workdir / "fresh"
    write_corpus(fresh, articles, seed=99)
    posted_before = len(rig.app.slack.calls_to("chat.postMessage"))
    dropper = rig.drop_over(fresh, seconds * 0.8)  # the last files still land while the commands come in
    sent = rig.steady(per_second, seconds)
    dropper.join()
    rig.wait_for_answers(sent)
    wait_for(lambda: not any(p.is_file() for p in rig.inbox.iterdir()), "ingest every file dropped in the inbox")
    with open_store(rig.app.settings.db) as store:
        ingested = store.conn.execute("SELECT count(*) FROM articles WHERE source LIKE 'synthetic_%'").fetchone()[0]
    return {
        "figures": Figures.of(sent).__dict__,
        "alerts_posted_meanwhile": len(rig.app.slack.calls_to("chat.postMessage")) - posted_before,
        "inbox_left": sum(1 for p in rig.inbox.iterdir() if p.is_file()),
        "synthetic_articles_indexed": ingested,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="signed /guarantees requests against guarantees serve on loopback")
    parser.add_argument("--articles", type=int, default=1000, help="synthetic articles indexed before the run")
    parser.add_argument("--bursts", default="50,200", help="sizes of the concurrent bursts")
    parser.add_argument("--rate", type=float, default=5.0, help="requests a second in the steady run")
    parser.add_argument("--seconds", type=float, default=600.0, help="length of the steady run")
    parser.add_argument("--inbox-articles", type=int, default=300, help="articles dropped in the inbox meanwhile")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="guarantees-load-"))
    result: dict = {"articles": args.articles, "bursts": {}}
    print(f"indexing {args.articles} articles in {workdir}, then starting serve", file=sys.stderr)
    with serving(workdir, articles=args.articles) as rig:
        for size in (int(n) for n in args.bursts.split(",") if n):
            sent = rig.burst(size)
            rig.wait_for_answers(sent)
            result["bursts"][size] = Figures.of(sent).__dict__
            print(f"burst of {size}: {result['bursts'][size]}", file=sys.stderr)
        print(f"{args.rate:g} requests a second for {args.seconds:g} s with the inbox busy", file=sys.stderr)
        result["steady"] = steady_under_ingest(
            rig, workdir, per_second=args.rate, seconds=args.seconds, articles=args.inbox_articles
        )
    print(json.dumps(result, indent=2))
    bursts_ok = all(f["acked"] == f["requests"] and f["late"] == 0 for f in result["bursts"].values())
    steady = result["steady"]["figures"]
    return 0 if bursts_ok and steady["acked"] == steady["requests"] and steady["p99"] <= 1.0 else 1
