"""Attributions: direct, partial and indirect quotes with speaker and cue.

The stage works paragraph by paragraph (captions included):

1. ``quotemarks.find_quotes`` pairs the quotation marks, across paragraphs
   for AP-style quotes that run over several.
2. ``sentences.split_sentences`` cuts each paragraph into sentences, never
   inside a quotation.
3. Each sentence becomes a token list in which every quotation is one opaque
   token; *frames* are found around cue words: ``SPEAKER CUE (that) CONTENT``,
   ``CONTENT, SPEAKER CUE``, ``CONTENT, CUE SPEAKER``, ``according to
   SPEAKER, CONTENT`` and ``CONTENT, according to SPEAKER``, plus participle
   continuations (``, adding that CONTENT``).
4. A frame's content that is one quotation gives a *direct* quote; content
   holding quotations among other words gives *partial* quotes (the
   fragments); content without quotations gives an *indirect* quote.
5. Quotations no frame claimed are attributed from their paragraph (a
   sentence of pure quotation next to an attribution) or from the previous
   paragraph (a paragraph of pure quotation); a scare-quoted word with no
   cue and no speaker is not a quote.

Speaker resolution into sources happens in ``sources.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse._content import _MIN_CONTENT_WORDS
from newsparse._frames import (
    _QUOTED_PLEA,
    _QUOTED_TOPIC_VERBS,
    _colon_lead_in,
    _echo_frame,
    _Frame,
    _frames,
    _headline_colon_frame,
    _headline_frames,
    _signature_frame,
    sentence_may_frame,
)
from newsparse._state import ParseState
from newsparse._tokens import _tokenize, _Tokens
from newsparse.lexicon.cues import (
    CUE_FORMS,
    OBJECT_ACT_FORMS,
    QUOTED_ACT_FORMS,
    SPEECH_ACT_FORMS,
    SPEECH_FORMS,
    STANCE_OBJECT_FORMS,
)
from newsparse.lexicon.words import AUXILIARIES, PAST_OR_PARTICIPLE, is_past_verb
from newsparse.model import BlockKind, Mention, Quote, QuoteKind, Span
from newsparse.quotemarks import QuoteSpan, find_quotes
from newsparse.sentences import split_sentences

__all__ = ["Attribution", "find_attributions", "quote_stage"]


#: Skip the sentences ``_frames.sentence_may_frame`` rules out. Only the test
#: that checks the skip changes nothing (tests/test_prefilter.py) turns it off.
PREFILTER = True


@attrs.frozen
class Attribution:
    """One attribution found in the text, before sources are resolved."""

    content: Span
    kind: QuoteKind
    speaker: Span | None
    cue: Span | None
    governed: bool = False  # the speaker span is the governing one of an earlier quote


def find_attributions(
    text: str,
    regions: Sequence[Span],
    warnings: list[str],
    headlines: frozenset[Span] = frozenset(),
    furniture: frozenset[int] = frozenset(),
) -> list[Attribution]:
    """Every attribution in ``regions`` (paragraphs and captions, in order);
    ``headlines`` are the regions that are headlines, read with their own
    conventions as well (``Ruiz: Levy stays``, ``Levy Will Stay, Ruiz Says``);
    ``furniture`` the starts of the regions that are captions, which never
    hold a part of a quote running over several paragraphs."""
    quotes = find_quotes(text, regions, warnings, furniture)
    claimed: dict[int, Attribution] = {}
    results: list[Attribution] = []
    last_governing: tuple[Span, Span | None] | None = None
    pending: list[tuple[int, _Frame | None, tuple[Span, Span | None] | None]] = []
    lead_in: _Frame | None = None  # "Voigt told the crowd:" ending the previous paragraph
    qi = 0
    for ri_, region in enumerate(regions):
        # quotations never overlap one another, so both ends are sorted
        while qi < len(quotes) and quotes[qi].end <= region.start:
            qi += 1
        region_quotes: list[tuple[int, QuoteSpan]] = []
        k = qi
        while k < len(quotes) and quotes[k].open < region.end:
            region_quotes.append((k, quotes[k]))
            k += 1
        opaque = [Span(q.open, q.content.end) for _, q in region_quotes]
        sentences = split_sentences(text, region, opaque)
        headline = bool(headlines) and region in headlines
        para_frames: list[tuple[int, _Frame]] = []
        orphans: list[tuple[int, int]] = []  # (sentence index, quote id)
        ri = 0
        for s_index, sentence in enumerate(sentences):
            while ri < len(region_quotes) and region_quotes[ri][1].end <= sentence.start:
                ri += 1
            inside = []
            rk = ri
            while rk < len(region_quotes) and region_quotes[rk][1].open < sentence.end:
                inside.append(region_quotes[rk])
                rk += 1
            if PREFILTER and not inside and not headline and not sentence_may_frame(text, sentence):
                # no quotation and no word a frame starts from: no frame, no
                # orphan quotation; the tokenizer is the costliest step here
                continue
            toks = _tokenize(text, sentence, inside)
            frames = _frames(text, toks, sentence)
            if headline and frames:
                # "Challenger Rips Incumbent: 'He Got Rich'": in title case
                # the words before a colon are a clause, not a name, unless
                # the story names that speaker again
                frames = [g for g in (_headline_colon_frame(text, toks, f) for f in frames) if g]
            if headline and not frames:
                frames = _headline_frames(text, toks)
            if len(frames) > 1:
                frames = _drop_predicted(toks, frames)
                _cut_before_own_clause(text, toks, frames)
            covered: set[int] = set()
            for frame in frames:
                para_frames.append((s_index, frame))
            for frame in _inner_first(toks, frames) if len(frames) > 1 else frames:
                covered |= _emit(text, toks, frame, quotes, claimed, results, headline)
            # split quotes: “A,” she said, “B.” — a quotation after the frame
            for frame in frames:
                covered |= _split_tail(text, toks, frame, quotes, claimed, results)
            # a sentence of pure quotation: one quotation, nothing else but punctuation
            if "w" not in toks.kinds and toks.kinds.count("q") == 1:
                qid = toks.quote_ids[toks.kinds.index("q")]
                if qid not in covered:
                    orphans.append((s_index, qid))
        nearest = _nearest_frames(text, para_frames, len(sentences)) if orphans else []
        for s_index, qid in orphans:
            quote = quotes[qid]
            if qid in claimed or quote.open < region.start:
                continue
            if _single_quoted_subhead(text, region, quote, quotes):
                continue
            near = nearest[s_index]
            if near is not None and _ends_line_before(text, quote, near):
                # "“The heat will get worse.”" ending its line, "Two deaths
                # ..., officials said." on the next: a line break in copy
                # with no blank lines is a new paragraph; a closed quotation
                # never takes a later paragraph's attribution
                near = None
            if near is None and lead_in is not None and _region_is_quotation(text, region, quote):
                near = lead_in  # the block quotation a colon introduced
            if near is None and _region_is_quotation(text, region, quote):
                # "— Anna Wong, economist" signing it in the next paragraph
                near = _signed_below(text, regions, ri_, quote)
            governing = last_governing if _region_is_quotation(text, region, quote) else None
            # a quotation running on into later paragraphs waits for their
            # attribution ("...,” Benning said.) before falling back to these
            pending.append((qid, near, governing))
        still: list[tuple[int, _Frame | None, tuple[Span, Span | None] | None]] = []
        for qid, near, governing in pending:
            if qid in claimed:
                continue
            if quotes[qid].end > region.end:
                still.append((qid, near, governing))
                continue
            att = _orphan_attribution(text, quotes[qid], near, governing)
            if att is not None:
                claimed[qid] = att
                results.append(att)
        pending = still
        if (
            lead_in is not None
            and not para_frames
            and not region_quotes
            and lead_in.speaker_span is not None
            and lead_in.cue is not None
            # the cue right before the colon: "The governor added:", "Hewitt writes:"
            and text[lead_in.cue.end : lead_in.cue.end + 2].strip() == ":"
        ):
            block = _unmarked_block(text, region)
            if block is not None:
                # "The governor added:" then a paragraph without marks: the
                # block quotation a colon introduced, set off by layout alone
                results.append(
                    Attribution(block, QuoteKind.INDIRECT, lead_in.speaker_span, lead_in.cue)
                )
        for _, frame in reversed(para_frames):
            if frame.speaker_span is not None:
                last_governing = (frame.speaker_span, frame.cue)
                break
        lead_in = None
        if sentences and text[region.start : region.end].rstrip().endswith(":"):
            last_sentence = sentences[-1]
            lead_in = _colon_lead_in(text, _tokenize(text, last_sentence, []))
            if lead_in is not None and lead_in.speaker_span is not None:
                last_governing = (lead_in.speaker_span, lead_in.cue)
    if "<" in text:
        # "<tweet author="@x" date="May 2">": a markup tag's attribute values
        # are no quotations
        results = [a for a in results if not _in_markup_tag(text, a.content.start - 1)]
    results.sort(key=lambda a: (a.content.start, a.content.end))
    return _dedupe(results)


# an opening markup tag up to a point: "<tweet tweet-date="
_OPEN_TAG = re.compile(r"<[a-z][\w-]*\s[^<>]*$")


def _in_markup_tag(text: str, at: int) -> bool:
    """Whether the mark at ``at`` stands inside an opening markup tag
    (``<tweet tweet-author="@Voss" tweet-date="May 2">``), within 200
    characters of its ``<``."""
    return at >= 0 and _OPEN_TAG.search(text, max(0, at - 200), at + 1) is not None


_DASH_CHARS = "—―–"


def _unmarked_block(text: str, region: Span) -> Span | None:
    """The paragraph ``region`` as a block quotation after a colon lead-in:
    a run of sentences (four words at least, ending on a stop), not a list
    item, a dash signature or a heading; its final stop dropped."""
    start, end = region.start, region.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    body = text[start:end]
    if len(body.split()) < 4 or body[:1] in _DASH_CHARS or body[:1] in "-•*<":
        return None
    if body[-1:] not in ".!?":
        return None
    if _title_case_heading(body.rstrip(".!?")):
        return None
    while end > start and text[end - 1] in ".!?":
        end -= 1
    return Span(start, end)


def _signed_below(
    text: str, regions: Sequence[Span], index: int, quote: QuoteSpan
) -> _Frame | None:
    """The dash signature opening the paragraph after ``regions[index]``
    when the quotation ends that paragraph."""
    if index + 1 >= len(regions) or text[quote.end : regions[index].end].strip(" \t\n.,"):
        return None
    below = regions[index + 1]
    opening = text[below.start : below.start + 1]
    if opening in _DASH_CHARS:
        sentence = split_sentences(text, below, [])[0]
        return _signature_frame(text, _tokenize(text, sentence, []))
    if opening in {"T", "S"} and text.startswith(("That", "So said", "So says"), below.start):
        # "That's what Breck said on Tuesday." / "So said Dale Voss."
        sentence = split_sentences(text, below, [])[0]
        frame = _echo_frame(text, _tokenize(text, sentence, []))
        return frame if frame is not None and frame.speaker_span is not None else None
    return None


def _orphan_attribution(
    text: str,
    quote: QuoteSpan,
    near: _Frame | None,
    governing: tuple[Span, Span | None] | None,
) -> Attribution | None:
    """A quotation no frame claimed: the attribution of its paragraph, else
    the previous paragraph's speaker (a paragraph of pure quotation), else
    a direct quote of unknown speaker when it is a real utterance."""
    if near is not None and near.speaker_span is not None:
        return Attribution(quote.content, QuoteKind.DIRECT, near.speaker_span, near.cue)
    said = text[quote.content.start : quote.content.end].strip()
    if _title_case_heading(said):
        return None  # 'All Bets Are Off.' on its own line: a section heading
    if governing is not None and (len(said.split()) > 1 or said.endswith((".", "!", "?"))):
        # a paragraph of pure quotation; a one-word label (“Related:”) is none
        return Attribution(quote.content, QuoteKind.DIRECT, governing[0], None, governed=True)
    if len(said.split()) >= 4:
        return Attribution(quote.content, QuoteKind.DIRECT, None, None)
    return None


# words a title-case heading leaves in lower case
_HEADING_SMALL_WORDS = frozenset(
    "a an the of in on at to for and or but by with from as vs".split()
)


# "on CBS' ", "on NBC's ", "on Fox News' ": a broadcaster's possessive after "on"
_ON_BROADCASTER = re.compile(
    r"\bon\s+(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:['’]s|s['’]|S['’])\s*$"
)


def _programme_after_venue(text: str, quote: QuoteSpan) -> bool:
    """``defended the nominee on CBS' “Face the Nation,” saying ...``: a
    programme's title after a broadcaster's possessive is part of the venue
    (as after ``said on``), whatever verb comes before, not a partial quote.
    A title-case name right after ``told`` or ``said/appeared on`` is the
    programme too (``told “60 Minutes”``, ``said on “Face the Nation.”``)."""
    if _ON_BROADCASTER.search(text, max(0, quote.open - 60), quote.open) is not None:
        return True
    return _TOLD_OR_ON.search(
        text, max(0, quote.open - 30), quote.open
    ) is not None and _programme_name(text[quote.content.start : quote.content.end])


# "told “60 Minutes”", "said on “Face the Nation.”", "appeared on “Today”"
_TOLD_OR_ON = re.compile(
    r"\b(?:told|(?:said|says|say|saying|appeared|appearing|asked|speaking)\s+on"
    # "in an interview with “Face the Nation,”", "in an appearance on “Today”"
    r"|(?:interview|appearance)\s+(?:with|on))\s*$",
    re.I,
)
# "“Meet the Press” host Kristen Welker": a programme's title before its host
_BEFORE_HOST = re.compile(r"[\s,]*(?:co-?)?(?:host|anchor|moderator|presenter)s?\b")


# "the controls, known locally as the “cepo”", "nicknamed “The Hammer”": a
# term or a name is introduced, no words said (not "so-called", whose term
# is often the speaker's own)
_NAMING_SLOT = re.compile(
    r"(?:\b(?:known|referred\s+to)(?:\s+(?:locally|colloquially|informally|widely|popularly))?"
    r"\s+as|\bnicknamed|\ba\.k\.a\.)(?:\s+(?:the|a|an))?\s*$",
    re.IGNORECASE,
)


def _after_naming(text: str, open_mark: int) -> bool:
    """Whether a naming phrase (``known as``, ``nicknamed``) stands right
    before the quotation opening at ``open_mark``."""
    return _NAMING_SLOT.search(text, max(0, open_mark - 40), open_mark) is not None


def _before_host(text: str, quote: QuoteSpan) -> bool:
    """``“Meet the Press” host Kristen Welker``: a programme's name before its host."""
    return _BEFORE_HOST.match(text, quote.end) is not None and _programme_name(
        text[quote.content.start : quote.content.end]
    )


def _programme_name(said: str) -> bool:
    """A programme's name: one to five words, each capitalised (or a number,
    or a small word inside), no sentence punctuation but a closing one."""
    words = said.rstrip(".,").split()
    if not 1 <= len(words) <= 5 or any(ch in " ".join(words) for ch in ".,;:!?"):
        return False
    if not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    return all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _HEADING_SMALL_WORDS or w == "&"
        for w in words[1:]
    )  # "Fox & Friends"


def _quoted_title(text: str, quote: QuoteSpan, *, short: bool = False) -> bool:
    """A quotation in title case (a song, a book, a film: ``“Rain on the Tin
    Roof”``), with no sentence punctuation inside. With ``short`` (a body
    report, not a speech act's object) two capitalised words are a title
    too (``“Night Orchard” earned $48 million``)."""
    said = text[quote.content.start : quote.content.end].rstrip(",")  # “Night Ferry,” she said
    if any(ch in said for ch in ".,;:!?"):
        return False
    if _title_case_heading(said):
        return True
    # a short title, where a title stands: “Night Orchard” opening the
    # sentence, “Salt” after “new single,”, “Wicked” after “the film”; with
    # ``short``, any two capitalised words in a body report
    words = said.split()
    if (
        short
        and len(words) == 2
        and all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in words)
    ):
        return True
    return (
        0 < len(words) <= 2
        and all(w[:1].isupper() for w in words)
        and _TITLE_SLOT.search(text, max(0, quote.open - 40), quote.open) is not None
    )


# what stands before a short title: the sentence start, or a work's noun
_TITLE_SLOT = re.compile(
    r"(?:^|[.!?]\s+|[—–]\s*|\n\s*|\b(?:film|movie|album|single|song|show|series|book|novel"
    r"|musical|play|sequel|documentary|episode|track|opera|memoir|podcast)s?,?\s+)$"
)


def _title_case_heading(said: str) -> bool:
    """A quoted line in title case (``A Long Way Back.``): three words or
    more, every word capitalised but the small ones, two capitals after the
    first word. Feature copy sets section headings this way; nobody speaks
    in title case."""
    words = [w.strip(".,:;!?…-—–()\"'“”‘’") for w in said.split()]
    words = [w for w in words if w]
    if len(words) < 3:
        return False
    capitals = 0
    for word in words[1:]:
        if word[0].isupper():
            capitals += 1
        elif word.lower() not in _HEADING_SMALL_WORDS:
            return False
    return capitals >= 2 and words[0][0].isupper()


def _dedupe(results: list[Attribution]) -> list[Attribution]:
    out: list[Attribution] = []
    for att in results:
        if out and out[-1].content.overlaps(att.content):
            continue
        if att.content.end <= att.content.start:
            continue
        out.append(att)
    return out


# the most words a subhead in single quotation marks runs to
_SUBHEAD_WORDS = 12


def _single_quoted_subhead(
    text: str, region: Span, quote: QuoteSpan, quotes: Sequence[QuoteSpan]
) -> bool:
    """A short paragraph that is nothing but a quotation in single marks,
    in a story that quotes in double marks elsewhere (``'A change
    warrior.'`` between paragraphs): a subhead, which headline style puts in
    single quotation marks (AP Stylebook), not a quote with no cue."""
    if quote.double or quote.close is None or not _region_is_quotation(text, region, quote):
        return False
    if text[quote.end : region.end].strip(" .\u00a0"):
        return False  # more words after the closing mark
    if len(text[quote.content.start : quote.content.end].split()) > _SUBHEAD_WORDS:
        return False
    return any(q.double for q in quotes)


def _region_is_quotation(text: str, region: Span, quote: QuoteSpan) -> bool:
    """A paragraph that is pure quotation (it opens with the mark)."""
    return quote.open == region.start


def _ends_line_before(text: str, quote: QuoteSpan, frame: _Frame) -> bool:
    """Whether the quotation ends its line (only a stop or space after its
    closing mark) and ``frame``, later in the text, opens on a later line."""
    if frame.cue.start < quote.end:
        return False
    at = frame.cue.start if frame.speaker_span is None else min(
        frame.cue.start, frame.speaker_span.start
    )
    if at < quote.end:
        return False
    gap = text[quote.end : at]
    nl = gap.find("\n")
    return nl >= 0 and not gap[:nl].strip(" \t\r.,")


def _nearest_frames(
    text: str, frames: list[tuple[int, _Frame]], count: int
) -> list[_Frame | None]:
    """For each sentence, the attribution of the paragraph it leans on: the
    last one in an earlier sentence, else the first one in a later sentence.
    A relative pronoun's report after another frame of its sentence (``said
    Gail Morrissey, an independent who said she ...``) leaves that frame the
    one leaned on: the quotation goes on with the governing attribution."""
    with_speaker = [(s, f) for s, f in frames if f.speaker_span is not None]
    nearest: list[_Frame | None] = [None] * count
    last: _Frame | None = None
    last_s = -1
    k = 0
    for s_index in range(count):
        nearest[s_index] = last
        while k < len(with_speaker) and with_speaker[k][0] <= s_index:
            s, f = with_speaker[k]
            span = f.speaker_span
            if not (
                s == last_s
                and span is not None
                and text[span.start : span.end].lower() in {"who", "whom"}
            ) and not (
                # not '..., he said, referring to X.': the participle after the
                # same speaker's cue; the quotation after leans on "said"
                s == last_s and last is not None and last.speaker_span == span
            ):
                last, last_s = f, s
            k += 1
    following: _Frame | None = None
    k = len(with_speaker) - 1
    for s_index in range(count - 1, -1, -1):
        if nearest[s_index] is None:
            nearest[s_index] = following
        while k >= 0 and with_speaker[k][0] >= s_index:
            following = with_speaker[k][1]
            k -= 1
    return nearest


# what a cue's object says when it reports no clause: a denial or a
# pronoun, an adverb, then only a time or a place
_OBJECT_ONLY = re.compile(
    r"(?i:no such thing|nothing of the (?:sort|kind)|much the same"
    r"|it\s+(?:again|too|also|before|repeatedly|publicly|privately|often))"
    r"(?:\s+(?:on|in|at|last|this|during|earlier|later)\b[^,;]*)?\s*$"
)


# words right before a quotation that make it part of the clause
_BEFORE_PARTIAL = frozenset({"that", "against", "of", "about"})


# the audiences a speaker tells, when nothing else follows ``told``
_AUDIENCES = frozenset(
    """supporters crowd crowds audience audiences reporters journalists voters
    fans delegates members students workers followers rally""".split()
)


def _fragment_object(text: str, toks: _Tokens, frame: _Frame, quote: QuoteSpan) -> bool:
    """``but noted “isolated irregularities”``: a quotation set right after
    the cue, with no comma or colon, opening in lower case on two words or
    more, is a fragment the verb takes as its object (a partial quote); a
    whole utterance is set off by a comma or a colon and opens a sentence."""
    if toks.starts[frame.cue_index] > quote.open:
        return False
    between = text[toks.ends[frame.cue_index] : quote.open]
    if between.strip():
        return False
    inside = text[quote.content.start : quote.content.end]
    return inside[:1].islower() and len(inside.split()) >= 2


# verbs of performing a work: a title as their object is the work, no words
# said ("sang “Paper Moon”", "recited “The Raven” to the class")
_PERFORMED_LEMMAS = frozenset({"sing", "recite"})


def _listener_only(toks: _Tokens, frame: _Frame, said: str) -> bool:
    """Whether the content after ``told`` is only its listener, a few lower-case
    words ending in an audience (``told jubilant supporters``, ``told a
    cheering crowd``): no clause reported."""
    if SPEECH_FORMS.get(toks.words[frame.cue_index]) != "tell":
        return False
    words = said.rstrip(".!?").split()
    return (
        0 < len(words) <= 3
        and words[-1] in _AUDIENCES
        and all(w.isalpha() and w.islower() for w in words)
    )


def _emit(
    text: str,
    toks: _Tokens,
    frame: _Frame,
    quotes: list[QuoteSpan],
    claimed: dict[int, Attribution],
    results: list[Attribution],
    headline: bool = False,
) -> set[int]:
    """Turn one frame into quotes; return the quotation ids it covered."""
    if frame.content is None or frame.content_tokens is None:
        return set()
    first, last = frame.content_tokens
    kinds = toks.kinds[first : last + 1]
    covered: set[int] = set()
    q_tokens = [first + i for i, kind in enumerate(kinds) if kind == "q"] if "q" in kinds else []
    act = toks.words[frame.cue_index]
    speech_act = act in SPEECH_ACT_FORMS or act in QUOTED_ACT_FORMS
    if (
        len(q_tokens) == 1
        and "w" not in kinds
        and _before_host(text, quotes[toks.quote_ids[q_tokens[0]]])
    ):
        return covered  # "“Meet the Press” host Kristen Welker asked ...": a title
    if (
        len(q_tokens) == 1
        and "w" not in kinds
        and _ON_BROADCASTER.search(
            text, max(0, quotes[toks.quote_ids[q_tokens[0]]].open - 60), toks.starts[q_tokens[0]]
        )
        is not None
    ):
        # 'Asked on CNN's "State of the Union" about the polls, ...': a
        # programme's title after a broadcaster's possessive, no words said
        return covered
    if (
        len(q_tokens) == 1
        and first in {frame.cue_index + 1, frame.cue_index + 2}
        and all(toks.kinds[k] == "q" or toks.words[k] == "on" for k in range(first, last + 1))
        and _programme_after_venue(text, quotes[toks.quote_ids[q_tokens[0]]])
    ):
        # "Ruiz told “Face the Nation.”", "said on “Face the Nation.”": the
        # listener or the venue, a programme's title; nothing said is quoted
        return covered
    if q_tokens and "w" in kinds:
        # “Rain on the Tin Roof” inside a report is a title, not words said
        short = not headline and not speech_act
        had_quotation = bool(q_tokens)
        q_tokens = [
            k for k in q_tokens if not _programme_after_venue(text, quotes[toks.quote_ids[k]])
        ]
        if had_quotation and not q_tokens and speech_act and frame.weak:
            # "defended the nominee on CBS' “Face the Nation”": the act's
            # quotation was a programme; a topic alone reports no words
            return covered
        q_tokens = [k for k in q_tokens if not _after_naming(text, quotes[toks.quote_ids[k]].open)]
        q_tokens = [
            k
            for k in q_tokens
            if not _quoted_title(
                text,
                quotes[toks.quote_ids[k]],
                # not a predicate: "Democrats were “Stalling”"
                short=short and not (k > 0 and toks.words[k - 1] in AUXILIARIES),
            )
        ]
        if not q_tokens and frame.weak and act in _QUOTED_TOPIC_VERBS:
            return covered  # "talked about “Saturday Night Live”": a title, a topic
        if (
            had_quotation
            and not q_tokens
            and SPEECH_FORMS.get(toks.words[frame.cue_index]) in _PERFORMED_LEMMAS
            and toks.kinds[first] == "q"
        ):
            return covered  # "sang “Paper Moon” to close the show": a song performed
        # 'Cole pleaded “no contest” to the charges, the judge said': a plea
        # in marks is the court's term, no words of the speaker's; the
        # report around it stays indirect
        q_tokens = [
            k
            for k in q_tokens
            if not (
                k > 0
                and toks.words[k - 1] == "pleaded"
                and _QUOTED_PLEA.match(text, toks.starts[k]) is not None
            )
        ]
    if q_tokens and "w" in kinds and _nested_report(toks, frame, q_tokens, claimed):
        # 'Officers shouted "Drop it!" before firing, police said.': the
        # quotation is the inner speaker's, claimed by the report inside
        # this content; the outer attribution still reports the clause
        q_tokens = []
    if q_tokens:
        # one quotation and nothing else: direct; quotations among words, or
        # the quoted object of a speech act ("which he called “a cartel”"): partial
        alone = (
            (
                "w" not in kinds
                or _after_colon_alone(toks, q_tokens, first, last)
                or _then_next_act(toks, q_tokens, first, last)
            )
            and len(q_tokens) == 1
            and not (frame.weak and (act in SPEECH_ACT_FORMS or act in QUOTED_ACT_FORMS))
            # "warned that “...”"; "warned against “a fragment”": a quoted
            # noun phrase after a preposition is part of the clause
            # (the word right before the quotation: "told Match of the Day:
            # “...”" is a programme, then a colon, then a whole utterance)
            and not (q_tokens[0] > 0 and toks.words[q_tokens[0] - 1] in _BEFORE_PARTIAL)
            and not _fragment_object(text, toks, frame, quotes[toks.quote_ids[q_tokens[0]]])
        )
        kind = QuoteKind.DIRECT if alone else QuoteKind.PARTIAL
        for k in q_tokens:
            qid = toks.quote_ids[k]
            covered.add(qid)
            _claim(qid, kind, frame, quotes, claimed, results)
        return covered
    content = frame.content
    said = text[content.start : content.end]
    if (
        len(said.split()) < _MIN_CONTENT_WORDS
        and said.lower() not in {"yes", "no"}
        # "Voss opposes abortion": a stance's object may be one word;
        # "Park criticized prosecutors": a judgement's one-word object, vetted
        # by the frame
        and toks.words[frame.cue_index] not in STANCE_OBJECT_FORMS
        and toks.words[frame.cue_index] not in OBJECT_ACT_FORMS
    ):
        return covered  # but "46 percent said yes": an answer
    if _listener_only(toks, frame, said):
        return covered  # "“We won!” Greer told jubilant supporters.": the listener
    if _OBJECT_ONLY.match(said):
        # "has said no such thing", "said it again on Tuesday", "said much the
        # same in 2016": an object and the time, no clause reported
        return covered
    opening = content.start
    while opening < content.end and (text[opening].isspace() or text[opening] in _STRAY_OPENERS):
        opening += 1
    if opening > content.start:
        # ".\n - enough from every family": a stray stop or dash before the
        # words (spliced or broken copy) is no part of what was said
        if opening >= content.end:
            return covered
        content = Span(opening, content.end)
    results.append(Attribution(content, QuoteKind.INDIRECT, frame.speaker_span, frame.cue))
    return covered


_PRONOUN_SPEAKERS = frozenset("he she they it we i".split())


def _nested_report(
    toks: _Tokens, frame: _Frame, q_tokens: list[int], claimed: dict[int, Attribution]
) -> bool:
    """Whether every quotation in ``frame``'s content was claimed by a report
    whose cue lies inside that content: a clause with its own speaker and
    cue (``Pruitt has told allies that he is “beatable,”``) which a closing
    attribution (``two people ... said``) reports whole. Only a partial
    quotation (the inner speaker's words among the writer's), and only when
    the closing attribution's content opens the sentence."""
    first, last = frame.content_tokens or (0, -1)
    c = frame.cue_index
    if (
        first != 0
        or toks.kinds[0] != "w"
        or frame.speaker is None
        or not last < frame.speaker[0] <= frame.speaker[1] < c
        or toks.words[frame.speaker[0]] in _PRONOUN_SPEAKERS
        or "as" in toks.words[last + 1 : frame.speaker[0]]
    ):
        # only a closing ``<content>, <speaker> said`` of the whole sentence;
        # '..., “It hurts,” he said' and ', as X put it' are the quotation's
        return False
    low, high = toks.starts[first], toks.ends[last]
    # the inner cue a word of this sentence, not one inside a quotation
    words = {toks.starts[k] for k in range(first, last + 1) if toks.kinds[k] == "w"}
    for k in q_tokens:
        att = claimed.get(toks.quote_ids[k])
        if (
            att is None
            or att.kind is not QuoteKind.PARTIAL
            or att.cue is None
            or not low <= att.cue.start < high
            or att.cue.start not in words
        ):
            return False
    return True


def _then_next_act(toks: _Tokens, q_tokens: list[int], first: int, last: int) -> bool:
    """``Carver said, “I have nothing to say to you,” and hung up.``: one
    quotation opening the content (after the cue's comma), then ``and`` and
    the speaker's next act in the past; the act is no part of the words, so
    the quotation is whole (direct)."""
    if len(q_tokens) != 1:
        return False
    q = q_tokens[0]
    if any(toks.kinds[t] == "w" for t in range(first, q)):
        return False
    after = q + 1
    if after <= last and toks.words[after] == ",":
        after += 1
    return (
        after + 1 <= last
        and toks.words[after] == "and"
        and toks.kinds[after + 1] == "w"
        and (is_past_verb(toks.words[after + 1]) or toks.words[after + 1] in PAST_OR_PARTICIPLE)
        and toks.words[after + 1] not in CUE_FORMS
    )


def _after_colon_alone(toks: _Tokens, q_tokens: list[int], first: int, last: int) -> bool:
    """``told MPs on the Home Affairs Committee: “...”``: the words before a
    colon only name the listener or the venue (no verb among them), and the
    quotation after it runs to the end: a whole utterance."""
    if len(q_tokens) != 1:
        return False
    q = q_tokens[0]
    return (
        q - 1 >= first
        and toks.words[q - 1] == ":"
        and all(toks.kinds[t] == "p" for t in range(q + 1, last + 1))
        and not any(
            toks.words[t] in AUXILIARIES
            or toks.words[t] in CUE_FORMS
            or is_past_verb(toks.words[t])
            for t in range(first, q - 1)
        )
    )


# marks no reported clause opens on
_STRAY_OPENERS = frozenset(",;:.!?)]}—–-")

_MODALS = frozenset("would will could might may should can 'd ’d 'll ’ll".split())


def _drop_predicted(toks: _Tokens, frames: list[_Frame]) -> list[_Frame]:
    """``Russia would respond “appropriately”, spokesman X told reporters``:
    a cue after a modal inside another frame's content is part of what that
    frame reports (a prediction), no report of its own."""

    def predicted(frame: _Frame) -> bool:
        c = frame.cue_index
        if c < 1 or toks.words[c - 1] not in _MODALS:
            return False
        if frame.content_tokens is None or frame.content_tokens[0] < c:
            return False  # "“...,” Rourke will say, according to excerpts": hers
        return any(
            other is not frame
            and other.content_tokens is not None
            and other.content_tokens[0] <= min(c, frame.speaker[0] if frame.speaker else c)
            and c <= other.content_tokens[1]
            for other in frames
        )

    kept = [f for f in frames if not predicted(f)]
    return kept if kept else frames


_CLAUSE_JOINS = frozenset({"and", "but", "yet", "while", "whereas", "though", "although"})
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_REPORT_LEMMAS = frozenset({"say", "tell", "write", "add"})


def _cut_before_own_clause(text: str, toks: _Tokens, frames: list[_Frame]) -> None:
    """``He said the deal was fair, and later he said it was “a gift.”``: a
    later frame inside a frame's content, after a comma (and a join or a
    short time or place phrase), whose speaker is a pronoun or the same
    speaker again, is a clause of its own: the first content ends at the
    comma, and the later frame keeps its quotation."""
    for outer in frames:
        if outer.content_tokens is None or outer.content is None or outer.speaker is None:
            continue
        first, last = outer.content_tokens
        if outer.cue_index >= first or outer.speaker[1] >= first:
            continue  # the content must follow its speaker and cue
        for inner in frames:
            if (
                inner is outer
                or inner.speaker is None
                or inner.content_tokens is None
                or inner.speaker[1] >= inner.cue_index
                or not first < inner.speaker[0] <= last
                or inner.speaker[0] != inner.speaker[1]
                or SPEECH_FORMS.get(toks.words[inner.cue_index]) not in _REPORT_LEMMAS
                or (inner.cue_index + 1 < len(toks) and toks.words[inner.cue_index + 1] == ",")
            ):
                continue  # only a verb of saying with its own clause, no aside
            who = toks.words[inner.speaker[0]]
            same = who == toks.words[outer.speaker[1]]
            if not (same or who in _SPEAKER_PRONOUNS):
                continue
            comma = inner.speaker[0] - 1
            while comma > first and toks.kinds[comma] == "w" and inner.speaker[0] - comma <= 7:
                if toks.words[comma] in CUE_FORMS or toks.words[comma] == "that":
                    break
                comma -= 1
            if comma <= first + 1 or toks.words[comma] not in {",", ";"}:
                continue
            join = toks.words[comma + 1] if comma + 1 < inner.speaker[0] else ""
            if not (join in _CLAUSE_JOINS or (same and who in _SPEAKER_PRONOUNS)):
                continue  # "She said the plan, he said, was late": his aside
            end = comma - 1
            if toks.kinds[end] != "w":
                continue
            outer.content_tokens = (first, end)
            outer.content = Span(outer.content.start, toks.ends[end])
            break


def _inner_first(toks: _Tokens, frames: list[_Frame]) -> list[_Frame]:
    """The frames in the order they claim quotations: a frame whose speaker
    and cue lie inside the content of an ``according to`` frame, its own
    content a quotation alone, comes first (``According to an arrest
    affidavit, Whitcomb told officers, “I did it.”``: the words in the marks
    are Whitcomb's, a direct quote, not the affidavit's partial one); the
    others keep their order. A report with a verb of its own (``prosecutors
    say that he told an agent, “...”``) keeps the quotation: the reporter
    names who vouches for it."""

    def nested(frame: _Frame) -> bool:
        if frame.speaker is None or frame.content_tokens is None:
            return False
        first, last = frame.content_tokens
        kinds = toks.kinds[first : last + 1]
        if kinds.count("q") != 1 or "w" in kinds:
            return False  # only a quotation alone, a whole utterance
        low = min(frame.speaker[0], frame.cue_index)
        high = max(frame.speaker[1], frame.cue_index)
        return any(
            other is not frame
            and toks.words[other.cue_index] == "according"
            and other.content_tokens is not None
            and other.content_tokens[0] <= low
            and high <= other.content_tokens[1]
            for other in frames
        )

    inner = [f for f in frames if nested(f)]
    if not inner:
        return frames
    return inner + [f for f in frames if not any(f is g for g in inner)]


def _claim(
    qid: int,
    kind: QuoteKind,
    frame: _Frame,
    quotes: list[QuoteSpan],
    claimed: dict[int, Attribution],
    results: list[Attribution],
) -> None:
    """Attribute quotation ``qid`` to ``frame`` unless an earlier frame did."""
    if qid not in claimed:
        att = Attribution(quotes[qid].content, kind, frame.speaker_span, frame.cue)
        claimed[qid] = att
        results.append(att)


_DASHES = frozenset({"--", "—", "–"})


# the longest appositive (words and commas) between a split quote's cue and
# its second half: "said Ada Vell, a pilot who is the head of the guild, “B.”"
_MAX_SPLIT_APPOSITIVE = 20


def _split_tail(
    text: str,
    toks: _Tokens,
    frame: _Frame,
    quotes: list[QuoteSpan],
    claimed: dict[int, Attribution],
    results: list[Attribution],
) -> set[int]:
    """``“A,” she said, “B.”``: the quotation right after a trailing frame."""
    if (
        frame.speaker is None
        or frame.content_tokens is None
        # what the last test below needs: the content before the cue, and a
        # quotation in the sentence (most frames have none after them)
        or frame.content_tokens[1] >= frame.cue_index
        or "q" not in toks.kinds
    ):
        return set()
    after = max(frame.cue_index, frame.speaker[1]) + 1
    n = len(toks)
    while after < n and toks.kinds[after] == "w" and toks.words[after] not in {","}:
        after += 1  # time phrase after the cue
    if after < n and toks.words[after] in {",", ":", "--", "—", "–"}:
        after += 1  # “A,” Dorn said -- “but B.”: a dash joins the halves too
        if toks.words[after - 1] in _DASHES:
            # “A,” she said — and here she paused — “B.”: past an aside set
            # off by a pair of dashes
            k = after
            while k < n and k - after < 12 and (toks.kinds[k] == "w" or toks.words[k] == ","):
                k += 1
            if k > after and k + 1 < n and toks.words[k] in _DASHES and toks.kinds[k + 1] == "q":
                after = k + 1
    elif after > frame.cue_index + 1:
        return set()  # “A,” Hale said on NBC’s “Meet the Press.”: a title, not speech
    if (
        after + 1 < n
        and toks.words[after] in {"but", "and"}
        and toks.kinds[after + 1] == "q"
        and toks.words[after - 1] == ","
        and all(kind == "p" for kind in toks.kinds[after + 2 :])  # the sentence ends there
    ):
        after += 1  # “A,” he said, but “B.”: the same speaker goes on
    if after < n and toks.kinds[after] == "w":
        # “A,” said Saul Brenner, 80, “B.”: past an appositive set off by
        # commas; AP's appositive may run long (“A,” said Ada Vell, a pilot
        # who is the head of the Kelso guild, “B.”) and hold commas itself
        close = after
        while (
            close < n
            and close - after < _MAX_SPLIT_APPOSITIVE
            and (toks.kinds[close] == "w" or toks.words[close] == ",")
            and not (toks.words[close] == "," and close + 1 < n and toks.kinds[close + 1] == "q")
        ):
            close += 1
        if close + 1 < n and toks.words[close] == "," and toks.kinds[close + 1] == "q":
            after = close + 1
    if after < n and toks.kinds[after] == "q" and frame.content_tokens[1] < frame.cue_index:
        qid = toks.quote_ids[after]
        if after == frame.cue_index + 1 and _programme_after_venue(text, quotes[qid]):
            return set()  # “A,” she told “Face the Nation.”: the listener, a title
        if (
            after - 2 > frame.cue_index
            and toks.words[after - 1] == ","
            and toks.words[after - 2] in _WORK_NOUNS
            and _titled(text[quotes[qid].content.start : quotes[qid].content.end])
        ):
            # "..., Dorn said in his 2012 book, “A Harbor Son.”": the book's
            # title in apposition, not more of what was said
            return set()
        _claim(qid, QuoteKind.DIRECT, frame, quotes, claimed, results)
        return {qid}
    return set()


# works whose title follows them in apposition: "in his 2012 book, “...”"
_WORK_NOUNS = frozenset(
    """book books memoir memoirs novel autobiography film movie documentary
    show series podcast song album musical play opera episode column essay
    poem""".split()
)
# the small words a title leaves in lower case
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for by with from as".split())


def _titled(said: str) -> bool:
    """Words in title case (``A Harbor Son.``), a final stop allowed: every
    word of up to eight opens with a capital but the small words."""
    words = said.rstrip(" .,!?").split()
    return (
        0 < len(words) <= 8
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)
    )


# a letter or digit: ``str.isalnum`` as ``re`` reads it (``\w`` is an
# alphanumeric or the underscore), found in C, not by a loop in Python
_ALPHANUMERIC = re.compile(r"[^\W_]")


def _handle_sign(text: str, start: int) -> bool:
    """Whether the speaker at ``start`` is a social handle whose ``@`` the
    words left out (``"...," @MayorVidal wrote``): the span is the handle as
    written."""
    return (
        start >= 1
        and text[start - 1] == "@"
        and (start == 1 or not (text[start - 2].isalnum() or text[start - 2] in "._"))
    )


def _own_outlet(speaker: str, agency: str) -> bool:
    """Whether ``speaker`` names the dateline's ``agency`` (``dpa``;
    ``Kyodo News`` for ``Kyodo``)."""
    said = " ".join(speaker.split()).lower().removeprefix("the ")
    own = " ".join(agency.split()).lower()
    return said in (own, own + " news", own + " news agency")


def _past_own_outlet(
    text: str, found: list[Attribution], agency: str, warnings: list[str]
) -> list[Attribution]:
    """SPEC: the reporting outlet is not a source of its own story. A
    report of the dateline's own agency (``BERLIN (dpa) - X said A, dpa
    reported.``) gives way to the attributions inside its content when
    there are some (X said A); else it stays."""
    out: list[Attribution] = []
    for att in found:
        speaker = att.speaker
        if (
            speaker is not None
            and att.kind is not QuoteKind.DIRECT
            and _own_outlet(text[speaker.start : speaker.end], agency)
        ):
            inner = find_attributions(text, [att.content], [])
            if inner and all(
                a.speaker is not None
                and not _own_outlet(text[a.speaker.start : a.speaker.end], agency)
                for a in inner
            ):
                out.extend(inner)
                continue
        out.append(att)
    return out


def quote_stage(state: ParseState) -> None:
    """Find every attribution in the headline, captions and body paragraphs."""
    regions = sorted(
        [c.span for c in state.captions if c.span.end > c.span.start]
        + [p.span for p in state.paragraphs]
        + [b.span for b in state.blocks if b.kind is BlockKind.HEADLINE],
        key=lambda s: s.start,
    )
    if not regions:
        return
    text = state.text
    headlines = frozenset(b.span for b in state.blocks if b.kind is BlockKind.HEADLINE)
    furniture = frozenset(c.span.start for c in state.captions if c.span.end > c.span.start)
    found = find_attributions(text, regions, state.warnings, headlines, furniture)
    agency = state.dateline.agency if state.dateline is not None else None
    if agency:
        found = _past_own_outlet(text, found, agency, state.warnings)
    for att in found:
        content = att.content
        if _ALPHANUMERIC.search(text, content.start, content.end) is None:
            continue  # "said “ ”": marks around nothing are no utterance
        speaker = att.speaker
        if speaker is not None and _handle_sign(text, speaker.start):
            speaker = Span(speaker.start - 1, speaker.end)  # "@MayorVidal wrote": the handle
        state.quotes.append(
            Quote(
                text=text[content.start : content.end],
                span=content,
                kind=att.kind,
                speaker=None
                if speaker is None
                else Mention(text[speaker.start : speaker.end], speaker),
                cue=None
                if att.cue is None
                else Mention(text[att.cue.start : att.cue.end], att.cue),
            )
        )
