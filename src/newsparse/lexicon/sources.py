"""Who speaks: the nouns and names that tell a source's kind.

Sources: the SPEC's kinds (person, organization, anonymous, group, document,
media); the AP Stylebook's titles and its guidance on anonymous sources
("officials", "people familiar with", "who asked not to be identified");
the PolNeAR and PARC source annotations (documents and polls speak too).
All entries are lower-case head nouns or fixed phrases.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "ANONYMITY_MARKERS",
    "ANONYMOUS_HEADS",
    "BODY_SHORT_FORMS",
    "BUSINESS_NAME_WORDS",
    "COMPANY_DESCRIPTION_NOUNS",
    "CORPORATE_SUFFIXES",
    "DESCRIPTION_NOUNS",
    "DOCUMENT_HEADS",
    "GROUP_HEADS",
    "INDUSTRY_NAME_WORDS",
    "MEDIA_HEADS",
    "MEDIA_NAMES",
    "MEMBER_PLURALS",
    "NEWS_VERBS",
    "ORGANIZATION_HEADS",
    "ORGANIZATION_ROLE_NOUNS",
    "ORGANIZATION_SUFFIXES",
    "ORGANIZATION_WORDS",
    "PARTY_MEMBER_NOUNS",
    "PLACE_WORDS",
    "PRIVY_WORDS",
    "ROLE_HEADS",
    "STAFF_BODIES",
    "TITLE_COMPLEMENT_WORDS",
    "TITLE_ROLE_NOUNS",
    "TITLE_WORDS",
]

#: Head nouns of unnamed people whose identity the writer withholds.
ANONYMOUS_HEADS: frozenset[str] = frozenset(
    [
        # occupations: "a nurse said"; after a name, "Sara Lund, a nurse," the
        # job is the title
        "moderator",
        # the vox-pop trades of South Asian copy ("a vegetable seller", "a
        # rickshaw puller", "a day labourer", "a hawker") and a US "Realtor"
        "seller",
        "hawker",
        "puller",
        "labourer",
        "laborer",
        "realtor",
        "roofer",
        "nurse",
        "teacher",
        "farmer",
        "fisherman",
        "engineer",
        "pilot",
        "firefighter",
        "mechanic",
        "welder",
        "miner",
        "baker",
        "chef",
        "carpenter",
        "electrician",
        "plumber",
        "shopkeeper",
        "scientist",
        "researcher",
        "soldier",
        "guard",
        "paramedic",
        "dockworker",
        "sailor",
        "fisher",
        "rancher",
        "vendor",
        "accountant",
        "architect",
        "designer",
        "journalist",
        "photographer",
        "musician",
        "artist",
        "writer",
        "nun",
        "priest",
        "pastor",
        "imam",
        "rabbi",
        # arts, letters and scholarship: "Tom Reyes, a historian at ...", "the
        # band's drummer, Ada Lo," (``-ist`` and ``-ographer`` jobs are read
        # by their ending in ``sources.py``)
        "historian",
        "curator",
        "librarian",
        "lecturer",
        "critic",
        "editor",
        "poet",
        "painter",
        "sculptor",
        "filmmaker",
        "actor",
        "actress",
        "comedian",
        "comic",
        "dancer",
        "singer",
        "songwriter",
        "composer",
        "drummer",
        "rapper",
        "creator",
        # quantifiers standing alone: "Some say", "Others argue"
        "some",
        "many",
        "most",
        "several",
        "few",
        "both",
        "others",
        "man",
        "woman",
        "resident",
        "neighbor",
        "neighbour",
        "witness",
        "voter",
        "relative",
        "bystander",
        "passerby",
        "customer",
        "shopper",
        "worker",
        "driver",
        "official",
        "officials",
        # the unnamed officials of a government or its agencies, as
        # "officials" are ("Chinese authorities said", "health authorities")
        "authorities",
        "source",
        "sources",
        "person",
        "people",
        "aide",
        "aides",
        "insider",
        "insiders",
        "diplomat",
        "diplomats",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "spokespeople",
        "representative",
        "representatives",
        "staffer",
        "staffers",
        "employee",
        "employees",
        "executive",
        "executives",
        "banker",
        "bankers",
        "trader",
        "traders",
        "exporter",
        "exporters",
        "importer",
        "importers",
        "dealer",
        "dealers",
        "negotiator",
        "negotiators",
        "investigator",
        "investigators",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "officer",
        "officers",
        "lawmaker",
        "member",
        "members",
        "administrator",
        "insiders",
        # jobs of politics and of the trades that copy sets off after a name
        # ("Nora Bell, a pollster at Harwick College,", "a GOP consultant
        # in Fresno", "Al Tubb, 52, a machinist")
        "pollster",
        "consultant",
        "operative",
        "organizer",
        "organiser",
        "machinist",
        "technician",
        "clerk",
        "contractor",
        "bookkeeper",
        "cashier",
        "waitress",
        "waiter",
        "janitor",
        # a campaign's hired hands and an insider who reports wrongdoing
        # ("A GOP strategist in Iowa", "A whistleblower at the Pentagon")
        "strategist",
        "strategists",
        "lobbyist",
        "lobbyists",
        "whistleblower",
        "whistleblowers",
        # the jobs of science and health copy that end in no ``-ist``
        # ("Mira Holt, an astronomer at Caltech,", "a veterinarian at
        # Cornell", "a registered dietitian", "a climate modeler at NASA")
        "astronomer",
        "veterinarian",
        "dietitian",
        "dietician",
        "midwife",
        "modeler",
        "modeller",
    ]
)

#: Markers that make any speaker anonymous.
ANONYMITY_MARKERS: tuple[str, ...] = (
    "familiar with",
    "close to",
    "not to be identified",
    "not to be named",
    "anonymity",
    "not authorized",
    "not authorised",
    "declined to be identified",
    "declined to be named",
    "requested anonymity",
    "who asked not",
    "briefed on",
    "knowledgeable about",
    "with knowledge of",
    "privy to",
)

#: Collectives described by category, not hidden (SPEC: ``critics``,
#: ``six Democratic senators``, ``analysts``).
GROUP_HEADS: frozenset[str] = frozenset(
    [
        # people in the plural by standing, faith or circle (2026-11-30)
        "elders",
        "clergy",
        "bishops",
        "priests",
        "imams",
        "rabbis",
        "pastors",
        "skeptics",
        "sceptics",
        "partisans",
        "moderates",
        "colleagues",
        "classmates",
        "neighbors",
        "neighbours",
        "relatives",
        "coaches",
        "athletes",
        "actors",
        "alumni",
        "strategists",
        "lobbyists",
        "whistleblowers",
        "forecasters",
        "meteorologists",
        "booksellers",
        "owners",
        "operators",
        "traders",
        "brokers",
        "exporters",
        "importers",
        "sellers",
        "buyers",
        "shoppers",
        "commuters",
        "passengers",
        "riders",
        "tenants",
        "landlords",
        "musicians",
        "artists",
        "writers",
        "critics",
        "analysts",
        "experts",
        "economists",
        "residents",
        "lawmakers",
        "senators",
        "legislators",
        "democrats",
        "republicans",
        "voters",
        "protesters",
        "protestors",
        "activists",
        "investors",
        "supporters",
        "opponents",
        "scientists",
        "researchers",
        "doctors",
        "physicians",
        "nurses",
        "teachers",
        "workers",
        "farmers",
        "students",
        "parents",
        "citizens",
        "observers",
        "advocates",
        "campaigners",
        "environmentalists",
        "conservatives",
        "liberals",
        "progressives",
        "leaders",
        "ministers",
        "governors",
        "mayors",
        "judges",
        "prosecutors",
        "lawyers",
        "attorneys",
        "police",
        "witnesses",
        "survivors",
        "victims",
        "families",
        "family",
        "fans",
        "users",
        "customers",
        "consumers",
        "shareholders",
        "unions",
        "economists",
        "strategists",
        "pollsters",
        "historians",
        "scholars",
        "academics",
        "commentators",
        "pundits",
        "delegates",
        "candidates",
        "members",
        "rivals",
        "allies",
        "donors",
        "businesses",
        "companies",
        "firms",
        "groups",
        "organizations",
        "organisations",
        "countries",
        "nations",
        "states",
        "governments",
        "republican",
        "democrat",
        "americans",
        "europeans",
        "residents",
        "locals",
        "villagers",
        "fishermen",
        "miners",
        "drivers",
        "pilots",
        "soldiers",
        "troops",
        "veterans",
        "rescuers",
        "regulators",
        "planners",
        "engineers",
        "manufacturers",
        "retailers",
        "producers",
        "growers",
        "brokers",
        "dealers",
        "bankers",
    ]
)

#: Texts that speak (SPEC: ``the letter``, ``a report``, ``the statement``).
DOCUMENT_HEADS: frozenset[str] = frozenset(
    [
        # court and police papers: "according to a search warrant
        # application", "the arrest warrant says", "the subpoena", "the
        # docket", "the verdict form", "the jury questionnaire", "the
        # citation"; sports data: "according to NBA stats"
        "warrant",
        "warrants",
        "application",
        "subpoena",
        "subpoenas",
        "docket",
        "form",
        "questionnaire",
        "citation",
        "stats",
        # deal and listing papers: "The prospectus warns", "The term sheet says"
        "prospectus",
        "sheet",
        # an investor or board presentation seen by a reporter: "A
        # presentation seen by Reuters showed ..."
        "presentation",
        "letter",
        "decree",
        "ad",
        "ads",
        "message",
        "headline",
        "caption",
        "sign",
        "banner",
        "report",
        "statement",
        "study",
        "survey",
        "poll",
        "polls",
        "filing",
        "ruling",
        # a court's written reasons: "The majority opinion said", "The dissent said"
        "opinion",
        "dissent",
        "document",
        "documents",
        "memo",
        "memorandum",
        "draft",
        "drafts",
        # "according to a copy of the letter", "excerpts released by the
        # campaign": a record seen in part or in copy
        "copy",
        "copies",
        "excerpt",
        "excerpts",
        "complaint",
        "lawsuit",
        "suit",
        "indictment",
        "analysis",
        "proposal",
        "bill",
        "decision",
        "order",
        "release",
        "email",
        "e-mail",
        "post",
        "tweet",
        "data",
        "figures",
        "records",
        "record",
        "transcript",
        "affidavit",
        # the bills of a records story (``according to invoices``) and the
        # pages it counts (``hundreds of pages of inspection reports``)
        "invoice",
        "invoices",
        "pages",
        "petition",
        "resolution",
        "communique",
        "communiqué",
        "declaration",
        "notice",
        "guidance",
        "review",
        "audit",
        "assessment",
        "estimate",
        "estimates",
        "forecast",
        "paper",
        "article",
        "editorial",
        "op-ed",
        "book",
        "plan",
        "budget",
        "law",
        "constitution",
        "verdict",
        "judgment",
        "judgement",
        "motion",
        "brief",
        "testimony",
        "minutes",
        "agenda",
        "manifesto",
        "platform",
        "policy",
        "warning",
        "advisory",
        "bulletin",
        "circular",
        # Xinhua policy copy: "according to a guideline issued by the State
        # Council", "the guidelines said"
        "guideline",
        "guidelines",
        "directive",
        "regulation",
        "rules",
        "charter",
        "treaty",
        "agreement",
        "deal",
        "contract",
        "accord",
        "report's",
        "findings",
        "research",
        "census",
        "index",
        # records of events and counts: "according to a congressional
        # timeline", "a count by the Ledger", "the polling average"
        "timeline",
        "chronology",
        "tally",
        "tallies",
        # AFP's "according to a toll compiled by AFP based on official figures"
        "toll",
        # church texts that speak ("The encyclical says", "the apostolic
        # exhortation", "the pastoral letter", "a fatwa") and a fundraiser's
        # page ("A GoFundMe page says")
        "encyclical",
        "exhortation",
        "fatwa",
        "page",
        "count",
        "average",
        "cable",
        "cables",
        "logs",
        "summary",
        "readout",
        "dossier",
        # plurals, and records that show rather than say ("polling shows",
        # "video showed", "the numbers show")
        "reports",
        "studies",
        "surveys",
        "filings",
        "memos",
        "letters",
        "emails",
        "e-mails",
        "tweets",
        "transcripts",
        "analyses",
        "statements",
        "audits",
        "statistics",
        "results",
        "numbers",
        "polling",
        "video",
        "videos",
        "footage",
        "recording",
        "recordings",
        "average",
        "averages",
        "tally",
        "count",
        "chart",
        "slide",
        "projection",
        "projections",
        # an election commission's counting trends (PTI: "according to
        # trends released by the Election Commission")
        "trends",
        "tracker",
        # court and research papers, and a newsroom's own arithmetic
        # ("according to court papers", "a Reuters calculation", "an
        # abstract released on Monday")
        "papers",
        "calculation",
        "calculations",
        "abstract",
        "abstracts",
        "settlement",
        # local copy's records: "according to his obituary", "An autopsy
        # found", "The ordinance says"
        "obituary",
        "autopsy",
        "ordinance",
        # data tools that show rather than say ("according to CME Group's
        # FedWatch tool", "the bank's gauge of ...")
        "tool",
        "gauge",
        "indicator",
        "indicators",
        "database",
        "dashboard",
        "calculator",
        "calculations",
        "calculation",
        "swaps",
    ]
)

#: Outlets that speak as such (SPEC: ``Bloomberg reported``).
MEDIA_NAMES: frozenset[str] = frozenset(
    """the new york times|new york times|the times|the washington post|
    washington post|the post|the wall street journal|wall street journal|
    the journal|cnn|fox news|msnbc|nbc|nbc news|abc|abc news|cbs|cbs news|
    npr|pbs|bbc|the guardian|the economist|politico|axios|bloomberg|
    bloomberg news|reuters|the associated press|associated press|ap|afp|
    agence france-presse|xinhua|upi|le monde|el país|el pais|der spiegel|
    spiegel|la repubblica|corriere della sera|the financial times|
    financial times|ft|the telegraph|the independent|the atlantic|
    the new yorker|time|newsweek|usa today|the hill|breitbart|
    breitbart news|buzzfeed|buzzfeed news|huffpost|the huffington post|
    vox|slate|salon|the daily beast|the intercept|propublica|
    los angeles times|the los angeles times|chicago tribune|
    the chicago tribune|the boston globe|boston globe|al jazeera|rt|
    sputnik|tass|interfax|kyodo|yonhap|dpa|efe|ansa|pti|ani|ians|cna|
    nikkei|asahi|yomiuri|state television|state media|state tv|
    state radio|state news agency|the newspaper|the paper|the magazine|
    the broadcaster|the network|the outlet|the website|the daily|
    the tabloid|variety|deadline|deadline hollywood|the hollywood reporter|
    hollywood reporter|us weekly|people magazine|billboard|
    entertainment weekly|rolling stone|tmz|page six|e! news|vanity fair|
    techcrunch|the verge|wired|the information|stat|stat news|cnbc|
    marketwatch|barron's|forbes|fortune|business insider|semafor|
    punchbowl news|fox business|newsmax|the daily caller|daily caller|
    ria novosti|ria|ukrinform|unian|suspilne|anadolu|anadolu agency|
    al arabiya|al-arabiya|al-manar|press tv|haaretz|ynet|
    the times of israel|times of israel|the jerusalem post|
    jerusalem post|army radio|kan|the sun|the mirror|the mail on sunday|
    mail on sunday|the observer|the express|the scotsman|the herald|
    the washington examiner|washington examiner|the washington times|
    washington times|the washington free beacon|washington free beacon|
    the free beacon|the new york post|new york post|the federalist|
    mediaite|theblaze|the blaze|realclearpolitics|notus|the bulwark|puck|
    the western journal|western journal|oan|one america news|
    the free press|townhall|the dispatch|raw story|politico playbook|
    just the news|national review|mother jones|talking points memo|
    the daily wire|daily wire|the daily signal|daily signal|
    fox news digital|the nation|reason|the american conservative|
    the new republic|the daily mail|daily mail|the sun-times""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)

#: Lower-case heads of outlets (``the newspaper reported``); ``agency`` is
#: one only after ``news`` or ``press`` (a civil defence agency is a body).
MEDIA_HEADS: frozenset[str] = frozenset(
    [
        "newspaper",
        "paper",
        "magazine",
        "broadcaster",
        "network",
        "outlet",
        "website",
        "daily",
        "tabloid",
        "television",
        "tv",
        "radio",
        "channel",
        "station",
        "wire",
    ]
)

#: Endings of one-word compound names of companies and public bodies, as
#: German, Dutch and Nordic copy writes them (``Spreetal Verkehrsbetriebe``,
#: ``Stadtwerke``, ``Deutsche Bahn``, ``Bundesamt``).
ORGANIZATION_SUFFIXES: tuple[str, ...] = (
    "betriebe",
    "werke",
    "gesellschaft",
    "verband",
    "verbund",
    "bahn",
    "bahnen",
    "kasse",
    "gruppe",
    "stiftung",
    "ministerium",
    "behörde",
    "bundesamt",
    "landesamt",
    "verkehr",
    "bedrijf",
    "bolaget",
    "selskab",
    "selskap",
)

#: Last words of an incorporated company's name: ``the company`` and ``the
#: firm`` refer to such a name before any other organisation.
CORPORATE_SUFFIXES: frozenset[str] = frozenset(
    """inc inc. corp corp. corporation co co. company ltd ltd. limited plc llc
    ag sa s.a. nv n.v. gmbh se spa s.p.a. industries holdings a/s kgaa asa
    oyj bhd tbk""".split()
)

#: European and Asian legal forms that close a company's name, as written
#: (``Genmab A/S``, ``Merck KGaA``, ``BioNTech SE``, ``Volvo AB``, ``Nokia
#: Oyj``, ``Equinor ASA``, ``Petronas Chemicals Bhd``): after a capitalised
#: name each makes it a company's, never a person's (case-sensitive: ``Se``
#: and ``As`` may be words of a name).
LEGAL_FORMS: frozenset[str] = frozenset(
    """A/S ApS KGaA SE AB Oyj OYJ ASA AS Bhd Bhd. Berhad Tbk SpA S.p.A. N.V.
    S.A. B.V. PLC Plc""".split()
)

#: The trade a company's name ends on in the arts and media (``Meridian
#: Records``, ``Orrin Books``, ``Halvorsen Pictures``): the last word of a
#: capitalised name of two words or more makes it an organisation, though
#: alone or in lower case each is a common noun (``records show``).
BUSINESS_NAME_WORDS: frozenset[str] = frozenset(
    """records recordings books pictures films productions publishing
    publishers games studio music""".split()
)

#: Words that make a capitalised name an organisation.
ORGANIZATION_WORDS: frozenset[str] = frozenset(
    [
        # bodies of a trade or an art: "The Screen Guild of Westmark", "the
        # Academy of Motion Picture Arts and Sciences"
        "guild",
        "academy",
        # a union of unions: "Korean Confederation of Trade Unions"
        "unions",
        # the head of state's office as a body ("Minister in the Presidency
        # Lindiwe Moyo", South Africa; "the Presidency said", Nigeria)
        "presidency",
        # school districts and county offices: "Des Moines Public Schools",
        # "Austin ISD", "Tulsa County Emergency Management"
        "schools",
        "isd",
        "management",
        "properties",
        "realty",
        "estates",
        "enterprises",
        "ventures",
        "resources",
        "energy",
        "logistics",
        "pharmaceuticals",
        "foods",
        "brands",
        "solutions",
        "analytics",
        "sa",
        "ag",
        "nv",
        "bv",
        "gmbh",
        "spa",
        "s.a.",
        "plc",
        "lp",
        "llp",
        "cooperativa",
        "cooperative",
        "forum",
        "department",
        "ministry",
        "committee",
        "commission",
        "inc",
        "inc.",
        "corp",
        "corp.",
        "co",
        "co.",
        "ltd",
        "ltd.",
        "llc",
        "plc",
        "bank",
        "council",
        "party",
        "agency",
        "office",
        "court",
        "police",
        "union",
        "university",
        "association",
        "institute",
        "foundation",
        "group",
        "company",
        "campaign",
        # "Senate Majority PAC": a political action committee
        "pac",
        "house",
        "senate",
        "congress",
        "parliament",
        "pentagon",
        "kremlin",
        "government",
        "administration",
        "board",
        "bureau",
        "service",
        "services",
        "authority",
        "fund",
        "trust",
        "network",
        "center",
        "centre",
        "club",
        "federation",
        "league",
        "alliance",
        "coalition",
        "organization",
        "organisation",
        "society",
        "church",
        "army",
        "navy",
        "force",
        "forces",
        "command",
        "school",
        "college",
        "hospital",
        "corporation",
        "holdings",
        "industries",
        "partners",
        "capital",
        "securities",
        "airlines",
        "airways",
        "motors",
        "systems",
        "technologies",
        "labs",
        "laboratories",
        "council",
        "cabinet",
        "assembly",
        "tribunal",
        "secretariat",
        "embassy",
        "consulate",
        "mission",
        "division",
        "unit",
        "team",
        "secretariat",
        "chamber",
        "exchange",
        "reserve",
        "treasury",
        # company-name words of biotech, tech and finance press releases
        "therapeutics",
        "biosciences",
        "bioscience",
        "biotherapeutics",
        "pharma",
        "biotech",
        "biologics",
        "diagnostics",
        "medical",
        "health",
        "healthcare",
        "software",
        "robotics",
        "semiconductor",
        "semiconductors",
        "networks",
        "communications",
        "telecom",
        "media",
        "entertainment",
        "studios",
        "investments",
        "advisors",
        "advisers",
        "bancorp",
        "financial",
        "insurance",
        "shipping",
        "lines",
        "mining",
        "minerals",
        "metals",
        "chemicals",
        "automotive",
        "aerospace",
        "electric",
        "utilities",
        "dynamics",
        "innovations",
        "interactive",
        "digital",
        # a fire service (Cal Fire, Fire and Rescue); a named wildfire (the
        # Birch Fire) is no person either
        "fire",
        # an ambulance service (St John Ambulance, Ambulance Victoria)
        "ambulance",
        # campaigning groups named for what they do (Amnesty International,
        # Human Rights Watch, Oxfam International)
        "international",
        "watch",
        # units and bodies of government and research (the Science and
        # Technology Directorate, the Brookings Institution)
        "directorate",
        "inspectorate",
        "institution",
        "institutes",
        "centers",
        "centres",
        "observatory",
        # a royal or presidential household speaking (Buckingham Palace,
        # the Elysee Palace, Crystal Palace the club)
        "palace",
        # a maritime service (the coastguard; ``coast guard`` in two words
        # is read as this one)
        "coastguard",
        # programmes and initiatives of governments and the UN (the UN
        # Environment Programme, the National Health Program)
        "programme",
        "program",
        "initiative",
        # armed and border bodies named for their service (the 47th
        # Mechanized Brigade, the Qassam Brigades, Border Patrol, Customs
        # and Border Protection, Immigration and Customs Enforcement); the
        # capitalised "Guard" closing a name is read in sources.py ("a
        # prison guard" stays a person)
        "brigade",
        "brigades",
        "patrol",
        "protection",
        "enforcement",
    ]
)

#: Lower-case heads of named-by-role organisations
#: (``the ministry said``, ``the company said``).
ORGANIZATION_HEADS: frozenset[str] = frozenset(
    [
        # a body's unit or branch ("Hamas' armed wing", "the military's
        # media wing", "the bloc's executive arm", "the company's lending
        # arm"): a body, no unnamed person
        "wing",
        "arm",
        # a young company ("the Microsoft-backed startup", "the AI start-up")
        "startup",
        "start-up",
        # "The guild said", "the academy said": a body of a trade or an art
        "guild",
        "academy",
        # a peacekeeping or diplomatic mission: "The UN mission MONUSCO said"
        "mission",
        # a political action committee: "The PAC said", "a Democratic super PAC"
        "pac",
        # a ruling military council and a union of unions: "The junta said",
        # "The CGT labour confederation said"
        "junta",
        "confederation",
        "hall",
        "council",
        "municipality",
        "prefecture",
        "cooperative",
        "coalition",
        "alliance",
        "association",
        "forum",
        "trust",
        "institute",
        "ministry",
        "department",
        "company",
        "firm",
        "government",
        "administration",
        "agency",
        "commission",
        "committee",
        "council",
        "court",
        "police",
        "army",
        "military",
        "campaign",
        "party",
        "bank",
        "central-bank",
        "regulator",
        "authority",
        "authorities",
        "office",
        "embassy",
        "organization",
        "organisation",
        "group",
        "union",
        "university",
        "hospital",
        "school",
        "board",
        "bureau",
        "service",
        "team",
        "club",
        "league",
        "federation",
        "prosecutor's",
        "prosecutors'",
        "cabinet",
        "presidency",
        "kremlin",
        "pentagon",
        "white-house",
        "parliament",
        "congress",
        "senate",
        "house",
        "legislature",
        "municipality",
        "city",
        "county",
        "state",
        "province",
        "region",
        "operator",
        "airline",
        # "Heathrow airport said", "the airport said": an airport speaks as
        # the body that runs it
        "airport",
        # "the band said": a band speaks as one body
        "band",
        "manufacturer",
        "retailer",
        "insurer",
        "lender",
        "utility",
        "exchange",
        "fund",
        "panel",
        "bench",
        # religious and health bodies that speak in their own name (clergy
        # abuse and health copy: "the diocese said", "the clinic said")
        "diocese",
        "archdiocese",
        "parish",
        "synagogue",
        "mosque",
        "congregation",
        "seminary",
        "clinic",
        "laboratory",
        # charities and endowed bodies of advocacy releases: "The foundation
        # called on insurers to ...", "the charity urged"
        "foundation",
        "charity",
    ]
)

#: Role nouns: ``the minister`` refers back to the one person with that title.
# public-safety and court jobs, both role nouns (``the trooper``) and titles
# written before a name (``Trooper Ana Ruiz``, ``Public Defender``)
_PUBLIC_SAFETY_JOBS = ("trooper", "undersheriff", "coroner", "examiner", "defender", "agent")

ROLE_HEADS: frozenset[str] = frozenset(
    [
        # a candidate in AFP's and Reuters' wording: "Republican White House
        # hopeful Harlan Voigt", "the presidential hopeful"
        "hopeful",
        "wife",
        "husband",
        "ex-wife",
        "ex-husband",
        "mother",
        "father",
        "son",
        "daughter",
        "brother",
        "sister",
        "friend",
        "partner",
        "widow",
        "widower",
        "colleague",
        "boss",
        "owner",
        "fiancee",
        "fiance",
        "girlfriend",
        "boyfriend",
        "grandmother",
        "grandfather",
        "aunt",
        "uncle",
        "cousin",
        # more kin and the people close to one, as obituaries and court copy
        # set them off beside a name ("Lina Vidal, her granddaughter,")
        "granddaughter",
        "grandson",
        "grandchild",
        "niece",
        "nephew",
        "stepmother",
        "stepfather",
        "stepson",
        "stepdaughter",
        "sibling",
        "spouse",
        "fiancée",
        "mother-in-law",
        "father-in-law",
        "son-in-law",
        "daughter-in-law",
        "brother-in-law",
        "sister-in-law",
        # police, court and public-safety ranks and jobs: "Det. Tomas Brill
        # ... the detective", "Trooper Ana Ruiz ... the trooper"
        "detective",
        "sergeant",
        "lieutenant",
        "corporal",
        *_PUBLIC_SAFETY_JOBS,
        "ranger",
        "publicist",
        "teammate",
        "trainer",
        "caregiver",
        "roommate",
        "landlord",
        "biographer",
        "supervisor",
        "councillor",
        "councilor",
        "alderman",
        "superintendent",
        "inspector",
        "trustee",
        "treasurer",
        "comptroller",
        # US county election officers ("Maricopa County Recorder Phil
        # Haddad", "County Registrar Ana Ruiz")
        "recorder",
        "registrar",
        "coordinator",
        "administrator",
        "dean",
        "provost",
        "chancellor",
        "rector",
        "ombudsman",
        "envoy",
        "consul",
        "magistrate",
        "warden",
        "marshal",
        "constable",
        "officer",
        "president",
        "minister",
        "secretary",
        "senator",
        "governor",
        "mayor",
        "chairman",
        "chairwoman",
        # the AU's, SADC's and Indian copy's word (``African Union Commission
        # Chairperson Moussa Kane``)
        "chairperson",
        "chair",
        "chief",
        "director",
        "executive",
        "ceo",
        "leader",
        "premier",
        "chancellor",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "judge",
        "commissioner",
        "prosecutor",
        "attorney",
        "general",
        "lawyer",
        # the British, Irish and Australian lawyers (``His solicitor, Mark
        # Davis,``, ``the man's barrister``)
        "solicitor",
        "barrister",
        "doctor",
        "physician",
        "surgeon",
        "expert",
        "manager",
        "founder",
        "candidate",
        "nominee",
        "speaker",
        "king",
        "queen",
        "prince",
        "princess",
        # "the first lady", "the former first lady" (US)
        "lady",
        "pope",
        "pontiff",
        "bishop",
        "archbishop",
        "coach",
        "captain",
        "author",
        "professor",
        "economist",
        "analyst",
        "official",
        "officer",
        "head",
        "sheriff",
        "representative",
        "congressman",
        "congresswoman",
        "lawmaker",
        "deputy",
        "adviser",
        "advisor",
        # a legislator named again by the abbreviation of the title (``the
        # Labour MP``, ``the MLA``)
        "mp",
        "mla",
        # an office named again by its abbreviation in South Asian and
        # British copy (``Prime Minister X ... The PM said``, ``Chief
        # Minister X ... The CM``, ``SP X ... The SP``, ``Station House
        # Officer (SHO) X ... The SHO``), as PTI, IANS and PA write them
        "pm",
        "cm",
        "fm",
        "sp",
        "sho",
        # a party's head in South Asian copy (``the TMC supremo``)
        "supremo",
        # Ireland's prime minister and deputy, named again by the office
        # (``The Taoiseach said``)
        "taoiseach",
        "tánaiste",
        "tanaiste",  # state and county officers that US local copy titles (``State
        # Auditor Glen Moberg``, ``County Assessor Ann Pike``)
        "auditor",
        "controller",
        "assessor",
    ]
)

#: West African honorifics written before a name in NAN, GNA and Punch copy
#: (``Alhaji Musa Danladi``, ``Hon. Ada Obi``, ``Malam Uba Sani``, ``Engr.
#: Eze``, ``Barr. Emeka Nwankwo``, ``Madam Akosua Darko``, ``Amb. Zainab
#: Ahmed``, ``Chief Olabode George``), and the Shia clerical ranks (``Ayatollah
#: Ali Moradi``, ``Hojatoleslam``): a courtesy like ``Sheikh``, no part of the
#: name; a role set off before or after the name is the better title. So too
#: the Nigerian police ranks (``SP Josephine Adeh``, ``ASP``, ``DSP``, ``CSP``),
#: which the spokesperson's role set off before them outranks; and the Gulf
#: agencies' abbreviated styles ``H.E.`` and ``H.H.`` (``His Excellency``,
#: ``His Highness``), which are no title at all. The South Asian clerics'
#: courtesies (``Maulana Fazal Qadri``, ``Maulvi``, ``Allama``) are such too.
HONORIFIC_TITLES: frozenset[str] = frozenset(
    """alhaji alhaja alhajji hajiya hajia malam mallam madam chief hon. hon rt.
    engr. engr barr. barr comr. comr pharm. arc. amb. amb ayatollah
    hojatoleslam sp asp dsp csp h.e. h.h. maulana maulvi allama""".split()
)


#: Title words written before a name (``Finance Minister Ana Ruiz``,
#: ``US President Joe Biden``, ``Sen.``); lower-cased.
TITLE_WORDS: frozenset[str] = frozenset(
    [
        # hyphenated titles
        "secretary-general",
        # South Asian police posts ("Officer-in-Charge (OC) of Mirpur Police
        # Station", "in-charge of the Mirpur police post")
        "officer-in-charge",
        "in-charge",
        "attorney-general",
        "director-general",
        "governor-general",
        "solicitor-general",
        "inspector-general",
        "vice-president",
        "vice-chairman",
        "vice-chair",
        "editor-in-chief",
        "commander-in-chief",
        # an office won and not yet taken: "Mexico's President-elect Ana Ruiz"
        "president-elect",
        "vice-president-elect",
        "governor-elect",
        "mayor-elect",
        "senator-elect",
        "premier-elect",
        "chancellor-elect",
        # a police or fire department's public information officer:
        # "Dayton Police PIO Cara Diaz"
        "pio",
        # local offices in one word: "Councilmember Luci Willits",
        # "Alderwoman Jolene Marsh", "Selectman Colin Nash"
        "councilmember",
        "alderwoman",
        "selectman",
        "selectwoman",
        "selectboard",
        "assemblymember",
        "supervisor",
        "councillor",
        "councilor",
        "alderman",
        "superintendent",
        "inspector",
        "trustee",
        "treasurer",
        "comptroller",
        "coordinator",
        "administrator",
        "dean",
        "provost",
        "rector",
        "ombudsman",
        "envoy",
        "consul",
        "magistrate",
        "warden",
        "marshal",
        "constable",
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "sen.",
        "sen",
        "senator",
        "rep.",
        "rep",
        "representative",
        "gov.",
        "gov",
        "governor",
        "mayor",
        "lt.",
        "gen.",
        "gen",
        "general",
        "adm.",
        "col.",
        "maj.",
        "capt.",
        "sgt.",
        "dr.",
        "dr",
        "prof.",
        "professor",
        "judge",
        "justice",
        "chief",
        "chairman",
        "chairwoman",
        # the AU's, SADC's and Indian copy's word (``African Union Commission
        # Chairperson Moussa Kane``)
        "chairperson",
        "chair",
        "director",
        "ceo",
        "cfo",
        "coo",
        "executive",
        "chancellor",
        "premier",
        "ambassador",
        "commissioner",
        "attorney",
        "prosecutor",
        "sheriff",
        "speaker",
        "leader",
        "minority",
        "majority",
        "house",
        "senate",
        "state",
        "foreign",
        "finance",
        "interior",
        "defense",
        "defence",
        "justice",
        "health",
        "trade",
        "economy",
        "economic",
        "education",
        "energy",
        "environment",
        "labor",
        "labour",
        "transport",
        "treasury",
        "deputy",
        "acting",
        "former",
        "assistant",
        "associate",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "pope",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "emir",
        "rev.",
        "father",
        "sister",
        "bishop",
        "cardinal",
        "rabbi",
        "imam",
        "mr.",
        "mrs.",
        "ms.",
        "miss",
        "mr",
        "mrs",
        "ms",
        "sir",
        "dame",
        "lord",
        "lady",
        "us",
        "u.s.",
        "uk",
        "u.k.",
        "eu",
        "un",
        "u.n.",
        "white",
        "home",
        "federal",
        "national",
        "central",
        "regional",
        "district",
        "county",
        "city",
        "council",
        "councilman",
        "councilwoman",
        "commissioner",
        "coach",
        "officer",
        "detective",
        "inspector",
        "superintendent",
        "sergeant",
        "corporal",
        "private",
        "lieutenant",
        "colonel",
        "major",
        "captain",
        "admiral",
        "commander",
        "first",
        "lady",
        "republican",
        "democratic",
        "democrat",
        "presidential",
        "candidate",
        "nominee",
        "congressman",
        "congresswoman",
        "assemblyman",
        "assemblywoman",
        "economist",
        "analyst",
        "founder",
        "co-founder",
        "chief-executive",
        "managing",
        "partner",
        "principal",
        "head",
        "press",
        # the AP Stylebook's abbreviated titles before a name (military and
        # police ranks, ``Dist. Atty.``, ``Supt.``), dotted and, as British
        # and Reuters copy writes them, undotted (``Det Insp``)
        "det.",
        "det",
        "cpl.",
        "cpl",
        "cmdr.",
        "cmdr",
        "comdr.",
        "insp.",
        "insp",
        "supt.",
        "supt",
        "atty.",
        "dist.",
        "asst.",
        "dep.",
        "pvt.",
        "pfc.",
        "spc.",
        "ens.",
        "brig.",
        "msgr.",
        "fr.",
        "sgt",
        # PA style drops the points: "PC Amy Lowe", "Cllr Joan Pryor",
        # "Prof Helen Marr", "Rev Andrew Cole", "Baroness Ruddle"
        "pc",
        "cllr",
        "prof",
        "rev",
        "baroness",
        "lt",
        "capt",
        "col",
        "maj",
        "adm",
        # public-safety and court jobs written as a title before a name
        # (``Trooper``, ``Medical Examiner``, ``Public Defender``, ``Special
        # Agent``)
        *_PUBLIC_SAFETY_JOBS,
        "investigator",
        "ranger",
        "chaplain",
        "dispatcher",
        # the abbreviated titles of South Asian and British copy before a
        # name (``PM Moolchand``, ``Uttar Pradesh CM``, ``Chinese FM``, ``Labour
        # MP Jenna Corlett``, ``BJP MLA``), as PTI, IANS, APP and the
        # British press write them
        "pm",
        "cm",
        "fm",
        "mp",
        "mla",
        # Irish offices before a name: a member of the Dail (``Fine Gael TD
        # Niamh Rourke``), the prime minister and the deputy prime minister
        # (``Taoiseach Micheal Briain``, ``Tanaiste Declan Fennelly``), as RTE
        # and the Irish Times write them
        "td",
        "taoiseach",
        "tánaiste",
        "tanaiste",
        # Canadian and British police ranks (``Const. Martin Cromwell``, CP;
        # ``DCI Ruth Hale``, ``DSI``, ``DCS``, PA's detective ranks)
        "const.",
        "const",
        "dci",
        "dsi",
        "dcs",
        # church titles before a name (``Deacon Amos Pratt``)
        "deacon",
        "archdeacon",
        "archbishop",
        "vicar",
        "monsignor",
        # Indian English honorifics before a name, as ``Mr``/``Mrs`` are
        # (``Shri Mohan Kulkarno``, ``Smt. Sunita Patwardan``)
        "shri",
        "smt.",
        "smt",
        "shrimati",
        # legislative leadership posts and seats written before a name
        # (``Senate Majority Whip John Barlow``, ``Senate President Pro
        # Tempore Chuck Gaines``; ``Del. Marcus Bell``, ``Delegate``: a
        # member of a House of Delegates, AP style)
        "whip",
        "tempore",
        "del.",
        "delegate",
        # church ranks written before a name (``Ecumenical Patriarch
        # Demetrios II``, ``Grand Mufti Youssef Abdelrahman``, ``Mother
        # Superior Teresa Kowal``, ``The Venerable Tenzin Norbu``;
        # ``Metropolitan``, also a body's word, only ends a name: see
        # ``sources._split_name``)
        "patriarch",
        "mufti",
        "superior",
        "venerable",
        # executives' abbreviated titles in press releases (``Ida Brannock,
        # SVP, Global Sales``, ``EVP Dana Holt``)
        "svp",
        "evp",
        "vp",
        "cto",
        "cmo",
        "cio",
    ]
) | HONORIFIC_TITLES


#: Words after a head noun that make its phrase an unnamed, informed source:
#: ``people familiar with``, ``sources close to``, ``one official briefed on``.
PRIVY_WORDS: frozenset[str] = frozenset({"familiar", "close", "knowledgeable", "briefed", "privy"})


#: Last words of a capitalised name that make it a place or an institution
#: known by its place (``Dunmore Heights``, ``Linden Elementary``, ``Dunmore
#: General`` for its hospital): such a name is never a person's, so ``he``
#: and ``she`` do not take it. Words that are also common surnames (``Hill``,
#: ``Park``, ``Lane``, ``Field``) are left out. From the AP Stylebook's
#: address and place abbreviations and the usual US school and hospital names.
PLACE_WORDS: frozenset[str] = frozenset(
    """street st. avenue ave. road rd. boulevard blvd. square plaza heights
    valley county township district borough province airport station stadium
    arena bridge mall general memorial elementary academy clinic cathedral
    mosque temple hotel museum library theater theatre prison gardens harbour
    harbor island islands beach river mountains coast highway canal pier city
    town village republic kingdom emirate principality""".split()
)


#: What an organisation is, as wire copy names it again after its name
#: (``Nordair said ... The airline said``, ``the lender``, ``the carmaker``):
#: written alone after ``the``, such a noun is an organisation and joins the
#: one in play. From the house styles of business wires, which vary the
#: company's name with its trade.
ORGANIZATION_ROLE_NOUNS: frozenset[str] = frozenset(
    """company firm group business airline carrier lender bank carmaker
    automaker insurer retailer miner producer consortium agency operator
    manufacturer utility supplier chipmaker drugmaker conglomerate""".split()
)


#: What a title word written before a name is called again after it: ``Sen.
#: Harlan Voigt`` ... ``the senator`` / ``the lawmaker``; ``Rep.`` ... ``the
#: congresswoman``; ``Councilwoman`` ... ``the council member``. From the AP
#: Stylebook's abbreviations of titles before a name (``Gov.``, ``Lt.``,
#: ``Sgt.``, ...) and the nouns US wire copy uses for legislators.
TITLE_ROLE_NOUNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "sen.": frozenset({"senator", "lawmaker"}),
        "sen": frozenset({"senator", "lawmaker"}),
        "senator": frozenset({"lawmaker"}),
        # entertainment copy's varied epithets (``Comedian Rob Lyle ... the
        # comic said``)
        "comedian": frozenset({"comic"}),
        "comic": frozenset({"comedian"}),
        "legislator": frozenset({"lawmaker"}),
        "rep.": frozenset({"representative", "congressman", "congresswoman", "lawmaker"}),
        "rep": frozenset({"representative", "congressman", "congresswoman", "lawmaker"}),
        "representative": frozenset({"congressman", "congresswoman", "lawmaker"}),
        "congressman": frozenset({"representative", "lawmaker"}),
        "congresswoman": frozenset({"representative", "lawmaker"}),
        "assemblyman": frozenset({"assembly", "member", "lawmaker"}),
        "assemblywoman": frozenset({"assembly", "member", "lawmaker"}),
        "councilman": frozenset({"council", "member", "councilor"}),
        "councilwoman": frozenset({"council", "member", "councilor"}),
        "councilmember": frozenset({"council", "member", "councilor"}),
        "councillor": frozenset({"council", "member"}),
        "councilor": frozenset({"council", "member"}),
        "gov.": frozenset({"governor"}),
        "gov": frozenset({"governor"}),
        "lt.": frozenset({"lieutenant"}),
        "gen.": frozenset({"general"}),
        "gen": frozenset({"general"}),
        "adm.": frozenset({"admiral"}),
        "col.": frozenset({"colonel"}),
        "maj.": frozenset({"major"}),
        "capt.": frozenset({"captain"}),
        "sgt.": frozenset({"sergeant"}),
        "cmdr.": frozenset({"commander"}),
        "cpl.": frozenset({"corporal"}),
        "insp.": frozenset({"inspector"}),
        "det.": frozenset({"detective"}),
        "supt.": frozenset({"superintendent"}),
        "atty.": frozenset({"attorney"}),
        "dr.": frozenset({"doctor"}),
        "prof.": frozenset({"professor"}),
        # Nigerian and Ghanaian copy: "Hon." is a legislator's style, "the
        # lawmaker" after it; "Engr." an engineer, "Barr." a lawyer, "Amb." an
        # envoy
        "hon.": frozenset({"lawmaker", "legislator"}),
        "hon": frozenset({"lawmaker", "legislator"}),
        "engr.": frozenset({"engineer"}),
        "engr": frozenset({"engineer"}),
        "barr.": frozenset({"lawyer", "barrister"}),
        "barr": frozenset({"lawyer", "barrister"}),
        "amb.": frozenset({"ambassador", "envoy", "diplomat"}),
        "amb": frozenset({"ambassador", "envoy", "diplomat"}),
        "rev.": frozenset({"reverend", "pastor", "priest", "minister"}),
        # the Vatican's and the churches' second references (AP, Reuters):
        # "Pope Leo" ... "the pontiff"; "Father Keane" ... "the priest";
        # "Sister Ruth" ... "the nun"
        "pope": frozenset({"pontiff"}),
        "father": frozenset({"priest"}),
        "fr.": frozenset({"priest"}),
        "sister": frozenset({"nun"}),
        "ceo": frozenset({"executive", "chief"}),
        # South Asian copy's word for a party's head: "TMC chief X ... the
        # TMC supremo", "BSP president X ... the BSP supremo" (PTI, IANS)
        "chief": frozenset({"supremo"}),
        "president": frozenset({"supremo"}),
        "chairperson": frozenset({"supremo"}),
        "chairman": frozenset({"supremo"}),
        "chairwoman": frozenset({"supremo"}),
        # football's manager is "the boss" in British and Australian sport
        "manager": frozenset({"boss"}),
        "coach": frozenset({"boss"}),
    }
)


#: Singular nouns for people that describe rather than employ them (SPEC:
#: ``descriptions are not titles``): ``Sara Lund, a resident of Kelso,`` has
#: no title, while ``Sara Lund, a diplomat in Geneva,`` has one.
DESCRIPTION_NOUNS: frozenset[str] = frozenset(
    """man woman person resident neighbor neighbour witness voter relative
    bystander passerby customer shopper worker evacuee survivor homeowner
    motorist passenger victim eyewitness tenant""".split()
)


#: What a company does, as a definite description names it by that before
#: ``of`` (``the maker of Dunmore crackers``, ``the operator of the
#: pipeline``): an organisation, as business wires write it. The value says
#: whether the noun needs a named object to be a company's: ``the owner of
#: the Harbor Inn`` is one, ``the owner of the dog`` is a person, as a
#: ``parent``, a ``producer`` or a ``builder`` may be.
COMPANY_DESCRIPTION_NOUNS: Mapping[str, bool] = MappingProxyType(
    {
        "maker": False,
        "manufacturer": False,
        "operator": False,
        "developer": False,
        "supplier": False,
        "distributor": False,
        "subsidiary": False,
        "provider": False,
        "owner": True,
        "parent": True,
        "publisher": True,
        "producer": True,
        "builder": True,
    }
)


#: A party's member, named again by the party (``Lena Marsh, a Democrat,``
#: ... ``the Democrat``): a person, never the party itself.
#: Two-word places that stand for a government or police body in British
#: copy, as "the Kremlin" and "the White House" do: "Downing Street said",
#: "Scotland Yard said" are organisations, never people.
BODY_METONYMS: frozenset[str] = frozenset(
    {"downing street", "scotland yard", "new scotland yard", "no 10", "no. 10", "number 10"}
    # the Māori and Irish names of New Zealand and Irish public bodies, which
    # wire copy writes with no English word of a body (``Waka Kotahi said``,
    # ``An Garda Síochána said``)
    | {
        "waka kotahi", "te whatu ora", "kāinga ora", "kainga ora", "oranga tamariki",
        "hato hone st john", "te pūkenga", "te puni kōkiri", "te arawhiti",
        "whaikaha", "garda síochána", "an garda síochána",
    }
)

#: A government named by its capital or by its seat of power (AP: ``Washington``
#: for the U.S. government; wire copy's ``Paris said``, ``Brussels warned``,
#: ``La Moncloa said``): a whole mention that is one of these is an
#: organisation, never a person (a capital is no one's name).
SEAT_METONYMS: frozenset[str] = frozenset(
    {
        "paris", "brussels", "athens", "buenos aires", "la moncloa", "moncloa", "élysée",
        "elysee", "élysée palace", "elysee palace", "quai d'orsay", "quai d’orsay", "matignon",
        "itamaraty", "planalto", "casa rosada", "los pinos", "palacio nacional", "zhongnanhai",
        "blue house", "whitehall", "foggy bottom", "palazzo chigi", "quirinale", "tehran",
        "damascus", "caracas", "havana", "brasília", "brasilia", "bogotá", "bogota", "lima",
        "montevideo", "asunción", "asuncion", "la paz", "quito", "mexico city", "ottawa",
        "canberra", "new delhi", "islamabad", "kabul", "dhaka", "colombo", "kathmandu", "tokyo",
        "seoul", "pyongyang", "beijing", "taipei", "manila", "hanoi", "bangkok", "jakarta",
        "kuala lumpur", "putrajaya", "riyadh", "abu dhabi", "doha", "ankara", "cairo", "baghdad",
        "beirut", "amman", "tel aviv", "moscow", "kyiv", "kiev", "minsk", "warsaw", "prague",
        "budapest", "bratislava", "vienna", "berlin", "rome", "madrid", "lisbon", "london",
        "dublin", "the hague", "copenhagen", "stockholm", "oslo", "helsinki", "tallinn", "riga",
        "vilnius", "bucharest", "belgrade", "zagreb", "ljubljana", "tirana", "skopje",
        "podgorica", "sarajevo", "chisinau", "tbilisi", "yerevan", "baku", "nairobi",
        "addis ababa", "pretoria", "abuja", "rabat", "algiers", "tunis", "tripoli", "khartoum",
        "kinshasa", "dakar",
    }
)

PARTY_MEMBER_NOUNS: frozenset[str] = frozenset({"democrat", "republican", "tory"})

#: An army's command by the name of its staff (``Ukraine's General Staff``,
#: ``the Joint Staff``): a body; ``General`` is a rank only before a name.
STAFF_BODIES: frozenset[str] = frozenset({"General Staff", "Joint Staff"})


#: Conventional short forms of public bodies that no acronym rule spells:
#: wire copy's ``the Fed`` for the Federal Reserve and ``the Treasury`` for
#: the Treasury Department (AP and Reuters style). Keys are the short form in
#: lower case; values are the full names as written.
BODY_SHORT_FORMS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "fed": ("Federal Reserve", "Federal Reserve Board", "Federal Reserve System"),
        "treasury": ("Treasury Department", "Department of the Treasury", "U.S. Treasury"),
        # Reuters' and AFP's "the EU executive", "the bloc's executive arm"
        "eu executive": ("European Commission", "EU Commission"),
    }
)


#: Capitalised common nouns that close the complement of a title written
#: before a name (``Minister of State for External Affairs``, ``Ambassador
#: to the United States``, ``Special Envoy on Arctic Issues``, ``Minister
#: for Ports and Shipping``): such a word is the portfolio's or the place's,
#: never the first word of the holder's name. From the portfolio names of
#: the cabinets and the titles of envoys that wire copy writes in full.
TITLE_COMPLEMENT_WORDS: frozenset[str] = frozenset(
    """affairs issue issues question questions security highways roads road
    railways transport shipping ports waterways aviation states kingdom
    emirates nations relations development cooperation commerce industry
    industries trade planning welfare works infrastructure communications
    information technology culture tourism sports youth agriculture
    fisheries forestry environment climate change water housing employment
    justice defence defense policy science innovation investment
    investments finance economy budget revenue customs taxation
    immigration refugees minorities women children families veterans
    heritage region regions territories africa asia europe americas
    pacific arctic antarctic atlantic sea seas east west north south""".split()
)


#: Capitalised plurals for a party's or a house's members (``House
#: Democrats``, ``Some Republicans``, ``Tory MPs``, ``Senate
#: Conservatives``): the phrase they end is a group of people, never one
#: person's name and no body's.
MEMBER_PLURALS: frozenset[str] = frozenset(
    """democrats republicans conservatives liberals progressives moderates
    tories mps mlas""".split()
)


#: Industries a company's name ends on (``Tessaly Steel``, ``Brennick
#: Oil``, ``Harrow Gold``, ``Varda Retail``, ``Quill Brewing``, ``S&P
#: Global Ratings``, ``Bloomberg Economics``): the last word of a
#: capitalised name of two words or more, with no title before it and no
#: person's appositive after it, makes the name a company's, and ``the
#: company`` joins it. From the names business wires write; words that are
#: also common surnames (``Stone``, ``Glass``) are left out. The
#: energy-transition, biotech and small-cap words (``Garvey Materials``,
#: ``Orinda Bio``, ``Quintic AI``, ``Silvercrest Lithium``) were added from
#: the names Newsfile, GlobeNewswire and Business Wire releases carry.
#: The transport operators' and suppliers' words (``Great Western
#: Railway``, ``New Jersey Transit``, ``Gatwick Airport``, ``Kestrel
#: Offshore``, ``Prairie Grain``, ``Carver Auto Parts``) were added from
#: transport, farm and auto copy.
INDUSTRY_NAME_WORDS: frozenset[str] = frozenset(
    """steel steelworks gold silver copper nickel zinc aluminium aluminum
    iron coal oil gas petroleum petrochemicals refining retail retailers
    brewing breweries brewery beverages snacks dairy tobacco ratings
    economics cement textiles apparel packaging plastics electronics
    engineering construction shipbuilding railways pharmacy power
    materials associates bancshares genomics oncology wireless outfitters
    lithium uranium graphite vanadium cobalt helium hydrogen royalty
    exploration acquisition bio ai tech cannabis hemp solar renewables
    fintech payments reit infrastructure consulting cybersecurity cloud data
    gaming hospitality hotels resorts cruises distillery wines farms
    agriculture nutrition wellness cosmetics beauty pet mobility tankers
    drilling midstream pipelines water home aviation aero air jet express
    toys
    railway railways railroad transit airport airports airlines airways
    offshore grain grains parts supply supplies fertilizer fertilizers
    seeds cattle motor""".split()
)


#: Verbs in the past that open a press release's highlight or a sentence
#: before the name of the person they concern (``- Appointed Dorian Valeck as
#: Chief Medical Officer``, ``Welcomed Ana Ruiz to the board``), and in the
#: present in a release's headline (``Vantor Bank Appoints Maria Olsen as
#: Chief Risk Officer``): capitalised there, they are no part of the name.
#: From the highlights of PR Newswire, GlobeNewswire and Business Wire
#: releases.
NEWS_VERBS: frozenset[str] = frozenset(
    """appointed named hired promoted elected welcomed added announced
    completed launched signed joined acquired received secured presented
    honored honoured recognized recognised awarded congratulated thanked
    nominated reappointed re-elected
    names appoints hires promotes elects welcomes taps nominates""".split()
)


#: Words that close or open a football or rugby club's name (``Riverside
#: United``, ``Westerby City``, ``Kelso Rovers``, ``Real Castora``, ``Inter
#: Varno``, ``Sporting Varno``): the conventional club names of British,
#: Spanish, Italian and Portuguese football (Manchester United, Bristol
#: Rovers, Real Madrid, Sporting CP). No given name or surname, they make a
#: capitalised name of two or three words a club's, an organisation.
CLUB_NAME_ENDS: frozenset[str] = frozenset(
    """united city town rovers athletic wanderers albion rangers hotspur
    harriers academicals""".split()
)
CLUB_NAME_OPENERS: frozenset[str] = frozenset(
    """real inter sporting atletico atlético athletic dynamo dinamo
    olympique olympiacos""".split()
)


#: The British nations and London, which close the names of British public
#: bodies (``NHS England``, ``Transport for London``, ``Public Health
#: Scotland``, ``Historic England``, ``Sport Wales``); with an acronym, a
#: link (``for``, ``of``) or a body's word before it, such a name is a body,
#: never a person surnamed after the place. ``UK`` closes a company's unit
#: (``Skylink UK``) and no person's name at all.
NATION_NAME_ENDS: frozenset[str] = frozenset(
    "england scotland wales london ireland britain cymru uk u.k.".split()
)
#: Describing words that open the names of British public bodies before a
#: nation (``Public Health Scotland``, ``Historic England``, ``Natural
#: England``, ``Visit Wales``, ``Arts Council England``).
NATION_BODY_WORDS: frozenset[str] = frozenset(
    """public historic natural sport sports transport visit arts creative
    homes skills education tourism network national heritage""".split()
    # and the services named for their country, state or province in
    # Canadian, Australian and New Zealand copy (``Parks Canada``,
    # ``WorkSafe Victoria``, ``SafeWork NSW``, ``Surf Life Saving
    # Australia``, ``Fire and Emergency NZ``)
    + """parks worksafe safework rescue emergency surf life saving""".split()
)
#: The countries, states and provinces that close such a service's name
#: after a body's words (``Parks Canada``, ``Ambulance Victoria``,
#: ``Fire and Rescue NSW``); never a one-word body on their own.
REGION_NAME_ENDS: frozenset[str] = frozenset(
    "canada australia victoria nsw queensland tasmania nz zealand".split()
)


# the industry words a company's coined name may close on, alone or as the
# end of one word ("Delta Skyways", "Orrin Agrifoods", "Kelvar Biolabs",
# "Tessaly Aeromotors"): no surname ends so
COMPOUND_INDUSTRY_ENDS: tuple[str, ...] = tuple(
    """skyways airways airlines motors foods labs pharma logistics robotics
    dynamics therapeutics genomics""".split()
)
