"""Money as integer minor units with an ISO 4217 currency code; never floats."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from crmdesk.errors import CrmError

# Currencies whose minor unit is not 1/100.
_EXPONENTS = {"JPY": 0, "KRW": 0, "VND": 0, "CLP": 0, "ISK": 0, "BHD": 3, "KWD": 3, "OMR": 3}


def exponent(currency: str) -> int:
    """Digits after the decimal point for the currency."""
    return _EXPONENTS.get(currency.upper(), 2)


@dataclass(frozen=True, order=True)
class Money:
    """An amount in minor units of one currency."""

    minor: int
    currency: str

    @classmethod
    def parse(cls, text: str, currency: str) -> Money:
        """Parse ``1,234.50`` into minor units; CrmError when it is not an amount."""
        code = currency.strip().upper()
        if len(code) != 3 or not code.isalpha():
            raise CrmError(f"'{currency}' is not a currency code such as THB, TWD or USD.")
        try:
            value = Decimal(text.strip().replace(",", "").replace("_", ""))
        except InvalidOperation as exc:
            raise CrmError(f"'{text}' is not an amount.") from exc
        if not value.is_finite():
            raise CrmError(f"'{text}' is not an amount.")
        scaled = (value * (10 ** exponent(code))).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return cls(int(scaled), code)

    def to_decimal(self) -> Decimal:
        return Decimal(self.minor).scaleb(-exponent(self.currency))

    def format(self) -> str:
        """``1,234.50 THB``."""
        exp = exponent(self.currency)
        return f"{self.to_decimal():,.{exp}f} {self.currency}"
