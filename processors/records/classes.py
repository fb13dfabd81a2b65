"""Weapon classes of the Air Force attack table: which models are drones, missiles, bombs.

The built-in table mirrors `missiles_and_uavs.csv` of the dataset plus the nine
models that file lacks (mapped by hand as the dataset README says), so importing
history never needs the class file; when it is next to the attack table it is
read too and wins for the models it lists.
"""

from __future__ import annotations

import csv
from pathlib import Path

# category as in missiles_and_uavs.csv
_BUILTIN: dict[str, str] = {
    **dict.fromkeys(
        [
            "Eleron",
            "Forpost",
            "Granat-4",
            "Kub",
            "Lancet",
            "Merlin-VR",
            "Mohajer-6",
            "Orion",
            "Orlan-10",
            "Orlan-10 and Orlan-30 and ZALA and Supercam",
            "Orlan-10 and Supercam",
            "Orlan-10 and ZALA",
            "Orlan-10 and ZALA and Supercam",
            "Orlan-30",
            "Reconnaissance UAV",
            "Shahed-136/131",
            "Shahed-136/131 and Lancet",
            "Supercam",
            "Unknown UAV",
            "ZALA",
            "Молнія",
            "Молнія and Lancet",
            # missing from the class file: Russian reconnaissance/strike UAVs
            "Картограф",
            "Привет-82",
            "Фенікс",
        ],
        "UAV",
    ),
    **dict.fromkeys(
        [
            "Ballistic Missile",
            "Intercontinental Ballistic Missile",
            "Iskander-M",
            "Iskander-M/KN-23",
            "KN-23",
            "X-47 Kinzhal",
            "X-47 Kinzhal and Iskander-M",
        ],
        "ballistic missile",
    ),
    **dict.fromkeys(
        [
            "3M22 Zircon",
            "Banderol",
            "Iskander-K",
            "Iskander-K and Kalibr",
            "Kalibr",
            "P-800 Oniks",
            "Unknown Missile",
            "X-101/X-555",
            "X-101/X-555 and Iskander-K",
            "X-101/X-555 and Kalibr",
            "X-101/X-555 and Kalibr and Iskander-K",
            "X-101/X-555 and Kalibr and Iskander-K and X-59",
            "X-101/X-555 and Kalibr and X-22",
            "X-101/X-555 and Kalibr and X-59/X-69",
            "X-22",
            "X-22 and X-31P",
            "X-22 and X-32",
            "X-31",
            "X-31P",
            "X-31PD",
            "X-32",
            "X-35",
            "X-47 Kinzhal and Iskander-M/KN-23",
            "X-59",
            "X-59 and X-35",
            "X-59/X-69",
            "X-59MK2",
            "X-69",
        ],
        "cruise missile",
    ),
    "GBU": "guided bomb",
    "Aerial Bomb": "guided bomb",  # missing from the class file: a bomb
    "C-300 and Iskander-M": "surface-to-air and ballistic",
    "C-300/C-400 and Iskander-M": "surface-to-air and ballistic",
    "C-400 and Iskander-M": "surface-to-air and ballistic",
    "C-300": "surface-to-air missile",
    "C-300/C-400": "surface-to-air missile",
    "C-400": "surface-to-air missile",
    # missing from the class file: combinations of listed missiles
    "Iskander-M and Iskander-K": "ballistic missile",
    "Iskander-M/KN-23 and Iskander-K and Kalibr": "cruise missile",
    "Iskander-M/KN-23 and Iskander-K and X-59/X-69": "cruise missile",
    "X-101/X-555 and Kalibr and Iskander-M/KN-23": "cruise missile",
}

MISSILE_CATEGORIES = {
    "cruise missile",
    "ballistic missile",
    "surface-to-air missile",
    "surface-to-air and ballistic",
}


class WeaponClasses:
    """Model → category, case-insensitive, with a cautious guess for unseen models."""

    def __init__(self, categories: dict[str, str] | None = None) -> None:
        merged = {**_BUILTIN, **(categories or {})}
        self._by_model = {k.strip().casefold(): v.strip() for k, v in merged.items()}

    @classmethod
    def load(cls, path: Path | None) -> WeaponClasses:
        """The built-in table, overridden by a class file when one is given and exists."""
        if path is None or not path.exists():
            return cls()
        with path.open(encoding="utf-8", newline="") as f:
            rows = {r["model"]: r["category"] for r in csv.DictReader(f) if r.get("model")}
        return cls(rows)

    def category(self, model: str) -> str:
        key = model.strip().casefold()
        if key in self._by_model:
            return self._by_model[key]
        low = key.lower()
        if "uav" in low or "shahed" in low or "drone" in low:
            return "UAV"
        if "bomb" in low or "kab" in low:
            return "guided bomb"
        return "cruise missile"  # an unknown weapon in a strike report: count it as a missile

    def kind(self, model: str) -> str:
        """The breakdown kind: drone or missile family (the claim schema's vocabulary)."""
        category = self.category(model)
        name = model.strip().casefold()
        if category == "UAV":
            return "shahed" if name == "shahed-136/131" else "drone_other"
        if category == "guided bomb":
            return "guided_bomb"
        if "kinzhal" in name and " and " not in name:
            return "aeroballistic"
        if "zircon" in name:
            return "hypersonic"
        if category in {
            "ballistic missile",
            "surface-to-air missile",
            "surface-to-air and ballistic",
        }:
            return "ballistic"
        return "cruise"

    def is_drone(self, model: str) -> bool:
        return self.category(model) == "UAV"

    def is_missile(self, model: str) -> bool:
        return self.category(model) in MISSILE_CATEGORIES
