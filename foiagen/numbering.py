"""Labels of numbered things: lettered (a, b, … aa) and roman (i, ii, …) counters, shared by the
spec's list reader and the templates' filters (light: no imports)."""


def letter_label(n: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa (as lawyers letter long sub-lists)."""
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("a") + rem) + out
    return out


def roman(n: int, upper: bool = True) -> str:
    """4 -> IV (or iv)."""
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = []
    for value, numeral in numerals:
        while n >= value:
            out.append(numeral)
            n -= value
    text = "".join(out)
    return text if upper else text.lower()
