"""The scheduled jobs under a busy process and under two processes: delivery is never skipped, never doubled.

A run that comes due while the process is busy (a big upload, a paused VM) still happens when the scheduler
gets to it, however late. Two `guarantees serve` processes on one index run one scheduler between them; when the
one running it is killed with SIGKILL, the other takes the jobs over and the alerts keep flowing, each posted once.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from apscheduler.events import EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.triggers.date import DateTrigger
from slack_sdk import WebClient

from bot.app.scheduler import build_scheduler
from bot.config import Settings
from bot.store import open_store
from tests.alert_json import alerts_json
from tests.desk_archive import Said, add_article
from tests.fakeslack import FakeSlack
from tests.reliability.serving import serve_process
from tests.reliability.test_delivery_faults import alert_id
from tests.slackharness import PROCESS_WAIT_S, WAIT_S, settings_for, wait_for

NONCOMMITTAL = Said("united-states", "us-backstop", "noncommittal", "Washington has not committed to a backstop.")
BACKSTOP = Said("united-states", "us-backstop", "supports", "The US will back the mission with air power.")
RUSSIA_NO = Said("russia", "reassurance-force", "opposes", "Moscow rejects any Western troops.")
RUSSIA_YES = Said("russia", "reassurance-force", "supports", "Moscow could accept European peacekeepers.")


def one_alert(settings: Settings, earlier: Said, later: Said, name: str) -> None:
    with open_store(settings.db) as store:
        add_article(store, f"{name}-before.txt", published="2025-02-20", said=(earlier,))
        add_article(store, f"{name}-after.txt", published="2025-08-28", said=(later,))


def test_a_delivery_run_that_comes_due_while_the_process_is_busy_still_happens(tmp_path: Path) -> None:
    with FakeSlack() as slack:
        settings = settings_for(tmp_path, slack)
        one_alert(settings, NONCOMMITTAL, BACKSTOP, "us")
        scheduler = build_scheduler(settings, WebClient(token=settings.slack_bot_token, base_url=slack.url))
        events: list[JobExecutionEvent] = []
        scheduler.add_listener(events.append, EVENT_JOB_EXECUTED | EVENT_JOB_MISSED)
        scheduler.start(paused=True)
        try:
            # The run came due ten minutes ago and the scheduler only now gets to it (the process was busy).
            # Rescheduled as a one-off in the past, since an interval job coalesced after a pause would pick its
            # latest due time, seconds old, and hide the lateness from the grace time under test.
            late = DateTrigger(run_date=datetime.now(UTC) - timedelta(minutes=10))
            scheduler.reschedule_job("deliver-alerts", trigger=late)
            scheduler.resume()
            wait_for(lambda: [e for e in events if e.job_id == "deliver-alerts"], "run the late delivery")
        finally:
            scheduler.shutdown(wait=False)
    [event] = [e for e in events if e.job_id == "deliver-alerts"][:1]
    assert event.code == EVENT_JOB_EXECUTED, "the late run was dropped"
    assert len(slack.accepted_to("chat.postMessage")) == 1


RUNS_JOBS = re.compile(r"this process runs the scheduled jobs")
STANDS_BY = re.compile(r"another process runs the scheduled jobs")


def test_two_serve_processes_run_one_scheduler_and_the_survivor_of_a_kill_9_takes_over(tmp_path: Path) -> None:
    with FakeSlack() as slack:
        settings = settings_for(tmp_path, slack)
        one_alert(settings, NONCOMMITTAL, BACKSTOP, "us")
        with serve_process(settings) as (first, first_log), serve_process(settings) as (second, second_log):
            wait_for(lambda: slack.accepted_to("chat.postMessage"), "post the first alert", PROCESS_WAIT_S)
            wait_for(
                lambda: any(map(STANDS_BY.search, first_log + second_log)),
                "one process standing by for the jobs",
                PROCESS_WAIT_S,
            )
            runner, runner_log, survivor, survivor_log = (
                (first, first_log, second, second_log)
                if any(map(RUNS_JOBS.search, first_log))
                else (second, second_log, first, first_log)
            )
            assert not any(map(RUNS_JOBS.search, survivor_log))
            runner.kill()  # SIGKILL: no shutdown, no lock released by hand
            runner.wait(timeout=WAIT_S)
            one_alert(settings, RUSSIA_NO, RUSSIA_YES, "russia")
            wait_for(
                lambda: len(slack.accepted_to("chat.postMessage")) == 2,
                "the survivor posts the new alert",
                PROCESS_WAIT_S,
            )
            assert any(map(RUNS_JOBS.search, survivor_log))
        with open_store(settings.db) as store:
            alerts = alerts_json(store)
    posted = sorted(alert_id(call.body) for call in slack.accepted_to("chat.postMessage"))
    assert posted == sorted(a["id"] for a in alerts)
    assert [a["status"] for a in alerts] == ["sent", "sent"]
    assert runner_log and survivor.returncode == 0
