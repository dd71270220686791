"""Decision memo building: HTML rendered to PDF, DOCX or HTML.

The API a Memo page (or any caller) uses, all Qt-free except where noted:

``app.memo.build.build_snapshot(repo, project, *, method, parameters, decision, rationale,
author, sections, samples, seed, title, now) -> MemoSnapshot``
    Rank the project and freeze everything the memo prints. Slow part: robustness (tipping
    points, 10,000 SMAA weightings; about 0.2 s on the demo), so run it in a worker.
``MemoSnapshot.to_json()`` / ``MemoSnapshot.from_json(text)``
    Exact round trip. ``repo.save_memo(project, snapshot, who=...) -> id``,
    ``repo.list_memos(project)``, ``repo.load_memo(id).snapshot_json`` store and reload it.
``app.memo.snapshot.SECTIONS``
    The switchable section keys, in print order.
``app.memo.render_html.render_html(snapshot) -> str``
    The memo's HTML (charts referenced as ``memo-chart:<key>.png``).
``app.memo.export_pdf.memo_document(snapshot) -> QTextDocument``  (Qt, GUI thread)
    The HTML with the charts added as resources: a ready preview for a ``QTextBrowser``.
``app.memo.export.export_memo(snapshot, path, *, page_size="A4") -> Path``  (Qt for PDF/charts)
    Write .pdf, .docx or .html (from the extension) atomically.
``app.memo.content.plain_text(snapshot) -> str``
    The memo's text without markup (what the tests compare).
``app.memo.benchmark_report.report_from_file(raw, *, uncertainty, town, peers) -> BenchmarkReport``
    The benchmarking report of one data set (issue 7); ``app.memo.benchmark_export.
    export_report(report, path, *, page_size="A4")`` writes it as .pdf, .docx or .html.
"""
