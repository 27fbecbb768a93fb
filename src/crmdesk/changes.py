"""What kinds of records an operation changed, so each open view can decide to refresh."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """Which kinds of things changed; combine with ``|``."""

    contacts: bool = False
    companies: bool = False
    activities: bool = False
    opportunities: bool = False
    notes: bool = False
    settings: bool = False
    everything: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{
                name: getattr(self, name) or getattr(other, name)
                for name in self.__dataclass_fields__
            }
        )

    def touches(self, *kinds: str) -> bool:
        """True when any of the named kinds changed (``everything`` touches all)."""
        return self.everything or any(getattr(self, kind) for kind in kinds)


EVERYTHING = Changes(everything=True)
