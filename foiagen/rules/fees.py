"""Showings a fee request needs: a waiver argued factor by factor argues every factor."""

from __future__ import annotations

from .. import model as m
from ._base import Example, Rule, declare
from ._locate import node_at

RULES = declare(
    "fees",
    Rule("fee-waiver-factor-missing", "warning",
       "A fee waiver argued factor by factor leaves out a factor that the addressed agency's rule lists on the letter's "
       "date (the registry's fees.waiver.factor.* entries): DHS's four public-interest factors and its commercial-interest "
       "factor (6 C.F.R. § 5.11(k)(2)-(3)); DOJ's as written in 2015 (28 C.F.R. § 16.10(k), until its 2017 amendment took "
       "effect on Feb. 3, 2017).  The statute has no factors, so a rule with no factor list in the registry is not checked.",
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


def weighed_factors(request: m.Request, registry) -> set[str]:
    """The fee-waiver factors the addressed agencies' rules list on the letter's date: the statute has
    none, and each rule its own (DOJ's 2017 amendment "streamline[d]" them; that text was not read)."""
    if registry is None:
        return set()
    regs = list(dict.fromkeys(r for a in request.agencies for r in a.regulations))
    return {f for f in m.PUBLIC_INTEREST_FACTORS + m.COMMERCIAL_FACTORS
            if registry.cites(f"fees.waiver.factor.{f}", regs, request.date, statute=False)}


def fee_waiver(ctx) -> None:
    """A waiver argued factor by factor (mappings) must argue every factor the rule weighs."""
    fees = ctx.request.fees
    waiver = fees.waiver if fees is not None else None
    if waiver is None:
        return
    weighed = weighed_factors(ctx.request, ctx.registry)
    missing = []
    if waiver.public_interest_factors:
        missing += [("public_interest", f) for f in m.PUBLIC_INTEREST_FACTORS if f in weighed and f not in waiver.public_interest_factors]
    if waiver.commercial_factors and "interest" in weighed and "interest" not in waiver.commercial_factors:
        missing.append(("commercial_interest", "interest"))
    if not missing:
        return
    node = node_at(ctx.root, ctx.load_include, "fees", "waiver")
    for key in dict.fromkeys(k for k, _ in missing):
        factors = [f for k, f in missing if k == key]
        where = node.where(key) if node is not None else (ctx.root.where("fees") if ctx.root is not None else ctx.loc.fallback)
        names = " or ".join(f"'{f}' ({_FACTOR_WORDS[f]})" for f in factors)
        ctx.report("fee-waiver-factor-missing", where, f"the fee waiver's '{key}' argues no {names}")

