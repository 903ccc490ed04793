import type { FieldContextJson } from '../sandbox.ts';
import type { AuthMode, EvaluationScope } from '../scope.ts';
import type { Signal } from '../signals.ts';

/** What the host sends the sandbox process, in batches. */
export type Job = LoadJob | EvaluateJob | ReleaseJob;

/**
 * A batch as it travels: its jobs, each field ctx's members named by their index in `texts`, where
 * each distinct text appears once (the members a request's fields share, what identical requests
 * repeat).
 */
export interface Batch {
  texts: string[];
  jobs: (LoadJob | ReleaseJob | EvaluateJob<FieldContextRefs>)[];
}

export type FieldContextRefs = { [K in keyof FieldContextJson]: number };

/** Compile a bundle under a number the host chose. */
export interface LoadJob {
  op: 'load';
  code: number;
  name: string;
  source: string;
}

/** Run one handler against one ctx, which the process keeps between the steps of a field. */
export interface EvaluateJob<Field = FieldContextJson> {
  op: 'evaluate';
  id: number;
  code: number;
  handler: 'request' | 'response';
  ctx: number;
  /** Present on a ctx's first evaluation: what to build it from. */
  create?: { field: Field } | { plain: string };
  /** ctx members replaced before the handler runs; `json` absent means undefined. */
  set?: { key: 'prev' | 'result' | 'error'; json?: string }[];
  scope: ScopeIn;
  readStash?: boolean;
  /**
   * A unit resolver on a NONE data source, whole: after a request handler that returns, NONE's
   * rule (none.ts: the request's `payload` becomes `ctx.result`) and the response handler, one
   * trip instead of two. Such a ctx is not kept.
   */
  none?: true;
  /** Report how long each handler took (request logs want it). */
  timed?: true;
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
