"""The base error whose message is shown to the user as it is."""


class CrmError(Exception):
    """An error with a message a salesperson understands; the CLI prints it and exits 2."""
