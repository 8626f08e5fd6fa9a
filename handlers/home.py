"""App Home: the corpus size, the latest articles, the open alerts, what is muted, and how to ask."""

from __future__ import annotations

from typing import Any

from bot.answering.charting import ACTIVE_DAYS, StanceChart, busiest_topic_chart
from bot.answering.listings import muted_now
from bot.answering.values import Muted
from bot.lexicon import Lexicon
from bot.model import Alert
from bot.render.alerts import alert_headline
from bot.render.blocks import SECTION_CHARS, fit
from bot.render.mrkdwn import escape, link
from bot.render.wording import muted_summary
from bot.store.alerts.reading import open_alerts
from bot.store.articles import ArticleRow, count_articles, list_articles
from handlers.charts import chart_blocks
from handlers.deps import Deps
from handlers.errors import guarded

LATEST = 5  # articles and alerts shown; the rest are one /guarantees question away
EXAMPLES = (
    ("who-supports us backstop", "who stands where on a topic, with quotes and sources"),
    ("quote europe needs to muscle up", "find a half-remembered quote"),
    ("actor poland", "an actor's stances over time"),
    ("alerts", "open contradiction alerts"),
    ("help", "everything you can ask"),
)


def register(app: Any, deps: Deps) -> None:
    @app.event("app_home_opened")
    def home_opened(event: dict, client: Any) -> None:
        if event.get("tab") != "home":
            return
        user = event["user"]

        def publish() -> None:
            with deps.store() as store:
                articles = count_articles(store)
                latest = list_articles(store, limit=LATEST)
                alerts, open_count = open_alerts(store, limit=LATEST)
                chart = busiest_topic_chart(store, deps.lexicon, today=deps.now())
                mutes = muted_now(store, deps.lexicon)
            admin = _admin_channel(deps, user)
            view = home_view(articles, latest, alerts, open_count, deps.lexicon, mutes=mutes, admin_channel=admin)
            view["blocks"][2:2] = _busiest(deps, chart)
            client.views_publish(user_id=user, view=view)

        # Nobody to answer if publishing fails: failure_message has logged it, the old Home stays.
        deps.later(guarded(publish, lambda message: None))


def home_view(
    articles: int,
    latest: list[ArticleRow],
    alerts: list[Alert],
    open_count: int,
    lexicon: Lexicon,
    *,
    mutes: tuple[Muted, ...] = (),
    admin_channel: str | None,
) -> dict[str, Any]:
    """The Home tab; `admin_channel` is set for desk admins (the channel id, or "" when none is configured)."""
    muted = muted_summary(mutes)
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": "Security guarantees for Ukraine"}},
        _section(f"*{articles:,}* article{'s' if articles != 1 else ''} indexed."),
        {"type": "header", "text": {"type": "plain_text", "text": "Latest articles"}},
        _section("\n".join(map(_article_line, latest)) or "None yet."),
        {"type": "header", "text": {"type": "plain_text", "text": f"Open alerts ({open_count:,})"}},
        _section("\n".join(f"• {alert_headline(a, lexicon)}" for a in alerts) or "None."),
        *([_section(f"_{escape(muted)}_")] if muted else []),
        {"type": "header", "text": {"type": "plain_text", "text": "How to ask"}},
        _section("\n".join(f"`/guarantees {example}`: {what}" for example, what in EXAMPLES)),
    ]
    if admin_channel is not None:
        where = f"a DM with me or in <#{admin_channel}>" if admin_channel else "a DM with me"
        blocks.append(
            _section(
                f"*Desk admins*: share .txt, .md or .html files in {where}, or paste one with `/guarantees add`; "
                "`/guarantees remove ARTICLE` and `/guarantees set ARTICLE date|outlet|title VALUE` fix mistakes; "
                "`/guarantees mute topic NAME for N days` keeps a topic's (or an actor's) alerts out of the channel."
            )
        )
    return {"type": "home", "blocks": blocks}


def _busiest(deps: Deps, chart: StanceChart | None) -> list[dict[str, Any]]:
    """The chart of the topic with the most statements of the last ACTIVE_DAYS days, under its own header."""
    header = {"type": "header", "text": {"type": "plain_text", "text": f"Most active topic, last {ACTIVE_DAYS} days"}}
    if chart is None:
        return [header, _section(f"No dated statement in the last {ACTIVE_DAYS} days, so no chart.")]
    return [header, *chart_blocks(deps, chart)]


def _admin_channel(deps: Deps, user: str) -> str | None:
    return deps.settings.alert_channel if user in deps.settings.admins else None


def _article_line(article: ArticleRow) -> str:
    date = (article.published or "undated")[:10]
    title = link(article.url, article.title or article.source)
    outlet = f" ({escape(article.outlet)})" if article.outlet else ""
    return f"• {date}: {title}{outlet}"


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": fit(text, SECTION_CHARS)}}
