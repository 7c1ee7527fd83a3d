/**
 * Long work on the server (a distribution, a payment run, a sweep) as a job: the route answers
 * 202 with the job, and the page follows it to its end, showing its progress. It reads the job's
 * server-sent events (GET /api/jobs/:id/events: `progress`, then `done` or `failed`) through
 * fetch, which carries the token header that EventSource cannot; if the stream cannot be read
 * or ends early, it asks for the job every half second instead.
 */
import { getJson, getStream } from "./api.js";

export interface Job {
  readonly id: string;
  readonly kind: string;
  readonly state: "queued" | "running" | "done" | "failed";
  readonly progress: { readonly done: number; readonly total: number };
  readonly result: unknown;
  readonly error: { readonly message: string } | null;
}

const running = (job: Job) => job.state === "queued" || job.state === "running";

/** The jobs of a text/event-stream body, as each event's data arrives. */
export async function* eventsOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Job> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = event.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trimStart()).join("\n");
      if (data) yield JSON.parse(data) as Job;
    }
  }
}

/** The job as its event stream tells it, until it ends (or the stream does). */
async function streamed(first: Job, onProgress: (job: Job) => void): Promise<Job> {
  let job = first;
  try {
    const res = await getStream(`/api/jobs/${first.id}/events`);
    for await (const next of eventsOf(res.body!)) {
      // Only a whole job is taken: an event of another shape leaves the polling below to decide.
      if (next?.id !== first.id || typeof next.state !== "string" || !next.progress) continue;
      job = next;
      onProgress(job);
      if (!running(job)) break;
    }
  } catch {
    // No stream (a proxy that buffers, a dropped connection): the polling below takes over.
  }
  return job;
}

export async function followJob(first: Job, onProgress: (job: Job) => void): Promise<Job> {
  onProgress(first);
  let job = running(first) ? await streamed(first, onProgress) : first;
  while (running(job)) {
    await new Promise((r) => setTimeout(r, 500));
    job = await getJson<Job>(`/api/jobs/${job.id}`);
    onProgress(job);
  }
  return job;
}

/** A route's answer: the finished work, or a job (202 `{job}`) followed to its end. */
export async function resultOf(answer: unknown, onProgress: (job: Job) => void): Promise<unknown> {
  if (answer && typeof answer === "object" && "job" in answer) {
    const job = await followJob((answer as { job: Job }).job, onProgress);
    if (job.state === "failed") throw new Error(job.error?.message ?? "the job failed");
    return job.result;
  }
  return answer;
}
