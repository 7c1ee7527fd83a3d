/** The route table as a Markdown table, for docs/api.md (a test keeps the page in step with ROUTES). */
import { ROUTES, type RouteSpec } from "./routes.js";

export function routeTableMarkdown(): string {
  const rows = Object.values(ROUTES as Record<string, RouteSpec>).map((r) => {
    const roles = r.roles === "public" ? "anyone (no token)" : r.roles.join(", ");
    const notes = [r.write ? "audited" : "", r.job ? "job" : "", r.headers ? "Idempotency-Key" : ""].filter(Boolean).join(", ");
    return `| ${r.method} | \`${r.url}\` | ${roles} | ${r.summary.replaceAll("|", "\\|")} | ${notes} |`;
  });
  return ["| method | path | roles | what | notes |", "|---|---|---|---|---|", ...rows].join("\n");
}
