"""The alert outbox: alerts raised with their article, then delivered, confirmed or dismissed.

An alert is written in the same transaction as the article that raises it, so it cannot be lost
(`raising`); delivery then moves it pending -> sent (or failed, retried later, or dead) (`outbox`), and
the desk moves a sent one to confirmed or dismissed (`decisions`). A dismissed pair is remembered apart
and never alerts again. `reading` gives alerts back as `bot.model.Alert` values.
"""
