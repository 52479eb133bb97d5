"""Drill steps on the Business page: fields, opening hours, country mix, minimum service."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtTest import QTest

from continuity_app.core.plan import WEEKDAYS
from continuity_app.gui.session_drill.keyboard import WORDS, DrillInput, _keys


class BusinessSteps(DrillInput):
    """Steps that edit the business as its owner would on the Business page."""

    def business_field(self) -> None:
        page = self.business
        self._show(page)
        rng = self.rng
        choice = rng.choice(
            ("spin", "spin", "name", "sector", "rate", "rate", "margin", "clv", "combo")
        )
        before = self.open_plan.plan
        if choice == "spin":
            spin, typed, maximum = rng.choice(
                (
                    (page.staff, rng.randrange(0, 200), 500),
                    (page.staff_hourly_cost, rng.uniform(1, 900), 1e6),
                    (page.max_loss, rng.uniform(100, 900_000), 1e9),
                    (page.trials, rng.choice((500, 1000, 2000, 3000)), 3000),
                    (page.seed, rng.randrange(0, 10_000), 1e9),
                )
            )
            if rng.random() < 0.15:  # letters in a spin box: the validator keeps them out
                spin.lineEdit().selectAll()
                value = spin.value()
                _keys(spin.lineEdit(), "abc")
                QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
                if spin.value() != value:
                    raise AssertionError(f"typing letters changed a spin box to {spin.value()}")
                return
            self._spin(spin, typed, maximum)
            return
        if choice == "combo":
            self._combo_key(rng.choice((page.currency, page.loss_basis, page.reference_scenario)))
            return
        edit, key, good = {
            "name": (page.name, "name", lambda: " ".join(rng.sample(WORDS, 2))),
            "sector": (page.sector, "sector", lambda: rng.choice(WORDS)),
            "rate": (page.usd_rate, "usd_rate", lambda: self._number(rng.uniform(0.5, 4000), 3)),
            "margin": (
                page.gross_margin,
                "gross_margin",
                lambda: self._range(rng.uniform(5, 90), 100),
            ),
            "clv": (page.lifetime_value, "customer_lifetime_value", lambda: self._range(500, 1e5)),
        }[choice]
        if not edit.isEnabled():
            return  # greyed (the margin while losses count lost sales): nobody can type there
        if rng.random() < 0.3 and choice in ("rate", "margin", "clv", "name"):
            text = "" if choice == "name" else self._bad_text()
            if choice == "margin" and rng.random() < 0.5:
                text = self._number(rng.uniform(101, 300))  # out of range
            self._type(edit, text)
            self._refuse_unless_changed(before, text, lambda: page._errors[key].text())
            if rng.random() < 0.5:
                QTest.keyClick(edit, Qt.Key.Key_Return)
            return
        self._type(edit, good())

    def opening_hours(self) -> None:
        page = self.business
        self._show(page)
        day = self.rng.choice(WEEKDAYS)
        edit = page.hours[day]
        before = self.open_plan.plan
        start = self.rng.randrange(5, 12)
        good = [
            f"{start:02d}:00-{start + 4:02d}:30",
            f"{start:02d}:00-13:00, 16:00-{self.rng.randrange(18, 23)}:00",
            "",
        ]
        if self.rng.random() < 0.3:
            text = self.rng.choice(("9-5x", "14:00-13:00", "lunch", "25:00-26:00"))
            self._type(edit, text)
            self._refuse_unless_changed(before, text, lambda: page._errors[f"hours.{day}"].text())
            return
        self._type(edit, self.rng.choice(good))

    def country_mix(self) -> None:
        page = self.business
        self._show(page)
        roll = self.rng.random()
        if roll < 0.2 and page.countries.rowCount() < 6:
            page.add_country.click()
        elif roll < 0.35 and page.remove_country.isEnabled():
            page.countries.setCurrentCell(self.rng.randrange(page.countries.rowCount()), 0)
            page.remove_country.click()
        elif roll < 0.5:
            combo = page.countries.cellWidget(self.rng.randrange(page.countries.rowCount()), 0)
            self._combo_key(combo)
        else:
            rows = page.countries.rowCount()
            # make the shares add up again now and then, like a user fixing the total
            if rows and self.rng.random() < 0.6:
                shares = [100 // rows] * rows
                shares[0] += 100 - sum(shares)
                for row, share in enumerate(shares):
                    spin = page.countries.cellWidget(row, 1)
                    if spin.value() != share:
                        self._spin(spin, share, 100)
                        spin.lineEdit().selectAll()
                        _keys(spin.lineEdit(), self._number(share, 1, spin.locale()))
                        QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
            else:
                spin = page.countries.cellWidget(self.rng.randrange(rows), 1)
                self._spin(spin, self.rng.uniform(1, 99), 100)

    def minimum_service(self) -> None:
        page = self.business
        self._show(page)
        if not page.mbco.rowCount():
            return
        row = self.rng.randrange(page.mbco.rowCount())
        column = self.rng.choice((1, 1, 2))
        spin = page.mbco.cellWidget(row, column)
        if not spin.isEnabled():
            spin = page.mbco.cellWidget(row, 1)
            column = 1
        maximum = 100 if column == 1 else 168
        self._spin(spin, self.rng.uniform(0, maximum), maximum)
