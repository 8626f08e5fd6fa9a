"""Hostile files shared with the bot: bombs refused without a memory blow-up while the bot keeps answering, every
encoding read right or refused with a reason, HTML's scripts, styles and comments never stored, and the bot token
sent to no host but Slack's, not even through a redirect.

The app runs with a 1 MB cap (GUARANTEES_MAX_BYTES) so that the bombs stay quick; the peak memory of handling each
one is measured with tracemalloc (the fake Slack's copy of the file is made before it starts) and printed.
"""

from __future__ import annotations

import gzip
import io
import os
import threading
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store import open_store
from tests.fakeslack import FakeSlack, Scripted
from tests.slackharness import ADMIN, DM, RunningApp, running_app, wait_for

CAP = 1_000_000
ARTICLE = (
    "Europe weighs a reassurance force\n\n"
    "European defence ministers met in Paris on Tuesday to discuss a reassurance force for Ukraine.\n\n"
    "Poland will not send troops to Ukraine, Prime Minister Donald Tusk said in Warsaw.\n"
)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[RunningApp]:
    with running_app(tmp_path, max_bytes=CAP) as running:
        yield running


def zip_of_zeros() -> bytes:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.txt", bytes(50_000_000))
    return packed.getvalue()


def many_member_zip() -> bytes:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        for n in range(5_000):
            archive.writestr(f"part-{n}.txt", b"x")
    return packed.getvalue()


# What handling a file may hold at its peak: the download (up to the cap) and little else, except for markup,
# whose parsed tree takes some 40 bytes for each byte of deeply nested tags.
BOUNDED = 3 * CAP
MARKUP = 50 * CAP
BOMBS = {  # name: (file name, bytes, the size Slack's event claims, what the reply must say, peak memory bound)
    "huge": ("huge.txt", ARTICLE.encode() * 200_000, None, "over the 1,000,000-byte limit", BOUNDED),
    "lying size": ("small.txt", ARTICLE.encode() * 200_000, 2_000, "over the 1,000,000-byte limit", BOUNDED),
    "zip of zeros": ("zeros.txt", zip_of_zeros(), None, "is a zip archive", BOUNDED),
    "many-member zip": ("parts.md", many_member_zip(), None, "is a zip archive", BOUNDED),
    "gzip of zeros": ("zeros.txt", gzip.compress(bytes(50_000_000)), None, "is a gzip archive", BOUNDED),
    "nested markup": ("nested.html", b"<html><body>" + b"<div>" * 150_000 + ARTICLE.encode(), None, "", MARKUP),
}


def reply_in_thread(desk: RunningApp, ts: str) -> str:
    (call,) = wait_for(lambda: desk.thread_replies(ts), "reply in the thread")
    return str(call.body["text"])


def share(desk: RunningApp, name: str, content: bytes, *, claimed_size: int | None = None) -> str:
    """An admin shares a file in a DM; the ts of the message, to find the reply."""
    if claimed_size is None:
        return desk.share_file(name, content)[1]
    path = f"/files-pri/T1-FLIE/download/{name}"
    desk.slack.files[path] = content
    shared = {"id": "FLIE", "name": name, "size": claimed_size, "url_private_download": desk.slack.base + path}
    event = {"type": "message", "subtype": "file_share", "channel": DM, "channel_type": "im", "user": ADMIN}
    desk.event({**event, "ts": "1700009000.000100", "files": [shared]})
    return "1700009000.000100"


def stored(desk: RunningApp) -> list[str]:
    """The indexed text of each stored article."""
    with open_store(desk.settings.db) as store:
        rows = store.query(
            "SELECT coalesce(group_concat(s.text, ' '), '') AS text FROM articles a"
            " LEFT JOIN sentences s ON s.article_id = a.id GROUP BY a.id"
        )
    return [row["text"] for row in rows]


@pytest.mark.parametrize("bomb", list(BOMBS))
def test_a_file_bomb_is_refused_without_a_memory_blow_up_while_the_bot_keeps_answering(
    desk: RunningApp, bomb: str
) -> None:
    name, content, claimed, reason, bound = BOMBS[bomb]
    tracemalloc.start()
    try:
        ts = share(desk, name, content, claimed_size=claimed)
        answered = threading.Thread(target=desk.ask, args=("who-opposes troop contribution",))
        answered.start()
        reply = reply_in_thread(desk, ts)
        answered.join()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    print(f"\n{bomb}: {len(content) / 1e6:.1f} MB file, peak {peak / 1e6:.1f} MB while handling it; {reply[:90]}")
    assert reply.startswith("Could not add") and reason in reply and name in reply
    assert stored(desk) == []
    assert peak < bound, "memory grew with the bomb, not with the cap"


JAPANESE = "ウクライナの安全保障について、欧州の指導者たちはパリで協議した。ポーランドは部隊を派遣しないと述べた。"
ENCODED = {  # file name: (bytes, text the index must hold, or None when the file must be refused with a reason)
    "latin-1.txt": ((ARTICLE + "The café talks went on.\n").encode("latin-1"), "The café talks went on."),
    "cp1252.txt": (
        (ARTICLE + "“Europe needs to muscle up,” she said of the €5 billion fund.\n").encode("cp1252"),
        "“Europe needs to muscle up,” she said of the €5 billion fund.",
    ),
    "utf-16.txt": ((ARTICLE + "Zelenskyy met Macron in Kyiv.\n").encode("utf-16"), "Zelenskyy met Macron in Kyiv."),
    "shift-jis.txt": ((JAPANESE + "\n\n" + JAPANESE + "\n").encode("shift_jis"), None),
    "nul-bytes.txt": (ARTICLE.encode() + b"\x00\x00\x00" + ARTICLE.encode(), None),
    "random.txt": (os.urandom(4096), None),
    "photo.txt": (b"\x89PNG\r\n\x1a\n" + os.urandom(2048), None),
}


def test_every_encoding_is_read_right_or_refused_with_a_reason_naming_the_file(desk: RunningApp) -> None:
    replies = {name: reply_in_thread(desk, share(desk, name, content)) for name, (content, _) in ENCODED.items()}
    bodies = " ".join(stored(desk))
    for name, (_, expected) in ENCODED.items():
        if expected is None:
            assert replies[name].startswith(f"Could not add {name}: {name} "), replies[name]
        else:
            assert replies[name].startswith(f"Indexed {name}"), replies[name]
            assert expected in bodies
    assert "Ã" not in bodies and "\ufffd" not in bodies, "mojibake stored"


HIDDEN = """<html><head><title>Poland rules out troops</title>
<style>.MARKER_STYLE { color: red }</style>
<script>var MARKER_SCRIPT = document.cookie;</script>
<script type="application/ld+json">{"@type": "NewsArticle", "description": "MARKER_JSONLD"}</script>
</head><body><article>
<!-- MARKER_COMMENT: internal note -->
<noscript>MARKER_NOSCRIPT enable javascript</noscript>
<template><p>MARKER_TEMPLATE</p></template>
<h1>Poland rules out troops</h1>
<p onclick="MARKER_HANDLER()">Poland will not send troops to Ukraine, Prime Minister Donald Tusk said in Warsaw.</p>
<p>European defence ministers met in Paris on Tuesday to discuss a reassurance force.</p>
<svg><script>MARKER_SVG</script></svg><iframe srcdoc="&lt;p&gt;MARKER_IFRAME&lt;/p&gt;"></iframe>
<p>Officials said the coalition would need American support for air defence.<![CDATA[MARKER_CDATA]]></p>
</article></body></html>
"""


def test_scripts_styles_comments_and_other_hidden_html_never_reach_the_index(desk: RunningApp) -> None:
    reply = reply_in_thread(desk, share(desk, "hidden.html", HIDDEN.encode()))
    assert reply.startswith("Indexed hidden.html")
    with open_store(desk.settings.db) as store:
        everything = " ".join(
            str(value)
            for table in ("articles", "sentences", "claims", "quotes", "figures")
            for row in store.query(f"SELECT * FROM {table}")
            for value in row.values()
        )
        words = {row["term"] for row in store.query("SELECT term FROM sentences_vocab")}
    assert "Poland will not send troops to Ukraine" in everything
    assert "MARKER" not in everything.upper()
    assert not [word for word in words if "marker" in word]


def test_the_token_goes_to_no_host_but_slacks_not_even_through_a_redirect(desk: RunningApp) -> None:
    with FakeSlack() as elsewhere:
        elsewhere.files["/story.txt"] = ARTICLE.encode()
        path = "/files-pri/T1-F1/download/story.txt"  # on Slack's host, redirected to another one
        desk.slack.redirects[path] = elsewhere.base + "/story.txt"
        redirected = {"id": "F1", "name": "story.txt", "url_private_download": desk.slack.base + path}
        stub = {"id": "F2", "name": "stub.txt", "file_access": "check_file_info"}  # files.info says: elsewhere
        looked_up = {**stub, "url_private_download": elsewhere.base + "/story.txt"}
        desk.slack.script("files.info", Scripted(body={"ok": True, "file": looked_up}))
        event = {"type": "message", "subtype": "file_share", "channel": DM, "channel_type": "im", "user": ADMIN}
        desk.event({**event, "ts": "1700009100.000100", "files": [redirected, stub]})
        reply = reply_in_thread(desk, "1700009100.000100")
        assert elsewhere.calls == [], "the bot called another host"
    assert "Could not add story.txt: Slack would not hand over story.txt (HTTP 302)" in reply
    assert "Could not add stub.txt: I only fetch files from Slack itself" in reply
    assert stored(desk) == []
