"""Three renderings of every answer: Slack Block Kit (blocks), the terminal (text) and `ask --json` (json)."""
