"""The report's style sheet, inlined in the page (the report loads nothing from anywhere).

Speaker colours ``sp0``…``sp7`` are pale enough for black text and distinct for the common kinds of colour
blindness in pairs; badges are ``::before`` content so the marked text keeps exactly the record's text.
"""

from __future__ import annotations

__all__ = ["CSS", "CSP"]

# The page may use its inline style and nothing else: no script, no font, no image, no fetch.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

CSS = """
:root { --sp0:#ffe08a; --sp1:#a8dcff; --sp2:#c6f0b0; --sp3:#ffc2d1; --sp4:#d9c8ff;
        --sp5:#ffd1a8; --sp6:#b5f0e8; --sp7:#e6e6a0; --none:#e4e4e4; }
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 70rem; padding: 1rem 2rem; color: #222; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin: 0 0 .4rem; } h3 { font-size: 1rem; margin: .2rem 0; }
.stats { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; }
.stats li b { font-size: 1.2rem; display: block; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem 2rem; }
figure.chart { margin: 0; } figcaption { font-weight: 600; font-size: .9rem; }
svg .label, svg .value { font: 11px system-ui, sans-serif; fill: #333; } svg rect { fill: #4a78b5; }
.limit, .note, .bad-spans { color: #7a5a00; font-size: .9rem; }
.bad-spans { color: #a00; }
nav.toc { columns: 3 14rem; font-size: .9rem; } nav.toc a { display: block; }
section.doc { border-top: 2px solid #ccc; padding: 1rem 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; font-size: .9rem; margin: 0 0 .5rem; }
dl.facts dt { color: #666; } dl.facts dd { margin: 0; }
.text, td, dd, pre.raw, nav.toc a { overflow-wrap: anywhere; }
.text { white-space: pre-wrap; line-height: 1.9; border-left: 3px solid #eee; padding-left: 1rem; }
.quote { border-bottom: 2px dotted #555; }
.quote[data-badge]::before, .para[data-badge]::before { content: attr(data-badge); font: 600 10px system-ui;
  color: #fff; background: #555; border-radius: 3px; padding: 0 4px; margin-right: 3px; vertical-align: 2px; }
.quote[data-channel="tweet"]::before { background: #1d7fc4; }
.quote[data-channel="interview"]::before { background: #8a4fbf; }
.quote[data-channel="statement"]::before { background: #2d8a4e; }
.quote[data-channel="post"]::before { background: #c46a1d; }
.sp0 { --c: var(--sp0); } .sp1 { --c: var(--sp1); } .sp2 { --c: var(--sp2); } .sp3 { --c: var(--sp3); }
.sp4 { --c: var(--sp4); } .sp5 { --c: var(--sp5); } .sp6 { --c: var(--sp6); } .sp7 { --c: var(--sp7); }
.sp-none { --c: var(--none); }
.qpart { background: var(--c); }
.speaker { outline: 2px solid var(--c); font-weight: 600; border-radius: 2px; }
.cue { text-decoration: underline 2px; text-underline-offset: 3px; font-style: italic; }
.ent { border-bottom: 2px solid #4a78b5; color: inherit; text-decoration: none; }
.ent.nil { border-bottom: 2px dashed #999; }
a.ent:hover { background: #dde8f7; }
.tw { color: #1d6fa5; font-weight: 600; } .tw.url, .tw.tweet-link { text-decoration: underline; }
.srctag { background: #eee; border: 1px solid #aaa; border-radius: 3px; padding: 0 2px; }
.para.other-lang { background: #f6f2ff; }
.legend .swatch { background: var(--c); padding: 1px 6px; margin-right: .5rem; border-radius: 3px; }
td.who { background: var(--c); }
.errors { background: #fff0f0; border: 1px solid #e0a0a0; padding: .3rem .8rem; margin: .5rem 0; }
.errors ul { margin: 0; padding-left: 1.2rem; } .error code { color: #a00; }
table { border-collapse: collapse; font-size: .85rem; margin: .4rem 0; max-width: 100%; }
th, td { border: 1px solid #ddd; padding: 2px 6px; text-align: left; vertical-align: top; }
td.content { max-width: 35rem; }
pre.raw { white-space: pre-wrap; background: #f6f6f6; padding: .5rem; }
"""
