"""Rules about case logs (<stem>.case.yaml): raised by foiagen/caselog.py (their shape) and foiagen/case.py (their facts against the request and the law)."""

from __future__ import annotations

from ._base import Rule, declare

RULES = declare(
    "caselog",
    Rule('case-unknown-key', 'error', 'A case log, event or lawsuit has a key foiagen does not know.', hint='the message suggests the nearest key', scope="caselog"),
    Rule('case-missing-field', 'error', 'A case log lacks `agencies:`, or an event lacks `date:`, `event:` or a field its kind needs.', scope="caselog", hint="add the key the message names; README's case-log section shows an example"),
    Rule('case-bad-value', 'error', 'A value of a case log has the wrong type or is not one of the allowed words (event kinds, outcomes, channels, grounds).', scope="caselog", hint='use one of the values the message lists (or a date written YYYY-MM-DD)'),
    Rule('case-bad-date', 'error', 'A date of a case log is not YYYY-MM-DD, or a tolling ends before it starts.', hint='write dates as YYYY-MM-DD', scope="caselog"),
    Rule('case-unknown-agency', 'error', 'A case log names an agency id the directory lacks (as a key or a referral target).', hint='`foiagen agencies` lists the directory', scope="caselog"),
    Rule('case-agency-not-addressed', 'warning', 'A case log has events for an agency the request does not address and no determination refers it to.', hint='record the referral: a determination with `outcome: referral` and `to:`', scope="caselog"),
    Rule('case-event-order', 'error', 'The events of an agency are not listed in date order.', hint='list events oldest first', scope="caselog"),
    Rule('case-before-sending', 'error', "An event (an acknowledgment, a determination, an appeal's answer) is dated before what it answers.", scope="caselog", hint='check the two dates: an answer cannot come before what it answers'),
    Rule('case-long-extension', 'warning', "An extension for unusual circumstances longer than the statute's 10 working days (5 U.S.C. § 552(a)(6)(B)(i)).", scope="caselog", hint='record the days the agency claimed; beyond 10 working days the agency must offer you the chance to narrow the request or arrange another time frame (5 U.S.C. § 552(a)(6)(B)(ii))'),
    Rule('case-late-extension', 'info', 'An extension noticed after the 20 working days had run out; foiagen does not count it.', scope="caselog", hint="check the extension's date; a notice after the 20 working days does not extend them"),
    Rule('case-tracking-agency', 'error', "A tracking number has the shape of another agency's numbers, or is recorded for two agencies.", hint='move the event under the right agency, or check the number', scope="caselog"),
    Rule('case-request-missing', 'error', 'The request spec of a case log is not found (default: <stem>.yaml beside <stem>.case.yaml).', hint='name it in `request:` (a path relative to the case log)', scope="caselog"),
    Rule('case-request-invalid', 'error', 'The request spec of a case log has errors of its own.', hint='run `foiagen validate` on the spec', scope="caselog"),
    Rule("case-appeal-missing", "error", "An appeal is acknowledged or decided, but the case log records no appeal before it.",
         hint="add the appeal event (`event: appeal`, with its date and grounds) before its acknowledgment", scope="caselog"),
    Rule('case-premature-appeal', 'error', 'An appeal with nothing to appeal yet: no adverse answer before it, and the determination not yet overdue.', hint='record the determination appealed from, or date the appeal after the deadline lapsed', scope="caselog"),
    Rule('case-late-appeal', 'warning', "An appeal sent after the agency's appeal window closed.", scope="caselog", hint="check the appeal's date against the window (`foiagen deadlines`); a late appeal may be refused"),
)
