"""The Retail sub-tab: a town's retail figures in, spending potential, centrality and flows out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout

from app.i18n import tr
from app.models.planning_models import PlanningTableModel
from app.services import planning_logic as logic
from app.widgets.planning_tab import ToolTab, fit_height, table_view


def _title(title: str, note: str) -> QLabel:
    label = QLabel(f"<b>{title}</b> <span style='color:#555'>— {note}</span>")
    label.setWordWrap(True)
    return label


class RetailTab(ToolTab):
    """Inputs per town and product group (editable), the figures derived from them below."""

    kind = "retail"

    def __init__(self, page: object) -> None:
        super().__init__(page)  # type: ignore[arg-type]
        self.inputs_model = PlanningTableModel(self)
        self.inputs_model.sig_edit.connect(self.edit_cell)
        self.inputs = table_view(self.inputs_model, "retail_inputs")
        self.inputs.horizontalHeader().setMinimumHeight(52)  # three wrapped lines (German groups)
        self.results_model = PlanningTableModel(self)
        self.results = table_view(self.results_model, "retail_results", stretch=True)
        self.results.horizontalHeader().setMinimumHeight(52)  # three wrapped lines (German groups)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            _title(
                tr("Inputs"),
                tr(
                    "type a value (empty removes it); product groups take population and "
                    "purchasing-power index from the town"
                ),
            )
        )
        layout.addWidget(self.inputs, 1)
        layout.addSpacing(6)
        layout.addWidget(
            _title(
                tr("Results"),
                tr(
                    "“—”: a needed input is missing (hover it for which); centrality 100 = "
                    "turnover equals spending potential"
                ),
            )
        )
        layout.addWidget(self.results, 1)

    def edit_cell(self, _table: str, row: int, col: int, text: str) -> bool:
        key, label, _unit = logic.RETAIL_FIELDS[row]
        where = (
            tr("the town")
            if col == 0
            else self.inputs_model.headerData(col, Qt.Orientation.Horizontal)
        )
        return self.edit(
            lambda s: logic.set_retail_value(s, col, key, text),
            tr("edit {input} of {where}").format(input=tr(label), where=where),
        )

    def show_set(self, pset: logic.PlanningSet | None) -> None:
        if pset is None:
            self.inputs_model.set_table(logic.empty_table("retail_inputs"))
            self.results_model.set_table(logic.empty_table("retail_results"))
            return
        self.inputs_model.set_table(logic.retail_inputs_table(pset))
        fit_height(self.inputs)
        try:
            table = logic.retail_results_table(pset)
        except Exception:
            self.results_model.set_table(logic.empty_table("retail_results"))
            raise
        self.results_model.set_table(table)
