"""Place names: abbreviations that end a place name with a point, and the
names of countries written in more than one word.

``REGION_ABBREVIATIONS`` is from the AP Stylebook's state abbreviations (used
in datelines and captions: ``Boca Raton, Fla.``) and the Canadian Press's
province abbreviations. A caption sentence that ends with one of these keeps
the point in its place (``in San Jose, Calif.``); any other final point ends
the sentence.

``MULTIWORD_COUNTRIES`` is from the UN's list of member and observer states
and the territories wire copy names as speakers (``Hong Kong``, ``Puerto
Rico``), in the short forms the AP Stylebook uses; names that open on a
compass word or ``New`` (``North Korea``, ``South Sudan``, ``New
Zealand``) are told by ``COMPASS_WORDS`` instead. Such a name speaking is
its government, never a person.
"""

from __future__ import annotations

__all__ = [
    "COMPASS_WORDS",
    "COUNTRIES",
    "MULTIWORD_COUNTRIES",
    "REGION_ABBREVIATIONS",
    "US_STATES",
]

REGION_ABBREVIATIONS: frozenset[str] = frozenset(
    """Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La.
    Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. Okla. Ore. Pa. Tenn. Vt.
    Va. Wash. Wis. Wyo. Alta. Man. Ont. Que. Sask. Nfld. St. Ft. Mt.""".split()
)  # fmt: skip

#: Lower-case names of countries and territories written in two or more
#: words that open on no compass word.
MULTIWORD_COUNTRIES: frozenset[str] = frozenset(
    """saudi arabia|sri lanka|costa rica|el salvador|hong kong|sierra leone|
    burkina faso|puerto rico|united states|united kingdom|united arab emirates|
    united nations|czech republic|dominican republic|central african republic|
    papua new guinea|san marino|cape verde|cabo verde|equatorial guinea|
    ivory coast|solomon islands|marshall islands|faroe islands|cayman islands|
    bosnia and herzegovina|trinidad and tobago|antigua and barbuda|
    saint lucia|st. lucia|saint kitts and nevis|vatican city|holy see|
    great britain|gaza strip|timor-leste|guinea-bissau|soviet union|
    european union|new caledonia|french guiana|french polynesia|
    republic of korea|democratic republic of congo|
    democratic republic of the congo|republic of congo|
    rhode island|district of columbia""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)

#: Words that open a place's name before one more capitalised word (``North
#: Korea``, ``South Sudan``, ``East Timor``, ``Western Sahara``, ``New
#: Zealand``, ``North Carolina``): no person's first name.
COMPASS_WORDS: frozenset[str] = frozenset(
    "north south east west northern southern eastern western new".split()
)

#: The 50 states of the United States, lower case, as the AP Stylebook spells
#: them out in the body of a story (``in Ames, Iowa, on Sunday``).
US_STATES: frozenset[str] = frozenset(
    """alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|
    florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|
    maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|
    nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|
    north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|
    south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|
    wisconsin|wyoming""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)


#: Lower-case one-word names of the UN's member and observer states (AP
#: Stylebook short forms): such a name speaking after a lower-case
#: descriptor (``mediator Qatar``, ``ally Japan``) is its government.
COUNTRIES: frozenset[str] = frozenset(
    """afghanistan albania algeria andorra angola argentina armenia australia
    austria azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize
    benin bhutan bolivia botswana brazil brunei bulgaria burundi cambodia
    cameroon canada chad chile china colombia comoros congo croatia cuba cyprus
    czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini
    ethiopia fiji finland france gabon gambia georgia germany ghana greece
    grenada guatemala guinea guyana haiti honduras hungary iceland india
    indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan
    kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia
    libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives
    mali malta mauritania mauritius mexico micronesia moldova monaco mongolia
    montenegro morocco mozambique myanmar namibia nauru nepal netherlands
    nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay
    peru philippines poland portugal qatar romania russia rwanda samoa senegal
    serbia seychelles singapore slovakia slovenia somalia spain sudan suriname
    sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
    tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu
    venezuela vietnam yemen zambia zimbabwe""".split()
)
