"""The html report's style sheet and script, inlined into the page (no external resource).

The page's Content-Security-Policy allows exactly these two by their SHA-256, so nothing else,
injected or linked, can run or load.
"""

from __future__ import annotations

import base64
import hashlib

CSS = """
:root { --ink: #1d1d1f; --muted: #5b5b66; --line: #d9d9e0; --focus: #1a4fd0;
  --bad: #b3261e; --bad-bg: #fde2df; --open: #8a5a00; --open-bg: #fff1c2;
  --good: #1e6b34; --good-bg: #dcf2e2; --info: #245f8f; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--ink); background: #fafafa; }
header, main, footer, nav, .not-checked { padding: 0 1.5rem; }
header { border-bottom: 1px solid var(--line); background: #fff; padding-bottom: .75rem; }
h1 { font-size: 1.35rem; margin: .75rem 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .25rem; word-break: break-all; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
.skip { position: absolute; left: -999px; top: .5rem; background: #fff; padding: .25rem .5rem; }
.skip:focus { left: .5rem; z-index: 2; }
.counts { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: .25rem 0; padding: 0;
  list-style: none; }
.counts b { font-variant-numeric: tabular-nums; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0 0; padding: 0;
  list-style: none; }
.keys, .meta, footer { color: var(--muted); font-size: .9rem; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem;
  align-items: start; }
@media (max-width: 900px) { .cols { grid-template-columns: 1fr; } }
.article { background: #fff; border: 1px solid var(--line); border-radius: 6px;
  padding: 1rem 1.25rem; }
.article pre { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere;
  font: 15px/1.65 Georgia, "Times New Roman", serif; }
aside { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding-bottom: 1rem; }
mark.claim { color: inherit; background: none; border-radius: 3px; padding: 0 1px;
  border-bottom: 2px dotted #8d8d99; }
mark.v-inconsistent { background: var(--bad-bg); border-bottom: 3px solid var(--bad); }
mark.v-undetermined { background: var(--open-bg); border-bottom: 2px dashed var(--open); }
mark.v-consistent { background: var(--good-bg); border-bottom: 2px solid var(--good); }
mark.v-unchecked { background: #f0f0f3; }
mark.spot { background: var(--open-bg); border-bottom: 2px dashed var(--open); }
mark:focus, mark:target, tr:target { outline: 3px solid var(--focus); outline-offset: 2px; }
mark.flash { animation: flash 1.2s ease-out; }
@keyframes flash { from { box-shadow: 0 0 0 6px rgba(26, 79, 208, .45); } to { box-shadow: none; } }
ol.items { list-style: none; margin: 0; padding: 0; }
ol.items > li { background: #fff; border: 1px solid var(--line); border-left-width: 4px;
  border-radius: 6px; padding: .5rem .75rem; margin: 0 0 .5rem; }
li.sev-error, li.v-inconsistent { border-left-color: var(--bad); }
li.sev-warning, li.v-undetermined { border-left-color: var(--open); }
li.sev-info { border-left-color: var(--info); }
li.v-consistent { border-left-color: var(--good); }
ol.items p { margin: .25rem 0; }
a { color: var(--focus); }
a:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px;
  border-radius: 3px; }
a.jump { text-decoration: none; color: inherit; display: block; }
a.jump:hover .rule, a.jump:focus .rule { text-decoration: underline; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; text-transform: uppercase;
  letter-spacing: .03em; padding: 0 .4rem; border-radius: 3px; color: #fff; background: #666; }
.badge.sev-error, .badge.v-inconsistent { background: var(--bad); }
.badge.sev-warning, .badge.v-undetermined { background: var(--open); }
.badge.sev-info { background: var(--info); }
.badge.v-consistent { background: var(--good); }
.rule { font-weight: 600; }
.at { color: var(--muted); font-size: .85rem; }
code { font: 13px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  background: #f1f1f4; padding: .1rem .3rem; border-radius: 3px; white-space: pre-wrap; }
table { border-collapse: collapse; font-size: .85rem; width: 100%; background: #fff; }
th, td { border: 1px solid var(--line); padding: .2rem .4rem; text-align: left;
  vertical-align: top; }
.not-checked { color: var(--bad); }
footer { padding-top: 1rem; padding-bottom: 1.5rem; }
""".strip()

JS = """
(function () {
  "use strict";
  var last = null;
  function jump(link) {
    var target = document.getElementById(link.getAttribute("data-target"));
    if (!target) { return false; }
    last = link;
    target.scrollIntoView({block: "center"});
    target.focus({preventScroll: true});
    target.classList.remove("flash");
    void target.offsetWidth;
    target.classList.add("flash");
    return true;
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-target]") : null;
    if (link && jump(link)) { event.preventDefault(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var links = Array.prototype.slice.call(document.querySelectorAll("a.jump"));
    if (event.key === "Escape" && last) { last.focus(); return; }
    if ((event.key !== "n" && event.key !== "p") || links.length === 0) { return; }
    var at = links.indexOf(document.activeElement);
    var next = event.key === "n" ? at + 1 : (at < 0 ? links.length - 1 : at - 1);
    links[(next + links.length) % links.length].focus();
    event.preventDefault();
  });
}());
""".strip()


def csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


CONTENT_SECURITY_POLICY = (f"default-src 'none'; style-src {csp_hash(CSS)}; "
                           f"script-src {csp_hash(JS)}; base-uri 'none'; form-action 'none'")
