"""Words that name the defending side of a figure's sentence (for `context.direction`).

"Russia's defence ministry", "over occupied Crimea", "shot down … in the Bryansk region",
"Sobyanin" put the shoot-down in Russia (a Ukrainian attack); "Ukraine's air force" and
"Kyiv … downed" put it in Ukraine.
"""

from __future__ import annotations

from processors.claims import vocabulary as v
from processors.claims.fastre import ci

_RU_PLACES = "|".join(sorted(v.RUSSIA_PLACES))
RU_DEFENDER_RE = ci(
    r"\b(?:Russia['’]s|Russian)\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|"
    r"air\s+defen[cs]es?|(?:air\s+)?defen[cs]e\s+forces|MoD)|"
    r"\bMinistry\s+of\s+Defen[cs]e\s+of\s+(?:the\s+)?Russia|"
    # "over occupied Crimea", "over the Sea of Azov", "in the Rylsky district of the Kursk region"
    r"\b(?:over|above|against)\s+(?:the\s+)?(?:sea\s+of\s+|occupied\s+|annexed\s+|republic\s+of\s+)?(?:"
    + _RU_PLACES
    + r")\b|"
    # "11 drones were destroyed in Kursk region" (a region's name with its word)
    r"\b(?:destroyed|downed|shot\s+down|intercepted)\s+in\s+(?:the\s+)?(?:"
    + _RU_PLACES
    + r")\s+(?:region|oblast)\b|"
    # "had brought down or intercepted four drones in the region of Belgorod, two in …",
    # "shot down two drones in the Bryansk region"
    r"\b(?:destroyed|downed|shot\s+down|brought\s+down|intercepted)\s+(?:[\w-]+\s+){1,3}?in\s+"
    r"the\s+(?:region\s+of\s+)?(?:" + _RU_PLACES + r")\b(?:\s+(?:region|oblast)\b)?|"
    r"\b(?:over|in)\s+the\s+[\w-]+\s+district\s+of\s+(?:the\s+)?(?:" + _RU_PLACES + r")\b|"
    r"\bSobyanin\b|\bMoscow(?:['’]s)?\s+(?:Mayor|mayor)\b|\bGladkov\b|"
    # "the Russian authorities claim that 73 drones were shot down in the Moscow region"
    r"\b(?:Russian|Russia['’]s)\s+(?:authorities|officials)\b[^.;]{0,60}?\b(?:shot\s+down|downed|"
    r"destroyed|intercepted)\b",
)
# "Russia claimed its air defenses intercepted all 121 drones", "Sevastopol Governor …": asked
# only when the sentence names Russia or Sevastopol (the main pattern is long enough)
RU_CLAIMED_RE = ci(
    r"\bRussia\s+(?:said|says|claimed|claims|reported)\s+(?:that\s+)?(?:it|its\s+(?:air\s+defen[cs]es?|"
    r"forces|units))\s+(?:had\s+|has\s+)?(?:intercepted|downed|shot\s+down|destroyed)\b|"
    r"\bSevastopol\s+governor\b"
)
ISRAEL = ci(r"\bisrael")
BLACK_SEA = ci(r"\bover\s+the\s+black\s+sea\b")
UA_MARKER = ci(r"\bukrain\w*|\b(?:" + "|".join(sorted(v.UKRAINE_PLACES)) + r")\b")
UA_DEFENDER_RE = ci(
    r"\b(?:Ukraine|Ukrainian\s+(?:air\s+defen[cs]es?|forces|military|troops|defen[cs]e\s+forces)|"
    r"Kyiv)\s+(?:\w+\s+)?(?:downed|shot\s+down|destroyed|intercepted|neutrali[sz]ed)\b|"
    # "Air defences shot down 120 of 150 drones, the Ukrainian air force said"
    r"\b(?:Ukraine['’]s|Ukrainian)\s+air\s+(?:force|defen[cs]es?)\b"
)
