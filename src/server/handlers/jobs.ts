/** Jobs: list, one job (optionally once finished), its progress as server-sent events. */
import type { Handler } from "../app.js";
import { jobIdParamsSchema, jobQuerySchema } from "../schemas.js";
import type { JobView } from "../jobs.js";
import { part } from "./common.js";

export const list: Handler = async (_request, _reply, { jobs }) => jobs.list();

export const get: Handler = async (request, _reply, { jobs }) => {
  const { id } = part(jobIdParamsSchema, request.params);
  return part(jobQuerySchema, request.query).wait ? jobs.finished(id) : jobs.get(id);
};

const finished = (job: JobView) => job.state === "done" || job.state === "failed";

/** `event: progress` with the job at each change, then `event: done` or `event: failed`, then the stream ends. */
export const events: Handler = async (request, reply, { jobs }) => {
  const { id } = part(jobIdParamsSchema, request.params);
  await jobs.get(id);
  reply.hijack();
  reply.raw.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  await new Promise<void>((resolve) => {
    let stop = () => {};
    const close = () => {
      stop();
      reply.raw.end();
      resolve();
    };
    stop = jobs.follow(id, (job) => {
      reply.raw.write(`event: ${finished(job) ? job.state : "progress"}\ndata: ${JSON.stringify(job)}\n\n`);
      if (finished(job)) close();
    });
    request.raw.on("close", close);
  });
};
