/** The route table as a Markdown table, for docs/api.md (a test keeps the page in step with ROUTES). */
import type { z } from "zod";
import { ROUTES, type RouteSpec } from "./routes.js";

/** The request headers a route reads, as the notes name them. */
const HEADER_NOTES: Record<string, string> = { "idempotency-key": "Idempotency-Key", "if-match": "If-Match" };
const headerNotes = (r: RouteSpec): string[] => (r.headers ? Object.keys((r.headers as z.ZodObject).shape).map((h) => HEADER_NOTES[h] ?? h) : []);

export function routeTableMarkdown(): string {
  const rows = Object.values(ROUTES as Record<string, RouteSpec>).map((r) => {
    const roles = r.roles === "public" ? "anyone (no token)" : r.roles.join(", ");
    const notes = [r.write ? "audited" : "", r.job ? "job" : "", ...headerNotes(r)].filter(Boolean).join(", ");
    return `| ${r.method} | \`${r.url}\` | ${roles} | ${r.summary.replaceAll("|", "\\|")} | ${notes} |`;
  });
  return ["| method | path | roles | what | notes |", "|---|---|---|---|---|", ...rows].join("\n");
}
