"""Salvo: detect record-setting aerial barrages in the news, alert once, with evidence."""

__version__ = "0.1.0"
