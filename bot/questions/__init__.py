"""/guarantees questions: the subcommands, the names typed in them, and reading a question."""
