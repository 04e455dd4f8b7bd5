"""Rows into link forms: grouping, the form's rules, problems named by line and column."""

from __future__ import annotations

from leanrails_desktop.core.bulk import plan_import
from leanrails_desktop.core.bulk.sheet import read_csv_bytes


def plan(text: str):  # type: ignore[no-untyped-def]
    return plan_import(read_csv_bytes(text.encode("utf-8")))


HEAD = "link,title,currency,amount,quantity,product,price,Colour\n"


def test_rows_sharing_a_link_become_one_link_with_several_items() -> None:
    result = plan(
        HEAD
        + "w1,Pottery,EUR,\"1.234,50\",2,prod_a,,red\n"
        + ",Solo,USD,35.00,1,prod_s,,\n"
        + "w1,,EUR,\"35,00\",1,prod_b,,\n"
        + "w2,Saved price,,,3,,price_123,\n"
    )
    assert result.ok, result.all_problems()
    assert result.ignored_columns == ("Colour",)
    assert [link.lines for link in result.links] == [(2, 4), (3,), (5,)]
    pottery = result.links[0].params
    assert pottery is not None
    assert pottery["title"] == "Pottery"
    assert [i["price_data"]["unit_amount"] for i in pottery["line_items"]] == [123450, 3500]
    assert result.links[0].total() == "€2,504.00"
    assert result.links[2].params == {
        "title": "Saved price", "line_items": [{"price": "price_123", "quantity": 3}]
    }


def test_problems_are_named_by_line_and_column_in_the_forms_words() -> None:
    result = plan(
        HEAD
        + ",Fine,USD,35,1,prod_a,,\n"
        + ",Too precise,USD,12.345,1,prod_a,,\n"
        + ",,USD,5,1,prod_a,,\n"
        + ",No currency,,5,1,prod_a,,\n"
        + ",Many,JPY,3500,1000,prod_a,,\n"
        + ",Kuwait,KWD,\"1,500\",1,prod_a,,\n"
        + ",Product,USD,5,1,prod a,,\n"
    )
    assert not result.ok
    shown = [str(p) for p in result.all_problems()]
    assert shown == [
        "line 3, amount: 12.345 has more decimals than USD allows (only 2 decimals); "
        "if the dot groups thousands, write 12345.",
        "line 4, title: The title is required.",
        "line 5, currency: Enter the currency, three letters such as USD.",
        "line 6, quantity: Quantity must be a whole number from 1 to 999.",
        "line 7, amount: “1,500” is ambiguous in KWD: it could be 1.500 or 1500; "
        "write it with a dot for decimals, such as 1.500.",
        "line 8, product: A product id looks like prod_8mn4qr7vw2xz.",
    ]
    assert [link.ok for link in result.links] == [True, *[False] * 6]


def test_item_problem_points_at_the_row_of_that_item() -> None:
    result = plan(
        HEAD
        + "w,Two items,USD,5,1,prod_a,,\n"
        + "w,,EUR,5,1,prod_b,,\n"
    )
    assert [str(p) for p in result.all_problems()] == [
        "line 3, currency: All line items must use one currency; the first uses USD."
    ]


def test_link_columns_must_agree_within_a_link() -> None:
    result = plan(HEAD + "w,One,USD,5,1,prod_a,,\n" + "w,Other,USD,5,1,prod_b,,\n")
    (problem,) = result.all_problems()
    assert (problem.line, problem.column) == (3, "title")
    assert "differs from line 2" in problem.message


def test_optional_form_fields_under_the_export_names() -> None:
    result = plan(
        "title,currency,amount,product,description,submit_type,billing_address_collection,"
        "allow_promotion_codes,redirect_url,completed_sessions_limit,metadata,active,"
        "inactive_message\n"
        'Tour,usd,10,prod_t,A day out,book,required,true,https://example.com/thanks,5,'
        '"{""season"": ""summer""}",false,Sold out\n'
        "Bad,usd,10,prod_t,,shout,sometimes,maybe,http://example.com,0,[1],perhaps,\n"
    )
    good, bad = result.links
    assert good.params == {
        "title": "Tour",
        "line_items": [{"price_data": {"currency": "usd", "product": "prod_t",
                                       "unit_amount": 1000}, "quantity": 1}],
        "description": "A day out",
        "after_completion": {"type": "redirect",
                             "redirect": {"url": "https://example.com/thanks"}},
        "billing_address_collection": "required",
        "allow_promotion_codes": True,
        "restrictions": {"completed_sessions": {"limit": 5}},
        "submit_type": "book",
        "metadata": {"season": "summer"},
    }
    assert not good.form.active and good.form.inactive_message == "Sold out"
    columns = sorted(p.column for p in bad.problems)
    assert columns == sorted([
        "allow_promotion_codes", "active", "metadata", "redirect_url", "submit_type",
        "billing_address_collection", "completed_sessions_limit",
    ])
    assert all(p.line == 3 for p in bad.problems)


def test_missing_title_column_and_empty_sheet() -> None:
    assert [str(p) for p in plan("name,amount\n").all_problems()] == [
        "line 1: The sheet has no “title” column; every link needs one.",
        "line 1: The sheet has a header but no rows to import.",
    ]
