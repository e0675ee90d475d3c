#!/usr/bin/env bash
# Regenerates the quote cards' font (src/QuoteBot.Cards/Fonts/CardFont.otf): Noto Serif CJK SC from Debian's
# fonts-noto-cjk, cut down to the characters the cards can show, so the repository carries a few hundred KB instead of
# the 25 MB collection. Run it after the corpus changes (the font-coverage test says when):
#   apt-get install -y fonts-noto-cjk python3-fonttools
#   scripts/subset-card-font.sh [quotes.json]
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Python, which python3-fonttools installs into (a python3 earlier on PATH may not see it).
python=/usr/bin/python3
corpus=${1:-quotes.json}
collection=/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc
fonts=src/QuoteBot.Cards/Fonts
[ -f "$collection" ] || { echo "missing $collection: apt-get install -y fonts-noto-cjk" >&2; exit 1; }
"$python" -c "import fontTools.subset" 2>/dev/null || { echo "missing fontTools: apt-get install -y python3-fonttools" >&2; exit 1; }

# The face's index in the collection is looked up by name: it differs between releases of the package.
index=$("$python" - "$collection" <<'PY'
import sys
from fontTools.ttLib import TTCollection
for i, font in enumerate(TTCollection(sys.argv[1]).fonts):
    if font["name"].getDebugName(1) == "Noto Serif CJK SC":
        print(i)
        break
else:
    sys.exit("Noto Serif CJK SC not found in the collection")
PY
)

text=$(mktemp)
trap 'rm -f "$text"' EXIT
# Everything a card shows that comes from the corpus: the quote (its text and the editor's wording), the speaker, the
# talk's event and date, the topic names, in both languages; then the card's own words and the punctuation set.
"$python" - "$corpus" "$fonts/card-characters.txt" > "$text" <<'PY'
import json, sys
corpus = json.load(open(sys.argv[1], encoding="utf-8"))
parts = []
for quote in corpus["quotes"]:
    parts += [quote["id"], quote["text"], quote.get("highlight") or "", quote["speaker"]]
for source in corpus["sources"]:
    parts += source["speakers"] + [source["eventDate"], source["event"]["en"], source["event"]["zh"]]
for topic in corpus["topics"]:
    parts += [topic["en"], topic["zh"]]
parts.append(open(sys.argv[2], encoding="utf-8").read())
parts.append("".join(chr(c) for c in range(0x20, 0x7F)))
print("".join(sorted(set("".join(parts)) - {"\n", "\r", "\t"})))
PY

"$python" -m fontTools.subset "$collection" --font-number="$index" --text-file="$text" \
  --layout-features='kern,locl,fwid,halt,chws,palt,liga' --no-hinting --desubroutinize \
  --name-IDs='*' --name-languages='*' --output-file="$fonts/CardFont.otf"
# The licence travels with the font: the face's copyright line, then the SIL Open Font License text from the package.
"$python" - "$fonts/CardFont.otf" /usr/share/doc/fonts-noto-cjk/copyright > "$fonts/OFL.txt" <<'PY'
import sys
from fontTools.ttLib import TTFont
name = TTFont(sys.argv[1])["name"]
print(name.getDebugName(0))
print(f"{name.getDebugName(4)}, version {name.getDebugName(5)}: subset for QuoteBot's quote cards from Debian's fonts-noto-cjk.")
print()
lines = open(sys.argv[2], encoding="utf-8").read().split("\n")
start = lines.index("License: SIL-1.1", lines.index("License: SIL-1.1") + 1) + 1
for line in lines[start:]:
    if line and not line.startswith(" "):
        break
    print("" if line.strip() == "." else line[1:])
PY
echo "Wrote $fonts/CardFont.otf: $(wc -c < "$fonts/CardFont.otf") bytes, $(wc -m < "$text") characters"
