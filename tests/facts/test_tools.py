"""The dev-set builders read their formats right (on small inputs made here)."""

from __future__ import annotations

from tools.facts_conll import parse_conll
from tools.facts_timebank import parse_tml


def test_conll_iob1_and_iob2_spans() -> None:
    text = (
        "-DOCSTART- -X- O O\n\n"
        "EU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n\n"
        "Peter NNP I-NP B-PER\nBlackburn NNP I-NP I-PER\nand CC O O\n"
        "Anna NNP I-NP B-PER\n\n"
    )
    first, second = parse_conll(text)
    assert first.spans == [(0, 1, "ORG"), (2, 3, "MISC")]
    assert second.spans == [(0, 2, "PER"), (3, 4, "PER")]
    assert second.char_spans()[0] == (0, len("Peter Blackburn"), "PER")
    assert second.text[slice(*second.char_spans()[1][:2])] == "Anna"


def test_timebank_dates_offsets_and_types() -> None:
    source = (
        '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">19980108</TIMEX3></DCT>'
        '<TEXT>Stocks fell &amp; rose <TIMEX3 tid="t1" type="DATE" value="1998-01-07">'
        'yesterday</TIMEX3> for a <TIMEX3 tid="t2" type="DURATION" value="P1W">week'
        "</TIMEX3>.</TEXT>"
    )
    dct, body, spans = parse_tml(source)
    assert dct == "1998-01-08"
    assert body == "Stocks fell & rose yesterday for a week."
    ((start, end, value),) = spans
    assert body[start:end] == "yesterday" and value == "1998-01-07"


def test_holiday_aliases_spell_some_words_of_the_name() -> None:
    from tools.facts_holidays import _spaced

    assert _spaced("martinlutherkingday", "Martin Luther King Jr. Day") == "Martin Luther King Day"
    assert _spaced("mlkday", "Martin Luther King Jr. Day") is None
    assert _spaced("christmas", "Christmas Day") is None  # one word: the first-word rule's


def test_duckling_corpus_is_read_into_phrases_and_values() -> None:
    from tools.facts_duckling import _EXAMPLES, _POINT, _value

    source = (
        'examples (datetime (2013, 2, 18, 0, 0, 0) Week)\n [ "next week"\n , "the week after"\n ]'
    )
    m = _EXAMPLES.search(source)
    assert m is not None
    point = _POINT.match(" ".join(m["head"].split()))
    assert point is not None and _value(2013, 2, 18, point[5]) == "2013-W08"
    assert (
        _value(2013, 5, 1, "Quarter") == "2013-Q2" and _value(2013, 2, 12, "Hour") == "2013-02-12"
    )


def test_duckling_observances_become_holiday_rules() -> None:
    from tools.facts_holidays import duckling_rules

    source = (
        "rulePeriodicHolidays :: [Rule]\nrulePeriodicHolidays = mkRuleHolidays\n"
        '  [ ( "Earth Day", "earth day", monthDay 4 22 )\n'
        '  , ( "Black Friday", "black frid?day"\n'
        "    , cycleNthAfter False TG.Day 1 $ nthDOWOfMonth 4 4 11\n    )\n"
        '  , ( "World Leprosy Day", "world leprosy day"\n'
        "    , predLastOf (dayOfWeek 7) (month 1) )\n"
        '  , ( "Ugadi", "ugadi", ugadi )\n  ]\n\nruleComputedHolidays :: [Rule]\n'
    )
    assert duckling_rules(source) == {
        "Earth Day": "fixed 04-22",
        "Black Friday": "nth 11 3 4 1",
        "World Leprosy Day": "nth 1 6 -1",
    }


def test_duckling_computed_holidays_list_their_days() -> None:
    from tools.facts_holidays import duckling_computed

    rules = (
        "ruleComputedHolidays :: [Rule]\nruleComputedHolidays = mkRuleHolidays\n"
        '  [ ( "Diwali", "deepavali|diwali|lakshmi\\\\s+puja"\n'
        "    , cycleNthAfter False TG.Day 2 dhanteras )\n"
        '  , ( "Shrove Tuesday", "mardi gras|pancake (tues)?day|shrove tuesday"\n'
        "    , cycleNthAfter False TG.Day (-47) easterSunday )\n"
        '  , ( "Ash Wednesday", "ash\\\\s+wednesday|carnival"\n'
        "    , cycleNthAfter False TG.Day (-46) easterSunday )\n"
        '  , ( "Odd", "odd", intersect (a) (b) )\n  ]\n\n'
        "ruleComputedHolidays' :: [Rule]\nruleComputedHolidays' = mkRuleHolidays'\n"
        '  [ ( "Diwali week", "diwali week"\n    , let start = dhanteras\n'
        "          end = cycleNthAfter False TG.Day 6 dhanteras\n"
        "        in interval TTime.Open start end )\n  ]\n\nruleOther :: [Rule]\n"
    )
    computed = (
        "dhanteras' :: [TimeObject]\ndhanteras' = mapMaybe toTimeObjectM\n"
        "  [ (1949, 10, 27)\n  , (2000, 10, 24)\n  , (2001, 11, 12)\n  ]\n"
    )
    assert duckling_computed(rules, computed) == {
        "Diwali": ("dates 2000-10-26 2001-11-14", ["deepavali", "lakshmi puja"]),  # not 1949
        "Shrove Tuesday": ("easter -47", ["mardi gras", "pancake tuesday", "pancake day"]),
        "Ash Wednesday": ("easter -46", []),  # "carnival" names other days too
        "Diwali week": ("periods 2000-10-24/2000-10-30 2001-11-12/2001-11-18", []),
    }


def test_chrono_cases_are_read_with_span_value_and_negatives() -> None:
    from tools.facts_chrono import cases_of

    source = (
        'testSingleCase(chrono.casual, "The Deadline is " + "Tomorrow", new Date(2012, 7, 10), '
        '(result) => {\n  expect(result.text).toBe("Tomorrow");\n'
        '  expect(result.start.get("year")).toBe(2012);\n'
        '  expect(result.start.get("month")).toBe(8);\n'
        '  expect(result.start.get("day")).toBe(11);\n});\n'
        'testSingleCase(chrono, "Sun, March 6, 2016", new Date(2016, 2 - 1, 15), (result) => {\n'
        '  expect(result.start.get("year")).toBe(2016);\n'
        '  expect(result.start.get("month")).toBe(3);\n});\n'
        'testSingleCase(chrono.en.GB, "8/10/2012", new Date(2012, 7, 10), (result) => {});\n'
        'testUnexpectedResult(chrono, "12.53%");\n'
        'testUnexpectedResult(chrono.strict, "tomorrow");\n'
    )
    assert cases_of("x.test.ts", source) == [
        {"text": "The Deadline is Tomorrow", "span": "Tomorrow", "date": "2012-08-10",
         "value": "2012-08-11", "negative": False, "spec": "x.test.ts"},
        {"text": "Sun, March 6, 2016", "span": None, "date": "2016-02-15", "value": "2016-03",
         "negative": False, "spec": "x.test.ts"},
        {"text": "12.53%", "span": None, "date": None, "value": None, "negative": True,
         "spec": "x.test.ts"},
    ]  # fmt: skip


def test_duckling_patterns_give_aliases_and_join_known_days() -> None:
    from tools.facts_holidays import _spellings, add_duckling, aliases_of

    assert _spellings("(xmas|christmas)( day)?") == ["xmas day", "xmas", "christmas day",
                                                     "christmas"]  # fmt: skip
    assert _spellings("black frid?day|(?=x)y") == ["black fridday", "black friday"]
    assert aliases_of("Christmas", "(xmas|christmas)( day)?") == ["xmas day", "xmas",
                                                                  "christmas day"]  # fmt: skip
    assert aliases_of("Black Friday", "black frid?day") == []  # a tolerated misspelling
    assert aliases_of("April Fools", "(april|all) fool'?s'?( day)?") == [
        "april fool's day", "all fool's day", "all fool's"]  # fmt: skip
    table = [
        {"name": "Christmas Day", "aliases": ["Christmas"], "rule": "fixed 12-25"},
        {"name": "Whit Sunday", "aliases": [], "rule": "easter 49"},
    ]
    add_duckling(table, [
        ("Christmas", "fixed 12-25", ["xmas", "christmas day"]),
        ("Pentecost", "easter 49", ["whit sunday", "white sunday"]),
        ("Odd Day", "fixed 01-02", ["christmas"]),  # a known name for another day: left out
        ("Earth Day", "fixed 04-22", []),
    ])  # fmt: skip
    assert table == [
        {"name": "Christmas Day", "aliases": ["Christmas", "xmas"], "rule": "fixed 12-25"},
        {"name": "Whit Sunday", "aliases": ["Pentecost", "white sunday"], "rule": "easter 49"},
        {"name": "Earth Day", "aliases": [], "rule": "fixed 04-22"},
    ]
