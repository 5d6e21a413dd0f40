"""English lemmas without a tagger: irregular forms from a table, regular
inflections (-s, -es, -ies, -ed, -ied, -ing, doubled consonants) taken off
only when what is left is a word the pack knows (a trigger, reporting,
cue or light-verb lemma, or one of the common verbs below). Any other
word is its own lower-case form, so a lemma is never a guess that could
make a trigger fire on an unrelated word ('news' stays 'news').
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

# irregular verb forms → lemma (past, participle, 3rd person where irregular)
IRREGULAR = {
    "met": "meet", "meets": "meet", "held": "hold", "sent": "send", "gave": "give", "given": "give", "took": "take",
    "taken": "take", "made": "make", "paid": "pay", "spoke": "speak", "spoken": "speak", "told": "tell", "said": "say",
    "says": "say", "began": "begin", "begun": "begin", "brought": "bring", "fought": "fight", "shot": "shoot",
    "struck": "strike", "stricken": "strike", "threw": "throw", "thrown": "throw", "led": "lead", "drove": "drive",
    "driven": "drive", "withdrew": "withdraw", "withdrawn": "withdraw", "undertook": "undertake", "undertaken": "undertake",
    "forbade": "forbid", "forbidden": "forbid", "froze": "freeze", "frozen": "freeze", "beat": "beat", "beaten": "beat",
    "broke": "break", "broken": "break", "blew": "blow", "blown": "blow", "swore": "swear", "sworn": "swear",
    "sought": "seek", "won": "win", "lost": "lose", "kept": "keep", "let": "let", "put": "put", "set": "set",
    "cut": "cut", "shut": "shut", "hit": "hit", "quit": "quit", "rode": "ride", "ran": "run", "rose": "rise", "risen": "rise",
    "forgave": "forgive", "forgiven": "forgive", "overthrew": "overthrow", "overthrown": "overthrow", "bore": "bear",
    "borne": "bear", "fled": "flee", "came": "come", "went": "go", "gone": "go", "got": "get", "gotten": "get",
    "found": "find", "wrote": "write", "written": "write", "stood": "stand", "understood": "understand", "heard": "hear",
    "sold": "sell", "bought": "buy", "caught": "catch", "taught": "teach", "saw": "see", "seen": "see", "knew": "know",
    "known": "know", "showed": "show", "shown": "show", "spent": "spend", "lent": "lend", "dealt": "deal", "meant": "mean",
    "stole": "steal", "stolen": "steal", "slew": "slay", "slain": "slay", "hung": "hang", "laid": "lay", "overran": "overrun",
    "overrun": "overrun", "retook": "retake", "retaken": "retake", "upheld": "uphold", "withheld": "withhold",
    "foresaw": "foresee", "rebuilt": "rebuild", "built": "build", "sped": "speed", "speeded": "speed", "shook": "shake",
    "shaken": "shake", "has": "have", "had": "have", "is": "be", "are": "be", "was": "be", "were": "be", "been": "be",
    "does": "do", "did": "do", "done": "do", "flew": "fly", "flown": "fly", "drew": "draw", "drawn": "draw",
    "bade": "bid", "bid": "bid", "dug": "dig", "fed": "feed", "bled": "bleed", "bound": "bind", "wound": "wound",
    "tore": "tear", "torn": "tear", "wore": "wear", "worn": "wear", "became": "become", "reaffirmed": "reaffirm",
    "gunned": "gun", "countries": "country", "parties": "party", "talks": "talks", "arms": "arms", "forces": "forces",
    "troops": "troops", "relations": "relations", "ties": "ties", "hostilities": "hostilities", "news": "news",
    "media": "media", "people": "people", "united": "united", "states": "states", "nations": "nations", "this": "this",
    "bus": "bus", "gas": "gas", "us": "us", "as": "as", "its": "its", "his": "his",
    "series": "series", "species": "species", "kills": "kill", "dies": "die", "died": "die", "dying": "die", "lying": "lie",
    "seeing": "see", "agreeing": "agree", "fleeing": "flee", "being": "be", "sides": "sides", "means": "means",
    "needs": "need", "goods": "goods", "supplies": "supplies", "headquarters": "headquarters", "clashes": "clashes", "men": "man", "women": "woman", "children": "child",
}

# common verbs that are no trigger themselves but stand in triggers' filters and light-verb lists
COMMON = ("have", "hold", "make", "take", "give", "send", "pay", "launch", "stage", "conduct", "carry", "open", "begin",
          "start", "reach", "sign", "express", "issue", "voice", "lodge", "file", "level", "renew", "resume", "continue",
          "announce", "declare", "order", "approve", "impose", "lift", "ease", "deploy", "call", "say", "tell", "speak",
          "report", "state", "add", "confirm", "claim", "write", "quote", "mount", "deliver", "provide", "grant",
          "extend", "offer", "pledge", "promise", "agree", "decide", "plan", "intend", "want", "wish", "hope", "expect",
          "threaten", "warn", "vow", "refuse", "fail", "deny", "reject", "allow", "let", "permit", "help", "seek", "try",
          "attempt", "use", "kill", "wound", "fire", "set", "put", "keep", "step", "pile", "ramp", "increase", "escalate",
          "go", "come", "get", "do", "be", "see", "know", "show", "find", "become", "turn", "move", "stop", "end", "halt")


@cache
def known_lemmas() -> frozenset[str]:
    """Every lemma the pack's data names: triggers (each word of each entry and
    alternative), filters, light verbs, reporting and cue verbs."""
    from kronika.datafiles import load_yaml

    words: set[str] = set(COMMON) | set(IRREGULAR.values())
    folder = DATA / "triggers"
    for path in sorted(folder.glob("*.yaml")):
        data = load_yaml(path) or {}
        for entry in data.get("triggers") or []:
            for word in entry.get("words", ()):
                words.update(str(word).split("|"))
            words.update(str(w) for w in entry.get("requires", ()))
        words.update(data.get("light_verbs") or [])
    for name in ("reporting.yaml", "modality.yaml"):
        for value in (load_yaml(DATA / name) or {}).values():
            if isinstance(value, list):
                words.update(str(v) for v in value if " " not in str(v))
    return frozenset(w.lower() for w in words)


def _candidates(word: str):
    """Lemmas a regular inflected form may come from, most likely first."""
    if word.endswith("ies") and len(word) > 4:
        yield word[:-3] + "y"
    if word.endswith("es") and len(word) > 3:
        yield word[:-2]
        yield word[:-1]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        yield word[:-1]
    if word.endswith("ied") and len(word) > 4:
        yield word[:-3] + "y"
    if word.endswith("ed") and len(word) > 3:
        stem = word[:-2]
        yield stem
        yield stem + "e"
        if len(stem) > 2 and stem[-1] == stem[-2]:
            yield stem[:-1]  # stopped → stop
        yield word[:-1]
    if word.endswith("ing") and len(word) > 4:
        stem = word[:-3]
        yield stem
        yield stem + "e"
        if len(stem) > 2 and stem[-1] == stem[-2]:
            yield stem[:-1]  # shelling → shell is covered above; stopping → stop
        if stem.endswith("y"):
            yield stem[:-1] + "ie"  # dying → die


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    lowered = word.lower()
    if lowered.endswith(("'s", "’s")):
        lowered = lowered[:-2]
    irregular = IRREGULAR.get(lowered)
    if irregular is not None:
        return irregular
    known = known_lemmas()
    for candidate in _candidates(lowered):
        if candidate in known:
            return candidate
    return lowered
