"""Normalize stage: clean text, strip scraped page furniture, canonicalize URLs, fingerprint."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from operator import itemgetter
from urllib.parse import parse_qsl, urlencode, urlsplit

from streams.records import NormalizedArticle, RawArticle

# Furniture lines are short; longer lines are always article text, and the bound keeps every
# whole-line match cheap on hostile input.
MAX_FURNITURE_LINE = 200

# Planes 2-3 hold only ideographs, 4-13 are unassigned and 15-16 are private use, so controls,
# format characters, surrogates and combining marks all live in planes 0, 1 and 14; scanning
# only those keeps import cheap (about 50 ms) and follows the running Python's Unicode data.
_SCAN_RANGES = (range(0x20000), range(0xE0000, 0xF0000))


def _scan() -> tuple[str, str, str]:
    """Return class bodies: dropped characters, combining marks, BMP word separators."""
    dropped: list[int] = []
    marks: list[int] = []
    separators: list[int] = []
    for block in _SCAN_RANGES:
        for cp in block:
            ch = chr(cp)
            cat = unicodedata.category(ch)
            if cat[0] == "M":
                marks.append(cp)
            # Whitespace controls (\t, \v, \x1f, ...) are not dropped: they follow the newline
            # and space rules instead.
            elif ch.isalnum() or ch.isspace():
                continue
            elif cp < 0x10000:
                separators.append(cp)
            # Surrogates go too because orjson cannot encode them downstream.
            if cat in ("Cc", "Cf", "Cs"):
                dropped.append(cp)
    return _ranges(dropped), _ranges(marks), _ranges(separators)


def _ranges(cps: list[int]) -> str:
    """Render sorted code points as a compact regex character-class body of ranges."""
    parts: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        parts.append(re.escape(chr(cps[i])))
        if j > i:
            parts.append("-" + re.escape(chr(cps[j])))
        i = j + 1
    return "".join(parts)


_DROPPED_CLASS, _MARK_CLASS, _BMP_SEPARATOR_CLASS = _scan()

# A class followed by itself starred, not "[...]+": sre only uses its fast first-character scan
# when the pattern starts with a plain class, which makes searches about three times faster.
_DROP_RE = re.compile(f"[{_DROPPED_CLASS}][{_DROPPED_CLASS}]*")
_BLANK_RUN_RE = re.compile(r"\n\n\n+")  # literal prefix: searching is cheaper than a guard
# Word separators for fingerprints: anything but letters, digits, combining marks (\w alone
# would split "किताब" and hide a changed vowel sign) and whitespace (str.split() handles that).
# sre tests an all-BMP class with one bitmap lookup but walks a list for each astral range and
# each \w-style category, so BMP-only text gets the bitmap class and the rare text with astral
# characters gets the exact, slower one.
_BMP_SEPARATORS_RE = re.compile(f"[{_BMP_SEPARATOR_CLASS}][{_BMP_SEPARATOR_CLASS}]*")
_SEPARATORS_RE = re.compile(f"[^\\w\\s{_MARK_CLASS}][^\\w\\s{_MARK_CLASS}]*")


def _clean_line(line: str) -> str:
    """Collapse whitespace and drop control and format characters in one line."""
    line = " ".join(line.split())
    if not line.isprintable():  # only controls, format chars and the like are left to find
        line = " ".join(_DROP_RE.sub("", line).split())
    return line


def clean_text(text: str) -> str:
    """Return NFC text without controls, with single spaces, stripped lines, <=1 blank line."""
    # splitlines() also maps \r\n, \r, \v, \f, \x1c-\x1e, \x85, U+2028 and U+2029 to line ends.
    lines = text.splitlines()
    for i, line in enumerate(lines):
        line = line.strip()
        # Fast path in C: most lines need nothing beyond stripping.
        if "  " in line or not line.isprintable():
            line = _clean_line(line)
        lines[i] = line
    text = _BLANK_RUN_RE.sub("\n\n", "\n".join(lines))
    if not text.isascii():  # ASCII is already NFC, and isascii() is O(1) on CPython
        # After dropping, so a removed zero-width char cannot block composition.
        text = unicodedata.normalize("NFC", text)
    return text.strip()


def clean_title(title: str) -> str:
    """Return the cleaned title on a single line."""
    return " ".join(clean_text(title).split())  # cleaned text has no other whitespace


# Comment-section headings and the "email not published" notice: once the article has started,
# everything from such a line on is the comment form and the comments themselves.
_COMMENT_MARKERS = (
    r"leave a (?:reply|comment)(?: to [^\n]{1,80})?(?: cancel reply)?",
    r"post a comment",
    # Digits only: a transcript line such as "No comment." must never cut the article.
    r"\d{1,6} (?:comments?|responses?)",
    r"(?:\d{1,6}|one) thoughts? on [^\n]{1,180}",
    r"залиш(?:ити|те) (?:відповідь|коментар)",
    r"додати коментар",
    r"(?:оставить|оставьте) (?:комментарий|ответ)",
    r"добавить комментарий",
    r"(?:schreibe|hinterlasse) einen kommentar",
    r"kommentar (?:verfassen|hinterlassen)",
    r"laisser (?:un commentaire|une réponse)",
    r"(?:deja|dejar) (?:una respuesta|un comentario|tu comentario)",
    r"(?:your|ваша?|deine|ihre|votre|tu|su)\b[^\n]{0,60}?"
    r"(?:will not be published|не буде опублікован|не оприлюднюватиметься|не будет опубликован"
    r"|wird nicht veröffentlicht|ne sera pas publiée|no será publicad)[^\n]{0,150}",
)
_FURNITURE = (
    # Rest of the comment form.
    r"(?:post|submit) comment|publier (?:le )?commentaire|publicar (?:el )?comentario",
    r"kommentar abschicken|отправить комментарий|надіслати коментар",
    r"cancel reply|annuler la réponse|cancelar (?:la )?respuesta|antworten abbrechen",
    r"отменить ответ|скасувати відповідь",
    r"(?:name|e-?mail|website|comment|nom|site web|nombre|correo electrónico|web|kommentar"
    r"|имя|ім[’'ʼ]я|комментарий|коментар|сайт|веб-сайт) ?\*?",
    r"(?:required fields are marked|обов[’'ʼ]язкові поля позначені|обязательные поля помечены"
    r"|erforderliche felder sind mit|les champs obligatoires sont indiqués avec"
    r"|los campos obligatorios están marcados con)[^\n]{0,20}",
    r"(?:save my name, email,? and website in this browser|(?:сохранить|зберегти) мо[еєё]"
    r"|meinen namen, meine e-mail-adresse|enregistrer mon nom|guarda mi nombre)[^\n]{0,150}",
    # Locale switchers such as "en_USEnglish" or "uk_UAУкраїнська", possibly several on a line.
    r"(?:(?-i:[a-z]{2,3}_[A-Z]{2})[^\W\d_]{2,30}(?:[ -][^\W\d_]{2,20}){0,2}"
    r"(?: \([^()\n]{1,30}\))? ?){1,12}",
    # Cookie prompts; banner wording only, so a quote like "We use cookies as evidence" survives.
    r"(?:we|this (?:web)?site) uses? cookies(?: (?:to|on|and|for|so|that|which) [^\n]{0,170})?",
    r"(?:accept|allow|reject) (?:all(?: cookies)?|cookies)",
    r"(?:manage )?cookie (?:settings|preferences|policy|consent)|manage cookies",
    # Share prompts.
    r"share(?: this(?: article| story| post| page)?)?(?: (?:on|via) [^\n]{1,30})?",
    r"click to (?:share|print|email)[^\n]{0,100}",
    r"tweet|print(?: this(?: article| page)?)?|email this(?: article| story)?|copy link",
    r"like this|like loading(?:\.{1,3}|…)?",
    r"facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|viber",
    r"поділитися|поделиться|teilen|partager|compartir",
    # Newsletters, follow prompts, ads.
    r"(?:subscribe to|sign up (?:for|to)) (?:our|the) newsletter[^\n]{0,120}",
    r"follow us(?: on [^\n]{1,80})?",
    r"advertisement|advertising|sponsored(?: content)?|реклама|anzeige|werbung|publicité"
    r"|publicidad",
    # Related links.
    r"related(?: articles| posts| stories| news| content| reading)?",
    r"(?:read (?:more|also|next)|see also|also read|continue reading|читайте (?:також|также)"
    r"|lesen sie auch|(?:à )?lire aussi|lee también|leer más)(?: ?:[^\n]{0,180}| ?[»›→]|…|\.{3})?",
    # Copyright lines; "all rights reserved" only alone or after a sentence end or separator,
    # so a sentence that happens to end with those words is kept.
    r"(?:©|\(c\) ?\d{4}|copyright (?:©|\(c\))? ?\d{4})[^\n]{0,150}",
    r"(?:[^\n]{0,100}[.|–—-] )?all rights reserved",
)
# One fullmatch per line; the `cut` group tells a comment-section marker from ordinary furniture.
# Trailing punctuation such as "Share this:" or "Advertisement." is tolerated.
_FURNITURE_RE = re.compile(
    "(?:(?P<cut>{})|(?:{}))[ .:!…]{{0,3}}".format("|".join(_COMMENT_MARKERS), "|".join(_FURNITURE)),
    re.IGNORECASE,
)


def strip_furniture(text: str) -> str:
    """Remove page-furniture lines from cleaned text and cut it at a trailing comment section."""
    kept: list[str] = []
    has_text = False
    for line in text.split("\n"):
        if line and len(line) <= MAX_FURNITURE_LINE:
            match = _FURNITURE_RE.fullmatch(line)
            if match is not None:
                if has_text and match.lastgroup == "cut":
                    break
                continue  # a marker before any article text cannot start a comment section
        kept.append(line)
        has_text = has_text or bool(line)
    return _BLANK_RUN_RE.sub("\n\n", "\n".join(kept)).strip()


def clean_body(body: str) -> str:
    """Return the cleaned article body without page furniture."""
    return strip_furniture(clean_text(body))


_TRACKING_PARAMS = frozenset(
    {
        *("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid"),
        *("mc_cid", "mc_eid", "_ga", "_gl", "ref", "ref_src", "ref_url", "cmpid", "ocid"),
        *("spm", "share", "smid", "rss", "at_medium", "at_campaign"),
    }
)
_BAD_HOST_RE = re.compile(r"[\s<>\"\\^`{|}%/?#@\[\]]")
_SLASHES_RE = re.compile(r"/{2,}")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_ESCAPE_RE = re.compile(r"%[0-9a-f]{2}", re.IGNORECASE)


def _is_tracking(name: str) -> bool:
    """Tell whether a query parameter only tracks the visit and never selects content."""
    lowered = name.lower()
    return lowered.startswith("utm_") or lowered in _TRACKING_PARAMS


def _upper_escape(match: re.Match[str]) -> str:
    """Upper-case one percent escape."""
    return match.group().upper()


def canonical_url(url: str | None) -> str | None:
    """Return a canonical https URL for dedupe, or None when the URL is unusable."""
    # Lone surrogates would pass urllib yet break UTF-8 encoding downstream.
    if not url or (not url.isascii() and _SURROGATE_RE.search(url)):
        return None
    try:
        return _canonical(url.strip())
    except ValueError:  # urllib's verdict on bad IPv6 literals, ports and NFKC-unsafe hosts
        return None


def _canonical(url: str) -> str | None:
    """Canonicalize a stripped URL; may raise ValueError."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        return None
    host = (parts.hostname or "").rstrip(".")  # lower-cased, no userinfo, port or IPv6 brackets
    if not host or _BAD_HOST_RE.search(host):
        return None
    if host.startswith("www.") and "." in host[4:]:
        host = host[4:]
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    # Both schemes fold to https, so either default port names the same article. Userinfo is
    # dropped on purpose: credentials never identify an article and must not be republished.
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    path = _SLASHES_RE.sub("/", parts.path)
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    if "%" in path:
        path = _ESCAPE_RE.sub(_upper_escape, path)
    query = ""
    if parts.query:
        pairs = [
            (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
        ]
        pairs.sort(key=itemgetter(0))  # stable: repeated keys keep their relative order
        query = urlencode(pairs)
    return f"https://{netloc}{path or '/'}" + (f"?{query}" if query else "")


def _tokens(text: str) -> str:
    """Return the case- and compatibility-folded words of `text` joined by single spaces."""
    if text.isascii():
        folded = text.lower()  # casefold() and NFKC change nothing else in ASCII
        separators = _BMP_SEPARATORS_RE
    else:
        folded = unicodedata.normalize("NFKC", text).casefold()
        separators = _BMP_SEPARATORS_RE if _is_bmp(folded) else _SEPARATORS_RE
        # \w counts "_" as a word character; here it separates, as in the BMP class.
        folded = folded.replace("_", " ")
    return " ".join(separators.sub(" ", folded).split())


def _is_bmp(text: str) -> bool:
    """Tell whether `text` has no astral characters (UTF-16 needs no surrogate pairs)."""
    return len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)


def fingerprint(title: str, body: str) -> str:
    """Return a hex blake2b-128 of the article's words, blind to case, spacing and punctuation."""
    return _digest(_tokens(title), _tokens(body))


def _digest(title_tokens: str, body_tokens: str) -> str:
    """The fingerprint of already tokenized title and body."""
    data = f"{title_tokens}\n{body_tokens}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def normalize(raw: RawArticle) -> NormalizedArticle:
    """Clean a raw article's title and body, canonicalize its URL and fingerprint its words."""
    title = clean_title(raw.title)
    body = clean_body(raw.body)
    body_tokens = _tokens(body)  # once, for both the fingerprint and near-duplicate shingles
    return NormalizedArticle(
        raw=raw,
        title=title,
        body=body,
        canonical_url=canonical_url(raw.url),
        fingerprint=_digest(_tokens(title), body_tokens),
        body_tokens=body_tokens,
    )
