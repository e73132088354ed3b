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
omitted-sentence = source sentence has no translation: “{ $sentence }”
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
