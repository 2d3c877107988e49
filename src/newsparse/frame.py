"""The frame of a story: metadata, headline, bylines, captions, the
dateline, body paragraphs and trailer lines.

Every unit from ``segment.py`` becomes one or more non-overlapping
:class:`~newsparse.model.Block` objects, so no non-blank character of the
input is ever lost: what is not recognised becomes body text.

The *header* is read unit by unit, line by line: a metadata date
(``date 2024-11-11``), captions (a unit or lines ending with a credit),
bylines (``By ...``), a headline (a first short line that does not end like a
sentence, or does with a dateline under it or in Title Case; never the first
line of a hard-wrapped paragraph). The body starts at the first unit that is none of these, or at
the dateline. In the body, units ending with a credit are captions, and
trailer lines (``(Reporting by ...)``, ``--With assistance from ...``, ``To
contact ...``, ``Media Contact:``, ``©2024 ...``, the ``Reuter`` and
``Enditem`` sign-offs, a press release's ``About X`` and ``SOURCE X``, the
Canadian Press's ``This report ... was first published March 7, 2025.``,
which dates the story) are split off into
:class:`~newsparse.model.Trailer` objects with the people they credit, and
so is web furniture between paragraphs (``Advertisement``, ``Related:
...``, a newsletter pitch, a ``___`` separator).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re

import attrs

from newsparse._state import ParseState
from newsparse.captions import caption_event, find_credit, split_caption
from newsparse.dateline import MONTH_PATTERN, match_dateline, month_number
from newsparse.lexicon.agencies import (
    PHOTO_AGENCIES,
    canonical_agency,
    dateline_agency,
    is_wire_agency,
)
from newsparse.lexicon.credits import CREDIT_OUTLETS, NEWSPAPER_WORDS, REGION_NAMES, ROLE_WORDS
from newsparse.model import (
    Block,
    BlockKind,
    Caption,
    Credit,
    Dateline,
    Paragraph,
    Span,
    Trailer,
)
from newsparse.segment import strip_span

__all__ = ["byline_names", "frame_stage", "parse_published", "trailer_names"]

_S = r"[ \t\u00a0]"

_TIME = (
    rf"(?:\d{{1,2}}:\d\d(?:{_S}?(?i:[ap]\.?m\.?))?(?:{_S}+[A-Z]{{2,4}}\b)?"
    # the Guardian's 24-hour time with a point, before its zone: ``16.12 BST``
    rf"|\d{{1,2}}\.\d\d{_S}+[A-Z]{{2,4}}\b)"
)
_WEEKDAY = (
    r"(?i:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
    r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?![^\W\d_])"
)
# ``Last Updated:``, ``Last modified:`` (web pages' own stamp labels)
_DATE_LABEL = (
    rf"(?i:(?:last{_S}+)?(?:published|posted|updated|filed)|last{_S}+modified)(?![^\W\d_])"
)
#: ``date 2024-11-11``, ``Date: 2024-11-11``, ``Published: Nov. 11, 2024``,
#: ``11 November 2024``, an ISO timestamp, each with an optional time (after
#: the date, maybe after ``at``: ``Updated Nov 11, 2024 at 3:40 PM EST``, or
#: before it on the web: ``Published 10:42 AM EST, Tue Nov 12, 2024``) and an
#: optional weekday before the date.
_METADATA = re.compile(
    rf"""
    # the label, then a colon or (The Hindu's ``Updated - ``) a spaced dash
    (?:(?:(?i:date)|{_DATE_LABEL})(?:{_S}+(?i:on|at))?{_S}*(?::|[\-–—](?={_S}))?{_S}*)?
    (?:{_TIME},?{_S}+(?:(?i:on){_S}+)?)?   # ``Updated at 10:15 p.m. ET on Sunday, ...``
    (?:{_WEEKDAY}\.?,?{_S}+)?
    (?:
        (?P<iso>\d{{4}}-\d\d-\d\d)(?:(?:T|{_S})\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?
      | (?P<month>{MONTH_PATTERN})\.?{_S}+(?P<day>\d{{1,2}}),?{_S}+(?P<year>\d{{4}})
      | (?P<dday>\d{{1,2}}){_S}+(?P<dmonth>{MONTH_PATTERN})\.?,?{_S}+(?P<dyear>\d{{4}})
      | (?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})/(?P<syear>(?:19|20)\d\d)
    )
    (?:,?{_S}+(?:at{_S}+)?(?P<time>{_TIME}))?
    """,
    re.VERBOSE,
)
# a relative time or a read time: ``Updated 2 hours ago``, ``5 min read``
_REL_TIME = rf"\d{{1,3}}{_S}+(?i:min(?:ute)?s?|hours?|hrs?|days?){_S}+(?i:ago|read)(?![^\W\d_])"
_REL_TIME_LINE = re.compile(rf"(?:{_DATE_LABEL}{_S}*:?{_S}*)?{_REL_TIME}{_S}*")
_STAMP_DATE = (
    rf"(?:{MONTH_PATTERN})\.?{_S}+\d{{1,2}},?{_S}+\d{{4}}"
    rf"|\d{{1,2}}{_S}+(?:{MONTH_PATTERN})\.?,?{_S}+\d{{4}}"
)
# what a web page writes after the date on its timestamp line, each part
# after a separator: ``/ 4:12 PM``, ``| Updated: 18:40 BST, 3 June 2025``,
# ``/ Updated 2 hours ago``
_STAMP_TAIL = re.compile(
    rf"""(?:{_S}*[/|·•–—-]{_S}*
        (?:{_DATE_LABEL}{_S}*:?{_S}*(?:on{_S}+)?)?
        (?:{_TIME}|{_REL_TIME}|{_STAMP_DATE})
        (?:,?{_S}+(?:at{_S}+)?(?:{_TIME}|{_STAMP_DATE}))?
    )+{_S}*(?=[\r\n]|\Z)""",
    re.VERBOSE,
)
# a labelled date line anywhere in the header (under a byline), or after a
# byline's bar or dash: ``By Ana Ruiz | Published 10:42 AM EST, Tue Nov 12, 2024``
_LABELLED_DATE = re.compile(_DATE_LABEL)
_BYLINE_DATE = re.compile(rf"{_S}[|·•–—-]{_S}+(?={_DATE_LABEL})")
_BYLINE = re.compile(rf"(?:By|BY){_S}+(?=[^\W\d_])")
# AFP's and Xinhua's byline in lower case (``by Camille Armand``, ``by
# Xinhua writers Li Ming, Zhang Wei``): the whole line is names, a lead of
# an agency and a role word allowed, since a wrapped sentence may go on
# with ``by``
_BYLINE_NAME = rf"[A-Z][\w'’.\-]*(?:{_S}+[A-Z][\w'’.\-]*){{1,3}}"
_BYLINE_LEAD = rf"(?:[A-Z][\w\-]*{_S}+)?(?:writers?|reporters?|correspondents?|staff)"
_LOWER_BYLINE = re.compile(
    rf"by{_S}+(?:{_BYLINE_LEAD}{_S}+)?{_BYLINE_NAME}"
    rf"(?:(?:{_S}*,{_S}*(?:and{_S}+)?|{_S}+and{_S}+|{_S}*&{_S}*){_BYLINE_NAME})*{_S}*"
)
# the lead of a byline before the names: ``Xinhua writers``, ``AFP correspondent``
_BYLINE_ROLE_LEAD = re.compile(
    rf"(?:[A-Z][\w\-]*{_S}+)?(?i:writers?|reporters?|correspondents?|staff){_S}+(?=[A-Z])"
)
# ``EDITOR'S NOTE — ...``, ``Editor’s note: ...``, ``EDITORS NOTE -- ...``:
# a story label about the story, never its dateline or headline
_EDITORS_NOTE = re.compile(rf"(?i:editor(?:['’]?s|s['’])?{_S}+note)(?![^\W\d_])")
# AP's ``Eds:`` note to editors, one line (``Eds: UPDATES with details.``),
# and the same opening a later line of a header unit
# a nonprofit newsroom's note on its partner, alone on its line
_PARTNER_NOTE = re.compile(
    rf"(?:This|The){_S}+(?:article|story|report|investigation|project){_S}+(?:was|is){_S}+"
    rf"(?:co-published|(?:produced|published|reported|written|a{_S}+collaboration)\b"
    rf"[^\r\n.]{{0,120}}?(?:partnership|collaboration|co-published|jointly))\b"
    rf"[^\r\n]{{0,200}}(?=[\r\n]|\Z)"
)
_EDS = re.compile(rf"(?:Eds|EDS)\.?:{_S}")
_EDS_LINE = re.compile(rf"\n{_S}*(?:Eds|EDS)\.?:{_S}")
# a printed page's number set over the story in PDF and e-paper text
# (``Page A3``, ``PAGE 12``, ``A3``); alone on its line
_PAGE_LINE = re.compile(
    rf"(?:(?:Page|PAGE|Pg\.|P\.){_S}*[A-Z]?\d{{1,3}}|[A-H]\d{{1,2}})[ \t]*(?=[\r\n]|\Z)"
)
# a page number alone on its unit: ``3``, ``- 3 -`` (spaced: ``-30-`` is a
# sign-off), ``Page 3``, ``A3``
_PAGE_NUMBER = re.compile(
    rf"(?:-{_S}+\d{{1,3}}{_S}+-|\d{{1,3}}|(?:Page|PAGE){_S}+\d{{1,3}}|[A-H]\d{{1,2}})"
)
# a newspaper's name opening a printed page's running head, set apart from
# the issue's date by a run of spaces or a bar
_MASTHEAD = re.compile(
    rf"(?:(?i:the){_S}+)?(?:[A-Z][\w'’.&\-]*{_S}){{0,4}}"
    rf"(?i:{'|'.join(NEWSPAPER_WORDS)})(?:{_S}{{2,}}|{_S}*[|•·]{_S}*)(?=\S)"
)
# an AP feed's slug line: ``BC-US--Vellmark-Election,1st Ld-Writethru``,
# ``AP-US-Port-Strike``; a story label, never a dateline or the headline
_AP_SLUG = re.compile(
    r"(?:BC|AP)-[A-Za-z0-9][\w&'’.]*(?:--?[A-Za-z0-9][\w&'’.]*)+"
    r"(?:[,/<][^\r\n]{0,80})?[ \t]*(?=[\r\n]|\Z)"
)
# a dated copyright line in the header (``(c) 2025 Reuters Limited``), led by
# its line break when it is not the unit's first line
_COPYRIGHT = rf"(?:©|\([cC]\)|Copyright|COPYRIGHT){_S}*©?{_S}*(?:19|20)\d\d(?!\d)"
_COPYRIGHT_AT = re.compile(rf"{_S}*{_COPYRIGHT}")
_COPYRIGHT_BREAK = re.compile(rf"[\r\n](?={_S}*{_COPYRIGHT})")
# what makes such a line a publisher's notice rather than a photo credit
_NOTICE = re.compile(
    rf"(?i:rights{_S}+reserved)|\b(?:Limited|Ltd|Inc|LLC|L\.P|LP|PLC|plc|Corp|GmbH|AG)\b"
)
# Reuters' kickers before a headline, in capitals and joined by a hyphen,
# maybe chained: ``EXCLUSIVE-``, ``UPDATE 2-``, ``RPT-INSIGHT-``; a story
# label, never the headline's text (``UK-EU talks``: no kicker)
_KICKER_WORDS = (
    rf"EXCLUSIVE|UPDATE(?:{_S}\d{{1,2}})?|RPT|REFILE|CORRECTED|CORRECTION|ANALYSIS"
    rf"|FACTBOX|INSIGHT|BREAKINGVIEWS|EXPLAINER|FEATURE|PREVIEW|COLUMN|TIMELINE"
    rf"|SNAPSHOT|GRAPHIC|GRAPHICS|WRAPUP(?:{_S}\d{{1,2}})?|INTERVIEW|SPECIAL{_S}REPORT"
    r"|POLL|FOCUS|BRIEF|URGENT|COMMENTARY|WITNESS|SCENARIOS|QUOTEBOX|DIARY|HIGHLIGHTS"
    r"|OBITUARY|BUZZ|FOREX|PRECIOUS|METALS|GRAINS|SOFTS|TREASURIES|TABLE"
    # Reuters' sports slugs, in sentence case (``Soccer-``, ``Motor racing-``)
    rf"|(?:Soccer|Football|Tennis|Golf|Cricket|Rugby(?:{_S}(?:union|league))?|Athletics"
    rf"|Cycling|Swimming|Boxing|Olympics|Motor{_S}racing|Motorcycling|Sailing|Skiing"
    rf"|Alpine{_S}skiing|Horse{_S}racing|Baseball|Basketball|Ice{_S}hockey|Gymnastics"
    rf"|NFL|NBA|NHL|MLB|NCAA)(?=-[A-Z])"
    # a desk's column name of two or three words in capitals (``GLOBAL
    # MARKETS-``, ``MIDEAST STOCKS-``, ``US STOCKS-``): no compound modifier
    # (``UK-EU talks``) spans words
    rf"|[A-Z]{{2,}}(?:{_S}[A-Z]{{2,}}){{1,2}}(?=-[A-Z][a-z])"
)
# a one- or two-word label and a colon before a headline (``Exclusive:``,
# Xinhua's ``Interview:``, ``Feature:``, ``Roundup:``, ``Xinhua Headlines:``);
# ``Poll:`` and ``Report:`` are speakers (docs/annotation.md), not labels
_COLON_KICKER = rf"""
    (?=[A-Z])(?i:exclusive|analysis|news{_S}analysis|update|updated|factbox|explainer
      |backgrounder|breaking|opinion|editorial|interview|feature|roundup|spotlight
      |commentary|profile|yearender|insight|insights|preview|timeline|obituary|urgent
      |xinhua{_S}headlines|economic{_S}watch|china{_S}focus|world{_S}insights|across{_S}china
      |watch|video|listen)
    :{_S}+
  # a web site's label before a dash: ``Exclusive — ``, ``BREAKING — ``
  | (?=[A-Z])(?i:exclusive|breaking|watch|video)(?-i:{_S}+[—–]|{_S}*--){_S}+
"""
# Yonhap's desk tags before a headline or a story: ``(LEAD)``, ``(2nd LD)``,
# ``(URGENT)``, ``(News Focus)``, ``(Yonhap Interview)``, maybe with a note
# after a comma (``(3rd LD, with details)``)
_DESK_TAG = rf"""
    \((?:LEAD|URGENT|\d{{1,2}}(?:st|nd|rd|th){_S}LD|News{_S}(?:Focus|Analysis)
      |Yonhap{_S}(?:Interview|Feature|Feature|Analysis))(?:,{_S}[^()\r\n]{{1,60}})?\)
    {_S}+
"""
_KICKER = re.compile(
    rf"""(?:(?:{_KICKER_WORDS})-|{_COLON_KICKER}|{_DESK_TAG})+
    (?=[^\W_a-z]|[\"“‘'$£€])""",
    re.VERBOSE,
)
# a story label in capitals and a colon opening the lede (the British
# tabloids' ``EXCLUSIVE: ``, ``REVEALED: ``): a story label, before a capital
_LEDE_KICKER = re.compile(
    rf"(?:EXCLUSIVE|REVEALED|BREAKING|UPDATED?|URGENT){_S}*:{_S}+(?=[A-Z\"“‘'])"
)
_DESK_TAG_AT = re.compile(rf"{_DESK_TAG}(?=[^\W_a-z]|[\"“‘'$£€])", re.VERBOSE)
# Bloomberg's version label after a headline: ``... -- Update``, ``--
# Update 2``, ``-- Correct``
_UPDATE_SUFFIX = re.compile(
    rf"{_S}+(?:--|[–—]){_S}*(?:Update|UPDATE|Correct(?:ed|ion)?|CORRECT(?:ED|ION)?)"
    rf"(?:{_S}\d{{1,2}})?{_S}*\Z"
)
# a version label in capitals before the dateline, on the same line:
# ``UPDATED: HOUSTON (UPI) -- ``, ``UPDATE 2-LONDON, Nov 11 (Reuters) - ``
_UPDATE_LABEL = re.compile(
    rf"(?:UPDATED|UPDATE|CORRECTED|REFILE|BREAKING)(?:{_S}\d{{1,2}})?{_S}*(?::{_S}*|-|{_S}+[–—]{_S}+)(?=[A-Z(])"
)
_SENTENCE_END = re.compile(r"[,;:]\Z")
# a full stop, maybe inside closing quotation marks or brackets
_FULL_STOP_END = re.compile(r"\.[\"'”’)\]]{0,3}\Z")
# ``Trump: ...``, ``The Latest: ...``, ``Dr. Ana Ruiz: ...``: a label or a
# speaker of up to four capitalised words and a colon
_HEADLINE_LEAD = re.compile(rf"[A-Z][\w.'’\-]*(?:{_S}[A-Z][\w.'’\-]*){{0,3}}:{_S}")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# the words Title Case leaves in lower case
_TITLE_SMALL_WORDS = frozenset(
    "a an the and or but nor for so yet of in on at to by up as via per vs vs. "
    "from into onto with over off out than after amid about against under upon near "
    "like".split()
)
_MAX_HEADLINE_WORDS = 25
_MAX_BYLINE_CHARS = 200
_MAX_HEADER_WORDS = 60
_HEADER_UNITS = 8

# a press release's boilerplate section header, alone on its line: ``About
# Veltrona``, ``About Acme Corp., Inc.``, ``ABOUT ACME``, ``About the Company``
_ABOUT_WORD = r"[A-Z][\w.&'’\-]*"
_ABOUT_HEADER = (
    rf"(?:About|ABOUT){_S}+(?:the{_S}+|THE{_S}+)?{_ABOUT_WORD}"
    rf"(?:,?{_S}+(?:(?:of|and|for|the|&){_S}+)?{_ABOUT_WORD}){{0,7}}"
    rf":?{_S}*(?=[\r\n]|\Z)"
)
# a press release's contact block: ``Media Contact:``, ``MEDIA CONTACTS:``,
# ``Investor Relations Contact:``, ``CONTACT: Name, ...``
_CONTACT_HEADER = (
    rf"(?:(?:Media|MEDIA|Press|PRESS|Investor|INVESTOR)(?:{_S}+(?i:relations))?{_S}+"
    rf"(?i:contacts?|inquiries|enquiries)|CONTACTS?|Contacts?"
    # ``For further information, please contact:`` (GlobeNewswire, CNW)
    rf"|For{_S}+(?:further|more|additional){_S}+information,?{_S}+(?:please{_S}+)?contact"
    rf"){_S}*:"
)
# Business Wire's and GlobeNewswire's ``Contacts`` block: ``Contacts`` alone
# (at the end of its unit or over a label), and a label alone on its line
# over a name and an e-mail or a phone number: ``Investors:``, ``Media:``
_CONTACT_LABEL = (
    rf"(?:Investors?|Media|Press|Analysts?)(?:{_S}+(?i:relations|contacts?|inquiries))?{_S}*:"
)
_CONTACT_BLOCK = (
    rf"(?:Contacts?|CONTACTS?){_S}*(?=\s*\Z|[\r\n]\s*{_CONTACT_LABEL})"
    rf"|{_CONTACT_LABEL}{_S}*(?=[\r\n][^@]{{0,160}}?(?:@|\d{{3}}[\-. ]\d{{4}}))"
)
# The Canadian Press's publication note, which dates the story
_CP_PUBLISHED = (
    rf"This{_S}+(?:report|story|article){_S}+by{_S}+The{_S}+Canadian{_S}+Press"
    rf"{_S}+was{_S}+first{_S}+published\b"
)
# a press release's boilerplate section heading alone on its line, like
# ``About X``: ``Conference Call``, ``Webcast Information``, ``Forward-Looking
# Statements``, ``Cautionary Note Regarding Forward-Looking Statements``,
# ``Safe Harbor Statement``, ``Non-GAAP Financial Measures``
_SECTION_HEADING = (
    r"(?i:(?:(?:conference|earnings|investor)[ \t\u00a0]+call"
    r"(?:[ \t\u00a0]+(?:and|&)[ \t\u00a0]+(?:audio[ \t\u00a0]+)?webcast)?"
    r"|(?:audio[ \t\u00a0]+)?webcast)(?:[ \t\u00a0]+(?:information|details))?"
    r"|(?:(?:cautionary|special)[ \t\u00a0]+(?:note|statement|language)[ \t\u00a0]+"
    r"(?:regarding|concerning|about|on)[ \t\u00a0]+)?forward[ \t\u00a0\-]looking[ \t\u00a0]+"
    r"(?:statements?|information)"
    r"|safe[ \t\u00a0]+harbou?r(?:[ \t\u00a0]+statement)?"
    r"|(?:use[ \t\u00a0]+of[ \t\u00a0]+)?non-gaap[ \t\u00a0]+(?:financial[ \t\u00a0]+)?measures"
    # the Newsfile and CNW sign-off over the quoted signature, name and role:
    # ``ON BEHALF OF THE BOARD OF DIRECTORS``
    r"|on[ \t\u00a0]+behalf[ \t\u00a0]+of[ \t\u00a0]+the[ \t\u00a0]+board"
    r"(?:[ \t\u00a0]+of[ \t\u00a0]+[^\r\n,:]{1,60})?,?)"
    r":?[ \t\u00a0]*(?=[\r\n]|\Z)"
)
# an editor's note on what a new version of the story changed, in
# parentheses alone on its line: Bloomberg's ``(Updates with shares in second
# paragraph.)`` at the end, Reuters' ``(Adds union comment in paragraph 4)``
# under the headline
_VERSION_NOTE = (
    r"\((?:Updates|Adds|Corrects|Recasts|Refiles|Rewrites|Writes(?:[ \t\u00a0]+through)?"
    r"|Changes|Removes|Fixes|Inserts|Replaces|Deletes|Repeats|Clarifies|Amends|Restores"
    r"|Reorganizes|Expands|Combines|Reworks|Trims|Moves)(?![^\W\d_])[^()\r\n]{0,200}\)\.?"
    r"[ \t\u00a0]*(?=[\r\n]|\Z)"
)
_VERSION_NOTE_LINE = re.compile(_VERSION_NOTE)
# web page furniture run into the text, each alone on its line: an ad slot,
# a link list (``Related: ...``, ``RELATED COVERAGE``), a newsletter pitch,
# an AP ``___`` separator
_LINE_END = r"(?=[\r\n]|\Z)"
# an ad slot's or a scroll prompt's label alone on its line: ``Advertisement``,
# ``Story continues below advertisement``, ``Continue reading below``,
# ``SCROLL TO CONTINUE WITH CONTENT``, ``Sponsored Content``, ``Photo Gallery``
_AD_SLOT = rf"""(?:Advertisement|ADVERTISEMENT
      |(?=[SsCcTtPp])(?i:story{_S}+continues{_S}+below(?:{_S}+(?:the{_S}+)?advertisement)?
        |continue{_S}+reading(?:{_S}+below|{_S}+the{_S}+main{_S}+story)?
        |scroll{_S}+(?:down{_S}+)?to{_S}+continue(?:{_S}+(?:with{_S}+content|reading))?
        |sponsored{_S}+content|top{_S}+stories|photo{_S}+gallery)(?={_S}*{_LINE_END}))"""
# a link list's heading alone on its line (``You may also like:``, ``MORE
# STORIES``, ``Further reading``): the lines under it are link titles
# (Reuters' ``Suggested Topics:`` over its topic links, Bloomberg's ``Most
# Read from Bloomberg`` over its story links in syndicated copy)
_LINK_HEADING = rf"""(?=[YRMFAILPTSy])(?i:you{_S}+may{_S}+also{_S}+like|recommended{_S}+for{_S}+you
      |suggested{_S}+topics|most{_S}+read(?:{_S}+from{_S}+bloomberg(?:{_S}+businessweek)?)?
      |more{_S}+stories|further{_S}+reading|more{_S}+on{_S}+this{_S}+(?:story|topic)
      |also{_S}+read|latest{_S}+news|in{_S}+other{_S}+news|popular{_S}+now|most{_S}+popular
      |trending{_S}+now|top{_S}+headlines)"""
# a newsletter pitch: ``Sign up`` and ``newsletter``, ``alerts`` or ``email``
# on one line, maybe after a short lead (``Stay informed: Sign up for ...``),
# or ``Subscribe to our ... newsletter``
# (the ``+`` after a run's quantifier here, in ``_HUB_LINK`` and in the
# e-mail forms makes it possessive: each run is followed by a character it
# cannot take, so giving characters back finds nothing more, and the trailer
# patterns no longer try to; tests/test_shortcuts.py)
_PITCH = rf"""(?:[^\r\n.:?!]{{1,60}}+[.:?!]{_S}+)?
    (?:(?:Sign|SIGN){_S}+(?i:up)\b[^\r\n]{{0,80}}?(?i:newsletters?|alerts|e-?mails?)\b
      |S(?i:ubscribe){_S}+(?i:to|for)\b[^\r\n]{{0,60}}?(?i:newsletters?)\b)
    [^\r\n]{{0,60}}{_LINE_END}"""
# Reuters' newsletter link, alone on its line or after the one sentence
# that names the newsletter: ``Sign up here.``, ``The Daily Briefing
# newsletter brings you the news. Sign up here.``
_SIGN_UP_HERE = rf"""(?:[^\r\n]{{1,160}}?(?i:newsletter)[^\r\n.!?]{{0,120}}+[.!?]{_S}+)?
    S(?i:ign){_S}+(?i:up){_S}+(?i:here)[.!]?{_S}*{_LINE_END}"""
# a site's link label before the linked title, on its line: ``WATCH: ...``,
# ``Read: ...``, ``Recommended: ...``, ``More from Reuters: ...``, ``Also
# Read | ...`` (a title does not start in lower case: ``Read: the
# statement ...`` is a sentence)
_LINK_LABEL = rf"""
    (?:W(?i:atch)|L(?i:isten)|R(?i:ead)|R(?i:ecommended)|T(?i:rending)|M(?i:ust){_S}+(?i:read)
      |A(?i:lso){_S}+(?i:read|watch|see)
      |M(?i:ore){_S}+(?i:from){_S}+[A-Z][\w&'’.\-]*(?:{_S}+[A-Z][\w&'’.\-]*){{0,3}}
      # a local site's ``MORE | ...``, ``LINK: ...``, ``PREVIOUS COVERAGE: ...``
      |M(?i:ore)(?:{_S}+(?i:coverage))?|L(?i:ink)|P(?i:revious){_S}+(?i:coverage))
    {_S}*[:|]{_S}*(?![a-z])[^\s]
"""
# a short label and nothing but links on its line: AP's hub lines under the
# ``___`` separator, ``AP NFL: https://apnews.com/hub/nfl``, ``More AP
# sports: https://... and https://...``
_HUB_LINK = rf"""
    [A-Z][\w&'’.\-]*+(?:{_S}+[\w&'’.\-]++){{0,4}}{_S}*:{_S}*https?://[^\s]+
    (?:{_S}+(?:and|&){_S}+https?://[^\s]+){{0,3}}{_S}*{_LINE_END}
"""
# a link line led by arrows: ``>> Mayor says city will help``, ``► ...``
_ARROW_LINK = rf"(?:>>|►|▶){_S}*(?![a-z])[^\s][^\r\n]*{_LINE_END}"
_WEB_CLUTTER = rf"""
    {_AD_SLOT}{_S}*{_LINE_END}
  | {_LINK_LABEL}[^\r\n]*{_LINE_END}
  | (?:R(?i:elated)|R(?i:ead){_S}+(?i:more)|S(?i:ee){_S}+(?i:also))
    (?:{_S}+(?i:coverage|stories|articles|content|links?|reading|news|images|photos|videos))?
    (?:{_S}*:|{_S}*{_LINE_END})
  | Image{_S}+\d{{1,2}}{_S}*:[^\r\n]*{_LINE_END}      # GlobeNewswire's image list
  | {_LINK_HEADING}{_S}*:?{_S}*{_LINE_END}
  | {_PITCH}
  | {_SIGN_UP_HERE}
  | _{{3,}}{_S}*{_LINE_END}
  | {_HUB_LINK}
  | {_ARROW_LINK}
"""
# the one-line boilerplate that the story may follow on the next line of
# the same unit: ``About Veltrona`` over its section, an ad slot, a link
_ONE_LINE = re.compile(
    rf"""(?:
        {_ABOUT_HEADER}
      | {_AD_SLOT}
      | (?:R(?i:elated)|R(?i:ead){_S}+(?i:more)|S(?i:ee){_S}+(?i:also)){_S}*:{_S}*[^\s][^\r\n]*
      | {_LINK_LABEL}[^\r\n]*
      | {_PITCH}
      | {_SIGN_UP_HERE}
      # a link list's heading over a line that opens with a quotation mark:
      # no link title, the story goes on
      | (?:{_LINK_HEADING}|(?:R(?i:elated)|R(?i:ead){_S}+(?i:more)|S(?i:ee){_S}+(?i:also))
          (?:{_S}+(?i:coverage|stories|articles|content|links?|reading|news))?)
        {_S}*:?(?={_S}*[\r\n]{_S}*["“‘])
      | _{{3,}}
      | {_HUB_LINK}
      | (?:>>|►|▶){_S}*(?![a-z])[^\s][^\r\n]*
      | {_VERSION_NOTE}
      | {_SECTION_HEADING}
    ){_S}*(?=[\r\n])""",
    re.VERBOSE,
)
# a credited name (two words or more) alone after a label: ``Editor: Li Ming``
_CREDIT_NAME = rf"[A-Z][\w'’\-]*(?:{_S}+[A-Z][\w'’\-]*){{1,3}}"
# a space or one line break (a credit hard-wrapped over two lines)
_WRAP = rf"(?:{_S}+|{_S}*(?:\r\n|\r|\n){_S}*)"
# a credit's first line, maybe hard-wrapped onto a second one before its
# last words (the break after no sentence end)
_CREDIT_LINES = rf"[^\r\n]{{1,200}}?(?:(?<![.!?\"”’]){_S}*(?:\r\n|\r|\n)[^\r\n]{{0,120}}?)?"
# names with initials, in a list: ``Reid J. Epstein, Ana Vu and Li Wei``
_CREDITED_PERSON = rf"[A-Z][\w'’.\-]*(?:{_S}+[A-Z][\w'’.\-]*){{1,3}}"
_CREDITED_NAMES = (
    rf"{_CREDITED_PERSON}(?:(?:,{_S}+(?:and{_S}+)?|{_S}+and{_S}+){_CREDITED_PERSON}){{0,5}}"
)
# the one form that needs a word of its own (``contributed``) far into its line
_CONTRIBUTED = rf"""
      | {_CREDIT_LINES}{_S}contributed{_WRAP}(?:reporting{_WRAP})?to{_WRAP}this{_WRAP}
        (?:report|story|article)\b
      # AP's shorter ``Associated Press writer Ben Alvarado contributed.``,
      # after AP's ``Sewell reported from Beirut.``; a paper's ``Staff writers
      # X and Y contributed.``
      | (?:[A-Z][\w'’\-]*(?:{_S}+[A-Z][\w'’\-]*)?{_S}+reported{_S}+from{_S}+
         [^\r\n.]{{1,60}}\.{_S}+)?
        (?:(?:The{_S}+)?(?:Associated{_S}+Press|AP)|S(?i:taff){_S}+(?i:writers?|reporters?))
        {_S}+{_CREDIT_LINES}{_S}contributed\.?{_S}*{_LINE_END}
      | \([^()\r\n]{{1,200}}?{_S}contributed{_S}(?:reporting{_S})?to{_S}the{_S}   # Xinhua
        (?:report|story|article)\.?\){_S}*{_LINE_END}
      # The New York Times' ``Reid J. Epstein contributed reporting from
      # Portsmouth, N.H.``, ``A and B contributed reporting.``, ``X
      # contributed research.``: a line of names, the credit to its end
      | {_CREDITED_NAMES}{_S}+contributed{_S}+(?:reporting|research)
        (?:{_S}+(?:from|in|and){_S}[^\r\n]{{1,200}}?)?\.?{_S}*{_LINE_END}
"""
# the sign-offs of the Asian and European wires, alone on their line:
# Yonhap ``(END)``, KUNA ``(end) ak.gb``, Kyodo ``==Kyodo``, Bernama ``--
# BERNAMA``, IANS ``--IANS``, PTI ``PTI ABC DEF``, dpa ``dpa ab yy n1 kb``
_END_MARK = rf"\((?:END|end)\)(?:{_S}+[a-z]{{1,4}}(?:\.[a-z]{{1,4}}){{0,3}})?"
_WIRE_SIGNOFF = rf"""
    (?:{_END_MARK}
      | =={_S}*Kyodo
      | (?:-{{1,2}}|[–—]){_S}*(?:BERNAMA|Bernama|IANS|VNA|SAnews(?:\.gov\.za)?)   # VNA's ``– VNA``
      | PTI(?:{_S}+[A-Z]{{2,4}}){{1,4}}
      | dpa(?:{_S}+[a-z0-9]{{1,3}}){{2,6}}
      # a press release's ``###``, a paper's ``-30-``, a wire's ``END`` and
      # AP's transmission tag ``AP-WF-11-27-26 1542EST``
      | \#{{3}}|-30-|END
      | AP-[A-Z]{{2}}-\d\d-\d\d-\d\d{_S}+\d{{4}}[A-Z]{{3}}
    ){_S}*{_LINE_END}
    # the desk's initials last in the story (AFP ``bur-md/abc``, IANS ``abc/xyz``)
  # (AAP ``AAP tv/dj``: the agency's abbreviation before them)
  | (?:AAP{_S}+)?(?!(?:and/or|he/she|his/her|him/her|s/he|yes/no|on/off|in/out)\b)
    [a-z]{{2,4}}(?:-[a-z]{{2,4}})?(?:/[a-z]{{2,4}}){{1,3}}{_S}*(?=\s*\Z)
"""
# a note that the page ran the story unedited from a wire's feed: ``(This
# story has not been edited by ... and is auto-generated from PTI)``, ``(Only
# the headline ... the rest of the content is auto-generated from a
# syndicated feed.)``
_SYNDICATION_NOTE = (
    rf"\((?:This|Only|The|Except){_S}[^()\r\n]{{0,300}}?"
    rf"(?:auto-generated|syndicated{_S}+feed|not{_S}+been{_S}+edited{_S}+by)"
    rf"[^()\r\n]{{0,300}}\){_S}*{_LINE_END}"
)
# end-of-story notes and boilerplate: a correction note, AP's standing
# support note, a ``Follow ...`` link line, a press release's ``View
# original content`` and photo lines, a TV site's ``Stay with ... for
# updates``, a share button's label
_END_NOTE = rf"""
    \(?(?:This{_S}+(?:story|article|report)|An{_S}+earlier{_S}+version{_S}+of{_S}+this{_S}+(?:story|article|report))
      {_S}+(?:has{_S}+been{_S}+|was{_S}+|is{_S}+)?(?:corrected|updated{_S}+to{_S}+correct)\b
  # Bloomberg's ``(A previous version of this story corrected ...)`` at the end
  | \(?(?:An{_S}+earlier|A{_S}+previous|An{_S}+previous){_S}+version{_S}+of{_S}+this{_S}+
      (?:story|article|report){_S}
  | This{_S}+version{_S}+corrects{_S}
  | C(?:ORRECTIONS?|orrections?){_S}*[:—–]{_S}
  | (?:The{_S}+)?(?:Associated{_S}+Press|AP)(?:['’]s?)?(?:{_S}[^\r\n]{{0,200}}?)?{_S}receives{_S}+
      (?:financial{_S}+)?support{_S}+from{_S}
  | (?:The{_S}+)?AP{_S}+is{_S}+solely{_S}+responsible{_S}+for{_S}+all{_S}+content
  | Follow{_S}+[^\r\n]{{1,150}}?{_S}(?:at|on|here|:){_S}*https?://
  | Follow{_S}+{_CREDIT_NAME}{_S}+on{_S}+(?:X|Twitter|LinkedIn|Facebook|Instagram|Bluesky|Threads)\b
      [^\r\n]{{0,40}}{_LINE_END}
  | (?:Cision{_S}+)?View{_S}+original{_S}+content\b
  | To{_S}+view{_S}+the{_S}+original{_S}+version{_S}+on\b
  | A{_S}+photo{_S}+accompanying{_S}+this{_S}+announcement{_S}+is{_S}+available{_S}
  | Stay{_S}+with{_S}+[^\r\n]{{1,40}}?{_S}for{_S}+(?:updates|the{_S}+latest)\b
      [^\r\n]{{0,60}}{_LINE_END}
  | \(Story{_S}+continues{_S}+below\){_S}*{_LINE_END}
  | Click{_S}+here{_S}+(?:to|for){_S}[^\r\n]{{1,60}}{_LINE_END}
  | \[{_S}*(?:R(?i:ead){_S}+(?i:more)|R(?i:elated)|S(?i:ee){_S}+(?i:also))
      {_S}*:[^\]\r\n]{{1,200}}\]{_S}*{_LINE_END}
  | [—–]{_S}*R(?i:elated){_S}*:
  | Share{_S}+this{_S}+(?:article|story){_S}*{_LINE_END}
"""
_TRAILER_FORMS = rf"""
    (?P<reporting>
        \({_S}*(?i:(?:additional|further|editing|writing|reporting|and|compiled|research|{_S})+)
        {_S}by{_S}
      | \*{{0,2}}{_S}*(?:Additional{_S}+reporting|Reporting|Writing|Editing|Compiled|Compiling)
        {_S}+by{_S}
      | Editors?{_S}*:{_S}*(?={_CREDIT_NAME}{_S}*{_LINE_END})   # Xinhua ``Editor: Li Ming``
      # Focus Taiwan's ``(By Sean Lin)`` alone on its line
      | \(By{_S}+(?={_CREDIT_NAME}(?:{_S}*(?:,|and){_S}*{_CREDIT_NAME}){{0,3}}\){_S}*{_LINE_END})
    )
  | (?P<assistance>
        (?:-{{1,2}}|[–—])?{_S}*(?i:with{_S}+assistance{_S}+from){_S}
      # CBC's and Global's ``— With files from The Canadian Press``
      | (?:(?:-{{1,2}}|[–—]){_S}*)?(?i:with){_S}+files{_S}+from{_S}+
        [A-Z][^\r\n.;:!?]{{0,80}}\.?{_S}*{_LINE_END}
      # USA TODAY's ``Contributing: Sam Ellery, USA TODAY; The Associated
      # Press``
      | Contributing{_S}*:{_S}*(?=[A-Z])
        <contributed>
    )
  | (?P<contact>
        To{_S}+contact{_S}+the{_S}+(?:reporters?|editors?|writers?|authors?)\b
      | {_CONTACT_HEADER}
      | {_CONTACT_BLOCK}
      # Dow Jones ``Write to Ana Vu at avu@example.net``, ``Ana Vu can be
      # reached at ...``
      | Write{_S}+to{_S}+{_CREDIT_NAME}{_S}+at{_S}+[\w.+\-]{{1,64}}+@
      <reached>
      # Yonhap's reporter's e-mail, alone on its line over ``(END)``
      | [\w.+\-]{{1,64}}+@[\w\-]{{1,63}}(?:\.[\w\-]{{1,63}}){{1,4}}{_S}*(?=[\r\n]\s*{_END_MARK})
    )
  | (?P<copyright>
        (?:©|\([cC]\)|Copyright|COPYRIGHT){_S}*©?{_S}*(?:19|20)\d\d
      | ©{_S}*[^\W\d_][^\r\n]{{0,120}}{_LINE_END}        # dpa ``© dpa-infocom, ...``
      # ANSA's ``ALL RIGHTS RESERVED © Copyright ANSA``
      | A(?i:ll{_S}+rights{_S}+reserved){_S}*[.,]?{_S}*(?:©|\([cC]\)|Copyright|COPYRIGHT)
        [^\r\n]{{0,120}}{_LINE_END}
    )
  | (?P<signoff>
        (?:(?i:reuters?)(?:\.{{3}})?(?:\^M)?|(?i:enditem)(?:/[A-Za-z]{{2,4}})?){_S}*(?=\s*\Z)
      | {_WIRE_SIGNOFF}
    )
  | (?P<other>
        More{_S}+stories{_S}+like{_S}+this
      | (?=[TACFVSW(\[—–])(?:{_END_NOTE})   # (the first letters turn most lines away at once)
      | For{_S}+more{_S}+articles{_S}+like{_S}+this
      | Our{_S}+Standards:
      | {_ABOUT_HEADER}
      | {_CP_PUBLISHED}
      | SOURCE{_S}+[A-Z][a-z][^\r\n]{{0,120}}(?=[\r\n]|\Z)
      | {_SYNDICATION_NOTE}
      | Anadolu{_S}+Agency{_S}+website{_S}+contains{_S}+only\b
      | {_VERSION_NOTE}
      | {_SECTION_HEADING}
      | {_WEB_CLUTTER}
    )
"""
# ``Ana Vu can be reached at ...``: a form tried only in a unit with the word
_REACHED = rf"""
      | {_CREDIT_NAME}{_S}+can{_S}+be{_S}+reached{_S}+at{_S}
"""
_TRAILER_KINDS = _TRAILER_FORMS.replace("<contributed>", _CONTRIBUTED).replace(
    "<reached>", _REACHED
)
# a trailer at the start of a unit, or at the start of a later line of it
_TRAILER = re.compile(_TRAILER_KINDS, re.VERBOSE)
_TRAILER_LINE = re.compile(rf"(?<=[\r\n]){_S}*(?:{_TRAILER_KINDS})", re.VERBOSE)
# the same, led by the line break itself: a search skips to each break in C
# instead of trying the look-behind at every character (see _search_lines)
_TRAILER_LINE_BREAK = re.compile(rf"[\r\n](?={_S}*(?:{_TRAILER_KINDS}))", re.VERBOSE)
# the three without the ``contributed`` form, for a unit without the word:
# they find the same trailers there, and spare the form's scan of every
# line (the search ~2x faster; tests/test_shortcuts.py)
_UNCONTRIBUTED_KINDS = _TRAILER_FORMS.replace("<contributed>", "").replace("<reached>", "")
_TRAILER_UNCONTRIBUTED = re.compile(_UNCONTRIBUTED_KINDS, re.VERBOSE)
_TRAILER_LINE_UNCONTRIBUTED = re.compile(rf"(?<=[\r\n]){_S}*(?:{_UNCONTRIBUTED_KINDS})", re.VERBOSE)
_TRAILER_LINE_BREAK_UNCONTRIBUTED = re.compile(
    rf"[\r\n](?={_S}*(?:{_UNCONTRIBUTED_KINDS}))", re.VERBOSE
)
# ``... said. (Reporting by Jane Doe; Editing by John Roe)`` on the last line
# ``... said. (Xinhua reporters Li Ming and Zhou Hao contributed to the
# story)`` and KUNA's ``... said. (end) ak.gb`` there too
_INLINE_REPORTING = re.compile(
    rf"(?<=[.!?\"”’]){_S}+(?=\((?:Reporting|Writing|Editing|Additional{_S}reporting|Compiled)"
    rf"{_S}by{_S}[^()\r\n]{{1,400}}\){_S}*\Z"
    rf"|\([^()\r\n]{{1,200}}?{_S}contributed{_S}to{_S}(?:the|this){_S}(?:report|story|article)"
    rf"\.?\){_S}*\Z"
    rf"|{_END_MARK}{_S}*\Z)"
)
# 1980s Reuters: ``... (33.7).        REUTER`` at the end of the last line
_SIGNOFF_AFTER_TEXT = re.compile(
    rf"(?:(?<=[.!?\"”’)]){_S}+|{_S}{{2,}})(?=(?i:reuters?)(?:\.{{3}})?(?:\^M)?{_S}*\Z)"
)
# the word the sign-off's look-ahead needs
_REUTER = re.compile("(?i:reuter)")
# Xinhua's ``... officials said. Enditem`` after the last sentence
_ENDITEM = re.compile("(?i:enditem)")
_ENDITEM_AFTER_TEXT = re.compile(rf"(?<=[.!?\"”’)]){_S}+(?=(?i:enditem){_S}*\Z)")
# Bernama's, IANS's and VNA's ``... officials said. – VNA`` after the
# last sentence
# (SAnews's ``... the plan. - SAnews.gov.za`` the same way)
_DASH_SIGNOFF = re.compile("BERNAMA|Bernama|IANS|VNA|SAnews")
_DASH_SIGNOFF_AFTER_TEXT = re.compile(
    rf"(?<=[.!?\"”’)]){_S}+(?=(?:-{{1,2}}|[–—]){_S}*"
    rf"(?:BERNAMA|Bernama|IANS|VNA|SAnews(?:\.gov\.za)?){_S}*\Z)"
)
# 1980s Reuters continuation marker on the story's last line
_MORE = re.compile(rf"(?<=[\r\n]){_S}*(?=(?:More|MORE|more){_S}*\Z)")
_MORE_BREAK = re.compile(rf"[\r\n](?={_S}*(?:More|MORE|more){_S}*\Z)")

_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*;\s*")
# ``By Jane Doe in London``: a byline's place, after a name of two words or more
_BYLINE_PLACE = re.compile(r"(?<=\w)\s+(?:in|at)\s+[A-Z][^\r\n]*\Z")
# ``Jane Doe in London``: a credited person and the place they filed from
_CREDIT_PLACE = re.compile(r"\s(?:in|at|from)\s")
_NAME_TAIL = re.compile(r"\s+(?:in|at|on|from|for)\s.*\Z|[\s.)]+\Z", re.S)
_EMAIL_NAME = re.compile(
    rf"(?P<name>[A-Z][\w'’.\-]*(?:{_S}[A-Z][\w'’.\-]*){{0,4}})"
    rf"(?:{_S}+in{_S}[^@\r\n]{{1,40}}?)?{_S}+at{_S}+\S+@"
)
# ``Media Contact:`` and the name on the line under it, or after it:
# ``CONTACT: Dana Okafor, 555-0100, ...``
_CONTACT_NAME = re.compile(
    rf"(?:{_CONTACT_HEADER}|{_CONTACT_LABEL})\s*(?P<name>[A-Z][\w'’.\-]*(?:{_S}[A-Z][\w'’.\-]*){{1,3}})"
    rf"{_S}*(?=[,\r\n]|\Z)"
)
_NAME_BREAK = re.compile(r"[ \t\u00a0]*[\r\n]+[ \t\u00a0]*")
# ``Ana Vu can be reached at ...``
_REACHED_NAME = re.compile(rf"(?P<name>{_CREDIT_NAME}){_S}+can{_S}+be{_S}+reached\b")
_CP_LINE = re.compile(_CP_PUBLISHED)
_WRITTEN_DATE = re.compile(
    rf"(?P<month>{MONTH_PATTERN})\.?{_S}+(?P<day>\d{{1,2}}),?{_S}+(?P<year>(?:19|20)\d\d)\b"
)
_STAFF = re.compile(
    r"\A\(?(?:The\s+)?(?:(?:Associated\s+Press|AP|Reuters|Bloomberg|AFP|UPI|Xinhua)\s+"
    # a beat between the agency and the job: ``AP Pro Football Writer``
    r"(?:[a-z][\w\-]*\s+){0,3}?)?"
    r"(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?|columnists?)\s+",
    re.I,
)
# the paper after a writer in USA TODAY's ``Contributing:`` list
_CONTRIBUTING_OUTLET = re.compile(r",\s*(?:USA\s+TODAY|The\s+[A-Z])[^,;]*\Z|\A\s*The\s.*\Z", re.S)
_AGENCY_ONLY = re.compile(r"(?:The\s+)?(?:Associated\s+Press|AP|Reuters|Bloomberg|AFP|UPI|Xinhua)")
_TRIM = " .,\t\u00a0"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH = re.compile(MONTH_PATTERN)


# a US time zone after a time: a slashed date before it is month first
_US_ZONE = re.compile(r"\b(?:[ECMP][SD]?T|AK[SD]T|H[SD]?T)\Z")
# a British, Irish or European zone: a slashed date before it is day first
# (``Last Updated: 03/06/2025 16:12 BST`` is 3 June)
_DAY_FIRST_ZONE = re.compile(r"\b(?:BST|GMT|IST|WES?T|CES?T|EES?T|UTC)\Z")


def _slashed_date(m: re.Match[str]) -> dt.date | None:
    """A web page's date in figures with slashes (Politico's ``09/28/2016
    05:12 AM EDT``): month and day read the one way they can be, or month
    first before a US time zone; an ambiguous one (``08/11/2024``) is
    none."""
    first, second, year = int(m.group("first")), int(m.group("second")), int(m.group("syear"))
    if first > 12 and second <= 12:
        return dt.date(year, second, first)
    if second > 12 or first == second or _US_ZONE.search(m.group("time") or ""):
        return dt.date(year, first, second)
    if _DAY_FIRST_ZONE.search(m.group("time") or ""):
        return dt.date(year, second, first)
    return None


def parse_published(text: str, start: int, end: int) -> tuple[dt.date, int] | None:
    """A metadata date at ``text[start:end]``: the date and where it ends.

    >>> parse_published("Date: Nov. 11, 2024 Headline", 0, 28)
    (datetime.date(2024, 11, 11), 19)
    """
    m = _METADATA.match(text, start, end)
    if m is None:
        return None
    # the date must stand alone or be followed by a space
    if m.end() < end and not text[m.end()].isspace():
        return None
    tail = _STAMP_TAIL.match(text, m.end(), end) if m.end() < end else None
    date_end = m.end() if tail is None else tail.end()
    try:
        if m.group("iso"):
            return dt.date.fromisoformat(m.group("iso")), date_end
        if m.group("syear"):
            slashed = _slashed_date(m)
            return None if slashed is None else (slashed, date_end)
        month = month_number(m.group("month") or m.group("dmonth"))
        day = int(m.group("day") or m.group("dday"))
        year = int(m.group("year") or m.group("dyear"))
        return dt.date(year, month or 0, day), date_end
    except ValueError:
        return None


def frame_stage(state: ParseState) -> None:
    """Classify every unit into blocks and fill the frame fields."""
    _skip_byte_order_mark(state)
    if "<" in state.text:
        _skip_leading_tags(state)
    found = _read_header(state)
    if found is not None:
        index, start = found
        end = state.units[index].end
        known = state.datelines.get((start, end)) if state.anchor_date is None else None
        if known is not None:
            # read already, with no anchor as now: its answer and its warnings
            dateline, heard = known
            for message, where in heard:
                state.warn(message, where)
        else:
            dateline = match_dateline(state.text, start, end, state.anchor_date, state.warn)
        if dateline is not None and state.dateline is None:
            _add_dateline(state, dateline)
            start = strip_span(state.text, dateline.span.end, end).start
            tag = _DESK_TAG_AT.match(state.text, start, end)
            if tag is not None:
                # ``SEOUL, Nov. 28 (Yonhap) -- (LEAD) The ...``: a story label
                label = strip_span(state.text, start, tag.end())
                _block(state, BlockKind.METADATA, label.start, label.end)
                start = tag.end()
        lede_kicker = _LEDE_KICKER.match(state.text, start, end)
        if lede_kicker is not None:
            # a tabloid's ``EXCLUSIVE: `` opening the lede: a story label,
            # no part of the first sentence
            label = strip_span(state.text, start, lede_kicker.end())
            _block(state, BlockKind.METADATA, label.start, label.end)
            start = lede_kicker.end()
        for i in range(index, len(state.units)):
            span = state.units[i]
            unit_start = start if i == index else span.start
            if (
                unit_start < span.end
                and not _contact_goes_on(state, unit_start, span.end)
                and not _signoff_goes_on(state, unit_start, span.end)
            ):
                _body_unit(state, unit_start, span.end, is_last=i == len(state.units) - 1)
    anchor = state.anchor_date
    state.captions = [_with_event(state, caption, anchor) for caption in state.captions]


def _skip_byte_order_mark(state: ParseState) -> None:
    """A text read from a file with its byte order mark (``U+FEFF``) kept:
    the mark is a ``metadata`` block of its own, so that the dateline or the
    headline after it is read as without it."""
    if not state.units or not state.text.startswith("\ufeff"):
        return
    first = state.units[0]
    if first.start != 0:
        return
    _block(state, BlockKind.METADATA, 0, 1)
    rest = strip_span(state.text, 1, first.end)
    if rest.start < rest.end:
        state.units[0] = Span(rest.start, first.end)
    else:
        del state.units[0]


# block-level HTML tags opening a unit of scraped copy: ``<p>``, ``<div
# class="story">``, ``<br/>``
_LEADING_TAGS = re.compile(
    r"(?:<(?:p|div|br|span|article|section|blockquote|li|h[1-6])(?:\s[^<>\r\n]{0,300})?/?>\s*)+"
)  # lower case, as scrapers leave them (``<U>`` is a 1987 Reuters ticker)


# a run of block-level tags inside a unit (``</p>\n<p>``, ``<br><br>``,
# ``</h1>``, ``<figcaption>``): a paragraph boundary, like a blank line
_BLOCK_TAGS = re.compile(
    r"(?:</?(?:p|div|br|article|section|blockquote|li|ul|ol|h[1-6]|figure|figcaption"
    r"|header|footer|aside|table|tr|td|th|hr)(?![A-Za-z0-9])(?:\s[^<>\r\n]{0,300})?/?>\s*)+"
)


def _skip_leading_tags(state: ParseState) -> None:
    """The block-level tags that open a unit are markup, skipped like the
    byte order mark: a ``metadata`` block of their own, so that a dateline,
    a headline or a caption after them is read (``<p>LONDON (Reuters) -
    ...``). Block-level tags inside a unit end a paragraph there, as a blank
    line would (``</h1>\n<p>By Jane Doe</p>``, ``said.<br><br>"We ...``),
    and are ``metadata`` blocks too."""
    text = state.text
    units: list[Span] = []
    for span in state.units:
        m = _LEADING_TAGS.match(text, span.start, span.end) if text[span.start] == "<" else None
        if m is not None:
            tags = strip_span(text, span.start, m.end())
            _block(state, BlockKind.METADATA, tags.start, tags.end)
            span = strip_span(text, m.end(), span.end)
            if span.start >= span.end:
                continue
        if text.find("<", span.start, span.end) == -1:
            units.append(span)
            continue
        at = span.start
        for tag in _BLOCK_TAGS.finditer(text, span.start, span.end):
            piece = strip_span(text, at, tag.start())
            if piece.start < piece.end:
                units.append(piece)
            tags = strip_span(text, tag.start(), tag.end())
            _block(state, BlockKind.METADATA, tags.start, tags.end)
            at = tag.end()
        piece = strip_span(text, at, span.end)
        if piece.start < piece.end:
            units.append(piece)
    state.units = units


# --- header --------------------------------------------------------------------


def _read_header(state: ParseState) -> tuple[int, int] | None:
    """Read header units; return the unit and offset where the body begins."""
    dateline_unit = _dateline_ahead(state)
    for index, unit in enumerate(state.units):
        if index == dateline_unit:
            return index, unit.start
        dek = dateline_unit is not None
        start = _header_unit(state, unit.start, unit.end, dek=dek)
        if start is not None:
            return index, start
    return None


def _dateline_ahead(state: ParseState) -> int | None:
    """The unit, among the first few short ones, that opens with a dateline
    carrying an agency or a date: everything before it is header."""
    text = state.text
    for index, span in enumerate(state.units[:_HEADER_UNITS]):
        dateline = _dateline_at(state, span.start, span.end)
        if dateline is not None and (dateline.agency or _MONTH.search(dateline.text)):
            return index
        if len(text[span.start : span.end].split()) > _MAX_HEADER_WORDS:
            return None
    return None


def _dateline_at(state: ParseState, start: int, end: int) -> Dateline | None:
    """``match_dateline`` of ``text[start:end]`` with no anchor, read once
    per parse: the header is read unit by unit after the look-ahead for a
    dateline read the same units, and the stage reads the dateline's own
    unit again (the warnings it would give are kept for that reading)."""
    known = state.datelines.get((start, end))
    if known is None:
        heard: list[tuple[str, Span]] = []

        def hear(message: str, where: Span) -> None:
            heard.append((message, where))

        known = (match_dateline(state.text, start, end, None, hear), heard)
        state.datelines[(start, end)] = known
    return known[0]


def _dateline_under_caption(state: ParseState, start: int, end: int) -> int | None:
    """Where the second line of a header unit opens with a dateline carrying
    an agency or a date (``SEOUL, Nov. 28 (Yonhap) -- ``) under a first line
    that ends with a photo credit, if it does."""
    text = state.text
    line_end = _line_end(text, start, end)
    if line_end >= end:
        return None
    line_start = strip_span(text, line_end, end).start
    if line_start >= end:
        return None
    dateline = _dateline_at(state, line_start, end)
    if dateline is None or not (dateline.agency or _MONTH.search(dateline.text)):
        return None
    first = split_caption(text, start, line_end) or _bare_agency_caption(text, start, line_end)
    return line_start if first is not None and first.text.strip() else None


def _header_unit(state: ParseState, start: int, end: int, *, dek: bool) -> int | None:
    """Consume header material from a unit. Returns where the body begins in
    it, or ``None`` when the whole unit was header."""
    text = state.text
    notice = _copyright_notice(text, start, end)
    if notice is not None:
        # header lines, then a publisher's copyright notice (a database
        # export's ``(c) 2025 Reuters Limited``): no photo credit
        if notice > start:
            body_at = _header_unit(state, start, strip_span(text, start, notice).end, dek=dek)
            if body_at is not None:
                return body_at
        line_end = _line_end(text, notice, end)
        _block(state, BlockKind.METADATA, notice, line_end)
        rest = strip_span(text, line_end, end).start
        return _header_unit(state, rest, end, dek=dek) if rest < end else None
    if all(b.kind is BlockKind.METADATA for b in state.blocks) and state.published is None:
        found = parse_published(text, start, end)
        if found is not None:
            state.published, date_end = found
            _block(state, BlockKind.METADATA, start, date_end)
            start = strip_span(text, date_end, end).start
    under = _dateline_under_caption(state, start, end)
    if under is not None:
        # Yonhap's and Kyodo's caption line right over the dateline, no
        # blank line between: the caption line is read on its own
        body_at = _header_unit(state, start, strip_span(text, start, under).end, dek=True)
        return body_at if body_at is not None else under
    while start < end:
        slug = _AP_SLUG.match(text, start, end) or _PAGE_LINE.match(text, start, end)
        if slug is not None:
            _block(state, BlockKind.METADATA, start, slug.end())
            start = strip_span(text, slug.end(), end).start
            continue
        masthead = _MASTHEAD.match(text, start, end)
        if masthead is not None:
            line_end = _line_end(text, start, end)
            dated = _date_line(text, masthead.end(), line_end)
            if dated is not None:
                # a printed page's running head: the paper's name and the
                # issue's date (``THE PORTMERE HERALD   November 27, 2026``)
                if state.published is None:
                    state.published = dated
                _block(state, BlockKind.METADATA, start, line_end)
                start = strip_span(text, line_end, end).start
                continue
        note = _EDS_LINE.search(text, start, end)
        if note is not None:
            # header lines over AP's ``Eds:`` note are read on their own
            body_at = _header_unit(state, start, strip_span(text, start, note.start()).end, dek=dek)
            if body_at is not None:
                return body_at
            start = strip_span(text, note.start(), end).start
        if _EDS.match(text, start, end):
            line_end = _line_end(text, start, end)
            _block(state, BlockKind.METADATA, start, line_end)
            start = strip_span(text, line_end, end).start
            continue
        version = _UPDATE_LABEL.match(text, start, end)
        if version is not None and _dateline_at(state, version.end(), end) is not None:
            # ``UPDATED: HOUSTON (UPI) -- ``: a version label glued to the
            # dateline is a story label, the dateline follows it
            _block(state, BlockKind.METADATA, start, strip_span(text, start, version.end()).end)
            start = version.end()
            continue
        partner = _PARTNER_NOTE.match(text, start, end)
        if partner is not None:
            # ProPublica's ``This article was produced in partnership with
            # the Ledger-Sentinel.`` over the dateline: front matter
            _block(state, BlockKind.METADATA, start, strip_span(text, start, partner.end()).end)
            start = strip_span(text, partner.end(), end).start
            continue
        if _EDITORS_NOTE.match(text, start, end):
            label_end = _label_end(text, start, end)
            _block(state, BlockKind.METADATA, start, label_end)
            start = strip_span(text, label_end, end).start
            continue
        if text.startswith("Image", start):
            after_bbc = _bbc_caption(state, start, end)
            if after_bbc is not None:
                if after_bbc >= end:
                    return None
                start = after_bbc
                continue
        caption = split_caption(text, start, end)
        if caption is None and dek:
            caption = _bare_agency_caption(text, start, end)
        elif caption is None and text[end - 1] == ")":
            # a dateline with no agency or date ahead (``EDMONTON - ``)
            caption = _bare_outlet_caption(text, start, end)
        if caption is not None and not caption.text.strip() and _BYLINE.match(text, start, end):
            # ``By Jake Collier | The Associated Press``: a byline, not a credit
            caption = None
        own = _header_caption_start(text, start, end, caption)
        if own is not None and own > start:
            # a caption line under the headline, the byline or the lead,
            # no blank line between: the lines above it are read on their own
            body_at = _header_unit(state, start, strip_span(text, start, own).end, dek=dek)
            if body_at is not None:
                return body_at
            start = own
            continue
        if caption is not None:
            _add_captions(state, caption, start, end)
            return None
        if _dateline_at(state, start, end) is not None:
            return start
        at_line = _caption_lines(text, start, end)
        if at_line is not None:
            below = strip_span(text, at_line.credit_end, end)
            if not at_line.caption.text and _credit_first_text(state, below.start, below.end):
                # Bloomberg's exports set the credit line over the caption:
                # ``Photographer: Name/Bloomberg`` / ``Ana Ruiz speaks ...``
                _add_credit_first(state, at_line.caption, below)
                return None
            _add_caption(state, at_line.caption)
            start = below.start
            continue
        line_end = _line_end(text, start, end)
        dated = _date_line(text, start, line_end) if state.blocks else None
        if dated is None:
            dated = _labelled_date(text, start, line_end)
        if dated is not None:
            if state.published is None:
                state.published = dated
            _block(state, BlockKind.METADATA, start, line_end)
        elif _VERSION_NOTE_LINE.match(text, start, line_end) or (
            state.blocks
            and (
                _REL_TIME_LINE.fullmatch(text, start, line_end)
                or _UNSIGNED_LINE.fullmatch(text, start, line_end)
            )
        ):
            # ``(Adds union comment in paragraph 4)``: a story label;
            # ``Updated 2 hours ago``, ``5 min read`` under a header block
            _block(state, BlockKind.METADATA, start, line_end)
        elif (
            state.dateline is None
            and state.blocks
            and state.blocks[-1].kind is BlockKind.BYLINE
            and _STAMPED_BYLINE.fullmatch(state.blocks[-1].text) is not None
            and _CAPS_PLACE_LINE.fullmatch(text, start, end) is not None
        ):
            # Anadolu's web dateline: the place in capitals alone on its
            # line under the stamped byline (``ANKARA``)
            place = text[start:end]
            _add_dateline(
                state, Dateline(text=place, span=Span(start, end), location=place, city=place)
            )
            return None
        elif (stamped := _STAMPED_BYLINE.fullmatch(text, start, line_end)) is not None:
            # Anadolu's web byline: ``Name  |29.11.2026 - Update : 29.11.2026``
            state.bylines.append(stamped.group("name"))
            if state.published is None:
                state.published = _dotted_date(stamped)
            _block(state, BlockKind.BYLINE, start, line_end)
        elif line_end - start <= _MAX_BYLINE_CHARS and _is_byline(text, start, line_end):
            line_end = _add_byline(state, start, line_end, end)
        elif (
            state.headline is None
            and not state.bylines
            and line_end < state.units[-1].end
            and _section_label(text, start, line_end)
        ):
            # a site's section label or breadcrumb over the headline
            _block(state, BlockKind.METADATA, start, line_end)
        elif not dek and _BULLET_HEADING.match(text, start, end) is not None:
            # CNBC's ``KEY POINTS`` over its bulleted summary: a list's
            # heading in the body, no headline
            return start
        elif (
            state.headline is None
            and not state.bylines
            and _headline_like(state, start, line_end, end, dek=dek)
        ):
            kicker = _KICKER.match(text, start, line_end)
            if kicker is not None:
                label = strip_span(text, start, kicker.end())
                _block(state, BlockKind.METADATA, label.start, label.end)
                start = kicker.end()
            suffix = _UPDATE_SUFFIX.search(text, start, line_end)
            head_end = line_end if suffix is None else suffix.start()
            state.headline = text[start:head_end]
            _block(state, BlockKind.HEADLINE, start, head_end)
            if suffix is not None:
                label = strip_span(text, suffix.start(), line_end)
                _block(state, BlockKind.METADATA, label.start, label.end)
        elif (
            state.headline is None
            and not state.bylines
            and (wrapped := _wrapped_headline_end(text, start, end)) is not None
        ):
            # a headline wrapped over two or three lines above its ``By`` line
            line_end = wrapped
            state.headline = text[start:line_end]
            _block(state, BlockKind.HEADLINE, start, line_end)
        elif dek:
            # a subheading or an uncredited caption before a known dateline,
            # up to a ``By`` line under it in the same unit
            by_at = _byline_line_below(text, line_end, end)
            if by_at is None:
                # a press release's deck: one line per point, no full stops
                # (``Company to have revenue of $7.4 billion`` / ``Deal
                # expected to close in 2027``): a block per line, so that no
                # sentence runs over the line break
                _deck_lines(state, start, end)
                return None
            line_end = strip_span(text, start, by_at).end
            _block(state, BlockKind.HEADLINE, start, line_end)
        elif (
            state.headline is not None
            and not state.bylines
            and (byline_end := _unmarked_byline_end(text, start, line_end, end))
        ):
            # a web byline without ``By``: a name over its outlet (``Jane
            # Doe`` / ``Reuters``)
            state.bylines.append(text[start:line_end].strip(_TRIM))
            _block(state, BlockKind.BYLINE, start, byline_end)
            line_end = byline_end
        elif (
            state.headline is not None
            and not state.bylines
            and _names_over_date(text, start, line_end, end)
        ):
            # a syndicated page's author line without ``By`` over its date
            # line (``Jane Doe and Ada Moss`` / ``Tue, March 4, 2025 at 9:14
            # AM EST``)
            names = _NAME_SPLIT.split(text[start:line_end].strip(_TRIM))
            state.bylines.extend(n for n in names if n)
            _block(state, BlockKind.BYLINE, start, line_end)
        elif state.blocks and state.blocks[-1].kind is BlockKind.BYLINE and _bio_line(
            state, start, line_end
        ):
            # an op-ed's author line under its byline (``Ms. Delgado is a
            # contributing opinion writer.``): furniture, not the lead
            _block(state, BlockKind.METADATA, start, line_end)
        elif (
            state.headline is not None
            and not state.bylines
            and _dek_line(state, start, line_end, end)
        ):
            # one line per paragraph: a dek between the headline and the
            # byline or dateline under it
            _block(state, BlockKind.HEADLINE, start, line_end)
        else:
            return start
        start = strip_span(text, line_end, end).start
    return None


# the South Asian papers' unsigned credit under the headline: ``Our Staff
# Reporter``, ``Our Correspondent``, ``Staff Correspondent``, ``Web Desk``
# (Dawn, The Hindu, The Daily Star): no name, so no byline (bylines come
# from ``By`` lines), but header furniture, not the lead
_UNSIGNED_LINE = re.compile(
    rf"(?:(?:From{_S}+)?(?:Our|OUR){_S}+(?:(?:Own|Special|Staff|Political|Diplomatic|Legal"
    rf"|Business|Sports|City|Local){_S}+)?(?:Correspondents?|Reporters?|Bureau)"
    rf"|(?:Staff|Special){_S}+(?:Reporter|Correspondent)|(?:Web|News|Online){_S}+Desk)"
    rf"[ \t\u00a0.]*"
)
# Anadolu's web byline: a name of two to four words, a bar, the day's date
# written day first with points, maybe its update stamp after a dash
_STAMPED_BYLINE = re.compile(
    rf"(?P<name>[A-Z][\w'’\-]+(?:{_S}[A-Z][\w'’\-]+){{1,3}}){_S}*\|{_S}*"
    rf"(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>(?:19|20)\d\d)"
    rf"(?:{_S}*-{_S}*(?i:updated?){_S}*:?{_S}*\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d)?"
    rf"(?:{_S}+\d{{1,2}}:\d\d)?{_S}*"
)


_CAPS_PLACE_LINE = re.compile(rf"[A-Z][A-Z'’.\-]+(?:{_S}[A-Z][A-Z'’.\-]+){{0,3}}")


def _dotted_date(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    except ValueError:
        return None


# an op-ed's author line under the byline (NYT, WSJ, Project Syndicate
# style): the author's surname, maybe after a courtesy title, then ``is``
# or ``was``, ``a`` / ``an`` / ``the``, one sentence
_BIO_LINE = re.compile(
    rf"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?{_S}+)?(?P<name>[A-Z][\w'’\-]+)"
    rf"{_S}+(?:is|was){_S}+(?:a|an|the){_S}+[^\r\n]{{1,300}}[.!]{_S}*\Z"
)


def _bio_line(state: ParseState, start: int, line_end: int) -> bool:
    """A line naming a byline's author by surname, then what they are."""
    m = _BIO_LINE.match(state.text, start, line_end)
    if m is None or len(m.group(0)) > _MAX_BYLINE_CHARS + 100:
        return False
    surname = m.group("name")
    return any(name.split()[-1:] == [surname] for b in state.bylines for name in byline_names(b))


# a site's section label over the headline (``World News``, ``U.S.``) or a
# breadcrumb (``Home > News > World``)
_SECTION_WORDS = (
    r"(?:Home|News|World|U\.?S\.?|US|National|Nation|Local|Politics|Business|Markets?"
    r"|Economy|Money|Finance|Tech|Technology|Science|Health|Sports?|Entertainment|Culture"
    r"|Lifestyle|Life|Opinion|Crime|Weather|Climate|Environment|Travel|Education|Europe"
    r"|Asia|Africa|Americas|Middle{_S}East|UK|Latest|Top{_S}Stories|Breaking{_S}News)"
).replace("{_S}", _S)
_SECTION_LABEL = re.compile(
    rf"(?:{_SECTION_WORDS}(?:{_S}+{_SECTION_WORDS}){{0,2}}"
    rf"|[A-Z][\w&.'’\-]*(?:{_S}+[\w&.'’\-]+){{0,3}}"
    rf"(?:{_S}*[>›»]{_S}*[A-Z][\w&.'’\-]*(?:{_S}+[\w&.'’\-]+){{0,3}}){{1,5}})"
    rf"{_S}*"
)


def _deck_lines(state: ParseState, start: int, end: int) -> None:
    """``text[start:end]`` as headline blocks: one per line when every line
    but the last ends with no sentence end and the next opens in capitals
    (deck points), else one block (a subheading wrapped over its lines)."""
    text = state.text
    lines: list[tuple[int, int]] = []
    at = start
    while at < end:
        line_end = _line_end(text, at, end)
        lines.append((at, line_end))
        at = strip_span(text, line_end, end).start
    points = len(lines) > 1 and all(
        text[b].isupper() and not _LINE_RUNS_ON.search(text, a_start, a_end)
        and not _LINE_SENTENCE_END.search(text, a_start, a_end)
        for (a_start, a_end), (b, _) in itertools.pairwise(lines)
    )
    if not points:
        _block(state, BlockKind.HEADLINE, start, end)
        return
    for line_start, line_end in lines:
        _block(state, BlockKind.HEADLINE, line_start, line_end)


def _bare_agency_caption(text: str, start: int, end: int) -> Caption | None:
    """A unit over a known dateline whose sentences end with a wire's name
    in parentheses alone (Kyodo's and Yonhap's ``... on Nov. 28. (Kyodo)``):
    a caption with its credit, as ``parse_caption`` reads it on its own."""
    if text[end - 1] != ")":
        return None
    caption = split_caption(text, start, end, strict=False)
    if caption is None:
        return _bare_outlet_caption(text, start, end)
    if caption.credit is None or caption.credit.photographer is not None:
        return None
    credit = caption.credit
    agency = credit.agency or ""
    # a wire's name, or a photo agency's (Fox News Digital's ``(Getty Images)``,
    # ``(iStock)``)
    if not credit.text.startswith("(") or not (is_wire_agency(agency) or agency in PHOTO_AGENCIES):
        return None
    if not _LINE_SENTENCE_END.search(caption.text) or len(caption.text.split()) < 4:
        return None
    return caption


def _bare_outlet_caption(text: str, start: int, end: int) -> Caption | None:
    """Global News' and the Canadian broadcasters' name or scene caption
    over the dateline, credited to the outlet alone in parentheses after
    the caption's sentence end: ``Const. Amy Lee. (Global News)``. The
    outlet is one the lexicon knows as a dateline's, or a name of up to
    four capitalised words ending in a news word (``News``, ``Times``,
    ``Press``, ``TV``, ``Radio``); the caption is one line of two words at
    least."""
    m = _BARE_OUTLET.search(text, max(start, end - 60), end)
    if m is None or m.start("credit") <= start:
        return None
    name = m.group("agency")
    platform = name.lower() in _SOCIAL_PLATFORMS
    if m.group("handle") and not platform:
        return None
    known = name if platform and (m.group("handle") or m.group("shot")) else dateline_agency(name)
    photo = canonical_agency(name)
    if photo in PHOTO_AGENCIES:
        # a photo agency alone, or its file picture: ``(Getty Images/File)``
        known = photo
    words = name.lower().split()
    if words[-1] == "digital" and len(words) > 1:
        # a broadcaster's web desk: ``(Fox News Digital)``
        words.pop()
    if known is None and words[-1] not in _OUTLET_LAST_WORDS:
        return None
    body = strip_span(text, start, m.start("credit"))
    line = text[body.start : body.end]
    if "\n" in line or "\r" in line or not 2 <= len(line.split()) <= _CAPTION_MAX_WORDS:
        return None
    span = Span(m.start("credit"), m.end("credit"))
    if m.group("handle"):
        # a picture from a social media account: the handle posted it, the
        # platform is no agency (as ``Photo: X/@handle``)
        credit = Credit(text=text[span.start : span.end], span=span, photographer=m.group("handle"))
    else:
        credit = Credit(text=text[span.start : span.end], span=span, agency=known or name)
    return Caption(text=line, span=body, credit=credit)


# an outlet alone in parentheses after a sentence end, ending the unit
_BARE_OUTLET = re.compile(
    r"(?<=[.!?])[ \t\u00a0]+"
    # Fox News Digital's ``(Screenshot via X)``, ``(X/@Handle)``
    r"(?P<credit>\((?P<shot>Screenshot(?:[ \u00a0]via[ \u00a0]|/))?"
    r"(?P<agency>(?:[A-Z]|i(?=[A-Z]))[\w&'’\-]*(?:[ \u00a0][A-Z][\w&'’\-]*){0,3})"
    r"(?:/File|/(?P<handle>@\w{1,30}))?\))"
    r"[ \t\u00a0]*\Z"
)
_SOCIAL_PLATFORMS = frozenset(
    {"x", "twitter", "facebook", "instagram", "tiktok", "telegram", "threads", "youtube"}
    | {"truth social"}
)
_CAPTION_MAX_WORDS = 40  # a caption is short; a paragraph is no caption
_OUTLET_LAST_WORDS = frozenset(NEWSPAPER_WORDS) | {"press", "tv", "television", "radio"}


def _section_label(text: str, start: int, line_end: int) -> bool:
    """``World News``, ``Home > News > World`` over the headline, with more
    header under it."""
    return _SECTION_LABEL.fullmatch(text, start, line_end) is not None


def _byline_line_below(text: str, line_end: int, end: int) -> int | None:
    """Where the first ``By`` line under ``text[:line_end]`` in the unit
    ending at ``end`` begins, or ``None``."""
    while (under := _next_line(text, line_end, end)) is not None:
        if under[1] - under[0] <= _MAX_BYLINE_CHARS and _is_byline(text, under[0], under[1]):
            return under[0]
        line_end = under[1]
    return None


def _next_line(text: str, line_end: int, end: int) -> tuple[int, int] | None:
    at = strip_span(text, line_end, end).start
    return None if at >= end else (at, _line_end(text, at, end))


def _names_over_date(text: str, start: int, line_end: int, end: int) -> bool:
    """One to four names alone on their line (``Jane Doe``, ``Jane Doe and
    Ada Moss``) over a date line in the same unit."""
    if _NAME_LIST.fullmatch(text, start, line_end) is None:
        return False
    under = _next_line(text, line_end, end)
    return under is not None and _date_line(text, under[0], under[1]) is not None


def _unmarked_byline_end(text: str, start: int, line_end: int, end: int) -> int | None:
    """A name of two to four words alone on its line over an affiliation
    line (``Jane Doe`` / ``Reuters``): where the affiliation line ends."""
    if _NAME_LINE.fullmatch(text, start, line_end) is None:
        return None
    under = _next_line(text, line_end, end)
    if under is None:
        return None
    line = text[under[0] : under[1]].strip()
    if len(line) > 2 and line[0] == "(" and line[-1] == ")":
        # AAP's web byline: the agency in parentheses under the name
        # (``Jane Doe`` / ``(Australian Associated Press)``)
        line = line[1:-1]
        if "(" in line or ")" in line or not _is_agency_head(line.split()):
            return None
    if not _is_affiliation(line):
        return None
    return under[1]


def _dek_line(state: ParseState, start: int, line_end: int, end: int) -> bool:
    """A dek under the headline, in the same unit: a line that does not open
    in lower case nor end with ``,``, ``;`` or ``:``, right over a ``By``
    line or a dateline."""
    text = state.text
    line = text[start:line_end]
    if line[:1].islower() or _SENTENCE_END.search(line) or len(line.split()) > _MAX_HEADER_WORDS:
        return False
    under = _next_line(text, line_end, end)
    if under is None:
        return False
    return _is_byline(text, under[0], under[1]) or _dateline_at(state, under[0], end) is not None


def _copyright_notice(text: str, start: int, end: int) -> int | None:
    """Where the first line of ``text[start:end]`` that is a dated copyright
    notice begins: a publisher's (``Copyright 2025 Acme News Ltd.``, ``... All
    Rights Reserved.``) or one that names no photographer (``(c) 2025 The
    Associated Press``), not a dated photo credit (``© 2024 Jane Doe``)."""
    m = _COPYRIGHT_AT.match(text, start, end)
    if m is None:
        found = _COPYRIGHT_BREAK.search(text, start, end)
        if found is None:
            return None
        m = _COPYRIGHT_AT.match(text, found.end(), end)
        if m is None:  # pragma: no cover - the look-ahead matched
            return None
    at = strip_span(text, m.start(), end).start
    line_end = _line_end(text, at, end)
    if not _NOTICE.search(text, at, line_end):
        credit = find_credit(text, at, line_end, strict=False)
        if credit is not None and credit.photographer is not None:
            return None
    return at


def _labelled_date(text: str, start: int, end: int) -> dt.date | None:
    """The date of a line ``text[start:end]`` that is only a labelled date
    (``Published 10:42 AM EST, Tue Nov 12, 2024``, ``Updated: Nov. 11,
    2024``); ``None`` for anything else."""
    if not _LABELLED_DATE.match(text, start, end):
        return None
    found = parse_published(text, start, end)
    if found is None or found[1] != end:
        return None
    return found[0]


def _date_line(text: str, start: int, end: int) -> dt.date | None:
    """The date of a line ``text[start:end]`` that is only a metadata date,
    labelled (``Updated: Nov. 11, 2024``) or not (``2024-11-11T09:30:00Z``,
    ``November 11, 2024``); ``None`` for anything else."""
    dated = _labelled_date(text, start, end)
    if dated is not None:
        return dated
    found = parse_published(text, start, end)
    return found[0] if found is not None and found[1] == end else None


def _under_date_lines(text: str, start: int, end: int) -> int:
    """Where the first line at or after ``start`` (in a unit ending at
    ``end``) that is no metadata date line begins."""
    while start < end:
        line_end = _line_end(text, start, end)
        if _date_line(text, start, line_end) is None and not _VERSION_NOTE_LINE.match(
            text, start, line_end
        ):
            break
        start = strip_span(text, line_end, end).start
    return start


def _label_end(text: str, start: int, end: int) -> int:
    """The end of an editor's note at ``start``: its lines, up to a ``By``
    line or a dateline set under it in the same unit."""
    label_end = _line_end(text, start, end)
    while label_end < end:
        after = strip_span(text, label_end, end).start
        if _is_byline(text, after, _line_end(text, after, end)):
            break
        if match_dateline(text, after, end) is not None:
            break
        label_end = _line_end(text, after, end)
    return label_end


@attrs.frozen
class _CaptionAt:
    """A caption found inside a unit and the offset where it ends."""

    caption: Caption
    credit_end: int


def _header_caption_start(text: str, start: int, end: int, whole: Caption | None) -> int | None:
    """Where the first caption in the header unit ``text[start:end]`` starts
    (``whole``: the unit read as one caption), its lines read on their own."""
    at_line = _caption_lines(text, start, end)
    credit = whole.credit if whole is not None else None
    first = at_line.caption.credit if at_line is not None else None
    if at_line is not None and (credit is None or at_line.credit_end < credit.span.start):
        credit = first
    if credit is None:
        return None
    return _caption_text_start(text, start, credit.span.start, end, limit=False)


def _caption_lines(text: str, start: int, end: int) -> _CaptionAt | None:
    """A caption that ends with a credit at the end of one of the first lines
    of a unit (a caption set just above the dateline, no blank line)."""
    line_start = start
    for _ in range(6):
        line_end = _line_end(text, line_start, end)
        if line_end >= end:
            return None
        caption = split_caption(text, start, line_end)
        if caption is not None:
            return _CaptionAt(caption, line_end)
        line_start = strip_span(text, line_end, end).start
    return None


# a line that ends a sentence: a caption's text never runs on over its break
_LINE_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]{0,3}\Z")
# a line that ends inside a sentence: the line under it goes on with it
_LINE_RUNS_ON = re.compile(r"[,;:/\-–—]\Z")
_CAPTION_LINES = 6  # the most lines a caption's text runs over
# a sentence end inside a line (before a credit on the same line)
_INNER_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]{0,3}[ \t\u00a0]")
_CREDIT_LINE_CHARS = 120  # the longest line that is only a credit
# a line from its first character that is no space (to its end, spaces kept)
_TEXT_LINE = re.compile(r"[^\s\ufeff][^\r\n]*")


def _line_start(text: str, start: int, at: int) -> int:
    """The start of the line (in ``text[start:]``) holding offset ``at``,
    leading spaces skipped."""
    cut = max(text.rfind("\n", start, at), text.rfind("\r", start, at)) + 1
    return strip_span(text, max(cut, start), at).start if cut > start else start


def _own_line(text: str, start: int, end: int, unit_end: int) -> bool:
    """Whether the line ``text[start:end]`` is a header line of its own
    (a ``By`` line, a dateline, a metadata date line): never part of a
    caption."""
    return (
        (end - start <= _MAX_BYLINE_CHARS and _is_byline(text, start, end))
        or _date_line(text, start, end) is not None
        or match_dateline(text, start, unit_end) is not None
    )


def _caption_text_start(
    text: str, start: int, credit_start: int, unit_end: int, *, limit: bool
) -> int | None:
    """Where the text of a caption whose credit begins at ``credit_start``
    starts, in lines read on their own (scraped pages give one line per
    paragraph, no blank line between): the caption runs back from the
    credit's line over the lines it is hard-wrapped from, and stops at a
    line that ends a sentence, a ``By`` line, a dateline or a date line,
    and under a short line over a longer one (a headline). ``None`` when
    ``limit`` and the caption would run back over more than six lines
    (a hard-wrapped paragraph, no caption)."""
    at = _line_start(text, start, credit_start)
    credit_only = at == credit_start
    for _ in range(_CAPTION_LINES):
        if at <= start:
            return start
        above = _line_start(text, start, strip_span(text, start, at).end)
        above_end = _line_end(text, above, unit_end)
        below_end = _line_end(text, at, unit_end)
        if _own_line(text, above, above_end, unit_end) or _own_line(text, at, below_end, unit_end):
            return at
        if not credit_only and not text[at].islower():
            if _LINE_SENTENCE_END.search(text, above, above_end):
                return at
            if (
                not _LINE_RUNS_ON.search(text, above, above_end)
                and (above_end - above) * 5 < (below_end - at) * 3
            ):
                return at  # a headline or a heading over the caption
        credit_only = False
        at = above
    return None if limit and at > start else start


def _headline_like(state: ParseState, start: int, end: int, unit_end: int, *, dek: bool) -> bool:
    """Whether the line ``text[start:end]`` (in a unit ending at
    ``unit_end``) is the headline; ``dek`` says a dateline lies ahead.

    A headline is short, does not start in lower case, does not end with a
    comma, semicolon or colon, and is not the last thing in the text.

    A line with more lines under it in its unit is a headline only above a
    byline or a dateline, above the lines before a known dateline, or when
    it is much shorter than the lines under it; never when the next line
    starts in lower case: a hard-wrapped first paragraph is never cut.

    A line that ends with a full stop (as converted corpora end their
    titles) needs more evidence: a dateline ahead (with an agency or a
    date) or right under it, Title Case or a ``Label: ...`` lead. ``The
    council met on Tuesday.`` is the story's first sentence.
    """
    text = state.text
    line = text[start:end]
    if end >= state.units[-1].end:
        return False  # nothing follows: this is the story
    if (
        len(line.split()) > _MAX_HEADLINE_WORDS
        or len(line) > 250
        or line[:1].islower()
        or _SENTENCE_END.search(line) is not None
    ):
        return False
    if end < unit_end:
        # a date line under the headline (``Updated: Nov. 28, 2026``, an ISO
        # time) is header too: the byline or dateline may come under it
        after = strip_span(text, end, unit_end).start
        after = _under_date_lines(text, after, unit_end)
        # only date lines under it: the headline over its timestamp
        dated = after >= unit_end
        if dated:
            after = strip_span(text, end, unit_end).start
        after_end = _line_end(text, after, unit_end)
        framed = (
            dated
            or _is_byline(text, after, after_end)
            or _UNSIGNED_LINE.fullmatch(text, after, after_end) is not None
            or match_dateline(text, after, unit_end) is not None
        )
        if not framed and (
            text[after].islower() or not (dek or _short_line(text, start, end, unit_end))
        ):
            return False  # a wrapped paragraph
    if _FULL_STOP_END.search(line) is None or dek:
        return True
    if _HEADLINE_LEAD.match(line) is not None or _title_case(line):
        return True
    # a dateline right under it, even one without agency or date (``PORTLAND — ``)
    after = strip_span(text, end, len(text)).start
    return match_dateline(text, after, _line_end(text, after, len(text))) is not None


def _wrapped_headline_end(text: str, start: int, end: int) -> int | None:
    """The end of a headline hard-wrapped over two or three lines right above
    a ``By`` line in the unit ``text[start:end]`` (``Harbor council closes
    pier after\nyears of storm damage\nBy Jane Doe``); ``None`` when the
    lines are not such a headline: too long, opening in lower case, or one
    ending with a full stop, or the last with ``,``, ``;`` or ``:``."""
    lines: list[tuple[int, int]] = []
    at = start
    for _ in range(3):
        line_end = _line_end(text, at, end)
        if _VERSION_NOTE_LINE.match(text, at, line_end):
            return None
        lines.append((at, line_end))
        after = strip_span(text, line_end, end).start
        if after >= end:
            return None
        after_end = _line_end(text, after, end)
        if after_end - after <= _MAX_BYLINE_CHARS and _is_byline(text, after, after_end):
            break
        at = after
    else:
        return None
    last_end = lines[-1][1]
    head = text[start:last_end]
    if (
        len(lines) < 2
        or len(head.split()) > _MAX_HEADLINE_WORDS
        or len(head) > 250
        or head[:1].islower()
        or _SENTENCE_END.search(head) is not None
        or any(_FULL_STOP_END.search(text, a, b) for a, b in lines)
    ):
        return None
    return last_end


def _short_line(text: str, start: int, end: int, unit_end: int) -> bool:
    """Whether the line ``text[start:end]`` is shorter than three fifths of
    the longest of the (up to five) lines under it: hard wrapping fills
    every line but the last one."""
    longest = 0
    at = end
    for _ in range(5):
        at = strip_span(text, at, unit_end).start
        if at >= unit_end:
            break
        line_end = _line_end(text, at, unit_end)
        longest = max(longest, line_end - at)
        at = line_end
    return (end - start) * 5 < longest * 3


def _title_case(line: str) -> bool:
    """``Harbour City Votes to Rebuild Its Old Pier``: every word that is
    not a short function word is capitalised (three words at least)."""
    words = _WORD.findall(line)
    if len(words) < 3:
        return False
    return all(w[:1].isupper() for w in words if w.lower() not in _TITLE_SMALL_WORDS)


def _line_end(text: str, start: int, end: int) -> int:
    """The end of the line at ``start`` (trailing spaces excluded)."""
    cut = min(
        (i for i in (text.find("\n", start, end), text.find("\r", start, end)) if i >= 0),
        default=end,
    )
    return strip_span(text, start, cut).end


def _block(state: ParseState, kind: BlockKind, start: int, end: int) -> None:
    state.blocks.append(Block(kind, state.text[start:end], Span(start, end)))


# --- bylines ---------------------------------------------------------------------


_BYLINE_WORD = re.compile(rf"(?:By|BY|by){_S}+")


def _is_byline(text: str, start: int, line_end: int) -> bool:
    """Whether the line ``text[start:line_end]`` is a ``By ...`` line (or a
    lower-case ``by`` line of names only)."""
    if _BYLINE.match(text, start, line_end) is not None:
        return True
    if not text.startswith("by", start):
        return False
    return _LOWER_BYLINE.fullmatch(text, start, line_end) is not None


_SPACE_ENTITY = re.compile(r"&nbsp;|&#160;|&#xa0;", re.I)
_BYLINE_HANDLE = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*@[\w.]{1,40}[ \t\u00a0]*\)")


def byline_names(line: str) -> list[str]:
    """The people a ``By ...`` line names, agencies and job titles dropped.

    >>> byline_names("By Jane Doe and John Roe, Bloomberg News")
    ['Jane Doe', 'John Roe']
    >>> byline_names("By JANE DOE Associated Press Writer")
    ['JANE DOE']
    >>> byline_names("By Jane Doe | Reuters")
    ['Jane Doe']
    """
    # ``&nbsp;`` is a space in the frame; a social handle in parentheses
    # after a name (``Jane Doe (@janedoe)``) is no name and ends none
    line = _BYLINE_HANDLE.sub("", _SPACE_ENTITY.sub(" ", line))
    rest = _BYLINE_WORD.sub("", line, count=1)
    rest = _BYLINE_ROLE_LEAD.sub("", rest, count=1)
    # a bar, dash or a web page's dot (``By Jane Doe · 4 min read``) ends the names
    rest = re.split(r"\s[|–—\-·•/]\s|\(", rest, maxsplit=1)[0]
    # AFP's ``By Ali BAKEER with Mohamad ALI HARISSI in Beirut``: two names
    rest = re.sub(r"\s+with\s+(?=[A-Z])", " and ", rest)
    names: list[str] = []
    for part in _NAME_SPLIT.split(rest):
        # ``Jane Doe in London``: the place the reporter filed from is no name
        place = _BYLINE_PLACE.search(part)
        if place is not None and len(part[: place.start()].split()) >= 2:
            part = part[: place.start()]
        name = _drop_affiliation(part.strip(_TRIM))
        if name:
            names.append(name)
    return names


def _drop_affiliation(part: str) -> str:
    """``JANE DOE Associated Press`` -> ``JANE DOE``; ``AP Business Writer``
    and ``Reuters`` -> empty."""
    found = list(re.finditer(r"\S+", part))
    words = [m.group() for m in found]
    if _is_affiliation(part):
        return ""
    # a name keeps at least two words: ``By Ana Reuter`` is a person
    for i in range(2, len(words)):
        if _is_agency_head(words, i):
            return part[: found[i - 1].end()]
    return part


def _is_agency_head(words: list[str], at: int = 0) -> bool:
    """Whether ``words[at:]`` starts with a known agency."""
    for size in (3, 2, 1):
        head = " ".join(words[at : at + size])
        if len(words) - at >= size and (len(head) > 2 or head.isupper()) and canonical_agency(head):
            return True
    return False


def _is_affiliation(line: str) -> bool:
    """A wire and what follows it (``Associated Press``, ``AP Business
    Writer``, ``Bloomberg News``) or a job title (``Staff Writer``)."""
    words = line.strip(_TRIM).split()
    if not words:
        return False
    if _is_agency_head(words):
        return True
    if len(words) <= 4 and " ".join(words).lower() in CREDIT_OUTLETS:
        # a known outlet: ``By Jane Doe, Politico``, ``The Hill``, ``CQ-Roll Call``
        return True
    if len(words) <= 6 and _OUTLET_LINE.fullmatch(line.strip(_TRIM)):
        return True
    return (
        len(words) <= 4
        and words[-1].lower() in ROLE_WORDS
        # ``Courier staff writer``: a paper's name before the job
        and (all(w[:1].isupper() for w in words) or words[0][:1].isupper())
    )


# a paper's name (``Quarry Valley Examiner``, ``The Daily Ledger``), the NYT's
# ``Special to The New York Times``, a reporter's e-mail address: an
# affiliation after a byline's comma or on the line under it
_OUTLET_LINE = re.compile(
    rf"Special{_S}+to{_S}.*"
    rf"|(?:The{_S}+)?(?:[A-Z][\w'’.&\-]*{_S}+){{0,4}}(?i:{'|'.join(NEWSPAPER_WORDS)})"
    rf"|[\w.+\-]{{1,64}}@[\w\-]{{1,63}}(?:\.[\w\-]{{1,63}}){{1,4}}",
)


def _add_byline(state: ParseState, start: int, line_end: int, end: int) -> int:
    """A ``By ...`` line, and an affiliation line under it, as one block."""
    text = state.text
    names = byline_names(text[start:line_end])
    block_end = line_end
    next_start = strip_span(text, line_end, end).start
    if next_start < end:
        next_end = _line_end(text, next_start, end)
        if _is_affiliation(text[next_start:next_end]):
            block_end = next_end
    state.bylines.extend(names)
    # ``By Ana Ruiz | Published 10:42 AM EST, Tue Nov 12, 2024``
    bar = _BYLINE_DATE.search(text, start, line_end)
    if bar is not None and state.published is None:
        state.published = _labelled_date(text, bar.end(), line_end)
    _block(state, BlockKind.BYLINE, start, block_end)
    return block_end


# --- captions and dateline ----------------------------------------------------------


def _add_caption(state: ParseState, caption: Caption, unit_end: int | None = None) -> None:
    """Add ``caption`` and its blocks; a usage notice after its credit runs
    to the end of the credit's line, or to ``unit_end`` when the caption
    ends its unit (``Read More`` on the line under the credit)."""
    state.captions.append(caption)
    block = caption.span
    if caption.credit is not None:
        # the caption's block keeps the dash that sets the credit off
        # (``... 2025. - AFP PHOTO / NAME``), which the caption text leaves out
        block = strip_span(state.text, caption.span.start, caption.credit.span.start)
    if (
        block.start > 0
        and state.text[block.start - 1] == "["
        and (not state.blocks or state.blocks[-1].span.end < block.start)
    ):
        # a caption set in brackets whole (``[Photo: ... Credit: Name/AP]``):
        # its block keeps the opening bracket (the closing one is after
        # the credit)
        block = Span(block.start - 1, block.end)
    if block.end > block.start:
        state.blocks.append(Block(BlockKind.CAPTION, state.text[block.start : block.end], block))
    if caption.credit is not None:
        credit = caption.credit
        state.blocks.append(Block(BlockKind.CAPTION, credit.text, credit.span))
        # a usage notice after the credit (``/ RESTRICTED TO EDITORIAL USE``,
        # ``| License Photo``): in neither part, a caption block of its own
        notice_end = unit_end
        if notice_end is None:
            notice_end = _line_end(state.text, credit.span.end, len(state.text))
        notice = strip_span(state.text, credit.span.end, notice_end)
        if notice.end > notice.start:
            state.blocks.append(
                Block(BlockKind.CAPTION, state.text[notice.start : notice.end], notice)
            )


def _credit_first_text(state: ParseState, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, the rest of a unit under a line that is
    only a credit, is that credit's caption: one to ``_CAPTION_LINES``
    lines closed by a sentence end, no dateline, byline or date line."""
    text = state.text
    if start >= end or not _LINE_SENTENCE_END.search(text, start, end):
        return False
    if text.count("\n", start, end) >= _CAPTION_LINES:
        return False
    if _dateline_at(state, start, end) is not None:
        return False
    if _REPORT_WORD.search(text, start, end):
        return False  # ``Rates gained 2%, brokers said.``: a body paragraph
    line_end = _line_end(text, start, end)
    return not _own_line(text, start, line_end, end) and find_credit(text, start, end) is None


# a report's cue: a paragraph that has one is the body's, no caption
_REPORT_WORD = re.compile(r"\b(?:said|says|told|according\s+to)\b")


def _add_credit_first(state: ParseState, credit_line: Caption, span: Span) -> None:
    """A caption whose credit (``credit_line``, a line that is only a
    credit) stands above its text ``span``: the credit's block, then the
    text's."""
    credit = credit_line.credit
    assert credit is not None  # a line that is only a credit
    text = state.text[span.start : span.end]
    state.captions.append(Caption(text=text, span=span, credit=credit))
    state.blocks.append(Block(BlockKind.CAPTION, credit.text, credit.span))
    state.blocks.append(Block(BlockKind.CAPTION, text, span))


def _add_captions(state: ParseState, caption: Caption, start: int, end: int) -> None:
    """``text[start:end]``, which ``caption`` reads as one caption: one
    caption per line that ends with a credit (two Bloomberg captions on
    consecutive lines are two captions, each with its credit)."""
    text = state.text
    while True:
        at_line = _caption_lines(text, start, end)
        if at_line is None:
            break
        rest = strip_span(text, at_line.credit_end, end).start
        last = split_caption(text, rest, end)
        if last is None:
            break
        _add_caption(state, at_line.caption)
        start, caption = rest, last
    _add_caption(state, caption, end)


def _with_event(state: ParseState, caption: Caption, anchor: dt.date | None) -> Caption:
    if caption.span.start == caption.span.end:
        return caption
    date, place = caption_event(state.text, caption.span, anchor, state.warn)
    if date is None and place is None:
        return caption
    return attrs.evolve(caption, date=date, place=place)


def _add_dateline(state: ParseState, dateline: Dateline) -> None:
    state.dateline = dateline
    state.blocks.append(Block(BlockKind.DATELINE, dateline.text, dateline.span))
    if state.published is None and dateline.date and _YEAR.search(dateline.text):
        state.published = dt.date.fromisoformat(dateline.date)


# --- body and trailers -------------------------------------------------------------


def _signoffs_of(state: ParseState) -> tuple[list[int], list[int]]:
    """``_signoff_places`` of the parse's text, found on the first need."""
    if state.signoffs is None:
        state.signoffs = _signoff_places(state.text)
    return state.signoffs


# a live page's time stamp opening an entry, before a colon or a spaced
# dash: ``12:05 GMT - ``, ``1205 GMT: ``, ``10:45 a.m.: ``, ``10:45 a.m. — ``
# (four figures only with their zone: ``2024: ...`` is a year)
_LIVE_ZONE = r"(?:GMT|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|BST|CET|CEST|IST|JST|AEDT|AEST)"
_LIVE_STAMP = re.compile(
    rf"(?:\d{{1,2}}:\d\d(?:{_S}?(?:[ap]\.m\.|[AP]M))?(?:{_S}+{_LIVE_ZONE})?|\d{{4}}{_S}+{_LIVE_ZONE})"
    rf"(?::|{_S}+[-–—]|{_S}*--){_S}+(?=[A-Z\"“])"
)


def _body_unit(state: ParseState, start: int, end: int, *, is_last: bool) -> None:
    text = state.text
    if _PAGE_NUMBER.fullmatch(text, start, end):
        # a printed page's number alone between paragraphs (PDF text):
        # furniture, which a quote runs over
        _block(state, BlockKind.METADATA, start, end)
        return
    stamp = _LIVE_STAMP.match(text, start, end) if text[start : start + 1].isdigit() else None
    if stamp is not None:
        # a live page's entry opens on its time: ``12:05 GMT - ``, ``10:45
        # a.m.: ``: a story label, no part of the entry's first sentence
        _block(state, BlockKind.METADATA, start, strip_span(text, start, stamp.end()).end)
        start = stamp.end()
    trailer_at = _trailer_start(text, start, end, is_last=is_last, places=_signoffs_of(state))
    body_end = strip_span(text, start, trailer_at).end if trailer_at is not None else end
    if body_end > start:
        _body_text(state, start, body_end)
    if trailer_at is None:
        return
    line = _ONE_LINE.match(text, trailer_at, end)
    if line is not None:
        # the story goes on under the line: only the line is boilerplate
        _add_trailers(state, trailer_at, line.end(), is_last=False)
        _body_unit(state, strip_span(text, line.end(), end).start, end, is_last=is_last)
    else:
        _add_trailers(state, trailer_at, end, is_last=is_last)


# the BBC web page's picture block: the credit line, then the caption line,
# each after its label and a comma (``Image source, Getty Images`` /
# ``Image caption, Ana Vell was appointed in September``)
_BBC_CAPTION = re.compile(
    r"Image[ \t]+source,[ \t]+(?P<credit>[^\r\n]{1,80}?)[ \t]*(?:\r\n|\r|\n)[ \t]*"
    r"Image[ \t]+caption,[ \t]+(?P<text>[^\r\n]{1,400}?)[ \t]*(?=[\r\n]|\Z)"
)


def _bbc_caption(state: ParseState, start: int, end: int) -> int | None:
    """A BBC picture block opening ``text[start:end]`` read as a caption
    (its text the caption line's, its credit the source line); returns
    where the unit goes on, or ``None`` when there is no such block."""
    m = _BBC_CAPTION.match(state.text, start, end)
    if m is None:
        return None
    source = m.group("credit")
    credit_span = Span(start, m.end("credit"))
    credit = Credit(
        text=state.text[credit_span.start : credit_span.end],
        span=credit_span,
        agency=canonical_agency(source) or source,
    )
    span = Span(m.start("text"), m.end("text"))
    state.captions.append(Caption(text=m.group("text"), span=span, credit=credit))
    state.blocks.append(Block(BlockKind.CAPTION, credit.text, credit.span))
    label = Span(_line_start(state.text, start, span.start), span.end)
    state.blocks.append(Block(BlockKind.CAPTION, state.text[label.start : label.end], label))
    return strip_span(state.text, m.end(), end).start


def _body_text(state: ParseState, start: int, end: int) -> None:
    """Paragraphs and captions of the body text ``text[start:end]``. A unit
    that ends with a credit is a caption; a line that ends with one inside
    a unit of lines with no blank line between (a scraped page) is a
    caption with the lines it is wrapped from, the lines above and under
    it are paragraphs."""
    text = state.text
    if text.startswith("Image", start):
        rest = _bbc_caption(state, start, end)
        if rest is not None:
            start = rest
            if start >= end:
                return
    heading = _BULLET_HEADING.match(text, start, end)
    if heading is not None:
        # ``KEY POINTS`` over a bulleted list, no colon: a heading of its
        # own, no part of the first item's sentence
        head = strip_span(text, start, heading.end("head"))
        _paragraph(state, head.start, head.end)
        start = strip_span(text, heading.end("head"), end).start
    whole = split_caption(text, start, end)
    while start < end:
        inner = _inner_caption(text, start, end, whole)
        if inner is None:
            break
        own, credit_end = inner
        if own > start:
            _paragraph(state, start, strip_span(text, start, own).end)
        caption = split_caption(text, own, credit_end)
        if caption is not None:  # pragma: no branch - found as a caption
            _add_caption(state, caption)
        start = strip_span(text, credit_end, end).start
    if start >= end:
        return
    if whole is not None and whole.span.start < start:
        whole = split_caption(text, start, end)
    if whole is None or whole.credit is None:
        _paragraph(state, start, end)
        return
    at = _caption_text_start(text, start, whole.credit.span.start, end, limit=False)
    if at is not None and at > start:
        _paragraph(state, start, strip_span(text, start, at).end)
        start = at
        whole = split_caption(text, start, end)
        if whole is None:  # pragma: no cover - the same credit ends it
            _paragraph(state, start, end)
            return
    _add_captions(state, whole, start, end)


# a heading in capitals on its own line over a bulleted list (``KEY
# POINTS``, ``WHAT WE KNOW``): up to five words, no sentence end
_BULLET_HEADING = re.compile(
    r"(?P<head>[A-Z][A-Z0-9'’&\-]*(?:[ \t\u00a0]+[A-Z0-9][A-Z0-9'’&\-]*){0,4})[ \t\u00a0]*"
    r"(?:\r\n|\r|\n)[ \t\u00a0]*[-•*–—·▪][ \t\u00a0]+\S"
)


def _inner_caption(
    text: str, start: int, end: int, whole: Caption | None
) -> tuple[int, int] | None:
    """The first caption that ends with a credit at the end of a line
    inside ``text[start:end]`` (not its last line; not before a credit
    that ``whole`` reads wrapped over the last line break), with the lines
    it is read from: where it starts and where its credit ends."""
    if text.find("\n", start, end) < 0 and text.find("\r", start, end) < 0:
        return None
    stop = end
    if whole is not None and whole.credit is not None:
        stop = whole.credit.span.start
    above_ends = True  # the line above ends a sentence (or there is none)
    lines = _TEXT_LINE.finditer(text, start, end)
    line = next(lines, None)
    while line is not None:
        under = next(lines, None)
        line_start = line.start()
        line_end = line_start + len(line.group().rstrip())
        if under is None or line_end >= stop:
            return None
        # a caption line has a paragraph (or another caption) under it: the
        # next line does not go on in lower case; and it holds a sentence
        # end before its credit, or is a short credit line under a sentence
        if not text[under.start()].islower() and (
            _INNER_SENTENCE_END.search(text, line_start, line_end) is not None
            or (above_ends and line_end - line_start <= _CREDIT_LINE_CHARS)
        ):
            credit = find_credit(text, line_start, line_end)
            if credit is not None and _caption_line_text(text, line_start, credit.span.start):
                own = _caption_text_start(text, start, credit.span.start, end, limit=True)
                if own is not None:
                    return own, line_end
        above_ends = _LINE_SENTENCE_END.search(text, line_start, line_end) is not None
        line = under
    return None


def _caption_line_text(text: str, start: int, credit_start: int) -> bool:
    """Whether the text before a credit on a line inside a unit is a
    caption's: nothing (the credit under its caption) or words that end
    a sentence (``... on Nov. 6, 2025. REUTERS/Name``), not a wrapped
    line's last words (``U.S. Undersecretary of State for Economic``)."""
    # the dash or bar that sets the credit off (``... 2025. - AFP PHOTO / NAME``)
    before = text[start:credit_start].rstrip(" \t\u00a0-–—|/")
    if not before:
        return True
    return _LINE_SENTENCE_END.search(before) is not None and len(before.split()) >= 3


def _paragraph(state: ParseState, start: int, end: int) -> None:
    # the paragraph and its block share their (immutable) text and span
    body = state.text[start:end]
    span = Span(start, end)
    state.paragraphs.append(Paragraph(body, span))
    state.blocks.append(Block(BlockKind.BODY, body, span))


def _starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Where ``pattern`` is found in ``text``, every start (overlapping
    matches too), in order."""
    starts = []
    m = pattern.search(text)
    while m is not None:
        starts.append(m.start())
        m = pattern.search(text, m.start() + 1)
    return starts


def _find_all(text: str, word: str) -> list[int]:
    """Every start of ``word`` in ``text`` (overlapping ones too), in order."""
    starts = []
    at = text.find(word)
    while at >= 0:
        starts.append(at)
        at = text.find(word, at + 1)
    return starts


def _signoff_places(text: str) -> tuple[list[int], list[int]]:
    """The starts of ``_REUTER`` and of ``_ENDITEM`` in ``text``: found in
    the lower-cased text, ~10x faster than the case-insensitive searches,
    when ``str.lower`` maps each character to one (the offsets stay) and
    ``(?i)`` is ``str.lower`` for the words' letters: always for ``reuter``
    (no other character folds to its letters), for ``enditem`` unless the
    text holds the dotless ``ı`` (``(?i)`` takes it, and ``İ``, for ``i``;
    ``İ`` lower-cases to two characters)."""
    if text.isascii():
        lowered = text.lower()
        return _find_all(lowered, "reuter"), _find_all(lowered, "enditem")
    lowered = text.lower()
    if len(lowered) != len(text):
        return _starts(_REUTER, text), _starts(_ENDITEM, text)
    reuter = _find_all(lowered, "reuter")
    if "\u0131" in text:
        return reuter, _starts(_ENDITEM, text)
    return reuter, _find_all(lowered, "enditem")


def _lies_in(starts: list[int], length: int, start: int, end: int) -> bool:
    """Whether a match of ``length`` characters starting at one of ``starts``
    (sorted) lies in ``text[start:end]``: what a search of a pattern of fixed
    length, with no look-around, from ``start`` to ``end`` finds."""
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] + length <= end


def _trailer_start(
    text: str,
    start: int,
    end: int,
    *,
    is_last: bool,
    places: tuple[list[int], list[int]] | None = None,
) -> int | None:
    """Where the first trailer in ``text[start:end]`` begins, if any;
    ``places`` is ``_signoff_places(text)`` when the caller keeps it."""
    if text.find("contributed", start, end) >= 0 or text.find("reached", start, end) >= 0:
        trailer, line, breaks = _TRAILER, _TRAILER_LINE, _TRAILER_LINE_BREAK
    else:
        trailer = _TRAILER_UNCONTRIBUTED
        line, breaks = _TRAILER_LINE_UNCONTRIBUTED, _TRAILER_LINE_BREAK_UNCONTRIBUTED
    if trailer.match(text, start, end):
        return start
    if start < end and text[start] not in " \t\u00a0\r\n":
        # the line pattern's match at ``start`` (after a line break) is the
        # match just tried when no space opens the unit: only the later
        # line breaks are left to search
        found = breaks.search(text, start, end)
        m = None if found is None else line.match(text, found.end(), end)
    else:
        m = _search_lines(line, breaks, text, start, end)
    if m is not None:
        return strip_span(text, m.start(), end).start
    tail = max(start, end - 500)
    # each of these needs a word or a mark of its own in the tail: looked for
    # first (in C), it spares the pattern's search at every space; the two
    # words by their places in the text, found once per parse
    reuter, enditem = _signoff_places(text) if places is None else places
    m = _INLINE_REPORTING.search(text, tail, end) if text.find("(", tail, end) >= 0 else None
    if m is None and reuter and _lies_in(reuter, len("reuter"), tail, end):
        m = _SIGNOFF_AFTER_TEXT.search(text, tail, end)
    if m is None and enditem and _lies_in(enditem, len("enditem"), tail, end):
        m = _ENDITEM_AFTER_TEXT.search(text, tail, end)
    if m is None and _DASH_SIGNOFF.search(text, max(tail, end - 16), end) is not None:
        m = _DASH_SIGNOFF_AFTER_TEXT.search(text, max(tail, end - 30), end)
    if m is None and is_last:
        m = _search_lines(_MORE, _MORE_BREAK, text, tail, end)
    return None if m is None else m.end()


def _search_lines(
    pattern: re.Pattern[str], breaks: re.Pattern[str], text: str, start: int, end: int
) -> re.Match[str] | None:
    """``pattern.search(text, start, end)`` for a ``pattern`` that opens with
    ``(?<=[\r\n])``, found through ``breaks``: the rest of ``pattern`` as a
    look-ahead after ``[\r\n]``, which a search skips to in C."""
    if start > 0 and text[start - 1] in "\r\n":
        m = pattern.match(text, start, end)
        if m is not None:
            return m
    found = breaks.search(text, start, end)
    return None if found is None else pattern.match(text, found.end(), end)


def _add_trailers(state: ParseState, start: int, end: int, *, is_last: bool) -> None:
    """Trailer lines from ``start`` to ``end``: each trailer runs to the next
    one's start."""
    text = state.text
    cuts = [start]
    pos = start
    while True:
        # a trailer hard-wrapped over two lines is searched on after its end
        here = _TRAILER.match(text, pos, end)
        after = _line_end(text, pos, end)
        if here is not None and here.end() > after:
            after = _line_end(text, here.end(), end)
        nxt = _trailer_start(text, after, end, is_last=is_last, places=_signoffs_of(state))
        if nxt is None or nxt <= pos:
            break
        cuts.append(nxt)
        pos = nxt
    cuts.append(end)
    for a, b in itertools.pairwise(cuts):
        span = strip_span(text, a, b)
        if span.start == span.end:
            continue
        body = text[span.start : span.end]
        kind = _trailer_kind(body)
        if state.published is None and _CP_LINE.match(body):
            state.published = _written_date(body)
        trailer = Trailer(kind, body, span, tuple(trailer_names(kind, body)))
        state.trailers.append(trailer)
        state.blocks.append(Block(BlockKind.TRAILER, body, span))


def _contact_goes_on(state: ParseState, start: int, end: int) -> bool:
    """A contact block split by blank lines (Bloomberg's ``To contact the
    reporters on this story:`` over ``Ana Vu in Hanoi at avu@example.net``
    in a paragraph of its own): a unit right after a ``contact`` trailer
    whose every line is a contact line (an e-mail address, a phone number,
    or a name of two to four words) joins that trailer."""
    if not state.trailers or state.trailers[-1].kind != "contact":
        return False
    last = state.trailers[-1]
    text = state.text
    if state.blocks[-1].span != last.span or end - start > 600 or _TRAILER.match(text, start, end):
        return False
    at = start
    reachable = False  # an e-mail address or a phone number in the unit
    other = False  # a short line that is no name (``Martin Leclair, President and CEO``)
    while at < end:
        line_end = _line_end(text, at, end)
        line = text[at:line_end]
        if _BARE_EMAIL.search(line) or _PHONE.search(line):
            reachable = True
        elif _NAME_LINE.fullmatch(line.rstrip(" ,;")) is None:
            if len(line) > _CONTACT_LINE_CHARS or _LINE_SENTENCE_END.search(line):
                return False
            other = True
        at = strip_span(text, line_end, end).start
    if other and not reachable:
        return False
    span = Span(last.span.start, end)
    body = text[span.start : span.end]
    state.trailers[-1] = Trailer("contact", body, span, tuple(trailer_names("contact", body)))
    state.blocks[-1] = Block(BlockKind.TRAILER, body, span)
    return True


_BOARD_SIGNOFF = re.compile(
    r"(?i:on[ \t\u00a0]+behalf[ \t\u00a0]+of[ \t\u00a0]+the[ \t\u00a0]+board)"
)


def _signoff_goes_on(state: ParseState, start: int, end: int) -> bool:
    """The Newsfile and CNW sign-off split by blank lines: under ``ON BEHALF
    OF THE BOARD OF DIRECTORS``, the quoted signature (``"Harjit Dhanoa"``)
    and the signer's name and role, each line a name (quoted or not) or a
    short role with no sentence end, join that trailer."""
    if not state.trailers or state.trailers[-1].kind != "other":
        return False
    last = state.trailers[-1]
    text = state.text
    if (
        state.blocks[-1].span != last.span
        or end - start > 300
        or not _BOARD_SIGNOFF.match(last.text)
        or _TRAILER.match(text, start, end)
    ):
        return False
    at = start
    while at < end:
        line_end = _line_end(text, at, end)
        line = text[at:line_end].strip().strip("\"“”")
        if _NAME_LINE.fullmatch(line) is None and (
            len(line) > _CONTACT_LINE_CHARS or _LINE_SENTENCE_END.search(line)
        ):
            return False
        at = strip_span(text, line_end, end).start
    span = Span(last.span.start, end)
    body = text[span.start : span.end]
    state.trailers[-1] = Trailer("other", body, span, ())
    state.blocks[-1] = Block(BlockKind.TRAILER, body, span)
    return True


def _written_date(line: str) -> dt.date | None:
    """The first full date written in ``line`` (``March 7, 2025``)."""
    m = _WRITTEN_DATE.search(line)
    month = None if m is None else month_number(m.group("month"))
    if m is None or month is None:
        return None
    try:
        return dt.date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return None


# a phone number in a contact block: ``+1 212 555 0100``, ``(212) 555-0100``
_PHONE = re.compile(
    r"(?<!\d)(?:\+\d{1,3}[ .\-]?)?(?:\(\d{2,4}\)[ .\-]?)?\d{2,4}[ .\-]\d{3,4}"
    r"(?:[ .\-]\d{3,4})?(?!\d)"
)
_NAME_LINE = re.compile(_CREDIT_NAME)
_NAME_LIST = re.compile(
    rf"{_CREDIT_NAME}(?:(?:,{_S}+(?:and{_S}+)?|{_S}+and{_S}+){_CREDIT_NAME}){{0,3}}{_S}*"
)
_CONTACT_LINE_CHARS = 80  # the longest line of a contact block with no e-mail in it
_BARE_EMAIL = re.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}")


def _trailer_kind(body: str) -> str:
    m = _TRAILER.match(body)
    if m is None:
        # Yonhap's e-mail line, cut from the ``(END)`` under it
        return "contact" if _BARE_EMAIL.fullmatch(body) else "other"
    return m.lastgroup or "other"


def trailer_names(kind: str, body: str) -> list[str]:
    """The people a trailer credits (reporters, writers, editors).

    >>> trailer_names("reporting", "(Reporting by Ana Ruiz in Lima; Editing by Tom Poe)")
    ['Ana Ruiz', 'Tom Poe']
    >>> trailer_names("assistance", "--With assistance from Li Wei and Sam Roe.")
    ['Li Wei', 'Sam Roe']
    """
    if kind == "reporting":
        pieces = re.findall(r"\b[Bb]y\s+([^;()]+)", body)
        pieces += re.findall(r"\AEditors?\s*:\s*([^;()\r\n]+)", body)
    elif kind == "assistance":
        m = re.search(r"(?i:assistance\s+from)\s+(.+)", body, re.S)
        contributing = re.match(r"Contributing\s*:\s*(.+)", body, re.S)
        if contributing is not None:
            # USA TODAY's list: each paper's writer, then the paper after a
            # comma (``Sam Ellery, USA TODAY; The Associated Press``)
            pieces = [_CONTRIBUTING_OUTLET.sub("", p) for p in contributing.group(1).split(";")]
        elif m is None:
            # the dashes before a paper's credit, AP's ``X reported from Y.``
            m = re.match(
                r"[-–—\s]*(?:[^.\r\n]{1,80}?\sreported\s+from\s[^.\r\n]{1,60}\.\s+)?(.+?)\s+contributed\b",
                body,
                re.S,
            )
            pieces = [_STAFF.sub("", m.group(1))] if m else []
        else:
            pieces = [m.group(1)]
    elif kind == "contact":
        contacts = [m.group("name") for m in _EMAIL_NAME.finditer(body)]
        reached = _REACHED_NAME.match(body)
        if reached is not None and reached.group("name") not in contacts:
            contacts.append(reached.group("name"))
        head = _CONTACT_NAME.match(body)
        if head is not None and head.group("name") not in contacts:
            contacts.insert(0, head.group("name"))
        return contacts
    else:
        return []
    names: list[str] = []
    for piece in pieces:
        for part in _credit_parts(piece):
            # each credited writer may carry the job: ``X and AP writer Y``
            name = _NAME_TAIL.sub("", _STAFF.sub("", part) if kind == "assistance" else part)
            # a name hard-wrapped over two lines: the break is a space
            name = _NAME_BREAK.sub(" ", name)
            words = name.split()
            # the agency itself is no person: ``The Associated Press contributed``
            if _AGENCY_ONLY.fullmatch(name):
                continue
            if 0 < len(words) <= 5 and name[:1].isupper() and not any(c.isdigit() for c in name):
                names.append(name)
    return names


def _credit_parts(piece: str) -> list[str]:
    """The comma- or ``and``-separated parts of a credit list, without the
    regions written after a city: in ``Ben Alvarado in Harrisburg,
    Pennsylvania, and Dana Cole in Trenton, New Jersey`` the parts after
    ``in <city>,`` are places, not names. A region is one word or a known
    region of more words (``New Jersey``, ``South Korea``); it has no place
    of its own (``Eli Ward in Paris`` after ``in London,`` is a name)."""
    parts: list[str] = []
    after_place = False
    pos = 0
    for sep in [*_NAME_SPLIT.finditer(piece), None]:
        part = piece[pos : len(piece) if sep is None else sep.start()].strip()
        region = after_place and _CREDIT_PLACE.search(part) is None and _is_region(part)
        if not region:
            parts.append(part)
            after_place = _CREDIT_PLACE.search(part) is not None
        if sep is None:
            break
        pos = sep.end()
        # only a bare comma goes on to the region: ``in London and Eli Ward``
        after_place = after_place and sep.group().strip() == ","
    return parts


def _is_region(part: str) -> bool:
    """``Pennsylvania``, ``Del.``, ``New Jersey``: a region after a city."""
    words = part.split()
    if len(words) == 1:
        return words[0][:1].isupper()
    return " ".join(words).rstrip(".") in REGION_NAMES
