"""Showings a fee request needs: a waiver argued factor by factor argues every factor."""

from __future__ import annotations

from .. import model as m
from ._base import Example, Rule, declare
from ._locate import node_at

RULES = declare(
    "fees",
    Rule("fee-waiver-factor-missing", "warning",
       "A fee waiver argued factor by factor leaves out one of the four public-interest factors (operations or "
       "activities of the government, informative value, a reasonably broad audience, significance) or the "
       "commercial-interest factor: the agency weighs them all, and a waiver that skips one is often denied.",
       Example("fees:\n  waiver:\n    public_interest:\n      operations: [The contracts are ICE's.]\n"
               "    commercial_interest: [The Clinic has no commercial interest.]\n", where=(14, 5)),
       Example("fees:\n  waiver:\n    public_interest:\n      operations: [The contracts are ICE's.]\n"
               "      informative: [They are not public.]\n      audience: [The Clinic publishes reports.]\n"
               "      significance: [Little is known of them.]\n"
               "    commercial_interest: [The Clinic has no commercial interest.]\n"),
       hint="add the missing factor with the facts that meet it"),
)

_FACTOR_WORDS = {
    "operations": "the records concern identifiable operations or activities of the government",
    "informative": "disclosure would be meaningfully informative about them",
    "audience": "disclosure would reach a reasonably broad audience of persons interested in the subject",
    "significance": "public understanding would be enhanced to a significant extent",
    "interest": "whether the requesters have a commercial interest in the records",
}


def fee_waiver(ctx) -> None:
    """A waiver argued factor by factor (mappings) must argue every factor the rule weighs."""
    fees = ctx.request.fees
    waiver = fees.waiver if fees is not None else None
    if waiver is None:
        return
    missing = []
    if waiver.public_interest_factors:
        missing += [("public_interest", f) for f in m.PUBLIC_INTEREST_FACTORS if f not in waiver.public_interest_factors]
    if waiver.commercial_factors and "interest" not in waiver.commercial_factors:
        missing.append(("commercial_interest", "interest"))
    if not missing:
        return
    node = node_at(ctx.root, ctx.load_include, "fees", "waiver")
    for key in dict.fromkeys(k for k, _ in missing):
        factors = [f for k, f in missing if k == key]
        where = node.where(key) if node is not None else (ctx.root.where("fees") if ctx.root is not None else ctx.loc.fallback)
        names = " or ".join(f"'{f}' ({_FACTOR_WORDS[f]})" for f in factors)
        ctx.report("fee-waiver-factor-missing", where, f"the fee waiver's '{key}' argues no {names}")

