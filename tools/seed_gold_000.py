import json, sys
sys.path.insert(0, "tools")
from goldspan import span
name = "seeds/000_62e877fef2e00704"
t = open(name + ".txt", encoding="utf-8").read()
def q(content, kind, speaker, cue, source, after=None, spk_after=None, cue_after=None):
    c = span(t, content, after)
    return {**c, "kind": kind, "speaker": span(t, speaker, spk_after or content), "cue": span(t, cue, cue_after or c["text"][:30]), "source": source}
quotes = [
    q("he accepts the choice the country made", "indirect", "Biden", "stated", 0, spk_after="2024. ", cue_after="2024. "),
    q("The Biden administration plans to support a controversial cybercrime treaty at the United Nations this week despite concerns that it could be misused by authoritarian regimes", "indirect", "senior government officials", "according to", 1),
    q("it could be used by authoritarian states to try to pursue dissidents overseas or collect data from political opponents", "indirect", "critics", "fear", 2, spk_after="However, ", cue_after="However, "),
    q("there are persuasive reasons to support the treaty", "indirect", "the officials", "said", 1, spk_after="Still, ", cue_after="Still, "),
    q("it would advance the criminalization of child sexual-abuse material and nonconsensual spreading of intimate images", "indirect", "they", "said", 1),
    q("the wider involvement of member states would make cybercrime and electronic evidence more available to the US", "indirect", "one official", "said", 1),
    q("If all the members sign the agreement, it would update extradition treaties and provide more opportunities to apprehend cybercriminals and have them extradited", "indirect", "the official", "added", 1),
    q("US involvement in the agreement", "indirect", "Hundreds of submissions from advocacy groups and other parties", "criticized", 3, spk_after="cybercriminals and have them extradited", cue_after="other parties "),
    q("The US plans to strictly enforce human rights and other safeguards in the treaty", "indirect", "the officials", "said", 1),
    q("the Department of Justice would closely scrutinize requests and refuse to provide any assistance that was inconsistent with the agreement", "indirect", "the officials", "adding", 1, spk_after="in the treaty, ", cue_after="in the treaty, "),
    q("legitimize efforts by authoritarian countries like Russia and China to censor and surveil internet users, furthering repression and human-rights abuses around the world. While the executive branch’s efforts to steer this treaty in a less-harmful direction are commendable, more must be done to keep the convention from being used to justify such actions.", "partial", "six Democratic senators", "wrote", 4, spk_after="Last month, ", cue_after="Last month, "),
    q("a serious threat to privacy, security, freedom of expression and artificial intelligence (AI) safety,", "partial", "the letter", "added", 5),
    q("While the treaty is expected to pass the vote in the UN, it was highly unlikely it would be ratified by the US government unless there was implementation of human-rights controls", "indirect", "the official", "said", 1),
]
def m(sub, after=None): return span(t, sub, after)
officials = [quotes[1]["speaker"], quotes[3]["speaker"], quotes[4]["speaker"], quotes[5]["speaker"], quotes[6]["speaker"], quotes[8]["speaker"], quotes[12]["speaker"]]
sources = [
    {"name": "Joe Biden", "kind": "person", "title": "US President", "mentions": [m("US President Joe Biden"), quotes[0]["speaker"]]},
    {"name": "senior government officials", "kind": "anonymous", "title": None, "mentions": officials},
    {"name": "critics", "kind": "group", "title": None, "mentions": [quotes[2]["speaker"]]},
    {"name": "Hundreds of submissions from advocacy groups and other parties", "kind": "group", "title": None, "mentions": [quotes[7]["speaker"]]},
    {"name": "six Democratic senators", "kind": "group", "title": None, "mentions": [quotes[10]["speaker"]]},
    {"name": "the letter", "kind": "document", "title": None, "mentions": [quotes[11]["speaker"]]},
]
cap_start = t.index("US President Joe Biden")
cap_text = t[cap_start:t.index(" Photographer:")]
cred = m("Photographer: Al Drago/Bloomberg")
gold = {
    "published": "2024-11-11",
    "headline": None,
    "bylines": [],
    "dateline": {**m("(Bloomberg) -- "), "location": None, "date": None, "agency": "Bloomberg"},
    "captions": [{"text": cap_text, "start": cap_start, "end": cap_start + len(cap_text),
                  "credit": {**cred, "photographer": "Al Drago", "agency": "Bloomberg"},
                  "date": "2024-11-07", "place": "Washington, DC, US"}],
    "quotes": quotes,
    "sources": sources,
}
for qq in quotes:
    for k in ("speaker", "cue"):
        s = qq[k]; assert t[s["start"]:s["end"]] == s["text"]
json.dump(gold, open(name + ".gold.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("ok", len(quotes))
