#!/usr/bin/env python3
"""Streaming generators of large and pathological inputs for glossa's robustness measurements.

Every generator writes as it goes (memory stays flat whatever the size) and is deterministic.
The sentences are written for this script (EN/RU templates with varying numbers and names).

  gen.py tmx OUT BYTES            EN/RU TMX 1.4 of about BYTES bytes
  gen.py tmx-faults OUT UNITS     EN/RU TMX with findings: inconsistent and short translations,
                                  dropped placeholders and numbers, multi-line segments, a
                                  third language, units without a translation
  gen.py md-pair DIR BYTES        DIR/en.md and DIR/ru.md, each about BYTES bytes, parallel
  gen.py nopunct OUT BYTES        words and line breaks, no sentence punctuation, one paragraph
  gen.py single-line OUT BYTES    one line of sentences, no newline
  gen.py one-word DIR N M         DIR/en.txt with N one-word lines, DIR/ru.txt with M sentences
  gen.py nested OUT DEPTH         block quotes and lists nested DEPTH levels deep, then text
  gen.py glossary OUT N           glossa TOML glossary with N concepts x EN/RU/JA/TR terms
"""

import os
import sys

EN = [
    "The delegation arrived in {city} on {day} March with {n} advisers.",
    "Talks on the fishing quota lasted {n} hours and ended without a statement.",
    "The ministry said that {n} vessels had entered the zone since {year}.",
    "Officials in {city} expect the next round in {year}.",
    "A joint commission will review {n} proposals before the summit.",
    "Trade between the two countries grew by {n} percent last year.",
    "The governor visited {n} schools on the island in {year}.",
    "Nobody at the press conference mentioned the treaty of {year}.",
]
RU = [
    "Делегация прибыла в {city} {day} марта вместе с {n} советниками.",
    "Переговоры о квоте на вылов длились {n} часов и завершились без заявления.",
    "В министерстве сообщили, что с {year} года в зону вошли {n} судов.",
    "В {city} ожидают следующего раунда в {year} году.",
    "Совместная комиссия рассмотрит {n} предложений до саммита.",
    "Торговля между двумя странами выросла за прошлый год на {n} процентов.",
    "В {year} году губернатор посетил {n} школ на острове.",
    "На пресс-конференции никто не упомянул договор {year} года.",
]
CITIES_EN = ["Tokyo", "Moscow", "Sapporo", "Vladivostok", "Ankara"]
CITIES_RU = ["Токио", "Москву", "Саппоро", "Владивосток", "Анкару"]
WORDS = ["island", "treaty", "quota", "vessel", "harbour", "summit", "minister", "fishing",
         "border", "winter", "coast", "ferry", "delegation", "archive", "lighthouse"]


def pair(i):
    k = i % len(EN)
    c = (i // len(EN)) % len(CITIES_EN)
    args = dict(n=i % 997 + 2, year=1950 + i % 70, day=i % 28 + 1)
    return (EN[k].format(city=CITIES_EN[c], **args), RU[k].format(city=CITIES_RU[c], **args))


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tmx(out, size):
    with open(out, "w", encoding="utf-8", buffering=1 << 20) as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
                '<header creationtool="gen.py" creationtoolversion="1" segtype="sentence" '
                'o-tmf="none" adminlang="en" srclang="en" datatype="plaintext"/>\n<body>\n')
        i, written = 0, 0
        while written < size:
            en, ru = pair(i)
            unit = (f'<tu tuid="{i + 1}"><tuv xml:lang="en"><seg>{xml_escape(en)}</seg></tuv>'
                    f'<tuv xml:lang="ru"><seg>{xml_escape(ru)}</seg></tuv></tu>\n')
            f.write(unit)
            written += len(unit.encode("utf-8"))
            i += 1
        f.write("</body>\n</tmx>\n")


def tmx_faults(out, units):
    with open(out, "w", encoding="utf-8", buffering=1 << 20) as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
                '<header creationtool="gen.py" creationtoolversion="1" segtype="sentence" '
                'o-tmf="none" adminlang="en" srclang="en" datatype="plaintext"/>\n<body>\n')
        for i in range(units):
            en, ru = pair(i)
            note = ""
            if i % 97 == 5:
                en = "Save the changes before closing?"
                ru = "Сохранить изменения перед закрытием?" if i % 3 else "Записать изменения до закрытия?"
            elif i % 89 == 7:
                en, ru = ("Delete the file" if i % 2 else "Remove the file"), "Удалить файл"
            elif i % 83 == 3:
                ru = "Да."
            elif i % 79 == 1:
                en, ru = "Open %s in the %d editor now", "Открыть в редакторе сейчас"
            elif i % 71 == 2:
                ru = ru.replace(str(i % 997 + 2), "7")
                note = "<note>glossa-ignore: N001</note>" if i % 2 else ""
            elif i % 67 == 4:
                en, ru = en + "\n  second line & more", ru + "\n  вторая строка"
            elif i % 61 == 6:
                ru = ru + "  (двойной  пробел)"
            en, ru = xml_escape(en), xml_escape(ru)
            if i % 53 == 9:
                f.write(f'<tu tuid="{i + 1}"><tuv xml:lang="en"><seg>{en}</seg></tuv></tu>\n')
            elif i % 47 == 8:
                f.write(f'<tu tuid="{i + 1}"><tuv xml:lang="en"><seg>{en}</seg></tuv>'
                        f'<tuv xml:lang="de"><seg>Die Delegation {i}.</seg></tuv>'
                        f'<tuv xml:lang="ru"><seg>{ru}</seg></tuv></tu>\n')
            else:
                f.write(f'<tu tuid="{i + 1}">{note}<tuv xml:lang="en"><seg>{en}</seg></tuv>\n'
                        f'  <tuv xml:lang="ru"><seg>{ru}</seg></tuv></tu>\n')
        f.write("</body>\n</tmx>\n")


def md_pair(directory, size):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, "en.md"), "w", encoding="utf-8", buffering=1 << 20) as en_f, \
            open(os.path.join(directory, "ru.md"), "w", encoding="utf-8", buffering=1 << 20) as ru_f:
        i, written, section = 0, 0, 0
        while written < size:
            if i % 40 == 0:
                section += 1
                en_f.write(f"## Section {section}\n\n")
                ru_f.write(f"## Раздел {section}\n\n")
            en, ru = pair(i)
            sep = "\n\n" if i % 4 == 3 else " "
            en_f.write(en + sep)
            ru_f.write(ru + sep)
            written += len(en) + len(sep)
            i += 1
        en_f.write("\n")
        ru_f.write("\n")


def nopunct(out, size):
    with open(out, "w", encoding="utf-8", buffering=1 << 20) as f:
        i, written = 0, 0
        while written < size:
            word = WORDS[(i * 7) % len(WORDS)]
            sep = "\n" if i % 12 == 11 else " "
            f.write(word + sep)
            written += len(word) + 1
            i += 1
        f.write("\n")


def single_line(out, size):
    with open(out, "w", encoding="utf-8", buffering=1 << 20) as f:
        i, written = 0, 0
        while written < size:
            en, _ = pair(i)
            f.write(en + " ")
            written += len(en) + 1
            i += 1


def one_word(directory, n, m):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, "en.txt"), "w", encoding="utf-8", buffering=1 << 20) as f:
        for i in range(n):
            f.write(WORDS[i % len(WORDS)].capitalize() + ".\n")
    with open(os.path.join(directory, "ru.txt"), "w", encoding="utf-8") as f:
        for i in range(m):
            f.write(pair(i)[1] + "\n")


def nested(out, depth):
    """Block quotes nested 1..DEPTH levels, then list items indented 1..DEPTH levels (input bytes
    grow with DEPTH squared: every line repeats its markers)."""
    with open(out, "w", encoding="utf-8", buffering=1 << 20) as f:
        for level in range(1, depth + 1):
            f.write("> " * level + f"Quote level {level} begins. It has two sentences.\n")
        f.write("\n")
        for level in range(depth):
            f.write("  " * level + f"- Item level {level} begins. It has two sentences.\n")


def glossary(out, n):
    langs = [("en", "term{i} island"), ("ru", "термин{i} остров"), ("ja", "用語{i}島"), ("tr", "terim{i} ada")]
    with open(out, "w", encoding="utf-8", buffering=1 << 20) as f:
        f.write('[glossary]\nid = "generated"\ntitle = "Generated"\n'
                'languages = ["en", "ru", "ja", "tr"]\nsource-language = "en"\n\n')
        for i in range(n):
            f.write(f'[[concept]]\nid = "c{i:06}"\n\n')
            for lang, text in langs:
                f.write(f'[[concept.term]]\nlang = "{lang}"\ntext = "{text.format(i=i)}"\n'
                        'status = "preferred"\n\n')


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    kind, out, rest = argv[1], argv[2], argv[3:]
    if kind == "tmx":
        tmx(out, int(rest[0]))
    elif kind == "tmx-faults":
        tmx_faults(out, int(rest[0]))
    elif kind == "md-pair":
        md_pair(out, int(rest[0]))
    elif kind == "nopunct":
        nopunct(out, int(rest[0]))
    elif kind == "single-line":
        single_line(out, int(rest[0]))
    elif kind == "one-word":
        one_word(out, int(rest[0]), int(rest[1]))
    elif kind == "nested":
        nested(out, int(rest[0]))
    elif kind == "glossary":
        glossary(out, int(rest[0]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
