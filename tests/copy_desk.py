"""One wire story and the pages the desk meets it on: republished under another masthead, scraped again, cut
down to a summary, quoted by another story; and an independent report that contradicts it."""

from __future__ import annotations

from pathlib import Path

WIRE_PARAGRAPHS = (
    "The United States supports a backstop for a European reassurance force in Ukraine, Defense Secretary "
    "Pete Hegseth said on Thursday.",
    "Speaking after a meeting with his British and French counterparts at the Pentagon, Hegseth said American "
    "planners would share intelligence and help with logistics once a ceasefire holds.",
    "Officials in London described the talks as constructive and said the coalition had finished drafting the "
    "outline of a multinational mission.",
    "The plan foresees several thousand soldiers based far from the front line, with air patrols over western "
    "regions and a naval presence in the Black Sea.",
    "Diplomats cautioned that many details remained open, including the rules of engagement and the length of "
    "any deployment.",
    "Moscow has not commented on the latest talks, although its diplomats have spoken often about the war in "
    "recent weeks.",
    "Ukrainian President Volodymyr Zelensky welcomed the meeting and called on partners to agree on firm "
    "commitments before the summer.",
    "A senior European diplomat said the American role was crucial because no other country could replace its "
    "satellite surveillance and airlift capacity.",
    "Defence ministers of the coalition are expected to meet again in Brussels next month to settle the budget "
    "of the mission.",
)

# A story of its own on Poland's part in the mission, which quotes the wire story's first sentence.
QUOTING_PARAGRAPHS = (
    "Poland will keep its soldiers at home and focus on training and equipment, its defence minister told "
    "parliament in Warsaw on Friday.",
    "The minister reminded deputies that the country already hosts the main logistics hub for aid to Kyiv and "
    "that its border guards are stretched.",
    "Reports from Washington this week set the scene for the debate. “The United States supports a backstop "
    "for a European reassurance force in Ukraine,” the wire report quoted Hegseth as saying.",
    "Opposition lawmakers asked how long the training mission would last and who would pay for the new "
    "barracks near Rzeszow.",
    "The government promised a detailed budget in the autumn and said it would consult farmers about the use "
    "of military land.",
    "Analysts in Warsaw said the cautious line reflects public opinion, which favours aid but not deployment "
    "across the border.",
    "A vote on the training programme is expected before the end of the month.",
)

AGAINST_PARAGRAPHS = (
    "The United States has ruled out a backstop for a European reassurance force in Ukraine, Defense "
    "Secretary Pete Hegseth said on Tuesday.",
    "Hegseth told reporters at a press briefing that European allies would have to carry the burden of any "
    "mission on their own.",
    "The announcement surprised officials in several capitals, who had counted on American intelligence and "
    "airlift for months.",
)

LATE_UPDATE = (
    "Later on Friday, the United States ruled out a backstop for a European reassurance force in Ukraine, "
    "the White House said."
)


def page(title: str, outlet: str, date: str, paragraphs: tuple[str, ...], *, furniture: tuple[str, ...] = ()) -> str:
    """A plain-text page as scraped: headline, byline, masthead, date, the paragraphs, then the page's furniture."""
    return "\n\n".join((title, "By Anna Keller", outlet, date, *paragraphs, *furniture)) + "\n"


WIRE = page("Pentagon backs a European force for Ukraine", "Nordic Wire", "14 March 2025", WIRE_PARAGRAPHS)
REPUBLISHED = page(
    "US ready to back European mission, Hegseth says",
    "Harbour Times",
    "15 March 2025",
    WIRE_PARAGRAPHS,
    furniture=("This story was supplied by Nordic Wire and is republished with permission.", "Share this article"),
)
RESCRAPED = page(
    "Pentagon backs a European force for Ukraine",
    "Nordic Wire",
    "14 March 2025",
    WIRE_PARAGRAPHS,
    furniture=("Editor's note: this report was updated with the date of the next meeting.", "Most read"),
)
SUMMARY = page(
    "In brief: Pentagon backs European force",
    "Morning Digest",
    "16 March 2025",
    (*WIRE_PARAGRAPHS[:4], "The Morning Digest will follow the talks in Brussels."),
)
# Two digests that each keep a different half of the story (its first sentence in both): neither is the other's
# copy, until the whole story shows they are one.
FIRST_HALF = page("Digest: the Pentagon meeting", "Morning Digest", "16 March 2025", WIRE_PARAGRAPHS[:5])
SECOND_HALF = page(
    "Digest: what comes next", "Evening Digest", "16 March 2025", (WIRE_PARAGRAPHS[0], *WIRE_PARAGRAPHS[5:])
)
QUOTING = page("Poland keeps its soldiers at home", "Vistula Post", "17 March 2025", QUOTING_PARAGRAPHS)
UPDATED_COPY = page(
    "Pentagon backs a European force for Ukraine (updated)",
    "Harbour Times",
    "15 March 2025",
    (*WIRE_PARAGRAPHS, LATE_UPDATE),
)
AGAINST = page("Washington steps back from Ukraine mission", "Capital Ledger", "20 August 2025", AGAINST_PARAGRAPHS)


def write_pages(folder: Path, **pages: str) -> list[Path]:
    """Each page saved as `<name>.txt` in `folder`, in the order given (the order ingest adds them)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in pages.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
