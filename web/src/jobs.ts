/**
 * Long work on the server (a distribution, a payment run) as a job: the route answers 202 with
 * the job, and the page follows it (GET /api/jobs/:id) until it is done or has failed, showing
 * its progress. (EventSource cannot send the token header, so the page asks every half second.)
 */
import { getJson } from "./api.js";

export interface Job {
  readonly id: string;
  readonly kind: string;
  readonly state: "queued" | "running" | "done" | "failed";
  readonly progress: { readonly done: number; readonly total: number };
  readonly result: unknown;
  readonly error: { readonly message: string } | null;
}

export async function followJob(first: Job, onProgress: (job: Job) => void): Promise<Job> {
  let job = first;
  onProgress(job);
  while (job.state === "queued" || job.state === "running") {
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
