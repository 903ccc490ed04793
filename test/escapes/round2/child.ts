// Run as a child process (node --import tsx child.ts <mode> <code>): the host side of the sandbox
// as the runtime wires it, in a process of its own, so that an exception thrown into the host's
// event loop shows here as `uncaught` instead of taking the test process down.
//   mode "run":      IsolatedSandbox.run of the code's request handler
//   mode "evaluate": EvaluateCode's CodeEvaluator (static checks included) on an IsolatedSandbox
import { IsolatedSandbox } from '../../../local/appsync-js/isolation/isolated-sandbox.ts';
import { newScope } from '../../../local/appsync-js/scope.ts';
import { CodeEvaluator } from '../../../local/evaluate-code/evaluator.ts';

const [mode, code] = process.argv.slice(2) as ['run' | 'evaluate', string];
const keepAlive = setInterval(() => {}, 1000);
process.on('uncaughtException', (e) => {
  console.log(JSON.stringify({ uncaught: String(e) }));
  process.exit(3);
});
setTimeout(() => {
  console.log(JSON.stringify({ hung: true }));
  process.exit(4);
}, 15_000).unref();

const iso = new IsolatedSandbox({ memoryMb: 64 });
let answer: unknown;
if (mode === 'evaluate') {
  answer = await new CodeEvaluator(iso, { cacheDir: false, timeLimitMs: 5000 }).evaluate(code, 'request', {});
} else {
  const out = await iso.run(iso.load('code.js', code), 'request', iso.createContext({}), newScope(), { deadline: Date.now() + 5000 });
  answer = { value: out.value, failure: out.failure?.message };
}
console.log(JSON.stringify({ answer }));
await iso.close();
clearInterval(keepAlive);
