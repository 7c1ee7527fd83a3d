/**
 * The server's routes as the workbench calls them (issue 11; docs/api.md on the server branch).
 * Every call carries the signed-in token; a refusal comes back as an ApiError with the server's
 * own words, which the page shows beside the thing that was refused.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
  }
}

let token: string | null = null;

export function useToken(next: string | null): void {
  token = next;
}

function headers(json: boolean): HeadersInit {
  const h: Record<string, string> = {};
  if (token) h.authorization = `Bearer ${token}`;
  if (json) h["content-type"] = "application/json";
  return h;
}

/** The server's error body in people's words: `message`, or each issue's path and message. */
async function errorOf(res: Response): Promise<ApiError> {
  const text = await res.text();
  try {
    const body = JSON.parse(text);
    const issues = body.issues ?? body.errors;
    const listed = Array.isArray(issues) ? issues.map((i: { path?: unknown; message?: string }) => [i.path, i.message].filter(Boolean).join(": ")).join("; ") : "";
    return new ApiError(res.status, body.message ?? (listed || res.statusText), body);
  } catch {
    return new ApiError(res.status, text || res.statusText);
  }
}

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  const res = await fetch(path, { method, headers: headers(body !== undefined), body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) throw await errorOf(res);
  return res;
}

export const getJson = async <T>(path: string): Promise<T> => (await call("GET", path)).json() as Promise<T>;
export const postJson = async <T>(path: string, body: unknown): Promise<T> => (await call("POST", path, body)).json() as Promise<T>;
export const postForBlob = async (path: string, body: unknown): Promise<Blob> => (await call("POST", path, body)).blob();

/** Sends a file as it is (a filing for the reader, a CSV of prices or holders). */
export async function postFile<T>(path: string, file: Blob, name: string): Promise<T> {
  const res = await fetch(path, { method: "POST", headers: { ...headers(false), "content-type": file.type || "application/octet-stream", "x-file-name": name }, body: file });
  if (!res.ok) throw await errorOf(res);
  return res.json() as Promise<T>;
}

export const query = (params: Record<string, string | number | undefined | null>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
};
