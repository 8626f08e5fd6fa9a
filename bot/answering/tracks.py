"""who-supports, who-opposes, actor and topic: each actor's stances on each topic, read from the claims."""

from __future__ import annotations

from bot.answering.values import ActorAnswer, Evidence, Label, Position, StanceAnswer, TopicAnswer, Track
from bot.lexicon import Lexicon
from bot.questions.reading import Question
from bot.store import Store
from bot.store.answers import QuotedClaim, StanceRecord, claims_by_id, newest_claims, stance_summary

EARLIER_TOO = 10  # articles quoted per stance when the earlier ones are asked for ("... all")


def answer_stances(store: Store, question: Question, lexicon: Lexicon) -> StanceAnswer:
    """Every actor with a claim on the topic, grouped by stance, the asked-for stance first."""
    assert question.topic and question.stance
    topic = Label(question.topic.id, question.topic.label)
    return StanceAnswer(question, topic, question.stance, tracks_of(store, lexicon, full=question.full, topic=topic.id))


def answer_actor(store: Store, question: Question, lexicon: Lexicon) -> ActorAnswer:
    """The actor's stances topic by topic, each topic's stances in the order they were taken."""
    assert question.actor
    actor = Label(question.actor.id, question.actor.label)
    return ActorAnswer(question, actor, tracks_of(store, lexicon, full=question.full, actor=actor.id))


def answer_topic(store: Store, question: Question, lexicon: Lexicon) -> TopicAnswer:
    """The matrix of actors and stances on one topic."""
    assert question.topic
    topic = Label(question.topic.id, question.topic.label)
    return TopicAnswer(question, topic, tracks_of(store, lexicon, full=question.full, topic=topic.id))


def actor_name(actor_id: str, lexicon: Lexicon) -> Label:
    """How answers name an actor: its label, an outlet by its own name, an unlisted id as it is."""
    if actor_id in lexicon.actors:
        return Label(actor_id, lexicon.actors[actor_id].label)
    if actor_id.startswith("outlet:"):
        return Label(actor_id, f"{actor_id[len('outlet:') :]} (outlet)")
    return Label(actor_id, actor_id)


def topic_name(topic_id: str, lexicon: Lexicon) -> Label:
    topic = lexicon.topics.get(topic_id)
    return Label(topic_id, topic.label if topic else topic_id)


def tracks_of(
    store: Store, lexicon: Lexicon, *, full: bool = False, topic: str | None = None, actor: str | None = None
) -> tuple[Track, ...]:
    """The tracks of one topic or one actor, the most recently active first; `full` quotes earlier articles too."""
    summary = stance_summary(store, topic=topic, actor=actor)
    if full:
        quoted = [newest_claims(store, **_group(row), limit=EARLIER_TOO) for row in summary]
    else:  # the newest claim of every stance, in one read
        wanted = [row.newest for row in summary if row.newest is not None]
        newest = {claim.id: claim for claim in claims_by_id(store, wanted)}
        quoted = [[newest[row.newest]] if row.newest in newest else [] for row in summary]
    positions: dict[tuple[str, str], list[Position]] = {}
    for row, claims in zip(summary, quoted, strict=True):
        position = Position(row.stance, row.articles, row.sources, row.first, row.last, tuple(map(_evidence, claims)))
        positions.setdefault((row.actor, row.topic), []).append(position)
    tracks = [
        Track(actor_name(a, lexicon), topic_name(t, lexicon), tuple(sorted(found, key=_taken)))
        for (a, t), found in positions.items()
    ]
    tracks.sort(key=lambda track: (track.actor.label.lower(), track.topic.label.lower()))
    tracks.sort(key=lambda track: track.latest.last or "", reverse=True)
    return tuple(tracks)


def _group(row: StanceRecord) -> dict[str, str]:
    return {"actor": row.actor, "topic": row.topic, "stance": row.stance}


def _taken(position: Position) -> tuple[bool, str, str]:
    """Chronological order of an actor's positions, by when they were stated; a stance known only from undated
    articles comes last."""
    return (position.first is None, position.first or "", position.last or "")


def _evidence(claim: QuotedClaim) -> Evidence:
    return Evidence(
        claim.text,
        claim.stance,
        claim.speaker,
        claim.reported_by,
        claim.source,
        claim.cue,
        claim.confidence,
        claim.stated,
    )
