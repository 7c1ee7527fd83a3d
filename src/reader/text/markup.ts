/**
 * HTML and SGML markup of EDGAR filings: tags go (block-level ones leave a line break, so
 * paragraphs stay paragraphs), character entities are decoded. `<PAGE>` markers of EDGAR text
 * files are left for the line step, which knows how a page break joins the text around it.
 */
import { mapMatches, type MappedText } from "./mappedText.js";

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", thinsp: " ",
  ldquo: "\u201C", rdquo: "\u201D", lsquo: "\u2018", rsquo: "\u2019", sbquo: "\u201A", bdquo: "\u201E",
  mdash: "\u2014", ndash: "\u2013", hyphen: "-", shy: "\u00AD", sect: "\u00A7", para: "\u00B6", middot: "\u00B7",
  bull: "\u2022", hellip: "...", copy: "\u00A9", reg: "\u00AE", trade: "\u2122", frac12: "1/2", frac14: "1/4",
  frac34: "3/4", deg: "\u00B0", times: "x", cent: "\u00A2", dollar: "$", percnt: "%", zwsp: "", zwnj: "", zwj: "",
};

const BLOCK_TAGS = new Set([
  "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "center",
  "title", "hr", "dd", "dt", "dl", "pre", "page", "document", "text", "type", "sequence", "filename", "description",
]);
const CELL_TAGS = new Set(["td", "th"]);

const HTML_HINT = /<(?:html|body|p|div|br|table|td|tr|font|span|b|i|a|center|li)\b[^<>]*>/i;
const MARKUP = /<!--[\s\S]*?-->|<(script|style)\b[^<>]*>[\s\S]*?<\/\1\s*>|<sup\b[^<>]*>\s*(?:\d{1,2}|\(\d{1,2}\)|[*\u2020\u2021]{1,3}|&#?\w+;)\s*<\/sup\s*>|<\/?([A-Za-z][A-Za-z0-9:-]*)\b[^<>]{0,2000}>|&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8}\d{0,2});/g;

/** The character an entity's name ("amp", "#8220", "#x201C") stands for, or undefined if unknown. */
function entityText(name: string): string | undefined {
  if (name.startsWith("#")) {
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return ENTITIES[name] ?? ENTITIES[name.toLowerCase()];
}

/** Whether the text is HTML (rather than plain text with EDGAR's few SGML markers). */
function looksLikeHtml(text: string): boolean {
  return HTML_HINT.test(text.slice(0, 20000)) || HTML_HINT.test(text);
}

/**
 * The text without markup: in HTML every tag is dropped, and a footnote's superscript mark with its tags
 * ("Agreement<sup>1</sup>") goes whole (block tags and `<PAGE>` leave "\n",
 * table cells a space); in plain text only entities are decoded and `<PAGE>` stays.
 */
export function withoutMarkup(source: MappedText): MappedText {
  const html = looksLikeHtml(source.text);
  return mapMatches(source, MARKUP, (markup) => {
    const entity = /^&(.+);$/.exec(markup);
    if (entity) return entityText(entity[1]!);
    if (!html) return undefined;
    const tag = (/^<\/?([A-Za-z][A-Za-z0-9:-]*)/.exec(markup)?.[1] ?? "").toLowerCase();
    return BLOCK_TAGS.has(tag) ? "\n" : CELL_TAGS.has(tag) ? " " : "";
  });
}
