/** The memo's heading: To, From, Re, Date and an optional privilege legend, put first in its body. */
export interface MemoHeading {
  readonly to: string;
  readonly from: string;
  readonly re: string;
  readonly date: string;
  readonly privileged: boolean;
}

const LEGEND = "PRIVILEGED AND CONFIDENTIAL — ATTORNEY-CLIENT COMMUNICATION — ATTORNEY WORK PRODUCT";

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** The memo's HTML with the heading block (and legend) put first in its body. */
export function withHeading(html: string, h: MemoHeading): string {
  const rows = [["To", h.to], ["From", h.from], ["Re", h.re], ["Date", h.date]].map(([k, v]) => `<tr><th scope="row" style="text-align:left;padding-right:1em">${k}:</th><td>${escape(v)}</td></tr>`).join("");
  const block = `${h.privileged ? `<p style="font-weight:bold;text-align:center">${LEGEND}</p>` : ""}<table style="margin-bottom:1em">${rows}</table><hr>`;
  return /<body[^>]*>/i.test(html) ? html.replace(/<body[^>]*>/i, (b) => `${b}${block}`) : block + html;
}
