"""Read back a page from ``newsparse.render_html`` (or Chromium's dump of it)
and check it against a gold file.

The page is parsed with the standard library's ``html.parser`` into a small
tree; a closing tag that does not match the open element fails loudly, so a
page whose marks do not nest cannot pass. Inside ``<div id="text">`` every
element gets the character range it covers, counted over the text content,
which must be the article text itself.
"""

from __future__ import annotations

import itertools
from html.parser import HTMLParser
from typing import Any

VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)


class Element:
    def __init__(self, tag: str, attrs: dict[str, str], parent: Element | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[Element | str] = []
        self.start = -1
        self.end = -1

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self) -> list[Element]:
        found: list[Element] = []
        stack: list[Element] = [self]
        while stack:
            node = stack.pop()
            found.append(node)
            stack.extend(reversed([c for c in node.children if isinstance(c, Element)]))
        return found

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs}, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self.current.tag != tag:
            raise AssertionError(f"</{tag}> closes <{self.current.tag}>: marks do not nest")
        assert self.current.parent is not None
        self.current = self.current.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


class View:
    """A rendered page, with the ranges its marks cover in the article text."""

    def __init__(self, page: str) -> None:
        builder = _TreeBuilder()
        builder.feed(page)
        builder.close()
        if builder.current is not builder.root:
            raise AssertionError(f"<{builder.current.tag}> is never closed")
        self.root = builder.root
        self.by_id: dict[str, Element] = {}
        for element in self.root.iter():
            ident = element.attrs.get("id")
            if ident is not None:
                if ident in self.by_id:
                    raise AssertionError(f"duplicate id {ident!r}")
                self.by_id[ident] = element
        # the batch index has no article text
        self.text_root = self.by_id.get("text", Element("div", {}, None))
        self._number(self.text_root, 0)
        self.marks = self.text_root.iter()[1:]

    def _number(self, element: Element, offset: int) -> int:
        element.start = offset
        for child in element.children:
            offset = offset + len(child) if isinstance(child, str) else self._number(child, offset)
        element.end = offset
        return offset

    @property
    def text(self) -> str:
        return self.text_root.text()

    def marked(self, cls: str) -> list[Element]:
        return [m for m in self.marks if cls in m.classes()]

    def ranges(self, attribute: str) -> dict[str, tuple[int, int, Element]]:
        """Marks grouped by ``attribute`` -> (start, end, first fragment); the
        fragments of one mark must be contiguous and disjoint."""
        fragments: dict[str, list[Element]] = {}
        for mark in self.marks:
            if attribute in mark.attrs:
                fragments.setdefault(mark.attrs[attribute], []).append(mark)
        ranges = {}
        for key, parts in fragments.items():
            parts.sort(key=lambda m: m.start)
            for a, b in itertools.pairwise(parts):
                assert a.end == b.start, f"{attribute}={key} has a gap or overlap at {a.end}"
            assert all("data-cont" in p.attrs for p in parts[1:]), f"{attribute}={key}"
            ranges[key] = (parts[0].start, parts[-1].end, parts[0])
        return ranges

    def quote_ranges(self) -> dict[str, tuple[int, int, Element]]:
        """``data-quote`` -> (start, end, first fragment, which has the id)."""
        ranges = self.ranges("data-quote")
        for key, (_, _, first) in ranges.items():
            assert first.attrs.get("id") == f"q{key}", f"quote {key}: first fragment lacks its id"
        return ranges

    def source_name(self, index: str) -> str | None:
        row = self.by_id.get(f"src{index}")
        if row is None:
            return None
        cells = [c for c in row.iter() if "name" in c.classes()]
        return cells[0].text() if cells else None

    def problems_against(self, gold: dict[str, Any]) -> list[str]:
        """Every gold quote and source that the page does not show as gold
        has it: content, kind, source, speaker and cue, mentions."""
        problems: list[str] = []
        gold_sources = gold.get("sources", [])
        quotes = {(s, e): (key, el) for key, (s, e, el) in self.quote_ranges().items()}
        for n, q in enumerate(gold.get("quotes", [])):
            label = f"gold quote {n} ({q['kind']}, {q['text'][:40]!r})"
            found = quotes.get((q["start"], q["end"]))
            if found is None:
                problems.append(f"{label}: no highlight covers exactly {q['start']}-{q['end']}")
                continue
            key, element = found
            if element.attrs.get("data-kind") != q["kind"]:
                problems.append(f"{label}: shown as {element.attrs.get('data-kind')}")
            if q.get("source") is not None:
                want = gold_sources[q["source"]]["name"]
                shown = self.source_name(element.attrs.get("data-source", ""))
                if shown != want:
                    problems.append(f"{label}: shown with source {shown!r}, gold {want!r}")
            for role, cls in (("speaker", "spk"), ("cue", "cue")):
                span = q.get(role)
                if span is None:
                    continue
                links = [
                    m
                    for m in self.marked(cls)
                    if (m.start, m.end) == (span["start"], span["end"])
                    and key in m.attrs.get("data-quotes", "").split()
                    and m.attrs.get("data-source") == element.attrs.get("data-source")
                ]
                if not links:
                    problems.append(f"{label}: {role} {span['text']!r} not marked and tied to it")
                elif not any(
                    m.tag == "a" and m.attrs.get("href", "").startswith("#q") for m in links
                ):
                    problems.append(f"{label}: {role} {span['text']!r} does not link to a quote")
        rows = {
            self.source_name(row.attrs["data-source"]): row
            for row in self.root.iter()
            if row.tag == "tr" and row.attrs.get("id", "").startswith("src")
        }
        mentions = {
            (start, end, first.attrs.get("data-source"))
            for start, end, first in self.ranges("data-mention").values()
        }
        for s in gold_sources:
            label = f"gold source {s['name']!r}"
            row = rows.get(s["name"])
            if row is None:
                problems.append(f"{label}: not in the sources table")
                continue
            if row.attrs.get("data-kind") != s["kind"]:
                problems.append(f"{label}: kind shown as {row.attrs.get('data-kind')}")
            if (s["kind"] == "anonymous") != ("data-anonymous" in row.attrs):
                problems.append(f"{label}: anonymous flag wrong")
            index = row.attrs["data-source"]
            for m in s.get("mentions", []):
                if (m["start"], m["end"], index) not in mentions:
                    problems.append(f"{label}: mention {m['text']!r} at {m['start']} not marked")
        return problems
