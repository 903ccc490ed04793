import type { FieldContextJson } from '../sandbox.ts';
import type { AuthMode, EvaluationScope } from '../scope.ts';
import type { Signal } from '../signals.ts';

/** What the host sends the sandbox process, in batches. */
export type Job = LoadJob | EvaluateJob | ReleaseJob;

/** Compile a bundle under a number the host chose. */
export interface LoadJob {
  op: 'load';
  code: number;
  name: string;
  source: string;
}

/** Run one handler against one ctx, which the process keeps between the steps of a field. */
export interface EvaluateJob {
  op: 'evaluate';
  id: number;
  code: number;
  handler: 'request' | 'response';
  ctx: number;
  /** Present on a ctx's first evaluation: what to build it from. */
  create?: { field: FieldContextJson } | { plain: string };
  /** ctx members replaced before the handler runs; `json` absent means undefined. */
  set?: { key: 'prev' | 'result' | 'error'; json?: string }[];
  scope: ScopeIn;
  readStash?: boolean;
  /**
   * A unit resolver on a NONE data source, whole: after a request handler that returns, NONE's
   * rule (none.ts: the request's `payload` becomes `ctx.result`) and the response handler, one
   * trip instead of two. Such a ctx is not kept.
   */
  none?: boolean;
  /** Report how long each handler took (request logs want it). */
  timed?: boolean;
}

export interface ReleaseJob {
  op: 'release';
  ctx: number;
}

/** The part of an evaluation's scope that util reads; no headers and no header bytes when absent. */
export interface ScopeIn {
  authMode: AuthMode | null;
  operationType?: EvaluationScope['operationType'];
  responseHeaders?: Record<string, string>;
  responseHeaderBytes?: number;
}

/** What util wrote during the evaluation; only the members it wrote to are sent. */
export type ScopeOut = Partial<Omit<EvaluationScope, 'authMode' | 'operationType'> & { responseHeaderBytes: number }>;

export interface Reply {
  id: number;
  /** The (last) handler's value; absent for undefined. */
  value?: unknown;
  signal?: Signal;
  error?: { message: string; line?: number; column?: number };
  /** Absent when util wrote nothing. */
  scope?: ScopeOut;
  stash?: unknown;
  /** A `none` job whose request handler returned: what it returned (absent for undefined), NONE having been invoked with it. */
  request?: { value?: unknown };
  /** With `timed`: milliseconds each handler that ran took, in order. */
  ms?: number[];
}

// On the wire (channel.ts: one batch per line to the process, one reply per line back), jobs and
// replies are JSON arrays, members by position: an array costs a fraction of an object to write
// and to read, on both sides of every evaluation. A batch names each field ctx's member texts by
// their index in its list of texts, where the members a request's fields share appear once.

const NONE = 1;
const TIMED = 2;
const READ_STASH = 4;
const MEMBERS = ['arguments', 'identity', 'source', 'request', 'info', 'env'] as const;

type ScopeWire = ScopeIn | AuthMode | null;
type CreateWire = 0 | string | number[];
type SetWire = ([key: 'prev' | 'result' | 'error'] | [key: 'prev' | 'result' | 'error', json: string])[];
type JobWire =
  | [op: 'L', code: number, name: string, source: string]
  | [op: 'R', ctx: number]
  | [
      op: 'E',
      id: number,
      code: number,
      handler: 'request' | 'response',
      ctx: number,
      flags: number,
      scope: ScopeWire,
      create: CreateWire,
      set?: SetWire,
    ];

/** A batch as one line of JSON text. */
export function encodeBatch(jobs: Job[]): string {
  const texts: string[] = [];
  // The members a request's fields share are the same strings, whose hash V8 keeps: looked up by
  // value once per request. A field's own members are rarely repeated; hashing them would cost more
  // than sending them.
  const index = new Map<string, number>();
  const shared = (text: string) => {
    let i = index.get(text);
    if (i === undefined) {
      i = texts.push(text) - 1;
      index.set(text, i);
    }
    return i;
  };
  const own = (text: string) => texts.push(text) - 1;
  const wire: JobWire[] = [];
  for (const job of jobs) {
    if (job.op === 'load') wire.push(['L', job.code, job.name, job.source]);
    else if (job.op === 'release') wire.push(['R', job.ctx]);
    else {
      const { create, scope } = job;
      const flags = (job.none ? NONE : 0) | (job.timed ? TIMED : 0) | (job.readStash ? READ_STASH : 0);
      const onlyAuthMode = scope.operationType === undefined && scope.responseHeaders === undefined && !scope.responseHeaderBytes;
      let created: CreateWire = 0;
      if (create && 'plain' in create) created = create.plain;
      else if (create) {
        const { field } = create;
        created = [own(field.arguments), shared(field.identity), own(field.source), shared(field.request), own(field.info)];
        if (field.env !== undefined) created.push(shared(field.env));
      }
      const encoded: JobWire = ['E', job.id, job.code, job.handler, job.ctx, flags, onlyAuthMode ? scope.authMode : scope, created];
      if (job.set) encoded.push(job.set.map(({ key, json }): SetWire[number] => (json === undefined ? [key] : [key, json])));
      wire.push(encoded);
    }
  }
  return JSON.stringify([texts, wire]);
}

/** A batch from its line; throws on a line the host did not write. */
export function decodeBatch(line: string): Job[] {
  const [texts, wire] = JSON.parse(line) as [string[], JobWire[]];
  const text = (i: number) => {
    const t = texts[i];
    if (typeof t !== 'string') throw new Error('A batch names a text it does not hold.');
    return t;
  };
  return wire.map((w): Job => {
    if (w[0] === 'L') return { op: 'load', code: w[1], name: w[2], source: w[3] };
    if (w[0] === 'R') return { op: 'release', ctx: w[1] };
    const [, id, code, handler, ctx, flags, scope, created, set] = w;
    const job: EvaluateJob = {
      op: 'evaluate',
      id,
      code,
      handler,
      ctx,
      scope: scope !== null && typeof scope === 'object' ? scope : { authMode: scope },
      none: (flags & NONE) !== 0,
      timed: (flags & TIMED) !== 0,
      readStash: (flags & READ_STASH) !== 0,
    };
    if (typeof created === 'string') job.create = { plain: created };
    else if (created !== 0) {
      const field = {} as FieldContextJson;
      created.forEach((i, n) => (field[MEMBERS[n]!] = text(i)));
      job.create = { field };
    }
    if (set) job.set = set.map(([key, json]) => (json === undefined ? { key } : { key, json }));
    return job;
  });
}

/**
 * A reply as the sandbox process makes it: values as the JSON text the realm wrote, which the reply
 * carries as they are (Sandbox.runJson).
 */
export interface Answer extends Omit<Reply, 'value' | 'request'> {
  /** The (last) handler's value as JSON text; absent for undefined. */
  json?: string;
  /** A `none` job whose request handler returned: its value as JSON text (absent for undefined). */
  request?: { json?: string };
}

type Kind = 'v' | 'u' | 's' | 'e';
/** `request`: 0 none, [] undefined, [value], or "p" for exactly { payload: <the value> } (NONE's resolver returning ctx.result), sent once. */
type ReplyWire = [
  id: number,
  kind: Kind,
  detail?: unknown,
  request?: 0 | [] | [unknown] | 'p',
  ms?: 0 | number[],
  scope?: 0 | ScopeOut,
  stash?: [unknown],
];

/** A reply as one line of JSON text; throws what JSON.stringify throws (a value nested too deeply for the stack). */
export function encodeReply(answer: Answer): string {
  const { id, json, request } = answer;
  let text = answer.signal
    ? `[${id},"s",${JSON.stringify(answer.signal)}`
    : answer.error
      ? `[${id},"e",${JSON.stringify(answer.error)}`
      : json === undefined
        ? `[${id},"u",0`
        : `[${id},"v",${json}`;
  const extras: string[] = [
    !request
      ? '0'
      : request.json === undefined
        ? '[]'
        : json !== undefined && request.json === `{"payload":${json}}`
          ? '"p"'
          : `[${request.json}]`,
    answer.ms ? JSON.stringify(answer.ms) : '0',
    answer.scope ? JSON.stringify(answer.scope) : '0',
  ];
  if (answer.stash !== undefined) extras.push(`[${JSON.stringify(answer.stash)}]`);
  while (extras.length && extras[extras.length - 1] === '0') extras.pop();
  for (const extra of extras) text += `,${extra}`;
  return `${text}]`;
}

/** A reply from its line; throws on a line that is not one. */
export function decodeReply(line: string): Reply {
  const [id, kind, detail, request, ms, scope, stash] = JSON.parse(line) as ReplyWire;
  if (typeof id !== 'number') throw new Error('A reply without its number.');
  const reply: Reply = { id };
  if (kind === 'v') reply.value = detail;
  else if (kind === 's') reply.signal = detail as Signal;
  else if (kind === 'e') reply.error = detail as Reply['error'];
  if (request === 'p') reply.request = { value: { payload: detail } };
  else if (request) reply.request = request.length ? { value: request[0] } : {};
  if (ms) reply.ms = ms;
  if (scope) reply.scope = scope;
  if (stash) reply.stash = stash[0];
  return reply;
}
