"""Article and user text reaches Slack escaped: it shows as typed and can never ping or fake a link."""

from __future__ import annotations

from bot.render.mrkdwn import escape, link


def test_a_channel_ping_in_an_article_shows_as_text() -> None:
    shown = escape("Editors: <!channel> read this & <@U123>")
    assert shown == "Editors: &lt;!channel&gt; read this &amp; &lt;@U123&gt;"


def test_escaping_twice_is_visible_so_callers_escape_once() -> None:
    assert escape(escape("&")) == "&amp;amp;"


def test_a_web_address_becomes_a_link_with_its_label() -> None:
    assert link("https://caliber.az/post?a=1&b=2", "Caliber.az") == "<https://caliber.az/post?a=1&amp;b=2|Caliber.az>"


def test_a_label_cannot_break_out_of_its_link() -> None:
    assert link("https://example.com/", "a|b <!here>") == "<https://example.com/|a/b &lt;!here&gt;>"


def test_anything_but_a_web_address_is_shown_as_plain_label() -> None:
    assert link("javascript:alert(1)", "story") == "story"
    assert link(None, "<!channel>") == "&lt;!channel&gt;"
    assert link("https://example.com/a b", "story") == "story"
