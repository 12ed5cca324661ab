"""The library's call error, below every module that raises it (api re-exports it as foiagen.UsageError)."""


class UsageError(ValueError):
    """The call itself is wrong (a missing path, an unknown rule id or format): not a spec problem."""
