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
}

export interface ReleaseJob {
  op: 'release';
  ctx: number;
}

/** The part of an evaluation's scope that util reads. */
export interface ScopeIn {
  authMode: AuthMode | null;
  operationType?: EvaluationScope['operationType'];
  responseHeaders: Record<string, string>;
  responseHeaderBytes: number;
}

/** What util wrote during the evaluation. */
export type ScopeOut = Omit<EvaluationScope, 'authMode' | 'operationType'> & { responseHeaderBytes: number };

export interface Reply {
  id: number;
  /** The handler's value; absent for undefined. */
  value?: unknown;
  signal?: Signal;
  error?: { message: string; line?: number; column?: number };
  scope: ScopeOut;
  stash?: unknown;
}
