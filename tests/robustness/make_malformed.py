#!/usr/bin/env python3
"""Writes the malformed-input corpus tests/fixtures/malformed/ and its CASES.tsv.

Run from anywhere: `python3 tests/robustness/make_malformed.py`. Deterministic. Binary inputs
(invalid UTF-8, UTF-16, NUL bytes, lone CR) are written from byte strings here, so the generator
documents exactly what each file holds. Inputs too big to commit or that need the file system
(a 10 MB single line, directories, unreadable files, 100,000 nested XML elements, a truncated
termbase) are produced by the test itself: their CASES.tsv input starts with `@`.

CASES.tsv columns: case, input (file under malformed/ or @generator), expected exit code, then
the glossa arguments, in which {input} is the input's path and {good} is malformed/good.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "fixtures", "malformed")

FILES = {}
CASES = []


def file(name, content):
    FILES[name] = content.encode("utf-8") if isinstance(content, str) else content


def case(name, inp, code, *args):
    CASES.append((name, inp, str(code), list(args)))


RU_OK = open(os.path.join(OUT, "good", "ru.md"), encoding="utf-8").read()
CHECK_DOC = ["check", "{good}/en.md", "{input}"]
CHECK_GLOSSARY = ["check", "--glossary", "{input}", "{good}/en.md", "{good}/ru.md"]
VALIDATE = ["glossary", "validate", "{input}"]

# ---------------------------------------------------------------- documents (check EN BAD)
file("doc-empty.ru.md", b"")
case("doc-empty", "doc-empty.ru.md", 2, *CHECK_DOC)
file("doc-whitespace-only.ru.md", b"  \n\n\t\n   \n")
case("doc-whitespace-only", "doc-whitespace-only.ru.md", 2, *CHECK_DOC)
file("doc-invalid-utf8.ru.md", "# Расписание\n\nПаром отходит в 7:30.\n".encode() + b"\xff\xfe broken\n")
case("doc-invalid-utf8", "doc-invalid-utf8.ru.md", 2, *CHECK_DOC)
file("doc-invalid-utf8-first-byte.ru.md", b"\xc0\xafabc\n")
case("doc-invalid-utf8-first-byte", "doc-invalid-utf8-first-byte.ru.md", 2, *CHECK_DOC)
file("doc-truncated-utf8.ru.md", "Паром отходит в 7:30 ".encode() + "ж".encode()[:1])
case("doc-truncated-utf8", "doc-truncated-utf8.ru.md", 2, *CHECK_DOC)
file("doc-overlong-utf8.ru.md", "Паром ".encode() + b"\xe0\x80\xaf" + " отходит.\n".encode())
case("doc-overlong-utf8", "doc-overlong-utf8.ru.md", 2, *CHECK_DOC)
file("doc-surrogate-utf8.ru.md", "Паром ".encode() + b"\xed\xa0\x80" + " отходит.\n".encode())
case("doc-surrogate-utf8", "doc-surrogate-utf8.ru.md", 2, *CHECK_DOC)
file("doc-utf16le-bom.ru.md", b"\xff\xfe" + RU_OK.encode("utf-16-le"))
case("doc-utf16le-bom", "doc-utf16le-bom.ru.md", 0, *CHECK_DOC)
file("doc-utf16be-bom.ru.md", b"\xfe\xff" + RU_OK.encode("utf-16-be"))
case("doc-utf16be-bom", "doc-utf16be-bom.ru.md", 0, *CHECK_DOC)
file("doc-utf16le-no-bom.ru.md", RU_OK.encode("utf-16-le"))
case("doc-utf16le-no-bom", "doc-utf16le-no-bom.ru.md", 2, *CHECK_DOC)
file("doc-utf32le-bom.ru.md", b"\xff\xfe\x00\x00" + RU_OK.encode("utf-32-le"))
case("doc-utf32le-bom", "doc-utf32le-bom.ru.md", 2, *CHECK_DOC)
file("doc-cp1251.ru.md", RU_OK.encode("cp1251"))
case("doc-cp1251", "doc-cp1251.ru.md", 2, *CHECK_DOC)
file("doc-koi8r.ru.md", RU_OK.encode("koi8-r"))
case("doc-koi8r", "doc-koi8r.ru.md", 2, *CHECK_DOC)
file("doc-png-bytes.ru.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
case("doc-png-bytes", "doc-png-bytes.ru.md", 2, *CHECK_DOC)
# Valid UTF-8 but wrong: findings (exit 1) with correct positions.
file("doc-utf8-bom.ru.md", "\ufeff" + RU_OK.replace("1250", "1205"))
case("doc-utf8-bom", "doc-utf8-bom.ru.md", 1, *CHECK_DOC)
file("doc-nul-bytes.ru.md", RU_OK.replace("Паром на", "Паром\x00 на").replace("1250", "125\x000"))
case("doc-nul-bytes", "doc-nul-bytes.ru.md", 2, *CHECK_DOC)
file("doc-crlf.ru.md", RU_OK.replace("48", "84").replace("\n", "\r\n"))
case("doc-crlf", "doc-crlf.ru.md", 1, *CHECK_DOC)
file("doc-lone-cr.ru.md", RU_OK.replace("48", "84").replace("\n", "\r"))
case("doc-lone-cr", "doc-lone-cr.ru.md", 1, *CHECK_DOC)
file("doc-mixed-newlines.ru.md", RU_OK.replace("900", "600").replace("\n\n", "\r\n\r", 1).replace("\n\n", "\n\r\n"))
case("doc-mixed-newlines", "doc-mixed-newlines.ru.md", 1, *CHECK_DOC)
file("doc-untranslated.ru.md", open(os.path.join(OUT, "good", "en.md"), encoding="utf-8").read())
case("doc-untranslated", "doc-untranslated.ru.md", 1, *CHECK_DOC)
file("doc-terminal-escapes.ru.md", RU_OK.replace("1250", "\x1b[2J\x1b[31m1205\x1b[0m\x07"))
case("doc-terminal-escapes", "doc-terminal-escapes.ru.md", 1, *CHECK_DOC)
file("doc-bidi-override.ru.md", RU_OK.replace("48", "\u202e84\u202c"))
case("doc-bidi-override", "doc-bidi-override.ru.md", 1, *CHECK_DOC)
file("doc-only-markup.ru.md", "---\n\n***\n\n```\n```\n\n| | |\n|-|-|\n")
case("doc-only-markup", "doc-only-markup.ru.md", 1, *CHECK_DOC)
file("doc-unclosed-fence.ru.md", "# Расписание парома\n\n```text\nПаром отходит в 7:30.\n\nБилеты стоят 900 рублей.\n")
case("doc-unclosed-fence", "doc-unclosed-fence.ru.md", 1, *CHECK_DOC)
file("doc-unclosed-front-matter.ru.md", "---\ntitle: Паром\n\n" + RU_OK)
case("doc-unclosed-front-matter", "doc-unclosed-front-matter.ru.md", 1, *CHECK_DOC)
file("doc-unclosed-comment.ru.md", "<!-- черновик\n\n" + RU_OK)
case("doc-unclosed-comment", "doc-unclosed-comment.ru.md", 1, *CHECK_DOC)
file("doc-deep-quotes.ru.md", "> " * 5000 + "Паром отходит в 7:30.\n")
case("doc-deep-quotes", "doc-deep-quotes.ru.md", 1, *CHECK_DOC)
file("doc-long-word.ru.md", "Паром" * 20000 + ".\n")
case("doc-long-word", "doc-long-word.ru.md", 1, *CHECK_DOC)
file("doc-no-language.md", "1250 48 900 7:30\n")
case("doc-no-language", "doc-no-language.md", 2, "check", "{good}/en.md", "{input}")
case("doc-missing", "@missing.ru.md", 2, *CHECK_DOC)
case("doc-huge-line", "@huge-line.ru.md", 1, *CHECK_DOC)
case("doc-directory", "@directory.ru.md", 2, "segment", "--lang", "ru", "{input}")
case("doc-unreadable", "@unreadable.ru.md", 2, *CHECK_DOC)
# One bad file in a batch: the message names it.
case("batch-one-bad", "doc-invalid-utf8.ru.md", 2, "check", "{good}/en.md", "{input}", "{good}/ru.md")

# ---------------------------------------------------------------- glossaries
file("glossary-empty.toml", b"")
case("glossary-empty", "glossary-empty.toml", 2, *CHECK_GLOSSARY)
file("glossary-syntax-error.toml", '[glossary]\nid = "x"\n\n[[concept]\nid = "ferry"\n')
case("glossary-syntax-error", "glossary-syntax-error.toml", 2, *CHECK_GLOSSARY)
file("glossary-unterminated-string.toml", '[glossary]\nid = "x\n\n[[concept]]\nid = "ferry"\n')
case("glossary-unterminated-string", "glossary-unterminated-string.toml", 2, *VALIDATE)
DUP = '''[glossary]
id = "dup"

[[concept]]
id = "ferry"

[[concept.term]]
lang = "en"
text = "ferry"
status = "preferred"

[[concept]]
id = "ferry"

[[concept.term]]
lang = "ru"
text = "паром"
status = "preferred"
'''
file("glossary-duplicate-concept-id.toml", DUP)
case("glossary-duplicate-concept-id", "glossary-duplicate-concept-id.toml", 2, *VALIDATE)
case("glossary-duplicate-concept-id-check", "glossary-duplicate-concept-id.toml", 2, *CHECK_GLOSSARY)
file("glossary-unknown-status.toml", DUP.replace('id = "ferry"\n\n[[concept.term]]\nlang = "ru"', 'id = "boat"\n\n[[concept.term]]\nlang = "ru"').replace('status = "preferred"\n', 'status = "favourite"\n', 1))
case("glossary-unknown-status", "glossary-unknown-status.toml", 2, *CHECK_GLOSSARY)
file("glossary-empty-term.toml", '[glossary]\nid = "x"\n\n[[concept]]\nid = "ferry"\n\n[[concept.term]]\nlang = "en"\ntext = "   "\nstatus = "preferred"\n')
case("glossary-empty-term", "glossary-empty-term.toml", 2, *VALIDATE)
file("glossary-bad-regex.toml", '[glossary]\nid = "x"\n\n[[concept]]\nid = "ferry"\n\n[[concept.term]]\nlang = "en"\ntext = "ferr(y"\nstatus = "preferred"\nmatch = "regex"\n')
case("glossary-bad-regex", "glossary-bad-regex.toml", 2, *CHECK_GLOSSARY)
file("glossary-invalid-utf8.toml", b'[glossary]\nid = "x"\n\n[[concept]]\nid = "ferry"\n\n[[concept.term]]\nlang = "ru"\ntext = "\xcf\xe0\xf0\xee\xec"\nstatus = "preferred"\n')
case("glossary-invalid-utf8", "glossary-invalid-utf8.toml", 2, *CHECK_GLOSSARY)
file("glossary-wrong-type.toml", '[glossary]\nid = "x"\nlanguages = 5\n')
case("glossary-wrong-type", "glossary-wrong-type.toml", 2, *VALIDATE)
file("glossary-unknown-default-style.toml", '[glossary]\nid = "x"\ndefault-style = "house"\n\n[[concept]]\nid = "ferry"\n\n[[concept.term]]\nlang = "en"\ntext = "ferry"\nstatus = "preferred"\n')
case("glossary-unknown-default-style", "glossary-unknown-default-style.toml", 2, *CHECK_GLOSSARY)
file("glossary-nul-byte.toml", '[glossary]\nid = "x"\n\n[[concept]]\nid = "fer\x00ry"\n')
case("glossary-nul-byte", "glossary-nul-byte.toml", 2, *VALIDATE)
file("glossary-bom-crlf.toml", ("\ufeff" + open(os.path.join(OUT, "good", "glossary.toml"), encoding="utf-8").read()).replace("\n", "\r\n"))
case("glossary-bom-crlf", "glossary-bom-crlf.toml", 0, *CHECK_GLOSSARY)
TBX_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n<tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>\n<text><body>\n'
TBX_ENTRY = '<conceptEntry id="{id}"><langSec xml:lang="en"><termSec><term>{en}</term></termSec></langSec><langSec xml:lang="ru"><termSec><term>{ru}</term></termSec></langSec></conceptEntry>\n'
TBX_TAIL = '</body></text>\n</tbx>\n'
file("glossary-truncated.tbx", (TBX_HEAD + TBX_ENTRY.format(id="ferry", en="ferry", ru="паром"))[:-60])
case("glossary-truncated", "glossary-truncated.tbx", 2, *CHECK_GLOSSARY)
file("glossary-unbalanced.tbx", TBX_HEAD + TBX_ENTRY.format(id="ferry", en="ferry", ru="паром").replace("</termSec>", "", 1) + TBX_TAIL)
case("glossary-unbalanced", "glossary-unbalanced.tbx", 2, *CHECK_GLOSSARY)
file("glossary-unknown-elements.tbx", TBX_HEAD + TBX_ENTRY.format(id="ferry", en="ferry", ru="паром").replace("<termSec>", "<termSec><shipColour>white</shipColour>", 1) + "<appendix><p>unknown</p></appendix>\n" + TBX_TAIL)
case("glossary-unknown-elements", "glossary-unknown-elements.tbx", 0, *CHECK_GLOSSARY)
file("glossary-duplicate-ids.tbx", TBX_HEAD + TBX_ENTRY.format(id="ferry", en="ferry", ru="паром") + TBX_ENTRY.format(id="ferry", en="island", ru="остров") + TBX_TAIL)
case("glossary-duplicate-ids", "glossary-duplicate-ids.tbx", 2, *VALIDATE)
file("glossary-billion-laughs.tbx", '<?xml version="1.0"?>\n<!DOCTYPE tbx [\n<!ENTITY a "ha">\n' + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(9)) + ']>\n' + TBX_HEAD.split("\n", 1)[1] + TBX_ENTRY.format(id="ferry", en="&j;", ru="паром") + TBX_TAIL)
case("glossary-billion-laughs", "glossary-billion-laughs.tbx", 2, *CHECK_GLOSSARY)
file("glossary-external-entity.tbx", '<?xml version="1.0"?>\n<!DOCTYPE tbx [\n<!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n' + TBX_HEAD.split("\n", 1)[1] + TBX_ENTRY.format(id="ferry", en="&secret;", ru="паром") + TBX_TAIL)
case("glossary-external-entity", "glossary-external-entity.tbx", 2, *CHECK_GLOSSARY)
file("glossary-wrong-root.tbx", '<?xml version="1.0"?>\n<html><body><p>not a termbase</p></body></html>\n')
case("glossary-wrong-root", "glossary-wrong-root.tbx", 2, *CHECK_GLOSSARY)
file("glossary-utf16.tbx", b"\xff\xfe" + (TBX_HEAD.replace("UTF-8", "UTF-16") + TBX_ENTRY.format(id="ferry", en="ferry", ru="паром") + TBX_TAIL).encode("utf-16-le"))
case("glossary-utf16", "glossary-utf16.tbx", 0, *CHECK_GLOSSARY)
case("glossary-deep-nesting", "@deep-nesting.tbx", 2, *CHECK_GLOSSARY)
file("glossary-ragged.csv", "id,en,ru\nferry,ferry,паром,extra,columns\nisland,island\n")
case("glossary-ragged", "glossary-ragged.csv", 2, *CHECK_GLOSSARY)
file("glossary-unknown-header.csv", "concept,english,russian\nferry,ferry,паром\n")
case("glossary-unknown-header", "glossary-unknown-header.csv", 2, *CHECK_GLOSSARY)
file("glossary-unterminated-quote.csv", 'id,en,ru\nferry,"ferry,паром\nisland,island,остров\n')
case("glossary-unterminated-quote", "glossary-unterminated-quote.csv", 2, *CHECK_GLOSSARY)
file("glossary-duplicate-ids.csv", "id,en,ru\nferry,ferry,паром\nferry,island,остров\n")
case("glossary-duplicate-ids-csv", "glossary-duplicate-ids.csv", 2, *VALIDATE)
file("glossary-cp1251.csv", "id,en,ru\nferry,ferry,паром\n".encode("cp1251"))
case("glossary-cp1251", "glossary-cp1251.csv", 2, *CHECK_GLOSSARY)
file("glossary-header-only.tsv", "id\ten\tru\n")
case("glossary-header-only", "glossary-header-only.tsv", 0, *CHECK_GLOSSARY)
file("glossary-unknown-extension.txt", "ferry = паром\n")
case("glossary-unknown-extension", "glossary-unknown-extension.txt", 2, *CHECK_GLOSSARY)
file("glossary-not-sqlite.db", "this is not an SQLite termbase\n" * 200)
case("glossary-not-sqlite", "glossary-not-sqlite.db", 2, *CHECK_GLOSSARY)
case("glossary-truncated-db", "@truncated.db", 2, *CHECK_GLOSSARY)
case("glossary-directory", "@directory.toml", 2, *CHECK_GLOSSARY)
case("glossary-unreadable", "@unreadable.toml", 2, *VALIDATE)
case("glossary-missing", "@missing.toml", 2, *VALIDATE)

# ---------------------------------------------------------------- translation formats
XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file source-language="en" target-language="ru" datatype="plaintext" original="ferry.txt">
<body>
<trans-unit id="departure"><source>The ferry leaves at 7:30.</source><target>Паром отходит в 7:30.</target></trans-unit>
<trans-unit id="tickets"><source>Tickets cost 900 roubles.</source><target>Билеты стоят 900 рублей.</target></trans-unit>
</body>
</file>
</xliff>
"""
CHECK_ALONE = ["check", "{input}"]
file("fmt-xliff-truncated.xlf", XLIFF[: XLIFF.index("<trans-unit id=\"tickets\">") + 40])
case("fmt-xliff-truncated", "fmt-xliff-truncated.xlf", 2, *CHECK_ALONE)
file("fmt-xliff-unbalanced.xlf", XLIFF.replace("</source><target>Паром", "</target><target>Паром"))
case("fmt-xliff-unbalanced", "fmt-xliff-unbalanced.xlf", 2, *CHECK_ALONE)
file("fmt-xliff-billion-laughs.xlf", XLIFF.replace("<xliff", '<!DOCTYPE xliff [\n<!ENTITY a "ha">\n' + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(9)) + "]>\n<xliff", 1).replace("7:30.</target>", "7:30. &j;</target>"))
case("fmt-xliff-billion-laughs", "fmt-xliff-billion-laughs.xlf", 2, *CHECK_ALONE)
file("fmt-xliff-external-entity.xlf", XLIFF.replace("<xliff", '<!DOCTYPE xliff [\n<!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n<xliff', 1).replace("7:30.</target>", "7:30. &secret;</target>"))
case("fmt-xliff-external-entity", "fmt-xliff-external-entity.xlf", 2, *CHECK_ALONE)
file("fmt-xliff-number-mismatch.xlf", XLIFF.replace("стоят 900", "стоят 600"))
case("fmt-xliff-number-mismatch", "fmt-xliff-number-mismatch.xlf", 1, *CHECK_ALONE)
file("fmt-xliff-latin1.xlf", XLIFF.replace("UTF-8", "ISO-8859-1").replace('target-language="ru"', 'target-language="tr"').replace("Паром отходит в 7:30.", "Feribot 7:30'da kalkýyor.").replace("Билеты стоят 900 рублей.", "Biletler 600 ruble.").encode("latin-1"))
case("fmt-xliff-latin1", "fmt-xliff-latin1.xlf", 1, *CHECK_ALONE)
PO = """msgid ""
msgstr ""
"Language: ru\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "The ferry leaves at 7:30."
msgstr "Паром отходит в 7:30."

msgid "Tickets cost 900 roubles."
msgstr "Билеты стоят 900 рублей."
"""
file("fmt-po-broken-escape.po", PO.replace("в 7:30.", "в 7:30.\\q\\"))
case("fmt-po-broken-escape", "fmt-po-broken-escape.po", 2, *CHECK_ALONE)
file("fmt-po-unterminated-string.po", PO.replace('"Билеты стоят 900 рублей."', '"Билеты стоят 900 рублей.'))
case("fmt-po-unterminated-string", "fmt-po-unterminated-string.po", 2, *CHECK_ALONE)
file("fmt-po-duplicate-msgid.po", PO + '\nmsgid "The ferry leaves at 7:30."\nmsgstr "Паром уходит в 7:30."\n')
case("fmt-po-duplicate-msgid", "fmt-po-duplicate-msgid.po", 2, *CHECK_ALONE)
file("fmt-po-crlf-number-mismatch.po", PO.replace("900 рублей", "600 рублей").replace("\n", "\r\n"))
case("fmt-po-crlf-number-mismatch", "fmt-po-crlf-number-mismatch.po", 1, *CHECK_ALONE)
file("fmt-po-nul-byte.po", PO.replace("Паром", "Па\x00ром"))
case("fmt-po-nul-byte", "fmt-po-nul-byte.po", 2, *CHECK_ALONE)
file("fmt-po-unknown-charset.po", PO.replace("charset=UTF-8", "charset=KLINGON-8"))
case("fmt-po-unknown-charset", "fmt-po-unknown-charset.po", 2, *CHECK_ALONE)
TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="make_malformed" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="en" datatype="plaintext"/>
<body>
<tu tuid="departure"><tuv xml:lang="en"><seg>The ferry leaves at 7:30.</seg></tuv><tuv xml:lang="ru"><seg>Паром отходит в 7:30.</seg></tuv></tu>
<tu tuid="tickets"><tuv xml:lang="en"><seg>Tickets cost 900 roubles.</seg></tuv><tuv xml:lang="ru"><seg>Билеты стоят 900 рублей.</seg></tuv></tu>
</body>
</tmx>
"""
file("fmt-tmx-truncated.tmx", TMX[: TMX.index("<tu tuid=\"tickets\">") + 50])
case("fmt-tmx-truncated", "fmt-tmx-truncated.tmx", 2, *CHECK_ALONE)
file("fmt-tmx-unknown-elements.tmx", TMX.replace("<tu tuid=\"departure\">", "<tu tuid=\"departure\"><prop type=\"x-ship\">Kuril</prop><shipLog>white</shipLog>").replace("</body>", "<appendix>unknown</appendix>\n</body>"))
case("fmt-tmx-unknown-elements", "fmt-tmx-unknown-elements.tmx", 0, *CHECK_ALONE)
file("fmt-tmx-utf16le.tmx", b"\xff\xfe" + TMX.replace("UTF-8", "UTF-16").replace("900 рублей", "600 рублей").encode("utf-16-le"))
case("fmt-tmx-utf16le", "fmt-tmx-utf16le.tmx", 1, *CHECK_ALONE)
FTL_RU = "ferry-departure = Паром отходит в { $time }.\ntickets = Билеты стоят 900 рублей.\n"
CHECK_FTL = ["check", "{good}/en.ftl", "{input}"]
file("fmt-ftl-syntax-error.ru.ftl", FTL_RU.replace("tickets =", "tickets ="[:-1] + "= = {"))
case("fmt-ftl-syntax-error", "fmt-ftl-syntax-error.ru.ftl", 2, *CHECK_FTL)
file("fmt-ftl-duplicate-id.ru.ftl", FTL_RU + "tickets = Билеты стоят 600 рублей.\n")
case("fmt-ftl-duplicate-id", "fmt-ftl-duplicate-id.ru.ftl", 2, *CHECK_FTL)
file("fmt-ftl-unicode-escape.ru.ftl", FTL_RU.replace("900 рублей.", '900 рублей{ "\\u00Ж" }.'))
case("fmt-ftl-unicode-escape", "fmt-ftl-unicode-escape.ru.ftl", 2, *CHECK_FTL)
# fluent-syntax 0.12 recursed without a limit into nested call arguments and selects (a stack
# overflow: the fluent fuzz target died with SIGSEGV): both refused past 100 levels.
file("fmt-ftl-deep-calls.ru.ftl", FTL_RU.replace("900 рублей.", "{ " + "NUMBER(" * 2000 + "900" + ")" * 2000 + " } рублей."))
case("fmt-ftl-deep-calls", "fmt-ftl-deep-calls.ru.ftl", 2, *CHECK_FTL)
file("fmt-ftl-deep-selects.ru.ftl", FTL_RU.replace("900 рублей.", "{ $n ->\n *[other] " * 2000 + "900" + "\n}" * 2000 + " рублей."))
case("fmt-ftl-deep-selects", "fmt-ftl-deep-selects.ru.ftl", 2, *CHECK_FTL)
file("fmt-ftl-number-mismatch.ru.ftl", FTL_RU.replace("900", "600"))
case("fmt-ftl-number-mismatch", "fmt-ftl-number-mismatch.ru.ftl", 1, *CHECK_FTL)
JSON_RU = '{\n  "ferry": {"departure": "Паром отходит в 7:30."},\n  "tickets": "Билеты стоят 900 рублей."\n}\n'
CHECK_JSON = ["check", "{good}/en.json", "{input}"]
file("fmt-json-truncated.ru.json", JSON_RU[:40])
case("fmt-json-truncated", "fmt-json-truncated.ru.json", 2, *CHECK_JSON)
file("fmt-json-duplicate-key.ru.json", JSON_RU.replace('"tickets"', '"tickets": "Билеты.",\n  "tickets"'))
case("fmt-json-duplicate-key", "fmt-json-duplicate-key.ru.json", 2, *CHECK_JSON)
file("fmt-json-bom-crlf.ru.json", ("\ufeff" + JSON_RU.replace("900", "600")).replace("\n", "\r\n"))
case("fmt-json-bom-crlf", "fmt-json-bom-crlf.ru.json", 1, *CHECK_JSON)
file("fmt-json-not-an-object.ru.json", '["Паром отходит в 7:30."]\n')
case("fmt-json-not-an-object", "fmt-json-not-an-object.ru.json", 2, *CHECK_JSON)
CSV = "id,en,ru\ndeparture,The ferry leaves at 7:30.,Паром отходит в 7:30.\ntickets,Tickets cost 900 roubles.,Билеты стоят 900 рублей.\n"
file("fmt-csv-ragged.csv", CSV.replace("в 7:30.\n", "в 7:30.,extra,cells\n"))
case("fmt-csv-ragged", "fmt-csv-ragged.csv", 2, *CHECK_ALONE)
file("fmt-csv-unterminated-quote.csv", CSV.replace("departure,The", 'departure,"The'))
case("fmt-csv-unterminated-quote", "fmt-csv-unterminated-quote.csv", 2, *CHECK_ALONE)


def main():
    for name, content in FILES.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(content)
    with open(os.path.join(OUT, "CASES.tsv"), "w", encoding="utf-8") as f:
        f.write("# case\tinput\texit\targs... (written by tests/robustness/make_malformed.py)\n")
        for name, inp, code, args in CASES:
            f.write("\t".join([name, inp, code] + args) + "\n")
    print(f"{len(FILES)} files, {len(CASES)} cases in {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
