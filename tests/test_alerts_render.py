"""What the desk channel shows for an alert, and the daily digest: both sides, credits, buttons, safe text."""

from __future__ import annotations

import json

from bot.lexicon import Actor, Lexicon, Topic
from bot.model import Alert, AlertSide
from bot.render.alerts import SECTION_CHARS, alert_message, digest_message

FIELD_CHARS = 2_000  # Slack's limit for one field of a section


def alert_shape(**changes: object) -> dict:
    """A shift in the `alerts --json` shape: the US from noncommittal (February) to backing the backstop (August)."""
    alert = {
        "id": 7,
        "kind": "shift",
        "timing": "reversal",
        "actor": "united-states",
        "topic": "us-backstop",
        "status": "pending",
        "agree_new": 1,
        "agree_old": 0,
        "decided_by": None,
        "decided_at": None,
        "new": {
            "source": "001_caliber.txt",
            "sentence": "The US signalled readiness to provide air and intelligence support.",
            "published": "2025-08-28T15:24",
            "outlet": "Caliber.az",
            "url": "https://caliber.az/en/post/us-signals",
            "stance": "supports",
            "reported_by": None,
        },
        "old": {
            "source": "004_sabah.txt",
            "sentence": "Washington left the door open for logistical and air support.",
            "published": "2025-02-20T21:18",
            "outlet": "Daily Sabah",
            "url": None,
            "stance": "noncommittal",
            "reported_by": None,
        },
    }
    alert.update(changes)
    return alert


def an_alert(**changes: object) -> Alert:
    """The alert `alert_shape` describes; what its sides leave out stays empty."""
    shape = alert_shape(**changes)
    sides = {key: AlertSide(**{"article_id": 0, "title": None, **shape[key]}) for key in ("new", "old")}
    return Alert(**{**shape, **sides})


def texts(message: dict) -> list[str]:
    """Every piece of mrkdwn the message carries."""
    found = [message["text"]]
    for block in message["blocks"]:
        if "text" in block:
            found.append(block["text"]["text"])
        found += [f["text"] for f in block.get("fields", [])]
        found += [e["text"] for e in block.get("elements", []) if e.get("type") == "mrkdwn"]
    return found


def test_a_shift_reads_was_then_now_with_outlets_and_dates() -> None:
    message = alert_message(an_alert())
    assert (
        "*united-states on us-backstop*: was noncommittal (Daily Sabah, 20 Feb 2025), "
        "now supports (Caliber.az, 28 Aug 2025)"
    ) in message["text"]


def test_the_lists_give_actors_and_topics_their_names() -> None:
    lexicon = Lexicon(
        actors={"united-states": Actor("united-states", "United States")},
        topics={"us-backstop": Topic("us-backstop", "US backstop")},
    )
    assert "*United States on US backstop*" in alert_message(an_alert(), lexicon)["text"]


def test_both_quotes_stand_side_by_side_the_older_on_the_left() -> None:
    message = alert_message(an_alert())
    [sides] = [b["fields"] for b in message["blocks"] if "fields" in b]
    before, now = (field["text"] for field in sides)
    assert before.startswith("*Before* · Daily Sabah, 20 Feb 2025")
    assert ">Washington left the door open" in before and "004_sabah.txt" in before
    assert now.startswith("*Now* · Caliber.az, 28 Aug 2025")
    assert "<https://caliber.az/en/post/us-signals|001_caliber.txt>" in now


def test_an_older_report_added_late_is_shown_on_the_left_as_the_earlier_one() -> None:
    message = alert_message(
        an_alert(timing="earlier-report-differs", new=alert_shape()["old"], old=alert_shape()["new"])
    )
    [sides] = [b["fields"] for b in message["blocks"] if "fields" in b]
    assert sides[0]["text"].startswith("*Earlier statement, just added* · Daily Sabah")
    assert (
        "an earlier statement, reported on 20 Feb 2025, has noncommittal (Daily Sabah, 20 Feb 2025)"
        in (message["text"])
    )


def test_a_statement_dated_in_its_sentence_names_that_date_and_when_it_was_reported() -> None:
    late = {**alert_shape()["old"], "published": "2025-09-18T07:00", "stated": "2025-04", "stated_from": "text"}
    message = alert_message(an_alert(timing="earlier-report-differs", new=late, old=alert_shape()["new"]))
    assert (
        "an earlier statement, reported on 18 Sep 2025, has noncommittal (Daily Sabah, stated Apr 2025, "
        "reported 18 Sep 2025), against a later supports (Caliber.az, 28 Aug 2025)"
    ) in message["text"]


def test_an_undated_side_says_undated() -> None:
    old = {**alert_shape()["old"], "published": None}
    message = alert_message(an_alert(timing="conflicting-reports", old=old))
    assert "noncommittal (Daily Sabah, undated)" in message["text"]


def test_the_buttons_carry_the_alert_id() -> None:
    [actions] = [b for b in alert_message(an_alert())["blocks"] if b["type"] == "actions"]
    assert [(e["action_id"], e["value"]) for e in actions["elements"]] == [
        ("alert_confirm", "7"),
        ("alert_dismiss", "7"),
    ]


def test_a_decided_alert_shows_who_decided_instead_of_buttons() -> None:
    message = alert_message(an_alert(status="dismissed", decided_by="U0EDITOR", decided_at="2025-10-02T08:00:00+00:00"))
    assert not [b for b in message["blocks"] if b["type"] == "actions"]
    assert any("Dismissed by <@U0EDITOR> on 2 Oct 2025" in t for t in texts(message))


def test_article_text_can_never_ping_the_channel_or_fake_a_link() -> None:
    hostile = "<!channel> Read <https://evil.example|the real story> & more"
    new = {**alert_shape()["new"], "sentence": hostile, "outlet": "<!here>", "url": "javascript:alert(1)"}
    message = alert_message(an_alert(new=new, decided_by="<!everyone>", status="confirmed"))
    every_text = json.dumps(texts(message))
    for forbidden in ("<!channel>", "<!here>", "<!everyone>", "<https://evil", "javascript:"):
        assert forbidden not in every_text
    assert "&lt;!channel&gt; Read &lt;https://evil.example|the real story&gt; &amp; more" in every_text


def test_the_longest_and_most_escaped_sides_stay_within_slack_s_field_limit() -> None:
    worst = {
        "sentence": "R&D <b> " * 2_000,
        "outlet": "&" * 500,
        "source": "<" * 255,
        "url": "https://example.org/?" + "a&b" * 500,
        "reported_by": ">" * 300,
    }
    alert = an_alert(new={**alert_shape()["new"], **worst}, old={**alert_shape()["old"], **worst})
    message = alert_message(alert)
    [sides] = [b["fields"] for b in message["blocks"] if "fields" in b]
    assert all(len(field["text"]) <= FIELD_CHARS for field in sides)
    assert all("…" in field["text"] for field in sides)
    assert all(len(text) <= SECTION_CHARS for text in texts(message))
    assert "https://example.org" not in json.dumps(message)  # too long to link: the file name stands alone


def test_a_figure_conflict_names_the_quantity_and_both_figures() -> None:
    figure = an_alert(
        kind="figure",
        quantity="force-size",
        new={**alert_shape()["new"], "figure": "100,000"},
        old={**alert_shape()["old"], "figure": "10,000 to 30,000"},
    )
    message = alert_message(figure)
    assert message["text"].startswith("Figure conflict: *Force size*: was 10,000 to 30,000 (Daily Sabah")


def test_the_digest_lists_the_newest_change_first() -> None:
    older = an_alert(id=1)
    newer = an_alert(id=2, actor="poland", topic="troop-contribution")
    message = digest_message([older, newer])
    lines = message["blocks"][1]["text"]["text"].splitlines()
    assert lines[0].startswith("• *poland on troop-contribution*") and len(lines) == 2
    assert message["text"] == "Daily digest: 2 changes of position in the last day."


def test_a_busy_day_s_digest_stays_within_one_section_and_counts_the_rest() -> None:
    message = digest_message([an_alert(id=n) for n in range(200)])
    section = message["blocks"][1]["text"]["text"]
    assert len(section) <= SECTION_CHARS
    assert section.splitlines()[-1].startswith("and ") and "more" in section.splitlines()[-1]


def test_a_misattribution_shows_the_quotation_and_both_speakers_escaped() -> None:
    quotation = "Troops on Ukrainian soil would be a threat <!channel> cannot tolerate & will answer"
    credited = {"stance": None, "reported_by": None}
    alert = an_alert(
        kind="attribution",
        actor="russia",
        topic=None,
        new={**alert_shape()["new"], **credited, "speaker": "Maria Zakharova", "quotation": quotation},
        old={**alert_shape()["old"], **credited, "speaker": "Dmitry Peskov", "quotation": quotation},
    )
    message = alert_message(alert)
    shown = "\n".join(texts(message))
    assert message["text"].startswith("Misattribution: ")
    assert "was credited to Dmitry Peskov (Daily Sabah, 20 Feb 2025), now credited to Maria Zakharova" in shown
    assert "&lt;!channel&gt; cannot tolerate &amp; will" in shown and "<!channel>" not in shown
    assert [b["action_id"] for b in message["blocks"][-1]["elements"]] == ["alert_confirm", "alert_dismiss"]
