"""The editor's line items: a row per item of a new link (a saved price, or a custom amount
with currency and product), or the read-only list of a saved link's items.

It lays out and reads widgets; what is valid is :mod:`leanrails_desktop.core.link_form`'s job.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop.core import money
from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.link_form import (
    LINE_ITEMS_MAX,
    PRICE,
    PRICE_DATA,
    QUANTITY_MAX,
    LineItemForm,
)
from leanrails_desktop.core.links.editing import EditorState
from leanrails_desktop.ui.text import PlainLabel, left_to_right, plain_label, shown
from leanrails_desktop.ui.views.form_parts import error_label, hide_error
from leanrails_desktop.ui.views.wheel_guard import guard_wheel

PRODUCT_ID = Qt.ItemDataRole.UserRole + 1


class ProductCompleter(QCompleter):
    """Offers the account's products by name or id; picking one puts its id in the field."""

    def __init__(self, products: QStandardItemModel, parent: QLineEdit) -> None:
        super().__init__(products, parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(8)
        popup = self.popup()
        if popup is not None:
            popup.setAccessibleName(translate("LineItemsEditor", "Products of this account"))

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """The product's id (the list shows its name beside it)."""
        return str(index.data(PRODUCT_ID) or "")


def product_choices(products: list[tuple[str, str]]) -> list[QStandardItem]:
    """One completion entry per ``(product id, name)``: "Name — prod_…" (matched by either
    part), holding the id."""
    entries = []
    for product_id, name in products:
        entry = QStandardItem(f"{shown(name)} — {product_id}" if name else product_id)
        entry.setData(product_id, PRODUCT_ID)
        entry.setEditable(False)
        entries.append(entry)
    return entries


class LineItemRow(QFrame):
    """One editable line item: a price id, or a custom amount with currency and product."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(
        self, item: LineItemForm, number: int, products: QStandardItemModel | None = None
    ) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(
            translate("LineItemsEditor", "Line item {number}").format(number=number)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItem(translate("LineItemsEditor", "Custom amount"), PRICE_DATA)
        self.kind.addItem(translate("LineItemsEditor", "Saved price"), PRICE)
        self.kind.setAccessibleName(
            translate("LineItemsEditor", "Line item {number} type").format(number=number)
        )
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(10)
        self.kind.setToolTip(
            translate(
                "LineItemsEditor", "A custom amount, or a price you created in LeanRails (price_…)"
            )
        )
        self.quantity = QSpinBox()
        self.quantity.setRange(1, QUANTITY_MAX)
        self.quantity.setPrefix("× ")
        self.quantity.setAccessibleName(
            translate("LineItemsEditor", "Line item {number} quantity").format(number=number)
        )
        self.remove = QToolButton()
        self.remove.setText(translate("LineItemsEditor", "Remove"))
        self.remove.setAccessibleName(
            translate("LineItemsEditor", "Remove line item {number}").format(number=number)
        )
        top.addWidget(self.kind, 1)
        top.addWidget(self.quantity)
        top.addWidget(self.remove)
        layout.addLayout(top)

        self.price = QLineEdit()
        self.price.setPlaceholderText(translate("LineItemsEditor", "Price id, e.g. price_…"))
        self.price.setAccessibleName(
            translate("LineItemsEditor", "Line item {number} price id").format(number=number)
        )
        self.custom = QWidget()
        # Currency and amount on one line, the product on its own (its hint and the names
        # it offers need the width).
        custom = QVBoxLayout(self.custom)
        custom.setContentsMargins(0, 0, 0, 0)
        money_row = QHBoxLayout()
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems([c.upper() for c in money.COMMON_CURRENCIES])
        self.currency.setAccessibleName(
            translate("LineItemsEditor", "Line item {number} currency").format(number=number)
        )
        currency_edit = self.currency.lineEdit()
        if currency_edit is not None:
            currency_edit.setAccessibleName(
                translate("LineItemsEditor", "Line item {number} currency").format(number=number)
            )
        self.currency.setMinimumContentsLength(4)
        self.currency.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(money.format_major(0, "usd"))  # 0.00 or 0,00
        self.amount.setAccessibleName(
            translate("LineItemsEditor", "Line item {number} amount").format(number=number)
        )
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        left_to_right(self.amount)
        self.amount.setMinimumWidth(70)
        self.product = QLineEdit()
        self.product.setPlaceholderText(translate("LineItemsEditor", "Product id, e.g. prod_…"))
        self.product.setAccessibleName(
            translate("LineItemsEditor", "Line item {number} product id").format(number=number)
        )
        self.product.setToolTip(
            translate(
                "LineItemsEditor",
                "The product this amount is for: type its id, or part of its name",
            )
        )
        choices = products if products is not None else QStandardItemModel(self)
        self.product.setCompleter(ProductCompleter(choices, self.product))
        money_row.addWidget(self.currency)
        money_row.addWidget(self.amount, 1)
        custom.addLayout(money_row)
        custom.addWidget(self.product)
        layout.addWidget(self.price)
        layout.addWidget(self.custom)
        guard_wheel(self.kind, self.quantity, self.currency)
        self.error = error_label(f"line item {number}")
        layout.addWidget(self.error)

        self.set_item(item)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.price, self.amount, self.product):
            edit.textChanged.connect(self.changed)
        self.currency.currentTextChanged.connect(self.changed)
        self.quantity.valueChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        # What was said about this item may no longer hold once it changes.
        self.changed.connect(lambda: hide_error(self.error))

    def set_item(self, item: LineItemForm) -> None:
        self.kind.setCurrentIndex(0 if item.kind == PRICE_DATA else 1)
        self.price.setText(item.price)
        self.currency.setCurrentText(item.currency.upper())
        self.amount.setText(item.amount)
        self.product.setText(item.product)
        quantity = item.quantity.strip()
        self.quantity.setValue(int(quantity) if quantity.isdigit() else 1)
        self._kind_changed()

    def _kind_changed(self) -> None:
        custom = self.kind.currentData() == PRICE_DATA
        self.custom.setVisible(custom)
        self.price.setVisible(not custom)
        self.changed.emit()

    def focus_order(self) -> list[QWidget]:
        """The row's controls as they are laid out, left to right, top to bottom."""
        return [
            self.kind,
            self.quantity,
            self.remove,
            self.price,
            self.currency,
            self.amount,
            self.product,
        ]

    def item(self) -> LineItemForm:
        return LineItemForm(
            kind=str(self.kind.currentData()),
            price=self.price.text(),
            currency=self.currency.currentText(),
            product=self.product.text(),
            amount=self.amount.text(),
            quantity=str(self.quantity.value()),
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class LineItemsEditor(QWidget):
    """The rows of a new link's items with *Add line item*, or a saved link's items as text
    with *Duplicate to change items*. Emits ``changed`` on every edit."""

    changed = Signal()
    duplicate_requested = Signal()
    rows_changed = Signal()
    """A row came or went: the Tab order needs the new rows in their place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LineItemRow] = []
        self._saved_items: list[LineItemForm] = []
        self._syncing_currency = False
        self._state = EditorState.EMPTY
        self._products = QStandardItemModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.readonly = plain_label(role=translate("LineItemsEditor", "Saved line items"))
        self.readonly.setWordWrap(True)
        layout.addWidget(self.readonly)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("LineItemsEditor", "&Add line item"))
        self.add_button.setAccessibleName(translate("LineItemsEditor", "Add line item"))
        self.duplicate_button = QPushButton(
            translate("LineItemsEditor", "Du&plicate to change items")
        )
        self.duplicate_button.setAccessibleName(
            translate("LineItemsEditor", "Duplicate to change items")
        )
        self.duplicate_button.setToolTip(
            translate(
                "LineItemsEditor",
                "Line items of a saved link cannot change. A duplicate opens as a new link.",
            )
        )
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.duplicate_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error: PlainLabel = error_label("line items")
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self._add_blank_item)
        self.changed.connect(lambda: hide_error(self.error))
        self.duplicate_button.clicked.connect(self.duplicate_requested)

    # ------------------------------------------------------------------ showing

    def set_items(
        self, items: list[LineItemForm], state: EditorState, *, loaded: bool = True
    ) -> None:
        """Show ``items``: as editable rows (at least one) for a new link or none, or as
        read-only text for a saved link ("Loading…" until they are ``loaded``)."""
        for row in self._rows:
            self._drop_row(row)
        self._rows = []
        self._state = state
        self._saved_items = list(items)
        if state == EditorState.EDITING:
            self.readonly.setText(
                describe_items(items)
                if loaded
                else translate("LineItemsEditor", "Loading line items…")
            )
            self.readonly.show()
        else:
            self.readonly.hide()
            for item in items or [LineItemForm()]:
                self._add_row(item)
        self._update_buttons()
        self.rows_changed.emit()

    def set_saved_items(self, items: list[LineItemForm]) -> None:
        """A saved link's items arrived."""
        self._saved_items = list(items)
        self.readonly.setText(describe_items(items))

    def items(self) -> list[LineItemForm]:
        """The items as typed (a saved link's: as they were loaded)."""
        if self._state == EditorState.EDITING:
            return list(self._saved_items)
        return [row.item() for row in self._rows]

    def set_products(self, products: list[tuple[str, str]]) -> None:
        """The account's products, offered as the product field is typed in."""
        self._products.clear()
        for entry in product_choices(products):
            self._products.appendRow(entry)

    def focus_order(self) -> list[QWidget]:
        """Every control, row by row, then the buttons below them."""
        order: list[QWidget] = []
        for row in self._rows:
            order += row.focus_order()
        return [*order, self.add_button, self.duplicate_button]

    def rows(self) -> list[LineItemRow]:
        return list(self._rows)

    # ------------------------------------------------------------------ errors

    def clear_errors(self) -> None:
        self.error.clear()
        self.error.hide()
        for row in self._rows:
            row.show_error("")

    def error_label_for(self, index: int) -> PlainLabel:
        """Where an error about line item ``index`` is shown."""
        if 0 <= index < len(self._rows):
            return self._rows[index].error
        return self.error

    def widget_for(self, index: int, param: str) -> QWidget | None:
        """The field of line item ``index`` that ``param`` names, if it is shown."""
        if not 0 <= index < len(self._rows):
            return None
        row = self._rows[index]
        if "unit_amount" in param:
            return row.amount
        return row.price if param.endswith("[price]") else row.quantity

    # ------------------------------------------------------------------ rows

    def _add_blank_item(self) -> None:
        currency = self._rows[-1].item().currency if self._rows else "usd"
        self._add_row(LineItemForm(currency=currency))
        self.rows_changed.emit()
        self._rows[-1].amount.setFocus()
        self.changed.emit()

    def _add_row(self, item: LineItemForm) -> None:
        row = LineItemRow(item, len(self._rows) + 1, self._products)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove_row)
        row.currency.currentTextChanged.connect(lambda text, r=row: self._sync_currency(r, text))
        self._rows.append(row)
        self.rows_layout.addWidget(row)
        row.show()
        self._update_buttons()

    def _drop_row(self, row: LineItemRow) -> None:
        """Take ``row`` out of the form. It stays a hidden child until it is deleted: made
        parentless, it would be a window of its own, and one was seen drawn on screen."""
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _sync_currency(self, source: LineItemRow, text: str) -> None:
        """All line items share one currency: changing one changes the others."""
        if self._syncing_currency or len(text.strip()) != 3:
            return
        self._syncing_currency = True
        try:
            for row in self._rows:
                if row is not source and row.currency.currentText() != text:
                    row.currency.setCurrentText(text)
        finally:
            self._syncing_currency = False

    def _remove_row(self, row: LineItemRow) -> None:
        if len(self._rows) <= 1:
            return
        self._rows.remove(row)
        self._drop_row(row)
        self._update_buttons()
        self.rows_changed.emit()
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.add_button.setVisible(self._state == EditorState.NEW)
        self.add_button.setEnabled(len(self._rows) < LINE_ITEMS_MAX)
        self.duplicate_button.setVisible(self._state == EditorState.EDITING)
        for row in self._rows:
            row.remove.setEnabled(len(self._rows) > 1)


def describe_items(items: list[LineItemForm]) -> str:
    """A saved link's items as lines of text."""
    if not items:
        return translate("LineItemsEditor", "No line items.")
    lines = []
    for item in items:
        name = item.description or item.price
        if item.amount_total is not None:
            total = money.format_amount(item.amount_total, item.currency)
            lines.append(f"{item.quantity} × {name} — {total}")
        else:
            lines.append(f"{item.quantity} × {name}")
    fixed = translate("LineItemsEditor", "Line items of a saved link cannot be changed.")
    return "\n".join(lines) + "\n\n" + fixed
