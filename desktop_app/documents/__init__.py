"""Printable documents of an event (PDF with reportlab, spreadsheets with openpyxl)."""
