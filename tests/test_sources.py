"""Sources: kinds, names, titles and merging of mentions (invented examples)."""

from __future__ import annotations

import pytest

import newsparse

PREFIX = "PORT ELLIS (AP) — The council met on Tuesday to debate the harbour budget.\n\n"

Src = tuple[str, str, str | None]

SOURCES: list[tuple[str, str, list[Src]]] = [
    (
        "title-split",
        "Finance Minister Ana Ruiz said the levy would stay.",
        [("Ana Ruiz", "person", "Finance Minister")],
    ),
    (
        "appositive-title",
        "Ruiz, the finance minister, said the levy would stay.",
        [("Ruiz", "person", "finance minister")],
    ),
    (
        "role-before-the-name",
        "The levy will stay, a spokeswoman, Ana Ruiz, said.",
        [("Ana Ruiz", "person", "spokeswoman")],
    ),
    (
        "role-before-the-name-after-a-quotation",
        "“The levy stays,” the port's chief engineer, Ana Ruiz, said.",
        [("Ana Ruiz", "person", "port's chief engineer")],
    ),
    (
        "polled-by-a-named-agency-is-a-group",
        "Economists polled by the Ledger said rates would fall.",
        [("Economists polled by the Ledger", "group", None)],
    ),
    (
        "restrictive-who-clause-is-no-name",
        "The pier will close, people who attended the Harbour Fair said.",
        [("people who attended the Harbour Fair", "anonymous", None)],
    ),
    (
        "age-is-not-a-title",
        "Ana Ruiz, 62, said the levy would stay.",
        [("Ana Ruiz", "person", None)],
    ),
    (
        # a press release's ``About X`` header is boilerplate, not a fuller name
        "about-section-header-is-no-name",
        "The trial is enrolled, Veltrona said.\n\n"
        "About Veltrona\n\nVeltrona is developing therapies.",
        [("Veltrona", "organization", None)],
    ),
    (
        "organization-drops-the",
        "The Department of Harbours said the levy would stay.",
        [("Department of Harbours", "organization", None)],
    ),
    (
        "anonymous",
        "People familiar with the talks said the levy would stay.",
        [("People familiar with the talks", "anonymous", None)],
    ),
    (
        "anonymous-clause",
        "An official who asked not to be named said the levy would stay.",
        [("An official who asked not to be named", "anonymous", None)],
    ),
    (
        "group",
        "Six opposition senators said the levy would stay.",
        [("Six opposition senators", "group", None)],
    ),
    (
        "document",
        "The levy would stay, the report said.",
        [("the report", "document", None)],
    ),
    (
        "media",
        "The levy would stay, The Harbour Gazette reported.",
        [("Harbour Gazette", "media", None)],
    ),
    (
        "known-media",
        "The levy would stay, Reuters reported.",
        [("Reuters", "media", None)],
    ),
    (
        "lone-word-is-a-body",
        "Ferrolink, whose boats serve the outer islands, said fares would rise.",
        [("Ferrolink", "organization", None)],
    ),
    (
        "lone-word-with-a-role-is-a-person",
        "Ruiz, a spokeswoman for the port, said fares would rise.",
        [("Ruiz", "person", "spokeswoman for the port")],
    ),
    (
        "surname-first-name-written-in-full-elsewhere",
        "Chen Weiran said the pier would reopen. Chen said fares would rise.",
        [("Chen Weiran", "person", None)],
    ),
    (
        "poll-share-is-a-group",
        "About 4 in 10 say the levy should stay.",
        [("About 4 in 10", "group", None)],
    ),
    (
        "one-of-a-group-is-an-unnamed-person",
        "One of the ferry drivers said the crossing was icy.",
        [("One of the ferry drivers", "anonymous", None)],
    ),
    (
        "a-count-of-a-group-stays-a-group",
        "Two of the mayors said the crossing was icy.",
        [("Two of the mayors", "group", None)],
    ),
    (
        "a-body-in-a-place-is-an-organization",
        "The Norwegian Embassy in Lusaka said it would stay open.",
        [("Norwegian Embassy in Lusaka", "organization", None)],
    ),
    (
        "inverted-role-before-the-name",
        "“The tide came fast,” said Halden University oceanographer Mira Sandvik.",
        [("Mira Sandvik", "person", "Halden University oceanographer")],
    ),
    (
        "role-before-the-name-opening-the-sentence",
        "A spokeswoman, Ana Ruiz, said the levy would stay.",
        [("Ana Ruiz", "person", "spokeswoman")],
    ),
    (
        "role-before-the-name-after-according-to",
        "The levy stays, according to the port's spokeswoman, Ana Ruiz.",
        [("Ana Ruiz", "person", "port's spokeswoman")],
    ),
    (
        "a-document-with-a-participle-phrase",
        "The levy stays, according to a report released on Monday.",
        [("a report released on Monday", "document", None)],
    ),
    (
        "a-document-seen-by-an-outlet",
        "The levy stays, according to a draft seen by the Ledger.",
        [("a draft seen by the Ledger", "document", None)],
    ),
    (
        "documents-reviewed-by-an-outlet",
        "The levy stays, according to documents reviewed by the Ledger.",
        [("documents reviewed by the Ledger", "document", None)],
    ),
    (
        "a-plural-head-with-an-ing-modifier-is-a-group",
        "Crews working on the pier in Halden said the job was done.",
        [("Crews working on the pier in Halden", "group", None)],
    ),
    (
        "of-a-portfolio-word-inside-a-body-name",
        "The Bureau of Labor Statistics said prices rose.",
        [("Bureau of Labor Statistics", "organization", None)],
    ),
    (
        "for-a-title-word-inside-a-body-name",
        "Prices rose, the Office for National Statistics said.",
        [("Office for National Statistics", "organization", None)],
    ),
    (
        "a-body-name-before-a-title-and-a-name",
        "Department of Labor Secretary Ana Ruiz said prices rose.",
        [("Ana Ruiz", "person", "Department of Labor Secretary")],
    ),
    (
        "a-title-with-of-before-a-name",
        "Vice Minister of Commerce Sheng Wenhao said prices rose.",
        [("Sheng Wenhao", "person", "Vice Minister of Commerce")],
    ),
    (
        "two-people-named-together-are-a-group",
        "Ms. Ortiz and Mr. Voss said prices rose.",
        [("Ms. Ortiz and Mr. Voss", "group", None)],
    ),
    (
        "two-full-names-together-are-a-group",
        "Prices rose, Ana Ortiz and Karl Voss said.",
        [("Ana Ortiz and Karl Voss", "group", None)],
    ),
    (
        "two-lone-words-together-are-a-body",
        "Prices rose, Ortiz and Voss said.",
        [("Ortiz and Voss", "organization", None)],
    ),
    (
        "a-party-tag-with-a-two-word-town",
        "State Rep. Gail Moreau (D-Millbrook Falls) said the trail would be extended.",
        [("Gail Moreau", "person", "State Rep.")],
    ),
    (
        "a-biotech-name-is-an-organization",
        "Kestrel Therapeutics said the trial met its goal.",
        [("Kestrel Therapeutics", "organization", None)],
    ),
    (
        "inverted-role-then-the-name-gives-the-title",
        "“The levy stays,” said the town's mayor, Ana Ruiz.",
        [("Ana Ruiz", "person", "town's mayor")],
    ),
    (
        "a-hyphenated-title",
        "Secretary-General Ana Moura said the talks had stalled.",
        [("Ana Moura", "person", "Secretary-General")],
    ),
    (
        "a-title-with-of-opening-the-mention",
        "Secretary of State Dana Pryce said the talks would resume.",
        [("Dana Pryce", "person", "Secretary of State")],
    ),
    (
        "a-capitalised-plural-of-people-opening-the-sentence",
        "Paramedics said the cause was unknown.",
        [("Paramedics", "group", None)],
    ),
    (
        "an-occupation-in-an-appositive-is-a-title",
        "Sara Lund, a nurse, said the ward was full.",
        [("Sara Lund", "person", "nurse")],
    ),
    (
        "an-occupation-alone-is-an-unnamed-person",
        "A nurse said the ward was full.",
        [("A nurse", "anonymous", None)],
    ),
    (
        "a-surname-that-is-also-an-occupation-joins-the-full-name",
        "Dana Baker said the pier was safe. Baker said fares would hold.",
        [("Dana Baker", "person", None)],
    ),
    (
        "country-in-two-words",
        "South Sudan said the border would reopen. Japan and North Korea said the talks "
        "would resume.",
        [
            ("South Sudan", "organization", None),
            ("Japan and North Korea", "organization", None),
        ],
    ),
    (
        "campaigning-group-names",
        "Land Rights Watch said the evictions were unlawful. Nurses Without Borders said its "
        "clinic was shelled. Fennick International said it had counted 40 cases.",
        [
            ("Land Rights Watch", "organization", None),
            ("Nurses Without Borders", "organization", None),
            ("Fennick International", "organization", None),
        ],
    ),
    (
        "country-abbreviation-opens-a-body-name",
        "The U.S. Lighthouse Service said two keepers were rescued. The U.S. Institutes for "
        "Soil and Water said the levee held.",
        [
            ("U.S. Lighthouse Service", "organization", None),
            ("U.S. Institutes for Soil and Water", "organization", None),
        ],
    ),
    (
        "lower-case-head-before-a-named-place",
        "Health officials in Vermont said two cases were confirmed. Turnout rose, according "
        "to a survey for state broadcaster KTV.",
        [
            ("Health officials in Vermont", "anonymous", None),
            ("a survey for state broadcaster KTV", "document", None),
        ],
    ),
    (
        "full-name-of-a-body",
        "“Nobody will win,” said Ilse Varga of the Tolmen Institute for Policy Studies. "
        "Varga said turnout would be low. Dr. Pavel Roth of Easton General Hospital said "
        "beds were full.",
        [
            ("Ilse Varga", "person", "Tolmen Institute for Policy Studies"),
            ("Pavel Roth", "person", "Easton General Hospital"),
        ],
    ),
    (
        "job-noun-by-its-ending",
        "Dr. Rina Holm, a virologist at the Soren Institute, said the risk was low. Jon Tarr, "
        "a senior fellow at the Pell Center, said the plan would fail. Eda Kurt, a climate "
        "activist, said it was late.",
        [
            ("Rina Holm", "person", "virologist at the Soren Institute"),
            ("Jon Tarr", "person", "senior fellow at the Pell Center"),
            ("Eda Kurt", "person", None),
        ],
    ),
    (
        "lone-company-name-ending-in-s",
        "Corvus said profit rose. Pelios said it would cut 300 jobs.",
        [("Corvus", "organization", None), ("Pelios", "organization", None)],
    ),
    (
        "shares-of-are-no-part-of-the-company-name",
        "Shares of Tarnwell Corp. fell 5% in late trading. The company said demand was weak.",
        [("Tarnwell Corp.", "organization", None)],
    ),
    (
        "all-caps-who-is-the-health-organisation",
        "The outbreak is waning, according to the WHO. The WHO said in a statement that "
        "two clinics had closed.",
        [("WHO", "organization", None)],
    ),
    (
        "known-news-agency-is-media",
        "The rocket flew 300 km, the official KCNA news agency said. KCNA said the launch "
        "was a success. Bernama said the talks were delayed.",
        [("KCNA", "media", None), ("Bernama", "media", None)],
    ),
    (
        "first-name-with-an-age-or-a-job-is-a-person",
        "“We have no bread,” said Soraya, a 52-year-old baker. “It is cold,” said Behrouz, 19.",
        [("Soraya", "person", "baker"), ("Behrouz", "person", None)],
    ),
    (
        "possessive-body-before-a-name-is-the-title",
        "Rates will fall, Morland Economics' Ivo Sand wrote in a note. Sand said a cut was "
        "likely. Tolbrook Capital's Nia Hurst said rates would stay.",
        [
            ("Ivo Sand", "person", "Morland Economics"),
            ("Nia Hurst", "person", "Tolbrook Capital"),
        ],
    ),
    (
        "role-before-the-name-after-its-or-a-dash",
        "A Tarnwell spokeswoman, Ida Berg, said the plant was shut. Its chief executive, "
        "Ola Marr, said costs rose. The pier closed at noon - the transport minister, "
        "Eli Stone, said.",
        [
            ("Ida Berg", "person", "Tarnwell spokeswoman"),
            ("Ola Marr", "person", "chief executive"),
            ("Eli Stone", "person", "transport minister"),
        ],
    ),
    (
        "a-data-tool-is-a-document",
        "Traders see a 40% chance of a cut, according to the Bolt Exchange's RateWatch tool.",
        [("the Bolt Exchange's RateWatch tool", "document", None)],
    ),
    (
        "appositive-role-held-since-a-year",
        "Orla Brenn, chief executive since 2019, said demand was recovering.",
        [("Orla Brenn", "person", "chief executive")],
    ),
    (
        "appositive-role-holds-a-dotted-abbreviation",
        "Nell Varo, a spokeswoman for the U.N. mission, said the gate was shut. Ines Kolb, "
        "citing data from the U.S. Mint, said coins ran short.",
        [
            ("Nell Varo", "person", "spokeswoman for the U.N. mission"),
            ("Ines Kolb", "person", None),
        ],
    ),
    (
        "leading-the-before-a-title-is-a-person",
        "The Rev. Al Bell said the church would reopen. The U.S. Ambassador Ana Ruiz said "
        "the embassy would stay shut.",
        [("Al Bell", "person", "Rev."), ("Ana Ruiz", "person", "U.S. Ambassador")],
    ),
    (
        "abbreviated-rank-and-job-title-before-a-name",
        "Det. Tomas Brill said the lane was shut. Cpl. Inge Marl said a van had rolled. "
        "Medical Examiner Ona Pratt said two people died. Vell County Highway Patrol Trooper "
        "Rui Sousa said the road would reopen. Sgt. 1st Class Edda Lorne said troops helped. "
        "Special Agent Kip Hanlon said the driver fled.",
        [
            ("Tomas Brill", "person", "Det."),
            ("Inge Marl", "person", "Cpl."),
            ("Ona Pratt", "person", "Medical Examiner"),
            ("Rui Sousa", "person", "Vell County Highway Patrol Trooper"),
            ("Edda Lorne", "person", "Sgt. 1st Class"),
            ("Kip Hanlon", "person", "Special Agent"),
        ],
    ),
    (
        "capitalised-noun-for-a-person-before-a-name",
        "Firefighter Lio Banks said the roof fell in. Bystander Mara Quist said she heard a bang.",
        [("Lio Banks", "person", "Firefighter"), ("Mara Quist", "person", None)],
    ),
    (
        "team-or-city-possessive-before-a-name",
        "Harwick's Milo Brandt said the team needed the win. The Kelso Hawks' Ada Rowe "
        "said the ice was soft.",
        [("Milo Brandt", "person", "Harwick"), ("Ada Rowe", "person", "Kelso Hawks")],
    ),
    (
        "company-named-by-what-it-does",
        "The biscuits will return, the maker of Tolvo biscuits said. The owner of the Gull "
        "Inn said rooms were full. The owner of the dog said it was calm.",
        [
            ("maker of Tolvo biscuits", "organization", None),
            ("owner of the Gull Inn", "organization", None),
            ("The owner of the dog", "anonymous", None),
        ],
    ),
    (
        "unnamed-kin-and-role-are-anonymous",
        "“He cooked every night,” his granddaughter said. “We will appeal,” her lawyer said. "
        "“It was kind,” his publicist said. “It is over,” de Vries said.",
        [
            ("his granddaughter", "anonymous", None),
            ("her lawyer", "anonymous", None),
            ("his publicist", "anonymous", None),
            ("de Vries", "person", None),
        ],
    ),
    (
        "kin-or-role-after-a-possessive-determiner-is-a-title",
        "Lina Vidal, her granddaughter, said he cooked every night. Karl Berg, his lawyer, "
        "said the case was weak. Pell, his neighbor, said he was quiet.",
        [
            ("Lina Vidal", "person", "granddaughter"),
            ("Karl Berg", "person", "lawyer"),
            ("Pell", "person", None),
        ],
    ),
    (
        "police-rank-named-again-by-its-noun",
        "Det. Tomas Brill said the lane was shut. The detective added that no one was hurt. "
        "Trooper Ada Vell said a van rolled. The trooper said it was empty.",
        [("Tomas Brill", "person", "Det."), ("Ada Vell", "person", "Trooper")],
    ),
    (
        "a-role-before-the-name-after-a-doubled-space",
        "Members voted.  A spokesman for the Dock Guild, Rafe Collum, said the plan was unfair.",
        [("Rafe Collum", "person", "spokesman for the Dock Guild")],
    ),
    (
        "a-role-before-the-name-after-a-non-breaking-space",
        "Members voted.\u00a0A spokesman for the Dock Guild, Rafe Collum, said the plan was "
        "unfair.",
        [("Rafe Collum", "person", "spokesman for the Dock Guild")],
    ),
    (
        "a-role-before-the-name-wrapped-after-its-article",
        "A\nspokesman for the Dock Guild, Rafe Collum, said the plan was unfair.",
        [("Rafe Collum", "person", "spokesman for the Dock Guild")],
    ),
    (
        "a-degree-after-the-name-is-skipped-for-the-title",
        "“The trial worked,” said Marta Quill, Ph.D., President of Televance.",
        [("Marta Quill", "person", "President of Televance")],
    ),
    (
        "arts-and-letters-jobs-are-titles",
        "Nils Ambery, a historian at Brayford College, said the site was old. "
        "Ines Varro, a curator at the Halden Museum, said the map was fake. "
        "Pia Lund, a film critic for the Kell Gazette, said the film failed.",
        [
            ("Nils Ambery", "person", "historian at Brayford College"),
            ("Ines Varro", "person", "curator at the Halden Museum"),
            ("Pia Lund", "person", "film critic for the Kell Gazette"),
        ],
    ),
    (
        "a-possessive-role-before-the-name-is-a-title",
        "The band's drummer, Rocco Vane, said the tour was over.",
        [("Rocco Vane", "person", "band's drummer")],
    ),
    (
        "a-capitalised-job-opening-the-sentence-is-the-title",
        "Singer Faye Orlund said the tour was off.",
        [("Faye Orlund", "person", "Singer")],
    ),
    (
        "a-label-publisher-or-studio-name-is-an-organization",
        "Larkspur Records said the album was late. Fenwick Books said the novel was late. "
        "Osgood Pictures said the film was late.",
        [
            ("Larkspur Records", "organization", None),
            ("Fenwick Books", "organization", None),
            ("Osgood Pictures", "organization", None),
        ],
    ),
    (
        "a-lower-case-noun-and-a-place-is-a-description",
        "Concertgoers in Wichita said the show was loud. A volunteer from Akron said it was full.",
        [
            ("Concertgoers in Wichita", "group", None),
            ("A volunteer from Akron", "anonymous", None),
        ],
    ),
    (
        "a-lower-case-role-before-a-name-first-written-as-no-speaker",
        "Brixham manager Colm Tarrant was furious. “We were robbed,” Tarrant said.",
        [("Colm Tarrant", "person", "Brixham manager")],
    ),
    (
        "a-document-with-a-participle-phrase-is-a-document",
        "A survey conducted in March found that most nurses back the plan. Morvale Research "
        "calculations show rents rose. Traders added bets on a cut, swaps showed.",
        [
            ("A survey conducted in March", "document", None),
            ("Morvale Research calculations", "document", None),
            ("swaps", "document", None),
        ],
    ),
    (
        "a-bench-of-judges-is-the-court",
        "The state had failed to act, the bench said.",
        [("bench", "organization", None)],
    ),
    (
        "a-headline-body-role-alone-is-anonymous",
        "Orvane chief says bid undervalues company\n\nThe bid is due on Friday.",
        [("Orvane chief", "anonymous", None)],
    ),
    (
        "a-title-with-a-capitalised-complement",
        "Tarnish Ambassador to Norway Ilse Marrow said the talks would resume. "
        "Minister of State for Coastal Affairs Devika Raman Iyer said the port would open. "
        "Tarnish Ambassador to the United Kingdom Bo Lindqvar said ties were strong. "
        "Minister for Ports and Shipping Arun Kesari said the pier would reopen.",
        [
            ("Ilse Marrow", "person", "Tarnish Ambassador to Norway"),
            ("Devika Raman Iyer", "person", "Minister of State for Coastal Affairs"),
            ("Bo Lindqvar", "person", "Tarnish Ambassador to the United Kingdom"),
            ("Arun Kesari", "person", "Minister for Ports and Shipping"),
        ],
    ),
    (
        "abbreviated-titles-before-a-name-and-after-the",
        "Labour MP Jenna Corlett said the bill was unfair. “They deserve a call,” the Labour MP "
        "said. The MP said the vote was close. Madhya Pradesh CM Suresh Pawarkar said the dam "
        "would open. Rural Party MLA Devraj Sood said it was late. Prime Minister Arvind "
        "Moolchand said it was fair. PM Moolchand said it would pass.",
        [
            ("Jenna Corlett", "person", "Labour MP"),
            ("Suresh Pawarkar", "person", "Madhya Pradesh CM"),
            ("Devraj Sood", "person", "Rural Party MLA"),
            ("Arvind Moolchand", "person", "Prime Minister"),
        ],
    ),
    (
        "a-party-plural-is-a-group",
        "House Democrats said they would try again. Some Republicans said the levy was fair.",
        [("House Democrats", "group", None), ("Some Republicans", "group", None)],
    ),
    (
        "a-company-by-its-industry-or-its-ticker",
        "Brennick Oil plans to cut output, the company said. Tessaly Steel said it would cut 500 "
        "jobs. Quill Brewing said beer sales fell. Halden Pike (HLDP.N) said sales rose. "
        "Halden Pike said it would hire. Korvin Tools (NYSE: KRVT) said orders fell.",
        [
            ("Brennick Oil", "organization", None),
            ("Tessaly Steel", "organization", None),
            ("Quill Brewing", "organization", None),
            ("Halden Pike", "organization", None),
            ("Korvin Tools", "organization", None),
        ],
    ),
    (
        "a-playing-position-or-a-church-title-before-a-name",
        "Goalkeeper Petr Hlavek said the team was ready. Linebacker Ray Vossel said it was hard. "
        "Rookie Dan Kerrow said it was fun. Deacon Amos Prattle said the church would reopen.",
        [
            ("Petr Hlavek", "person", "Goalkeeper"),
            ("Ray Vossel", "person", "Linebacker"),
            ("Dan Kerrow", "person", "Rookie"),
            ("Amos Prattle", "person", "Deacon"),
        ],
    ),
    (
        "particles-do-not-count-among-a-name-s-four-words",
        "Tarnish Foreign Minister Prince Khalid bin Saad Al Harbouri said the talks went well. "
        "Prince Khalid said more talks were planned. Peruvian Foreign Minister Lucia Montoya de "
        "la Cruzado said the border was open.",
        [
            ("Khalid bin Saad Al Harbouri", "person", "Tarnish Foreign Minister"),
            ("Lucia Montoya de la Cruzado", "person", "Peruvian Foreign Minister"),
        ],
    ),
    (
        "a-style-and-an-honour-before-the-name-and-a-role-after-it",
        "His Highness Sheikh Hamdan bin Rashid Al Makhoum, President of the Federation, said "
        "the plan was approved.",
        [("Hamdan bin Rashid Al Makhoum", "person", "President of the Federation")],
    ),
    (
        "malay-honours-and-indian-honorifics",
        "Tan Sri Rahim Yusof Ismaili said the plan was approved. Prime Minister Datuk Seri "
        "Hamzah Rashidi said it was late. Shri Mohan Kulkarno said it was fair.",
        [
            ("Rahim Yusof Ismaili", "person", "Tan Sri"),
            ("Hamzah Rashidi", "person", "Prime Minister"),
            ("Mohan Kulkarno", "person", None),
        ],
    ),
    (
        "appositive-titles-past-an-abbreviation-an-age-and-for-more-jobs",
        "“It will pass,” said Gary Lenzer, a former aide to Sen. Ruth Colby. “It will not,” said "
        "Nora Bellamy, a pollster at Harwick College. “It may,” said Ed Marshe, a GOP consultant "
        "in Fresno. “It will fail,” said Al Tubbin, 52, a machinist.",
        [
            ("Gary Lenzer", "person", "former aide to Sen. Ruth Colby"),
            ("Nora Bellamy", "person", "pollster at Harwick College"),
            ("Ed Marshe", "person", "GOP consultant in Fresno"),
            ("Al Tubbin", "person", "machinist"),
        ],
    ),
    (
        "a-body-s-name-with-a-number-or-an-ed-word-in-an-appositive-title",
        "“We will strike,” said Gus Peraki, president of Amalgamated Ferry Union. “We will "
        "not,” said Ola Brandvik, president of Joiners Local 14.",
        [
            ("Gus Peraki", "person", "president of Amalgamated Ferry Union"),
            ("Ola Brandvik", "person", "president of Joiners Local 14"),
        ],
    ),
    (
        "an-outlet-named-after-the-noun-for-it-is-media",
        "The deal is off, German newspaper Tagesblick reported. The pier will close, "
        "broadcaster Nordic Newsline reported. The levy stays, business daily Les Matins said.",
        [
            ("Tagesblick", "media", None),
            ("Nordic Newsline", "media", None),
            ("Les Matins", "media", None),
        ],
    ),
    (
        "a-role-s-plural-before-of-names-a-body",
        "The drills will go ahead, the Joint Chiefs of Staff (JCS) said. The JCS said more drills "
        "were planned.",
        [("Joint Chiefs of Staff", "organization", None)],
    ),
    (
        "the-role-in-a-who-is-also-clause-is-the-title",
        "The plan was approved, said Wang Junhe, who is also deputy head of the provincial "
        "planning bureau.",
        [("Wang Junhe", "person", "deputy head of the provincial planning bureau")],
    ),
    (
        "a-first-name-and-a-full-name-are-a-couple",
        "“We will not sell,” said Rosa and Tomas Delgadez.",
        [("Rosa and Tomas Delgadez", "group", None)],
    ),
    (
        "a-parent-by-the-number-of-children-is-no-title",
        "Hannah Brillow, a mother of three, said she lost her job.",
        [("Hannah Brillow", "person", None)],
    ),
    (
        "a-verb-opening-a-highlight-is-no-part-of-the-name",
        "Highlights:\n- Appointed Dorian Valeck as Chief Medical Officer.\n\n"
        "“I am thrilled,” said Dr. Valeck.",
        [("Dorian Valeck", "person", None)],
    ),
    (
        "press-release-titles-after-degrees-and-an-executive-abbreviation",
        "“We are ready,” said Hanne Kovacz, M.D., Ph.D., Chief Scientific Officer of Trelby. "
        "“We will grow,” said Ida Brannock, SVP, Global Sales at Trelby Metals.",
        [
            ("Hanne Kovacz", "person", "Chief Scientific Officer of Trelby"),
            ("Ida Brannock", "person", "SVP, Global Sales at Trelby Metals"),
        ],
    ),
    (
        "a-company-name-with-co-comma-ltd",
        "Tessaly Holdings Co., Ltd. cut its forecast. The company said demand was weak.",
        [("Tessaly Holdings Co., Ltd.", "organization", None)],
    ),
    (
        "a-company-by-its-industry-takes-its-fuller-name-and-its-short-one-joins",
        "Varnholt Steel Corp. will buy a mill. Varnholt Steel said the deal would close soon. "
        "Varnholt said jobs were safe.",
        [("Varnholt Steel Corp.", "organization", None)],
    ),
    (
        "state-and-county-officers-are-titles",
        "State Auditor Perla Vinge said the fund was short. County Assessor Ivo Marsh said "
        "values rose. State Controller Lise Ambrot said the books would close.",
        [
            ("Perla Vinge", "person", "State Auditor"),
            ("Ivo Marsh", "person", "County Assessor"),
            ("Lise Ambrot", "person", "State Controller"),
        ],
    ),
    (
        "the-coastguard-is-an-organization",
        "The coast guard said a trawler sank. The coastguard said later the crew was safe.",
        [("coast guard", "organization", None)],
    ),
    (
        "church-bodies-and-clinics-are-organizations",
        "The Diocese of Tarlow said the vicar was removed. The diocese said it had told police. "
        "“We are grieving,” the clinic said.",
        [("Diocese of Tarlow", "organization", None), ("clinic", "organization", None)],
    ),
    (
        "programmes-and-initiatives-are-organizations",
        "The UN Ocean Programme said reefs were dying. The Coastal Health Initiative said "
        "cases fell.",
        [
            ("UN Ocean Programme", "organization", None),
            ("Coastal Health Initiative", "organization", None),
        ],
    ),
    (
        "a-job-noun-before-a-full-name-is-the-title",
        "Epidemiologist Lotte Brandvik said cases rose. Co-author Emil Saarto said the trial "
        "would go on. Vice-Chancellor Ines Dabrowa-Lind said fees would rise.",
        [
            ("Lotte Brandvik", "person", "Epidemiologist"),
            ("Emil Saarto", "person", "Co-author"),
            ("Ines Dabrowa-Lind", "person", "Vice-Chancellor"),
        ],
    ),
    (
        "a-trade-before-a-company-name-is-no-title",
        "Drugmaker Velacor said the trial met its goal. Biotech firm Quenta said its trial "
        "failed. Power rose, the national grid operator Ostral said. Crane operator Rafe Dunn "
        "said the wind was strong. The talks failed, news agency Tarskpress said.",
        [
            ("Velacor", "organization", None),
            ("Quenta", "organization", None),
            ("Ostral", "organization", None),
            ("Rafe Dunn", "person", "Crane operator"),
            ("Tarskpress", "media", None),
        ],
    ),
    (
        "an-appositive-role-before-who-and-a-city-after-the-employer",
        "“It holds up,” said Tove Marek, a professor of zoology at Halden University who was "
        "not involved in the study. “We are happy,” said Ravi Sundaresh, a metals analyst at "
        "Pellam Securities in Jakarta.",
        [
            ("Tove Marek", "person", "professor of zoology at Halden University"),
            ("Ravi Sundaresh", "person", "metals analyst at Pellam Securities"),
        ],
    ),
    (
        "the-people-around-a-person-are-no-person",
        "Aides to Mr. Kellan said he would not apologize. Friends of Nora Vedel say she is tired.",
        [
            ("Aides to Mr. Kellan", "anonymous", None),
            ("Friends of Nora Vedel", "group", None),
        ],
    ),
    (
        "a-named-poll-in-a-place-is-a-document",
        "A Tarrow College poll in Nebraska found a similar margin.",
        [("A Tarrow College poll in Nebraska", "document", None)],
    ),
    (
        "honorifics-and-dotted-abbreviations-inside-a-role-before-the-name",
        "A spokeswoman for Mr. Kellan, Hope Varga, said the tape was old. Mrs. Vedel's campaign "
        "chairman, Otto Brisk, said the emails were stolen. The G.O.P. nominee, Ansel Moor, "
        "said the review was routine.",
        [
            ("Hope Varga", "person", "spokeswoman for Mr. Kellan"),
            ("Otto Brisk", "person", "Mrs. Vedel's campaign chairman"),
            ("Ansel Moor", "person", "G.O.P. nominee"),
        ],
    ),
    (
        "a-dotted-acronym-joins-its-full-name",
        "The Federal Bureau of Inquiry said it reopened the case. The F.B.I. said it found "
        "nothing.",
        [("Federal Bureau of Inquiry", "organization", None)],
    ),
    (
        "a-role-before-prof-is-the-title",
        "“Fees will be frozen,” said the study's senior author, Prof. Marit Solheim.",
        [("Marit Solheim", "person", "study's senior author")],
    ),
    (
        "a-surname-with-capitals-inside-takes-its-full-name",
        "The trial was run by Oksa Varren-Holt of the University of Tarn. “We saw it everywhere,” "
        "Varren-Holt said. The plan was backed by Ewan McTarvish. “It works,” McTarvish said.",
        [("Oksa Varren-Holt", "person", None), ("Ewan McTarvish", "person", None)],
    ),
    (
        "a-role-set-off-after-a-full-name-that-does-not-speak",
        "Hedda Lunde, the state epidemiologist, visited the clinic. Lunde said the outbreak "
        "was slowing.",
        [("Hedda Lunde", "person", "state epidemiologist")],
    ),
    (
        "a-lower-case-level-before-a-role-noun-stays-in-the-title",
        "The clinic was visited by county epidemiologist Arvo Salm. Salm said the outbreak "
        "was slowing.",
        [("Arvo Salm", "person", "county epidemiologist")],
    ),
    (
        "undotted-british-titles-leave-the-name",
        "PC Tamsin Reeve said the lane was shut. Cllr Owen Brack said the bins were late. "
        "Det Con Ravi Sethna said the van was found.",
        [
            ("Tamsin Reeve", "person", "PC"),
            ("Owen Brack", "person", "Cllr"),
            ("Ravi Sethna", "person", "Det Con"),
        ],
    ),
    (
        "con-alone-is-a-given-name",
        "Con Garrity said the lane was shut for the night.",
        [("Con Garrity", "person", None)],
    ),
    (
        "court-opinion-and-dissent-are-documents",
        "The majority opinion said the county had erred. The dissent said the county had "
        "acted within its powers.",
        [("The majority opinion", "document", None), ("The dissent", "document", None)],
    ),
    (
        "british-government-metonyms-are-bodies",
        "Downing Street said the talks in Varnholt had gone well. Scotland Yard said two men "
        "had been held.",
        [("Downing Street", "organization", None), ("Scotland Yard", "organization", None)],
    ),
    (
        "a-department-spokesman-is-anonymous",
        "A Department for Harbours spokesman said the ferry would sail on Monday.",
        [("A Department for Harbours spokesman", "anonymous", None)],
    ),
    (
        "a-senior-party-member-is-anonymous",
        "A senior Tory said the budget for Varnholt was dead.",
        [("A senior Tory", "anonymous", None)],
    ),
    (
        "a-capitalised-british-office-joins-its-holder",
        "Kerrin Vale, the Chancellor, said growth in Varnholt was strong. The Chancellor "
        "added: 'We will not borrow more.' Home Secretary Ilsa Brand said crime was down. "
        "The Home Secretary added: 'There is more to do.'",
        [("Kerrin Vale", "person", "Chancellor"), ("Ilsa Brand", "person", "Home Secretary")],
    ),
    (
        "a-capitalised-office-with-no-holder-is-anonymous",
        "The Treasurer said the budget for Varnholt was sound.",
        [("The Treasurer", "anonymous", None)],
    ),
    (
        "a-player-s-position-after-a-name-is-the-title",
        "Quarrie, a two-time All-Star, said the team was tired. Belvin, a veteran outfielder, "
        "said the bus was late.",
        [
            ("Quarrie", "person", "two-time All-Star"),
            ("Belvin", "person", "veteran outfielder"),
        ],
    ),
    (
        "a-given-name-that-is-a-title-word-after-a-title",
        "Prosecutor Dean Halvorsen said the case was closed. Field Marshal Orrin said the war "
        "was over.",
        [("Dean Halvorsen", "person", "Prosecutor"), ("Orrin", "person", "Field Marshal")],
    ),
    (
        "football-s-boss-is-one-person-joining-the-manager",
        "Varnholt Rovers manager Ilkka Brandt said the pitch was wet. The Rovers boss added: "
        "'We were poor today.' The City boss said: 'We deserved the win.'",
        [
            ("Ilkka Brandt", "person", "Varnholt Rovers manager"),
            ("The City boss", "anonymous", None),
        ],
    ),
    (
        "a-team-s-possessive-before-a-player-s-noun",
        "Quarrie, Varnholt's leading scorer, said the team was tired.",
        [("Quarrie", "person", "Varnholt's leading scorer")],
    ),
    (
        "a-place-s-capitalised-office-is-no-split-name",
        "Varnland's First Minister Iona Brack said the talks would go on. Varnland's First "
        "Minister added: 'We will not give up now.'",
        [("Iona Brack", "person", "Varnland's First Minister")],
    ),
    (
        "a-record-and-how-it-came-out-is-a-document",
        "According to the latest data available from the coast guard, 12 boats sank. According"
        " to a port timeline, the crew left at 9:40 p.m.",
        [
            ("the latest data available from the coast guard", "document", None),
            ("a port timeline", "document", None),
        ],
    ),
    (
        "and-inside-a-body-s-name-or-a-compound-title-is-one-person",
        "Fisheries and Oceans Minister Dara Quill said the quota would fall. Tarlow & Finch "
        "Chief Financial Officer Ines Varga said costs rose. Chairman and Chief Executive "
        "Officer Odo Pell said sales rose.",
        [
            ("Dara Quill", "person", "Fisheries and Oceans Minister"),
            ("Ines Varga", "person", "Tarlow & Finch Chief Financial Officer"),
            ("Odo Pell", "person", "Chairman and Chief Executive Officer"),
        ],
    ),
    (
        "a-ticker-inside-a-title-or-an-appositive-and-a-suffix-s-point",
        "Brellix (BRLX.O) CEO Tamsin Vaut said demand was strong. Prices will rise, said Ugo "
        "Farn, chief executive of Kelvane Metals (KLVM.DE). Costs rose, said Pia Lune, an "
        "analyst at Corvane Inc.",
        [
            ("Tamsin Vaut", "person", "Brellix (BRLX.O) CEO"),
            ("Ugo Farn", "person", "chief executive of Kelvane Metals"),
            ("Pia Lune", "person", "analyst at Corvane Inc."),
        ],
    ),
    (
        "an-aide-to-a-titled-principal-is-anonymous",
        "A spokeswoman for Speaker Edda Rosk said she was reviewing the memo. An aide to Sen. "
        "Colm Targe said he would vote no.",
        [
            ("A spokeswoman for Speaker Edda Rosk", "anonymous", None),
            ("An aide to Sen. Colm Targe", "anonymous", None),
        ],
    ),
    (
        "a-place-s-one-word-company-and-a-staff-body-are-organisations",
        "Varnland's Korvita said it would raise prices. Varnland's General Staff said the "
        "fighting was heavy. Brenn Metall, the country's largest union, said it would strike.",
        [
            ("Korvita", "organization", None),
            ("Varnland's General Staff", "organization", None),
            ("Brenn Metall", "organization", None),
        ],
    ),
    (
        "a-lone-company-named-before-a-day-s-point-or-a-title-is-no-person",
        "Zelvora cut jobs on Monday. Zelvora said sales rose. Quennix Chief Executive Dara "
        "Veil testified. Quennix said users can switch.",
        [
            ("Zelvora", "organization", None),
            ("Quennix", "organization", None),
        ],
    ),
    (
        "court-papers-a-filing-and-a-record-with-its-participle-are-documents",
        "Velmora shared data, according to court papers. Velmora will cut jobs, according to a "
        "securities filing. The drug cut the risk, according to a study presented at the "
        "meeting. The deal is worth $4 billion, according to a Ledger calculation based on its "
        "shares.",
        [
            ("court papers", "document", None),
            ("a securities filing", "document", None),
            ("a study presented at the meeting", "document", None),
            ("a Ledger calculation based on its shares", "document", None),
        ],
    ),
    (
        "trade-outlets-are-media",
        "The couple married in June, People reported. The series was canceled, according to "
        "Deadline. The pair split, Us Weekly reported.",
        [
            ("People", "media", None),
            ("Deadline", "media", None),
            ("Us Weekly", "media", None),
        ],
    ),
    (
        "a-place-and-a-party-member-is-a-person",
        '"We are close," the Vermont Republican said.',
        [("Vermont Republican", "person", None)],
    ),
    (
        "a-lower-case-level-and-an-office-adjective-stay-in-a-passing-title",
        'Rourke was joined by former President Eda Quarle. "She helps," Quarle said. '
        "Democratic presidential candidate Tova Brisk faced questions. Brisk said she would "
        "answer them.",
        [
            ("Eda Quarle", "person", "former President"),
            ("Tova Brisk", "person", "Democratic presidential candidate"),
        ],
    ),
    (
        "a-possessive-speaker-and-a-wife-s-honorific-keep-their-own-name",
        'Sen. Orla Venn\'s response: "The bill is dead." Senator Tam Rusk was blunt. "No," '
        'Mr. Rusk said. His wife, Ms. Rusk, disagreed. "He will come around," she said.',
        [
            ("Orla Venn", "person", "Sen."),
            ("Tam Rusk", "person", "Senator"),
            ("Rusk", "person", "wife"),
        ],
    ),
    (
        "a-company-s-sentence-point-an-age-and-one-word-offices",
        "Regulators approved a drug made by Pellow Therapeutics. Pellow said sales rose. Ilse "
        "Maro, a 34-year-old teacher, said she was worried. Councilmember Luci Wend said she "
        'would vote no. Moderator Kai Obi said time was up. "We are nervous," one House '
        "Democrat said.",
        [
            ("Pellow Therapeutics", "organization", None),
            ("Ilse Maro", "person", "teacher"),
            ("Luci Wend", "person", "Councilmember"),
            ("Kai Obi", "person", "Moderator"),
            ("one House Democrat", "anonymous", None),
        ],
    ),
    (
        "description-nouns-dos-dean-and-a-mission-before-its-acronym",
        "Evacuee Lina Broe said the smoke was thick. Marina dos Vell said the vote was fair. "
        "Kolb's spokesman, Dean Fisk, said the senator was desperate. The UN peacekeeping "
        "mission MIRVA said it was concerned.",
        [
            ("Lina Broe", "person", None),
            ("Marina dos Vell", "person", None),
            ("Dean Fisk", "person", "Kolb's spokesman"),
            ("MIRVA", "organization", None),
        ],
    ),
    (
        "a-hometown-after-an-age-school-districts-and-a-pio",
        '"We lost everything," said Bo Lane, 68, of Graves County. Kelso Public Schools said '
        "classes would resume. Tarn County Emergency Management said shelters were open. "
        "Kelso Police PIO Cara Dunne said the officer was on leave.",
        [
            ("Bo Lane", "person", None),
            ("Kelso Public Schools", "organization", None),
            ("Tarn County Emergency Management", "organization", None),
            ("Cara Dunne", "person", "Kelso Police PIO"),
        ],
    ),
    (
        "acronyms-in-s-and-a-company-s-possessive-of-several-words",
        "HHS said the rule was final. Regulators approved Pellow Pharma's drug. Pellow said "
        "sales would start next year. Tarsk Steel Corp.'s chief executive, Ivo Brenn, said "
        "demand was strong.",
        [
            ("HHS", "organization", None),
            ("Pellow Pharma", "organization", None),
            ("Ivo Brenn", "person", "Tarsk Steel Corp.'s chief executive"),
        ],
    ),
    (
        "a-utility-by-its-power-and-a-plural-like-a-named-voter",
        "Tarn Power said most customers would have power back by Sunday. Voters like Ida "
        "Quell, 45, say prices are too high.",
        [
            ("Tarn Power", "organization", None),
            ("Voters like Ida Quell", "group", None),
        ],
    ),
    (
        "a-junta-and-a-confederation-are-bodies",
        "The junta said it had expelled the ambassador. The CGV labour confederation said it "
        "would strike.",
        [
            ("junta", "organization", None),
            ("CGV labour confederation", "organization", None),
        ],
    ),
    (
        "local-records-are-documents",
        "He loved fishing, according to his obituary. An autopsy found he drowned. The "
        "ordinance says dogs must be leashed.",
        [
            ("his obituary", "document", None),
            ("An autopsy", "document", None),
            ("The ordinance", "document", None),
        ],
    ),
    (
        "a-name-s-suffix-stays-in-the-fullest-name",
        "Crews met Mayor Jon Pell Jr. on Tuesday. Pell said crews were ready.",
        [("Jon Pell Jr.", "person", "Mayor")],
    ),
    (
        "the-office-city-after-with-the-employer-is-no-part-of-the-title",
        '"It was a long-track tornado," said Cal Dunne, a meteorologist with the National '
        "Weather Service in Paducah.",
        [("Cal Dunne", "person", "meteorologist with the National Weather Service")],
    ),
    (
        "the-body-s-surname-is-the-body-s-person",
        "Fed Chair Oran Velt spoke on Tuesday. \u201cWe could cut,\u201d the Fed\u2019s Velt said.",
        [("Oran Velt", "person", "Fed Chair")],
    ),
    (
        "a-kin-noun-set-off-before-a-first-name-makes-a-person",
        '"He never missed a game," said her son, Tobin. His daughter, Marnie, said he loved '
        "to sail.",
        [("Tobin", "person", "son"), ("Marnie", "person", "daughter")],
    ),
    (
        "a-description-and-a-body-joined-by-and-are-a-group",
        "Villagers and the police said the bridge had collapsed.",
        [("Villagers and the police", "group", None)],
    ),
    (
        "a-brand-and-a-state-or-region-is-a-company",
        "Orvane Mississippi said power was back. Talbot Southern said the line had reopened.",
        [("Orvane Mississippi", "organization", None), ("Talbot Southern", "organization", None)],
    ),
    (
        "an-unnamed-person-s-noun-and-a-place-after-capitalised-modifiers",
        "A GOP strategist in Vermont said the race was close. A whistleblower at the Corvane "
        "Agency said a study was buried.",
        [
            ("A GOP strategist in Vermont", "anonymous", None),
            ("A whistleblower at the Corvane Agency", "anonymous", None),
        ],
    ),
    (
        "a-record-with-an-irregular-participle-is-a-document",
        "The council was dissolved, a decree read on Kelvan radio said. \"Stay home,\" the "
        "post said.",
        [("a decree read on Kelvan radio", "document", None), ("the post", "document", None)],
    ),
    (
        "a-name-with-its-defined-acronym-is-a-body",
        "The army's press wing, Joint Defence Media Relations (JDMR), said the raid was over.",
        [("Joint Defence Media Relations", "organization", None)],
    ),
    (
        "a-state-s-media-before-a-wire-is-the-wire",
        "Kelvania's state media KCNA reported that the dam was finished.",
        [("KCNA", "media", None)],
    ),
    (
        "an-angle-bracket-ticker-is-no-part-of-the-name",
        "Brovane Corp <BRVN> said it would cut jobs. Halto Inc <HLTO.O> said it would not.",
        [("Brovane Corp", "organization", None), ("Halto Inc", "organization", None)],
    ),
    (
        "an-escaped-no-break-space-splits-the-title-from-the-name",
        '"We will fix the roads," said Mayor&nbsp;Orla Venn.',
        [("Orla Venn", "person", "Mayor")],
    ),
    (
        "a-body-s-name-with-of-opens-the-title-of-a-name-not-speaking",
        "Bank of Norland Governor Kenji Arakawa spoke on Tuesday. \u201cWe could hike,\u201d "
        "Arakawa said.",
        [("Kenji Arakawa", "person", "Bank of Norland Governor")],
    ),
    (
        "a-press-release-s-defined-terms-with-or-are-no-part-of-the-name",
        'Veltara Biosciences, Inc. ("Veltara" or the "Company") today announced that the '
        "trial met its goal.",
        [("Veltara Biosciences, Inc.", "organization", None)],
    ),
    (
        "a-role-set-off-before-a-job-and-a-name-titles-it",
        "Her estranged husband, producer Tobin Vael, wrote on X that he was grateful.",
        [("Tobin Vael", "person", "estranged husband")],
    ),
    (
        "a-nationality-before-a-full-name-is-no-part-of-it",
        '"We have nothing left," said Syrian Karim Haddadin, 45. Haddadin said the camp was full.',
        [("Karim Haddadin", "person", None)],
    ),
    (
        "a-plural-with-the-body-it-works-with-is-a-group",
        "Troopers with the Varden State Highway Patrol said the driver fled. Agents with the "
        "Kelso Bureau said he was caught.",
        [
            ("Troopers with the Varden State Highway Patrol", "group", None),
            ("Agents with the Kelso Bureau", "group", None),
        ],
    ),
    (
        "an-age-then-where-one-was-is-no-title",
        "Deputies arrested Corbin Whitlow, 34, at his home. Whitlow said he was innocent.",
        [("Corbin Whitlow", "person", None)],
    ),
    (
        "a-record-and-the-day-it-came-out-is-a-document",
        "The film earned $31 million, according to studio estimates Sunday.",
        [("studio estimates Sunday", "document", None)],
    ),
    (
        "a-surname-that-is-a-cue-word-after-a-first-name",
        '"We need longer studies," said Karim Said, a professor at Halden University.',
        [("Karim Said", "person", "professor at Halden University")],
    ),
    (
        "a-role-set-off-after-a-clause-join-titles-the-name",
        "The board has said rates would not rise, and a spokesman, Tobin Ferro, said Wednesday "
        "that critics were wrong.",
        [("board", "organization", None), ("Tobin Ferro", "person", "spokesman")],
    ),
    (
        "a-hopeful-before-a-name-in-passing-is-a-title",
        "Republican White House hopeful Corin Vale made a pitch on Friday. Vale said prices "
        "were too high.",
        [("Corin Vale", "person", "Republican White House hopeful")],
    ),
    (
        "one-who-works-a-machine-is-a-person",
        "A drone operator said his unit had lost two positions.",
        [("A drone operator", "anonymous", None)],
    ),
    (
        "an-artist-s-trade-before-a-stage-name-is-its-title",
        "Singer Marivelle said she would headline the festival. Marivelle said tickets were "
        "sold out.",
        [("Marivelle", "person", "Singer")],
    ),
    (
        "the-job-right-before-the-name-is-the-nearer-title",
        "Her former bandmate, guitarist Tobin Roark, said on his podcast that he was not "
        "surprised.",
        [("Tobin Roark", "person", "guitarist")],
    ),
    (
        "a-through-phrase-is-the-channel-no-title",
        "Dorian Pelk, through his lawyer, said the evidence did not support charges.",
        [("Dorian Pelk", "person", None)],
    ),
    (
        "one-word-after-of-in-a-body-name-is-no-surname",
        "A panel of the U.S. Court of Appeals said the county had broken the law.",
        [("A panel of the U.S. Court of Appeals", "organization", None)],
    ),
    (
        "a-person-and-her-husband-named-after-a-comma-are-a-couple",
        "Ilsa Varro and her husband, Denton, said the water rose in minutes.",
        [("Ilsa Varro and her husband, Denton", "group", None)],
    ),
    (
        "a-former-assistant-to-a-named-principal-is-unnamed",
        "A former assistant to singer Rovan Tell said she was not paid.",
        [("A former assistant to singer Rovan Tell", "anonymous", None)],
    ),
    (
        "a-document-to-its-readers-is-the-document",
        "A letter to parents said counselors would be at the school. The district sent a"
        " message to families saying classes were canceled.",
        [
            ("A letter to parents", "document", None),
            ("a message to families", "document", None),
        ],
    ),
    (
        "a-capital-or-seat-of-power-speaks-as-its-government",
        "Athens warned Sofia on Monday that it risked losing funds. Buenos Aires said the"
        " deal was close. La Moncloa said it would reply.",
        [
            ("Athens", "organization", None),
            ("Buenos Aires", "organization", None),
            ("La Moncloa", "organization", None),
        ],
    ),
    (
        "a-describing-word-before-a-body-is-no-part-of-its-name",
        "The nonpartisan Tarrow Budget Office said the bill would cost $2 billion. The"
        " Republican-led Senate Ways Committee said it would vote.",
        [
            ("Tarrow Budget Office", "organization", None),
            ("Senate Ways Committee", "organization", None),
        ],
    ),
    (
        "a-super-pac-is-an-organisation-and-the-pac-joins-it",
        "Forward Tarrow, a Democratic super PAC, said it would spend $2 million. The PAC said"
        " the money would fund mailers. Kelby Majority PAC said it would spend $1 million.",
        [
            ("Forward Tarrow", "organization", None),
            ("Kelby Majority PAC", "organization", None),
        ],
    ),
    (
        "a-ministry-listing-its-fields-with-commas-is-one-name",
        "The Ministry of Fisheries, Ports and Shipping said exports rose 7 percent.",
        [("Ministry of Fisheries, Ports and Shipping", "organization", None)],
    ),
    (
        "a-malay-honour-between-role-and-name-is-no-part-of-the-role",
        "Human Resources Minister Datuk Seri Hamzah Ridwan said the act will be amended."
        " Deputy Minister Datuk Wira Azlan Karim said it was needed.",
        [
            ("Hamzah Ridwan", "person", "Human Resources Minister"),
            ("Azlan Karim", "person", "Deputy Minister"),
        ],
    ),
    (
        "a-bracketed-acronym-in-an-appositive-keeps-the-title",
        "Ramon Vidal, leader of the opposition Civic Party (PC), said he would appeal. Li"
        " Weiran, member of the Standing Committee of the Harbin People's Congress (HPC)"
        " Presidium, said the plan was sound.",
        [
            ("Ramon Vidal", "person", "leader of the opposition Civic Party (PC)"),
            (
                "Li Weiran",
                "person",
                "member of the Standing Committee of the Harbin People's Congress (HPC) Presidium",
            ),
        ],
    ),
    (
        "an-anonymity-aside-set-off-by-commas-makes-the-source-anonymous",
        "Several Tarrow lawmakers, speaking on the condition of anonymity to avoid angering"
        " the governor, said they had urged him to step aside.",
        [("Several Tarrow lawmakers", "anonymous", None)],
    ),
    (
        "a-group-of-people-is-a-group-not-a-body",
        "A bipartisan group of senators said the deal was close.",
        [("A bipartisan group of senators", "group", None)],
    ),
    (
        "a-broadcast-role-set-off-before-or-after-the-name-is-the-title",
        "The host, Kirsten Valo, said the bill was dead. Dorran Pike, the anchor, said it"
        " was not.",
        [("Kirsten Valo", "person", "host"), ("Dorran Pike", "person", "anchor")],
    ),
    (
        "a-long-role-set-off-before-the-name-is-the-title",
        "A spokesperson for the Tarrow Valley Congressional Campaign Committee, Mia Dorne,"
        " said the ad was a lie.",
        [
            (
                "Mia Dorne",
                "person",
                "spokesperson for the Tarrow Valley Congressional Campaign Committee",
            )
        ],
    ),
    (
        "a-role-set-off-before-the-name-after-a-bare-apostrophe",
        "Tollis’ campaign spokesman, Brent Callow, said the rally drew 9,000 people.",
        [("Brent Callow", "person", "Tollis’ campaign spokesman")],
    ),
    (
        "a-capitalised-role-with-its-body-set-off-before-the-name",
        "Spokesperson for the Ministry of Fisheries, Rolan Sumirat, said the boats were"
        " seized.",
        [("Rolan Sumirat", "person", "Spokesperson for the Ministry of Fisheries")],
    ),
    (
        "a-long-role-set-off-before-the-name",
        "A spokesperson for the Northern Provinces Water Resources Commission, Mia Torvik,"
        " said the dam was safe.",
        [
            (
                "Mia Torvik",
                "person",
                "spokesperson for the Northern Provinces Water Resources Commission",
            )
        ],
    ),
    (
        "a-company-named-for-its-industry-word-is-no-person",
        "Corvel Materials said sales rose 2%. \"We are ready,\" said Mara Quist, chief"
        " executive officer of Tamsin Bio. She added that trials would start.",
        [
            ("Corvel Materials", "organization", None),
            ("Mara Quist", "person", "chief executive officer of Tamsin Bio"),
        ],
    ),
    (
        "a-charter-or-a-generational-suffix-after-a-comma-is-skipped-before-the-role",
        "\"Rates will fall,\" said Oren Tal, CFA, Chief Investment Officer at Marlow Capital."
        " \"Costs are down,\" said Ida Brisk, P.Geo., Vice President of Exploration at Tarn"
        " Gold. \"We are ready,\" said Cal Voss, Jr., CEO of Pinecrest.",
        [
            ("Oren Tal", "person", "Chief Investment Officer at Marlow Capital"),
            ("Ida Brisk", "person", "Vice President of Exploration at Tarn Gold"),
            ("Cal Voss", "person", "CEO of Pinecrest"),
        ],
    ),
    (
        "two-tickers-and-a-lower-case-plc-are-no-part-of-the-name",
        "Tarnwick Cobalt Corp. (TSXV: TWC) (OTCQB: TWCBF) announces that it has closed a"
        " financing. The Company said it will drill in May. Brellan plc (LSE: BRL) said"
        " premiums rose.",
        [
            ("Tarnwick Cobalt Corp.", "organization", None),
            ("Brellan plc", "organization", None),
        ],
    ),
    (
        "a-defined-term-other-than-company-joins-the-name-it-follows",
        'Marrow Valley Bancorp, Inc. (NASDAQ: MVB) (the "Bank") reported results. The Bank'
        " said deposits rose 4%.",
        [("Marrow Valley Bancorp, Inc.", "organization", None)],
    ),
    (
        "a-release-signature-keeps-every-comma-set-part-of-the-role",
        "\"We are ready,\" said Oren Tal, President, Chief Executive Officer and Director of"
        " Pinecrest. \"Costs fell,\" said Ida Brisk, Co-Founder and CEO, Tarn Labs. \"Sales"
        " rose,\" said Cal Voss, chief executive officer of Arvel, Inc.",
        [
            ("Oren Tal", "person", "President, Chief Executive Officer and Director of Pinecrest"),
            ("Ida Brisk", "person", "Co-Founder and CEO, Tarn Labs"),
            ("Cal Voss", "person", "chief executive officer of Arvel, Inc."),
        ],
    ),
    (
        "shares-of-a-company-are-no-part-of-its-name",
        "Shares of Marlow Foods Inc fell 4% after it said sales would decline.",
        [("Marlow Foods Inc", "organization", None)],
    ),
    (
        "a-company-that-reported-is-no-outlet",
        "Tamsin Therapeutics, Inc. reported that 71% of patients responded. Tamsin said the"
        " drug was safe.",
        [("Tamsin Therapeutics, Inc.", "organization", None)],
    ),
    (
        "an-ampersand-initialism-joins-the-company",
        "Tessel & Brant Co. said sales rose 2%. T&B said demand in Lumaria weakened.",
        [("Tessel & Brant Co.", "organization", None)],
    ),
    (
        "a-descriptor-before-a-company-is-no-part-of-its-name",
        "Lumarian carmaker Brandt AG said it would cut 5,000 jobs. Brandt said the cuts would"
        " be in Lumaria. Tulsa-based Orrin Motors said sales fell.",
        [("Brandt AG", "organization", None), ("Orrin Motors", "organization", None)],
    ),
    (
        "a-prospectus-and-a-term-sheet-are-documents",
        "The prospectus warns that Orrin has never turned a profit. The term sheet, reviewed"
        " by the Tarvik Ledger, says the price is $40 a share.",
        [("The prospectus", "document", None), ("The term sheet", "document", None)],
    ),
    (
        "a-counterpart-or-host-set-off-before-the-name",
        "His Veldan counterpart, Abel Laftor, said the border would reopen. The host,"
        " Krista Wendel, said the show would go on.",
        [
            ("Abel Laftor", "person", "Veldan counterpart"),
            ("Krista Wendel", "person", "host"),
        ],
    ),
    (
        "a-name-and-others-is-a-group",
        "The levy will fail, Orla Dowd and others said.",
        [("Orla Dowd and others", "group", None)],
    ),
    (
        "a-joint-subject-with-tickers-and-defined-terms-is-one-group",
        'Tandem Group Inc. (NYSE: TDG) ("Tandem") and Pelham Yards, Inc. (NASDAQ: PLYD)'
        ' ("Pelham") today announced that they will merge.',
        [("Tandem Group Inc. and Pelham Yards, Inc.", "group", None)],
    ),
    (
        "a-named-survey-is-a-document",
        "Pelham Group's 2027 Retail Pulse Survey found that 61% of shoppers plan to spend less.",
        [("Pelham Group's 2027 Retail Pulse Survey", "document", None)],
    ),
    (
        "an-appositive-closed-by-a-colon-before-the-quotation-is-the-title",
        'Quote from Lina Ostrova, CEO of Tandem Group:\n"We grew in every region."',
        [("Lina Ostrova", "person", "CEO of Tandem Group")],
    ),
    (
        "a-presentation-seen-by-an-outlet-is-a-document",
        "A presentation seen by the Marlowe Courier showed Tandem Group will shut two plants.",
        [("A presentation seen by the Marlowe Courier", "document", None)],
    ),
    (
        "two-short-names-of-companies-written-in-full-are-a-group",
        "Tandem Group Inc. and Pelham Yards, Inc. agreed to merge. Tandem and Pelham caution"
        " readers that forward-looking statements are not guarantees.",
        [
            ("Tandem Group Inc. and Pelham Yards, Inc.", "group", None),
            ("Tandem and Pelham", "group", None),
        ],
    ),
    (
        "a-plural-such-as-a-name-is-a-group",
        "Rivals such as Tamsin Roake say the levy will fail. Growers including Abel Fenn"
        " said it was late.",
        [
            ("Rivals such as Tamsin Roake", "group", None),
            ("Growers including Abel Fenn", "group", None),
        ],
    ),
    (
        "a-mononym-after-a-title-closing-on-a-body",
        "Head of the Regional Flood Relief Agency Wiranto said 12 people were hurt. Chief of"
        " the Surabaya Police Karsono said two were held.",
        [
            ("Wiranto", "person", "Head of the Regional Flood Relief Agency"),
            ("Karsono", "person", "Chief of the Surabaya Police"),
        ],
    ),
    (
        "a-lower-case-ranked-role-before-a-name-outside-a-quote",
        "KPDN deputy chief director Datuk Seri Rahim Osmanli confirmed the raids.\n\nHe said"
        " more were planned. PSN assistant commissioner Noor Azlan met them. He said"
        " it went well.",
        [
            ("Rahim Osmanli", "person", "KPDN deputy chief director"),
            ("Noor Azlan", "person", "PSN assistant commissioner"),
        ],
    ),
    (
        "a-place-s-possessive-before-an-incorporated-name-is-no-part-of-it",
        "Lumaria's Tessaly Optics Co said profit rose. Tessaly said sales would grow."
        " South Ostland's Brenmar Motor Corp said sales fell.",
        [
            ("Tessaly Optics Co", "organization", None),
            ("Brenmar Motor Corp", "organization", None),
        ],
    ),
    (
        "a-role-set-off-before-a-name-after-to",
        "Fenn will report to Orvane's Chief Risk Officer, Talia Brusk. \"Fenn is able,\""
        " said Ms. Brusk.",
        [("Talia Brusk", "person", "Orvane's Chief Risk Officer")],
    ),
    (
        "mononym-after-a-body-and-its-acronym-named-again",
        "Head of the Coastal Flood Relief Agency (CFRA) Wiratmoko said 9 people died."
        " Wiratmoko added that 80 homes were lost.",
        [("Wiratmoko", "person", "Head of the Coastal Flood Relief Agency (CFRA)")],
    ),
    (
        "a-west-african-honorific-is-no-part-of-the-name",
        "Alhaji Kabiru Dantata said the market would reopen. Hon. Ifeoma Okeke said the"
        " road was bad. Madam Efua Mensima said the levy was high.",
        [
            ("Kabiru Dantata", "person", "Alhaji"),
            ("Ifeoma Okeke", "person", "Hon."),
            ("Efua Mensima", "person", "Madam"),
        ],
    ),
    (
        "an-honorific-after-a-comma-title-gives-way-to-the-role",
        "The Assembly Speaker, Chief Obinna Ezeudo, said the bill would pass.",
        [("Obinna Ezeudo", "person", "Assembly Speaker")],
    ),
    (
        "an-honour-between-a-role-and-the-name-is-no-part-of-the-role",
        "Zarqan Energy Minister Prince Faisal bin Hamad said output would rise.",
        [("Faisal bin Hamad", "person", "Zarqan Energy Minister")],
    ),
    (
        "ayatollah-is-an-honour-not-a-name",
        "Ayatollah Hossein Marandi said the talks would go on.",
        [("Hossein Marandi", "person", "Ayatollah")],
    ),
    (
        "abbreviated-styles-are-no-name-and-no-title",
        "H.E. Rashid Al Marzouqa, Minister of State for Ports, said trade grew. H.H. Sheikh"
        " Hamad bin Saif Al Qassar said the emirate was proud.",
        [
            ("Rashid Al Marzouqa", "person", "Minister of State for Ports"),
            ("Hamad bin Saif Al Qassar", "person", "Sheikh"),
        ],
    ),
    (
        "a-post-on-a-platform-is-a-document",
        "Posts on Facebook claim the Tarrow mayor fled. Orla Venn's Nov. 3 post on X said"
        " the dam broke.",
        [
            ("Posts on Facebook", "document", None),
            ("Orla Venn's Nov. 3 post on X", "document", None),
        ],
    ),
    (
        "a-county-recorder-is-a-title",
        "Tarrow County Recorder Dale Kinsey said the count was done.",
        [("Dale Kinsey", "person", "Tarrow County Recorder")],
    ),
    (
        "an-office-owned-by-a-role-with-of-is-a-body",
        "Turnout was 58%, according to the secretary of state's office.",
        [("secretary of state's office", "organization", None)],
    ),
    (
        "minister-in-the-presidency-is-one-title",
        "Minister in the Presidency Lindiwe Moyo said the cabinet met.",
        [("Lindiwe Moyo", "person", "Minister in the Presidency")],
    ),
    (
        "hyphenated-poll-fractions-are-groups",
        "Two-thirds say the levy is fair. About three-quarters, 74 percent, said fares "
        "were too high. Half say the pier should stay open.",
        [
            ("Two-thirds", "group", None),
            ("About three-quarters", "group", None),
            ("Half", "group", None),
        ],
    ),
    (
        "a-copy-or-excerpts-of-a-record-are-a-document",
        "The plan will fail, according to a copy of the memo. Excerpts released by the "
        "campaign said the plan would fail.",
        [
            ("a copy of the memo", "document", None),
            ("Excerpts released by the campaign", "document", None),
        ],
    ),
    (
        "science-roles-set-off-after-a-name-are-titles",
        "Mira Holt, a co-author of the study, said the comet was bright. Tom Lask, one of"
        " the study's authors, said it was near. Ines Varo, an adviser to the WHO, said"
        " the risk was low. Ada Penn, an astronomer at Caltech, said it was old. Lev Orr,"
        " a doctoral student at Tarrow University, said it was icy.",
        [
            ("Mira Holt", "person", "co-author of the study"),
            ("Tom Lask", "person", "one of the study's authors"),
            ("Ines Varo", "person", "adviser to the WHO"),
            ("Ada Penn", "person", "astronomer at Caltech"),
            ("Lev Orr", "person", "doctoral student at Tarrow University"),
        ],
    ),
    (
        "a-regulator-set-off-after-a-name-is-a-title",
        "Dr. Piet Marlo, the agency's top vaccine regulator, said the shots were safe.",
        [("Piet Marlo", "person", "agency's top vaccine regulator")],
    ),
    (
        "an-acronym-with-a-digit-in-brackets-keeps-the-appositive-title",
        "Carla Nuñez, deputy director of the Tarrow Climate Service (T3S), said the month"
        " was hot.",
        [("Carla Nuñez", "person", "deputy director of the Tarrow Climate Service (T3S)")],
    ),
    (
        "a-body-set-off-after-a-name-with-of-is-the-title",
        "Dr. Eli Varga, of Kelso Research, said the data were clear. Ana Ruiz, of Tarrow,"
        " said the data were old.",
        [("Eli Varga", "person", "Kelso Research"), ("Ana Ruiz", "person", None)],
    ),
    (
        "professor-spelled-out-yields-to-the-written-role",
        "Professor Cora Whitt, Ostland's chief medical officer, said the risk was low."
        " The study's senior author, Professor Ida Brand of Tarrow University, said it worked.",
        [
            ("Cora Whitt", "person", "Ostland's chief medical officer"),
            ("Ida Brand", "person", "study's senior author"),
        ],
    ),
    (
        "an-of-title-before-a-name-that-does-not-speak-is-written-whole",
        "Lyng met Secretary of State Helen Rowe on Friday. Rowe said the talks were good.",
        [("Helen Rowe", "person", "Secretary of State")],
    ),
    (
        "an-of-title-with-its-nation-before-a-name-that-does-not-speak",
        "Lyng met Kenyan Minister of Foreign Affairs Ana Ruiz on Friday. Ruiz said the"
        " talks were good.",
        [("Ana Ruiz", "person", "Kenyan Minister of Foreign Affairs")],
    ),
    (
        "irish-offices-before-a-name-are-titles",
        "Fine Gael TD Niamh Rourke said the budget would balance. Tanaiste Declan Fennelly"
        " said it would not.",
        [
            ("Niamh Rourke", "person", "Fine Gael TD"),
            ("Declan Fennelly", "person", "Tanaiste"),
        ],
    ),
    (
        "canadian-and-british-police-ranks-are-titles",
        "Const. Martin Crowe says the pair knew each other. DCI Ruth Hale said the car was"
        " found.",
        [("Martin Crowe", "person", "Const."), ("Ruth Hale", "person", "DCI")],
    ),
    (
        "british-labels-before-a-name-are-no-part-of-it",
        "Broadcaster Nadia Osei said the show would go on. Pensioner Ken Lowe said it"
        " would not. Father-of-three Kyle Marsh said it was late.",
        [
            ("Nadia Osei", "person", "Broadcaster"),
            ("Ken Lowe", "person", None),
            ("Kyle Marsh", "person", None),
        ],
    ),
    (
        "an-age-before-a-name-is-no-title",
        "Residents fled, 54-year-old Maria Lopez said.",
        [("Maria Lopez", "person", None)],
    ),
    (
        "a-lawyers-side-before-the-name-is-in-the-title",
        "The witness was questioned by defense attorney Brian Stelle. Stelle said she lied.",
        [("Brian Stelle", "person", "defense attorney")],
    ),
    (
        "an-appointee-of-a-president-is-no-title",
        "Ruiz, an appointee of President Tom Vale, wrote that the claims failed.",
        [("Ruiz", "person", None)],
    ),
    (
        "a-sentence-conjunction-is-no-part-of-a-role-set-before-a-name",
        "But Labour's shadow home secretary, Tom Reddin, said the plans were unworkable.",
        [("Tom Reddin", "person", "Labour's shadow home secretary")],
    ),
    (
        "a-party-role-with-its-seat-set-before-a-name",
        "Labour MP for Halesworth, Rachel Dunmere, said the closures were wrong.",
        [("Rachel Dunmere", "person", "Labour MP for Halesworth")],
    ),
    (
        "a-rank-yields-to-the-role-set-off-after-the-name",
        "Sgt. Mike Torrel, a spokesman for the Tarrow Sheriff's Office, said the deputy"
        " fired. Capt. Ana Brill said the roof fell.",
        [
            ("Mike Torrel", "person", "spokesman for the Tarrow Sheriff's Office"),
            ("Ana Brill", "person", "Capt."),
        ],
    ),
    (
        "dean-before-a-lone-surname-is-the-given-name",
        "Dean Narrow said the cyclone would cross the coast. Senior meteorologist Dean"
        " Callo said it would not.",
        [
            ("Dean Narrow", "person", None),
            ("Dean Callo", "person", "Senior meteorologist"),
        ],
    ),
    (
        "a-squad-place-before-a-name-is-a-title",
        "Backup Tyler Brisk said he would start. Freshman Jalen Pryce said he was ready.",
        [("Tyler Brisk", "person", "Backup"), ("Jalen Pryce", "person", "Freshman")],
    ),
    (
        "a-british-portfolio-or-office-before-general-is-in-the-title",
        "Ms Vance met shadow home secretary Tom Redd on Tuesday. Mr Redd said the plan was"
        " wrong. Ms Vance met CBI director general Rain Newton-Smyth. Ms Newton-Smyth said"
        " firms were struggling.",
        [
            ("Tom Redd", "person", "shadow home secretary"),
            ("Rain Newton-Smyth", "person", "CBI director general"),
        ],
    ),
    (
        "chairperson-is-a-title-before-a-name",
        "Tarrow Union Commission Chairperson Moussa Kanu said the talks were good.",
        [("Moussa Kanu", "person", "Tarrow Union Commission Chairperson")],
    ),
    (
        "a-list-of-roles-joined-by-and-is-one-title",
        "“It is done,” said Dorian Pyke, chairman, president and chief executive officer"
        " of Rellco.",
        [("Dorian Pyke", "person", "chairman, president and chief executive officer of Rellco")],
    ),
    (
        "a-body-after-from-is-the-title-a-town-is-none",
        "“The numbers are clear,” said Jane Smyth from the University of Tarrow. “They are"
        " old,” said Ana Ruiz from Kelso.",
        [("Jane Smyth", "person", "University of Tarrow"), ("Ana Ruiz", "person", None)],
    ),
    (
        "a-technical-lead-and-an-mvp-are-titles",
        "Mira Holt, the agency's technical lead, said the data were clean. MVP Dorian Vail"
        " said the team was ready.",
        [
            ("Mira Holt", "person", "agency's technical lead"),
            ("Dorian Vail", "person", "MVP"),
        ],
    ),
    (
        "a-doctorate-inside-a-role-ends-no-appositive",
        "Mira Holt, a Ph.D. candidate at Tarrow University, said the results were strong.",
        [("Mira Holt", "person", "Ph.D. candidate at Tarrow University")],
    ),
    (
        "a-role-set-before-a-name-is-the-last-conjuncts",
        "U.S. Secretary of State Ella Rowan and her Ostlandic counterpart, Wen Jiao, met on"
        " Friday, officials said. Wen told Rowan the talks were good.",
        [
            ("Wen Jiao", "person", "Ostlandic counterpart"),
            ("officials", "anonymous", None),
        ],
    ),
    (
        "the-companys-possessive-before-a-role-is-a-determiner",
        "Kaltern Motors Co. cut its forecast. The company's chief financial officer, Masa"
        " Itto, said the yen would weigh. Dorian Pyke, the firm's CEO, said sales fell.",
        [
            ("Masa Itto", "person", "chief financial officer"),
            ("Dorian Pyke", "person", "CEO"),
        ],
    ),
    (
        "a-long-role-with-its-body-set-off-after-a-name",
        "Mika Ostrow, director of the University of North Tarrowshire's Center for"
        " Infectious Disease Research and Policy, said the virus spread.",
        [
            (
                "Mika Ostrow",
                "person",
                "director of the University of North Tarrowshire's Center for Infectious"
                " Disease Research and Policy",
            )
        ],
    ),
    (
        "a-legislators-seat-after-for-is-no-name",
        "The Tory MP for Northbrook said he would stand down.",
        [("The Tory MP for Northbrook", "anonymous", None)],
    ),
    (
        "a-signatures-role-ends-with-its-paragraph",
        "“We think estimates still look too high.”\n\n— Anu Ravel, BI senior analyst"
        "\n\nClick here for the research.",
        [("Anu Ravel", "person", "BI senior analyst")],
    ),
    (
        "a-rank-with-its-class-yields-to-the-role-set-off-after-the-name",
        "Two sailors were rescued, Petty Officer 2nd Class Ryan Dowe, a Coast Guard"
        " spokesman, said Tuesday.",
        [("Ryan Dowe", "person", "Coast Guard spokesman")],
    ),
    (
        "the-taoiseach-is-a-role-that-joins-its-holder",
        "Taoiseach Mairead Quill met the unions. The Taoiseach said the deal was done.",
        [("Mairead Quill", "person", "Taoiseach")],
    ),
    (
        "a-titled-name-in-a-city-keeps-the-name",
        "U.S. District Judge Jed Rakow in Manhattan said the bank must face the lawsuit.",
        [("Jed Rakow", "person", "U.S. District Judge")],
    ),
    (
        "club-names-are-organisations",
        "Riverside United said the manager had left. Westerby City said the fee was"
        " undisclosed. Real Castora said the coach had resigned. World Rugby said the ban"
        " would stand.",
        [
            ("Riverside United", "organization", None),
            ("Westerby City", "organization", None),
            ("Real Castora", "organization", None),
            ("World Rugby", "organization", None),
        ],
    ),
    (
        "club-word-in-a-title-stays-a-title",
        "Riverside United manager Stefan Okonkwo said his side were poor.",
        [("Stefan Okonkwo", "person", "Riverside United manager")],
    ),
    (
        "nordic-and-german-legal-forms",
        "Genmab A/S said the trial met its goal. Merck KGaA said the drug was approved."
        " Nokia Oyj said demand slowed.",
        [
            ("Genmab A/S", "organization", None),
            ("Merck KGaA", "organization", None),
            ("Nokia Oyj", "organization", None),
        ],
    ),
    (
        "a-placed-trade-noun-is-a-body",
        "The Swiss drugmaker said demand slowed. The U.N. nuclear watchdog said inspectors"
        " were barred. The Premier League side said the fee was undisclosed.",
        [
            ("Swiss drugmaker", "organization", None),
            ("U.N. nuclear watchdog", "organization", None),
            ("Premier League side", "organization", None),
        ],
    ),
    (
        "authorities-are-unnamed-officials",
        "Health authorities said the risk was low.",
        [("Health authorities", "anonymous", None)],
    ),
    (
        "a-compound-trade-before-a-company-is-no-part-of-its-name",
        "Buyout firm Harrow Peak Partners said it would bid. Chinese EV maker Zhenlan Auto Co."
        " said it would not. Oil major Castellan Petroleum Plc said it was watching.",
        [
            ("Harrow Peak Partners", "organization", None),
            ("Zhenlan Auto Co.", "organization", None),
            ("Castellan Petroleum Plc", "organization", None),
        ],
    ),
    (
        "a-british-body-named-for-its-nation",
        "NHS England said the figures improved. Transport for London said the line would"
        " reopen. Public Health Scotland said the risk was low. Skylink UK said it was sorry.",
        [
            ("NHS England", "organization", None),
            ("Transport for London", "organization", None),
            ("Public Health Scotland", "organization", None),
            ("Skylink UK", "organization", None),
        ],
    ),
    (
        "a-person-surnamed-after-a-nation-stays-a-person",
        "Gordon England said the plan was sound.",
        [("Gordon England", "person", None)],
    ),
    (
        "a-peer-of-a-place-is-a-person",
        "Lord Ashworth of Kendal said the plans were flawed. Baroness Fenwick of Ashby said"
        " the Bill was flawed.",
        [("Ashworth", "person", "Lord"), ("Fenwick", "person", "Baroness")],
    ),
    (
        "one-body-named-with-and-after-an-owner",
        "The U.S. Securities and Exchange Commission said the filing was late. Japan's Fire"
        " and Disaster Management Agency said two people died.",
        [
            ("U.S. Securities and Exchange Commission", "organization", None),
            ("Japan's Fire and Disaster Management Agency", "organization", None),
        ],
    ),
    (
        "a-circuit-keeps-its-ordinal",
        "The 10th U.S. Circuit Court of Appeals ruled that the ban was unconstitutional.",
        [("10th U.S. Circuit Court of Appeals", "organization", None)],
    ),
    (
        "court-papers-and-a-body-s-website-are-documents",
        "Agents found guns, according to a search warrant application. The subpoena says the"
        " bank must comply. Tessly has 140 stores, according to its website.",
        [
            ("a search warrant application", "document", None),
            ("The subpoena", "document", None),
            ("its website", "document", None),
        ],
    ),
    (
        "a-web-service-after-its-noun-is-a-body",
        "More than 2,000 flights were canceled, according to flight-tracking site FlightAware.",
        [("FlightAware", "organization", None)],
    ),
    (
        "a-research-centre-that-reported-is-no-outlet",
        "Sea ice shrank this summer, the National Snow and Ice Data Center reported.",
        [("National Snow and Ice Data Center", "organization", None)],
    ),
    (
        "the-people-around-an-office-speak",
        "Allies of the Prime Minister said she was stitched up. Critics of the Home Secretary"
        " said the plan was cruel. Friends of the Earth said it was a disgrace.",
        [
            ("Allies of the Prime Minister", "group", None),
            ("Critics of the Home Secretary", "group", None),
            ("Friends of the Earth", "organization", None),
        ],
    ),
    (
        "a-body-that-modifies-a-job-is-no-person",
        "Achterberg, a former Rio Tinto executive, said the company would avoid debt. He added"
        " that it would keep its dividend.",
        [("Achterberg", "person", "former Rio Tinto executive")],
    ),
    (
        "a-department-for-a-list-of-fields-is-one-name",
        "The Department for Environment, Food and Rural Affairs (Defra) said the outbreak was"
        " contained. The Bureau of Alcohol, Tobacco, Firearms and Explosives said the gun was"
        " bought legally.",
        [
            ("Department for Environment, Food and Rural Affairs", "organization", None),
            ("Bureau of Alcohol, Tobacco, Firearms and Explosives", "organization", None),
        ],
    ),
    (
        "plurals-of-people-spread-over-a-place-are-a-group",
        "Teammates said Vale was hurt. Coaches around the league said the rule was overdue."
        " Group of 20 leaders said states must refrain from force.",
        [
            ("Teammates", "group", None),
            ("Coaches around the league", "group", None),
            ("Group of 20 leaders", "group", None),
        ],
    ),
    (
        "a-campaign-group-and-a-palace-are-bodies",
        "Residents' group Save Avonside said it would sue. The Elysee palace said the leaders"
        " met. Buckingham Palace said the king was well.",
        [
            ("Save Avonside", "organization", None),
            ("Elysee palace", "organization", None),
            ("Buckingham Palace", "organization", None),
        ],
    ),
    (
        "a-person-with-a-regulator-s-or-a-u-n-role-is-a-person",
        "Peter Marks, the FDA's top vaccine regulator, said the agency would move. Halvorsen,"
        " the U.N. spokesman, said the envoy was alarmed.",
        [
            ("Peter Marks", "person", "FDA's top vaccine regulator"),
            ("Halvorsen", "person", "U.N. spokesman"),
        ],
    ),
    (
        "a-nation-speaking-and-a-firm-s-person-after-an-ampersand",
        "Wales said in a statement that Morgan was ruled out. Halvorsen & Co.'s Mira Blanc said"
        " stocks look stretched.",
        [("Wales", "organization", None), ("Mira Blanc", "person", "Halvorsen & Co.")],
    ),
    (
        "a-player-s-position-that-is-a-body-word-is-a-title",
        "Center Marcus Webb said the team had to rebound. Hall of Famer Gary Marsh said the club"
        " needed a new manager.",
        [("Marcus Webb", "person", "Center"), ("Gary Marsh", "person", "Hall of Famer")],
    ),
    (
        "a-chairperson-and-a-climate-monitor",
        "African Union Commission Chairperson Moussa Kane said the talks would resume. Global"
        " temperatures broke the record, the EU's Copernicus climate monitor said.",
        [
            ("Moussa Kane", "person", "African Union Commission Chairperson"),
            ("EU's Copernicus climate monitor", "organization", None),
        ],
    ),
    (
        "a-given-name-written-as-such-and-a-possessive-relative-antecedent",
        "A nurse, who gave only her first name, Fatima, for fear of reprisals, said the"
        " generators failed. Jurors heard from the victim's sister, who said Cole threatened"
        " her.",
        [("Fatima", "person", None), ("the victim's sister", "anonymous", None)],
    ),
    (
        "a-party-s-member-for-a-seat-is-a-role",
        "The Tory MP for Northfleet said he had made the decision with a heavy heart.",
        [("The Tory MP for Northfleet", "anonymous", None)],
    ),
    (
        "a-dotted-country-initialism-in-an-appositive-names-no-role",
        "Marlow, the largest U.S. automaker by sales, said on Tuesday it would recall trucks.",
        [("Marlow", "organization", None)],
    ),
    (
        "a-student-with-no-school-or-degree-is-a-description",
        "“The glass flew,” said Noor, a 19-year-old student who lives across the road."
        " Ivo Sand, a graduate student at Kelmar University, said the roof held.",
        [
            ("Noor", "person", None),
            ("Ivo Sand", "person", "graduate student at Kelmar University"),
        ],
    ),
    (
        "a-lower-case-web-address-is-an-organisation",
        "More than 9,000 homes were without power, according to lampwatch.us.",
        [("lampwatch.us", "organization", None)],
    ),
    (
        "a-rank-keeps-its-title-before-a-body-set-off",
        "Detective Sergeant Ruth Penn, of Avon and Somerset Police, said the man fled. Sgt. Omar"
        " Vale, of the Tarrow Constabulary, said the car was found.",
        [("Ruth Penn", "person", "Detective Sergeant"), ("Omar Vale", "person", "Sgt.")],
    ),
    (
        "an-epithet-takes-the-person-written-after-its-noun",
        "Reality TV star Kerry Vane-Holt has been diagnosed with cancer. Her husband Tom Holt was"
        " with her.\n\nThe star said she was grateful for her family.",
        [("Kerry Vane-Holt", "person", None)],
    ),
    (
        "a-body-and-its-partner-speak-together-and-a-placed-centre-reports",
        "Halvex and its German partner Morrin said the shot was safe. Sea ice shrank this"
        " summer, the National Sea and Ice Data Center in Tromsdal, Norland, reported.",
        [
            ("Halvex and its German partner Morrin", "organization", None),
            ("National Sea and Ice Data Center in Tromsdal", "organization", None),
        ],
    ),
    (
        "a-described-owner-s-group-is-no-part-of-the-owner",
        "Tarrow Vale Council said it faced a shortfall. The Green-run council's opposition group"
        " said the cuts were cruel.",
        [
            ("Tarrow Vale Council", "organization", None),
            ("Green-run council's opposition group", "organization", None),
        ],
    ),
    (
        "a-role-in-passing-keeps-its-body-s-of",
        "Ms Harlow met Federation of Northern Industry director general Ada Quist on Monday. Ms"
        " Quist said firms were struggling.",
        [("Ada Quist", "person", "Federation of Northern Industry director general")],
    ),
    (
        "transport-operators-and-suppliers-are-bodies",
        "Air Valmont said it would suspend flights. The airline said talks had failed. Great"
        " Orrin Railway said the line would reopen. Kestrel Offshore said output fell. Tarrow"
        " Auto Parts said it would close a plant. Brisk Airport said flights were normal.",
        [
            ("Air Valmont", "organization", None),
            ("Great Orrin Railway", "organization", None),
            ("Kestrel Offshore", "organization", None),
            ("Tarrow Auto Parts", "organization", None),
            ("Brisk Airport", "organization", None),
        ],
    ),
    (
        "an-ampersand-joins-a-firm-s-name",
        "Calder Power & Light said 50,000 customers lost power. Norwick airport said flights"
        " were normal.",
        [
            ("Calder Power & Light", "organization", None),
            ("Norwick airport", "organization", None),
        ],
    ),
    (
        "a-one-word-brand-with-an-inner-capital-is-no-plural",
        "VantaEnergies said the refinery would restart. Output fell, Statistics Norland said.",
        [
            ("VantaEnergies", "organization", None),
            ("Statistics Norland", "organization", None),
        ],
    ),
    (
        "an-anonymity-aside-after-the-cue-withholds-a-plural",
        "Orvania is pushing for higher prices, delegates said, asking not to be identified"
        " because the talks are private.",
        [("delegates", "anonymous", None)],
    ),
    (
        "a-campaign-s-name-is-a-body",
        "Citizens for Fair Harbours said it would collect signatures. Parents for Safe Lanes,"
        " a local advocacy group, said it would sue.",
        [
            ("Citizens for Fair Harbours", "organization", None),
            ("Parents for Safe Lanes", "organization", None),
        ],
    ),
    (
        "a-band-is-a-body-named-after-its-noun",
        "Boy band Six Harbour said it would reunite. Ilan Vey, the frontman of the rock band"
        ' Copper Saints, has died. "Ilan was a force of nature," the band said.',
        [
            ("Six Harbour", "organization", None),
            ("Copper Saints", "organization", None),
        ],
    ),
    (
        "a-joined-trade-before-a-name-is-a-title",
        "Singer-songwriter Orla Venn said the tour would resume. Junior Tavi Moss, 16, said he"
        " would join the picket line.",
        [
            ("Orla Venn", "person", "Singer-songwriter"),
            ("Tavi Moss", "person", "Junior"),
        ],
    ),
    (
        "a-class-year-a-cabin-job-and-a-role-before-who-are-titles",
        "Mira Kade, a senior at Lane Ridge High, said she worried. Olan Ree, a flight"
        " attendant, said he was ready. Bo Tarr, a machinist who has worked at the plant for 20"
        " years, said he was ready.",
        [
            ("Mira Kade", "person", "senior at Lane Ridge High"),
            ("Olan Ree", "person", "flight attendant"),
            ("Bo Tarr", "person", "machinist"),
        ],
    ),
    (
        "a-possessive-determiner-is-no-part-of-a-title",
        "Its leader Keiko Amari said the party would reflect.",
        [("Keiko Amari", "person", "leader")],
    ),
    (
        "an-acronym-after-a-body-keeps-the-record-or-the-official-heading-it",
        "Stocks rose, data from the Orvan Palm Oil Board (OPOB) showed. Output could fall, an"
        " official at the Varla Sugar Mills Association (VSMA) said.",
        [
            ("data from the Orvan Palm Oil Board (OPOB)", "document", None),
            ("an official at the Varla Sugar Mills Association (VSMA)", "anonymous", None),
        ],
    ),
    (
        "a-body-described-by-agency-or-rank-or-tender-trade-is-a-body",
        "Prices rose, according to Ismora, the state agricultural market agency. Output fell,"
        " Norland's biggest oil producer said. Tarvia's state grain buyer Mostak Varr said it"
        " had bought wheat. Grain trader Bunvale Global SA said it would close a plant.",
        [
            ("Ismora", "organization", None),
            ("Norland's biggest oil producer", "organization", None),
            ("Mostak Varr", "organization", None),
            ("Bunvale Global SA", "organization", None),
        ],
    ),
    (
        "a-body-s-name-set-off-after-its-description-names-it",
        "Norland's biggest union, Unara, said its members would strike. Unara said it was"
        " ready. The group, known as PEX+, said it would revive output.",
        [("Unara", "organization", None), ("PEX+", "organization", None)],
    ),
    (
        "a-leader-s-possessive-is-no-part-of-a-party-s-name-and-trends-are-a-record",
        "Varda's United Party for National Renewal said it had won. The alliance was set to"
        " retain power, according to trends released by the Election Commission of Norland.",
        [
            ("United Party for National Renewal", "organization", None),
            ("trends released by the Election Commission of Norland", "document", None),
        ],
    ),
    (
        "a-union-of-unions-and-an-owner-by-acronym-are-bodies",
        "The Norland Confederation of Trade Unions said 100,000 workers had joined. Skyvale"
        " Airways owner SVG said on Friday it expected capacity to recover.",
        [
            ("Norland Confederation of Trade Unions", "organization", None),
            ("SVG", "organization", None),
        ],
    ),
    (
        "two-companies-joined-by-and-are-a-group-with-no-title",
        "Air Valmont and SkyNord said flights would resume.",
        [("Air Valmont and SkyNord", "group", None)],
    ),
    (
        "a-role-holding-a-quoted-work-title-is-the-title",
        'Lia Moor, the star of "Glass Harbour," said Monday that she was retiring.',
        [("Lia Moor", "person", 'star of "Glass Harbour"')],
    ),
    (
        "two-roles-joined-by-and-before-a-name-are-one-title",
        "Harbour Party leader and Prime Minister Jonas Vaeren said he would continue.",
        [("Jonas Vaeren", "person", "Harbour Party leader and Prime Minister")],
    ),
    (
        "bodies-together-known-by-one-name-are-that-body",
        "The Organization of Harbour Exporting Countries and its allies, known as OHEC+, said"
        " it would revive output. The union that represents teachers, the Varlo Association"
        " of Teachers, said it opposed the plan.",
        [
            ("OHEC+", "organization", None),
            ("Varlo Association of Teachers", "organization", None),
        ],
    ),
    (
        "a-role-before-a-participle-phrase-is-the-title",
        '"It was terrifying," said Amira Sall, a junior studying political science.',
        [("Amira Sall", "person", "junior")],
    ),
    (
        "a-commodity-word-before-prices-is-no-lone-company-name",
        "Barley prices will average $210 a tonne this season, the agency said. Cocoa futures"
        " rose 4%, the exchange said.",
        [("agency", "organization", None), ("exchange", "organization", None)],
    ),
    (
        "the-agency-is-the-acronym-opening-its-sentence",
        "The OPB expects pulp prices to fall 5% this year, the agency said in its outlook.",
        [("OPB", "organization", None)],
    ),
    (
        "a-role-acronym-or-an-acronym-before-a-noun-is-no-agency",
        "The CFO resigned Monday. The GOP nominee spoke too. The agency said it"
        " would review the filing.",
        [("agency", "organization", None)],
    ),
    (
        "a-role-of-a-quoted-work-is-an-unnamed-person-not-a-body",
        'The star of "Tin Harbour" said she was leaving.',
        [('The star of "Tin Harbour"', "anonymous", None)],
    ),
    (
        "an-aged-role-of-a-quoted-work-is-an-unnamed-person",
        'The 34-year-old star of "Salt Road" told reporters she had no regrets.',
        [('The 34-year-old star of "Salt Road"', "anonymous", None)],
    ),
    (
        "a-local-chapter-of-a-body-is-a-body",
        "The Varlo chapter of the union said the district had chosen force.",
        [("Varlo chapter of the union", "organization", None)],
    ),
    (
        "a-lone-surname-set-off-by-a-bare-head-of-a-body-is-a-person",
        "Unions called a strike for Friday, with Verrani, head of the CGTV, saying"
        " workers could no longer wait.",
        [("Verrani", "person", "head of the CGTV")],
    ),
    (
        "a-unions-numbered-local-is-a-body",
        "Harbour Workers Union Local 212 said it would strike.",
        [("Harbour Workers Union Local 212", "organization", None)],
    ),
    (
        "a-party-named-with-democratic-and-a-body-noun-is-a-body",
        "The Amber Democratic Movement (ADM) said it would boycott parliament.",
        [("Amber Democratic Movement", "organization", None)],
    ),
    (
        "an-opposition-party-with-its-acronym-then-party-is-the-named-body",
        "The opposition Amber Democratic Movement (ADM) party said on Tuesday it would"
        " boycott parliament.",
        [("Amber Democratic Movement", "organization", None)],
    ),
    (
        "a-lone-surname-whose-report-opens-on-she-is-a-person",
        '"I accept the count," Ortavia said, but added that she would keep fighting.',
        [("Ortavia", "person", None)],
    ),
    (
        "plural-people-by-circle-are-a-group",
        "Colleagues think the curator deserves the prize, and parish clergy said so too.",
        [("Colleagues", "group", None), ("parish clergy", "group", None)],
    ),
    (
        "a-whip-and-a-president-pro-tempore-are-titles",
        "Senate Majority Whip Orla Denning said the vote would be close. Senate President"
        " Pro Tempore Abel Carrow said he would vote yes.",
        [
            ("Orla Denning", "person", "Senate Majority Whip"),
            ("Abel Carrow", "person", "Senate President Pro Tempore"),
        ],
    ),
    (
        "del-and-delegate-are-titles",
        "Del. Nora Pellham, D-Fairlow, said the bill would pass. Delegate Ivo Strand said"
        " it would not.",
        [("Nora Pellham", "person", "Del."), ("Ivo Strand", "person", "Delegate")],
    ),
    (
        "church-ranks-before-a-name-are-titles",
        "Metropolitan Ilarion Varsky said the church would stay neutral. Mother Superior"
        " Agata Brell said the convent would close. The Venerable Lobsang Dorje said the"
        " monastery was safe.",
        [
            ("Ilarion Varsky", "person", "Metropolitan"),
            ("Agata Brell", "person", "Mother Superior"),
            ("Lobsang Dorje", "person", "Venerable"),
        ],
    ),
    (
        "an-elect-title-and-an-ex-title-are-kept",
        "Gov.-elect Wren Oakley said she would name a chief of staff. Ex-Sen. Pia Lund said"
        " she would run again.",
        [("Wren Oakley", "person", "Gov.-elect"), ("Pia Lund", "person", "Ex-Sen.")],
    ),
    (
        "a-role-set-off-before-a-clergy-rank-and-name-is-the-title",
        "The Vatican's secretary of state, Cardinal Elio Varrone, said talks were at a"
        " delicate stage. The school's principal, Sister Ines Molloy, said classes would"
        " resume.",
        [
            ("Elio Varrone", "person", "Vatican's secretary of state"),
            ("Ines Molloy", "person", "school's principal"),
        ],
    ),
    (
        "a-participle-modifying-a-noun-keeps-the-role-a-title",
        "The separatist-installed mayor of Varnograd, Oleg Pashin, said shelling killed"
        " three. Ravi Menon, a lawyer for the detained student, said his client had done"
        " nothing wrong.",
        [
            ("Oleg Pashin", "person", "separatist-installed mayor of Varnograd"),
            ("Ravi Menon", "person", "lawyer for the detained student"),
        ],
    ),
    (
        "a-record-set-off-is-no-title-a-running-mate-is",
        "Oyelaran, the first Latina to chair the committee, said she planned hearings."
        " Pruitt's running mate, Dana Kessel, said she agreed.",
        [("Oyelaran", "person", None), ("Dana Kessel", "person", "Pruitt's running mate")],
    ),
    (
        "a-sovereign-or-prelate-styled-of-a-see-is-a-titled-person",
        "Patriarch Severin of Varna and All Dalmora said the faithful must stay united."
        " Queen Ilse II of Norvania said the ties were strong.",
        [("Severin", "person", "Patriarch"), ("Ilse II", "person", "Queen")],
    ),
    (
        "a-multiword-plural-possessive-role-set-off-before-a-name-is-the-title",
        "Corvane Dynamics' CEO, Noor Kasem, said the company was profitable.",
        [("Noor Kasem", "person", "Corvane Dynamics' CEO")],
    ),
    (
        "a-role-after-a-subordinator-and-its-is-the-title-not-the-clause",
        "Tellmark's shares fell 4% after its chief financial officer, Lena Brock, said"
        " demand was slowing.",
        [("Lena Brock", "person", "chief financial officer")],
    ),
    (
        "a-role-set-off-after-a-name-outranks-the-possessive-body-before-it",
        "The Halvern Institute's Lara Minto, a former Senate aide, said the bill would fail.",
        [("Lara Minto", "person", "former Senate aide")],
    ),
    (
        "a-religious-orders-role-set-off-before-a-name-is-the-title",
        '"We are reviewing the letter," the abbot, Anselm Varga, said.',
        [("Anselm Varga", "person", "abbot")],
    ),
    (
        "a-role-then-the-rev-and-a-name-gives-the-name-titled-by-the-role",
        "Her pastor, the Rev. Marlon Tibbs, said she sang in the choir every Sunday.",
        [("Marlon Tibbs", "person", "pastor")],
    ),
    (
        "said-a-role-then-the-rev-and-a-name-gives-the-name",
        '"He never missed a Sunday," said the church\'s pastor, the Rev. Marlon Tibbs.',
        [("Marlon Tibbs", "person", "church's pastor")],
    ),
    (
        "a-body-named-metropolitan-something-of-something-is-no-prelate",
        "The Metropolitan Gallery of Varnholt said the show would open in May.",
        [("Metropolitan Gallery of Varnholt", "organization", None)],
    ),
    (
        "a-capitalised-guard-closing-a-name-is-an-armed-service",
        "Veloria's Republican Guard said it seized a freighter. A prison guard said"
        " the inmate escaped.",
        [
            ("Veloria's Republican Guard", "organization", None),
            ("A prison guard", "anonymous", None),
        ],
    ),
    (
        "a-numbered-brigade-after-a-country-possessive-is-a-body",
        "Veloria's 52nd Mountain Brigade said its troops had retaken a village.",
        [("Veloria's 52nd Mountain Brigade", "organization", None)],
    ),
    (
        "border-and-customs-agencies-with-and-are-one-body",
        "Customs and Border Protection said agents found 12 people. Border Patrol said"
        " agents rescued nine.",
        [
            ("Customs and Border Protection", "organization", None),
            ("Border Patrol", "organization", None),
        ],
    ),
    (
        "an-aviation-or-toy-company-by-its-trade-word-is-a-body",
        "Brennow Aviation said it was cooperating. Tarrow Toys said it had recalled"
        " the cribs.",
        [
            ("Brennow Aviation", "organization", None),
            ("Tarrow Toys", "organization", None),
        ],
    ),
    (
        "an-outlet-after-a-country-possessive-is-media-with-no-title",
        "Veloria's Army Radio reported that the cabinet had met. Tarsia's Harbor TV"
        " reported that the talks had failed.",
        [("Army Radio", "media", None), ("Harbor TV", "media", None)],
    ),
    (
        "a-wire-agency-after-a-country-possessive-is-media",
        "Russia's RIA Novosti reported that two drones were downed over Kursava.",
        [("RIA Novosti", "media", None)],
    ),
    (
        "a-company-before-its-spokesperson-after-an-article-stays-a-body",
        "Brovanta said it would cut jobs. A Brovanta spokesperson said the cuts were"
        " final.",
        [("Brovanta", "organization", None), ("A Brovanta spokesperson", "anonymous", None)],
    ),
    (
        "a-trade-epithet-giant-or-maker-before-one-name-is-a-company",
        "Tech giant Norvale said it would invest $25 billion. Chatbot maker"
        " Quellon said it would not.",
        [("Norvale", "organization", None), ("Quellon", "organization", None)],
    ),
    (
        "a-bodys-wing-or-arm-or-a-bishops-conference-is-a-body",
        "The militia's armed wing said its fighters held the bridge. The Tarsian"
        " bishops' conference said it shared the sorrow.",
        [
            ("militia's armed wing", "organization", None),
            ("Tarsian bishops' conference", "organization", None),
        ],
    ),
    (
        "the-eu-executive-arm-spelt-out-is-a-body",
        "The European Union's executive arm said it had fined Valtrona.",
        [("European Union's executive arm", "organization", None)],
    ),
    (
        "the-general-staff-of-an-army-is-a-body",
        "The General Staff of Veloria's armed forces said two drones were shot down.",
        [("General Staff of Veloria's armed forces", "organization", None)],
    ),
    (
        "an-encyclical-a-fundraising-page-and-tallies-are-documents",
        "The encyclical says that technology must serve the poor. A GoFundMe page says"
        " he came to Tarsia at age 3. Over 1,200 people were killed, according to"
        " Velorian tallies.",
        [
            ("The encyclical", "document", None),
            ("A GoFundMe page", "document", None),
            ("Velorian tallies", "document", None),
        ],
    ),
    (
        "a-bodys-ranked-party-member-is-a-role-never-the-body",
        '"Enough is enough," the Senate\'s top Democrat said.',
        [("the Senate's top Democrat", "anonymous", None)],
    ),
    (
        "a-partys-members-placed-by-where-they-sit-are-a-group",
        "Some Democrats on Capitol Hill said Harlan would lose. Republicans outside"
        " Tarrow said he would win.",
        [
            ("Some Democrats on Capitol Hill", "group", None),
            ("Republicans outside Tarrow", "group", None),
        ],
    ),
    (
        "a-fields-regulator-set-off-after-one-name-marks-a-body",
        "Enverca, the energy regulator, said it would investigate.",
        [("Enverca", "organization", None)],
    ),
    (
        "a-patrols-capitalised-sector-is-a-body",
        "The Border Patrol's Del Rio Sector said agents rescued 14 migrants.",
        [("Border Patrol's Del Rio Sector", "organization", None)],
    ),
    (
        "a-place-peoples-liberation-front-is-one-body",
        "The Varda People's Liberation Front said drones had killed 19 civilians.",
        [("Varda People's Liberation Front", "organization", None)],
    ),
    (
        "a-lower-camel-case-brand-is-a-company",
        "zVendo said on Tuesday it would cut 1,000 jobs.",
        [("zVendo", "organization", None)],
    ),
    (
        "an-owners-possessive-before-an-ing-word-is-no-plural-head",
        "Harlan's running mate said the campaign would contest the results. The"
        " bank's lending arm said it would cut rates.",
        [
            ("Harlan's running mate", "anonymous", None),
            ("bank's lending arm", "organization", None),
        ],
    ),
    (
        "a-demonym-and-a-numbered-channels-news-is-the-channel",
        "Greek Channel 14 news reported that the cabinet had approved the plan.",
        [("Channel 14", "media", None)],
    ),
    (
        "an-owners-outlet-by-its-news-desk-is-the-outlet",
        "Veloria's V14 news reported that the cabinet had approved the plan.",
        [("V14", "media", None)],
    ),
    (
        "a-brand-before-its-capitalised-product-plural-is-no-persons-name",
        "Regulators say some Tarvane SUVs can stall. Tarvane said it is cooperating.",
        [("Regulators", "group", None), ("Tarvane", "organization", None)],
    ),
    (
        "two-lone-surnames-set-off-as-people-are-a-group",
        "Varrick and Mehlan, the commission's two Republicans, said the rule was"
        " unlawful.",
        [("Varrick and Mehlan", "group", None)],
    ),
    (
        "a-surnames-plural-after-its-family-is-the-family-group",
        'The Ndaru family said he died peacefully. "He was our rock," the Ndarus said'
        " in a statement.",
        [("The Ndaru family", "group", None)],
    ),
    (
        "a-sector-of-a-patrol-is-a-body-not-a-person-of-a-body",
        "The Del Rio Sector of the Border Patrol said agents rescued 14 migrants.",
        [("Del Rio Sector of the Border Patrol", "organization", None)],
    ),
    (
        "a-bishops-conference-with-its-acronym-is-a-body",
        "The Tarsian bishops' conference (TBC) said it shared the sorrow.",
        [("Tarsian bishops' conference", "organization", None)],
    ),
    (
        "lower-case-words-before-an-outlets-name-are-no-title",
        'Sen. Dale Harrow said Voss "has my full confidence," a day after HuffPost'
        " reported that he was ill.",
        [("Dale Harrow", "person", "Sen."), ("HuffPost", "media", None)],
    ),
    (
        "two-companies-with-ric-tickers-are-a-group-without-the-tickers",
        "Tarvane (TRV.O) and Pellick (PLK.N) said on Monday they would merge.",
        [("Tarvane and Pellick", "group", None)],
    ),
    (
        "a-backed-startup-is-a-body-not-an-unnamed-person",
        "The Quorvex-backed startup said the money would fund data centers.",
        [("Quorvex-backed startup", "organization", None)],
    ),
    (
        "a-brands-rival-by-one-word-never-named-in-full-is-a-company",
        "Quorvex rival Tandrel said it would invest $25 billion.",
        [("Tandrel", "organization", None)],
    ),
    (
        "two-bodies-the-second-with-the-are-a-group",
        "Morrow Toys and the Consumer Safety Board said the cribs were unsafe.",
        [("Morrow Toys and the Consumer Safety Board", "group", None)],
    ),
    (
        "who-after-a-name-and-its-age-is-the-name",
        '"He has no record," said Idalia Brenn, 34, who said her husband was detained.',
        [("Idalia Brenn", "person", None)],
    ),
    (
        "who-after-a-name-its-age-and-hometown-is-the-name",
        '"We wait," said Rosa Tavell, 52, of Quinto, who said her son was deported in May.',
        [("Rosa Tavell", "person", None)],
    ),
    (
        "who-after-a-name-of-a-city-and-its-state-is-the-name",
        "Mayor Ilse Varga of Corrin, Colorado, who called the shooting tragic, said the city"
        " would pay.",
        [("Ilse Varga", "person", "Mayor")],
    ),
    (
        "a-first-name-set-off-before-the-name-is-no-title",
        "A 41-year-old mother from Ostrava, who asked to be identified only by her first"
        " name, Lenka, said she was afraid.",
        [("Lenka", "person", None)],
    ),
    (
        "a-lone-surname-that-asked-stays-one-person-for-the-he-after-it",
        "Tarvin asked Osk whether he had signed the lease. He said he had.",
        [("Tarvin", "person", None)],
    ),
    (
        "a-lone-surname-that-spoke-last-takes-she-over-another-opening-name",
        '"The plant is ready," Quell said on a call. Marrow had been in talks with Ostin for'
        " months, she said.",
        [("Quell", "person", None)],
    ),
    (
        "appositive-title-keeps-a-saints-point",
        "Monsignor Ivo Brandel, rector of St. Wendeline's Basilica, said the doors would open.",
        [("Ivo Brandel", "person", "rector of St. Wendeline's Basilica")],
    ),
    (
        "the-company-is-the-lead-company-past-its-trade-appositive",
        "Brellix, the AI coding startup, has raised $50 million in a round led by Harbor"
        " Ventures, the company said.",
        [("Brellix", "organization", None)],
    ),
    (
        "role-before-a-right-rev-style-is-the-title",
        "The Bishop of Carnmore, the Right Rev. Osric Tallin, said the church would sell the hall.",
        [("Osric Tallin", "person", "Bishop of Carnmore")],
    ),
    (
        "a-body-acronym-and-a-body-named-together-are-a-group",
        "WASHINGTON (AP) — The BSRC and Quorvel Games said the swings were unsafe.",
        [("The BSRC and Quorvel Games", "group", None)],
    ),
    (
        "a-body-named-together-with-an-acronym-after-it-is-a-group",
        "WASHINGTON (AP) — Tarvik Motors Co. and NTRA said the brakes could fail.",
        [("Tarvik Motors Co. and NTRA", "group", None)],
    ),
    (
        "a-peerage-style-names-a-person",
        "The Duke of Farnholt said he was saddened. He added: 'We ask for privacy.'",
        [("Duke of Farnholt", "person", None)],
    ),
    (
        "a-princess-by-her-peerage-style-is-a-person",
        "The Princess of Olvey told reporters she was pleased.",
        [("Princess of Olvey", "person", None)],
    ),
    (
        "a-body-word-before-of-reporting-is-no-outlet",
        "Pending home sales rose 2% in October, the National Association of Home Brokers"
        " reported.",
        [("National Association of Home Brokers", "organization", None)],
    ),
    (
        "maulana-is-a-courtesy-before-the-name",
        "KARACHI: Maulana Tariq Jameel Qadri said the government had failed.",
        [("Tariq Jameel Qadri", "person", "Maulana")],
    ),
    (
        "maulana-after-a-party-chief-is-no-part-of-the-title",
        "KARACHI: JUI-F chief Maulana Tariq Qadri said the government had failed.",
        [("Tariq Qadri", "person", "JUI-F chief")],
    ),
    (
        "ji-after-a-name-is-a-courtesy",
        "NEW DELHI - Shri Ravindra Nath Kuldeep Ji said the forces were ready.",
        [("Ravindra Nath Kuldeep", "person", None)],
    ),
    (
        "sahib-after-a-surname-joins-the-full-name",
        "Trust president Maulana Irfan Qasmi said the law was unjust. Qasmi Sahib also urged"
        " people to keep the peace.",
        [("Irfan Qasmi", "person", "Trust president")],
    ),
    (
        "a-lone-word-before-a-later-cleric-courtesy-is-that-person",
        "KARACHI - Zubair said the polls were rigged. Maulana Zubair also said the count"
        " was late.",
        [("Zubair", "person", "Maulana")],
    ),
    (
        "a-title-tag-then-its-place-is-no-part-of-the-name",
        "DHAKA - Officer-in-Charge (OC) of Tejgaon Police Station Nurul Alam said it was calm.",
        [("Nurul Alam", "person", "Officer-in-Charge (OC) of Tejgaon Police Station")],
    ),
    (
        "a-title-tag-then-its-district-is-no-part-of-the-name",
        "DHAKA - Superintendent of Police (SP) of Narsingdi Kamal Uddin said it was calm.",
        [("Kamal Uddin", "person", "Superintendent of Police (SP) of Narsingdi")],
    ),
    (
        "a-common-noun-qualifying-sales-is-no-company",
        "Holiday sales rose 4%, the retailer said.",
        [("retailer", "organization", None)],
    ),
    (
        "job-cuts-opening-a-lede-is-no-company",
        "Job cuts rose 50% in May, the firm said.",
        [("firm", "organization", None)],
    ),
    (
        "an-agency-acronym-before-party-members-is-the-party",
        "LAHORE: Police arrested 40 PTI workers on Sunday. PTI said the arrests were illegal.",
        [("PTI", "organization", None)],
    ),
    (
        "a-trade-surname-before-of-a-body-is-a-person",
        "Ellen Baker of the Orrin Institute said rents were high.",
        [("Ellen Baker", "person", "Orrin Institute")],
    ),
    (
        "a-trade-surname-before-of-a-center-for-studies-is-a-person",
        "Economist Tom Baker of the Center for Housing and Rent Studies said wage growth"
        " was solid.",
        [("Tom Baker", "person", "Economist")],
    ),
    (
        "a-possessive-that-speaks-is-a-store-name",
        "Varlow's said Tuesday it would close 150 stores. The department store chain said it"
        " would keep its flagship.",
        [("Varlow's", "organization", None)],
    ),
    (
        "a-retailer-before-a-two-word-name-marks-a-company",
        "Electronics retailer Tarbell Buy said sales fell.",
        [("Tarbell Buy", "organization", None)],
    ),
    (
        "a-chain-before-a-two-word-name-marks-a-company",
        "Discount chain Penny General said sales rose.",
        [("Penny General", "organization", None)],
    ),
    (
        "a-hyphenated-bracketed-acronym-ends-no-appositive",
        "KARACHI: Tariq Qadri, a senior leader of the Awami Front-Nawaz (AF-N), said the"
        " government had failed.",
        [("Tariq Qadri", "person", "senior leader of the Awami Front-Nawaz (AF-N)")],
    ),
    (
        "a-glued-bracketed-wing-ends-no-appositive",
        "KOLKATA: Imran Selim, the CPI(ML) state secretary, said the government had failed.",
        [("Imran Selim", "person", "CPI(ML) state secretary")],
    ),
    (
        "officer-in-charge-before-a-name-is-the-title",
        "DHAKA - Officer-in-Charge of Korail Model Police Station Rafiqul Alam said the"
        " situation was under control.",
        [("Rafiqul Alam", "person", "Officer-in-Charge of Korail Model Police Station")],
    ),
    (
        "in-charge-set-off-after-a-name-is-the-title",
        "DHAKA - Ravi Sarkar, in-charge of the Korail police post, said the area was calm.",
        [("Ravi Sarkar", "person", "in-charge of the Korail police post")],
    ),
    (
        "a-field-word-alone-before-a-name-opens-a-company",
        "Home Outpost said sales rose 3%. The retailer also said it expects a slow spring.",
        [("Home Outpost", "organization", None)],
    ),
    (
        "a-body-that-reported-and-is-then-the-company-is-no-outlet",
        "The median asking rent was $1,700 in October, Rentora reported. Rents have fallen for"
        " 10 months, the company said.",
        [("Rentora", "organization", None)],
    ),
    (
        "a-daily-masthead-is-an-outlet",
        "According to the Daily Courier, the Duke has hired a new lawyer.",
        [("Daily Courier", "media", None)],
    ),
    (
        "a-sunday-masthead-is-an-outlet",
        "The singer was upset, the Sunday Clarion said.",
        [("Sunday Clarion", "media", None)],
    ),
    (
        "a-royal-first-name-alone-is-the-titled-person",
        "Prince Osric said he was delighted. Osric added: 'It is wonderful.'",
        [("Osric", "person", "Prince")],
    ),
    (
        "a-mononym-written-again-is-the-titled-person",
        "Karnataka Chief Minister Veerappaiah said the state would act. Veerappaiah said"
        " Kannada was the priority.",
        [("Veerappaiah", "person", "Karnataka Chief Minister")],
    ),
    (
        "motor-closing-a-name-marks-a-carmaker",
        "Halvard Motor said it would recall 50,000 trucks.",
        [("Halvard Motor", "organization", None)],
    ),
    (
        "a-vegetable-seller-set-off-is-the-title",
        "DHAKA - \"We cannot sell at a loss,\" Abdul Kader, a vegetable seller, told this"
        " correspondent.",
        [("Abdul Kader", "person", "vegetable seller")],
    ),
    (
        "a-rickshaw-puller-set-off-is-the-title",
        "\"We are hungry,\" said Rahim Mollah, a rickshaw puller.",
        [("Rahim Mollah", "person", "rickshaw puller")],
    ),
    (
        "a-web-name-in-an-appositive-keeps-its-dot",
        "Inventory is improving, Dana Holt, chief economist at Homefinder.com, said.",
        [("Dana Holt", "person", "chief economist at Homefinder.com")],
    ),
    (
        "royal-before-a-job-is-part-of-the-title",
        "Royal author Penny Marsham said the book was 'explosive'.",
        [("Penny Marsham", "person", "Royal author")],
    ),
    (
        "a-post-nominal-mp-is-no-part-of-the-name",
        "Home Secretary Amira Kazmi MP said the new law would work.",
        [("Amira Kazmi", "person", "Home Secretary")],
    ),
    (
        "a-seat-with-a-compass-word-leaves-the-full-name",
        "Labour MP for Halesworth North Amy Pickering said the cuts were \"cruel\".",
        [("Amy Pickering", "person", "Labour MP for Halesworth North")],
    ),
    (
        "a-bodys-named-book-is-a-document",
        "The Bank's Amber Book, a collection of anecdotes, showed activity was flat.",
        [("The Bank's Amber Book", "document", None)],
    ),
    (
        "a-bodys-named-survey-with-and-is-a-document",
        "Employers posted 7.7 million job openings, according to the Labor Office's Job"
        " Vacancies and Hiring Survey.",
        [("the Labor Office's Job Vacancies and Hiring Survey", "document", None)],
    ),
    (
        "a-model-number-after-a-maker-is-no-surname",
        "DETROIT (AP) — Halvard F-250 sales rose. Halvard said it would recall 50,000 trucks.",
        [("Halvard", "organization", None)],
    ),
    (
        "the-company-after-a-ceo-of-a-suffixed-name-is-the-name",
        "Sales rose, said Ed Larkin, CEO of Norvale Inc. \"We had a good year,\" Larkin said."
        " The company also said it would hire 5,000 seasonal workers.",
        [("Ed Larkin", "person", "CEO of Norvale Inc."), ("Norvale Inc.", "organization", None)],
    ),
    (
        "a-firm-named-by-its-partners-keeps-its-comma-in-the-title",
        "Layoffs were rising, said Andrew Pellinger, senior vice president of Pellinger, Ray &"
        " Noel.",
        [("Andrew Pellinger", "person", "senior vice president of Pellinger, Ray & Noel")],
    ),
    (
        "a-peers-rank-after-a-role-is-no-part-of-the-title",
        "Former Labour minister Baroness Hallam of Thornbury said the decision was"
        " 'a disgrace'.",
        [("Hallam", "person", "Former Labour minister")],
    ),
    (
        "a-latinate-brand-in-ntis-is-no-plural",
        "DETROIT (AP) — Verantis said Monday that it will lay off 1,100 workers. The layoffs"
        " are temporary, the company said.",
        [("Verantis", "organization", None)],
    ),
    (
        "a-web-names-stem-is-the-same-company",
        "The average price was $51,300, according to Carvendo.com. That is down 2% from a year"
        " earlier, Carvendo said.",
        [("Carvendo.com", "organization", None)],
    ),
    (
        "a-possessive-owning-the-noun-before-a-colon-is-the-person",
        'Dervin\'s response: "We will wait." She did not elaborate.',
        [("Dervin", "person", None)],
    ),
    (
        "a-show-closing-a-leading-participle-phrase-is-no-name",
        'Speaking on Morning Lanterns, the presenter, 52, said she was "heartbroken".',
        [("the presenter", "anonymous", None)],
    ),
    (
        "irish-and-australian-post-nominals-are-no-part-of-the-name",
        "Orla Kennefick TD said the plan had failed. Mr Kennefick said it was late."
        " Dara Quill SC, prosecuting, said the victim was vulnerable."
        " Rhys Tanner MLA said the bill was weak.",
        [
            ("Orla Kennefick", "person", None),
            ("Dara Quill", "person", None),
            ("Rhys Tanner", "person", None),
        ],
    ),
    (
        "broadcast-roles-trades-and-detective-garda-are-titles-before-a-name",
        "Host Dan Treadwell said the senator would return. Legislator Chan Wai-lun said the"
        " plan was flawed. Grazier Bec Thornbury said the rain had not come. Detective"
        " Garda Ciara Nolte said the jaw was broken. Sydneysider Kim Rowe said it was hot.",
        [
            ("Dan Treadwell", "person", "Host"),
            ("Chan Wai-lun", "person", "Legislator"),
            ("Bec Thornbury", "person", "Grazier"),
            ("Ciara Nolte", "person", "Detective Garda"),
            ("Kim Rowe", "person", None),
        ],
    ),
    (
        "services-named-for-their-state-or-country-are-bodies",
        "Parks Canada said the trail was shut. Ambulance Victoria said a man was hurt."
        " Fire and Rescue NSW said crews were there. Waka Kotahi said the road was shut."
        " Nova Scotia RCMP said the driver died. St John Ambulance said two were treated.",
        [
            ("Parks Canada", "organization", None),
            ("Ambulance Victoria", "organization", None),
            ("Fire and Rescue NSW", "organization", None),
            ("Waka Kotahi", "organization", None),
            ("Nova Scotia RCMP", "organization", None),
            ("St John Ambulance", "organization", None),
        ],
    ),
    (
        "a-party-possessive-before-a-full-name-is-the-title",
        "Labor's Jo Castellan said the minister should resign. Labour's Ginny Arbuckle said"
        " the bill was late.",
        [("Jo Castellan", "person", "Labor"), ("Ginny Arbuckle", "person", "Labour")],
    ),
    (
        "a-solicitor-or-barrister-set-before-a-name-is-the-title",
        "His solicitor, Mark Davenby, said his client would plead not guilty. Her barrister,"
        " Ann Folley, said she would appeal.",
        [("Mark Davenby", "person", "solicitor"), ("Ann Folley", "person", "barrister")],
    ),
    (
        "appositive-titles-also-initials-and-long-xinhua-roles",
        "Wang Lide, also Kelvanian foreign minister, said talks would go on. Mr Faizal Rahmat,"
        " a research fellow at the S. Rajan School of Strategic Studies, said the move"
        " was significant. Zhou Pemin, a member of the Political Bureau of the Kelvanian"
        " Workers Party Central Committee and director of the Office of the Central Foreign"
        " Affairs Commission, said ties would grow.",
        [
            ("Wang Lide", "person", "Kelvanian foreign minister"),
            (
                "Faizal Rahmat",
                "person",
                "research fellow at the S. Rajan School of Strategic Studies",
            ),
            (
                "Zhou Pemin",
                "person",
                "member of the Political Bureau of the Kelvanian Workers Party Central"
                " Committee and director of the Office of the Central Foreign Affairs Commission",
            ),
        ],
    ),
    (
        "unsealed-counted-and-newsroom-findings-are-documents",
        "According to an indictment unsealed Thursday, Delmore hid the money. The fund lost"
        " millions, a Ledger-Courier investigation found. According to dozens of emails"
        " reviewed by the paper, staff knew. According to invoices obtained by the paper,"
        " the firm billed twice.",
        [
            ("an indictment unsealed Thursday", "document", None),
            ("a Ledger-Courier investigation", "document", None),
            ("dozens of emails reviewed by the paper", "document", None),
            ("invoices obtained by the paper", "document", None),
        ],
    ),
    (
        "an-agency-response-a-named-contractor-and-an-owned-chief-of-staff",
        'The agency\'s response, included at the end of the report, says it "generally'
        ' agrees" with the findings. The contractor, Brellton Health, said it meets all'
        " requirements. Vaszko's chief of staff said the alderman was busy.",
        [
            ("The agency's response", "document", None),
            ("Brellton Health", "organization", None),
            ("Vaszko's chief of staff", "anonymous", None),
        ],
    ),
    (
        "col-without-a-point-after-a-title-is-a-given-name",
        "Police Commissioner Col Brannock-Ward told reporters the force was stretched.",
        [("Col Brannock-Ward", "person", "Police Commissioner")],
    ),
    (
        "a-broadcast-role-before-a-name-written-first-titles-it",
        "Radio host Sam Okonedo interviewed the governor. Okonedo said the interview was over.",
        [("Sam Okonedo", "person", "Radio host")],
    ),
    (
        "a-dotted-province-possessive-opens-an-appositive-title",
        "Bonnie Henley-Lang, B.C.'s provincial health officer, said cases were rising.",
        [("Bonnie Henley-Lang", "person", "B.C.'s provincial health officer")],
    ),
    (
        "a-party-description-after-a-surname-keeps-the-office-written-before",
        "Sheriff Wade Corlund defended the chair. Corlund, a Republican in his third term,"
        " said the letter was wrong.",
        [("Wade Corlund", "person", "Sheriff")],
    ),
    (
        "an-in-charge-title-before-a-name-is-no-part-of-the-name",
        "ELKTON (AP) — Special Agent in Charge Noor Bexley said the agency was helping.",
        [("Noor Bexley", "person", "Special Agent in Charge")],
    ),
    (
        "an-in-charge-title-written-before-a-lone-surname-speaker",
        "Marshal Ito spoke first, flanked by FBI Special Agent in Charge Noor Bexley. Bexley said"
        " the agency was helping.",
        [("Noor Bexley", "person", "FBI Special Agent in Charge")],
    ),
    (
        "a-show-title-with-the-comma-outside-its-marks-keeps-the-appositive-role",
        'Tova Renn, the host of KXLT\'s "Night Ledger", said the show would end.',
        [("Tova Renn", "person", 'host of KXLT\'s "Night Ledger"')],
    ),
    (
        "a-predicate-after-a-stacked-appositive-is-no-title",
        "The Commissioner for Lands, Mr Emeka Obi, gave the assurance while briefing journalists"
        " on the outcome of the council meeting on Friday in the state capital. Obi said the"
        " plan was approved.",
        [("Emeka Obi", "person", "Commissioner for Lands")],
    ),
    (
        "a-party-word-opening-a-title-that-holds-the-office-keeps-it",
        "Republican state Sen. Dale Pruitt of Macon said the bill was fair.",
        [("Dale Pruitt", "person", "Republican state Sen.")],
    ),
    (
        "a-party-name-opening-a-body-title-keeps-it",
        "Republican Union Party (RUP) leader Kemal Ardent criticised the plan, saying the"
        " government was lying.",
        [("Kemal Ardent", "person", "Republican Union Party (RUP) leader")],
    ),
    (
        "a-capitalised-one-closing-a-name-is-a-company",
        "Hydro Varna One said power would be restored by Friday."
        " Kestrel One said fares would rise.",
        [("Hydro Varna One", "organization", None), ("Kestrel One", "organization", None)],
    ),
    (
        "the-clients-possessive-before-a-lawyer-is-a-determiner",
        "The man's barrister, Tamsin Orrell, said her client would plead not guilty."
        " The accused's solicitor, Dev Brannagh, said the charge would be fought.",
        [("Tamsin Orrell", "person", "barrister"), ("Dev Brannagh", "person", "solicitor")],
    ),
    (
        "a-body-reply-or-rebuttal-to-a-document-is-a-document",
        "The township's reply to the complaint says the inspectors followed policy."
        " The firm's rebuttal to the audit said it disputes two findings.",
        [
            ("The township's reply to the complaint", "document", None),
            ("The firm's rebuttal to the audit", "document", None),
        ],
    ),
    (
        "unnamed-people-and-records-take-the-peoples-kind",
        "The mill cut corners, according to three former employees and internal memos."
        " The depot was shut, according to analysts and filings reviewed by the paper.",
        [
            ("three former employees and internal memos", "anonymous", None),
            ("analysts and filings reviewed by the paper", "group", None),
        ],
    ),
    (
        "a-guideline-is-a-document",
        "China will cut fees, according to a guideline issued by the Tarvan Council."
        " The guidelines said fees would fall.",
        [("a guideline issued by the Tarvan Council", "document", None)],
    ),
    (
        "a-record-jointly-issued-is-a-document",
        "Fees will fall, according to a plan jointly issued by the two Kelvar ministries.",
        [("a plan jointly issued by the two Kelvar ministries", "document", None)],
    ),
    (
        "a-consensus-estimate-is-a-document",
        "Profit rose 8%, according to a company-compiled consensus.",
        [("a company-compiled consensus", "document", None)],
    ),
    (
        "an-event-held-on-a-weekday-is-no-person",
        "The ministry will step up checks, according to a press conference held Friday.",
        [("a press conference held Friday", "anonymous", None)],
    ),
    (
        "a-field-participle-after-of-stays-in-the-title",
        "“It’s positive,” said Ana Ruiz, head of fixed income at Ormsley Capital.",
        [("Ana Ruiz", "person", "head of fixed income at Ormsley Capital")],
    ),
    (
        "a-release-signature-keeps-the-point-of-inc-at-a-sentence-end",
        '"We are pleased," said John Parkin, Chief Executive Officer, Velmora Bio, Inc.'
        ' "The data are compelling."',
        [("John Parkin", "person", "Chief Executive Officer, Velmora Bio, Inc.")],
    ),
    (
        "a-masthead-after-an-outlet-noun-keeps-its-particles",
        "The budget will pass next week, Italian daily Gazzetta della Valmora reported.",
        [("Gazzetta della Valmora", "media", None)],
    ),
    (
        "a-state-after-its-part-in-the-story-is-its-government",
        "The truce will be extended, mediator Qatar said on Friday.",
        [("Qatar", "organization", None)],
    ),
    (
        "a-quantifier-surname-after-a-given-name-is-a-person",
        "Her colleague, Darren Every, wrote in a note that the krona would weaken.",
        [("Darren Every", "person", "colleague")],
    ),
    (
        "a-news-briefing-is-no-group-of-news",
        "The ministry will step up checks, according to a news briefing held on Thursday.",
        [("a news briefing held on Thursday", "anonymous", None)],
    ),
    (
        "prices-compiled-by-a-desk-are-a-document",
        "Kelvar notes rose 2 cents, according to indicative prices compiled by Tarvan Wire.",
        [("indicative prices compiled by Tarvan Wire", "document", None)],
    ),
    (
        "a-toll-compiled-by-an-agency-is-a-document",
        "According to a toll compiled by the Tessaly Wire from official figures, the storm"
        " was the deadliest this year.",
        [("a toll compiled by the Tessaly Wire from official figures", "document", None)],
    ),
    (
        "member-for-seat-then-full-name",
        '"We will fight this," Member for Carrabee Tamsin Oakridge said on Monday.',
        [("Tamsin Oakridge", "person", "Member for Carrabee")],
    ),
    (
        "lower-case-senator-for-state-then-name",
        '"The budget is wrong," Liberal senator for Tasmania Brendan Holloway said.',
        [("Brendan Holloway", "person", "Liberal senator for Tasmania")],
    ),
    (
        "minister-for-listed-portfolios-then-name",
        '"Rents are too high," Minister for Housing, Local Government and Heritage Darragh'
        " Quillan said.",
        [
            (
                "Darragh Quillan",
                "person",
                "Minister for Housing, Local Government and Heritage",
            )
        ],
    ),
    (
        "broadcaster-by-medium-and-name-is-media",
        '"We are ready," Channel Seven said in a statement. TV Lumen said the same.',
        [("Channel Seven", "media", None), ("TV Lumen", "media", None)],
    ),
    (
        "coined-industry-ending-is-a-company",
        '"We are ready," Delta Skyways said. "So are we," Orrin Agrifoods said.',
        [("Delta Skyways", "organization", None), ("Orrin Agrifoods", "organization", None)],
    ),
    (
        "senior-advocate-post-nominal-closes-the-name",
        '"The bail terms are fair," Adaeze Okonkwo SAN said.',
        [("Adaeze Okonkwo", "person", None)],
    ),
    (
        "the-capitalised-title-and-portfolio-then-full-name",
        "The Minister for Housing Darragh Quillan said rents were too high.",
        [("Darragh Quillan", "person", "Minister for Housing")],
    ),
    (
        "the-member-for-seat-then-full-name",
        '"We will fight this," said the Member for Carrabee Tamsin Oakridge.',
        [("Tamsin Oakridge", "person", "Member for Carrabee")],
    ),
    (
        "minister-for-a-long-portfolio-list-then-name",
        "Minister for Children, Equality, Disability, Integration and Youth Roisin Gorman"
        " said the plan would work.",
        [
            (
                "Roisin Gorman",
                "person",
                "Minister for Children, Equality, Disability, Integration and Youth",
            )
        ],
    ),
    (
        "party-member-for-seat-then-full-name",
        "Labor member for Carrabee Jess Teesdale said the bill was weak.",
        [("Jess Teesdale", "person", "Labor member for Carrabee")],
    ),
    (
        "political-web-outlets-after-according-to-are-media",
        "According to the Washington Examiner, the Renwick fund received $2 million."
        " According to Raw Story, the Brandle group paid. According to Just the News,"
        " the Osler fund lost money.",
        [
            ("Washington Examiner", "media", None),
            ("Raw Story", "media", None),
            ("Just the News", "media", None),
        ],
    ),
    (
        "capitalised-trade-or-campaign-role-before-a-name-is-its-title",
        "Reporter Dana Vollmer said the plan was bad. Challenger Ross Ebbel said it was"
        " worse. Billionaire Kit Marrow said it was fine.",
        [
            ("Dana Vollmer", "person", "Reporter"),
            ("Ross Ebbel", "person", "Challenger"),
            ("Kit Marrow", "person", None),
        ],
    ),
    (
        "an-appositive-name-whose-surname-is-spelled-as-a-title",
        "Sen. Tom Harwell's spokesman, David Pope, said the senator was clear. Kolb's"
        " chief of staff, Rita Bishop, said the plan stood.",
        [
            ("David Pope", "person", "Sen. Tom Harwell's spokesman"),
            ("Rita Bishop", "person", "Kolb's chief of staff"),
        ],
    ),
    (
        "the-role-set-off-after-an-ap-party-tag-is-the-title",
        "Ana Solis, D-Calif., a co-chair of Whitfield's campaign, said the vice president"
        ' would win. "It will pass," said Ron Tegler, R-Ohio, the chair of the panel.',
        [
            ("Ana Solis", "person", "co-chair of Whitfield's campaign"),
            ("Ron Tegler", "person", "chair of the panel"),
        ],
    ),
    (
        "a-lower-case-role-s-desk-is-part-of-the-title-before-an-unspoken-name",
        "White House press secretary Karen Doyle dodged questions on Monday. Doyle later said"
        " the president was fine. Dunmore communications director Eli Vance left. Vance said"
        " he was tired.",
        [
            ("Karen Doyle", "person", "White House press secretary"),
            ("Eli Vance", "person", "Dunmore communications director"),
        ],
    ),
    (
        "a-party-s-role-from-a-state-is-no-person-named-after-the-state",
        "Sen. Tom Harwell spoke Sunday. The Republican senator from Kentucky said he would"
        " keep fighting.",
        [("The Republican senator from Kentucky", "anonymous", None)],
    ),
    (
        "who-after-an-ap-party-tag-is-the-tagged-politician",
        'The bill drew criticism from Sen. Carl Danner, D-N.Y., who called it "disgusting."'
        ' The plan drew fire from Rep. Ana Solis, R-Utah, who said it was "a mess."',
        [("Carl Danner", "person", "Sen."), ("Ana Solis", "person", "Rep.")],
    ),
    (
        "first-lady-is-one-title-not-an-honour",
        "First lady Claire Whitmore said democracy was on the ballot. Former first lady Ines"
        " Carrow said the race was close. The rally drew first lady Rosa Penn. Penn said it"
        " was loud.",
        [
            ("Claire Whitmore", "person", "First lady"),
            ("Ines Carrow", "person", "Former first lady"),
            ("Rosa Penn", "person", "first lady"),
        ],
    ),
    (
        "a-report-citing-its-own-sources-is-the-document",
        "The Harlow talks stalled, according to a report in the Tarn Ledger citing three"
        " people briefed on the talks.",
        [("a report in the Tarn Ledger", "document", None)],
    ),
    (
        "a-clause-before-a-role-set-off-before-a-name-is-no-part-of-the-title",
        "One of the ads features his mother, Bernice Kolb, who says he is a good son.",
        [("Bernice Kolb", "person", "mother")],
    ),
    (
        "a-hometown-after-of-is-no-title",
        '"We need a fighter," said Jim Koenig of Scranton, Pa. "It works," said Ana Ruiz of'
        ' Ohio. "Rates will rise," said Kit Lind of Brixel.',
        [
            ("Jim Koenig", "person", None),
            ("Ana Ruiz", "person", None),
            ("Kit Lind", "person", "Brixel"),
        ],
    ),
    (
        "a-five-word-owner-before-a-set-off-role",
        "Senate Minority Leader Rob Kestler's spokeswoman, Ilse Marrow, said the"
        " senator was clear. Orsova Deep Sea Mining Corp.'s chief executive, Karl"
        " Brenner, said the mine would open.",
        [
            ("Ilse Marrow", "person", "Senate Minority Leader Rob Kestler's spokeswoman"),
            ("Karl Brenner", "person", "Orsova Deep Sea Mining Corp.'s chief executive"),
        ],
    ),
    (
        "who-after-a-capitalised-role-after-a-name-is-the-name",
        "Gov. Mara Lindqvist, a Republican who has criticized the toll plan, said she"
        " expected the senator to win.",
        [("Mara Lindqvist", "person", "Gov.")],
    ),
    (
        "compound-body-name",
        "Hafenbetriebe said the pier would reopen. Insel Verkehrsbetriebe said fares would rise.",
        [("Hafenbetriebe", "organization", None), ("Insel Verkehrsbetriebe", "organization", None)],
    ),
]


def _sources(text: str) -> list[Src]:
    article = newsparse.parse_article(PREFIX + text)
    return [(s.name, s.kind.value, s.title) for s in article.sources]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in SOURCES], ids=[n for n, _, _ in SOURCES]
)
def test_source_reading(text: str, expected: list[Src]) -> None:
    assert _sources(text) == expected


def test_the_company_is_the_incorporated_name_in_play() -> None:
    """``the company`` after a bid story names the incorporated subject, not
    the investment group mentioned last."""
    text = (
        "Marlow Ferries Inc said it rejected an offer from Quay Street Partners.\n\n"
        "Quay Street Partners said it would raise its bid.\n\n"
        "The company said the offer was too low."
    )
    article = newsparse.parse_article(PREFIX + text)
    last = article.quotes[-1]
    assert last.source is not None
    assert article.sources[last.source].name == "Marlow Ferries Inc"


def _source_names(text: str) -> list[str | None]:
    article = newsparse.parse_article(PREFIX + text)
    return [
        article.sources[q.source].name if q.source is not None else None for q in article.quotes
    ]


def test_surname_and_pronoun_join_the_full_name() -> None:
    text = (
        "Harbour Minister Ana Ruiz said the levy would stay.\n\n"
        "Ruiz said the ferry would run late. She added that fares would not rise."
    )
    assert _source_names(text) == ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]
    article = newsparse.parse_article(PREFIX + text)
    assert len(article.sources) == 1
    assert [m.text for m in article.sources[0].mentions] == [
        "Harbour Minister Ana Ruiz",
        "Ruiz",
        "She",
    ]


def test_definite_re_mentions_join_the_anonymous_officials() -> None:
    text = (
        "The levy will stay, according to senior harbour officials.\n\n"
        "The officials said fares would not rise. One official said the ferry would run late, "
        "and the official added that crews had agreed."
    )
    names = _source_names(text)
    assert names == ["senior harbour officials"] * len(names)
    assert len(names) == 4


def test_one_of_the_officials_joins_the_officials() -> None:
    """``one of the officials`` is headed by ``officials``: it joins them, and
    ``the official`` after it joins too."""
    text = (
        "Senior harbour officials said the levy would stay.\n\n"
        "One of the officials said fares would not rise. The official said crews had agreed."
    )
    names = _source_names(text)
    assert names == ["Senior harbour officials"] * 3


@pytest.mark.parametrize("joint", [", a grower, who", ", a grower who", ", who"])
def test_who_after_a_role_resolves_to_the_name(joint: str) -> None:
    text = f"“The crossing is shut,” said Jean Morvan{joint} told the Ledger he drove all night."
    assert _source_names(text) == ["Jean Morvan", "Jean Morvan"]


def test_they_join_two_people_named_together() -> None:
    text = "Ms. Ortiz and Mr. Voss said prices rose. They said rents rose too."
    assert _source_names(text) == ["Ms. Ortiz and Mr. Voss"] * 2


def test_the_company_joins_a_name_with_a_comma_before_its_suffix() -> None:
    text = (
        "Kestrel Therapeutics, Inc. (NASDAQ: KSTL) today announced trial results.\n\n"
        "The company said it expects to begin a larger trial next year."
    )
    assert _source_names(text)[0] == "Kestrel Therapeutics, Inc."


def test_they_and_it_resolve_by_kind() -> None:
    text = (
        "The Ferry Workers Union said crews would strike. It said talks had failed.\n\n"
        "Critics fear the strike will last. They said the harbour would close."
    )
    assert _source_names(text) == [
        "Ferry Workers Union",
        "Ferry Workers Union",
        "Critics",
        "Critics",
    ]


def test_title_only_reference_joins_the_one_holder() -> None:
    text = (
        "Harbour Minister Ana Ruiz said the levy would stay.\n\n"
        "The minister said fares would not rise."
    )
    assert _source_names(text) == ["Ana Ruiz", "Ana Ruiz"]


def test_every_quote_points_at_a_valid_source() -> None:
    text = (
        "Harbour Minister Ana Ruiz said the levy would stay, adding that fares would not rise.\n\n"
        "“We will keep the boats running,” Ruiz said. Critics fear the levy will drain budgets."
    )
    article = newsparse.parse_article(PREFIX + text)
    assert article.quotes
    for quote in article.quotes:
        assert quote.source is not None
        source = article.sources[quote.source]
        assert quote.speaker is not None
        assert any(m.span == quote.speaker.span for m in source.mentions)


# (id, text, the source name of each quote in order)
PRONOUNS: list[tuple[str, str, list[str | None]]] = [
    (
        "he-skips-a-body-after-at",
        "Marcus Bell, a nurse at Dunmore General, said he was angry.\n\n"
        "“Why should my kids pay?” he asked.",
        ["Marcus Bell", "Marcus Bell"],
    ),
    (
        "he-skips-a-body-in-a-relative-clause",
        "Marcus Bell, who works at Dunmore General, said he was angry.\n\n"
        "“Why should my kids pay?” he asked.",
        ["Marcus Bell", "Marcus Bell"],
    ),
    (
        "he-skips-a-place-after-to",
        "Marcus Bell said the rent had doubled. He moved to Dunmore Heights in 2010.\n\n"
        "“Why should my kids pay?” he asked.",
        ["Marcus Bell", "Marcus Bell"],
    ),
    (
        "he-skips-a-name-ending-in-a-place-word",
        "Marcus Bell, whose daughters attend Linden Elementary, said he was angry.\n\n"
        "“Why should my kids pay?” he asked.",
        ["Marcus Bell", "Marcus Bell"],
    ),
    (
        "she-takes-a-person-named-in-between",
        "Marcus Bell said the rent had doubled.\n\n"
        "His neighbour Ana Ruiz moved in last year. “It is too much,” she said.",
        ["Marcus Bell", "Ana Ruiz"],
    ),
    (
        "he-takes-a-known-surname-in-between",
        "Owner Saul Brenner said the deli would close.\n\n"
        "His daughter, Ruth Katz, said the family had refused offers. “Not for sale,” she said.\n\n"
        "Brenner paused. “The noise,” he said.",
        ["Saul Brenner", "Ruth Katz", "Ruth Katz", "Saul Brenner"],
    ),
    (
        "he-takes-a-surname-written-in-full-in-passing",
        "Crowds marched against a plan by President Ignacio Valdes.\n\n"
        "“It is an insult,” said Carmen Huerta.\n\n"
        "Valdes, speaking at an event, defended the plan. "
        "“If we do nothing, the system will be bankrupt,” he said.",
        ["Carmen Huerta", "Ignacio Valdes", "Ignacio Valdes"],
    ),
    (
        "he-skips-a-person-a-she-was-used-for",
        "Harlan Voigt said the bill would pass.\n\n"
        "Delia Rourke said the votes were there. “We counted twice,” she said.\n\n"
        "“I would be surprised,” he told reporters.",
        ["Harlan Voigt", "Delia Rourke", "Delia Rourke", "Harlan Voigt"],
    ),
    (
        "he-skips-a-person-called-ms",
        "Mr. Voigt said the bill would pass.\n\n"
        "Ms. Rourke said the votes were there.\n\n"
        "“I would be surprised,” he told reporters.",
        ["Voigt", "Rourke", "Voigt"],
    ),
    (
        "she-skips-a-name-in-the-speaker-s-participle-tail",
        "Ilse Marrow said she would name a rival to her Cabinet, rejecting Tobin Hale's "
        "criticism.\n\n“I'm tired of the fighting,” she said.",
        ["Ilse Marrow", "Ilse Marrow", "Ilse Marrow"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in PRONOUNS], ids=[n for n, _, _ in PRONOUNS]
)
def test_pronoun_antecedent(text: str, expected: list[str | None]) -> None:
    assert _source_names(text) == expected
    names = {s.name for s in newsparse.parse_article(PREFIX + text).sources}
    assert names == {n for n in expected if n}


def test_a_surname_with_a_non_ascii_capital_joins_the_full_name() -> None:
    text = (
        "Ali Çelik said the pier would reopen. Çelik said fares would rise.\n\n"
        "Marc Émond said the levy would stay. Émond added that crews had agreed."
    )
    assert _source_names(text) == ["Ali Çelik", "Ali Çelik", "Marc Émond", "Marc Émond"]
    article = newsparse.parse_article(PREFIX + text)
    assert [s.kind.value for s in article.sources] == ["person", "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Energy Minister Faisal al-Harbi said output would rise. "
            "Al-Harbi said prices were fair, and al-Harbi added that demand was strong.",
            ("Faisal al-Harbi", "Energy Minister", 3),
        ),
        (
            "The strike will end, union negotiator Bram de Vries said. "
            "De Vries said crews had agreed.",
            ("Bram de Vries", "union negotiator", 2),
        ),
    ],
    ids=["al-hyphen", "de-apart"],
)
def test_lower_case_name_particles(text: str, expected: tuple[str, str, int]) -> None:
    """``al-Harbi``, ``de Vries``: a lower-case particle inside a name keeps
    it a person's, and the later ``Al-Harbi``/``De Vries`` joins it."""
    article = newsparse.parse_article(PREFIX + text)
    name, title, count = expected
    assert [(s.name, s.kind.value, s.title) for s in article.sources] == [(name, "person", title)]
    assert len(article.sources[0].mentions) == count


# (id, text, the source name of each quote in order)
ORGANIZATION_REFERENCES: list[tuple[str, str, list[str | None]]] = [
    (
        "the-airline",
        "Flights were cut, Nordair said. The airline said demand was weak.",
        ["Nordair", "Nordair"],
    ),
    (
        "the-lender",
        "Rates will rise, Castlebank said. The lender said demand was weak.",
        ["Castlebank", "Castlebank"],
    ),
    (
        "the-carmaker-after-an-incorporated-name",
        "Vantor Motors Inc. said sales fell. The carmaker said demand was weak.",
        ["Vantor Motors Inc.", "Vantor Motors Inc."],
    ),
    (
        "the-consortium-named-in-the-name",
        "Sales fell, the Harbour Retail Consortium said. The consortium said demand was weak.",
        ["Harbour Retail Consortium", "Harbour Retail Consortium"],
    ),
    (
        "the-agency-after-a-statistics-office",
        "Prices rose, the Office for Harbour Statistics said. The agency said rents rose too.",
        ["Office for Harbour Statistics", "Office for Harbour Statistics"],
    ),
    (
        "the-company-is-the-incorporated-name-even-when-it-did-not-speak",
        "Acme Inc. will build two plants near the harbour.\n\nThe company said demand was strong.",
        ["Acme Inc."],
    ),
    (
        "a-modified-central-bank-stays-its-own",
        "Rates will rise, Castlebank said. The central bank said inflation was easing.",
        ["Castlebank", "central bank"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, e) for _, t, e in ORGANIZATION_REFERENCES],
    ids=[n for n, _, _ in ORGANIZATION_REFERENCES],
)
def test_organization_role_noun_joins_the_organization_in_play(
    text: str, expected: list[str | None]
) -> None:
    assert _source_names(text) == expected
    kinds = {s.kind.value for s in newsparse.parse_article(PREFIX + text).sources}
    assert kinds == {"organization"}


def test_the_dateline_city_is_no_antecedent() -> None:
    """The dateline names a place, never the person a later ``she`` means."""
    text = "ST. ALBANS, Vt. (AP) — She said the ferry would run.\n\nShe added fares would rise."
    article = newsparse.parse_article(text)
    assert article.quotes
    for quote in article.quotes:
        assert quote.source is not None
        assert "ALBANS" not in article.sources[quote.source].name


# (id, article, each quote's source name in order, the sources as
# (name, kind, title)): invented wire copy
WIRE_SOURCES: list[tuple[str, str, list[str | None], list[Src]]] = [
    (
        "a-shared-last-word-is-no-fuller-name",
        "KELSO (AP) — The Birch Fire has burned 8,400 acres, according to Cal Fire.",
        ["Cal Fire"],
        [("Cal Fire", "organization", None)],
    ),
    (
        "a-spokesperson-for-a-named-firm-is-anonymous",
        "(Bloomberg) -- A spokesperson for Calder said the firm does not comment.",
        ["A spokesperson for Calder"],
        [("A spokesperson for Calder", "anonymous", None)],
    ),
    (
        "a-representative-for-a-named-firm-is-anonymous",
        "(Bloomberg) -- A representative for Harlow said the firm does not comment.",
        ["A representative for Harlow"],
        [("A representative for Harlow", "anonymous", None)],
    ),
    (
        "a-spokeswoman-for-a-longer-name-is-anonymous",
        "KELSO (AP) — A spokeswoman for Southern Kelso Edison said crews were out.",
        ["A spokeswoman for Southern Kelso Edison"],
        [("A spokeswoman for Southern Kelso Edison", "anonymous", None)],
    ),
    (
        "a-title-abbreviation-before-a-name-in-passing",
        "KELSO (AP) — Sen. Harlan Voigt visited the port on Monday. He said the talks had failed.",
        ["Harlan Voigt"],
        [("Harlan Voigt", "person", "Sen.")],
    ),
    (
        "a-dotted-abbreviation-inside-a-title",
        "KELSO (AP) — Assistant U.S. Attorney Nadia Brooks pressed Pettit on the texts. "
        "Brooks said the evidence was clear.",
        ["Nadia Brooks"],
        [("Nadia Brooks", "person", "Assistant U.S. Attorney")],
    ),
    (
        "a-government-agency-is-no-outlet",
        "LA PAZ (AFP) - At least 14 people have died, the civil defence agency said.",
        ["civil defence agency"],
        [("civil defence agency", "organization", None)],
    ),
    (
        "a-role-joins-a-titled-name-written-in-passing",
        "TULSA, Okla. (AP) — Mayor Renee Castellanos ordered a review. "
        "The mayor said the delay was unacceptable.",
        ["Renee Castellanos"],
        [("Renee Castellanos", "person", "Mayor")],
    ),
    (
        "a-role-joins-the-latest-titled-name-in-passing",
        "KELSO (AP) — Harbour Minister Ana Ruiz toured the docks with Mayor Lise Brandt.\n\n"
        "The minister said crews had agreed.",
        ["Ana Ruiz"],
        [("Ana Ruiz", "person", "Harbour Minister")],
    ),
    (
        "a-role-with-no-holder-stays-its-own",
        "KELSO (AP) — Crews worked late. The mayor said the delay was unacceptable.",
        ["The mayor"],
        [("The mayor", "anonymous", None)],
    ),
    (
        "the-senator-joins-the-holder-of-sen",
        "KELSO (AP) — Sen. Harlan Voigt said the talks failed. "
        "The senator added that he was open to amendments.",
        ["Harlan Voigt", "Harlan Voigt"],
        [("Harlan Voigt", "person", "Sen.")],
    ),
    (
        "the-congresswoman-joins-the-holder-of-rep",
        "KELSO (AP) — Rep. Lena Marsh said the talks failed. "
        "The congresswoman added that she was open to amendments.",
        ["Lena Marsh", "Lena Marsh"],
        [("Lena Marsh", "person", "Rep.")],
    ),
    (
        "the-governor-joins-the-holder-of-gov",
        "KELSO (AP) — Gov. Lena Marsh said the talks failed. "
        "The governor added that she was open to amendments.",
        ["Lena Marsh", "Lena Marsh"],
        [("Lena Marsh", "person", "Gov.")],
    ),
    (
        "the-council-member-joins-the-holder-of-the-title",
        "KELSO (AP) — City Council member Ana Whitlow said the talks failed. "
        "The council member added that she was open to amendments.",
        ["Ana Whitlow", "Ana Whitlow"],
        [("Ana Whitlow", "person", "City Council member")],
    ),
    (
        "the-board-member-is-not-a-council-member",
        "KELSO (AP) — City Council member Ana Whitlow said the talks failed. "
        "The board member added that she was open to amendments.",
        ["Ana Whitlow", "The board member"],
        [("Ana Whitlow", "person", "City Council member"), ("The board member", "anonymous", None)],
    ),
    (
        "an-occupation-in-an-appositive-is-a-title",
        "KELSO (AP) — Sara Lund, a diplomat in Geneva, said the talks failed. "
        "The diplomat said crews had agreed.",
        ["Sara Lund", "Sara Lund"],
        [("Sara Lund", "person", "diplomat in Geneva")],
    ),
    (
        "a-description-in-an-appositive-is-no-title",
        "KELSO (AP) — Sara Lund, a resident of Kelso, said the talks failed.",
        ["Sara Lund"],
        [("Sara Lund", "person", None)],
    ),
    (
        "the-democrat-joins-the-democrat-named",
        "KELSO (AP) — Lena Marsh, a Democrat, said the talks failed. "
        "The Democrat added that she was open to amendments.",
        ["Lena Marsh", "Lena Marsh"],
        [("Lena Marsh", "person", "Democrat")],
    ),
    (
        "the-senator-joins-a-sen-named-in-passing",
        "KELSO (AP) — Sen. Harlan Voigt visited the port. "
        "The senator said he was open to amendments.",
        ["Harlan Voigt"],
        [("Harlan Voigt", "person", "Sen.")],
    ),
    (
        "they-takes-a-group-opening-the-sentence-before",
        "KELSO (AP) — Democrats criticized the proposal. "
        "They said it would gut clean-water programs.",
        ["Democrats", "Democrats"],
        [("Democrats", "group", None)],
    ),
    (
        "they-takes-a-group-after-an-earlier-speaker",
        "KELSO (AP) — The mayor's office said the plan was final.\n\n"
        "Several parents yelled at the board. They said the cuts were unfair.",
        ["mayor's office", "Several parents"],
        [("mayor's office", "organization", None), ("Several parents", "group", None)],
    ),
    (
        "title-case-headline-noun-is-a-description",
        "Daily Walks Cut Fall Risk, Small Study Finds\n\n"
        "KELSO (Reuters) - Older adults who walked daily fell less often, a study found.",
        ["Small Study", "Small Study"],
        [("Small Study", "document", None)],
    ),
    (
        "title-case-headline-plural-is-a-group",
        "Night Shifts Harm Sleep, Doctors Say\n\n"
        "KELSO (Reuters) - Nurses on night shifts slept less, according to a survey.",
        ["Doctors", "a survey"],
        [("Doctors", "group", None), ("a survey", "document", None)],
    ),
    (
        "role-before-the-name-after-the-dateline-dash",
        "KELSO (AFP) - The harbour minister, Piet Vosk, said the pier was shut.",
        ["Piet Vosk"],
        [("Piet Vosk", "person", "harbour minister")],
    ),
    (
        "who-after-a-common-noun-group",
        "KELSO (AP) — The council heard from residents who said the plan would hurt sales.",
        ["residents"],
        [("residents", "group", None)],
    ),
    (
        "who-after-an-unnamed-person",
        "KELSO (AP) — The board heard from an architect who said the plan was sound.",
        ["an architect"],
        [("an architect", "anonymous", None)],
    ),
    (
        "who-after-the-speaker-of-the-quote-before",
        "KELSO (AP) — “It is over,” said one former aide, who said the talks had failed.",
        ["one former aide", "one former aide"],
        [("one former aide", "anonymous", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "quotes", "sources"),
    [(t, q, s) for _, t, q, s in WIRE_SOURCES],
    ids=[n for n, _, _, _ in WIRE_SOURCES],
)
def test_wire_sources(text: str, quotes: list[str | None], sources: list[Src]) -> None:
    article = newsparse.parse_article(text)
    names = [
        article.sources[q.source].name if q.source is not None else None for q in article.quotes
    ]
    assert names == quotes
    assert [(s.name, s.kind.value, s.title) for s in article.sources] == sources


# merging: which mentions end up in one source, by their texts
Merged = tuple[str, str, list[str]]

MERGES: list[tuple[str, str, list[Merged]]] = [
    (
        "acronym-defined-in-parentheses",
        "TORONTO (Reuters) - The Office for Rural Water Supply (ORWS) said levels fell. "
        "The ORWS said the risk would grow.",
        [
            (
                "Office for Rural Water Supply",
                "organization",
                ["The Office for Rural Water Supply (ORWS)", "The ORWS"],
            )
        ],
    ),
    (
        "acronym-spelt-by-the-name-that-spoke",
        "PARIS (AFP) - The International Maritime Council said shipping slowed. "
        "The IMC said rates would fall.",
        [
            (
                "International Maritime Council",
                "organization",
                ["The International Maritime Council", "The IMC"],
            )
        ],
    ),
    (
        "acronym-spelt-by-a-name-written-before",
        "KELSO (AP) — The U.S. Bureau of Coastal Surveys mapped the shore on Monday. "
        "The BCS said erosion had doubled.",
        [
            (
                "U.S. Bureau of Coastal Surveys",
                "organization",
                ["U.S. Bureau of Coastal Surveys", "The BCS"],
            )
        ],
    ),
    (
        "full-name-after-its-acronym",
        "KELSO (AP) — The BCS said erosion had doubled. "
        "Later, the Bureau of Coastal Surveys said it would map the shore.",
        [
            (
                "Bureau of Coastal Surveys",
                "organization",
                ["The BCS", "the Bureau of Coastal Surveys"],
            )
        ],
    ),
    (
        # the run of capitals stops at "to": "Mend Our Roads" opens on no A
        "acronym-defined-after-a-cut-name-stays-apart",
        "KELSO (AP) — The walk was organised by the Alliance to Mend Our Roads (AMOR). "
        "AMOR said it would march again.",
        [("AMOR", "organization", ["AMOR"])],
    ),
    (
        # an acronym ending in -s read as a person's name is still the body's
        "full-name-after-its-acronym-read-as-a-person",
        "KELSO (AP) — BCS said erosion had doubled. "
        "Then, the Bureau of Coastal Surveys said it would map the shore.",
        [
            (
                "Bureau of Coastal Surveys",
                "organization",
                ["BCS", "the Bureau of Coastal Surveys"],
            )
        ],
    ),
    (
        "acronym-spelt-by-no-name-stays-apart",
        "PARIS (AFP) - The Global Shipping Council said demand would rise. "
        "The IMC said supply was ample.",
        [
            ("Global Shipping Council", "organization", ["The Global Shipping Council"]),
            ("IMC", "organization", ["The IMC"]),
        ],
    ),
]


MERGES += [
    (
        "it-takes-a-company-named-before-it-spoke",
        "NEW YORK (Reuters) - Tellmark Inc reported quarterly sales of $3 billion. "
        "It said it would hire 200 workers.",
        [("Tellmark Inc", "organization", ["Tellmark Inc", "It"])],
    ),
    (
        "it-takes-a-company-named-in-its-own-quote",
        "NEW YORK (Reuters) - Tellmark Corp. expects sales to rise, it said in a statement.",
        [("Tellmark Corp.", "organization", ["Tellmark Corp.", "it"])],
    ),
    (
        "a-postposed-it-said-is-the-body-opening-its-sentence",
        "KELSO (Reuters) - Varnland's central bank held its key rate at 9%, it said on Tuesday.",
        [("Varnland's central bank", "organization", ["Varnland's central bank", "it"])],
    ),
    (
        "it-with-nothing-named-is-no-group",
        "KELSO (AP) — The plan will stand, it said.",
        [("it", "organization", ["it"])],
    ),
    (
        "it-keeps-a-document-that-spoke",
        "KELSO (AP) — The report said rents rose. The Harbour Trust disputed the figures. "
        "It said rents would rise again.",
        [("The report", "document", ["The report", "It"])],
    ),
]

MERGES += [
    (
        "the-fund-joins-the-investor-that-spoke",
        "LONDON (Reuters) - Harrow Peak Partners said it backed the merger. "
        "The fund said it would vote for it.",
        [("Harrow Peak Partners", "organization", ["Harrow Peak Partners", "The fund"])],
    ),
    (
        "the-hedge-fund-is-one-trade",
        "LONDON (Reuters) - Harrow Peak Partners said it backed the merger. "
        "The hedge fund said it would vote for it.",
        [("Harrow Peak Partners", "organization", ["Harrow Peak Partners", "The hedge fund"])],
    ),
    (
        "the-brokerage-joins-the-firm-that-spoke",
        "NEW YORK (Reuters) - Castlegate Securities said volumes rose. "
        "The brokerage said it would add staff.",
        [("Castlegate Securities", "organization", ["Castlegate Securities", "The brokerage"])],
    ),
    (
        "the-bank-joins-a-bank-named-before-it-spoke",
        "NEW YORK (Reuters) - Dunmore Bank Corp reported a 7% rise in earnings. "
        "The bank said lending grew 5%.",
        [("Dunmore Bank Corp", "organization", ["Dunmore Bank Corp", "The bank"])],
    ),
    (
        "the-lender-joins-the-one-incorporated-name-written-before",
        "NEW YORK (Reuters) - Dunmore Holdings reported a 7% rise in earnings. "
        "The lender said lending grew 5%.",
        [("Dunmore Holdings", "organization", ["Dunmore Holdings", "The lender"])],
    ),
    (
        "the-lender-holding-the-trade-before-the-one-that-spoke-last",
        "NEW YORK (Reuters) - Dunmore Bank said profit rose. Analysts at Keel Partners "
        "said the results were solid. The bank said deposits rose.",
        [
            ("Dunmore Bank", "organization", ["Dunmore Bank", "The bank"]),
            ("Analysts at Keel Partners", "group", ["Analysts at Keel Partners"]),
        ],
    ),
    (
        "a-placed-lender-is-the-lender",
        "NEW YORK (Reuters) - Dunmore Bank Corp said profit rose 7%. "
        "The Tulsa-based lender said deposits rose 3%.",
        [("Dunmore Bank Corp", "organization", ["Dunmore Bank Corp", "The Tulsa-based lender"])],
    ),
    (
        "the-central-bank-is-a-body-of-its-own",
        "NEW YORK (Reuters) - Dunmore Bank Corp said profit rose 7%. "
        "The central bank said rates would stay.",
        [
            ("Dunmore Bank Corp", "organization", ["Dunmore Bank Corp"]),
            ("central bank", "organization", ["The central bank"]),
        ],
    ),
]

MERGES += [
    (
        "she-skips-a-party-named-before-her",
        "VILNIUS (AFP) - Rasa Petrauskiene said her Green Dawn party would contest the result. "
        '"We will prevail," she said.',
        [("Rasa Petrauskiene", "person", ["Rasa Petrauskiene", "she"])],
    ),
    (
        # a possessive before a body noun is the person ("Ms. Ortiz's campaign")
        "she-takes-a-possessive-before-a-body-noun",
        "KELSO (AP) — Dana Ortiz said she would appeal. Lena Marsh said the count was fair. "
        "Ms. Ortiz's campaign disputed it. “We were cheated,” she said.",
        [
            ("Dana Ortiz", "person", ["Dana Ortiz", "she"]),
            ("Lena Marsh", "person", ["Lena Marsh"]),
        ],
    ),
]

MERGES += [
    (
        "he-takes-a-possessive-name-as-its-person",
        "KELSO (AP) — Mayor Tom Brandt's plan drew protests. “It will pass,” he said.",
        [("Tom Brandt", "person", ["Mayor Tom Brandt", "he"])],
    ),
]

MERGES += [
    (
        "a-title-case-headline-names-no-one-for-a-pronoun",
        "Vaccine Cuts Flu Deaths\n\nDENVER (AP) — Dr. Marta Lindqvist said the vaccine "
        "worked. Deaths fell by half, she said.",
        [("Marta Lindqvist", "person", ["Dr. Marta Lindqvist", "she"])],
    ),
]

MERGES += [
    (
        "an-all-caps-headline-speaker-is-the-person-the-story-names",
        "MARSH: 'WE WILL NOT BACK DOWN'\n\nKELSO (AP) — Opposition leader Lena Marsh "
        "said the count was flawed.",
        [("Lena Marsh", "person", ["MARSH", "Opposition leader Lena Marsh"])],
    ),
]

MERGES += [
    (
        # sports copy's epithets name the person just quoted or named
        "an-age-epithet-is-the-person-just-quoted",
        'MELBOURNE (Reuters) - Ilse Varga said she was proud. "It hurts," the 19-year-old said.',
        [("Ilse Varga", "person", ["Ilse Varga", "the 19-year-old"])],
    ),
    (
        "a-position-epithet-is-the-person-named-before-it",
        "MELBOURNE (Reuters) - Ilse Varga scored twice in the final. "
        '"It hurts," the Norwegian striker said.',
        [("Ilse Varga", "person", ["Ilse Varga", "the Norwegian striker"])],
    ),
    (
        "the-teenager-is-the-person-just-quoted",
        'MELBOURNE (Reuters) - Ilse Varga said she was proud. "It hurts," the teenager said.',
        [("Ilse Varga", "person", ["Ilse Varga", "the teenager"])],
    ),
    (
        "a-demonym-is-the-person-not-a-body",
        'MADRID (Reuters) - Tiago Moura said he was proud. "It hurts," the Brazilian said.',
        [("Tiago Moura", "person", ["Tiago Moura", "the Brazilian"])],
    ),
    (
        "a-demonym-with-no-one-in-play-is-an-unnamed-person",
        'MADRID (Reuters) - "It hurts," the Brazilian said.',
        [("the Brazilian", "anonymous", ["the Brazilian"])],
    ),
    (
        "a-gendered-demonym-skips-a-woman",
        'CARDIFF (Reuters) - Rhys Bevan said he was tired. "We lost," Ilse Varga said. '
        '"It\'s over," she said. "It hurts," the Welshman said.',
        [
            ("Rhys Bevan", "person", ["Rhys Bevan", "the Welshman"]),
            ("Ilse Varga", "person", ["Ilse Varga", "she"]),
        ],
    ),
    (
        "an-age-epithet-of-another-age-is-someone-else",
        "MELBOURNE (Reuters) - Ilse Varga, 31, said she was proud. "
        '"It hurts," the 19-year-old said.',
        [
            ("Ilse Varga", "person", ["Ilse Varga"]),
            ("the 19-year-old", "anonymous", ["the 19-year-old"]),
        ],
    ),
    (
        "an-epithet-in-a-possessive-is-someone-new",
        "MELBOURNE (Reuters) - Ilse Varga said she was proud. "
        '"She was brave," the 19-year-old\'s coach said.',
        [
            ("Ilse Varga", "person", ["Ilse Varga"]),
            ("the 19-year-old's coach", "anonymous", ["the 19-year-old's coach"]),
        ],
    ),
    (
        # "He was 91." tells Mallory's gender though it never speaks
        "she-skips-a-man-a-story-pronoun-made-he",
        "TUCSON, Ariz. (AP) — Osric Mallory died Sunday. He was 91.\n\n"
        "“Nobody ever paid,” his niece said.\n\n"
        "“Come back tomorrow,” Mallory told the newspaper in 2011.\n\n"
        "“He never changed,” she said.",
        [
            ("Osric Mallory", "person", ["Osric Mallory", "Mallory"]),
            ("his niece", "anonymous", ["his niece", "she"]),
        ],
    ),
    (
        "he-takes-an-unnamed-spokesman",
        "TOKYO (Reuters) - Sales rose 4 pct, a Kestrel Motors spokesman said. "
        "He said exports would slow.",
        [("a Kestrel Motors spokesman", "anonymous", ["a Kestrel Motors spokesman", "He"])],
    ),
    (
        "a-title-alone-in-the-headline-joins-its-holder",
        "Sheriff: Inmate slipped out through a vent\n\nTULSA, Okla. (AP) — An inmate "
        "escaped through a ventilation shaft overnight, Sheriff Corinne Ashdown said.",
        [("Corinne Ashdown", "person", ["Sheriff", "Sheriff Corinne Ashdown"])],
    ),
    (
        "a-headline-coach-joins-the-teams-coach",
        "Coach says Otters 'not done yet'\n\nATLANTA (AP) — The Otters have not given up "
        "on the season, Otters coach Brant Kellner said Monday.",
        [("Brant Kellner", "person", ["Coach", "Otters coach Brant Kellner"])],
    ),
    (
        "a-role-set-before-the-name-joins-it",
        "LEIDEN (AP) — Her grandson, Pim Voskuil, said she died peacefully.\n\n"
        "She baked bread until she was 90, her grandson said.",
        [("Pim Voskuil", "person", ["Pim Voskuil", "her grandson"])],
    ),
    (
        "a-role-set-after-the-name-joins-it",
        "LEIDEN (AP) — Pim Voskuil, her grandson, said she died peacefully. "
        "She baked bread until she was 90, her grandson said.",
        [("Pim Voskuil", "person", ["Pim Voskuil", "her grandson"])],
    ),
    (
        "another-owners-spokeswoman-is-someone-else",
        "DENVER (AP) — Dana Ortiz's spokeswoman, Lena Marsh, said the count was fair. "
        "Karl Voss's spokeswoman said it was not.",
        [
            ("Lena Marsh", "person", ["Lena Marsh"]),
            ("Karl Voss's spokeswoman", "anonymous", ["Karl Voss's spokeswoman"]),
        ],
    ),
    (
        "the-singer-joins-the-person-set-off-as-a-singer",
        "MEMPHIS, Tenn. (AP) — Corinne Vale, a country singer, has postponed her album.\n\n"
        "“I need time with my family,” the singer told a radio host.",
        [("Corinne Vale", "person", ["Corinne Vale", "the singer"])],
    ),
    (
        "the-singer-joins-the-person-written-after-the-noun",
        "MEMPHIS, Tenn. (AP) — Country singer Corinne Vale has postponed her album.\n\n"
        "“I need time with my family,” the singer told a radio host.",
        [("Corinne Vale", "person", ["Corinne Vale", "the singer"])],
    ),
    (
        "the-welder-joins-a-retired-welder",
        "BANGOR, Maine (AP) — Walter Quimby, a retired welder, still works every morning.\n\n"
        "“I can't sit still,” the welder said.",
        [("Walter Quimby", "person", ["Walter Quimby", "the welder"])],
    ),
    (
        "two-singers-written-leave-the-singer-alone",
        "MEMPHIS, Tenn. (AP) — Corinne Vale, a country singer, and Lou Berra, a jazz "
        "singer, canceled their shows.\n\n“I need a rest,” the singer told a radio host.",
        [("the singer", "anonymous", ["the singer"])],
    ),
    (
        "the-jazz-singer-is-not-a-country-singer",
        "MEMPHIS, Tenn. (AP) — Corinne Vale, a country singer, has postponed her album.\n\n"
        "“I need a rest,” the jazz singer told a radio host.",
        [("the jazz singer", "anonymous", ["the jazz singer"])],
    ),
    (
        "a-full-name-written-in-the-possessive-is-the-person",
        "BANGOR, Maine (AP) — The first thing you see in Walter Quimby's garage is a wall "
        "of clamps.\n\n“I started welding at fifteen,” Quimby said.",
        [("Walter Quimby", "person", ["Walter Quimby", "Quimby"])],
    ),
    (
        "the-district-joins-the-named-school-district",
        "FRESNO, Calif. (AP) — The Kettleman Unified School District will close two "
        "schools.\n\n“Enrollment has fallen for a decade,” the district said in a letter.",
        [
            (
                "Kettleman Unified School District",
                "organization",
                ["Kettleman Unified School District", "the district"],
            )
        ],
    ),
    (
        "the-district-alone-is-a-body",
        "FRESNO, Calif. (AP) — Classes will resume Monday, the district said in a letter.",
        [("district", "organization", ["the district"])],
    ),
    (
        "the-company-joins-the-one-company-named-without-a-suffix",
        "BOSTON--(BUSINESS WIRE)--Velquist Therapeutics today announced new data. "
        "“The results are encouraging,” the company said.",
        [("Velquist Therapeutics", "organization", ["Velquist Therapeutics", "the company"])],
    ),
    (
        "the-company-after-two-companies-joins-neither",
        "BOSTON--(BUSINESS WIRE)--Velquist Therapeutics and Orlan Pharmaceuticals today "
        "announced new data. “The results are encouraging,” the company said.",
        [("company", "organization", ["the company"])],
    ),
    (
        "a-public-body-is-no-company",
        "WASHINGTON (AP) — The Department of Health and Human Resources fined a drugmaker. "
        "“We disagree,” the company said.",
        [("company", "organization", ["the company"])],
    ),
    (
        "she-skips-a-man-introduced-as-her-husband",
        "AUSTIN, Texas (AP) — Renata Solis and her husband, Marcus Pell, run a food truck."
        '\n\n"We work every weekend," Solis says.\n\n"Every single one," Pell says.'
        '\n\n"Even holidays," she says.',
        [
            ("Renata Solis", "person", ["Renata Solis", "Solis", "she"]),
            ("Marcus Pell", "person", ["Marcus Pell", "Pell"]),
        ],
    ),
    (
        "he-skips-a-woman-introduced-as-his-wife",
        "AUSTIN, Texas (AP) — Marcus Pell and his wife Renata Solis run a food truck."
        '\n\n"We work every weekend," Pell says.\n\n"Every single one," Solis says.'
        '\n\n"Even holidays," he says.',
        [
            ("Marcus Pell", "person", ["Marcus Pell", "Pell", "he"]),
            ("Renata Solis", "person", ["Renata Solis", "Solis"]),
        ],
    ),
    (
        "the-welder-joins-a-surname-set-off-as-a-welder",
        "BANGOR, Maine (AP) — Ilka Brandt opened her bakery in 1998. Brandt, a retired "
        "welder, still fixes the ovens herself.\n\n“It keeps me young,” the welder said.",
        [("Ilka Brandt", "person", ["Ilka Brandt", "Brandt", "the welder"])],
    ),
    (
        "a-body-in-the-possessive-after-another-is-no-person",
        "DETROIT (Reuters) - Under the deal, Orvel's and Dunmore's paint shops will merge. "
        "Dunmore said the plan would save money.",
        [("Dunmore", "organization", ["Dunmore"])],
    ),
    (
        "a-title-word-before-the-noun-is-no-holder",
        "DETROIT (Reuters) - Local president Dale Ferris said the vote passed. "
        "The local also said the plant would reopen.",
        [
            ("Dale Ferris", "person", ["Local president Dale Ferris"]),
            ("The local", "anonymous", ["The local"]),
        ],
    ),
    (
        "a-company-and-its-unit-leave-the-company-alone",
        "CHICAGO (Reuters) - Orvel Inc's Harbor Lines unit raised fares on Monday. "
        "The company said demand was strong.",
        [("company", "organization", ["The company"])],
    ),
    (
        "the-company-joins-a-company-written-in-the-possessive",
        "CHICAGO (Reuters) - Orvel Inc's shares rose on Monday. "
        "The company said demand was strong.",
        [("Orvel Inc", "organization", ["Orvel Inc", "The company"])],
    ),
    (
        "a-name-inside-the-speakers-report-stands-between-no-one",
        "TULSA, Okla. (AP) — Prosecutor Dana Whitlow said Reese Harmon forged the deed.\n\n"
        "“He signed her name,” she said.",
        [("Dana Whitlow", "person", ["Prosecutor Dana Whitlow", "she"])],
    ),
    (
        "the-listener-of-told-stands-between-no-one",
        "DENVER (AP) — Sen. Ilka Moreau told Gov. Brent Yates that the plan was dead. "
        "“It will not pass,” she said.",
        [("Ilka Moreau", "person", ["Sen. Ilka Moreau", "she"])],
    ),
    (
        "the-subject-of-the-sentence-before-outranks-its-object",
        "DENVER (AP) — Ms. Okafor met with Gov. Brent Yates on Monday. "
        "She said the talks went well.",
        [("Okafor", "person", ["Ms. Okafor", "She"])],
    ),
    (
        "a-subject-of-the-other-gender-leaves-the-object",
        "DENVER (AP) — Mr. Brent Yates met with Ms. Ilka Moreau on Monday. "
        "“It went well,” she said.",
        [("Ilka Moreau", "person", ["Ms. Ilka Moreau", "she"])],
    ),
    (
        "a-base-or-a-programme-is-no-person-for-she",
        "DENVER (AP) — Sen. Ilka Moreau toured Fort Halden on Monday. She said morale was low.",
        [("Ilka Moreau", "person", ["Sen. Ilka Moreau", "She"])],
    ),
    (
        "a-name-at-a-sentence-end-keeps-no-full-stop",
        "DENVER (AP) — The governor met Lt. Gov. Pia Sorensen. "
        "She said the state was in good hands.",
        [("Pia Sorensen", "person", ["Lt. Gov. Pia Sorensen", "She"])],
    ),
    (
        "a-relative-sharing-a-surname-is-another-person",
        "ELKO, Nev. (AP) — “We are ready,” Rosa Quintero said.\n\n"
        "Her brother, Elias Quintero, was not. “I need a year,” he said.",
        [
            ("Rosa Quintero", "person", ["Rosa Quintero"]),
            ("Elias Quintero", "person", ["Elias Quintero", "he"]),
        ],
    ),
    (
        "mr-and-mrs-with-one-surname-are-two-people",
        "ELKO, Nev. (AP) — “One more season,” Mr. Quintero said.\n\n"
        "“He says that every year,” Mrs. Quintero said.",
        [
            ("Quintero", "person", ["Mr. Quintero"]),
            ("Quintero", "person", ["Mrs. Quintero"]),
        ],
    ),
    (
        "a-state-and-party-re-mention-joins-the-tagged-politician",
        "SALEM, Ore. (AP) — Sen. Vera Lindqvist, D-Ore., said the bill was dead. "
        "The Oregon Democrat said she would vote no.",
        [("Vera Lindqvist", "person", ["Sen. Vera Lindqvist", "The Oregon Democrat"])],
    ),
    (
        "the-gop-nominee-joins-the-republican-nominee",
        "DES MOINES, Iowa (AP) — Republican presidential nominee Cal Brodie said "
        "prices were too high. The GOP nominee said taxes would fall.",
        [
            (
                "Cal Brodie",
                "person",
                ["Republican presidential nominee Cal Brodie", "The GOP nominee"],
            )
        ],
    ),
    (
        "a-role-with-the-holders-of-complement-joins-the-holder",
        "WASHINGTON (AP) — Secretary of State Ines Varga said the talks had stalled. "
        "The secretary of state said she would fly to Lima.",
        [
            (
                "Ines Varga",
                "person",
                ["Secretary of State Ines Varga", "The secretary of state"],
            )
        ],
    ),
    (
        "an-age-epithet-joins-the-person-of-that-age",
        "DENVER (AP) — Olek Varga, 34, scored twice. Timo Lasko, 22, made nine saves.\n\n"
        "“It felt good,” the 34-year-old said.",
        [("Olek Varga", "person", ["Olek Varga", "the 34-year-old"])],
    ),
    (
        "an-age-written-before-the-name-is-matched",
        "DENVER (AP) — Thirty-four-year-old Olek Varga scored twice. "
        "Coach Rina Holm was pleased.\n\n“It felt good,” the 34-year-old said.",
        [("Olek Varga", "person", ["Olek Varga", "the 34-year-old"])],
    ),
    (
        "a-surname-joins-the-founder-not-the-firm-named-after-him",
        "(Bloomberg) -- Anton Brevik founded Brevik Capital in 2004.\n\n"
        "“I trusted her,” Brevik said.",
        [("Anton Brevik", "person", ["Anton Brevik", "Brevik"])],
    ),
    (
        "a-word-inside-a-firms-name-starts-no-name-of-its-own",
        "(Bloomberg) -- Ines Talbot co-founded Brevik Talbot Partners in 2004.\n\n"
        "“He wanted out,” Talbot said.",
        [("Ines Talbot", "person", ["Ines Talbot", "Talbot"])],
    ),
    (
        "a-kin-noun-and-a-first-name-take-the-pronoun-of-its-gender",
        "BOISE, Idaho (AP) — Rancher Wes Dunlow lost his herd in the fire. "
        "His wife, Greta, watched the barn burn.\n\n"
        "“I could not look away,” she said.\n\n“We will rebuild,” he said.",
        [
            ("Wes Dunlow", "person", ["Rancher Wes Dunlow", "he"]),
            ("Greta", "person", ["Greta", "she"]),
        ],
    ),
    (
        "an-unresolved-she-and-he-are-two-people",
        "TULSA, Okla. (AP) — The witnesses came early.\n\n"
        "“I saw him run,” she said.\n\n“So did I,” he said.",
        [("she", "person", ["she"]), ("he", "person", ["he"])],
    ),
    (
        "the-couple-joins-the-people-named-together",
        "ELKO, Nev. (AP) — Rosa Quintero and Elias Quintero opened the diner in 1988. "
        "The couple said they would not sell.",
        [
            (
                "Rosa Quintero and Elias Quintero",
                "group",
                ["Rosa Quintero and Elias Quintero", "The couple"],
            )
        ],
    ),
    (
        "they-joins-a-named-pair-opening-the-sentence-before",
        "ELKO, Nev. (AP) — Nadia Fenn and Owen Tarr run the shelter.\n\n"
        "“We are out of blankets,” they said.",
        [("Nadia Fenn and Owen Tarr", "group", ["Nadia Fenn and Owen Tarr", "they"])],
    ),
    (
        "a-family-by-its-surname-is-people",
        "ELKO, Nev. (AP) — Elias Quintero opened the diner in 1988. "
        "“We will not sell,” the Quinteros said.",
        [("Quinteros", "group", ["the Quinteros"])],
    ),
    (
        "a-class-noun-joins-the-one-holder-of-a-title-of-its-class",
        "MOSCOW, Nov. 12 (TASS) - Deputy Foreign Minister Pavel Zorin said the talks "
        "would resume. The diplomat said Moscow was ready.",
        [
            (
                "Pavel Zorin",
                "person",
                ["Deputy Foreign Minister Pavel Zorin", "The diplomat"],
            )
        ],
    ),
    (
        "a-playing-position-skips-the-coach",
        "DENVER (AP) — Coach Rina Holm praised Olek Varga after the match.\n\n"
        "“He was special tonight,” Holm said. The striker said he owed it to his teammates.",
        [
            ("Rina Holm", "person", ["Coach Rina Holm", "Holm"]),
            ("Olek Varga", "person", ["Olek Varga", "The striker"]),
        ],
    ),
    (
        "one-of-them-and-its-appositive-noun-join-the-people",
        "WASHINGTON (Reuters) - Two people briefed on the plan said the vote was near. "
        "One of them, a senior Treasury official, said the bill had support. "
        "The official said the Senate would act first.",
        [
            (
                "Two people briefed on the plan",
                "anonymous",
                ["Two people briefed on the plan", "One of them", "The official"],
            )
        ],
    ),
]

# bodies and documents, 2026-11-29 night
MERGES += [
    (
        "the-fed-joins-the-federal-reserve",
        "(Bloomberg) -- The Federal Reserve said it would pause. The Fed said prices are sticky.",
        [("Federal Reserve", "organization", ["The Federal Reserve", "The Fed"])],
    ),
    (
        "the-treasury-joins-the-treasury-department-written-before",
        "(Bloomberg) -- The Treasury Department will sell more bills. The Treasury said "
        "demand was firm.",
        [("Treasury Department", "organization", ["Treasury Department", "The Treasury"])],
    ),
    (
        "a-wire-acronym-keeps-the-o-of-of",
        "(Bloomberg) -- The Bank of Arcadia held rates. The BOA said it would watch wages. "
        "The Central Bank of Velmora cut. The CBOV said growth was weak.",
        [
            ("Bank of Arcadia", "organization", ["Bank of Arcadia", "The BOA"]),
            ("Central Bank of Velmora", "organization", ["Central Bank of Velmora", "The CBOV"]),
        ],
    ),
    (
        "a-product-trade-joins-the-incorporated-name",
        "(Bloomberg) -- Austin-based Quillon Inc. sold 9 million tablets, the tablet maker said.",
        [("Quillon Inc.", "organization", ["Quillon Inc.", "the tablet maker"])],
    ),
    (
        "a-ranked-trade-joins-the-incorporated-name",
        "(Bloomberg) -- Marden Zinc Ltd. cut its outlook. The world's second-largest zinc "
        "producer said demand was soft.",
        [
            (
                "Marden Zinc Ltd.",
                "organization",
                ["Marden Zinc Ltd.", "The world's second-largest zinc producer"],
            )
        ],
    ),
    (
        "the-developer-joins-the-incorporated-name",
        "HONG KONG, Nov 28 (Reuters) - Tsang Wai Estates Ltd will sell a mall, the developer said.",
        [("Tsang Wai Estates Ltd", "organization", ["Tsang Wai Estates Ltd", "the developer"])],
    ),
    (
        "the-capitalised-defined-company-joins-the-incorporated-name",
        'DENVER, Nov. 28, 2026 /PRNewswire/ -- Brellin Analytics Inc. (the "Company") today '
        "announced a dividend. The Company said the payout would begin in March.",
        [("Brellin Analytics Inc.", "organization", ["Brellin Analytics Inc.", "The Company"])],
    ),
    (
        "an-outlet-re-mentioned-by-its-last-word-or-initials",
        "(Bloomberg) -- Orvane may sell a unit, the Harbour Daily Ledger reported. The Ledger "
        "said bids were due. Kelby may bid, the Morning Courier Review reported. The MCR said "
        "talks were early.",
        [
            ("Harbour Daily Ledger", "media", ["the Harbour Daily Ledger", "The Ledger"]),
            ("Morning Courier Review", "media", ["the Morning Courier Review", "The MCR"]),
        ],
    ),
    (
        "the-newspaper-joins-the-outlet-in-play",
        "(Bloomberg) -- Orvane may sell a unit, the Nikkei reported. The newspaper said "
        "bids were due.",
        [("Nikkei", "media", ["the Nikkei", "The newspaper"])],
    ),
]

MERGES += [
    (
        "which-after-a-document-by-a-body-is-the-document",
        "(Bloomberg) -- Loan sales slowed, according to a report by Fitchley's, which said "
        "volumes fell 4%.",
        [("a report by Fitchley's", "document", ["a report by Fitchley's", "which"])],
    ),
    (
        "which-after-a-document-filed-with-a-body-is-the-document",
        "(Bloomberg) -- Shares fell. Risks are listed in the annual report filed with the "
        "Harbor Trade and Customs Commission, which states that sales may vary.",
        [
            (
                "the annual report filed with the Harbor Trade and Customs Commission",
                "document",
                [
                    "the annual report filed with the Harbor Trade and Customs Commission",
                    "which",
                ],
            )
        ],
    ),
    (
        "a-headline-possessive-keeps-the-title-written-with-the-full-name",
        "Bank's Quenby Says Rates Can Wait\n"
        "(Bloomberg) -- Reserve Bank of Tarsia Governor Ilse Quenby said rates will hold.",
        [
            (
                "Ilse Quenby",
                "person",
                ["Bank's Quenby", "Reserve Bank of Tarsia Governor Ilse Quenby"],
            )
        ],
    ),
    (
        "a-headline-body-role-joins-the-holder",
        "Orvane chief says bid undervalues company\n"
        "LONDON, Nov 28 (Reuters) - Orvane Chief Executive Tilda Marsh said the offer was low.",
        [("Tilda Marsh", "person", ["Orvane chief", "Orvane Chief Executive Tilda Marsh"])],
    ),
    (
        "the-companies-join-two-companies-that-spoke-together",
        "(Bloomberg) -- Brellin Steel Corp. and Ostra Metals AG said the merger would close "
        "in May. The companies said savings would reach $90 million.",
        [
            (
                "Brellin Steel Corp. and Ostra Metals AG",
                "group",
                ["Brellin Steel Corp. and Ostra Metals AG", "The companies"],
            )
        ],
    ),
    (
        "the-panel-joins-the-committee-just-named",
        "WASHINGTON (AP) — The Senate Harbor Committee said it would call witnesses. The panel "
        "said hearings would start in June.",
        [("Senate Harbor Committee", "organization", ["The Senate Harbor Committee", "The panel"])],
    ),
    (
        "they-after-a-quotation-joins-the-plural-subject-before",
        "LONDON, Nov 28 (Reuters) - Tamsin Foods Plc cut its outlook. Analysts at Quarrow "
        'Securities lowered their target. "This is a weak update," they wrote in a note.',
        [
            ("Analysts at Quarrow Securities", "group", ["Analysts at Quarrow Securities", "they"]),
        ],
    ),
    (
        "it-joins-the-body-opening-the-sentence-before",
        "WASHINGTON — The Brannick campaign did not respond to a request for comment. It has "
        "said the survey is rigged.",
        [("Brannick campaign", "organization", ["The Brannick campaign", "It"])],
    ),
    (
        "the-diocese-joins-the-named-diocese",
        "HARTWELL, Vt. (AP) — The Diocese of Pellford said the priest was removed. The diocese "
        "said it had told police.",
        [
            (
                "Diocese of Pellford",
                "organization",
                ["The Diocese of Pellford", "The diocese"],
            )
        ],
    ),
    (
        "the-clinic-joins-the-named-clinic",
        'BOSTON (AP) — The Ardwin Clinic said it would close. "We are grieving," the clinic said.',
        [("Ardwin Clinic", "organization", ["The Ardwin Clinic", "the clinic"])],
    ),
    (
        "a-dotted-acronym-joins-the-full-name",
        "WASHINGTON — The Federal Bureau of Investigation said it had reopened the inquiry. "
        "The F.B.I. said it would be quick.",
        [
            (
                "Federal Bureau of Investigation",
                "organization",
                ["The Federal Bureau of Investigation", "The F.B.I."],
            )
        ],
    ),
    (
        "two-poll-shares-are-two-groups",
        "WASHINGTON — Fifty-three percent said Mr. Brannick would do better; 41 percent said "
        "Mrs. Ostley would.",
        [
            ("Fifty-three percent", "group", ["Fifty-three percent"]),
            ("41 percent", "group", ["41 percent"]),
        ],
    ),
    (
        "he-after-a-body-that-ends-the-sentence-joins-the-person",
        'GENEVA — "Families are struggling," said Lars Ebbe, director of Help Small Hands. He '
        "added that clinics were full.",
        [("Lars Ebbe", "person", ["Lars Ebbe", "He"])],
    ),
    (
        "a-name-before-he-loses-the-sentence-point",
        "GENEVA — The survey was led by Tomas Rennick. He said that clinics were full.",
        [("Tomas Rennick", "person", ["Tomas Rennick", "He"])],
    ),
    (
        "a-hyphenated-surname-joins-the-full-name",
        "PARIS — The trial was run by Mira Castel-Brun of the University of Ravel. "
        '"We saw it everywhere," Castel-Brun said.',
        [("Mira Castel-Brun", "person", ["Mira Castel-Brun", "Castel-Brun"])],
    ),
    (
        "the-writers-i-joins-no-named-person",
        "WASHINGTON — I met Dana Orlick in Scranton last week. I think she will win.",
        [("I", "person", ["I"])],
    ),
    (
        "the-un-health-agency-joins-the-agency-in-play",
        "GENEVA — The World Health Organization said cases rose. The U.N. health agency said "
        "58 people died.",
        [
            (
                "World Health Organization",
                "organization",
                ["The World Health Organization", "The U.N. health agency"],
            )
        ],
    ),
    (
        "the-space-agency-joins-the-agency-in-play",
        "HOUSTON (AP) — The Orbital Research Agency said the probe was lost. The space agency "
        "said it would try again.",
        [
            (
                "Orbital Research Agency",
                "organization",
                ["The Orbital Research Agency", "The space agency"],
            )
        ],
    ),
    (
        "a-ministry-official-is-not-the-officials",
        "NAIROBI — Officials said the catch fell. A fisheries ministry official, speaking on "
        "condition of anonymity, said quotas would be cut.",
        [
            ("Officials", "anonymous", ["Officials"]),
            ("A fisheries ministry official", "anonymous", ["A fisheries ministry official"]),
        ],
    ),
    (
        "one-side-of-a-group-named-with-and-is-a-group-of-its-own",
        "PARIS — Police and unions said the march was calm. The unions said 9,000 marched.",
        [
            ("Police and unions", "group", ["Police and unions"]),
            ("The unions", "group", ["The unions"]),
        ],
    ),
    (
        "the-team-in-a-study-is-a-group",
        "PARIS — The researchers studied 40 reefs. The team wrote that the reefs would not "
        "recover.",
        [("The team", "group", ["The team"])],
    ),
    (
        "the-paper-in-a-study-is-a-document",
        "PARIS — The study was led by Ana Vell. The paper estimates that glaciers lost 7% of "
        "their ice.",
        [("The paper", "document", ["The paper"])],
    ),
]

MERGES += [
    (
        "two-candidates-campaigns-stay-apart",
        "TOLEDO (AP) — The Halloran campaign said it would buy $9 million in ads. "
        "The Deveraux campaign said it would do the same. The campaign said it had the money.",
        [
            ("Halloran campaign", "organization", ["The Halloran campaign"]),
            ("Deveraux campaign", "organization", ["The Deveraux campaign", "The campaign"]),
        ],
    ),
    (
        "another-source-is-someone-new",
        "KELSO — One source said the mayor was angry. Another source said she was calm.",
        [
            ("One source", "anonymous", ["One source"]),
            ("Another source", "anonymous", ["Another source"]),
        ],
    ),
    (
        "a-second-source-is-someone-new",
        "KELSO (Reuters) - Tellmark is weighing a sale, a source said. "
        "A second source said no decision had been made.",
        [
            ("a source", "anonymous", ["a source"]),
            ("A second source", "anonymous", ["A second source"]),
        ],
    ),
    (
        "other-people-are-other-people",
        "KELSO (Bloomberg) -- Tellmark is in talks to buy Orvane, according to people familiar "
        "with the matter. Orvane has also talked to Brisk, according to other people with "
        "knowledge of the matter.",
        [
            (
                "people familiar with the matter",
                "anonymous",
                ["people familiar with the matter"],
            ),
            (
                "other people with knowledge of the matter",
                "anonymous",
                ["other people with knowledge of the matter"],
            ),
        ],
    ),
    (
        "a-surname-without-its-arabic-article",
        "TERAVIA (AFP) - Interior Minister Khalid al-Zubaidi said the border was shut. "
        "Zubaidi said it would reopen next week.",
        [
            (
                "Khalid al-Zubaidi",
                "person",
                ["Interior Minister Khalid al-Zubaidi", "Zubaidi"],
            )
        ],
    ),
    (
        "a-body-possessive-before-a-surname-is-the-person",
        "KELSO (Bloomberg) -- Fed Vice Chair Mara Lindqvist spoke on Tuesday. "
        "“We could cut,” the Fed’s Lindqvist said.",
        [
            (
                "Mara Lindqvist",
                "person",
                ["Fed Vice Chair Mara Lindqvist", "the Fed’s Lindqvist"],
            )
        ],
    ),
    (
        "a-name-with-a-comma-before-its-suffix-joins-the-name-without",
        "KELSO, June 3, 2025 /PRNewswire/ -- Corvane Robotics, Inc. said it would expand. "
        "Corvane Robotics said it expects to hire 40 people.",
        [
            (
                "Corvane Robotics, Inc.",
                "organization",
                ["Corvane Robotics, Inc.", "Corvane Robotics"],
            )
        ],
    ),
    (
        "he-takes-the-unnamed-official-just-introduced",
        "KELSO (AP) — Harbour Minister Tomas Reyl said the plan was approved. A senior port "
        "official, who spoke on condition of anonymity, said crews were ready. "
        "“We are waiting for orders,” he said.",
        [
            ("Tomas Reyl", "person", ["Harbour Minister Tomas Reyl"]),
            ("A senior port official", "anonymous", ["A senior port official", "he"]),
        ],
    ),
    (
        "a-name-closed-by-of-a-state-is-the-pronouns-antecedent",
        "WASHINGTON — Sen. Oren Vasko of Nebraska went further. “They are stalling,” he said.",
        [("Oren Vasko", "person", ["Sen. Oren Vasko", "he"])],
    ),
    (
        "a-role-opening-the-sentence-before-is-the-pronouns-antecedent",
        "TOLEDO (AP) — Former Gov. Ned Halloran said Sen. Ada Deveraux was weak.\n\n"
        "The senator did not respond to Halloran. She told a crowd that the race was close.",
        [
            ("Ned Halloran", "person", ["Former Gov. Ned Halloran"]),
            ("Ada Deveraux", "person", ["Sen. Ada Deveraux", "The senator", "She"]),
        ],
    ),
    (
        "a-role-subject-set-off-by-commas-is-the-pronouns-antecedent",
        "KELSO — President Ines Morel signed the order. Paul Brisk said it was weak. The "
        "president, asked whether she expected a lawsuit, smiled. “I would be surprised if "
        "not,” she said.",
        [
            ("Ines Morel", "person", ["President Ines Morel", "The president", "she"]),
            ("Paul Brisk", "person", ["Paul Brisk"]),
        ],
    ),
]

MERGES += [
    (
        "a-state-and-party-epithet-joins-the-senator-named-with-it",
        "Sen. Oren Vasko, the Nebraska Republican who chairs the panel, met the president."
        "\n\n“We are close,” the Nebraska Republican said afterward.",
        [("Oren Vasko", "person", ["Sen. Oren Vasko", "the Nebraska Republican"])],
    ),
    (
        "a-former-office-epithet-joins-the-one-politician-in-play",
        "TOLEDO (AP) — Republican nominee Ned Halloran told supporters the race was close. "
        "The former Ohio governor said turnout would decide it.",
        [
            (
                "Ned Halloran",
                "person",
                ["Republican nominee Ned Halloran", "The former Ohio governor"],
            )
        ],
    ),
    (
        "an-office-chief-epithet-joins-the-secretary",
        "WASHINGTON (Reuters) - Treasury Secretary Ina Brisk said the dollar was strong. "
        "The Treasury chief also said she expected no shutdown.",
        [
            (
                "Ina Brisk",
                "person",
                ["Treasury Secretary Ina Brisk", "The Treasury chief"],
            )
        ],
    ),
    (
        "the-company-is-the-one-word-company-of-the-lede",
        "KELSO (Reuters) - Tallowby is cutting 10% of its staff, the company said on Tuesday.",
        [("Tallowby", "organization", ["Tallowby", "the company"])],
    ),
    (
        "a-trade-epithet-is-the-one-word-company-of-the-lede",
        "KELSO (AP) — Vantorra canceled the series after two seasons. "
        "The streamer said viewership had fallen.",
        [("Vantorra", "organization", ["Vantorra", "The streamer"])],
    ),
    (
        "media-and-tech-trade-epithets-join-the-company",
        "KELSO (Reuters) - Orvane said it would cut jobs. The chip designer said demand was "
        "weak. The record label said sales fell. The medical device maker said sales fell.",
        [
            (
                "Orvane",
                "organization",
                [
                    "Orvane",
                    "The chip designer",
                    "The record label",
                    "The medical device maker",
                ],
            )
        ],
    ),
    (
        "the-agency-is-the-administration-named-before",
        "WASHINGTON (AP) — The Maritime Safety Administration on Friday approved the new "
        "hulls. The hulls are safe, the agency said.",
        [
            (
                "Maritime Safety Administration",
                "organization",
                ["Maritime Safety Administration", "the agency"],
            )
        ],
    ),
    (
        "the-central-bank-is-the-central-bank-in-play",
        "KELSO (Bloomberg) -- The Bank of Teravia said it would hold rates. "
        "The central bank also said inflation remained high.",
        [("Bank of Teravia", "organization", ["The Bank of Teravia", "The central bank"])],
    ),
    (
        "it-takes-the-lawsuit-opening-the-sentence-before",
        "KELSO (AP) — The lawsuit was filed Monday in U.S. District Court in Kelso. "
        "It alleges that the app recorded users.",
        [("The lawsuit", "document", ["The lawsuit", "It"])],
    ),
    (
        "they-take-a-firms-analysts-opening-the-sentence-before",
        "KELSO (Bloomberg) -- Kessler Myers analysts cut their forecast. "
        "“We see risks,” they wrote.",
        [("Kessler Myers analysts", "group", ["Kessler Myers analysts", "they"])],
    ),
]

MERGES += [
    (
        "a-family-name-written-first-joins-the-titled-full-name",
        "KELSO (Reuters) - Teravian President Wen Haolin met visiting executives on Friday. "
        "Wen told them that Teravia remained a safe bet.",
        [("Wen Haolin", "person", ["Teravian President Wen Haolin", "Wen"])],
    ),
    (
        "it-takes-an-agency-with-initials-and-a-field-opening-the-sentence-before",
        "KELSO (Reuters) - The U.N. fisheries agency released new figures on Monday. "
        "It said catches had fallen by a third.",
        [("U.N. fisheries agency", "organization", ["The U.N. fisheries agency", "It"])],
    ),
    (
        "the-group-takes-a-force-named-before-it-spoke",
        "KELSO (Reuters) - The Northern Defence Forces (NDF) denied shelling the town. "
        "In a statement, the group said it had repelled an attack.",
        [("Northern Defence Forces", "organization", ["Northern Defence Forces", "the group"])],
    ),
    (
        "the-patrol-joins-the-highway-patrol",
        "KELSO, Ohio — The Kelso State Highway Patrol said the driver fled. "
        "The patrol said he was later caught.",
        [
            (
                "Kelso State Highway Patrol",
                "organization",
                ["The Kelso State Highway Patrol", "The patrol"],
            )
        ],
    ),
    (
        "the-department-joins-a-department-named-before-it-spoke",
        "KELSO, Ohio — The Kelso Police Department responded to the call. "
        "The department said the officer was on leave.",
        [
            (
                "Kelso Police Department",
                "organization",
                ["Kelso Police Department", "The department"],
            )
        ],
    ),
    (
        "the-military-joins-the-army",
        "KELSO (AFP) - The Teravian army said it had struck 40 targets. "
        "“We will continue to act,” the military said.",
        [("Teravian army", "organization", ["The Teravian army", "the military"])],
    ),
    (
        "a-placed-monitor-joins-the-observatory",
        "KELSO (AFP) - The Teravian Observatory for Human Rights said 14 fighters were killed. "
        "The Britain-based monitor said the toll could rise.",
        [
            (
                "Teravian Observatory for Human Rights",
                "organization",
                ["The Teravian Observatory for Human Rights", "The Britain-based monitor"],
            )
        ],
    ),
]

MERGES += [
    (
        "father-and-son-of-one-name-stay-apart",
        "KELSO, Ohio — Tobias Wrenfield Sr. said his son was innocent. Tobias Wrenfield Jr. "
        "said he was sorry. “I love you, Dad,” Wrenfield Jr. said.",
        [
            ("Tobias Wrenfield Sr.", "person", ["Tobias Wrenfield Sr."]),
            ("Tobias Wrenfield Jr.", "person", ["Tobias Wrenfield Jr.", "Wrenfield Jr."]),
        ],
    ),
    (
        "an-owned-agency-takes-an-organization-named-before",
        "GENEVA (AP) — The Global Health Organization declared an emergency. "
        "The U.N. health agency said cases were rising.",
        [
            (
                "Global Health Organization",
                "organization",
                ["Global Health Organization", "The U.N. health agency"],
            )
        ],
    ),
]

MERGES += [
    (
        "the-woman-joins-the-unnamed-mother",
        "KELSO, Ohio — One mother, who asked not to be named, said she heard shots.\n\n"
        "“It was terrifying,” the woman said.",
        [("One mother", "anonymous", ["One mother", "the woman"])],
    ),
    (
        "the-mother-of-four-joins-the-woman-in-play",
        "KELSO (AP) — Rana Tavil fled with her children. “We have nowhere to go,” said the "
        "mother of four.",
        [("Rana Tavil", "person", ["Rana Tavil", "the mother of four"])],
    ),
]

MERGES += [
    (
        "she-skips-a-man-his-own-clause-marks",
        "KELSO, Ohio — Sgt. Nora Pell spoke to reporters Monday. Tomas Wrenfield was booked "
        "into jail on his third arrest this year.\n\n“He did not resist,” she said.",
        [("Nora Pell", "person", ["Sgt. Nora Pell", "she"])],
    ),
    (
        "she-skips-a-man-marked-where-he-was-named-in-full",
        "KELSO, Ohio — Sgt. Nora Pell said officers arrested Tomas Wrenfield, 34, at his home. "
        "Wrenfield was booked into the county jail. “He did not resist,” she said.",
        [("Nora Pell", "person", ["Sgt. Nora Pell", "she"])],
    ),
]

MERGES += [
    (
        "a-headline-ceo-joins-the-chief-executive",
        "Orvane CEO says company made mistakes\n\n(Reuters) - Orvane Chief Executive Lena "
        "Brisk said on Tuesday the company made mistakes.",
        [("Lena Brisk", "person", ["Orvane CEO", "Orvane Chief Executive Lena Brisk"])],
    ),
    (
        "a-trade-epithet-takes-a-two-word-company-of-the-lede",
        "KELSO, Ohio — Kelso Energy reported more than 1 million outages. "
        "The utility said crews were on the way.",
        [("Kelso Energy", "organization", ["Kelso Energy", "The utility"])],
    ),
]

MERGES += [
    (
        "a-headline-noun-takes-the-bodys-fuller-name-from-the-body",
        "Teravia strikes port after rocket fire, military says\n\n"
        "KELSO, March 28 (Reuters) - Teravia struck the port on Friday, the Teravian "
        "military said.",
        [("Teravian military", "organization", ["military", "the Teravian military"])],
    ),
    (
        "the-one-word-name-joins-the-commission-named-before",
        "KELSO (Reuters) - The Northern Trade Commission on Tuesday fined Orvane 2 billion "
        "euros. The Commission said the company had abused its position.",
        [
            (
                "Northern Trade Commission",
                "organization",
                ["Northern Trade Commission", "The Commission"],
            )
        ],
    ),
]

MERGES += [
    (
        "a-party-epithet-skips-the-rival-of-the-other-party",
        "Republican presidential nominee Ned Halloran speaks at a rally in Toledo, Ohio, "
        "Oct. 5, 2024. (AP Photo/Lena Marsh)\n\nKELSO (AP) — Sen. Ada Deveraux on Wednesday "
        "accused Ned Halloran of planning to “gut Social Security.”\n\nSpeaking at a senior "
        "center, the Democratic nominee said the plan would hurt “the people who can least "
        "afford it.”",
        [("Ada Deveraux", "person", ["Sen. Ada Deveraux", "the Democratic nominee"])],
    ),
    (
        "a-role-opening-with-no-title-holder-leaves-the-pronoun-to-the-speaker",
        "KELSO (AP) — Ada Deveraux said she would name a Republican to her Cabinet.\n\n"
        "The senator, who has been criticized by some progressives, kept to her approach."
        "\n\n“Securing the border is a basic responsibility,” she said.",
        [("Ada Deveraux", "person", ["Ada Deveraux", "she"])],
    ),
]

MERGES += [
    (
        "a-market-noun-opening-the-lede-is-no-company",
        "KELSO (Reuters) - Demand had slowed, the company said in a filing.",
        [("company", "organization", ["the company"])],
    ),
    (
        "the-group-joins-a-body-named-with-of-and-a-body-appositive",
        "DORSET, Oct 10 (Reuters) - Mara Quell won the backing of the National Loyal Order of "
        "Wardens, a union representing 40,000 guards, the group said.",
        [
            (
                "National Loyal Order of Wardens",
                "organization",
                ["National Loyal Order of Wardens", "the group"],
            )
        ],
    ),
    (
        "it-joins-a-general-staff-that-opened-the-sentence-before",
        "KYIV (Reuters) - Varnland's General Staff reported 150 clashes. It said the fighting "
        "was heaviest near Dolny.",
        [("Varnland's General Staff", "organization", ["Varnland's General Staff", "It"])],
    ),
    (
        "the-head-before-of-in-a-body-s-name-joins-it",
        "LOS ANGELES (AP) \u2014 The Screen Guild of Westmark said talks had stalled. The guild "
        "said studios had walked away.",
        [
            (
                "Screen Guild of Westmark",
                "organization",
                ["The Screen Guild of Westmark", "The guild"],
            )
        ],
    ),
    (
        "a-title-case-headline-title-joins-the-holder",
        "Police Chief Says Alarms Could Have Saved Family\n\nVARDEN, Mo. \u2014 Police Chief "
        "Dara Whitlow said no working alarms were found.",
        [("Dara Whitlow", "person", ["Police Chief", "Police Chief Dara Whitlow"])],
    ),
    (
        "who-after-a-role-from-a-place-is-the-person",
        "VARDEN (AP) \u2014 Among those in the crowd was Marit Osterby, 64, a retired nurse from "
        "Kellbrook, who said she planned to vote.",
        [("Marit Osterby", "person", ["Marit Osterby", "who"])],
    ),
    (
        "the-company-takes-the-one-name-written-with-a-ticker",
        "(Reuters) - Shares of Brovane (BRVN.O) fell 5% after the company said it would cut "
        "jobs.",
        [("Brovane", "organization", ["Brovane", "the company"])],
    ),
    (
        "the-company-with-its-trade-takes-the-lone-company-of-the-lede",
        "(Reuters) - Quillnet is cutting 10% of its staff, the social media company said on "
        "Tuesday.",
        [("Quillnet", "organization", ["Quillnet", "the social media company"])],
    ),
    (
        "he-takes-a-lone-surname-read-as-a-body-when-no-person-is-in-play",
        "WASHINGTON (UPI) -- Halvorsen, appearing on a Sunday show, said the bill was dead."
        "\n\n\"It's a yes or no,\" he told the host.",
        [("Halvorsen", "person", ["Halvorsen", "he"])],
    ),
    (
        "a-plural-after-a-company-s-suffix-point-is-its-people",
        "(Bloomberg) -- Harrowgate Lyons Group Inc. analysts cut their forecast. \u201cWe see "
        "risks,\u201d they wrote.",
        [
            (
                "Harrowgate Lyons Group Inc. analysts",
                "group",
                ["Harrowgate Lyons Group Inc. analysts", "they"],
            )
        ],
    ),
    (
        "a-surname-after-a-quotation-over-paragraphs-is-the-named-person",
        "ODELL (AP) \u2014 \"Prices are up. And Corwin Haske wants to tell them, 'Wait.'\n\n"
        '"Well, I have news for him," Sen. Mira Tolland said.\n\n'
        "Gov. Anya Brisk told the crowd that the race was close.\n\n"
        'Haske held a rally, where he told supporters that Tolland was "a radical."',
        [
            ("Mira Tolland", "person", ["Sen. Mira Tolland"]),
            ("Anya Brisk", "person", ["Gov. Anya Brisk"]),
            ("Corwin Haske", "person", ["Haske", "he"]),
        ],
    ),
]

MERGES += [
    (
        "his-campaign-and-her-campaign-are-two-bodies",
        "TALMORE (AP) \u2014 Dorian Fask will unveil a farm plan Monday, his campaign said. "
        "Gov. Pia Lundell has proposed a seed credit. Her campaign said the plan was late.",
        [
            ("his campaign", "organization", ["his campaign"]),
            ("Her campaign", "organization", ["Her campaign"]),
        ],
    ),
    (
        "a-headline-word-is-no-company-for-the-company",
        "Outlook trimmed\n\nKELSO, Nov 27 (Reuters) - The company said orders had slowed.",
        [("company", "organization", ["The company"])],
    ),
    (
        "a-headline-word-is-no-company-for-the-operator",
        "Gale closed ferries\n\nBRANNOCK (AP) - The operator said crossings were halted.",
        [("operator", "organization", ["The operator"])],
    ),
    (
        "a-plural-noun-with-a-plural-verb-is-no-company-for-the-operator",
        "Gale closes ferries\n\nBRANNOCK (AP) - Sailings were cut. The operator said it would"
        " resume Monday.",
        [("operator", "organization", ["The operator"])],
    ),
    (
        "a-lede-role-joins-the-person-named-in-the-next-paragraph",
        "VARDEN, Ostland (AP) \u2014 Ostland's finance minister said Tuesday the levy would go.\n\n"
        "Finance Minister Teodor Brask told a radio station the budget was ready.",
        [
            (
                "Teodor Brask",
                "person",
                ["Ostland's finance minister", "Finance Minister Teodor Brask"],
            )
        ],
    ),
    (
        "a-lede-premier-joins-the-premier-named-next",
        "KELLOWAY - Tern Island's premier says the province will rebuild 12 wharves.\n\n"
        "Premier Mira Oast told reporters Thursday the work starts in May.",
        [("Mira Oast", "person", ["Tern Island's premier", "Premier Mira Oast"])],
    ),
    (
        "a-malay-name-shortened-to-its-given-names-is-one-person",
        "KUALA LUMPUR, Nov 29 (Bernama) -- Deputy Minister Rosli Hakim Jamal said the bridge"
        " would open.\n\nRosli Hakim said RM40 million had been set aside.",
        [
            (
                "Rosli Hakim Jamal",
                "person",
                ["Deputy Minister Rosli Hakim Jamal", "Rosli Hakim"],
            )
        ],
    ),
    (
        "a-malay-name-written-before-in-full-names-the-speaker",
        "KUALA LUMPUR, Nov 29 (Bernama) -- Rosli Hakim Jamal opened the bridge on Monday."
        "\n\nRosli Hakim said RM40 million had been set aside.",
        [("Rosli Hakim Jamal", "person", ["Rosli Hakim Jamal", "Rosli Hakim"])],
    ),
    (
        "the-alliance-joins-the-alliance-in-play",
        "BRUSSELS (AFP) - KORDA said it would send more ships. "
        "The military alliance added that it sought no clash.",
        [("KORDA", "organization", ["KORDA", "The military alliance"])],
    ),
    (
        "the-bloc-joins-the-bloc-in-play",
        "JAKARTA (Reuters) - SEAPAC said talks would resume. "
        "The regional bloc said a summit was set.",
        [("SEAPAC", "organization", ["SEAPAC", "The regional bloc"])],
    ),
    (
        "an-indefinite-group-is-a-new-body",
        "BRANNOCK, Maine (AP) \u2014 The harbor board said Tuesday it would close Pier 9. "
        "Ferry lines expect delays, according to a trade group.",
        [
            ("harbor board", "organization", ["The harbor board"]),
            ("a trade group", "organization", ["a trade group"]),
        ],
    ),
    (
        "the-minister-is-no-prime-minister",
        "VARDEN (EFE) - Prime Minister Ilario Besk said the budget was ready. "
        "Finance Minister Oda Renn disagreed. The minister said the deal was far off.",
        [
            ("Ilario Besk", "person", ["Prime Minister Ilario Besk"]),
            ("Oda Renn", "person", ["Finance Minister Oda Renn", "The minister"]),
        ],
    ),
    (
        "the-president-is-no-vice-president",
        "TALMORE (AP) - Vice President Ilse Varga said the bill was ready. "
        "The president said the deal was close.",
        [
            ("Ilse Varga", "person", ["Vice President Ilse Varga"]),
            ("The president", "anonymous", ["The president"]),
        ],
    ),
    (
        "a-place-based-office-joins-the-office-named-before",
        "BERLIN (dpa) - Output fell, the Federal Freight Office said. "
        "Exports also fell, the Kelmar-based office said.",
        [
            (
                "Federal Freight Office",
                "organization",
                ["the Federal Freight Office", "the Kelmar-based office"],
            )
        ],
    ),
    (
        "it-in-a-relative-clause-is-the-body-opening-the-sentence",
        "KELSO (AFP) - The harbour board unveiled a plan that it said would save 4 million euros.",
        [("harbour board", "organization", ["The harbour board", "it"])],
    ),
    (
        "a-modified-official-with-a-complement-is-apart-from-plain-officials",
        "TARNO, Nov 29 (PTI) The state asked districts to test more water, officials said.\n\n"
        "A senior official of the board, who did not wish to be named, said 40 wells failed.",
        [
            ("officials", "anonymous", ["officials"]),
            (
                "A senior official of the board",
                "anonymous",
                ["A senior official of the board"],
            ),
        ],
    ),
    (
        "the-top-diplomat-joins-the-secretary-named-in-passing",
        "TALMORE (AP) \u2014 Secretary of State Odile Venn spoke on Monday. "
        "The top diplomat said the deal was close.",
        [("Odile Venn", "person", ["Secretary of State Odile Venn", "The top diplomat"])],
    ),
    (
        "the-minister-is-no-vice-minister-of-a-meeting",
        "KELSO, Nov. 29 (Xinhua) -- Vice Minister of Commerce Tan Wei met Ostland Trade"
        " Minister Lars Brekke on Sunday.\n\nThe vice minister said trade would grow.\n\n"
        "Brekke said beef exports would rise. The minister added that a flight would open.",
        [
            (
                "Tan Wei",
                "person",
                ["Vice Minister of Commerce Tan Wei", "The vice minister"],
            ),
            (
                "Lars Brekke",
                "person",
                ["Ostland Trade Minister Lars Brekke", "Brekke", "The minister"],
            ),
        ],
    ),
    (
        "bare-party-plural-is-wider-than-the-chamber-s",
        "TALMORE (AP) \u2014 Senate Republicans said the levy was dead. "
        "Republicans have accused Democrats of stalling.",
        [
            ("Senate Republicans", "group", ["Senate Republicans"]),
            ("Republicans", "group", ["Republicans"]),
        ],
    ),
    (
        "the-committee-joins-a-republican-committee-named-before",
        "TALMORE (AP) \u2014 The Republican State Committee and the Fask campaign filed the"
        " suit Monday. The committee said it would file more suits.",
        [
            (
                "Republican State Committee",
                "organization",
                ["Republican State Committee", "The committee"],
            )
        ],
    ),
    (
        "a-lede-role-stays-apart-from-another-minister",
        "VARDEN, Ostland (AP) \u2014 Ostland's finance minister said Tuesday the levy would go.\n\n"
        "Foreign Minister Ilse Rudd said talks went well.",
        [
            ("Ostland's finance minister", "anonymous", ["Ostland's finance minister"]),
            ("Ilse Rudd", "person", ["Foreign Minister Ilse Rudd"]),
        ],
    ),
    (
        "a-second-surname-is-the-full-name-s",
        "SOLVARA (Reuters) - Prime Minister Tomás Iriarte Velasco won the vote. Iriarte said"
        " the government would go on. Mayor Lena Ortiz Monday opened a park. Ortiz said"
        " it was fine.",
        [
            (
                "Tomás Iriarte Velasco",
                "person",
                ["Prime Minister Tomás Iriarte Velasco", "Iriarte"],
            ),
            ("Lena Ortiz", "person", ["Mayor Lena Ortiz", "Ortiz"]),
        ],
    ),
    (
        "he-in-a-relative-clause-is-the-role-opening-its-sentence",
        "SOLVARA (Reuters) - The minister unveiled levies that he said would cut prices.",
        [("The minister", "anonymous", ["The minister", "he"])],
    ),
    (
        "they-in-a-relative-clause-is-the-plural-opening-its-sentence",
        "SOLVARA (Reuters) - Growers blocked roads over rules that they said would ruin"
        " them. The police held two men who they said had set fires.",
        [
            ("Growers", "group", ["Growers", "they"]),
            ("police", "organization", ["The police", "they"]),
        ],
    ),
    (
        "the-eu-executive-is-the-european-commission",
        "BRUSSELS (AFP) - The European Commission said it would study the levy. The EU"
        " executive added that a ruling would come in June. The bloc's executive arm said"
        " it would not wait.",
        [
            (
                "European Commission",
                "organization",
                ["The European Commission", "The EU executive", "The bloc's executive arm"],
            )
        ],
    ),
    (
        "the-party-joins-the-party-committee-in-play",
        "TALMORE (AP) \u2014 The Republican State Committee sued Monday. The committee said the"
        " ad broke the law. The party also said it would appeal. The state party said it"
        " would not back down. The opposition party said the suit was late.",
        [
            (
                "Republican State Committee",
                "organization",
                ["Republican State Committee", "The committee", "The party", "The state party"],
            ),
            ("opposition party", "organization", ["The opposition party"]),
        ],
    ),
    (
        "the-group-is-never-the-white-house",
        "TALMORE (AP) \u2014 The Dock Workers Union endorsed Fask. The White House welcomed"
        " it. The pact will hold, the group said.",
        [("Dock Workers Union", "organization", ["The Dock Workers Union", "the group"])],
    ),
    (
        "a-based-descriptor-before-a-lone-name-is-a-body",
        "Tulsa-based Orvane said sales fell. Orvane said it would cut jobs.",
        [("Orvane", "organization", ["Tulsa-based Orvane", "Orvane"])],
    ),
    (
        "it-after-shares-of-a-bare-name-is-the-company",
        "Shares of Brenmar, which has cut 900 jobs this year, fell 4% after it said revenue"
        " would decline.",
        [("Brenmar", "organization", ["Brenmar", "it"])],
    ),
    (
        "the-company-finds-the-lone-name-across-a-hard-wrap",
        "KELSO (Reuters) - Vantrio is cutting 10% of its staff as\ndemand slows, the company"
        " said on Tuesday.",
        [("Vantrio", "organization", ["Vantrio", "the company"])],
    ),
    (
        "one-of-the-sources-joins-the-people-the-sources-joined",
        "KELSO (Reuters) - Orvane is nearing a deal for Tessaly, three people familiar with"
        " the matter told Reuters. A deal could come next week, the sources said. Banks will"
        " lend $2 billion, one of the sources said.",
        [
            (
                "three people familiar with the matter",
                "anonymous",
                ["three people familiar with the matter", "the sources", "one of the sources"],
            )
        ],
    ),
    (
        "west-african-styles-are-named-again-by-their-role-nouns",
        "Hon. Adaeze Obi moved the motion. The lawmaker said the roads were bad. Engr. Tunde"
        " Ajayi toured the site. The engineer said the bridge was safe.",
        [
            ("Adaeze Obi", "person", ["Hon. Adaeze Obi", "The lawmaker"]),
            ("Tunde Ajayi", "person", ["Engr. Tunde Ajayi", "The engineer"]),
        ],
    ),
    (
        "a-surname-without-its-arabic-article-joins-the-full-name",
        "Zarqan President Tariq Hamid al-Sayyari met the envoy on Monday. Sayyari said the"
        " talks were useful.",
        [
            (
                "Tariq Hamid al-Sayyari",
                "person",
                ["Zarqan President Tariq Hamid al-Sayyari", "Sayyari"],
            )
        ],
    ),
    (
        "a-news-agency-by-its-own-name-and-its-short-name",
        "Zarqa's semi-official Qalam news agency said the talks were over. Qalam said a new"
        " round would start.",
        [("Qalam", "media", ["Zarqa's semi-official Qalam news agency", "Qalam"])],
    ),
    (
        "the-writers-i-is-never-a-later-he-or-she",
        "I once asked Sen. Tomas Brevik why he opposed the levy. He called it \"a trap.\"",
        [
            ("I", "person", ["I"]),
            ("Tomas Brevik", "person", ["Sen. Tomas Brevik", "He"]),
        ],
    ),
]


MERGES += [
    (
        "a-nationality-places-a-company-s-trade",
        "ZURICH (Reuters) - Kessler Pharma AG said its drug cut deaths by a fifth. "
        "The Swiss drugmaker said it would seek approval.",
        [("Kessler Pharma AG", "organization", ["Kessler Pharma AG", "The Swiss drugmaker"])],
    ),
    (
        "a-trade-after-content-takes-the-company-written-in-it",
        "Kessler Pharma AG's gene therapy met the main goal of a trial, "
        "the Swiss drugmaker said on Monday.",
        [("Kessler Pharma AG", "organization", ["Kessler Pharma AG", "the Swiss drugmaker"])],
    ),
    (
        "the-team-joins-the-team-named-before",
        "ORLEY (AP) — The Harbor Foxes placed Lindqvist on injured reserve. "
        "The team said he would have surgery.",
        [("Harbor Foxes", "organization", ["The Harbor Foxes", "The team"])],
    ),
    (
        "the-club-joins-the-team-that-spoke",
        "ORLEY (AP) — The Harbor Foxes said Lindqvist would miss the season. "
        "The club said he would have surgery.",
        [("Harbor Foxes", "organization", ["The Harbor Foxes", "The club"])],
    ),
    (
        "the-world-number-one-is-the-athlete-just-named",
        'Tomas Vilja won in straight sets. "I feel great," the world number one said.',
        [("Tomas Vilja", "person", ["Tomas Vilja", "the world number one"])],
    ),
    (
        "the-nationality-star-is-the-athlete-just-named",
        'Tomas Vilja scored twice. "I feel great," the Brazilian star said.',
        [("Tomas Vilja", "person", ["Tomas Vilja", "the Brazilian star"])],
    ),
    (
        "the-team-rider-is-the-athlete-just-named",
        'Tomas Vilja won the stage. "I feel great," the Halvard rider said.',
        [("Tomas Vilja", "person", ["Tomas Vilja", "the Halvard rider"])],
    ),
    (
        "the-new-signing-is-the-player-just-named",
        'Owen Darrow joined Kelby on loan. "I am delighted," the new signing said.',
        [("Owen Darrow", "person", ["Owen Darrow", "the new signing"])],
    ),
    (
        "the-left-hander-is-the-athlete-just-named",
        'Tomas Vilja won in straight sets. "I feel great," the left-hander said.',
        [("Tomas Vilja", "person", ["Tomas Vilja", "the left-hander"])],
    ),
    (
        "a-member-count-council-is-the-council-in-play",
        "UNITED NATIONS (AP) — The Trusteeship Council met on Tuesday. "
        "The 11-member council said it was alarmed.",
        [("Trusteeship Council", "organization", ["Trusteeship Council", "The 11-member council"])],
    ),
    (
        "a-member-count-alliance-is-the-alliance-in-play",
        "BRUSSELS (AP) — The Nordvik Pact said it would send ships. "
        "The 12-member alliance said the move was defensive.",
        [("Nordvik Pact", "organization", ["The Nordvik Pact", "The 12-member alliance"])],
    ),
    (
        "the-general-assembly-is-the-assembly",
        "UNITED NATIONS (AP) — The 193-member General Assembly voted on Friday. "
        "The assembly said the vote was final.",
        [("General Assembly", "organization", ["General Assembly", "The assembly"])],
    ),
    (
        "a-un-field-watchdog-is-the-agency-in-play",
        "VIENNA (Reuters) - The International Reactor Safety Agency said it lost contact. "
        "The U.N. nuclear watchdog said the plant was stable.",
        [
            (
                "International Reactor Safety Agency",
                "organization",
                ["The International Reactor Safety Agency", "The U.N. nuclear watchdog"],
            )
        ],
    ),
    (
        "a-nation-count-bloc-is-the-bloc-in-play",
        "BRUSSELS (AP) — The Andean Union said it would impose tariffs. "
        "The 9-nation bloc said talks would resume.",
        [("Andean Union", "organization", ["The Andean Union", "The 9-nation bloc"])],
    ),
    (
        "the-world-body-is-the-united-nations",
        "GENEVA (AP) — The United Nations warned of famine in Dalmor on Monday. "
        "The world body said it would appeal for funds.",
        [("United Nations", "organization", ["United Nations", "The world body"])],
    ),
    (
        "the-force-is-the-police-force-in-play",
        "Brackley Police said officers were called at 1.30am. The force said a man was arrested.",
        [("Brackley Police", "organization", ["Brackley Police", "The force"])],
    ),
    (
        "the-force-is-the-police-force-named-before",
        "Officers from Brackley Police were called at 1.30am. The force said a man was arrested.",
        [("Brackley Police", "organization", ["Brackley Police", "The force"])],
    ),
    (
        "the-local-authority-is-the-council-in-play",
        "Fenwold District Council said it faced a funding gap. "
        "The local authority said cuts were inevitable.",
        [
            (
                "Fenwold District Council",
                "organization",
                ["Fenwold District Council", "The local authority"],
            )
        ],
    ),
]


MERGES += [
    (
        "a-dotted-country-acronym-keeps-its-letters",
        "KELSO (AP) — The U.S. Marine Mapping Agency said the quake struck at 3 a.m. "
        "The USMMA said aftershocks were likely.",
        [
            (
                "U.S. Marine Mapping Agency",
                "organization",
                ["The U.S. Marine Mapping Agency", "The USMMA"],
            )
        ],
    ),
    (
        "a-body-without-its-dotted-country-is-the-body",
        "KELSO (AP) — Two sailors were rescued, the U.S. Harbor Patrol Service said. "
        "The Harbor Patrol Service said a third was missing.",
        [
            (
                "U.S. Harbor Patrol Service",
                "organization",
                ["the U.S. Harbor Patrol Service", "The Harbor Patrol Service"],
            )
        ],
    ),
    (
        "a-body-without-its-nationality-is-the-body",
        "DALMOR (AP) — The Kenyan Relief Crescent said its ambulance was hit. "
        "The Relief Crescent said two paramedics were killed.",
        [
            (
                "Kenyan Relief Crescent",
                "organization",
                ["The Kenyan Relief Crescent", "The Relief Crescent"],
            )
        ],
    ),
    (
        "an-acronym-glossed-after-the-name-joins-the-body",
        "DALMOR (AP) — Medics Without Borders, known by its French initials MSSF, said its "
        "clinic was hit. MSSF said two staff were hurt.",
        [
            (
                "Medics Without Borders",
                "organization",
                ["Medics Without Borders", "MSSF"],
            )
        ],
    ),
    (
        "the-prosecutor-is-the-district-attorney",
        "ORLEY (AP) — District Attorney Kim Ostrow said the case was strong. "
        "The prosecutor said she would seek a life sentence.",
        [
            (
                "Kim Ostrow",
                "person",
                ["District Attorney Kim Ostrow", "The prosecutor"],
            )
        ],
    ),
    (
        "a-court-lede-s-judge-is-the-judge-named-next",
        "ORLEY (AP) — A federal judge in Kelso ruled Friday that the law was void. "
        "U.S. District Judge Reed Connell wrote that the state had exceeded its power.",
        [
            (
                "Reed Connell",
                "person",
                ["A federal judge in Kelso", "U.S. District Judge Reed Connell"],
            )
        ],
    ),
]


MERGES += [
    (
        "a-country-s-top-diplomat-is-its-foreign-minister-in-play",
        "MOSCOW (AP) — Russian Foreign Minister Ivan Tarkov said talks had stalled. "
        "Russia's top diplomat added that Moscow was ready.",
        [
            (
                "Ivan Tarkov",
                "person",
                ["Russian Foreign Minister Ivan Tarkov", "Russia's top diplomat"],
            )
        ],
    ),
    (
        "a-body-s-role-is-the-person-in-play-titled-with-both",
        "BRUSSELS (AP) — NATO Secretary-General Lars Ekvall said the alliance was ready. "
        '"We are ready," NATO\'s secretary-general said.',
        [
            (
                "Lars Ekvall",
                "person",
                ["NATO Secretary-General Lars Ekvall", "NATO's secretary-general"],
            )
        ],
    ),
    (
        "a-former-prime-minister-epithet-is-the-person-in-play",
        "BRUSSELS (AP) — NATO chief Lars Ekvall said the alliance was united. "
        "The former Norwegian prime minister added that allies would respond.",
        [
            (
                "Lars Ekvall",
                "person",
                ["NATO chief Lars Ekvall", "The former Norwegian prime minister"],
            )
        ],
    ),
    (
        "a-diplomat-epithet-is-the-envoy-in-play",
        "GENEVA (AP) — U.N. special envoy Geir Oddvik said talks were stalled. "
        "The veteran Norwegian diplomat added that he was hopeful.",
        [
            (
                "Geir Oddvik",
                "person",
                ["U.N. special envoy Geir Oddvik", "The veteran Norwegian diplomat"],
            )
        ],
    ),
    (
        "the-agency-is-the-body-owning-the-subject",
        "LONDON (Reuters) - The Continental Medicines Agency's committee recommended "
        "approval, the agency said.",
        [
            (
                "Continental Medicines Agency",
                "organization",
                ["Continental Medicines Agency", "the agency"],
            )
        ],
    ),
    (
        "the-companies-are-the-two-names-that-spoke-together",
        "(Reuters) - Rellmark and Sefwick said in a joint statement that the deal would close "
        "in March. The companies said they expected savings.",
        [("Rellmark and Sefwick", "organization", ["Rellmark and Sefwick", "The companies"])],
    ),
    (
        "the-company-is-the-deal-story-s-subject",
        "NEW YORK, Nov 29 (Reuters) - Sefwick Labs Inc. is nearing a sale to Rellmark Corp., "
        "two people familiar with the matter said. "
        "The company said in February that revenue would be flat.",
        [
            ("Sefwick Labs Inc.", "organization", ["Sefwick Labs Inc.", "The company"]),
            (
                "two people familiar with the matter",
                "anonymous",
                ["two people familiar with the matter"],
            ),
        ],
    ),
]


MERGES += [
    (
        "a-family-name-first-written-untitled-is-the-later-family-name",
        "WASHINGTON (Reuters) - Rowe met Tang Wenli on Friday. "
        "Tang said Washington should stop interfering.",
        [("Tang Wenli", "person", ["Tang Wenli", "Tang"])],
    ),
    (
        "a-surname-with-two-particles-written-in-passing-is-the-later-surname",
        "BRUSSELS (AP) — Commission President Ursel von der Lahnau met Hart on Friday. "
        "Von der Lahnau said the deal was historic.",
        [
            (
                "Ursel von der Lahnau",
                "person",
                ["Commission President Ursel von der Lahnau", "Von der Lahnau"],
            )
        ],
    ),
    (
        "a-vietnamese-middle-name-van-is-no-link",
        "HANOI (AP) — Nguyen Van Thuong hosted Hart in Hanoi. "
        "Thuong said the upgrade was historic.",
        [("Nguyen Van Thuong", "person", ["Nguyen Van Thuong", "Thuong"])],
    ),
]


MERGES += [
    (
        "a-name-in-the-pronoun-s-own-content-is-not-its-antecedent",
        "KELSO (AP) — Sheriff Tom Brantley spoke Tuesday. Lisa Grover was a nurse, he said.",
        [("Tom Brantley", "person", ["Sheriff Tom Brantley", "he"])],
    ),
    (
        "a-name-in-the-speaker-s-who-aside-stands-between-no-one",
        "KELSO (AP) — Mayor Mike Janssen, who toured the area with Gov. Jared Pollard, said "
        "40 homes were lost. He said the city would open two shelters.",
        [("Mike Janssen", "person", ["Mayor Mike Janssen", "He"])],
    ),
    (
        "the-object-of-said-of-stands-between-no-one",
        'KELSO (AP) — "We lost a hero," Fire Chief Desmond Fallon said of Capt. Ryan Kowal, '
        "who died in the blaze. He said Kowal had served for 22 years.",
        [("Desmond Fallon", "person", ["Fire Chief Desmond Fallon", "He"])],
    ),
    (
        "they-after-a-fronted-phrase-takes-the-plural-opening-the-sentence-before",
        "KELSO (AP) — Prosecutors had asked for 21 years. In their sentencing memo, they "
        "wrote that Wen had lied.",
        [("Prosecutors", "group", ["Prosecutors", "they"])],
    ),
    (
        "they-closing-its-report-takes-the-plural-opening-it",
        "Researchers tracked 8,000 adults and found that short sleepers had a higher risk, "
        "they reported in the journal Sleep Letters.",
        [("Researchers", "group", ["Researchers", "they"])],
    ),
]


MERGES += [
    (
        "a-name-modifying-the-speaker-s-appositive-stands-between-no-one",
        "(Bloomberg) -- Achterveld, a former Rio Verdant executive, said the company would "
        "avoid debt. He added that it would keep its dividend.",
        [("Achterveld", "person", ["Achterveld", "He"])],
    ),
    (
        "the-company-is-the-one-whose-board-opens-the-sentence",
        "(Bloomberg) -- Marlowe's board unanimously rejected the proposal, the company said "
        "in a statement.",
        [("Marlowe", "organization", ["Marlowe", "the company"])],
    ),
    (
        "he-after-what-takes-the-unnamed-spokesman-heading-the-sentence",
        "(Bloomberg) -- A Rellant spokesman declined to comment on what he called "
        "“market speculation.”",
        [("A Rellant spokesman", "anonymous", ["A Rellant spokesman", "he"])],
    ),
    (
        "the-spaniard-is-the-person-written-of-spain",
        'Lucia Ferrando of Spain beat Anya Kovalchuk. "I played well," the Spaniard said.',
        [("Lucia Ferrando", "person", ["Lucia Ferrando", "the Spaniard"])],
    ),
    (
        "the-swiss-is-the-athlete-just-named",
        'Lena Brunnholz won the slalom on Sunday. "It was a perfect run," the Swiss said.',
        [("Lena Brunnholz", "person", ["Lena Brunnholz", "the Swiss"])],
    ),
]


MERGES += [
    (
        "she-takes-the-owner-s-mother-opening-the-sentence-before",
        'KELSO (AP) — Corran\'s mother testified for nearly an hour. "My son is no monster," '
        "she said.",
        [("Corran's mother", "anonymous", ["Corran's mother", "she"])],
    ),
    (
        "she-takes-the-victim-s-widow-opening-the-sentence-before",
        'KELSO (AP) — The victim\'s widow spoke at the hearing. "He was my world," she said.',
        [("The victim's widow", "anonymous", ["The victim's widow", "she"])],
    ),
    (
        "an-owner-s-group-is-not-the-owner",
        "Fenwold District Council said it faced a funding gap. "
        "The council's opposition group said the cuts were devastating.",
        [
            ("Fenwold District Council", "organization", ["Fenwold District Council"]),
            (
                "council's opposition group",
                "organization",
                ["The council's opposition group"],
            ),
        ],
    ),
    (
        "a-second-indefinite-source-with-other-words-is-someone-new",
        "TOKYO (Kyodo) -- Kelvar and Osland agreed to start talks, a Kelvar government "
        "source said. Kelvar will also provide vessels, according to a source familiar "
        "with bilateral relations.",
        [
            ("a Kelvar government source", "anonymous", ["a Kelvar government source"]),
            (
                "a source familiar with bilateral relations",
                "anonymous",
                ["a source familiar with bilateral relations"],
            ),
        ],
    ),
]


MERGES += [
    (
        "the-capitalised-office-is-its-one-holder-in-play",
        "UNITED NATIONS (AP) — Secretary-General Amina Osterby said the war must end. "
        "The Secretary-General called on both sides to exercise restraint.",
        [
            (
                "Amina Osterby",
                "person",
                ["Secretary-General Amina Osterby", "The Secretary-General"],
            )
        ],
    ),
    (
        "the-team-boss-is-the-manager-named-in-passing",
        "Harbor Rovers manager Stefan Okafor watched from the touchline. "
        '"We were poor," said the Harbor boss.',
        [("Stefan Okafor", "person", ["Stefan Okafor", "the Harbor boss"])],
    ),
    (
        "the-maker-of-a-product-is-the-company-in-play",
        "(Bloomberg) -- Kaltvik Motors Co. cut its forecast. "
        "The maker of Corvid sedans said demand slowed.",
        [
            (
                "Kaltvik Motors Co.",
                "organization",
                ["Kaltvik Motors Co.", "The maker of Corvid sedans"],
            )
        ],
    ),
]


MERGES += [
    (
        "a-name-heard-from-is-a-person-a-pronoun-takes",
        "KELSO (AP) — Jurors also heard from Sam Ortell. He testified that Corran confessed.",
        [("Sam Ortell", "person", ["Sam Ortell", "He"])],
    ),
    (
        "analysts-of-two-firms-are-two-groups",
        'LONDON (Reuters) - "Stocks look thin," Brantwell Bank analysts wrote in a note.\n'
        "Analysts at Osrey Capital said inventories were rising.",
        [
            ("Brantwell Bank analysts", "group", ["Brantwell Bank analysts"]),
            ("Analysts at Osrey Capital", "group", ["Analysts at Osrey Capital"]),
        ],
    ),
    (
        "british-singular-they-takes-the-spokesperson-who-just-spoke",
        "LONDON (PA) - The TSSA said talks had collapsed. A Department for Transport "
        'spokesperson said: "We are disappointed." They added that the offer was generous.',
        [
            ("TSSA", "organization", ["The TSSA"]),
            (
                "A Department for Transport spokesperson",
                "anonymous",
                ["A Department for Transport spokesperson", "They"],
            ),
        ],
    ),
    (
        "a-state-s-top-election-official-is-its-secretary-of-state",
        "BOISE, Idaho (AP) — Idaho's top election official said Friday that the count was "
        "final. Secretary of State Marla Quint told reporters that turnout had been high.",
        [
            (
                "Marla Quint",
                "person",
                ["Idaho's top election official", "Secretary of State Marla Quint"],
            )
        ],
    ),
    (
        "the-city-s-role-in-the-lede-joins-the-bare-titled-holder",
        "TRENTON, N.J. (AP) — The city's fire chief said Monday that the blaze was out. "
        "Chief Ronan Delacy said the cause was unknown.",
        [
            (
                "Ronan Delacy",
                "person",
                ["The city's fire chief", "Chief Ronan Delacy"],
            )
        ],
    ),
    (
        "the-agency-takes-the-agency-named-since-the-company-spoke",
        "DETROIT (AP) — Brisco Motors is recalling 9,000 vans, the company said. The recall "
        "covers 2022 models, according to documents posted by the Federal Transit "
        "Administration. Owners will be told by mail, the agency said.",
        [
            ("Brisco Motors", "organization", ["Brisco Motors", "the company"]),
            (
                "documents posted by the Federal Transit Administration",
                "document",
                ["documents posted by the Federal Transit Administration"],
            ),
            (
                "Federal Transit Administration",
                "organization",
                ["Federal Transit Administration", "the agency"],
            ),
        ],
    ),
    (
        "she-takes-the-unnamed-performer-opening-the-sentence-before",
        "LOS ANGELES (AP) — The rapper thanked fans in a long Instagram post. "
        '"You kept me going," she wrote.',
        [("The rapper", "anonymous", ["The rapper", "she"])],
    ),
    (
        "the-department-takes-the-department-named-in-a-spokeswoman-s-phrase",
        "LONDON (PA) - A spokeswoman for the Department for Rural Skills said: "
        '"We value apprentices." The department added that the offer was fair.',
        [
            (
                "A spokeswoman for the Department for Rural Skills",
                "anonymous",
                ["A spokeswoman for the Department for Rural Skills"],
            ),
            (
                "Department for Rural Skills",
                "organization",
                ["Department for Rural Skills", "The department"],
            ),
        ],
    ),
    (
        "economists-of-one-firm-stay-one-group",
        "LONDON (Reuters) - Brantwell economists said rates would fall. "
        "Economists at Brantwell said the cut would come in June.",
        [
            (
                "Brantwell economists",
                "group",
                ["Brantwell economists", "Economists at Brantwell"],
            )
        ],
    ),
    (
        "the-researchers-join-researchers-at-a-body",
        "PALO ALTO (AP) — Researchers at Corvane University said the gene was linked to"
        " asthma. The researchers said more work was needed.",
        [
            (
                "Researchers at Corvane University",
                "group",
                ["Researchers at Corvane University", "The researchers"],
            )
        ],
    ),
    (
        "a-possessive-before-another-possessive-is-no-fuller-name",
        "WASHINGTON (Reuters) - Regulators approved Ansel Marrow's Crohn's drug velitab on"
        " Tuesday. The drug cut flare-ups by 40% in a late-stage trial, Marrow said.",
        [("Marrow", "organization", ["Marrow"])],
    ),
]

MERGES += [
    (
        "the-commission-joins-a-federal-commission-named-before",
        "WASHINGTON (AP) — The Federal Harbor Commission sued Orvane. "
        "The commission said the company misled users.",
        [
            (
                "Federal Harbor Commission",
                "organization",
                ["Federal Harbor Commission", "The commission"],
            )
        ],
    ),
    (
        "the-regulator-joins-an-acronym-opening-the-sentence-before",
        "(Bloomberg) -- The FHC fined the firm $8 million. The firm admitted wrongdoing, "
        "the regulator said.",
        [("FHC", "organization", ["The FHC", "the regulator"])],
    ),
    (
        "the-watchdog-joins-an-authority-named-before",
        "LONDON (Reuters) - The Harbor Conduct Authority fined the bank. "
        "The watchdog said the failings were serious.",
        [
            (
                "Harbor Conduct Authority",
                "organization",
                ["Harbor Conduct Authority", "The watchdog"],
            )
        ],
    ),
    (
        "a-postposed-it-takes-an-acronym-opening-its-sentence",
        "LONDON (Reuters) - The HCA has opened an investigation into the deal, it said "
        "on Tuesday.",
        [("HCA", "organization", ["The HCA", "it"])],
    ),
    (
        "it-takes-an-acronym-opening-the-sentence-before",
        "WASHINGTON (AP) — The FHC ordered inspections. It said 171 planes were affected.",
        [("FHC", "organization", ["The FHC", "It"])],
    ),
]

MERGES += [
    (
        "the-company-skips-the-investor-leading-a-round",
        "Quorvane has raised $50 million in a round led by Harbor Peak Ventures, "
        "the company said.",
        [("Quorvane", "organization", ["Quorvane", "the company"])],
    ),
    (
        "the-company-takes-the-name-after-its-trade",
        "Crypto lender Ferrowin filed for bankruptcy on Monday, the company said.",
        [("Ferrowin", "organization", ["Ferrowin", "the company"])],
    ),
    (
        "the-company-takes-the-name-after-shares-of",
        "Shares of Arclowe fell 5% after the company said it had found an error.",
        [("Arclowe", "organization", ["Arclowe", "the company"])],
    ),
    (
        "the-company-skips-an-administration-that-spoke",
        "DETROIT (AP) — Kestrelle is recalling 4,000 pickups. The National Roadway Safety "
        "Administration said the problem can cause crashes. The company said it is cooperating.",
        [
            ("Kestrelle", "organization", ["Kestrelle", "The company"]),
            (
                "National Roadway Safety Administration",
                "organization",
                ["The National Roadway Safety Administration"],
            ),
        ],
    ),
    (
        "the-company-after-a-quotation-skips-an-administration-that-spoke",
        "DETROIT (AP) — Kestrelle is recalling 4,000 pickups. The National Roadway Safety "
        'Administration said it is investigating. "Safety is our top priority," the company '
        "said.",
        [
            ("Kestrelle", "organization", ["Kestrelle", "the company"]),
            (
                "National Roadway Safety Administration",
                "organization",
                ["The National Roadway Safety Administration"],
            ),
        ],
    ),
]

MERGES += [
    (
        "the-pontiff-joins-the-pope-named-in-passing",
        "VATICAN CITY (AP) — Pope Ansel IV visited a prison on Thursday. "
        '"No one is beyond hope," the pontiff said.',
        [("Ansel IV", "person", ["Pope Ansel IV", "the pontiff"])],
    ),
    (
        "the-priest-joins-the-reverend",
        "BOSTON (AP) — The Rev. Colm Dunleary said the parish would merge. "
        '"It hurts," the priest said.',
        [("Colm Dunleary", "person", ["The Rev. Colm Dunleary", "the priest"])],
    ),
    (
        "the-priest-joins-father",
        "BOSTON (AP) — Father Colm Dunleary said the parish would merge. "
        '"It hurts," the priest said.',
        [("Colm Dunleary", "person", ["Father Colm Dunleary", "the priest"])],
    ),
    (
        "the-nun-joins-sister",
        "BOSTON (AP) — Sister Ruth Dunleary said the school would close. "
        '"It hurts," the nun said.',
        [("Ruth Dunleary", "person", ["Sister Ruth Dunleary", "the nun"])],
    ),
]

MERGES += [
    (
        "the-billionaire-joins-the-chief-executive-just-quoted",
        "Korvo CEO Rafe Dunmere said the car was ready. The billionaire said production "
        "would start soon.",
        [("Rafe Dunmere", "person", ["Korvo CEO Rafe Dunmere", "The billionaire"])],
    ),
    (
        "the-tech-mogul-joins-the-chief-executive-just-quoted",
        "Korvo CEO Rafe Dunmere said the car was ready. The tech mogul said production "
        "would start soon.",
        [("Rafe Dunmere", "person", ["Korvo CEO Rafe Dunmere", "The tech mogul"])],
    ),
    (
        "a-backed-startup-joins-the-company-that-spoke",
        "Arclowe said on Tuesday it had raised $2 billion. The Norvel-backed startup said "
        "the money would fund data centers.",
        [("Arclowe", "organization", ["Arclowe", "The Norvel-backed startup"])],
    ),
]

MERGES += [
    (
        "a-country-s-ministry-joins-the-ministry-by-its-demonym",
        "KELSO (AP) — Russia's Defense Ministry said its forces took two hamlets. Later, "
        "the Russian Defense Ministry said air defenses downed 20 drones.",
        [
            (
                "Russia's Defense Ministry",
                "organization",
                ["Russia's Defense Ministry", "the Russian Defense Ministry"],
            )
        ],
    ),
    (
        "a-country-s-military-joins-the-military-by-its-demonym",
        "KELSO (AP) — Israel's military said it struck 20 targets. The Israeli military "
        "said two soldiers were wounded.",
        [("Israel's military", "organization", ["Israel's military", "The Israeli military"])],
    ),
]

MERGES += [
    (
        "a-role-s-campaign-is-not-a-named-rival-s-campaign",
        "TOLEDO (AP) — The Halvorn campaign said the ad was false. The vice president's "
        "campaign said it would not pull it.",
        [
            ("Halvorn campaign", "organization", ["The Halvorn campaign"]),
            ("vice president's campaign", "organization", ["The vice president's campaign"]),
        ],
    ),
    (
        "a-role-s-campaign-joins-the-campaign-of-the-role-s-holder",
        "TOLEDO (AP) — Vice President Ana Halvorn spoke Monday. The Halvorn campaign said "
        "the ad was false. The vice president's campaign said it would not pull it.",
        [
            (
                "Halvorn campaign",
                "organization",
                ["The Halvorn campaign", "The vice president's campaign"],
            )
        ],
    ),
]

MERGES += [
    (
        "the-department-joins-a-city-s-police",
        "KELSO (AP) — Varden police said the officer fired twice. The department said "
        "the officer was placed on leave.",
        [("Varden police", "organization", ["Varden police", "The department"])],
    ),
    (
        "the-agency-joins-a-bare-acronym-opening-the-sentence-before",
        "KELSO (AP) — BMQ did not respond to a request for comment. In a statement to "
        "a local paper, the agency said the arrest was lawful.",
        [("BMQ", "organization", ["BMQ", "the agency"])],
    ),
]

MERGES += [
    (
        "they-takes-a-counted-plural-opening-the-sentence-before",
        "KELSO (AP) — The two Republican commissioners dissented. They said the penalty "
        "was excessive.",
        [
            (
                "The two Republican commissioners",
                "group",
                ["The two Republican commissioners", "They"],
            )
        ],
    ),
    (
        "a-postposed-she-with-no-one-in-play-takes-the-name-opening-her-sentence",
        "Marla Hennick thinks the nominee can win, she said.",
        [("Marla Hennick", "person", ["Marla Hennick", "she"])],
    ),
]

MERGES += [
    (
        "the-surname-s-plural-joins-the-family",
        "KELSO (AP) — The Okonkwel family said he died peacefully. "
        '"He was our rock," the Okonkwels said in a statement.',
        [("The Okonkwel family", "group", ["The Okonkwel family", "the Okonkwels"])],
    ),
]

MERGES += [
    (
        "the-company-takes-the-company-whose-chief-opens-the-sentence",
        "Arclowe's chief executive, Alma Marsk, resigned on Tuesday, the company said.",
        [("Arclowe", "organization", ["Arclowe", "the company"])],
    ),
    (
        "the-company-takes-the-incorporated-name-in-a-title-in-play",
        "Tessaly Inc. Chief Executive Officer Mark Odunde said sales rose. "
        "The company also said it would hire.",
        [
            (
                "Mark Odunde",
                "person",
                ["Tessaly Inc. Chief Executive Officer Mark Odunde"],
            ),
            ("Tessaly Inc.", "organization", ["Tessaly Inc.", "The company"]),
        ],
    ),
]

MERGES += [
    (
        "the-senator-joins-a-senator-of-a-state-named-in-passing",
        "WASHINGTON (AP) — Sen. Mark Dorrel of Ohio voted no. "
        '"It is a bad bill," the senator said.',
        [("Mark Dorrel", "person", ["Sen. Mark Dorrel", "the senator"])],
    ),
    (
        "the-archbishop-joins-an-archbishop-of-a-city-named-in-passing",
        "KELSO (Reuters) - Archbishop Paolo Venturo of Varden celebrated Mass. "
        '"We must rebuild," the archbishop said.',
        [("Paolo Venturo", "person", ["Archbishop Paolo Venturo", "the archbishop"])],
    ),
]

MERGES += [
    (
        "a-place-quoted-stands-between-no-one-and-the-party-epithet",
        "KELSO (AP) — Democratic Gov. Ray Coltan vetoed the bill Thursday. "
        '"This would take North Varden backward," the Democrat said.',
        [("Ray Coltan", "person", ["Democratic Gov. Ray Coltan", "the Democrat"])],
    ),
]

MERGES += [
    (
        "the-donor-joins-the-donors-one-of-whom-spoke",
        'Three Republican donors said the campaign would "course-correct." One of them said '
        'he was "not convinced." "I\'ve heard that before," the donor said.',
        [
            (
                "Three Republican donors",
                "group",
                ["Three Republican donors", "One of them", "the donor"],
            )
        ],
    ),
]

MERGES += [
    (
        "a-lone-he-with-no-one-in-play-takes-the-lone-surname-opening-his-sentence",
        "Halvorn appeared on a cable show, where he said the vice president was finished.",
        [("Halvorn", "person", ["Halvorn", "he"])],
    ),
    (
        "a-lone-he-retypes-the-lone-surname-already-read-as-a-body",
        'Halvorn insisted that he had "never once" taken money from the timber lobby,'
        ' and he argued that his rival was "bought and paid for."',
        [("Halvorn", "person", ["Halvorn", "he"])],
    ),
]

MERGES += [
    (
        "the-holy-father-joins-the-pope-named-in-passing",
        "VATICAN CITY (AP) — Pope Ansel IV spoke Sunday. "
        '"Peace is possible," the Holy Father said.',
        [("Ansel IV", "person", ["Pope Ansel IV", "the Holy Father"])],
    ),
]

MERGES += [
    (
        "the-exchange-takes-the-company-whose-token-opens-the-sentence",
        "Vantrow's token, VTW, plunged 60% after the exchange said it had been hacked.",
        [("Vantrow", "organization", ["Vantrow", "the exchange"])],
    ),
]


MERGES += [
    (
        "the-pm-joins-the-prime-minister-named-before",
        "Prime Minister Mabel Tranter said the Government would act. "
        "The PM added: 'We will not wait.'",
        [("Mabel Tranter", "person", ["Prime Minister Mabel Tranter", "The PM"])],
    ),
    (
        "the-cm-joins-the-chief-minister-named-before",
        "KOLKATA, Nov 29 (PTI) - Chief Minister Rina Dasgupta said the state would fight. "
        "The CM also said the Centre owed dues.",
        [("Rina Dasgupta", "person", ["Chief Minister Rina Dasgupta", "The CM"])],
    ),
    (
        "the-sho-joins-the-title-abbreviated-in-brackets",
        "LUCKNOW, Nov 29 (PTI) - Station House Officer (SHO) Vikas Tomar said a case "
        "had been registered. The SHO said the accused was absconding.",
        [
            (
                "Vikas Tomar",
                "person",
                ["Station House Officer (SHO) Vikas Tomar", "The SHO"],
            )
        ],
    ),
    (
        "the-sp-joins-the-sp-named-before",
        "LUCKNOW, Nov 29 (PTI) - SP Harsh Velankar said a case had been registered. "
        "The SP said the accused was absconding.",
        [("Harsh Velankar", "person", ["SP Harsh Velankar", "The SP"])],
    ),
]


MERGES += [
    (
        "a-mononym-written-again-is-the-same-person",
        "Bengaluru, Nov 29 (PTI) - Chief Minister Venkataramaiah said the state would "
        "not yield. Venkataramaiah said Kannada was the priority.",
        [
            (
                "Venkataramaiah",
                "person",
                ["Chief Minister Venkataramaiah", "Venkataramaiah"],
            )
        ],
    ),
    (
        "a-royal-given-name-written-again-is-the-same-person",
        "Prince Osric said he was delighted. Osric added: 'It is wonderful.'",
        [("Osric", "person", ["Prince Osric", "Osric"])],
    ),
]


MERGES += [
    (
        "the-firm-takes-no-common-noun-opening-the-subject",
        "NEW YORK (AP) — Job cuts rose 50% in October, the firm said.",
        [("firm", "organization", ["the firm"])],
    ),
    (
        "the-retailer-takes-no-common-noun-before-sales",
        "NEW YORK (AP) — Holiday sales rose 4%, the retailer said.",
        [("retailer", "organization", ["the retailer"])],
    ),
]


MERGES += [
    (
        "the-company-takes-the-name-after-the-ceo-of",
        'Sales rose, said Ivo Brandt, CEO of Quellmoor Inc. "We had a good year," Brandt '
        "said. The company also said it would hire 500 workers.",
        [
            ("Ivo Brandt", "person", ["Ivo Brandt", "Brandt"]),
            ("Quellmoor Inc.", "organization", ["Quellmoor Inc.", "The company"]),
        ],
    ),
]


MERGES += [
    (
        "the-family-plural-takes-the-pair-of-its-surname",
        "NEW YORK (AP) — Oren and Lila Vesk listed their house in August. "
        "The Vesks said they had cut the price twice.",
        [("Oren and Lila Vesk", "group", ["Oren and Lila Vesk", "The Vesks"])],
    ),
]


MERGES += [
    (
        "lady-x-is-not-sir-y-x-who-spoke",
        "Sir Aldous Penrith said he was proud. Lady Penrith said: 'It is a goldfish bowl.'",
        [
            ("Aldous Penrith", "person", ["Sir Aldous Penrith"]),
            ("Penrith", "person", ["Lady Penrith"]),
        ],
    ),
    (
        "mrs-x-is-not-mr-y-x-named-before",
        "Mr Aldous Penrith is the mayor. Mrs Penrith said: 'It is a goldfish bowl.'",
        [("Penrith", "person", ["Mrs Penrith"])],
    ),
]


MERGES += [
    (
        "he-takes-the-duke-styled-by-his-territory",
        "The Duke of Corringham said he was saddened. He added: 'We ask for privacy.'",
        [("Duke of Corringham", "person", ["The Duke of Corringham", "He"])],
    ),
]

MERGES += [
    (
        "an-acronym-defined-after-a-country-possessive-joins-the-body",
        "Kelvania's Ministry of Foreign Affairs (MOFA) said it summoned the envoy. The MOFA"
        " said the protest was lodged.",
        [
            (
                "Kelvania's Ministry of Foreign Affairs",
                "organization",
                ["Kelvania's Ministry of Foreign Affairs (MOFA)", "The MOFA"],
            )
        ],
    ),
    (
        "a-defined-acronym-that-an-outlet-shares-is-the-body",
        "The Ministry of Trade and Industry (MTI) said growth was 3 per cent. MTI said"
        " exports rose.",
        [
            (
                "Ministry of Trade and Industry",
                "organization",
                ["The Ministry of Trade and Industry (MTI)", "MTI"],
            )
        ],
    ),
    (
        "the-suit-is-the-lawsuit",
        "The lawsuit alleges deputies ignored his pleas. The suit also says the jail lacked"
        " staff.",
        [("The lawsuit", "document", ["The lawsuit", "The suit"])],
    ),
    (
        "the-comic-is-the-comedian",
        "Comedian Rob Lyman said he was quitting. \"I'm tired,\" the comic said.",
        [("Rob Lyman", "person", ["Comedian Rob Lyman", "the comic"])],
    ),
]

MERGES += [
    (
        "the-state-qualified-office-joins-its-one-unplaced-holder",
        "Premier Tom Hallberg said the plan was on track. The NSW Premier said he would not"
        " resign.",
        [("Tom Hallberg", "person", ["Premier Tom Hallberg", "The NSW Premier"])],
    ),
]

MERGES += [
    (
        "the-newspaper-is-the-paper-the-speaker-told",
        "BOSTON (AP) — Commissioner Lyle Granby told The Dunmore Globe that the road would"
        " stay closed, the newspaper reported.",
        [("Dunmore Globe", "media", ["Dunmore Globe", "the newspaper"])],
    ),
]

MERGES += [
    (
        "they-and-it-before-a-document-verb-are-the-document-named-before",
        "The committee released the emails Monday. They show that Lysander knew. The Ledger"
        " obtained the memo.\n\nThe Ledger obtained the memo. It says officials knew of the"
        " risk.",
        [
            ("the emails", "document", ["the emails", "They"]),
            ("the memo", "document", ["the memo", "It"]),
        ],
    ),
]

MERGES += [
    (
        "the-queenslander-is-the-player-named-before",
        'Pat Cumberbatch said the team was ready. "We\'re in a good spot," the Queenslander'
        " said.",
        [("Pat Cumberbatch", "person", ["Pat Cumberbatch", "the Queenslander"])],
    ),
]


MERGES += [
    (
        "they-closing-a-report-is-the-plural-that-just-spoke",
        "Halvor will pay $48 a share, the companies said. The boards of both companies have"
        " approved the deal, they said.",
        [("the companies", "group", ["the companies", "they"])],
    ),
]


MERGES += [
    (
        "the-official-is-the-unnamed-official-opening-the-sentence-before",
        "TELMAR, Nov 28 (Reuters) - Spokesperson Rami Odeh said the talks would resume. A"
        ' Veltan official confirmed the extension. "We will abide by it," the official said.',
        [
            ("Rami Odeh", "person", ["Spokesperson Rami Odeh"]),
            ("A Veltan official", "anonymous", ["A Veltan official", "the official"]),
        ],
    ),
]


MERGES += [
    (
        "singular-they-is-the-official-of-the-anonymity-sentence",
        "WASHINGTON (AP) — The official gave details on condition of anonymity, as the Harlow"
        " talks are private. They said the plan was still being drafted.",
        [("The official", "anonymous", ["The official", "They"])],
    ),
    (
        "the-opposition-leader-is-no-president",
        "PARIS (AFP) - French President Luc Aubernay said the reform would pass. The"
        " opposition leader told reporters the vote would fail.",
        [
            ("Luc Aubernay", "person", ["French President Luc Aubernay"]),
            ("The opposition leader", "anonymous", ["The opposition leader"]),
        ],
    ),
]


MERGES += [
    (
        "a-masthead-before-an-outlet-noun-is-named-without-the-noun",
        "BERLIN, Nov 28 (Reuters) - The budget will pass, Der Tagesbote magazine reported."
        " The magazine said the vote was set.",
        [("Der Tagesbote", "media", ["Der Tagesbote magazine", "The magazine"])],
    ),
    (
        "a-demonstrative-before-an-outlet-noun-is-no-masthead",
        "This newspaper has argued for years that the town needs more ferries.",
        [("This newspaper", "media", ["This newspaper"])],
    ),
]


MERGES += [
    (
        "a-name-in-the-relative-clause-of-the-speaker-s-role-is-no-antecedent",
        "WASHINGTON — \"They're chasing ghosts,\" said Lisa Farrow, a strategist who advised"
        " Ms. Whitfield's campaign. She said the team had built something real.",
        [("Lisa Farrow", "person", ["Lisa Farrow", "She"])],
    ),
]


MERGES += [
    (
        "the-pronoun-inside-who-he-said-is-never-the-relative-s-antecedent",
        "Sen. Tom Harwell spoke Sunday. The Kentucky Republican attacked Sen. Chuck Summers,"
        ' who he said had "abandoned" border states.',
        [("Tom Harwell", "person", ["Sen. Tom Harwell", "The Kentucky Republican", "he"])],
    ),
]


MERGES += [
    (
        "two-tagged-senators-joined-by-and-are-a-group-not-one-person",
        "Sen. Gil Ruston (R-Utah) and Sen. Mara Quill (D-Nev.) said in a joint statement that"
        ' the bill was a "commonsense fix."',
        [
            (
                "Sen. Gil Ruston and Sen. Mara Quill",
                "group",
                ["Sen. Gil Ruston (R-Utah) and Sen. Mara Quill (D-Nev.)"],
            )
        ],
    ),
]


MERGES += [
    (
        "a-title-case-headline-verb-ends-the-fuller-name",
        "Harwell Rips Ortiz Over Border Numbers\n\nSen. Tom Harwell tore into Homeland Security"
        " Secretary Dana Ortiz on Sunday. Ortiz said the figures were accurate.",
        [
            (
                "Dana Ortiz",
                "person",
                ["Homeland Security Secretary Dana Ortiz", "Ortiz"],
            )
        ],
    ),
]


MERGES += [
    (
        "an-office-with-of-and-its-complement-opens-an-unspoken-name-s-title",
        "PHOENIX — Arizona Secretary of State Renata Castellanos endorsed Sen. Phil Dunwoody on"
        ' Wednesday. "He has earned another six years," Castellanos said.',
        [
            (
                "Renata Castellanos",
                "person",
                ["Arizona Secretary of State Renata Castellanos", "Castellanos"],
            )
        ],
    ),
]


MERGES += [
    (
        "a-party-epithet-heading-a-who-he-said-sentence-past-another-speaker",
        "Gov. Lena Markov spoke Friday. A state spokesperson said the count was right."
        " The Ohio Democrat also attacked Rep. Ivo Brandt, who she said had"
        ' "misled" voters.',
        [
            ("Lena Markov", "person", ["Gov. Lena Markov", "The Ohio Democrat", "she"]),
            ("A state spokesperson", "anonymous", ["A state spokesperson"]),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "sources"), [(t, s) for _, t, s in MERGES], ids=[n for n, _, _ in MERGES]
)
def test_merges(text: str, sources: list[Merged]) -> None:
    article = newsparse.parse_article(text)
    found = [(s.name, s.kind.value, [m.text for m in s.mentions]) for s in article.sources]
    assert found == sources


# one source for every mention, whatever the speaker spans (a span may change)
ONE_SOURCE: list[tuple[str, str, str]] = [
    (
        "a-city-and-state-based-lender-is-the-bank",
        "NEW YORK (Reuters) - Dunmore Bank Corp said profit rose 7%. "
        "The Tulsa, Oklahoma-based lender said deposits rose 3%.",
        "Dunmore Bank Corp",
    ),
    (
        "a-city-and-two-word-state-based-lender-is-the-bank",
        "NEW YORK (Reuters) - Dunmore Bank Corp said profit rose 7%. "
        "The Eastport, New Caledon-based lender said deposits rose 3%.",
        "Dunmore Bank Corp",
    ),
    (
        "a-two-word-place-based-lender-is-the-bank",
        "NEW YORK (Reuters) - Dunmore Bank Corp said profit rose 7%. "
        "The New Caledon-based lender said deposits rose 3%.",
        "Dunmore Bank Corp",
    ),
    (
        "the-27-year-old-forward-is-the-player-just-quoted",
        'OSLO (Reuters) - Ilse Varga said she was proud. "It hurts," the 27-year-old forward said.',
        "Ilse Varga",
    ),
    (
        "the-striker-is-the-player-just-quoted",
        'OSLO (Reuters) - Ilse Varga said she was proud. "It hurts," the striker said.',
        "Ilse Varga",
    ),
    (
        "the-district-joins-public-schools-that-spoke",
        "DENVER (AP) — Alder Creek Public Schools said two schools will close. "
        "Enrollment has fallen, the district said.",
        "Alder Creek Public Schools",
    ),
    (
        "the-country-singer-joins-the-country-singer-named-after-the-noun",
        "MEMPHIS, Tenn. (AP) — Country singer Corinne Vale has postponed her album. "
        "“I need time with my family,” the country singer told a radio host.",
        "Corinne Vale",
    ),
    (
        "a-name-wrapped-over-a-line-break-is-the-surname",
        "(Bloomberg) -- Tessaly is weighing a sale after activist investor Dorian\n"
        "Vask pushed for a split.\n\n“The board is asleep,” Vask said.",
        "Dorian Vask",
    ),
    (
        "a-surname-after-a-sentence-end-joins-no-name",
        "“We will rebuild,” said Orla Penn. Penn added that the work would take years.",
        "Orla Penn",
    ),
    (
        "a-photographer-in-a-credit-is-no-antecedent",
        "NAIROBI (Reuters) - The council delayed the vote, Amos Kiprono said.\n\n"
        "Traders wait in Kisumu on Monday. REUTERS/Dara Wekesa\n\n"
        "“We cannot open the market,” he said.",
        "Amos Kiprono",
    ),
    (
        "an-agency-via-getty-in-a-credit-is-no-antecedent",
        "NAIROBI (Reuters) - The council delayed the vote.\n\n"
        "Traders wait in Kisumu on Monday. Lenny Obura/AFP via Getty Images\n\n"
        "“We cannot open the market,” he said.",
        "he",
    ),
    (
        "the-reporter-in-the-byline-is-no-antecedent",
        "Council delays vote\nBy Miriam Oduya\n\n"
        "NAIROBI (Reuters) - “We cannot open the market,” she said on Friday.",
        "she",
    ),
    (
        "a-capitalised-job-in-a-headline-is-no-part-of-the-name",
        "Singer Faye Orlund cancels tour\n\n"
        "LONDON (Reuters) - The tour is off, Orlund said on Monday.",
        "Faye Orlund",
    ),
    (
        "a-sentence-case-headline-role-joins-the-holder",
        "'We hold the line,' mayor says as transit strike nears\n\n"
        "KENOSHA, Wis. (AP) — Mayor Dalia Ferrant said she would not reverse the cuts.",
        "Dalia Ferrant",
    ),
    (
        # found by the explore profile: a plural of things opening the
        # paragraph before took the next "They"
        "they-never-takes-a-plural-of-things",
        "BAZA, Jan 1 - Port officials said the pier would close.\n\n"
        "Ferries to Baza will run every 20 minutes from March.\n\n"
        "They said repairs would take a month.",
        "Port officials",
    ),
    (
        "according-to-him-joins-the-speaker-before",
        "Jakarta (ANTARA) - Minister Tomas Arvid said the port was ready.\n\n"
        "According to him, exports rose by a third.",
        "Tomas Arvid",
    ),
    (
        "the-sources-re-mention-people-familiar-with-the-matter",
        "Harvell is nearing a deal for Tomsk Mills, three people familiar with the matter told"
        " Reuters. A deal could be announced next week, the sources said.",
        "three people familiar with the matter",
    ),
    (
        "a-full-name-owning-a-party-s-name-is-the-surname-s-fullest",
        "BERLIN (Reuters) - Chancellor Ottmar Veltheim's Free Voters topped the vote. "
        "Veltheim said he would govern for all.",
        "Ottmar Veltheim",
    ),
    (
        "the-dateline-agency-s-own-report-gives-way-to-the-report-inside",
        "HAMBURG (dpa) - Party chairman Lukas Brenner said the coalition would hold, dpa reported.",
        "Lukas Brenner",
    ),
    (
        "entertainment-epithet-joins-the-performer-in-play",
        "LOS ANGELES (AP) — Wren Calloway finished the album in a week. "
        '"It poured out of me," the Danish singer-songwriter said.',
        "Wren Calloway",
    ),
    (
        "genre-epithet-joins-the-performer-in-play",
        'NASHVILLE, Tenn. (AP) — Tilda Marsh sold out the arena. "I cried," the country star said.',
        "Tilda Marsh",
    ),
    (
        "aged-performer-epithet-joins-the-name-of-that-age",
        'LOS ANGELES (AP) — Corin Vale, 34, won. "It is surreal," the 34-year-old actor said.',
        "Corin Vale",
    ),
    (
        "union-leader-epithet-joins-the-leader-in-play",
        "LONDON (PA) - Dermot Hargill said the talks had collapsed. "
        "The union leader said members would walk out.",
        "Dermot Hargill",
    ),
    (
        "acronym-boss-epithet-joins-the-leader-in-play",
        "LONDON (PA) - Dermot Hargill said the talks had collapsed. "
        'The TSSA boss added: "We are united."',
        "Dermot Hargill",
    ),
    (
        "a-name-after-a-possessive-is-no-antecedent-for-an-epithet",
        "LOS ANGELES (AP) — Odile Marchetti has written songs for years. "
        '"It was hard," Marchetti told The Associated Press at her Echo Ridge studio. '
        "The 41-year-old singer said the album took three years.",
        "Odile Marchetti",
    ),
]


ONE_SOURCE += [
    (
        "she-after-an-analyst-with-a-body-is-the-analyst",
        '"We are not out of the woods," said Dara Quill, an analyst with Penhallow '
        "Research. She added that tariffs could push prices higher.",
        "Dara Quill",
    ),
    (
        "he-after-a-strategist-at-a-body-set-off-is-the-strategist",
        "Omar Vestey, a strategist at Larkin Capital, said prices would rise. "
        "He added that demand was weak.",
        "Omar Vestey",
    ),
]


ONE_SOURCE += [
    (
        "the-poll-panel-is-the-election-body-in-play",
        "NEW DELHI, Nov 29 (PTI) - The State Election Commission said polling would be "
        "held in five phases. The poll panel said adequate security would be provided.",
        "State Election Commission",
    ),
    (
        "the-probe-agency-is-the-agency-in-play",
        "NEW DELHI, Nov 29 (PTI) - The Revenue Intelligence Directorate (RID) said it had "
        "raided ten sites. The probe agency said more raids were planned.",
        "Revenue Intelligence Directorate",
    ),
]


ONE_SOURCE += [
    (
        "the-party-supremo-is-the-party-chief-named-before",
        "KOLKATA, Nov 29 (PTI) - LJM chief Sunanda Ghoshal said the party would fight "
        "alone. The LJM supremo said the ruling front would lose.",
        "Sunanda Ghoshal",
    ),
]


ONE_SOURCE += [
    (
        "the-insider-is-the-source-in-play",
        'A royal source said the prince was "livid". The insider added: '
        "'He feels betrayed.'",
        "A royal source",
    ),
]


ONE_SOURCE += [
    (
        "the-former-minister-is-the-party-leader-in-play",
        "NEW DELHI, Nov 29 (PTI) - Senior Congress leader R Venkatesan said the economy "
        "was in trouble. The former finance minister said inflation was high.",
        "R Venkatesan",
    ),
]


ONE_SOURCE += [
    (
        "the-prime-minister-takes-a-name-after-an-honour",
        "DHAKA, Nov 29 - Prime Minister Sheikh Rumana opened a bridge. "
        "The prime minister said the bridge would help.",
        "Rumana",
    ),
]


ONE_SOURCE += [
    (
        "she-skips-a-work-title-after-its-genre-noun",
        "Actress Mara Quintrell hit back. The 34-year-old, who starred in ITV drama "
        "Velvet Lanterns, took to Instagram. She wrote: 'Enough.'",
        "Mara Quintrell",
    ),
]


ONE_SOURCE += [
    (
        "the-bare-rank-is-the-one-peer-holding-it",
        "The Duchess of Penmarrow said she was saddened. The duchess added: 'We ask for"
        " privacy.'",
        "Duchess of Penmarrow",
    ),
    (
        "the-capitalised-bare-rank-is-the-one-peer-holding-it",
        "The Earl of Tarnby said the estate would be sold. The Earl added: 'It is time.'",
        "Earl of Tarnby",
    ),
]


ONE_SOURCE += [
    (
        "an-ideology-label-is-the-politician-just-named",
        "PARIS (AFP) - Prime Minister Luc Aubernet said the deal was close. The 48-year-old"
        ' centrist told reporters he was "optimistic".',
        "Luc Aubernet",
    ),
    (
        "a-former-career-label-is-the-politician-just-named",
        "PARIS (AFP) - Prime Minister Luc Aubernet said the deal was close. The former banker"
        ' told reporters he was "optimistic".',
        "Luc Aubernet",
    ),
    (
        "a-political-career-head-needs-no-former",
        "Oskarian Foreign Minister Teo Valdrin spoke on Monday. “We never left the table,”"
        " the top Oskarian diplomat said.",
        "Teo Valdrin",
    ),
]



ONE_SOURCE += [
    (
        "the-county-man-is-the-player-just-named",
        'Padraig Moloney scored twice. "It was a great day," the Kerry man said.',
        "Padraig Moloney",
    ),
    (
        "the-one-word-county-man-is-the-player-just-named",
        'Padraig Moloney scored twice. "It was a great day," the Clareman said.',
        "Padraig Moloney",
    ),
    (
        "the-county-woman-is-the-player-just-named",
        'Siobhan Dunne won the final. "I am thrilled," the Clare woman said.',
        "Siobhan Dunne",
    ),
]

@pytest.mark.parametrize(
    ("text", "name"), [(t, n) for _, t, n in ONE_SOURCE], ids=[i for i, _, _ in ONE_SOURCE]
)
def test_one_source(text: str, name: str) -> None:
    article = newsparse.parse_article(text)
    assert [s.name for s in article.sources] == [name]
    assert all(q.source == 0 for q in article.quotes)


def test_a_state_s_abbreviation_closing_a_place_opens_no_name() -> None:
    # "near Varden, Ky. Tillburn said": the state closes the place and its
    # point the sentence; the source is no "Ky. Tillburn"
    article = newsparse.parse_article(
        PREFIX + "The storm struck near Varden, Ky. Tillburn said deputies were searching."
    )
    assert [s.name for s in article.sources] == ["Tillburn"]


def test_a_title_case_headline_ends_a_body_name_at_its_cue() -> None:
    """``Orrin Says His Health Plan ...``: in a headline in title case, the
    cue and the owner after the speaker are no part of a body's name
    (``Health`` ends many company names)."""
    article = newsparse.parse_article(
        "Orrin Says His Health Plan Will Not Leave People Behind\n\n"
        "WASHINGTON (AP) — Orrin spoke on Monday."
    )
    assert [s.name for s in article.sources] == ["Orrin"]


def test_the_role_owned_office_of_its_own_name_joins_the_body() -> None:
    """``The Tarrant Vale County Sheriff's Office said ... The sheriff's
    office said``: the role owning the office is in the body's own name,
    so it is the same body, no second owner."""
    article = newsparse.parse_article(
        PREFIX + "The Tarrant Vale County Sheriff's Office said deputies found the boat. "
        "The sheriff's office said the owner fled."
    )
    assert [s.name for s in article.sources] == ["Tarrant Vale County Sheriff's Office"]


def test_a_count_of_unnamed_people_is_apart_from_one_unnamed_person() -> None:
    """``a person with knowledge of the deal told the AP ... according to two
    people familiar with the request``: the count names other people."""
    article = newsparse.parse_article(
        PREFIX + "The Gulls will trade Ade Varn, a person with knowledge of the deal told"
        " the AP. Varn asked for a trade in May, according to two people familiar with"
        " the request."
    )
    assert [s.name for s in article.sources if s.kind.value == "anonymous"] == [
        "a person with knowledge of the deal",
        "two people familiar with the request",
    ]
