"""The paste form an admin opens with `/guarantees add`: an article's text with its URL, outlet and date."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.errors import UserError
from bot.parsing.fields import normalise_field
from handlers.adding import add_articles
from handlers.deps import Deps, acting_user
from handlers.errors import guarded

PASTE_FORM = "add_article"  # the modal's callback_id
# Slack caps a text box at 3,000 characters, so a long article is pasted over several boxes, in order.
TEXT_BOXES = 4
TEXT_BOX_CHARS = 3000
METADATA_BOXES = (  # block id (a metadata field), label, hint
    ("url", "Link", "Where the article was published, https://..."),
    ("outlet", "Outlet", "e.g. Daily Sabah"),
    ("title", "Title", "Leave empty to take it from the text."),
    ("author", "Author", "Leave empty if the article names none."),
)


def register(app: Any, deps: Deps) -> None:
    @app.view(PASTE_FORM)
    def article_pasted(ack: Callable[..., None], view: dict, body: dict, client: Any) -> None:
        user = acting_user(body)
        text, overrides, errors = read_paste_form(view["state"]["values"])
        if errors:
            ack(response_action="errors", errors=errors)
            return
        ack()

        def tell_admin(message: dict) -> object:
            return client.chat_postMessage(channel=user, **message)

        def add_pasted() -> None:
            deps.require_admin(user, "add articles")
            name = f"pasted-{deps.now().replace(':', '')}.txt"
            tell_admin({"text": add_articles(deps, [(name, text.encode)], overrides=overrides)})

        deps.later(guarded(add_pasted, tell_admin))


def paste_form() -> dict[str, Any]:
    """The modal: metadata boxes (all optional: the bot never guesses a missing value) and the text boxes."""
    blocks: list[dict[str, Any]] = [
        {
            "type": "section",
            "text": {
                "type": "mrkdwn",
                "text": "Paste the article. Fill in what the text itself does not say; leave the rest empty.",
            },
        }
    ]
    for block_id, label, hint in METADATA_BOXES:
        blocks.append(_box(block_id, label, hint=hint, optional=True))
    blocks.append(
        {
            "type": "input",
            "block_id": "published",
            "optional": True,
            "label": {"type": "plain_text", "text": "Published on"},
            "element": {"type": "datepicker", "action_id": "value"},
        }
    )
    for n in range(1, TEXT_BOXES + 1):
        label = "Article text" if n == 1 else f"Article text, continued ({n})"
        hint = f"Up to {TEXT_BOX_CHARS:,} characters a box; a longer article goes on in the next box." if n == 1 else ""
        blocks.append(_box(f"text_{n}", label, hint=hint, optional=n > 1, multiline=True))
    return {
        "type": "modal",
        "callback_id": PASTE_FORM,
        "title": {"type": "plain_text", "text": "Add an article"},
        "submit": {"type": "plain_text", "text": "Add"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": blocks,
    }


def read_paste_form(values: dict[str, dict[str, dict]]) -> tuple[str, dict[str, str], dict[str, str]]:
    """The article text, the metadata it is given, and an error per box Slack should show under it."""
    overrides: dict[str, str] = {}
    errors: dict[str, str] = {}
    for block_id in (*(box[0] for box in METADATA_BOXES), "published"):
        state = values.get(block_id, {}).get("value", {})
        typed = (state.get("value") or state.get("selected_date") or "").strip()
        if not typed:
            continue
        try:
            field, value = normalise_field(block_id, typed)
        except UserError as exc:
            errors[block_id] = str(exc)
            continue
        if value:
            overrides[field] = value
    parts = (values.get(f"text_{n}", {}).get("value", {}).get("value") or "" for n in range(1, TEXT_BOXES + 1))
    text = "\n".join(part.strip("\n") for part in parts if part.strip())
    if not text:
        errors["text_1"] = "Paste the article's text here."
    return text, overrides, errors


def _box(block_id: str, label: str, *, hint: str, optional: bool, multiline: bool = False) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "plain_text_input", "action_id": "value", "multiline": multiline}
    if multiline:
        element["max_length"] = TEXT_BOX_CHARS
    block: dict[str, Any] = {
        "type": "input",
        "block_id": block_id,
        "optional": optional,
        "label": {"type": "plain_text", "text": label},
        "element": element,
    }
    if hint:
        block["hint"] = {"type": "plain_text", "text": hint}
    return block
