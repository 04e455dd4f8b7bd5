"""The CSV export in the merchant's locale: the formatted total follows it, the raw
minor-unit columns and the re-importable line_items column never change."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.bulk import plan_import
from leanrails_desktop.core.bulk.sheet import read_csv_bytes
from leanrails_desktop.core.exports.csv import export_links_csv
from leanrails_desktop.core.locale import using_locale

NBSP = "\u00a0"
LINK = CheckoutLink(id="cl_000000000001", url="https://checkout.leanrails.com/cl/cl_000000000001",
                    title="Pottery course", created=1742025600, currency="usd")
ITEMS = [
    LineItem(id="clli_1", price="", product="prod_kurs", quantity=1, amount_subtotal=123450,
             amount_total=123450, currency="usd", description="prod_kurs"),
    LineItem(id="clli_2", price="", product="prod_ton", quantity=2, amount_subtotal=2500,
             amount_total=2500, currency="usd", description="prod_ton"),
]


def export(path: Path, **options: bool) -> list[dict[str, str]]:
    export_links_csv(path, [LINK], line_items_for=lambda _link: ITEMS, **options)
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


@pytest.mark.parametrize(
    ("locale", "formatted"),
    [("en_US", "$1,259.50"), ("de_DE", f"1.259,50{NBSP}$"), ("fr_FR", f"1\u202f259,50{NBSP}$US"),
     ("ja_JP", "$1,259.50")],
)
def test_the_formatted_total_follows_the_locale_and_the_raw_columns_do_not(
    tmp_path: Path, locale: str, formatted: str
) -> None:
    with using_locale(locale):
        row = export(tmp_path / "links.csv")[0]
        items = export(tmp_path / "items.csv", per_line_item=True)
    assert row["amount_total_formatted"] == formatted
    assert row["amount_total"] == "125950"
    assert row["created"] == "2025-03-15T08:00:00Z"
    assert row["line_items"] == "1 × prod_kurs ($1,234.50); 2 × prod_ton ($12.50)"
    assert [i["unit_amount"] for i in items] == ["123450", "1250"]
    assert [i["amount_total"] for i in items] == ["123450", "2500"]


def test_a_german_export_imports_back_anywhere(tmp_path: Path) -> None:
    with using_locale("de_DE"):
        export(tmp_path / "links.csv")
    data = (tmp_path / "links.csv").read_bytes()
    for locale in ("de_DE", "en_US", "fr_FR"):
        with using_locale(locale):
            result = plan_import(read_csv_bytes(data))
        assert result.ok, (locale, result.all_problems())
        params = result.links[0].params
        assert params is not None
        assert [(i["quantity"], i["price_data"]["unit_amount"]) for i in params["line_items"]] == [
            (1, 123450), (2, 1250)
        ]
