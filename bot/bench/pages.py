"""How the synthetic archive's stories are dressed as pages: menus, footers, plain text, markdown.

Each style carries the furniture real scraped pages carry (menus, share prompts, view counters,
redirect links, newsletters), so the benchmark parses what the bot parses in production.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote as url_quote

from bot.bench import vocabulary as vocab


@dataclass(frozen=True)
class Story:
    """An article's content before it is dressed as a web page."""

    outlet: tuple[str, str, str]  # name, domain, page style
    published: datetime | None
    author: str | None
    title: str
    paragraphs: tuple[tuple[str, ...], ...]


def _date_line(published: datetime) -> str:
    return f"{published.day} {vocab.MONTHS[published.month - 1]} {published.year} {published:%H:%M}"


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def _menu_page(story: Story, rng: random.Random) -> str:
    outlet, year = story.outlet[0], story.published.year if story.published else 2025
    menu = rng.sample(vocab.MENU_LINES, rng.randint(6, 12))
    lines = [
        *menu,
        "",
        "",
        f"Any use of materials is allowed only if there is a hyperlink to {outlet}",
        f"{outlet} © {year}. .",
    ]
    lines += [rng.choice(("WORLD", "POLITICS", "REGION")), "A+", "A-", "", story.title, ""]
    if story.published:
        lines += [_date_line(story.published), ""]
    lines += ["\n\n".join(" ".join(p) for p in story.paragraphs), ""]
    if story.author:
        lines += [f"By {story.author}", ""]
    lines += [outlet, f"Views: {rng.randrange(20, 5000)}", "", "share-lineLiked the story? Share it on social media!"]
    lines += [
        "print",
        "copy link",
        "ads",
        f"Follow us on {rng.choice(('Youtube', 'Instagram', 'Telegram'))}",
        "loading",
    ]
    return "\n".join(lines)


def _footer_page(story: Story, rng: random.Random) -> str:
    name, domain, _ = story.outlet
    target = url_quote(f"https://www.{domain}/world/{_slug(story.title)}", safe="")
    lines = [story.title, *(" ".join(p) for p in story.paragraphs)]
    lines += [
        f"{name if name.startswith('The ') else 'The ' + name} Newsletter",
        "Keep up to date with what’s happening in the region and the world.",
        "SIGN ME UP",
        "You can unsubscribe at any time. By signing up you are agreeing to our Terms of Use and Privacy Policy.",
        f"Source link : http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid={rng.getrandbits(64):016x}&url={target}",
        f"Author : {story.author or ''}",
    ]
    if story.published:
        lines.append(f"Publish date : {story.published:%Y-%m-%d %H:%M:%S}")
    lines.append("Copyright for syndicated content belongs to the linked Source.")
    return "\n".join(lines)


def _plain_page(story: Story, rng: random.Random) -> str:
    lines = [story.title]
    if story.published:
        lines.append(f"{vocab.MONTHS[story.published.month - 1]} {story.published.day}, {story.published.year}")
    for paragraph in story.paragraphs:
        lines.append(" ".join(paragraph))
        if rng.random() < 0.15:
            lines.append("…")
    lines += ["Previously:", f"{rng.choice(('What we know about', 'Explainer:'))} {story.title.lower()}"]
    return "\n".join(lines)


def _markdown_page(story: Story, rng: random.Random) -> str:
    byline = f"*By {story.author}*" if story.author else "*Staff report*"
    if story.published:
        byline += f"\n\nPublished: {story.published:%Y-%m-%d %H:%M}"
    body = "\n\n".join(" ".join(p) for p in story.paragraphs)
    link = f"https://{story.outlet[1]}/{_slug(story.title)}"
    return f"# {story.title}\n\n{byline}\n\n{body}\n\n[Read the original]({link})\n"


PAGE_STYLES: dict[str, Callable[[Story, random.Random], str]] = {
    "menu": _menu_page,
    "footer": _footer_page,
    "plain": _plain_page,
    "markdown": _markdown_page,
}


SUMMARY_SHARE = 0.4  # of the republished stories: only the first paragraphs, at least half of them


def republish(story: Story, rng: random.Random) -> Story:
    """The story as another outlet republishes it: later, maybe cut short, with a line crediting the first."""
    outlet = rng.choice([o for o in vocab.OUTLETS if o != story.outlet])
    published = story.published + timedelta(hours=rng.randrange(1, 48)) if story.published else None
    kept = len(story.paragraphs)
    if rng.random() < SUMMARY_SHARE:
        kept = rng.randint((kept + 1) // 2, kept - 1)
    credit = (f"This story was first published by {story.outlet[0]} and is republished with permission.",)
    return Story(outlet, published, story.author, story.title, (*story.paragraphs[:kept], credit))
