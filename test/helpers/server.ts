/**
 * The test runner's own servers, seen from a test: the fault server (test/server/faults.js) and the form endpoint
 * (test/server/form-endpoint.js).
 */
import { until } from './wait.js';

let counter = 0;
/** A key no other test uses, so that the shared request cache and the server's counts start clean. */
export function uniqueKey(name = 'k'): string {
  return `${name}-${Date.now().toString(36)}-${++counter}`;
}

/** A JSON file or answer from the test server, typed as the test expects it. */
export async function getJson<T>(url: string): Promise<T> {
  return (await fetch(url)).json() as Promise<T>;
}

/** `file` (a path from the project root, under test/fixtures/ or stories/) from the fault server, after `delay` ms. */
export const faultJson = (file: string, { key = uniqueKey(), delay = 0 } = {}) =>
  `/fault/json?file=${file}&key=${key}&delay=${delay}`;

/** What the fault server saw for a key. */
export function serverCount(key: string) {
  return getJson<{ requests: number; aborted: number }>(`/fault/count/${key}`);
}

/** Resolves once the fault server has received the request counted under `key`. */
export const requestArrived = (key: string) =>
  until(async () => (await serverCount(key)).requests > 0, `the fault server received the request ${key}`);

/** Resolves once the fault server has seen the client give up the request counted under `key`. */
export const requestAborted = (key: string) =>
  until(async () => (await serverCount(key)).aborted > 0, `the fault server saw the request ${key} aborted`);

/** A request the form endpoint received under a key. */
export interface FormRequest {
  method: string;
  type: string;
  body: Record<string, string>;
  aborted: boolean;
}

/** The requests the form endpoint received under `key`, oldest first. */
export const formLog = (key: string) => getJson<FormRequest[]>(`/form/log/${key}`);
