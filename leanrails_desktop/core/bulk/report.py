"""The report of an import: one row per planned link with its line, status, link id and
address — a CSV a spreadsheet opens, and that a QR export or a print sheet can take."""

from __future__ import annotations

import csv
from pathlib import Path

from leanrails_desktop.core.bulk.plan import ImportPlan
from leanrails_desktop.core.bulk.send import CREATED, NOT_SENT, ImportResult
from leanrails_desktop.core.bulk.sheet import SheetError, read_sheet
from leanrails_desktop.core.exports.atomic import atomic_text
from leanrails_desktop.core.exports.csv import neutralize

REPORT_COLUMNS = ("line", "status", "id", "url", "title", "error")
"""``id`` and ``url`` carry the names the app's own exports use for a link's id and address."""


def default_report_path(source: Path) -> Path:
    """``catalogue.csv`` → ``catalogue-report.csv``, next to the file imported."""
    return source.with_name(f"{source.stem}-report.csv")


def report_rows(plan: ImportPlan, result: ImportResult | None) -> list[list[str]]:
    """The report's rows (without the header), in the plan's order. Without a result (a
    dry run), valid links are "valid" and the others "refused"."""
    outcome = {} if result is None else {r.group: r for r in result.results}
    rows: list[list[str]] = []
    for link in plan.links:
        lines = "–".join(str(n) for n in sorted({link.lines[0], link.lines[-1]}))
        done = outcome.get(link.group)
        if done is None:
            status = "valid" if link.ok else "refused"
            error = "; ".join(p.message for p in link.problems)
            rows.append([lines, status, "", "", link.form.title, error])
            continue
        status = "refused" if done.status == NOT_SENT and not link.ok else done.status
        if done.status == CREATED:
            rows.append([lines, status, done.link_id, done.url, link.form.title, ""])
        else:
            rows.append([lines, status, "", "", link.form.title, done.error])
    return rows


def write_report(path: Path, plan: ImportPlan, result: ImportResult | None) -> int:
    """Write the report atomically (readable by its user only); returns its data rows.
    Cells a spreadsheet would run as formulas are written as text."""
    rows = report_rows(plan, result)
    with atomic_text(path, encoding="utf-8-sig") as stream:
        writer = csv.writer(stream, dialect="excel", lineterminator="\r\n")
        writer.writerow(REPORT_COLUMNS)
        for row in rows:
            writer.writerow([neutralize(cell) for cell in row])
    return len(rows)


def link_ids_in(path: Path) -> list[str]:
    """The link ids listed in a CSV or workbook: its ``id`` column (an import report, the
    app's per-link export) or ``link_id`` (the per-line-item export), each once, in order;
    rows without one (a refused row of a report) are passed over. Raises SheetError."""
    sheet = read_sheet(path)
    names = [name.strip().lower() for name in sheet.header]
    column = next((names.index(n) for n in ("id", "link_id") if n in names), None)
    if column is None:
        raise SheetError(f"{path.name} has no “id” column of links.")
    seen: dict[str, None] = {}
    for row in sheet.rows:
        value = row.cells[column].strip() if column < len(row.cells) else ""
        if value.startswith("cl_"):
            seen.setdefault(value)
    return list(seen)
