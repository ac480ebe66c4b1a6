"""Per-language cue lexicons for the strike/diplomacy classifier, and their regex compiler."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from types import MappingProxyType
from typing import TypeVar

# Cue classes. Where several alternatives match at one position the longest literal wins
# ("strike a deal", a trap, over "strike"), then the earlier class. ACTOR counts for both.
TRAP, STRONG, OBJECT, ACTION, SUPPORT, ACTOR, OFFTOPIC = range(7)
UNKNOWN = -1  # class of a text no alternative produces
BOTH = -1  # label of a cue that counts for both labels
_PREFIXES = ("strike", "diplomacy")  # Lexicon field prefixes, by label index
_CLASS_FIELDS = (  # (label, class, Lexicon field), in priority order
    *((label, cls, f"{prefix}_{name}") for cls, name in (
        (TRAP, "traps"), (OFFTOPIC, "offtopic"), (STRONG, "strong"), (OBJECT, "objects"),
        (ACTION, "actions"), (SUPPORT, "support")) for label, prefix in enumerate(_PREFIXES)),
    (BOTH, ACTOR, "actors"),
)
_META = frozenset("\\.^$*+?{}[]()|")
_QUANTIFIERS = frozenset("?*+{")
_ESCAPED_LITERALS = frozenset(".-'’ /\\")
_MAX_EXPANSION = 64
_Entry = tuple[int, int, int]  # (priority, label, class) of an alternative
_T = TypeVar("_T")

# A count such as 653, 1,200 or 1 200. Bounded and possessive on purpose: scanning on
# through a table of numbers from every start, or re-trying digit groups before a following
# \s+, would take quadratic time.
NUMBER = r"\d+(?:[.,\s]\d{3}){0,3}+"

# Sentence ends, matched in the same pass as the cues (on lower-cased text, so capitals
# cannot be checked): .!?…; before a space or closing quote, except after single letters
# ("j. smith"; "u.s." itself is a cue and is consumed whole) and a few titles, or a newline.
_BOUNDARY = (
    r"(?<=[.!?…;\n])(?:(?<=\n)|(?<![^\w]\w\.)(?<!mr\.)(?<!mrs\.)(?<!dr\.)(?<!st\.)"
    r"(?<!gen\.)(?<!no\.)(?=[\"'”’»)]*\s))"
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Regex alternatives for each cue class of one language (matched on lower-cased text).

    Per label: `traps` cancel the label's cues in their sentence; `strong` cues report the
    event on their own; `objects` (weapons, talks) and `actions` (attack verbs, signed) are
    weak alone but strong together; `support` words (casualties, government roles) only add
    weight to a sentence that already has a cue. `actors` (states, capitals, international
    bodies) add a little weight to both labels. `offtopic` words (markets, matches, history)
    cancel nothing, but many sentences with them or with traps discount the whole article.
    Every alternative must start with a literal character or \\d (that keeps matching fast)
    and may not use capturing groups, inline flags, positive look-aheads or escapes such as
    \\W; look-behinds and negative look-aheads only filter where a cue matches.
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
    strike_offtopic: tuple[str, ...] = ()
    diplomacy_offtopic: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CompiledLexicon:
    """One group-free regex for all cues and sentence ends of a language, plus class lookup.

    `pattern.findall(" " + lowered_text)` returns tokens in text order: one character is a
    sentence end; otherwise the character before a cue (a newline also ends a sentence) and
    the cue, whose class `resolve` finds from its text. Group-free, because CPython builds a
    match in time proportional to the group count, and findall then builds none at all.
    """

    pattern: re.Pattern[str]
    kinds: Mapping[str, tuple[int, int]]  # literal cue text -> (label, class)
    stems: Mapping[str, tuple[tuple[str, _Entry], ...]]  # first 3 letters -> longest first
    # Alternatives with open-ended parts, by the first 1-3 letters of their literal head
    # ("#" for a leading digit), in priority order.
    regexes: Mapping[str, tuple[tuple[re.Pattern[str], _Entry], ...]]
    regex_heads: tuple[str, ...]  # how single words that `regexes` may match begin

    def resolve(self, text: str) -> tuple[int, int]:
        """(label, class) of a cue's text: the earliest alternative that produces it."""
        key = " ".join(text.split()) if " " in text or "\n" in text or "\t" in text else text
        known = self.kinds.get(key)
        if known is not None:
            return known
        hit = None
        # The longest stem prefixing the text already carries the earliest entry of all
        # shorter stems prefixing it; see `_chain_stems`.
        for stem, entry in self.stems.get(key[:3], ()):
            if key.startswith(stem) and (len(key) == len(stem) or key[len(stem) :].isalnum()):
                hit = entry
                break
        if hit is None or key.startswith(self.regex_heads):
            heads = ("#",) if key[:1].isdigit() else (key[:1], key[:2], key[:3])
            for head in dict.fromkeys(heads):
                for pattern, entry in self.regexes.get(head, ()):
                    if (hit is None or entry[0] < hit[0]) and pattern.fullmatch(text):
                        hit = entry
                        break
        return (UNKNOWN, UNKNOWN) if hit is None else (hit[1], hit[2])


@dataclass(slots=True)
class _Node:
    """A trie node over the literal prefixes of alternatives."""

    children: dict[str, _Node] = field(default_factory=dict)
    ends: list[tuple[int, str]] = field(default_factory=list)  # (priority, regex rest)


def _atom_end(p: str, i: int) -> int:
    """Index just past the atom at p[i]: an escape, a class, a group or one character."""
    c = p[i]
    if c == "\\":
        return i + 2
    if c == "[":
        j = i + 1
        while p[j] != "]":
            j += 2 if p[j] == "\\" else 1
        return j + 1
    if c == "(":
        j = i + 1
        while p[j] != ")":
            j = _atom_end(p, j)
        return j + 1
    return i + 1


def _atoms(p: str) -> list[int]:
    """Start indices of the top-level atoms of a pattern."""
    starts, i = [], 0
    while i < len(p):
        starts.append(i)
        i = _atom_end(p, i)
    return starts


def _split(p: str) -> list[str]:
    """Split a pattern into its top-level alternatives."""
    cuts = [-1, *(i for i in _atoms(p) if p[i] == "|"), len(p)]
    return [p[a + 1 : b] for a, b in pairwise(cuts)]


def _first_group(alt: str) -> tuple[int, int, bool] | None:
    """(start, end, optional) of the first top-level `(?:...)` group not repeated by * + {}."""
    for i in _atoms(alt):
        if alt.startswith("(?:", i):
            end = _atom_end(alt, i) - 1
            after = alt[end + 1 : end + 3]
            if after[:1] not in _QUANTIFIERS:
                return i, end, False
            if after[:1] == "?" and after[1:] not in _QUANTIFIERS:
                return i, end, True
    return None


def _distribute_first(alt: str) -> list[str]:
    """Variants of `alt` with its first distributable group replaced by each branch."""
    found = _first_group(alt)
    if found is None:
        return [alt]
    start, end, optional = found
    prefix, inner = alt[:start], alt[start + 3 : end]
    rest = alt[end + 2 :] if optional else alt[end + 1 :]
    return [prefix + a + rest for a in _split(inner)] + ([prefix + rest] if optional else [])


def _expand(alt: str) -> list[str]:
    """Distribute every `(?:a|b)` and `(?:a|b)?` group (so `resolve` needs no regex), if few."""
    todo, done = [alt], []
    while todo:
        variant = todo.pop()
        parts = _distribute_first(variant)
        if parts == [variant]:
            done.append(variant)
        else:
            todo += parts
        if len(todo) + len(done) > _MAX_EXPANSION:
            return [alt]
    return done


def _distribute_head(alt: str) -> list[str]:
    """Distribute only leading groups, so each variant starts with a literal (for the trie)."""
    # Later groups stay regex: fully expanded, the pattern grows several-fold and scans slower.
    found = _first_group(alt)
    if found is None or found[0] != 0:
        return [alt]
    return [x for v in _distribute_first(alt) for x in _distribute_head(v)]


def _options(atom: str) -> list[str] | None:
    """The texts one atom matches, or None if they are not a small fixed set."""
    if atom.startswith(("(?!", "(?<")):
        return [""]  # zero-width; only texts the scan produced, context checked, get here
    if atom.startswith("("):
        subs = [_finite(a) for a in _split(atom[3:-1])]
        return None if None in subs else [t for sub in subs if sub for t in sub]
    if atom.startswith("["):
        body = atom[1:-1].replace("\\s", " ")
        bad = "\\" in body or "-" in body.strip("-") or body.startswith("^")
        return None if bad else list(body)
    if atom.startswith("\\"):
        return [" "] if atom == "\\s" else [atom[1]] if atom[1] in _ESCAPED_LITERALS else None
    return None if atom in _META else [atom]


def _finite(alt: str) -> list[str] | None:
    """Every text a simple alternative matches (whitespace runs as one space), or None."""
    outs, opts, quantified = [""], [""], False
    for i in _atoms(alt):
        atom = alt[i : _atom_end(alt, i)]
        if atom in _QUANTIFIERS:
            # Only a single `?` (optional) and `\s+` (a run of spaces) keep the set finite.
            if quantified or not (atom == "?" or (atom == "+" and opts == [" "])):
                return None
            opts, quantified = [*opts, ""] if atom == "?" else opts, True
            continue
        outs, quantified = [o + p for o in outs for p in opts], False
        found = _options(atom)
        if found is None or len(outs) * len(found) > _MAX_EXPANSION:
            return None
        opts = found
    return [" ".join(o.split()) for o in (o + p for o in outs for p in opts)]


def _literal_prefix(alt: str) -> tuple[str, str]:
    """Split an alternative into its plain literal head and the regex rest."""
    head: list[str] = []
    for i in _atoms(alt):
        atom, end = alt[i : _atom_end(alt, i)], _atom_end(alt, i)
        text = _options(atom) if not atom.startswith(("(", "[", "\\s")) else None
        if text is None or alt[end : end + 1] in _QUANTIFIERS:
            return "".join(head), alt[i:]  # a quantified character belongs to the rest
        head.append(text[0])
    return "".join(head), ""


def _emit(node: _Node) -> str:
    """Render a trie node as a regex: longer literal continuations first, then the ends.

    So the longest literal wins ("strike a deal" over "strike"); ends keep priority order.
    """
    out = [re.escape(ch) + _emit(child) for ch, child in sorted(node.children.items())]
    out += [rest for _, rest in sorted(node.ends)]
    return out[0] if len(out) == 1 else "(?:" + "|".join(out) + ")"


def _merge(old: _Entry | None, new: _Entry) -> _Entry:
    """The earlier entry wins, except that one class for both labels makes the cue BOTH."""
    if old is None:
        return new
    if old[2] == new[2] and old[1] != new[1]:
        return min(old[0], new[0]), BOTH, old[2]  # e.g. "league" is a trap for each label
    return old if old[0] <= new[0] else new


def _chain_stems(literals: dict[str, _Entry], stems: dict[str, _Entry]) -> None:
    """Merge into each stem and literal word the entries of the stems that prefix it."""
    # When "strikes" (a literal) and "strik\w*" (a stem) both produce a word, the earlier
    # class decides, and resolve then needs only the longest matching stem.
    lengths = sorted({len(k) for k in stems})
    for table in (stems, literals):
        for text, entry in list(table.items()):
            best = entry
            for n in lengths:
                if n < len(text) and text[n:].isalnum():
                    hit = stems.get(text[:n])
                    best = best if hit is None else _merge(best, hit)
            table[text] = best


def _index(items: Iterable[tuple[str, _T]]) -> dict[str, tuple[_T, ...]]:
    """Group values by the first three letters of their key ("#" for an empty key)."""
    index: dict[str, list[_T]] = {}
    for key, value in items:
        index.setdefault(key[:3] or "#", []).append(value)
    return {k: tuple(v) for k, v in index.items()}


def compile_lexicon(lex: Lexicon) -> CompiledLexicon:
    """Compile a lexicon into one trie-shaped regex over lower-cased text.

    Why a trie: CPython's regex engine skips an alternative cheaply only when it starts with
    a literal character and the pattern is case-sensitive. Matching lower-cased text and
    sharing literal prefixes keeps the work per word to a few dozen character comparisons.
    """
    root = _Node()
    literals: dict[str, _Entry] = {}
    stems: dict[str, _Entry] = {}
    open_ended: list[tuple[str, _Entry]] = []
    word_heads: set[str] = set()
    prio = 0
    for label, cls, name in _CLASS_FIELDS:
        for pattern in getattr(lex, name):
            if re.search(r"\\[SWDBAZ]|\((?!\?[:!<])", pattern):
                raise ValueError(f"unsupported regex syntax in {pattern!r}")
            for alt in (x for a in _split(pattern.lower()) for x in _distribute_head(a)):
                head, rest = _literal_prefix(alt)
                if not head and not alt.startswith("\\d"):
                    raise ValueError(f"alternative must start with a literal: {alt!r}")
                first, open_ = prio + 1, False
                for variant in _expand(alt):
                    prio += 1
                    texts = _finite(variant)
                    heads = _finite(variant[:-3]) if variant.endswith(r"\w*") else None
                    if texts is not None:
                        for t in texts:
                            literals[t] = _merge(literals.get(t), (prio, label, cls))
                    elif heads is not None:  # a stem: fixed words, then any word ending
                        for t in heads:
                            stems[t] = _merge(stems.get(t), (prio, label, cls))
                    else:
                        open_ = True
                        if "\\s" not in variant and " " not in variant:
                            word_heads.add(_literal_prefix(variant)[0])  # one word: may be a stem
                if open_:
                    open_ended.append((alt, (first, label, cls)))
                node = root
                for ch in head:
                    node = node.children.setdefault(ch, _Node())
                node.ends.append((first, rest))
    _chain_stems(literals, stems)
    if any(len(stem) < 3 for stem in stems):  # `resolve` looks stems up by three letters
        raise ValueError(f"stems need three letters: {sorted(s for s in stems if len(s) < 3)}")
    return CompiledLexicon(
        # The leading non-word character stands in for a look-behind: the engine can then
        # jump from one non-word character to the next in C.
        pattern=re.compile(r"[^\w](?:" + _emit(root) + r"(?!\w)|" + _BOUNDARY + ")"),
        kinds=MappingProxyType({t: (e[1], e[2]) for t, e in literals.items()}),
        stems=MappingProxyType(_index((s, (s, stems[s])) for s in sorted(stems, key=len)[::-1])),
        regexes=MappingProxyType(
            _index((_literal_prefix(alt)[0], (re.compile(alt), e)) for alt, e in open_ended)
        ),
        # An empty head is a leading digit class (counts such as "653 drones").
        regex_heads=tuple(sorted(word_heads - {""})) + tuple("0123456789") * ("" in word_heads),
    )


def _load() -> Mapping[str, Lexicon]:
    """Import the language modules (late: they import `Lexicon` from here)."""
    from streams.lexicon import de, en, es, fr, ru, uk

    modules = (en, uk, ru, de, fr, es)
    return MappingProxyType({m.__name__.rsplit(".", 1)[1]: m.LEXICON for m in modules})


LEXICONS: Mapping[str, Lexicon] = _load()
