"""Check the Croatian trigger lexicon and show what each entry fires on.

    python scripts/lexicon_check.py                 # every file: errors, then entries that never fire
    python scripts/lexicon_check.py accuse.yaml -e  # one file, with example sentences per entry

Checks: every entry's type is its file's type, its CAMEO code is in the
CAMEO→PLOVER table, its recipient rule is known. Reports: how many times each
entry fires on the shared corpus (the seed and the SETimes texts), and, from
the UD Croatian treebank's gold lemmas, the lemmas lemmagen3 gives to forms of
a trigger word when they differ from it (those forms will not match: write
the lemmagen3 lemma too, as its own entry or in the word list).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FOLDER = REPO / "src" / "kronika" / "lang" / "hr" / "data" / "triggers"
RULES = {"with", "addressee", "object", "target", "any", "none"}


def cameo_table() -> dict[str, str]:
    text = (SHARED / "reference" / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    return dict(re.findall(r"^(\d{2,4}):\s*([A-Z]+)", text, flags=re.MULTILINE))


def treebank_lemmas() -> dict[str, Counter]:
    """Gold lemma → Counter of the lemmas lemmagen3 gives its forms."""
    from kronika.lang.hr.lemma import lemma

    found: dict[str, Counter] = defaultdict(Counter)
    for path in (SHARED / "treebanks" / "UD_Croatian-SET").glob("*.conllu"):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                found[cols[2].lower()][lemma(cols[1])] += 1
    return found


def corpus_sentences():
    from kronika.lang import get_pack

    pack = get_pack("hr")
    paths = [*sorted((SHARED / "corpus" / "setimes-hr").glob("*.txt")), *sorted((SHARED / "seed").glob("*.hr.txt"))]
    for path in paths:
        for sentence in pack.analyse(path.read_text(encoding="utf-8")).sentences:
            yield path.name, sentence


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", help="trigger files (names in the triggers folder); default: all")
    parser.add_argument("-e", "--examples", action="store_true", help="show up to 3 sentences per entry")
    args = parser.parse_args()

    import yaml

    from kronika.events.triggers import find_triggers as _triggers
    from kronika.lang import get_pack, pack_part

    table = cameo_table()
    overrides = {("085", "CONCEDE"), ("0841", "CONCEDE"), ("0831", "RETREAT"), ("163", "SANCTION"), ("192", "ASSAULT"), ("116", "SANCTION")}
    files = [FOLDER / f for f in args.files] if args.files else sorted(p for p in FOLDER.glob("*.yaml") if p.stem != "light_verbs")
    errors = 0
    chosen = []
    for path in files:
        for number, entry in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))["triggers"] or []):
            where = f"{path.name} entry {number + 1} {entry.get('words')}"
            problems = []
            if entry.get("type") != path.stem.upper():
                problems.append(f"type {entry.get('type')} in {path.name}")
            if entry.get("cameo") not in table:
                problems.append(f"CAMEO {entry.get('cameo')!r} is not in the table")
            elif table[entry["cameo"]] != entry.get("type") and (entry["cameo"], entry.get("type")) not in overrides:
                problems.append(f"CAMEO {entry['cameo']} maps to {table[entry['cameo']]}")
            if entry.get("recipient", "any") not in RULES:
                problems.append(f"recipient {entry.get('recipient')!r}")
            for problem in problems:
                print(f"ERROR {where}: {problem}")
            errors += len(problems)
            chosen.append((path.name, tuple(entry["words"]), entry.get("cameo")))

    part = pack_part(get_pack("hr"), "events")
    fired: Counter = Counter()
    examples: dict[tuple, list[str]] = defaultdict(list)
    for name, sentence in corpus_sentences():
        for trigger in _triggers(sentence.tokens, part):
            key = (trigger.entry["words"], trigger.entry.get("cameo"))
            fired[key] += 1
            if len(examples[key]) < 3:
                examples[key].append(f"{name}: {sentence.text.strip()[:200]}")
    lemmas = treebank_lemmas()
    for file, words, cameo in chosen:
        count = fired[(words, cameo)]
        print(f"{count:4d}  {file:16s} {' '.join(words)} ({cameo})")
        for word in words:
            other = {l: n for l, n in lemmas.get(word, Counter()).items() if l != word}
            if other:
                print(f"      note: forms of {word!r} lemmatise to {other}")
        if args.examples:
            for line in examples[(words, cameo)]:
                print(f"      {line}")
    print(f"{len(chosen)} entries, {sum(1 for _, w, c in chosen if fired[(w, c)])} fire on the corpus, {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    raise SystemExit(main())
