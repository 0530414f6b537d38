"""``report.html``: one offline page to review what was extracted, article by article.

An index of the articles (rows per table, errors), then each article's text with its
entities, dates, quotations and speakers highlighted in displaCy's span style, tooltips,
each quotation linked to its speaker's mention, and a filter by label. Built from the CSV
tables and the article files, so it shows exactly what users get.
"""
from pipeline.report.page import REPORT_NAME, build_report, write_report

__all__ = ["REPORT_NAME", "build_report", "write_report"]
