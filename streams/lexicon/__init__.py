"""Per-language cue lexicons for the military-strike / diplomacy classifier."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Regex alternatives (matched case-insensitively, non-capturing) for each cue class.

    Classes, per label: `traps` cancel the label's cues in the sentence they occur in;
    `strong` cues report the event on their own; `objects` (weapons, talks) and `actions`
    (attack verbs, met/signed) count weakly alone but strongly together; `support` words
    (casualties, government roles) only add weight to a sentence that already has a cue.
    `actors` (states, capitals, international bodies) add a little weight to both labels.
    Every pattern is wrapped in word boundaries by the compiler, so stems end in `\\w*`.
    """

    strike_traps: tuple[str, ...]
    strike_strong: tuple[str, ...]
    strike_objects: tuple[str, ...]
    strike_actions: tuple[str, ...]
    strike_support: tuple[str, ...]
    diplomacy_traps: tuple[str, ...]
    diplomacy_strong: tuple[str, ...]
    diplomacy_objects: tuple[str, ...]
    diplomacy_actions: tuple[str, ...]
    diplomacy_support: tuple[str, ...]
    actors: tuple[str, ...]


def _load() -> Mapping[str, Lexicon]:
    """Import every language module; done in a function because they import `Lexicon` from here."""
    from streams.lexicon import de, en, es, fr, ru, uk

    modules = (en, uk, ru, de, fr, es)
    return MappingProxyType({m.__name__.rsplit(".", 1)[1]: m.LEXICON for m in modules})


LEXICONS: Mapping[str, Lexicon] = _load()
