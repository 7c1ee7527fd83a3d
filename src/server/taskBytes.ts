/**
 * A worker's answer as one byte array, so it moves to the main thread instead of being copied (a
 * million-event answer is over 200 MB): a 4-byte length, the answer's head as JSON, then the body.
 */
import type { TaskResult } from "./tasks.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function packResult(result: TaskResult): Uint8Array {
  const { body, ...head } = result.ok ? result : { ...result, body: new Uint8Array(0) };
  const headBytes = encoder.encode(JSON.stringify(head));
  const out = new Uint8Array(4 + headBytes.length + body.length);
  new DataView(out.buffer).setUint32(0, headBytes.length);
  out.set(headBytes, 4);
  out.set(body, 4 + headBytes.length);
  return out;
}

export function unpackResult(bytes: Uint8Array): TaskResult {
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  const head = JSON.parse(decoder.decode(bytes.subarray(4, 4 + length)));
  return head.ok ? { ...head, body: bytes.subarray(4 + length) } : head;
}
