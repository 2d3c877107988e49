"""An HTML view of a parsed article: who said what, highlighted in place.

:func:`render_html` turns an :class:`~newsparse.model.Article` into one
self-contained page (inline CSS, no script, no network) that shows
``Article.text`` exactly as given, with every quote's content highlighted in
its source's colour, its speaker and cue linked to it, the frame (metadata,
headline, bylines, captions and credits, dateline, trailers) labelled, and
side tables of sources, quotes and warnings. :func:`write_html_dir` writes one
page per article of a batch plus an ``index.html``.

The marked-up text is built by a boundary sweep over every span: marks are
opened longest-first and, when one ends inside another that began later, the
inner ones are closed and reopened, so overlapping marks always nest and each
mark becomes one or more *fragments*. Every fragment carries the same
``data-*`` attributes; the first also carries the id (``q3``, ``s1m0``,
``w2``). The text container's ``textContent`` is the article text, character
for character: labels are drawn by CSS from ``data-label``, never inserted
as text. Characters HTML cannot carry (NUL, lone surrogates) show as U+FFFD,
one for one, so offsets still line up; CR is written as ``&#13;`` so the HTML
parser keeps it.

>>> from newsparse import parse_article
>>> page = render_html(parse_article("PARIS (AFP) - Tags like <script> stay text."))
>>> "&lt;script&gt;" in page and "<script>" not in page
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from newsparse.model import Article, BlockKind, Quote, QuoteKind, Source, SourceKind, Span

__all__ = ["anonymous_share", "render_html", "write_html_dir"]

#: Nesting order of marks that share both ends: lower is outer.
_RANK_BLOCK, _RANK_FRAME, _RANK_QUOTE, _RANK_MENTION, _RANK_SPEAKER, _RANK_CUE, _RANK_WARN = range(
    7
)
#: What text content cannot hold as is: markup characters, CR (the HTML parser
#: would turn CRLF into LF), and what HTML cannot carry at all (NUL, lone surrogates).
_NEEDS_ESCAPE = re.compile("[&<>\r\x00\ud800-\udfff]")
_NEEDS_ATTR_ESCAPE = re.compile("[&<>\r\x00\ud800-\udfff\"']")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;", '"': "&quot;", "'": "&#x27;"}
_WARNING_AT = re.compile(r"\(at (\d+)-(\d+)\)\s*$")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
#: Hues for the first sources, chosen to stay apart; later ones use the golden angle.
_HUES = (210, 25, 130, 280, 350, 50, 180, 95, 315, 0, 240, 160)
_KIND_LEGEND = (
    (QuoteKind.DIRECT, "direct: “whole utterance”"),
    (QuoteKind.PARTIAL, "partial: a quoted fragment"),
    (QuoteKind.INDIRECT, "indirect: reported speech"),
)


@attrs.frozen
class _Mark:
    """One highlighted span of the text, before it is cut into fragments."""

    start: int
    end: int
    rank: int
    tag: str
    attributes: tuple[tuple[str, str], ...]
    ident: str | None = None


# -- escaping -----------------------------------------------------------------


def _escape_one(m: re.Match[str]) -> str:
    return _ESCAPES.get(m.group(), "\ufffd")


def _text(s: str) -> str:
    """Escape text content so the HTML parser gives back exactly ``s``."""
    return _NEEDS_ESCAPE.sub(_escape_one, s)


def _attr(s: str) -> str:
    """Escape an attribute value (always written in double quotes)."""
    return _NEEDS_ATTR_ESCAPE.sub(_escape_one, s)


def _short(s: str, limit: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


# -- colours --------------------------------------------------------------------


def _hue(index: int) -> int:
    if index < len(_HUES):
        return _HUES[index]
    return (index * 137) % 360


def _source_css(count: int) -> str:
    rules = [
        f'[data-source="{i}"]{{--bg:hsl({_hue(i)} 85% 88%);--fg:hsl({_hue(i)} 70% 32%)}}'
        for i in range(count)
    ]
    return "\n".join(rules)


# -- the boundary sweep ---------------------------------------------------------


def _tags(mark: _Mark, *, link: bool) -> tuple[str, str, str]:
    """Opening tag (without its end), the same for later fragments, and the
    closing tag of ``mark``; ``link=False`` demotes an ``<a>`` to a ``<span>``
    without ``href``, since an ``<a>`` inside an ``<a>`` would break the page."""
    tag = mark.tag if link or mark.tag != "a" else "span"
    body = "".join(
        f' {name}="{_attr(value)}"' for name, value in mark.attributes if link or name != "href"
    )
    first = f'<{tag} id="{mark.ident}"{body}>' if mark.ident is not None else f"<{tag}{body}>"
    return first, f'<{tag}{body} data-cont="">', f"</{tag}>"


def _mark_up(text: str, marks: Sequence[_Mark]) -> str:
    """``text`` escaped, with every mark opened and closed so that all nest.

    Runs in O((n + m log m) + fragments), where fragments grows only when
    marks cross each other.
    """
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    empty: dict[int, list[int]] = {}
    for i, mark in enumerate(marks):
        if mark.start == mark.end:
            empty.setdefault(mark.start, []).append(i)
        else:
            starts.setdefault(mark.start, []).append(i)
            ends.setdefault(mark.end, []).append(i)
    for group in starts.values():
        group.sort(key=lambda i: (-marks[i].end, marks[i].rank, i))
    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (mark index, closing tag)
    tags: dict[tuple[int, bool], tuple[str, str, str]] = {}
    started: set[int] = set()
    links = 0  # open <a> elements

    def push(i: int) -> None:
        nonlocal links
        key = (i, links == 0)
        if key not in tags:
            tags[key] = _tags(marks[i], link=links == 0)
        first, later, closing = tags[key]
        if i in started:
            out.append(later)
        else:
            out.append(first)
            started.add(i)
        if closing == "</a>":
            links += 1
        stack.append((i, closing))

    cursor = 0
    for pos in sorted({*starts, *ends, *empty}):
        if pos > cursor:
            out.append(_text(text[cursor:pos]))
            cursor = pos
        ending = set(ends.get(pos, ()))
        if ending:
            depth = min(d for d, (i, _) in enumerate(stack) if i in ending)
            reopen = [i for i, _ in stack[depth:] if i not in ending]
            for _, closing in reversed(stack[depth:]):
                out.append(closing)
                if closing == "</a>":
                    links -= 1
            del stack[depth:]
            for i in reopen:
                push(i)
        for i in empty.get(pos, ()):
            push(i)
            out.append(stack.pop()[1])
            if out[-1] == "</a>":
                links -= 1
        for i in starts.get(pos, ()):
            push(i)
    out.append(_text(text[cursor:]))
    for _, closing in reversed(stack):
        out.append(closing)
    return "".join(out)


# -- marks from the article -----------------------------------------------------


def _valid_source(article: Article, quote: Quote) -> int | None:
    index = quote.source
    if index is None or not 0 <= index < len(article.sources):
        return None
    return index


def _source_label(article: Article, index: int | None) -> str:
    if index is None:
        return "no source"
    source = article.sources[index]
    title = f", {source.title}" if source.title else ""
    return f"{source.name}{title} ({source.kind.value})"


def _quote_title(article: Article, index: int, quote: Quote) -> str:
    lines = [
        f"quote {index}: {quote.kind.value}",
        f"speaker: {quote.speaker.text if quote.speaker else '—'}",
        f"cue: {quote.cue.text if quote.cue else '—'}",
        f"source: {_source_label(article, _valid_source(article, quote))}",
    ]
    return "\n".join(lines)


def _frame_marks(article: Article) -> list[_Mark]:
    """Blocks with their labels, plus captions, credits and trailers whose
    span is not a block of its own."""
    details: dict[tuple[int, int], tuple[str, str]] = {}
    for caption in article.captions:
        where = f" · {caption.place}" if caption.place else ""
        when = f" · {caption.date}" if caption.date else ""
        details[(caption.span.start, caption.span.end)] = ("caption", f"caption{when}{where}")
        credit = caption.credit
        if credit is not None:
            who = f"photographer: {credit.photographer or '—'}"
            tip = f"credit · {who} · agency: {credit.agency or '—'}"
            details[(credit.span.start, credit.span.end)] = ("credit", tip)
    for trailer in article.trailers:
        names = f": {', '.join(trailer.names)}" if trailer.names else ""
        details[(trailer.span.start, trailer.span.end)] = (
            f"trailer · {trailer.kind}",
            f"trailer ({trailer.kind}){names}",
        )
    dateline = article.dateline
    if dateline is not None:
        tip = (
            f"dateline · location: {dateline.location or '—'} · date: {dateline.date or '—'}"
            f" · agency: {dateline.agency or '—'}"
        )
        label = f"dateline · {dateline.agency}" if dateline.agency else "dateline"
        details[(dateline.span.start, dateline.span.end)] = (label, tip)
    marks = []
    for block in article.blocks:
        key = (block.span.start, block.span.end)
        kind = block.kind.value
        label, tip = details.pop(key, (kind, kind))
        if block.kind is BlockKind.METADATA and article.published:
            tip = f"metadata · published {article.published}"
        attributes = [("class", f"blk blk-{kind}"), ("data-block", kind), ("title", tip)]
        if block.kind is not BlockKind.BODY:
            attributes.append(("data-label", label))
        marks.append(
            _Mark(block.span.start, block.span.end, _RANK_BLOCK, "span", tuple(attributes))
        )
    for (start, end), (label, tip) in sorted(details.items()):
        kind = label.split(" ", 1)[0]
        frame = (("class", f"frame frame-{kind}"), ("data-label", label), ("title", tip))
        marks.append(_Mark(start, end, _RANK_FRAME, "span", frame))
    return marks


def _quote_marks(article: Article) -> list[_Mark]:
    marks = []
    speakers: dict[Span, list[int]] = {}
    cues: dict[Span, list[int]] = {}
    for i, quote in enumerate(article.quotes):
        source = _valid_source(article, quote)
        attributes = (
            ("class", f"q q-{quote.kind.value}"),
            ("data-quote", str(i)),
            ("data-kind", quote.kind.value),
            ("data-source", "" if source is None else str(source)),
            ("title", _quote_title(article, i, quote)),
        )
        marks.append(
            _Mark(quote.span.start, quote.span.end, _RANK_QUOTE, "span", attributes, f"q{i}")
        )
        if quote.speaker is not None:
            speakers.setdefault(quote.speaker.span, []).append(i)
        if quote.cue is not None:
            cues.setdefault(quote.cue.span, []).append(i)
    for role, rank, table in (("spk", _RANK_SPEAKER, speakers), ("cue", _RANK_CUE, cues)):
        for span, indices in table.items():
            first = article.quotes[indices[0]]
            source = _valid_source(article, first)
            word = "speaker" if role == "spk" else "cue"
            tip = (
                f"{word} of quote {', '.join(map(str, indices))} · {_source_label(article, source)}"
            )
            attributes = (
                ("class", role),
                ("href", f"#q{indices[0]}"),
                ("data-quotes", " ".join(map(str, indices))),
                ("data-source", "" if source is None else str(source)),
                ("title", tip),
            )
            marks.append(_Mark(span.start, span.end, rank, "a", attributes))
    return marks


def _mention_marks(article: Article) -> list[_Mark]:
    marks = []
    for j, source in enumerate(article.sources):
        for k, mention in enumerate(source.mentions):
            attributes = (
                ("class", "mention"),
                ("data-mention", f"{j}.{k}"),
                ("data-source", str(j)),
                ("title", f"mention of {_source_label(article, j)}"),
            )
            marks.append(
                _Mark(
                    mention.span.start,
                    mention.span.end,
                    _RANK_MENTION,
                    "span",
                    attributes,
                    f"s{j}m{k}",
                )
            )
    return marks


def _warning_spans(article: Article) -> list[Span | None]:
    spans: list[Span | None] = []
    for warning in article.warnings:
        m = _WARNING_AT.search(warning)
        start, end = (int(m.group(1)), int(m.group(2))) if m else (0, -1)
        spans.append(Span(start, end) if 0 <= start <= end <= len(article.text) else None)
    return spans


def _warning_marks(spans: Sequence[Span | None]) -> list[_Mark]:
    return [
        _Mark(
            span.start,
            span.end,
            _RANK_WARN,
            "span",
            (("class", "warn-at"), ("data-warning", str(k))),
            f"w{k}",
        )
        for k, span in enumerate(spans)
        if span is not None
    ]


# -- side tables ------------------------------------------------------------------


def anonymous_share(article: Article) -> float | None:
    """The share of quotes whose source is anonymous; ``None`` without quotes.

    >>> anonymous_share(Article()) is None
    True
    """
    if not article.quotes:
        return None
    anonymous = sum(
        1
        for q in article.quotes
        if (s := _valid_source(article, q)) is not None
        and article.sources[s].kind is SourceKind.ANONYMOUS
    )
    return anonymous / len(article.quotes)


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{share:.0%}"


def _sources_table(article: Article) -> str:
    counts = [0] * len(article.sources)
    for quote in article.quotes:
        index = _valid_source(article, quote)
        if index is not None:
            counts[index] += 1
    rows = [_source_row(j, source, counts[j]) for j, source in enumerate(article.sources)]
    if not rows:
        return '<p class="none">No sources found.</p>'
    head = (
        "<tr><th></th><th>name</th><th>kind</th><th>title</th><th>quotes</th><th>mentions</th></tr>"
    )
    return f'<table class="sources">{head}{"".join(rows)}</table>'


def _source_row(j: int, source: Source, quotes: int) -> str:
    anonymous = source.kind is SourceKind.ANONYMOUS
    flag = ' <span class="flag">anonymous</span>' if anonymous else ""
    mentions = ", ".join(
        f'<a href="#s{j}m{k}">{_text(_short(m.text, 40))}</a>'
        for k, m in enumerate(source.mentions)
    )
    return (
        f'<tr id="src{j}" data-source="{j}" data-kind="{source.kind.value}"'
        f"{' data-anonymous' if anonymous else ''}>"
        f'<td><span class="swatch">{j}</span></td>'
        f'<td class="name">{_text(source.name)}</td>'
        f'<td class="kind">{source.kind.value}{flag}</td>'
        f'<td class="title">{_text(source.title or "")}</td>'
        f'<td class="count">{quotes}</td>'
        f'<td class="mentions">{mentions}</td></tr>'
    )


def _quotes_table(article: Article) -> str:
    if not article.quotes:
        return '<p class="none">No quotes found.</p>'
    rows = []
    for i, quote in enumerate(article.quotes):
        source = _valid_source(article, quote)
        who = "—" if source is None else _text(article.sources[source].name)
        link = "" if source is None else f' href="#src{source}"'
        rows.append(
            f'<tr data-quote="{i}" data-source="{"" if source is None else source}">'
            f'<td><a href="#q{i}">{i}</a></td><td class="kind">{quote.kind.value}</td>'
            f"<td><a{link}>{who}</a></td>"
            f"<td>{_text(quote.speaker.text) if quote.speaker else '—'}</td>"
            f"<td>{_text(quote.cue.text) if quote.cue else '—'}</td>"
            f'<td class="content">{_text(_short(quote.text))}</td></tr>'
        )
    head = (
        "<tr><th>#</th><th>kind</th><th>source</th><th>speaker</th><th>cue</th>"
        "<th>content</th></tr>"
    )
    return f'<table class="quotes">{head}{"".join(rows)}</table>'


def _frame_list(article: Article) -> str:
    items = [("published", article.published or "—"), ("headline", article.headline or "—")]
    items.append(("bylines", ", ".join(article.bylines) or "—"))
    dateline = article.dateline
    if dateline is not None:
        parts = [
            f"{k}: {v}"
            for k, v in (
                ("location", dateline.location),
                ("date", dateline.date),
                ("agency", dateline.agency),
            )
            if v
        ]
        items.append(("dateline", " · ".join(parts) or dateline.text.strip()))
    for caption in article.captions:
        credit = caption.credit
        who = "no credit"
        if credit is not None:
            who = " / ".join(x for x in (credit.photographer, credit.agency) if x) or credit.text
        items.append(("caption", f"{_short(caption.text, 60)} — {who}"))
    for trailer in article.trailers:
        items.append(
            (f"trailer ({trailer.kind})", ", ".join(trailer.names) or _short(trailer.text, 60))
        )
    rows = "".join(f"<dt>{_text(k)}</dt><dd>{_text(v)}</dd>" for k, v in items)
    return f'<dl class="frame-list">{rows}</dl>'


def _warnings_list(article: Article, spans: Sequence[Span | None]) -> str:
    if not article.warnings:
        return '<p class="none">No warnings.</p>'
    items = []
    for k, (warning, span) in enumerate(zip(article.warnings, spans, strict=True)):
        text = _text(warning)
        items.append(
            f'<li><a href="#w{k}">{text}</a></li>' if span is not None else f"<li>{text}</li>"
        )
    return f'<ol class="warnings">{"".join(items)}</ol>'


def _legend() -> str:
    kinds = "".join(
        f'<li><span class="q q-{kind.value}" data-source="">{_text(text)}</span></li>'
        for kind, text in _KIND_LEGEND
    )
    return (
        f'<ul class="legend">{kinds}<li><span class="spk">speaker</span> and '
        '<span class="cue">cue</span> link to their quote; '
        '<span class="mention">mention</span> of a source</li></ul>'
    )


# -- pages ------------------------------------------------------------------------

_CSS = """
:root{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f24;background:#fafafa}
body{margin:0 auto;padding:1rem 1.5rem;max-width:90rem}
h1{font-size:1.35rem;margin:.2rem 0}h2{font-size:1rem;margin:1.2rem 0 .4rem}
.summary{color:#555;margin:0 0 1rem}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(20rem,34rem);gap:1.5rem;
align-items:start}
@media (max-width:60rem){main{grid-template-columns:1fr}}
#text{white-space:pre-wrap;overflow-wrap:anywhere;font:1rem/1.9 Georgia,"DejaVu Serif",serif;
background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem 1.2rem;margin:0}
[data-label]::before{content:attr(data-label);font:600 .62rem/1 system-ui,sans-serif;
text-transform:uppercase;letter-spacing:.04em;color:#fff;background:#6b7280;border-radius:3px;
padding:.15rem .3rem;margin-right:.3rem;vertical-align:.15rem}
.blk-metadata{color:#6b7280}.blk-metadata::before{background:#9ca3af}
.blk-headline{font-weight:700;font-size:1.15rem}.blk-headline::before{background:#111827}
.blk-byline::before{background:#4b5563}
.blk-caption{color:#374151;font-style:italic;background:#f3f4f6}.blk-caption::before{background:#0f766e}
[data-label="credit"]::before{background:#115e59}
.blk-dateline{font-weight:600}.blk-dateline::before{background:#1d4ed8}
.blk-trailer{color:#4b5563;font-size:.92rem}.blk-trailer::before{background:#7c3aed}
.q{--bg:#e5e7eb;--fg:#6b7280;background:var(--bg);border:2px solid var(--fg);border-radius:4px;
padding:0 1px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.q-partial{border-style:dashed}.q-indirect{border-style:dotted}
.spk,.cue{--fg:#374151;color:var(--fg);text-decoration:none}
.spk{font-weight:700;border-bottom:3px double var(--fg)}
.cue{font-style:italic;font-weight:600;border-bottom:2px solid var(--fg)}
.mention{--fg:#6b7280;box-shadow:inset 0 -.18em 0 var(--fg)}
.warn-at{background:#fde68a;outline:2px solid #d97706}
:target{outline:3px solid #f59e0b}
table{border-collapse:collapse;width:100%;font-size:.85rem;background:#fff}
th,td{border:1px solid #e5e7eb;padding:.25rem .35rem;text-align:left;vertical-align:top}
th{background:#f3f4f6}
.swatch{display:inline-block;min-width:1.3rem;text-align:center;border-radius:3px;
background:var(--bg,#e5e7eb);border:2px solid var(--fg,#6b7280);font-weight:700}
tr[data-anonymous] td{background:#fff7ed}
.flag{background:#c2410c;color:#fff;border-radius:3px;padding:0 .25rem;font-size:.7rem}
.legend{list-style:none;padding:0;margin:0;font-size:.85rem;line-height:2}
.frame-list{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .6rem;
font-size:.85rem;margin:0}
.frame-list dt{font-weight:600;color:#4b5563}.frame-list dd{margin:0}
.warnings{font-size:.85rem;padding-left:1.3rem}.none{color:#6b7280;font-size:.85rem}
"""


def _page(title: str, body: str, extra_css: str = "") -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{_text(title)}</title><style>{_CSS}{extra_css}</style></head>\n"
        f"<body>{body}</body></html>\n"
    )


def render_html(article: Article, *, title: str | None = None) -> str:
    """One self-contained HTML page showing who said what in ``article``.

    ``title`` names the page when the article has no headline. The article
    must carry its ``text`` (``parse_article`` results do); raises
    ``ValueError`` if a span reaches past it.
    """
    text = article.text
    spans = _warning_spans(article)
    marks = [
        *_frame_marks(article),
        *_quote_marks(article),
        *_mention_marks(article),
        *_warning_marks(spans),
    ]
    if any(m.end > len(text) for m in marks):
        raise ValueError(
            "a span reaches past the article text: render_html needs the Article.text "
            "it was parsed from (Article.from_dict needs include_text=True output)"
        )
    heading = article.headline or title or "newsparse view"
    share = anonymous_share(article)
    summary = (
        f"{len(article.quotes)} quotes · {len(article.sources)} sources · "
        f"{_percent(share)} of quotes from anonymous sources · {len(article.warnings)} warnings"
    )
    body = (
        f'<header><h1>{_text(heading)}</h1><p class="summary">{summary}</p></header>'
        f'<main><article><div id="text">{_mark_up(text, marks)}</div></article>'
        f"<aside><h2>Legend</h2>{_legend()}"
        f'<h2 id="sources">Sources</h2>{_sources_table(article)}'
        f'<h2 id="quotes">Quotes</h2>{_quotes_table(article)}'
        f'<h2 id="frame">Frame</h2>{_frame_list(article)}'
        f'<h2 id="warnings">Warnings</h2>{_warnings_list(article, spans)}</aside></main>'
    )
    return _page(heading, body, _source_css(len(article.sources)))


# -- batches ----------------------------------------------------------------------


@attrs.frozen
class _IndexRow:
    name: str
    href: str
    headline: str | None
    quotes: int
    sources: int
    anonymous_quotes: int
    warnings: int


def _index_row(name: str, href: str, article: Article) -> _IndexRow:
    share = anonymous_share(article)
    anonymous = round((share or 0.0) * len(article.quotes))
    return _IndexRow(
        name,
        href,
        article.headline,
        len(article.quotes),
        len(article.sources),
        anonymous,
        len(article.warnings),
    )


def _render_index(rows: Sequence[_IndexRow]) -> str:
    lines = []
    for row in rows:
        share = row.anonymous_quotes / row.quotes if row.quotes else None
        lines.append(
            f'<tr data-quotes="{row.quotes}" data-sources="{row.sources}">'
            f'<td><a href="{_attr(row.href)}">{_text(row.name)}</a></td>'
            f"<td>{_text(_short(row.headline or '', 80))}</td>"
            f'<td class="count">{row.quotes}</td><td class="count">{row.sources}</td>'
            f'<td class="share">{_percent(share)}</td><td class="count">{row.warnings}</td></tr>'
        )
    total_quotes = sum(r.quotes for r in rows)
    total_anonymous = sum(r.anonymous_quotes for r in rows)
    overall = total_anonymous / total_quotes if total_quotes else None
    summary = (
        f"{len(rows)} articles · {total_quotes} quotes · {sum(r.sources for r in rows)} sources · "
        f"{_percent(overall)} of quotes from anonymous sources"
    )
    head = (
        "<tr><th>article</th><th>headline</th><th>quotes</th><th>sources</th>"
        "<th>anonymous share</th><th>warnings</th></tr>"
    )
    body = (
        f'<header><h1>newsparse batch</h1><p class="summary">{summary}</p></header>'
        f'<table class="index">{head}{"".join(lines)}</table>'
    )
    return _page("newsparse batch", body)


def write_html_dir(records: Iterable[tuple[str, Article]], directory: str | Path) -> Path:
    """Write one page per ``(name, article)`` into ``directory`` (created if
    needed) and an ``index.html`` linking them; returns the index path.

    Pages are written as the records come, so a large batch is never held in
    memory; names become safe, unique file names.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    rows: list[_IndexRow] = []
    used: set[str] = {"index"}
    for name, article in records:
        file_name = _unique_file_name(name, used)
        page = render_html(article, title=name)
        (directory / file_name).write_text(page, encoding="utf-8")
        rows.append(_index_row(name, file_name, article))
    index = directory / "index.html"
    index.write_text(_render_index(rows), encoding="utf-8")
    return index


def _unique_file_name(name: str, used: set[str]) -> str:
    stem = _SAFE_NAME.sub("_", name).strip("._")[:100] or "record"
    candidate, n = stem, 1
    while candidate.lower() in used:
        n += 1
        candidate = f"{stem}-{n}"
    used.add(candidate.lower())
    return f"{candidate}.html"
