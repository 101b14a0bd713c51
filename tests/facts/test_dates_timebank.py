"""TimeBank scoring follows samestory's definition of a date: DATE and TIME expressions and
DURATIONs with a calendar value are dates, DURATIONs TimeML marks as anchored are neither
counted nor penalised, other DURATIONs and SETs are amounts (on a TimeML file made here)."""

from __future__ import annotations

from tools.facts_timebank import parse_tml, parse_tml_all, timex_role

SOURCE = (
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">19980108</TIMEX3></DCT><TEXT>'
    'Profit fell in <TIMEX3 tid="t1" type="DURATION" value="1997-Q4" temporalFunction="true" '
    'anchorTimeID="t0">the fourth quarter</TIMEX3> and over <TIMEX3 tid="t2" type="DURATION" '
    'value="P3M" temporalFunction="true" endPoint="t0">the past three months</TIMEX3>, '
    'for <TIMEX3 tid="t3" type="DURATION" value="PT3H" temporalFunction="false">three hours'
    '</TIMEX3> <TIMEX3 tid="t4" type="SET" value="XXXX-07">each July</TIMEX3> '
    '<TIMEX3 tid="t5" type="DATE" value="PAST_REF">recently</TIMEX3>.</TEXT>'
)


def test_roles_of_timex3_expressions() -> None:
    dct, body, timexes = parse_tml_all(SOURCE)
    roles = {body[a:b]: kind for a, b, kind, _ in timexes}
    assert dct == "1998-01-08"
    assert roles == {
        "the fourth quarter": "DATE",
        "the past three months": "anchored",
        "three hours": "DURATION",
        "each July": "SET",
        "recently": "DATE",
    }
    assert [body[a:b] for a, b, _ in parse_tml(SOURCE)[2]] == ["the fourth quarter", "recently"]


def test_timex_role_reads_values_and_anchors() -> None:
    assert timex_role("DATE", "PRESENT_REF", {}) == "neutral"
    assert timex_role("TIME", "1998-01-08T10:00", {}) == "date"
    assert timex_role("DURATION", "1997", {}) == "date"
    assert timex_role("DURATION", "P2W", {"beginPoint": "t0"}) == "neutral"
    assert timex_role("DURATION", "P2W", {"temporalFunction": "false"}) == "amount"
    assert timex_role("SET", "XXXX-07", {}) == "amount"
