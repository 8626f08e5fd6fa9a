"""The scheduled jobs of `guarantees serve`, wired as serve wires them, run against a fake Slack."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from slack_sdk import WebClient

from bot.app.scheduler import build_scheduler
from bot.app.slack_poster import SlackPoster
from bot.config import Settings
from bot.digest import post_digest
from bot.store import open_store
from bot.store.articles import list_articles
from tests.alert_json import alerts_json, decide_json
from tests.desk_archive import ARTICLE, Said, add_article
from tests.fakeslack import FakeSlack, Scripted

DESK = "C0DESK"
NONCOMMITTAL = Said("united-states", "us-backstop", "noncommittal", "Washington has not committed to a backstop.")
BACKSTOP = Said("united-states", "us-backstop", "supports", "The US will back the mission with air power.")
POLAND_IF = Said("poland", "troop-contribution", "conditional", "Warsaw would send troops only with US cover.")
POLAND_NO = Said("poland", "troop-contribution", "opposes", "Poland ruled out sending troops.")
NOW = datetime(2025, 10, 2, 7, 0, tzinfo=UTC)


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def settings(tmp_path: Path, db_path: Path, slack: FakeSlack) -> Settings:
    return Settings(
        db=db_path,
        inbox=tmp_path / "inbox",
        alert_channel=DESK,
        digest_hour=7,
        admins=frozenset({"U0ADMIN"}),
        slack_bot_token="xoxb-test",
        slack_api_url=slack.url,
    )


FEBRUARY_REPORT = """US holds back on a backstop

Published: 2025-02-20

President Trump so far has not committed to a US backstop for the European force.
"""
AUGUST_REPORT = """US offers a backstop

Published: 2025-08-28

Washington signaled readiness to provide support for any European-led force, with air and intelligence support.
"""


def drop(path: Path, text: str) -> None:
    """A file copied into the inbox an hour ago."""
    path.write_text(text)
    an_hour_ago = time.time() - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))


def app_client(slack: FakeSlack) -> WebClient:
    """A client like the app's: slack_sdk's default retries on a dropped connection included."""
    return WebClient(token="xoxb-test", base_url=slack.url)


def run_job(scheduler: BackgroundScheduler, job_id: str) -> None:
    job = scheduler.get_job(job_id)
    assert job is not None, f"no job {job_id}"
    job.func(*job.args, **job.kwargs)


def test_each_job_runs_one_at_a_time_and_missed_runs_collapse_into_one(settings: Settings, slack: FakeSlack) -> None:
    scheduler = build_scheduler(settings, app_client(slack))
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {"deliver-alerts", "watch-inbox", "daily-digest"}
    for job in jobs.values():
        assert job.max_instances == 1 and job.coalesce is True
    # However busy the process, a late delivery or inbox run still happens; a digest an hour late is dropped.
    assert jobs["deliver-alerts"].misfire_grace_time is None and jobs["watch-inbox"].misfire_grace_time is None
    assert jobs["daily-digest"].misfire_grace_time == 3600
    assert str(jobs["daily-digest"].trigger.fields[5]) == "7"  # the hour field of the cron trigger


def test_without_a_desk_channel_alerts_are_kept_and_not_posted(settings: Settings, slack: FakeSlack) -> None:
    scheduler = build_scheduler(replace(settings, alert_channel=""), app_client(slack))
    assert {job.id for job in scheduler.get_jobs()} == {"watch-inbox"}


def test_without_a_digest_hour_there_is_no_digest(settings: Settings, slack: FakeSlack) -> None:
    scheduler = build_scheduler(replace(settings, digest_hour=None), app_client(slack))
    assert scheduler.get_job("daily-digest") is None


def test_the_delivery_job_posts_once_even_when_the_reply_is_lost(settings: Settings, slack: FakeSlack) -> None:
    with open_store(settings.db) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL,))
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKSTOP,))
    slack.script("chat.postMessage", Scripted(drop=True))
    clock = [NOW]
    scheduler = build_scheduler(settings, app_client(slack), clock=lambda: clock[0])
    run_job(scheduler, "deliver-alerts")
    assert len(slack.calls_to("chat.postMessage")) == 1  # the app client's own retry is not used for alerts
    clock[0] += timedelta(minutes=1)
    run_job(scheduler, "deliver-alerts")
    assert len(slack.accepted_to("chat.postMessage")) == 1
    with open_store(settings.db) as store:
        assert [a["status"] for a in alerts_json(store)] == ["sent"]


def test_a_second_serve_on_the_same_index_stands_by_until_the_first_stops(settings: Settings, slack: FakeSlack) -> None:
    with open_store(settings.db) as store:
        add_article(store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL,))
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKSTOP,))
    first = build_scheduler(settings, app_client(slack), clock=lambda: NOW)
    second = build_scheduler(settings, app_client(slack), clock=lambda: NOW)
    run_job(first, "deliver-alerts")
    assert len(slack.accepted_to("chat.postMessage")) == 1
    with open_store(settings.db) as store:
        add_article(store, "sep.txt", published="2025-09-18", said=(BACKSTOP,))
    run_job(second, "deliver-alerts")
    run_job(second, "daily-digest")
    assert len(slack.calls_to("chat.postMessage")) == 1  # the first process holds the jobs
    first.start(paused=True)
    first.shutdown(wait=False)
    run_job(second, "deliver-alerts")
    assert len(slack.accepted_to("chat.postMessage")) == 2


def test_the_inbox_job_indexes_a_dropped_file(settings: Settings, slack: FakeSlack) -> None:
    settings.inbox.mkdir()
    drop(settings.inbox / "paris.txt", ARTICLE)
    run_job(build_scheduler(settings, app_client(slack)), "watch-inbox")
    with open_store(settings.db) as store:
        assert [a.source for a in list_articles(store)] == ["paris.txt"]
    assert (settings.inbox / "done" / "paris.txt").exists()


def test_two_articles_dropped_in_the_inbox_reach_the_desk_as_one_shift(settings: Settings, slack: FakeSlack) -> None:
    """The whole way: files parsed and analysed, the shift raised with the later one, posted by the delivery job."""
    settings.inbox.mkdir()
    drop(settings.inbox / "1-february.txt", FEBRUARY_REPORT)
    drop(settings.inbox / "2-august.txt", AUGUST_REPORT)
    scheduler = build_scheduler(settings, app_client(slack))
    run_job(scheduler, "watch-inbox")
    run_job(scheduler, "deliver-alerts")
    [post] = slack.accepted_to("chat.postMessage")
    assert "*United States on US backstop*: was noncommittal" in post.body["text"]
    assert "now supports" in post.body["text"]


def test_the_digest_lists_the_day_s_shifts_and_leaves_out_dismissed_and_borderline_ones(
    settings: Settings, slack: FakeSlack
) -> None:
    with open_store(settings.db) as store:
        add_article(
            store, "feb.txt", published="2025-02-20", said=(NONCOMMITTAL,), added_at="2025-09-01T10:00:00+00:00"
        )
        add_article(store, "aug.txt", published="2025-08-28", said=(BACKSTOP,), added_at="2025-09-01T10:00:00+00:00")
        add_article(store, "sep.txt", published="2025-09-18", said=(BACKSTOP,), added_at="2025-10-01T10:00:00+00:00")
        add_article(store, "poland-1.txt", said=(POLAND_IF,), added_at="2025-10-01T11:00:00+00:00")
        add_article(store, "poland-2.txt", said=(POLAND_NO,), borderline=True, added_at="2025-10-01T12:00:00+00:00")
        add_article(
            store, "mar.txt", published="2025-03-01", said=(NONCOMMITTAL,), added_at="2025-10-01T13:00:00+00:00"
        )
        dismissed = alerts_json(store)[-1]
        decide_json(store, dismissed["id"], "dismissed", "U0EDITOR", "2025-10-01T14:00:00+00:00")
        poster = SlackPoster(app_client(slack))
        assert post_digest(store, poster, DESK, now=NOW) == 1
    [digest] = slack.accepted_to("chat.postMessage")
    section = digest.body["blocks"][1]["text"]["text"]
    assert section.count("•") == 1 and "now supports (Desk Wire, 18 Sep 2025)" in section


def test_a_quiet_day_posts_no_digest(settings: Settings, slack: FakeSlack) -> None:
    run_job(build_scheduler(settings, app_client(slack), clock=lambda: NOW), "daily-digest")
    assert slack.calls_to("chat.postMessage") == []
