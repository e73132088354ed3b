# Messages of the checks (glossa_checks). A diagnostic carries one of these ids
# and its arguments; the UI language is applied when rendering.
# Argument values are text exactly as written in the files (terms, numbers, dates).

## Diagnostic messages

term-missing = glossary term “{ $source }” has no approved translation here; expected “{ $expected }”
forbidden-term = forbidden term “{ $term }”; use “{ $preferred }”
deprecated-term = deprecated term “{ $term }”; the preferred term is “{ $preferred }”
mention-only-term = “{ $term }” is used outside quotation marks; it may only be cited as someone else's wording (preferred: “{ $preferred }”)
mixed-framing = “{ $term }” mixes rival framings: this translation otherwise uses “{ $other }”
inconsistent-term = “{ $term }” renders the same concept as “{ $first }”, used first in this document
number-missing = number { $number } of the source is missing from the translation
number-added = number { $number } is not in the source
date-mismatch = date “{ $date }” of the source is missing or different in the translation
date-added = date “{ $date }” is not in the source
omitted-sentence = source sentence has no translation in the { $lang } file: “{ $sentence }”
added-sentence = this sentence has no counterpart in the source
untranslated-sentence = this sentence is not translated: it is still in the source language ({ $lang })
low-confidence-alignment = uncertain alignment (confidence { $confidence }): something may be omitted or rewritten here

## Help lines

help-use-preferred = use “{ $preferred }”
help-quote-mention = put “{ $term }” in quotation marks if you cite it as someone else's wording
help-translate = translate this sentence

## Label texts

label-source = source
label-first-use = first used here

## glossa explain CODE

explain-T001 =
    T001 term-missing (default severity: warning)

    What it does: for every glossary concept found in a source sentence, looks for
    one of its allowed terms (preferred or admitted) in the aligned target sentence,
    taking inflection into account.

    Why: a key term that disappears in translation often means the sentence was
    paraphrased loosely or the term was rendered with a word the glossary does not allow.

    Example: the source says “peace treaty” and the Russian sentence has
    “мирное соглашение” instead of “мирный договор” (in any case form).

    Fix: use the preferred term of the target language, or add the wording you
    used to the glossary as an admitted term.
explain-T002 =
    T002 forbidden-term (default severity: error)

    What it does: flags every use of a term whose status in the glossary is “forbidden”.

    Why: forbidden terms are wrong or unacceptable for this project, for example
    a politically loaded name or a known mistranslation.

    Example: the glossary forbids “Курильский архипелаг” for this concept and the
    translation uses it.

    Fix: replace the term with the preferred one shown in the help line; the
    diagnostic carries a machine-applicable fix.
explain-T003 =
    T003 deprecated-term (default severity: warning)

    What it does: flags every use of a term whose status in the glossary is “deprecated”.

    Why: deprecated terms are understandable but outdated or discouraged; a
    consistent translation uses the preferred term.

    Example: the translation says “2+2 talks” where the glossary prefers
    “two-plus-two format”.

    Fix: replace the term with the preferred one shown in the help line.
explain-T004 =
    T004 mention-only-term (default severity: warning)

    What it does: flags a term marked “mention-only” when it appears outside
    quotation marks.

    Why: some terms may appear only as a cited wording, for example when a speaker
    quotes the other side's name for a disputed territory; used in the translator's
    own voice they take a side.

    Example: “the so-called Northern Territories” written without quotation marks
    in a text that follows the Russian-side naming.

    Fix: put the term in quotation marks if it is a citation, otherwise use the
    preferred term.
explain-T005 =
    T005 mixed-framing (default severity: error)

    What it does: outside quotation marks, flags a term that belongs to a framing
    other than the preferred one: the framing of the active style (--style), else
    the framing the document uses first.

    Why: rival names for the same referent are an editorial choice; mixing them in
    one translation confuses the reader and sounds partisan.

    Example: a translation that writes “Southern Kurils” in one paragraph and
    “Northern Territories” in the next.

    Fix: choose one framing (or pass --style) and use its terms throughout; cite
    the other framing only inside quotation marks.
explain-T006 =
    T006 inconsistent-term (default severity: warning)

    What it does: when one concept is rendered by different allowed terms within a
    document, flags every occurrence of a term other than the first one used.

    Why: even when several terms are admitted, switching between them makes the
    reader wonder whether two different things are meant.

    Example: “barış antlaşması” in the first paragraph and “barış anlaşması”
    further down.

    Fix: use the same term everywhere, normally the one used first or the
    preferred one.
explain-N001 =
    N001 number-mismatch (default severity: error)

    What it does: compares the numbers of a source sentence with those of its
    aligned target sentence, after normalization (1,000 = 1 000 = 1.000 = １０００),
    and reports numbers that are missing or added.

    Why: a wrong or missing number changes the facts of the text and is easy to
    miss when proofreading.

    Example: the source says “in 1956” and the translation says “в 1965 году”.

    Fix: restore the number of the source; write it in the target language's
    conventions if you like, the check understands them.
explain-N002 =
    N002 date-mismatch (default severity: error)

    What it does: finds dates in a source sentence and checks that the aligned
    target sentence has the same dates, in any of the formats of English, Russian,
    Japanese and Turkish (January 14, 14 января, 1月14日, 14 Ocak, 17.01.2019).

    Why: dates are facts; a shifted day or month is a serious error.

    Example: “on January 22” translated as “22 февраля”.

    Fix: correct the date in the translation.
explain-S001 =
    S001 omitted-sentence (default severity: warning)

    What it does: reports a source sentence that the aligner could not match with
    any sentence of the translation.

    Why: a missing sentence is missing content.

    Example: a paragraph of four sentences translated with only three, the
    second one dropped.

    Fix: translate the sentence, or check whether it was merged into a neighbour
    in a way that lost its content.
explain-S002 =
    S002 added-sentence (default severity: warning)

    What it does: reports a target sentence that has no counterpart in the source.

    Why: added sentences may be translator's notes, leftovers of an older version
    or content that does not belong to the text.

    Example: a Japanese translation that ends with a sentence the English
    original does not have.

    Fix: remove the sentence, or add it to the source if it belongs there.
explain-S003 =
    S003 untranslated-sentence (default severity: error)

    What it does: reports a target sentence that is identical to its source
    sentence, or written in the script of the source language.

    Why: untranslated sentences are left over when a translation is unfinished.

    Example: an English sentence left as it is in the middle of a Russian text.

    Fix: translate the sentence.
explain-S004 =
    S004 low-confidence-alignment (default severity: info)

    What it does: reports aligned groups of sentences for which the aligner is
    unsure of its decision.

    Why: low confidence often means that something was omitted, added or
    heavily rewritten, which the other checks cannot see directly.

    Example: a source sentence of twenty words aligned with a target sentence of
    three words.

    Fix: read the group side by side (glossa export) and correct the translation
    if needed.

## Checks of translation units (XLIFF, PO, TMX, Fluent, JSON, CSV)

empty-target = the translation is empty
target-same-as-source = the translation is the source text, unchanged ({ $lang })
placeholder-missing = placeholder { $placeholder } of the source is missing from the translation
placeholder-added = placeholder { $placeholder } is not in the source
placeholder-changed = placeholder { $expected } of the source became { $found }
inline-tag-missing = inline tag “{ $tag }” of the source is missing from the translation
inline-tag-added = inline tag “{ $tag }” is not in the source
url-missing = “{ $url }” of the source is missing from the translation
url-added = “{ $url }” is not in the source
unpaired-quote = unpaired quotation mark { $mark }
unpaired-bracket = unpaired bracket { $mark }
double-space = double space
leading-whitespace-mismatch = the leading whitespace differs from the source
trailing-whitespace-mismatch = the trailing whitespace differs from the source
repeated-word = repeated word “{ $word }”
end-punctuation-missing = the source ends with “{ $expected }” but the translation has no final punctuation
end-punctuation-added = the translation ends with “{ $found }” but the source has no final punctuation
end-punctuation-different = the source ends with “{ $expected }” but the translation with “{ $found }”
length-ratio = the translation is { $ratio } times as long as the source; usual for this language pair: { $usual }
inconsistent-target = the same source is translated differently elsewhere: “{ $other }”
inconsistent-source = “{ $source }” has the same translation as a different source: “{ $other }”
missing-message = message “{ $id }” is missing from the { $lang } catalog
obsolete-message = message “{ $id }” of the { $lang } catalog is not in the source catalog

label-other-translation = translated this way here
label-other-source = the other source

explain-N003 =
    N003 url-mismatch (default severity: error)

    What it does: compares the URLs and e-mail addresses of a unit's source and
    translation, exactly, after trimming sentence punctuation that follows them.

    Why: a changed or shortened link sends readers to the wrong page; an e-mail
    address with a typo loses their messages.

    Example: the source says “See https://example.org/docs.” and the
    translation only “example.org”. A period after the URL is not a mismatch.

    Fix: copy the URL or address of the source into the translation, unchanged.
explain-P001 =
    P001 placeholder-mismatch (default severity: error)

    What it does: compares the placeholders of a unit's source and translation
    as multisets: printf (%s, %d, %1$s, %(name)s), braces ({"{"}name{"}"}, {"{"}0{"}"}, {"{"}{"{"}name{"}"}{"}"}),
    Fluent variables and terms ({"{"} $var {"}"}, {"{"} -brand {"}"}) and the outer argument of ICU
    plurals. Inside plural or select variants they are compared as sets.

    Why: a missing or mistyped placeholder shows the raw code to the user or
    crashes the program that formats the string.

    Example: “Click %s to open the file.” translated as “Нажмите, чтобы открыть файл.”

    Fix: put every placeholder of the source into the translation, written
    exactly as in the source; their order may change.
explain-P002 =
    P002 inline-tag-mismatch (default severity: error)

    What it does: compares the inline codes of a unit (XLIFF ph, g, pc and x
    elements, TMX ph, bpt and ept) by their ids; in a unit without inline codes,
    the markup tags written in the text (<b>, </a>, <br/>) by name.

    Why: inline codes carry formatting and links; a lost code breaks the
    layout or the markup of the target document.

    Example: the source has a bold span with id 1 and the translation has none.

    Fix: keep every inline code of the source in the translation, around the
    words that correspond.
explain-Q001 =
    Q001 unpaired-quote (default severity: warning)

    What it does: looks for quotation marks without their partner in the
    translation, knowing the quotes of each language (“…”, ‘…’, «…», „…“, 「…」,
    『…』, straight double quotes) and telling apostrophes (Japan’s) from single
    quotes. Reported only when the source itself is balanced.

    Why: an unclosed quote makes the reader unsure where the citation ends.

    Example: “Press “Save”.” translated as “Нажмите «Сохранить.”

    Fix: close the quotation, using the quotation marks of the target language.
explain-Q002 =
    Q002 unpaired-bracket (default severity: warning)

    What it does: looks for parentheses, square brackets and braces (also
    full-width ones) without their partner in the translation, when the source
    is balanced. List markers such as “1)” are not brackets.

    Why: an unclosed bracket is a typo that can also break markup or
    placeholders.

    Example: “Open the file (read-only).” translated as “ファイルを開く（読み取り専用。”

    Fix: add the missing bracket or remove the stray one.
explain-Q003 =
    Q003 double-space (default severity: warning)

    What it does: reports two or more spaces between words of the translation
    when the source has none. Indentation after a line break and Japanese,
    which is written without spaces, are not checked.

    Why: double spaces are typing errors and look untidy in the interface.

    Example: “Встреча  состоялась в Москве.”

    Fix: replace the spaces with a single one.
explain-Q004 =
    Q004 repeated-word (default severity: warning)

    What it does: reports a word written twice in a row in the translation
    (“the the”, “в в”), unless the repeat is legitimate in that language:
    “had had” in English, “так так” in Russian, reduplication such as “yavaş
    yavaş” in Turkish, words like 人々 or どんどん in Japanese. A repeat the
    source has too is not reported.

    Why: an accidental repeat is a typo that spell checkers often miss.

    Example: “Встреча состоялась в в Москве.”

    Fix: delete the second occurrence.
explain-Q005 =
    Q005 end-punctuation (default severity: warning)

    What it does: compares the final punctuation of the source and the
    translation by kind: question mark, exclamation mark, period, colon or
    ellipsis, with their full-width forms (？ ！ 。 ．) as equivalents. A Japanese
    translation may add 。 to a source without final punctuation, and may drop
    it in a short string.

    Why: a question that lost its question mark reads as a statement; a
    missing colon breaks a label that is followed by a value.

    Example: “Save changes before closing?” translated as “Сохранить изменения перед закрытием”

    Fix: end the translation with the punctuation that corresponds to the source.
explain-Q006 =
    Q006 edge-whitespace (default severity: warning)

    What it does: compares the whitespace at the start and at the end of the
    source and of the translation.

    Why: programs often join strings; a lost trailing space glues two words
    together, an added one leaves a gap.

    Example: the source “Total: ” ends with a space and the translation “Итого:” does not.

    Fix: copy the leading and trailing whitespace of the source.
explain-U001 =
    U001 empty-target (default severity: warning)

    What it does: reports a unit whose translation is empty. Units whose flags
    say they are not translated yet (fuzzy, new, needs-translation) are skipped.

    Why: an empty translation shows nothing or falls back to the source language.

    Example: a PO entry with a message id and an empty translation string.

    Fix: translate the unit, or mark it as not yet translated.
explain-U002 =
    U002 target-same-as-source (default severity: warning)

    What it does: reports a translation identical to its source. Single words,
    names, acronyms, codes, numbers and words such as OK or URL are not reported.

    Why: a copied source is usually a string someone forgot to translate.

    Example: “Save changes before closing?” left in English in a Turkish file.

    Fix: translate the text; if it must stay as it is, add a note with
    glossa-ignore: U002 to the unit.
explain-U003 =
    U003 length-ratio (default severity: info)

    What it does: learns the usual length ratio of translation to source for
    each language pair from the files checked (median and median absolute
    deviation of the logarithm) and reports units far outside it. Only
    sources longer than 20 characters count.

    Why: a translation much shorter than usual may have lost a clause; one
    much longer may contain extra text or two versions.

    Example: a 40-character English sentence translated by a single Russian word.

    Fix: compare the unit with its source and complete or shorten it.
explain-C001 =
    C001 inconsistent-target (default severity: warning)

    What it does: over the whole project, finds sources (ignoring case and
    whitespace) that are translated in different ways and reports every
    translation other than the most frequent one.

    Why: the same interface text translated in two ways confuses users and
    makes documentation wrong.

    Example: “Settings” is translated as 設定 in one file and 環境設定 in another.

    Fix: use one translation everywhere, normally the most frequent one shown
    in the label.
explain-C002 =
    C002 inconsistent-source (default severity: info)

    What it does: over the whole project, finds one translation used for
    different sources and reports every unit whose source differs from the
    most frequent one.

    Why: two different source texts usually mean two different things; one
    translation for both can be a copy-paste error or a loss of distinction.

    Example: “Delete the file” and “Remove the file” both translated as “Dosyayı sil”.

    Fix: check that the distinction does not matter; otherwise translate the
    sources differently.
explain-M001 =
    M001 missing-message (default severity: warning)

    What it does: compares the message ids of a locale's catalog (Fluent,
    JSON) with those of the source catalog and reports the ids the locale lacks.

    Why: a missing message falls back to the source language or to the id
    itself in the running program.

    Example: the English catalog defines save-dialog and the Russian one does not.

    Fix: add the message to the locale's catalog.
explain-M002 =
    M002 obsolete-message (default severity: info)

    What it does: reports message ids of a locale's catalog that the source
    catalog no longer has.

    Why: obsolete messages are dead weight and may hide a renamed id whose new
    name is missing.

    Example: the Japanese catalog still defines old-greeting, which was removed
    from the English one.

    Fix: delete the message, or rename it to the id the source catalog uses now.
