"""The editor pane: every field of a checkout link, grouped, with errors shown on their field.

The pane only lays out and reads widgets. It hands the window a :class:`LinkForm` (exactly
what was typed) and shows the errors it is given, keyed by the API's param names; deciding
what is valid and what to send is :mod:`leanrails_desktop.core.link_form`'s job.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.link_form import (
    DESCRIPTION_MAX,
    HOSTED,
    MESSAGE_MAX,
    REDIRECT,
    TITLE_MAX,
    LinkForm,
)
from leanrails_desktop.core.links.editing import EditorState
from leanrails_desktop.core.locale import format_count
from leanrails_desktop.ui.text import left_to_right, plain_label
from leanrails_desktop.ui.views import theme
from leanrails_desktop.ui.views.field_errors import LIMIT, MESSAGE, REDIRECT_URL, FieldErrors
from leanrails_desktop.ui.views.form_parts import (
    SUBMIT_CHOICES,
    PlainText,
    chain_tab_order,
    holder_of,
    payments_spin_box,
    with_error_line,
)
from leanrails_desktop.ui.views.line_items_editor import LineItemRow, LineItemsEditor
from leanrails_desktop.ui.views.link_status import LinkStatusRow
from leanrails_desktop.ui.views.metadata_editor import MetadataEditor
from leanrails_desktop.ui.views.wheel_guard import guard_wheel


class EditorPane(QWidget):
    """Form for a new link or a saved one. Emits ``changed`` on every edit."""

    changed = Signal()
    save_requested = Signal()
    discard_requested = Signal()
    duplicate_requested = Signal()
    toggle_active_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("EditorPane", "Link editor"))
        self._state = EditorState.EMPTY
        self._loading = False
        self.items = LineItemsEditor()
        self.errors = FieldErrors(self.items)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.header = plain_label(
            translate("EditorPane", "No link selected"),
            role=translate("EditorPane", "Editor state"),
        )
        self.header.setObjectName("editorHeader")
        self.header.setStyleSheet(theme.EDITOR_HEADER)
        self.header.setWordWrap(True)
        outer.addWidget(self.header)
        self.banner = plain_label(role=translate("EditorPane", "Problem with this link"))
        self.banner.setWordWrap(True)
        self.banner.setObjectName("editorBanner")
        self.banner.setStyleSheet(theme.PROBLEM_BANNER)
        self.banner.hide()
        outer.addWidget(self.banner)
        # The status of a saved link stays in view above the form.
        self.status_row = LinkStatusRow()
        self.status_label = self.status_row.label
        self.status_icon = self.status_row.icon
        self.toggle_active_button = self.status_row.toggle_button
        self.errors.add("active", self.status_row.error)
        self.toggle_active_button.clicked.connect(self.toggle_active_requested)
        outer.addWidget(self.status_row)

        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setAccessibleName(translate("EditorPane", "Link form"))
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.form_scroll.setWidget(body)
        outer.addWidget(self.form_scroll, 1)
        self._build_basics()
        self._build_items()
        self._build_after()
        self._build_checkout()
        self._build_metadata()
        self._build_status()
        self.body_layout.addStretch(1)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(6, 6, 6, 6)
        self.discard_button = QPushButton(translate("EditorPane", "&Discard changes"))
        self.discard_button.setAccessibleName(translate("EditorPane", "Discard changes"))
        self.save_button = QPushButton(translate("EditorPane", "&Save"))
        self.save_button.setAccessibleName(translate("EditorPane", "Save link"))
        self.save_button.setDefault(True)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.discard_button.clicked.connect(self.discard_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.items.rows_changed.connect(self._update_tab_order)
        self.set_empty()

    # ------------------------------------------------------------------ building

    def _group(self, title: str) -> QGroupBox:
        box = QGroupBox(title)
        box.setAccessibleName(title.replace("&", ""))
        self.body_layout.addWidget(box)
        return box

    def _field(self, form: QFormLayout, label: str, widget: QWidget, param: str) -> None:
        holder, error = with_error_line(widget, param)
        self.errors.add(param, error, widget)
        if not label:
            # No caption widget at all: an empty label would be read to screen readers as
            # the group's title ("Checkout page"), once per row.
            form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, holder)
            return
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, holder)

    def _build_basics(self) -> None:
        box = self._group(translate("EditorPane", "Basics"))
        form = QFormLayout(box)
        self.title = QLineEdit()
        self.title.setMaxLength(TITLE_MAX + 50)
        self.title.setPlaceholderText(translate("EditorPane", "What the customer is paying for"))
        self.title.setAccessibleName(translate("EditorPane", "Title"))
        self.description = PlainText(3)
        self.description.setPlaceholderText(
            translate("EditorPane", "Optional, up to {max} characters").format(
                max=format_count(DESCRIPTION_MAX)
            )
        )
        self.description.setAccessibleName(translate("EditorPane", "Description"))
        self._field(form, translate("EditorPane", "&Title"), self.title, "title")
        self._field(form, translate("EditorPane", "D&escription"), self.description, "description")
        self._edited_by(self.title.textChanged, "title")
        self._edited_by(self.description.textChanged, "description")

    def _build_items(self) -> None:
        box = self._group(translate("EditorPane", "Line items"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.items)
        self.items_readonly = self.items.readonly
        self.add_item_button = self.items.add_button
        self.duplicate_button = self.items.duplicate_button
        self.items_error = self.items.error
        self.errors.add("line_items", self.items_error)
        self.items.changed.connect(self._emit_changed)
        self.items.duplicate_requested.connect(self.duplicate_requested)

    def _build_after(self) -> None:
        box = self._group(translate("EditorPane", "After payment"))
        form = QFormLayout(box)
        self.after_hosted = QRadioButton(translate("EditorPane", "Show a &confirmation page"))
        self.after_redirect = QRadioButton(translate("EditorPane", "&Redirect to my website"))
        self.after_hosted.setAccessibleName(
            translate("EditorPane", "Show a confirmation page after payment")
        )
        self.after_redirect.setAccessibleName(
            translate("EditorPane", "Redirect to my website after payment")
        )
        group = QButtonGroup(self)
        group.addButton(self.after_hosted)
        group.addButton(self.after_redirect)
        choice = QWidget()
        choice_layout = QVBoxLayout(choice)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.addWidget(self.after_hosted)
        choice_layout.addWidget(self.after_redirect)
        form.addRow(choice)
        self.custom_message = PlainText(2)
        self.custom_message.setPlaceholderText(
            translate("EditorPane", "Optional thank-you message, up to {max} characters").format(
                max=format_count(MESSAGE_MAX)
            )
        )
        self.custom_message.setAccessibleName(translate("EditorPane", "Confirmation message"))
        self.redirect_url = QLineEdit()
        self.redirect_url.setPlaceholderText("https://example.com/thank-you")
        left_to_right(self.redirect_url)
        self.redirect_url.setAccessibleName(translate("EditorPane", "Redirect address"))
        self._field(form, translate("EditorPane", "&Message"), self.custom_message, MESSAGE)
        self._field(form, translate("EditorPane", "Add&ress"), self.redirect_url, REDIRECT_URL)
        self._message_holder = holder_of(self.custom_message)
        self._redirect_holder = holder_of(self.redirect_url)
        self._after_form = form
        self.after_hosted.toggled.connect(self._after_changed)
        self.errors.clears_on(self.after_hosted.toggled, MESSAGE, REDIRECT_URL)
        self._edited_by(self.custom_message.textChanged, MESSAGE)
        self._edited_by(self.redirect_url.textChanged, REDIRECT_URL)

    def _build_checkout(self) -> None:
        box = self._group(translate("EditorPane", "Checkout page"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long words: no h-scroll
        self.submit_type = QComboBox()
        for value, text in SUBMIT_CHOICES:
            self.submit_type.addItem(translate("EditorPane", text), value)
        self.submit_type.setAccessibleName(translate("EditorPane", "Button text"))
        self.submit_type.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.submit_type.setMinimumContentsLength(12)
        self._field(form, translate("EditorPane", "&Button"), self.submit_type, "submit_type")
        self.billing_required = QCheckBox(
            translate("EditorPane", "Always ask for a billing &address")
        )
        self.billing_required.setAccessibleName(translate("EditorPane", "Require billing address"))
        self._field(form, "", self.billing_required, "billing_address_collection")
        self.promo_codes = QCheckBox(translate("EditorPane", "Allow pr&omotion codes"))
        self.promo_codes.setAccessibleName(translate("EditorPane", "Allow promotion codes"))
        self._field(form, "", self.promo_codes, "allow_promotion_codes")
        limit_row = QWidget()
        limit_layout = QHBoxLayout(limit_row)
        limit_layout.setContentsMargins(0, 0, 0, 0)
        self.limit_enabled = QCheckBox(translate("EditorPane", "Stop after"))
        self.limit_enabled.setAccessibleName(translate("EditorPane", "Limit completed payments"))
        self.limit = payments_spin_box()
        self.limit.setAccessibleName(translate("EditorPane", "Completed payments limit"))
        guard_wheel(self.submit_type, self.limit)
        limit_layout.addWidget(self.limit_enabled)
        limit_layout.addWidget(self.limit)
        limit_layout.addStretch(1)
        self._field(form, translate("EditorPane", "&Limit"), limit_row, LIMIT)
        self._edited_by(self.submit_type.currentIndexChanged, "submit_type")
        self._edited_by(self.billing_required.toggled, "billing_address_collection")
        self._edited_by(self.promo_codes.toggled, "allow_promotion_codes")
        self.limit_enabled.toggled.connect(self._limit_toggled)
        self.errors.clears_on(self.limit_enabled.toggled, LIMIT)
        self._edited_by(self.limit.valueChanged, LIMIT)

    def _build_metadata(self) -> None:
        box = self._group(translate("EditorPane", "Metadata"))
        layout = QVBoxLayout(box)
        self.metadata_editor = MetadataEditor()
        layout.addWidget(self.metadata_editor)
        self.metadata = self.metadata_editor.table
        self.add_metadata_button = self.metadata_editor.add_button
        self.remove_metadata_button = self.metadata_editor.remove_button
        self.metadata_error = self.metadata_editor.error
        self.errors.add("metadata", self.metadata_error)
        self.metadata_editor.changed.connect(self._emit_changed)

    def _build_status(self) -> None:
        box = self._group(translate("EditorPane", "When switched off"))
        form = QFormLayout(box)
        self.inactive_message = PlainText(2)
        self.inactive_message.setPlaceholderText(
            translate("EditorPane", "What visitors see while the link is off")
        )
        self.inactive_message.setAccessibleName(translate("EditorPane", "Inactive message"))
        self._field(
            form,
            translate("EditorPane", "&Inactive message"),
            self.inactive_message,
            "inactive_message",
        )
        self._edited_by(self.inactive_message.textChanged, "inactive_message")
        self.status_box = box
        self._active = True

    # ------------------------------------------------------------------ behaviour

    def _edited_by(self, signal: SignalInstance, param: str) -> None:
        """``signal`` means the field of ``param`` was edited."""
        signal.connect(self._emit_changed)
        self.errors.clears_on(signal, param)

    def _update_tab_order(self) -> None:
        """Tab follows the form top to bottom, line items in their order, Save last."""
        chain_tab_order(
            [
                self.toggle_active_button,
                self.title,
                self.description,
                *self.items.focus_order(),
                self.after_hosted,
                self.after_redirect,
                self.custom_message,
                self.redirect_url,
                self.submit_type,
                self.billing_required,
                self.promo_codes,
                self.limit_enabled,
                self.limit,
                self.metadata,
                self.add_metadata_button,
                self.remove_metadata_button,
                self.inactive_message,
                self.discard_button,
                self.save_button,
            ]
        )

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _after_changed(self) -> None:
        hosted = self.after_hosted.isChecked()
        self._after_form.setRowVisible(self._message_holder, hosted)
        self._after_form.setRowVisible(self._redirect_holder, not hosted)
        self._emit_changed()

    def _limit_toggled(self, on: bool) -> None:
        self.limit.setEnabled(on)
        self._emit_changed()

    # ------------------------------------------------------------------ public

    @property
    def state(self) -> EditorState:
        return self._state

    def set_empty(self) -> None:
        self._state = EditorState.EMPTY
        self.set_form(LinkForm(), EditorState.EMPTY)
        self.header.setText(
            translate("EditorPane", "Select a link, or press Ctrl+N to create one.")
        )
        self.setEnabled(True)

    def set_form(
        self, form: LinkForm, state: EditorState, *, link_label: str = "", items_loaded: bool = True
    ) -> None:
        """Show ``form`` without emitting ``changed``."""
        self._loading = True
        try:
            self._state = state
            self.clear_errors()
            self.title.setText(form.title)
            self.description.setPlainText(form.description)
            self.items.set_items(form.line_items, state, loaded=items_loaded)
            self.after_redirect.setChecked(form.after_completion_type == REDIRECT)
            self.after_hosted.setChecked(form.after_completion_type != REDIRECT)
            self.custom_message.setPlainText(form.custom_message)
            self.redirect_url.setText(form.redirect_url)
            self._after_changed()
            index = self.submit_type.findData(form.submit_type)
            self.submit_type.setCurrentIndex(max(index, 0))
            self.billing_required.setChecked(form.billing_address_collection == "required")
            self.promo_codes.setChecked(form.allow_promotion_codes)
            self.limit_enabled.setChecked(form.limit_enabled)
            self.limit.setEnabled(form.limit_enabled)
            limit = form.limit.strip()
            self.limit.setValue(int(limit) if limit.isdigit() else 1)
            self.metadata_editor.set_pairs(form.metadata)
            self._active = form.active
            self.inactive_message.setPlainText(form.inactive_message)
            self.status_box.setVisible(state == EditorState.EDITING)
            self.status_row.setVisible(state == EditorState.EDITING)
            self._update_status()
            editing_allowed = state != EditorState.EMPTY
            for widget in self._editable_widgets():
                widget.setEnabled(editing_allowed)
            self._link_label = link_label
            self.set_dirty(False)
        finally:
            self._loading = False

    def start_at_top(self, *, focus_title: bool = True) -> None:
        """Scroll the form back to its first field, and put the cursor in Title."""
        self.form_scroll.verticalScrollBar().setValue(0)
        self.form_scroll.horizontalScrollBar().setValue(0)
        if focus_title:
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_items_loaded(self, form: LinkForm) -> None:
        """Line items of a saved link arrived: show them (they are read-only)."""
        self.items.set_saved_items(form.line_items)

    def _editable_widgets(self) -> list[QWidget]:
        return [
            self.title,
            self.description,
            self.items,
            self.after_hosted,
            self.after_redirect,
            self.custom_message,
            self.redirect_url,
            self.submit_type,
            self.billing_required,
            self.promo_codes,
            self.limit_enabled,
            self.metadata,
            self.add_metadata_button,
            self.remove_metadata_button,
            self.save_button,
            self.discard_button,
        ]

    def _update_status(self) -> None:
        self.status_row.set_active(self._active)

    def set_dirty(self, dirty: bool) -> None:
        """Update the header and buttons for new / editing / unsaved states."""
        if self._state == EditorState.EMPTY:
            self.save_button.setEnabled(False)
            self.discard_button.setEnabled(False)
            return
        if self._state == EditorState.NEW:
            self.header.setText(translate("EditorPane", "New link — not saved yet"))
            self.save_button.setText(translate("EditorPane", "&Create link"))
            self.save_button.setEnabled(True)
            self.discard_button.setEnabled(True)
        else:
            label = self._link_label
            self.header.setText(
                translate("EditorPane", "Editing “{label}” — unsaved changes").format(label=label)
                if dirty
                else translate("EditorPane", "Editing “{label}”").format(label=label)
            )
            self.save_button.setText(translate("EditorPane", "&Save changes"))
            self.save_button.setEnabled(dirty)
            self.discard_button.setEnabled(dirty)
        self.header.setStyleSheet(
            theme.EDITOR_HEADER_UNSAVED
            if dirty or self._state == EditorState.NEW
            else theme.EDITOR_HEADER
        )

    def form(self) -> LinkForm:
        """Everything as typed."""
        items = self.items.items()
        return LinkForm(
            title=self.title.text(),
            description=self.description.toPlainText(),
            line_items=items,
            after_completion_type=REDIRECT if self.after_redirect.isChecked() else HOSTED,
            custom_message=self.custom_message.toPlainText(),
            redirect_url=self.redirect_url.text(),
            submit_type=str(self.submit_type.currentData()),
            billing_address_collection="required" if self.billing_required.isChecked() else "auto",
            allow_promotion_codes=self.promo_codes.isChecked(),
            limit_enabled=self.limit_enabled.isChecked(),
            limit=str(self.limit.value()) if self.limit_enabled.isChecked() else "",
            metadata=self.metadata_editor.pairs(),
            active=self._active,
            inactive_message=self.inactive_message.toPlainText(),
        )

    def clear_errors(self) -> None:
        self.errors.clear()
        self.banner.hide()

    def show_errors(self, errors: dict[str, str], *, banner: str = "") -> None:
        """Show each error under the field its param names; others in the banner."""
        self.banner.hide()
        unplaced = self.errors.show(errors)
        if banner or unplaced:
            self.banner.setText("\n".join([banner, *unplaced]).strip())
            self.banner.show()

    def set_active(self, active: bool) -> None:
        self._active = active
        self._update_status()

    def error_text(self, param: str) -> str:
        """The error currently shown for ``param`` (for tests and accessibility)."""
        return self.errors.text(param)

    def set_products(self, products: list[tuple[str, str]]) -> None:
        """``(product id, name)`` of the account's products, offered in the product field."""
        self.items.set_products(products)

    def line_item_rows(self) -> list[LineItemRow]:
        return self.items.rows()
