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

function headers(json: boolean, extra: Record<string, string> = {}): HeadersInit {
  const h: Record<string, string> = { ...extra };
  if (token) h.authorization = `Bearer ${token}`;
  if (json) h["content-type"] = "application/json";
  return h;
}

interface Issue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The server's refusal (`{error: {code, message, issues}}`, docs/api.md) in people's words: the message, then each field at fault. */
async function errorOf(res: Response): Promise<ApiError> {
  const text = await res.text();
  try {
    const { error } = JSON.parse(text) as { error: { code: string; message: string; issues: Issue[] } };
    const fields = error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message));
    return new ApiError(res.status, [error.message, ...fields.filter((f) => f !== error.message)].join(" — "), error);
  } catch {
    return new ApiError(res.status, `${res.status} ${res.statusText}`);
  }
}

async function call(method: string, path: string, body?: unknown, extra?: Record<string, string>): Promise<Response> {
  const res = await fetch(path, { method, headers: headers(body !== undefined, extra), body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) throw await errorOf(res);
  return res;
}

export const getJson = async <T>(path: string): Promise<T> => (await call("GET", path)).json() as Promise<T>;
/** POST a JSON body; `extra` headers such as the register's Idempotency-Key. */
export const postJson = async <T>(path: string, body: unknown, extra?: Record<string, string>): Promise<T> => (await call("POST", path, body, extra)).json() as Promise<T>;
export const postForBlob = async (path: string, body: unknown): Promise<Blob> => (await call("POST", path, body)).blob();
export const postForText = async (path: string, body: unknown): Promise<string> => (await call("POST", path, body)).text();

export const putJson = async <T>(path: string, body: unknown): Promise<T> => (await call("PUT", path, body)).json() as Promise<T>;
export const getText = async (path: string): Promise<string> => (await call("GET", path)).text();
/** A GET whose body is read as it arrives (a job's server-sent events), with the token. */
export const getStream = (path: string): Promise<Response> => call("GET", path);

export const query = (params: Record<string, string | number | undefined | null>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
};
