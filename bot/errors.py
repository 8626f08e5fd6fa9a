"""The one error type a user may see; anything else is a bug, logged and answered with a reference id."""


class UserError(Exception):
    """Something the user can fix: the message says what happened and what to type instead."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message
