"""What an article's web address tells: the real address behind a redirect, and a title from its slug."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import parse_qs, urlsplit

# Query parameters in which news aggregators and link shorteners carry the real address.
REDIRECT_PARAMETERS = ("url", "u", "q", "target", "dest", "destination", "redirect", "link")
MAX_REDIRECT_DEPTH = 3
MAX_URL_CHARS = 2048
SLUG_SUFFIX = re.compile(r"\.(?:s?html?|php|aspx?|jsp|cms)$", re.IGNORECASE)
SLUG_SPLIT = re.compile(r"[-_+]+")
SLUG_ID = re.compile(r"^(?:[0-9]+|[0-9a-f]{8,}|a?\d+[a-z]?\d*)$", re.IGNORECASE)
MIN_SLUG_WORDS = 4
MAX_ACRONYM_LETTERS = 3


def looks_like_url(value: str) -> bool:
    """An absolute http(s) address with a host name, and nothing else."""
    if not value or len(value) > MAX_URL_CHARS or any(ch.isspace() for ch in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and "." in (parts.hostname or "")


def real_url(url: str) -> str | None:
    """The address a redirect link (news aggregator, shortener) points to; the link itself when it is direct."""
    if not looks_like_url(url):
        return None
    for _ in range(MAX_REDIRECT_DEPTH):
        target = _redirect_target(url)
        if target is None:
            break
        url = target
    return url


def _redirect_target(url: str) -> str | None:
    query = parse_qs(urlsplit(url).query)
    for key in REDIRECT_PARAMETERS:
        values = query.get(key)
        if values and looks_like_url(values[0]):
            return values[0]
    return None


def host_of(url: str) -> str:
    """The host name without "www.", lowercased: "https://www.dailysabah.com/x" -> "dailysabah.com"."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def title_from_slug(url: str, body: str) -> str | None:
    """A readable title from the last words of the address ("europe-mulls-security-force-..."), cased as the
    body writes those words; None when the address has no such slug."""
    path = urlsplit(url).path.rstrip("/")
    segment = SLUG_SUFFIX.sub("", path.rsplit("/", 1)[-1])
    words = [w for w in SLUG_SPLIT.split(segment) if w]
    while words and SLUG_ID.match(words[-1]):
        words.pop()
    if len(words) < MIN_SLUG_WORDS or not all(w.isalpha() for w in words):
        return None
    casing = _casing_in(body, {w.lower() for w in words})
    titled = [casing.get(w.lower(), w.lower()) for w in words]
    titled[0] = titled[0][:1].upper() + titled[0][1:]
    return " ".join(titled)


def _casing_in(body: str, wanted: set[str]) -> dict[str, str]:
    """How the body most often writes each wanted word ("ukraine" -> "Ukraine", "us" -> "US" from "U.S."),
    ignoring words at the start of a sentence."""
    spellings = "|".join(_spelling(word) for word in sorted(wanted, key=len, reverse=True))
    forms: dict[str, Counter[str]] = {}
    for match in re.finditer(rf"(?<![\w.])(?:{spellings})(?![\w])", body, re.IGNORECASE):
        if match.start() > 0 and body[match.start() - 2 : match.start()] not in (". ", "\n"):
            word = match.group().replace(".", "")
            forms.setdefault(word.lower(), Counter())[word] += 1
    return {key: counts.most_common(1)[0][0] for key, counts in forms.items()}


def _spelling(word: str) -> str:
    """A short word may be written as a dotted acronym ("us" as "U.S."); others as they are."""
    if len(word) <= MAX_ACRONYM_LETTERS:
        return "".join(f"{re.escape(letter)}\\.?" for letter in word)
    return re.escape(word)
