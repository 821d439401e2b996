"""One self-contained HTML file of a comparison, to send to someone who does not have the app.

Everything is inline (styles, a few lines of script that only toggle classes), so the file opens
offline in any browser and fetches nothing. It reads the `Comparison` only; no analysis here.
"""

from __future__ import annotations

import html
from collections import defaultdict
from typing import Any

from viewer import __version__
from viewer.core.result import Comparison, DocumentResult

__all__ = ["render_html", "ENTITY_COLOURS", "coverage_colour"]

# Okabe-Ito and friends: distinguishable for the common colour-vision deficiencies.
ENTITY_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C564B",
                  "#6A3D9A", "#B15928", "#1B9E77")
_UNIQUE = "#fdd9b5"  # orange for "only this source"; blues for shared, darker = more sources
# The palest blue must still stand apart from a white page ("2 of 3 sources" was near-white).
_SHARED = ("#c8ddf2", "#b1cfeb", "#9ac0e3", "#83b1db", "#6ca2d3", "#5593cb")
_LINE = {"PERSON": "solid", "ORG": "double", "GPE": "dotted", "LOC": "dotted", "FAC": "dotted"}


def coverage_colour(sources: int, total: int) -> str:
    """Background of a sentence whose fact `sources` of `total` documents report."""
    if sources <= 1:
        return _UNIQUE
    if total <= 2:
        return _SHARED[2]
    step = (sources - 2) / max(total - 2, 1)
    return _SHARED[min(len(_SHARED) - 1, round(step * (len(_SHARED) - 1)))]


_CSS = """
:root { --fg:#1d1d1f; --bg:#fff; --muted:#6b6b70; --rule:#d9d9de; --mark:#ffe45c; }
@media (prefers-color-scheme: dark) { :root { --fg:#e8e8ea; --bg:#1c1c1e; --muted:#a0a0a6;
  --rule:#3a3a3e; --mark:#8a6d00; } .s { color:#111; } }
* { box-sizing: border-box; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg);
  background: var(--bg); margin: 0; padding: 1.5rem 2rem 4rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .6rem; }
.meta, .doc header .src { color: var(--muted); font-size: .85rem; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center;
  margin: .8rem 0 1.2rem; font-size: .85rem; }
.swatch { display: inline-block; width: 1.6em; height: 1em; border-radius: 3px;
  vertical-align: -2px; margin-right: .35em; border: 1px solid rgba(0,0,0,.12); }
.columns { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(300px, 1fr);
  gap: 1rem; overflow-x: auto; padding-bottom: .5rem; }
.doc { border: 1px solid var(--rule); border-radius: 8px; padding: 0 1rem .8rem; min-width: 0;
  max-height: 80vh; overflow-y: auto; }
.doc header { border-bottom: 1px solid var(--rule); margin-bottom: .6rem; padding: .8rem 0 .5rem;
  position: sticky; top: 0; background: var(--bg); z-index: 1; }
@media print { .doc { max-height: none; overflow: visible; } .columns { display: block; } }
.doc header h3 { margin: 0; font-size: 1rem; line-height: 1.3; }
.doc p { margin: 0 0 .7em; }
.s { border-radius: 3px; padding: 1px 0; cursor: pointer; scroll-margin: 40vh; }
.s.on { outline: 2px solid #1f5fbf; }
.s:target { outline: 3px solid #d62728; }
.e { text-decoration-line: underline; text-decoration-thickness: 2px;
  text-underline-offset: 3px; }
.d { border-radius: 2px; }
.s.on .d { background: var(--mark); }
.x { box-shadow: inset 0 -3px 0 #d62728; font-weight: 600; }
details.removed { margin-top: .8rem; color: var(--muted); font-size: .85rem; }
details.removed li { text-decoration: line-through; }
table { border-collapse: collapse; font-size: .88rem; }
th, td { border: 1px solid var(--rule); padding: .25rem .55rem; text-align: left; }
td.yes { text-align: center; font-weight: 700; } td.no { text-align: center; color: var(--muted); }
ol.disc li { margin-bottom: .6rem; } ol.disc a { margin-right: .5em; }
.kind { font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
"""

_SCRIPT = """
document.addEventListener('click', function (ev) {
  var s = ev.target.closest('.s'); if (!s) return;
  document.querySelectorAll('.s.on').forEach(function (x) { x.classList.remove('on'); });
  document.querySelectorAll('.s[data-f="' + s.dataset.f + '"]').forEach(function (x) {
    x.classList.add('on'); x.scrollIntoView({block: 'nearest', inline: 'nearest'}); });
});
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _render_sentence(doc: DocumentResult, s, fact_sources: int, total: int, fact: str,
                     entity_colour: dict[str, str], entity_label: dict[str, str],
                     diff: set[int], disputed: set[int]) -> str:
    text = doc.text[s.start:s.end]
    ent = [""] * len(text)
    for m in doc.mentions:
        if m.entity and m.start < s.end and m.end > s.start:
            for k in range(max(m.start, s.start), min(m.end, s.end)):
                ent[k - s.start] = m.entity
    runs, k = [], 0
    while k < len(text):
        key = (ent[k], k in diff, k + s.start in disputed)
        j = k
        while j < len(text) and (ent[j], j in diff, j + s.start in disputed) == key:
            j += 1
        piece = _esc(text[k:j])
        e, d, x = key
        if d:
            piece = f'<span class="d">{piece}</span>'
        if x:
            piece = f'<span class="x">{piece}</span>'
        if e:
            style = (f"text-decoration-color:{entity_colour[e]};"
                     f"text-decoration-style:{_LINE.get(entity_label[e], 'dashed')}")
            piece = f'<span class="e" style="{style}" title="{_esc(e)}">{piece}</span>'
        runs.append(piece)
        k = j
    label = "only this source" if fact_sources <= 1 else f"{fact_sources} of {total} sources"
    return (f'<span class="s" id="{s.id}" data-f="{fact}" title="{s.id} · {label}" '
            f'style="background:{coverage_colour(fact_sources, total)}">{"".join(runs)}</span>')


def render_html(result: Comparison, title: str = "Corroborate comparison",
                annotations: Any = None) -> str:
    """The whole report as one HTML string.

    `annotations` (a session or its AnnotationStore) adds its annotations and verdicts.
    """
    total = len(result.documents)
    sources_of = {f.id: len(f.sources) for f in result.facts}
    entity_colour = {e.id: ENTITY_COLOURS[n % len(ENTITY_COLOURS)]
                     for n, e in enumerate(result.entities)}
    entity_label = {e.id: e.label for e in result.entities}
    diffs = result.differing_chars()
    disputed: dict[str, set[int]] = defaultdict(set)
    for d in result.discrepancies:
        for span in d.spans:
            if span.get("start", -1) >= 0:
                disputed[span["sentence"].split(".")[0]].update(range(span["start"], span["end"]))

    out = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'>"
           f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
           f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>",
           f"<h1>{_esc(title)}</h1><p class='meta'>{total} documents · {len(result.facts)} facts "
           f"({sum(1 for f in result.facts if f.status == 'shared')} shared) · "
           f"{len(result.discrepancies)} discrepancies · {_esc(result.model)} · "
           f"Corroborate {_esc(__version__)}</p>"]
    legend = [f"<span><span class='swatch' style='background:{_UNIQUE}'></span>only one source"
              "</span>"]
    for k in range(2, total + 1):
        legend.append(f"<span><span class='swatch' style='background:"
                      f"{coverage_colour(k, total)}'></span>{k} of {total}</span>")
    legend.append("<span><span class='swatch' style='background:var(--mark)'></span>"
                  "click a sentence: its fact lights up in every column, with the words that "
                  "differ</span>")
    legend.append("<span><span class='swatch' style='box-shadow:inset 0 -3px 0 #d62728'>"
                  "</span>disputed figure or wording</span>")
    legend.append("<span>underline: solid person · double organisation · dotted place · "
                  "dashed other</span>")
    out.append(f"<div class='legend'>{''.join(legend)}</div><div class='columns'>")

    for doc in result.documents:
        unique = sum(1 for s in doc.sentences if sources_of.get(s.fact, 1) <= 1)
        out.append(f"<section class='doc' id='{doc.id}'><header><h3>{_esc(doc.title)}</h3>"
                   f"<div class='src'>{doc.id} · {_esc(doc.path or 'pasted text')} · "
                   f"{len(doc.sentences)} sentences · {unique} unique</div></header>")
        by_line_start = 0
        for line in doc.text.split("\n"):
            end = by_line_start + len(line)
            parts, pos = [], by_line_start
            for s in doc.sentences:
                if s.start >= by_line_start and s.end <= end:
                    parts.append(_esc(doc.text[pos:s.start]))
                    parts.append(_render_sentence(doc, s, sources_of.get(s.fact, 1), total,
                                                  s.fact, entity_colour, entity_label,
                                                  diffs.get(s.id, set()), disputed[doc.id]))
                    pos = s.end
            parts.append(_esc(doc.text[pos:end]))
            out.append(f"<p>{''.join(parts)}</p>")
            by_line_start = end + 1
        if doc.removed:
            items = "".join(f"<li>{_esc(r.text)} <em>({_esc(r.detail or r.reason)})</em></li>"
                            for r in doc.removed)
            out.append(f"<details class='removed'><summary>{len(doc.removed)} lines of web "
                       f"boilerplate removed</summary><ul>{items}</ul></details>")
        out.append("</section>")
    out.append("</div>")

    out.append("<h2 id='discrepancies'>Where the sources disagree</h2>")
    if result.discrepancies:
        out.append("<ol class='disc'>")
        for d in result.discrepancies:
            links = "".join(f"<a href='#{sid}'>{sid}</a>" for sid in d.sentences)
            out.append(f"<li><span class='kind'>{_esc(d.kind)}</span> {_esc(d.detail)}"
                       f"<br>{links}</li>")
        out.append("</ol>")
    else:
        out.append("<p>No disagreement found between sentences that state the same fact.</p>")

    out.append("<h2 id='entities'>Who and what each source names</h2><table><thead><tr>"
               "<th>Entity</th><th>Type</th><th>Also written</th>"
               + "".join(f"<th title='{_esc(d.title)}'>{d.id}</th>" for d in result.documents)
               + "</tr></thead><tbody>")
    for entity, row in result.presence_matrix():
        colour = entity_colour[entity.id]
        others = ", ".join(a for a in entity.aliases if a != entity.name)
        cells = "".join("<td class='yes'>●</td>" if present else "<td class='no'>–</td>"
                        for present in row)
        out.append(f"<tr><td><span style='border-bottom:3px {_LINE.get(entity.label, 'dashed')}"
                   f" {colour}'>{_esc(entity.name)}</span></td><td>{_esc(entity.label)}</td>"
                   f"<td>{_esc(others)}</td>{cells}</tr>")
    out.append("</tbody></table>")
    if annotations is not None:
        from viewer.core.annotation_export import annotations_html

        out.append(annotations_html(annotations, result))
    out.append(f"<script>{_SCRIPT}</script></body></html>")
    return "\n".join(out)
