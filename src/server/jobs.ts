/**
 * Jobs: long work (imports, distributions, payment runs, sweeps, batch reads) runs in the background with its
 * state in the database. A job interrupted by a stop of the server is run again, once, at the next
 * start (its work must be safe to run again: register commands carry the job's id as their
 * idempotency key); interrupted twice, it fails and says so.
 */
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import { InputError } from "../errors.js";
import { HttpError, headOf, notFound } from "./httpErrors.js";
import { nowText, type ServerDb } from "./db.js";

export interface JobView {
  id: string;
  kind: string;
  state: "queued" | "running" | "done" | "failed";
  progress: { done: number; total: number };
  result: unknown;
  error: { code: string; message: string; issues: unknown[] } | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  attempts: number;
}

export interface JobContext {
  readonly id: string;
  readonly signal: AbortSignal;
  progress(done: number, total: number): void;
}

/** Does a kind of job; throws InputError/HttpError to fail it with a message for people. */
export type JobWork = (input: unknown, context: JobContext) => Promise<unknown>;

/** A job is run at most this many times (the first run and one resumption). */
export const MAX_ATTEMPTS = 2;

type Row = Awaited<ReturnType<typeof selectJob>>;
const selectJob = (db: ServerDb, id: string) => db.selectFrom("server_jobs").selectAll().where("id", "=", id).executeTakeFirst();

function viewOf(row: NonNullable<Row>): JobView {
  return {
    id: row.id,
    kind: row.kind,
    state: row.state as JobView["state"],
    progress: { done: row.done, total: row.total },
    result: row.result === null ? null : JSON.parse(row.result),
    error: row.error === null ? null : JSON.parse(row.error),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    attempts: row.attempts,
  };
}

const isFinished = (j: JobView) => j.state === "done" || j.state === "failed";

/** What a job's event says when it is a step of its progress (any other event is a change of its row). */
const STEP = "step";

export class Jobs {
  private readonly events = new EventEmitter().setMaxListeners(0);
  private readonly stopping = new AbortController();
  private readonly running = new Set<Promise<void>>();
  /**
   * The progress of the jobs running here, by id. It is not written to the database at each step:
   * on SQLite a register command holds the database's write lock for its whole run, and a job
   * resumed after a restart counts again from the start anyway.
   */
  private readonly progress = new Map<string, { done: number; total: number }>();

  constructor(
    private readonly db: ServerDb,
    private readonly work: (kind: string) => JobWork | undefined,
    private readonly logBug: (e: unknown) => void,
  ) {}

  /** Records a job and starts it. */
  async start(kind: string, input: unknown, createdBy: string): Promise<JobView> {
    const now = nowText();
    const id = randomUUID();
    await this.db.insertInto("server_jobs").values({ id, kind, input: JSON.stringify(input), state: "queued", done: 0, total: 0, attempts: 0, result: null, error: null, created_by: createdBy, created_at: now, updated_at: now }).execute();
    this.launch(id);
    return this.get(id);
  }

  async get(id: string): Promise<JobView> {
    const row = await selectJob(this.db, id);
    if (!row) throw notFound(`job ${id}`);
    return this.withProgress(viewOf(row));
  }

  async list(limit = 100): Promise<JobView[]> {
    const rows = await this.db.selectFrom("server_jobs").selectAll().orderBy("created_at", "desc").limit(limit).execute();
    return rows.map((row) => this.withProgress(viewOf(row)));
  }

  /** The job with the progress it has made here, while it runs. */
  private withProgress(job: JobView): JobView {
    const now = job.state === "running" ? this.progress.get(job.id) : undefined;
    return now ? { ...job, progress: { ...now } } : job;
  }

  /**
   * The job once finished. The listener is in place before the job is read, so an end that comes
   * while it is being read is not missed (the wait would never return).
   */
  async finished(id: string): Promise<JobView> {
    await this.get(id); // no such job: 404
    return new Promise((resolve, reject) => {
      const check = (change?: typeof STEP) => {
        if (change === STEP) return; // a step never ends a job: no need to read it again
        void this.get(id).then((now) => {
          if (!isFinished(now)) return;
          this.events.off(id, check);
          resolve(now);
        }, reject);
      };
      this.events.on(id, check);
      check();
    });
  }

  /** Calls `listener` with the job now and after each change, until it has finished; returns the unsubscribe. */
  follow(id: string, listener: (job: JobView) => void): () => void {
    // One read after the other, so the listener never sees the job go back.
    let reading = Promise.resolve();
    const send = () => void (reading = reading.then(() => this.get(id).then(listener)).catch(this.logBug));
    this.events.on(id, send);
    send();
    return () => this.events.off(id, send);
  }

  /** At start: runs again the jobs a stop interrupted (once), fails those interrupted twice. */
  async resume(): Promise<number> {
    const rows = await this.db.selectFrom("server_jobs").select(["id", "attempts"]).where("state", "in", ["queued", "running"]).execute();
    for (const row of rows) {
      if (row.attempts >= MAX_ATTEMPTS) await this.fail(row.id, { code: "interrupted", message: `interrupted ${row.attempts} times by a stop of the server; not run again`, issues: [] });
      else this.launch(row.id);
    }
    return rows.length;
  }

  /** Stops: running jobs are left "running", to be resumed at the next start. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await Promise.allSettled([...this.running]);
  }

  private launch(id: string): void {
    const run = this.run(id).finally(() => this.running.delete(run));
    this.running.add(run);
  }

  private async run(id: string): Promise<void> {
    const row = await selectJob(this.db, id);
    if (!row) return;
    const work = this.work(row.kind);
    await this.update(id, { state: "running", attempts: row.attempts + 1 });
    const context: JobContext = { id, signal: this.stopping.signal, progress: (done, total) => this.step(id, done, total) };
    try {
      if (!work) throw new HttpError(500, "internal", `no work of kind ${row.kind}`);
      const result = await work(JSON.parse(row.input), context);
      if (this.stopping.signal.aborted) return;
      await this.finish(id, { state: "done", result: JSON.stringify(result ?? null) });
    } catch (e) {
      if (this.stopping.signal.aborted) return;
      const error = errorOf(e);
      if (error.code === "internal") this.logBug(e);
      await this.fail(id, error);
    }
  }

  private fail(id: string, error: { code: string; message: string; issues: readonly unknown[] }) {
    return this.finish(id, { state: "failed", error: JSON.stringify(error) });
  }

  private async update(id: string, values: Partial<{ state: string; attempts: number; done: number; total: number; result: string; error: string }>): Promise<void> {
    await this.db.updateTable("server_jobs").set({ ...values, updated_at: nowText() }).where("id", "=", id).execute();
    this.events.emit(id);
  }

  /** A step of a running job: kept in memory and told to its followers; stored with the job's end. */
  private step(id: string, done: number, total: number): void {
    this.progress.set(id, { done, total });
    this.events.emit(id, STEP);
  }

  /** The job's end, stored with the progress it reached (kept in memory until then, so a follower never sees it go back). */
  private async finish(id: string, values: { state: "done"; result: string } | { state: "failed"; error: string }): Promise<void> {
    await this.update(id, { ...values, ...this.progress.get(id) });
    this.progress.delete(id);
  }
}

function errorOf(e: unknown): { code: string; message: string; issues: readonly unknown[] } {
  if (e instanceof HttpError) return { code: e.code, message: e.message, issues: e.issues };
  if (e instanceof InputError) return { code: "invalid-input", message: headOf(e), issues: e.issues };
  return { code: "internal", message: "internal error: this is a bug in rightsplan, please report it", issues: [] };
}
