/**
 * `--format html`: one article as a self-contained page for a person checking it. The text as
 * paragraphs, each quote a <mark> in its speaker's colour and line style (with the speaker's
 * number for print), its cue underlined, quotes without a speaker or with a low confidence
 * flagged; a legend of speakers and a list of organizations (companies first) and people,
 * each a button that highlights its mentions. No network: CSS and script are inline, and the
 * script reads only the page's own attributes (article text is never handed to it as code).
 */
import type { Quote, Result, Speaker } from "../core/types.js";
import { esc, LINE_STYLES, NO_DATA, PALETTE, page, sourceInfo } from "./html-page.js";

/** Below this confidence an attribution is flagged for checking (rules without a cue: running, previous, nearest). */
export const LOW_CONFIDENCE = 0.7;

/**
 * Past this many characters the page lays out only the paragraphs near the screen
 * (content-visibility): a 1 MB article then opens in ~2 s instead of ~5 s. Chromium leaves the
 * skipped paragraphs out of its accessibility tree until they are scrolled near, so shorter
 * articles — nearly all — are laid out whole.
 */
export const LONG_TEXT = 200_000;

/** A range to wrap, in UTF-16 units of the text. */
interface Inline {
  start: number;
  end: number;
  open: string;
}

/** Code point offsets → UTF-16 indexes (identity when the text has no astral characters). */
function unitIndex(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => Math.min(cp, text.length);
  const map: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[cp++] = i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  map[cp] = text.length;
  return (n) => map[Math.min(n, cp)]!;
}

const ORG_ORDER: Record<string, number> = { company: 0, institution: 1, party: 2, media: 3, ngo: 4, other: 5 };

function speakerWords(s: { roles: string[]; affiliations: string[] }): string {
  return [...s.roles, ...s.affiliations].join(", ");
}

function genderWord(g: string | null): string {
  return g === "f" ? "woman" : g === "m" ? "man" : "gender not shown";
}

/** The HTML page of one result; `text` is the article the result was extracted from. */
export function formatHtml(result: Result, text: string): string {
  const u = unitIndex(text);
  const speakerNo = new Map<string, number>();
  result.speakers.forEach((s, i) => speakerNo.set(s.id, i));
  const info = sourceInfo(result.source);

  // Cues and mentions, sorted and without overlaps (the first one kept).
  const raw: Inline[] = [];
  for (const q of result.quotes) {
    if (q.cue && q.cue.end > q.cue.start) raw.push({ start: u(q.cue.start), end: u(q.cue.end), open: `<span class="cue" data-q="${esc(q.id)}">` });
  }
  for (const p of result.people) for (const m of p.mentions) raw.push({ start: u(m.start), end: u(m.end), open: `<span class="m" data-e="${esc(p.id)}">` });
  for (const o of result.organizations) for (const m of o.mentions) raw.push({ start: u(m.start), end: u(m.end), open: `<span class="m" data-e="${esc(o.id)}">` });
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const inline: Inline[] = [];
  for (const s of raw) if (s.end > s.start && (inline.length === 0 || s.start >= inline[inline.length - 1]!.end)) inline.push(s);

  const quotes = [...result.quotes].sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let k = 0; // first inline span that may still matter
  /** Text [a, b) with the cues and mentions inside it (clipped to it). */
  const emit = (a: number, b: number): void => {
    while (k < inline.length && inline[k]!.end <= a) k++;
    let pos = a;
    let j = k;
    while (pos < b) {
      const s = inline[j];
      if (!s || s.start >= b) {
        out.push(esc(text.slice(pos, b)));
        break;
      }
      if (s.start > pos) out.push(esc(text.slice(pos, s.start)));
      const from = Math.max(s.start, pos);
      const to = Math.min(s.end, b);
      out.push(s.open, esc(text.slice(from, to)), "</span>");
      pos = to;
      if (s.end <= b) j++;
    }
  };

  const qOpen = (q: Quote, first: boolean): string => {
    const n = q.speaker ? speakerNo.get(q.speaker.id) : undefined;
    const cls = ["q", n !== undefined ? `s${n % (PALETTE.length * LINE_STYLES.length)}` : "none"];
    if (q.speaker && q.confidence < LOW_CONFIDENCE) cls.push("low");
    if (!first) return `<mark class="${cls.join(" ")} q-cont" data-q="${esc(q.id)}" aria-hidden="true">`;
    const who = q.speaker
      ? `${q.speaker.name}${speakerWords(q.speaker) ? ` (${speakerWords(q.speaker)})` : ""}`
      : q.speaker_description
        ? `unnamed speaker: ${q.speaker_description}`
        : "no speaker found";
    const flag = !q.speaker ? "; to check: no speaker" : q.confidence < LOW_CONFIDENCE ? "; to check: low confidence" : "";
    const label = `Quote ${q.id}, ${who}${q.cue ? `, cue « ${q.cue.text} »` : ""}, rule ${q.rule}, confidence ${q.confidence}${flag}`;
    const attrs = [
      `class="${cls.join(" ")}"`,
      `id="${esc(q.id)}"`,
      `data-q="${esc(q.id)}"`,
      q.speaker ? `data-s="${esc(q.speaker.id)}"` : "",
      `data-n="${n !== undefined ? n + 1 : "?"}"`,
      `data-who="${esc(who)}"`,
      `data-cue="${esc(q.cue ? q.cue.text : "none")}"`,
      q.channel ? `data-channel="${esc(q.channel)}"` : "",
      `data-rule="${esc(q.rule)}"`,
      `data-conf="${q.confidence}"`,
      `tabindex="0"`,
      `aria-label="${esc(label)}"`,
    ];
    return `<mark ${attrs.filter(Boolean).join(" ")}>`;
  };

  // Paragraphs: the text's lines, blank ones skipped; the title line as a heading.
  const lineRe = /\r\n|\n|\r/g;
  let qi = 0;
  let lineStart = 0;
  let lineNo = 0;
  const body: string[] = [];
  for (;;) {
    const m = lineRe.exec(text);
    const lineEnd = m ? m.index : text.length;
    if (text.slice(lineStart, lineEnd).trim() !== "") {
      const tag = lineNo === 0 && result.title !== null ? "h1" : "p";
      out.length = 0;
      out.push(`<${tag}>`);
      let pos = lineStart;
      // Quotes that end before this line were fully emitted; a quote may start on an earlier line.
      while (qi < quotes.length && u(quotes[qi]!.end) <= lineStart && u(quotes[qi]!.start) < lineStart) qi++;
      let j = qi;
      while (j < quotes.length) {
        const q = quotes[j]!;
        const qs = u(q.start);
        const qe = u(q.end);
        if (qs >= lineEnd && !(qs === lineEnd && qe === qs)) break;
        const from = Math.max(qs, lineStart);
        const to = Math.min(qe, lineEnd);
        if (from < pos) {
          j++; // overlaps the previous quote: not drawn twice
          continue;
        }
        emit(pos, from);
        out.push(qOpen(q, qs >= lineStart));
        emit(from, to);
        out.push("</mark>");
        pos = to;
        if (qe <= lineEnd) j++;
        else break;
      }
      qi = j;
      emit(pos, lineEnd);
      out.push(`</${tag}>`);
      body.push(out.join(""));
    }
    if (!m) break;
    lineStart = lineRe.lastIndex;
    lineNo++;
  }

  const unattributed = result.quotes.filter((q) => !q.speaker).length;
  const low = result.quotes.filter((q) => q.speaker && q.confidence < LOW_CONFIDENCE).length;
  const name = info.title ?? result.title ?? result.source.id ?? result.source.path ?? "article";
  const meta = [
    info.site ? esc(info.site) : "",
    info.published ? esc(info.published) : "",
    info.url ? `<a href="${esc(info.url)}" rel="noreferrer noopener">${esc(info.url)}</a>` : "",
    result.source.path ? esc(result.source.path) : "",
  ].filter(Boolean);

  const legend = result.speakers.map((s, i) => speakerItem(s, i)).join("");
  const noneItem = unattributed
    ? `<li><span class="key none" data-n="?" aria-hidden="true"></span> <span>no speaker found</span> <span class="count">${unattributed} ${unattributed === 1 ? "quote" : "quotes"}</span></li>`
    : "";
  const orgs = [...result.organizations].sort((a, b) => (ORG_ORDER[a.type] ?? 9) - (ORG_ORDER[b.type] ?? 9));
  const entity = (id: string, label: string, detail: string, count: number): string =>
    `<li><button type="button" class="ent" data-e="${esc(id)}" aria-pressed="false">${esc(label)} <small>${esc(detail)} · ${count}</small></button></li>`;
  const orgList = orgs.map((o) => entity(o.id, o.name, o.type, o.mentions.length)).join("");
  const peopleList = result.people.map((p) => entity(p.id, p.name, speakerWords(p) || genderWord(p.gender), p.mentions.length)).join("");

  const bodyHtml = `<header>
<p class="meta">${meta.join(" · ")}</p>
<p class="summary" role="status">${result.quotes.length} quotes, ${result.speakers.length} speakers, ${result.people.length} people, ${result.organizations.length} organizations · <span class="flag-none">${unattributed} without speaker</span> · <span class="flag-low">${low} low confidence</span> · keys: <kbd>n</kbd>/<kbd>p</kbd> next/previous quote, <kbd>Esc</kbd> clear</p>
</header>
<div class="layout">
<main id="article" aria-label="Article"${text.length > LONG_TEXT ? ' class="long"' : ""}>
${body.join("\n")}
</main>
<aside aria-label="Speakers, organizations and people">
<section><h2>Speakers</h2><ul class="legend">${legend}${noneItem}</ul></section>
<section><h2>Organizations</h2>${orgList ? `<ul class="ents">${orgList}</ul>` : "<p>none</p>"}</section>
<section><h2>People</h2>${peopleList ? `<ul class="ents">${peopleList}</ul>` : "<p>none</p>"}</section>
<p id="live" class="sr" aria-live="polite"></p>
</aside>
</div>
<div id="tip" role="tooltip" hidden></div>`;
  return page(`${name} — parole`, css(), bodyHtml, SCRIPT);
}

function speakerItem(s: Speaker, i: number): string {
  const about = speakerWords(s);
  const n = s.quote_ids.length;
  return (
    `<li><button type="button" class="ent" data-e="${esc(s.id)}" aria-pressed="false">` +
    `<span class="key s${i % (PALETTE.length * LINE_STYLES.length)}" data-n="${i + 1}" aria-hidden="true"></span> ` +
    `<b>${esc(s.name)}</b>${about ? `, ${esc(about)}` : ""} <small>${s.type === "organization" ? "organization" : genderWord(s.gender)} · ${n} ${n === 1 ? "quote" : "quotes"}</small></button></li>`
  );
}

function css(): string {
  const styles: string[] = [];
  for (let i = 0; i < PALETTE.length * LINE_STYLES.length; i++) {
    styles.push(`.s${i}{--c:${PALETTE[i % PALETTE.length]};--b:${LINE_STYLES[Math.floor(i / PALETTE.length)]}}`);
  }
  return `
:root{color-scheme:light;font-family:Georgia,"DejaVu Serif",serif;line-height:1.55;color:#111;background:#fff}
body{margin:0 auto;max-width:1200px;padding:1rem 1.5rem}
header .meta{color:#555;font:0.85rem system-ui,sans-serif;margin:0}
header .summary{font:0.85rem system-ui,sans-serif;color:#333}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 19rem;gap:2rem;align-items:start}
main h1{font-size:1.6rem;line-height:1.25}
main p{margin:0 0 0.9em;white-space:pre-wrap;overflow-wrap:anywhere}
main.long p{content-visibility:auto;contain-intrinsic-size:auto 5em}
aside{position:sticky;top:0.5rem;max-height:calc(100vh - 1rem);overflow:auto;font:0.85rem system-ui,sans-serif}
aside h2{font-size:0.95rem;margin:0.8rem 0 0.3rem}
aside ul{list-style:none;padding:0;margin:0}
aside li{margin:0.15rem 0}
.ent{font:inherit;text-align:left;width:100%;background:#f6f6f6;border:1px solid #ccc;border-radius:4px;padding:0.2rem 0.4rem;cursor:pointer;color:#111}
.ent[aria-pressed="true"]{background:#111;color:#fff}
.ent small{color:inherit;opacity:0.75}
${styles.join("\n")}
.none{--c:${NO_DATA};--b:dashed}
mark.q{color:inherit;background:color-mix(in srgb,var(--c) 28%,transparent);border-bottom:3px var(--b) var(--c);padding:0 1px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
mark.q:not(.q-cont)::before,.key::before{content:attr(data-n);font:bold 0.7em system-ui,sans-serif;vertical-align:super;margin-right:2px;color:#000;background:#fff;border:1px solid var(--c);border-radius:3px;padding:0 2px}
mark.q.none{outline:2px dashed #BB5566;outline-offset:1px}
mark.q.low::after{content:"⚠";font:0.75em system-ui,sans-serif;vertical-align:super;color:#994455}
mark.q:focus{outline:3px solid #000;outline-offset:2px}
mark.q.hl{box-shadow:0 0 0 3px #000}
.key{display:inline-block;width:1.4em;height:0.9em;background:color-mix(in srgb,var(--c) 28%,transparent);border-bottom:3px var(--b) var(--c)}
.key::before{vertical-align:top}
.cue{text-decoration:underline 2px;text-underline-offset:3px}
.m.hl{background:#000;color:#fff;outline:2px solid #000}
.flag-none,.flag-low{white-space:nowrap}
#tip{position:fixed;z-index:10;max-width:24rem;background:#111;color:#fff;font:0.8rem/1.35 system-ui,sans-serif;padding:0.4rem 0.55rem;border-radius:4px;pointer-events:none}
#tip b{display:block}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
@media (max-width:800px){.layout{grid-template-columns:1fr}aside{position:static;max-height:none}}
@media print{aside{position:static;max-height:none}.layout{grid-template-columns:1fr}.ent{border:none;background:none}#tip{display:none}}
`;
}

// The page's only script: tooltips, highlighting, keyboard moves. It reads data-* attributes
// and writes with textContent only, so nothing from the article is ever parsed as HTML.
const SCRIPT = `(function(){
var doc=document,tip=doc.getElementById("tip"),live=doc.getElementById("live"),art=doc.getElementById("article");
function quoteOf(t){var m=t&&t.closest?t.closest("mark.q"):null;return m&&m.classList.contains("q-cont")?doc.getElementById(m.dataset.q):m}
function line(label,value){var d=doc.createElement("div");if(label){var b=doc.createElement("b");b.textContent=label;d.appendChild(b)}if(value!==null){var s=doc.createElement("span");s.textContent=value;d.appendChild(s)}return d}
function show(q){tip.textContent="";tip.appendChild(line(q.dataset.who,null));tip.appendChild(line("",(q.dataset.cue==="none"?"no cue":"cue « "+q.dataset.cue+" »")+(q.dataset.channel?" · "+q.dataset.channel:"")));tip.appendChild(line("","rule "+q.dataset.rule+" · confidence "+q.dataset.conf+(q.classList.contains("none")?" · to check: no speaker":q.classList.contains("low")?" · to check: low confidence":"")));tip.hidden=false;var r=q.getBoundingClientRect();var top=r.bottom+6;if(top+tip.offsetHeight>innerHeight)top=Math.max(0,r.top-tip.offsetHeight-6);tip.style.top=top+"px";tip.style.left=Math.max(0,Math.min(r.left,innerWidth-tip.offsetWidth-8))+"px"}
function hide(){tip.hidden=true}
art.addEventListener("mouseover",function(e){var q=quoteOf(e.target);if(q)show(q)});
art.addEventListener("mouseout",function(e){if(quoteOf(e.target)&&!quoteOf(e.relatedTarget))hide()});
art.addEventListener("focusin",function(e){var q=quoteOf(e.target);if(q)show(q)});
art.addEventListener("focusout",hide);
var current=null;
function clear(){if(!current)return;doc.querySelectorAll(".hl").forEach(function(n){n.classList.remove("hl")});doc.querySelectorAll('.ent[aria-pressed="true"]').forEach(function(b){b.setAttribute("aria-pressed","false")});current=null;live.textContent=""}
doc.querySelector("aside").addEventListener("click",function(e){var b=e.target.closest?e.target.closest("button.ent"):null;if(!b)return;var id=b.dataset.e,was=current===id;clear();if(was)return;current=id;var n=0,first=null;art.querySelectorAll(".m,.q").forEach(function(el){if((el.classList.contains("m")&&el.dataset.e===id)||(el.classList.contains("q")&&el.dataset.s===id)){el.classList.add("hl");if(!el.classList.contains("q-cont")){n++;if(!first)first=el}}});doc.querySelectorAll("button.ent").forEach(function(x){if(x.dataset.e===id)x.setAttribute("aria-pressed","true")});live.textContent=n+" highlighted";if(first)first.scrollIntoView({block:"center"})});
doc.addEventListener("keydown",function(e){if(e.key==="Escape"){clear();hide();return}if(e.altKey||e.ctrlKey||e.metaKey)return;var t=e.target;if(t&&(t.tagName==="INPUT"||t.tagName==="TEXTAREA"))return;if(e.key!=="n"&&e.key!=="p")return;var qs=art.querySelectorAll("mark.q:not(.q-cont)");if(!qs.length)return;var i=Array.prototype.indexOf.call(qs,quoteOf(doc.activeElement));var next=e.key==="n"?(i<0?0:Math.min(i+1,qs.length-1)):(i<0?qs.length-1:Math.max(i-1,0));qs[next].focus();e.preventDefault()});
})();`;
