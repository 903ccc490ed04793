import { useEffect, useState } from 'react';
import { stepFunctions } from './server.ts';
import { layOut, type Definition } from './graph.ts';
import { pathOf, type HistoryEvent, type StateVisit } from './history.ts';

interface Machine {
  stateMachineArn: string;
  name: string;
}
interface ExecutionSummary {
  executionArn: string;
  name: string;
  status: string;
  startDate: number;
  stopDate?: number;
}

/** Like the Step Functions console: each state machine drawn, its executions, and one execution's path through it. */
export function Workflows() {
  const [machines, setMachines] = useState<Machine[]>([]);
  const [machine, setMachine] = useState<string>();
  const [definition, setDefinition] = useState<Definition>();
  const [executions, setExecutions] = useState<ExecutionSummary[]>([]);
  const [selected, setSelected] = useState<string>();
  const [visits, setVisits] = useState<StateVisit[]>([]);
  const [error, setError] = useState<string>();
  const [round, setRound] = useState(0);

  useEffect(() => {
    stepFunctions<{ stateMachines: Machine[] }>('ListStateMachines', {}).then(
      (r) => {
        setMachines(r.stateMachines);
        setMachine((m) => m ?? r.stateMachines[0]?.stateMachineArn);
      },
      (e: Error) => setError(e.message),
    );
  }, []);
  useEffect(() => {
    if (!machine) return;
    stepFunctions<{ definition: string }>('DescribeStateMachine', { stateMachineArn: machine }).then(
      (r) => setDefinition(JSON.parse(r.definition) as Definition),
      (e: Error) => setError(e.message),
    );
  }, [machine]);
  useEffect(() => {
    if (!machine) return;
    stepFunctions<{ executions: ExecutionSummary[] }>('ListExecutions', { stateMachineArn: machine, maxResults: 50 }).then(
      (r) => setExecutions(r.executions),
      (e: Error) => setError(e.message),
    );
  }, [machine, round]);
  useEffect(() => {
    if (!selected) return setVisits([]);
    stepFunctions<{ events: HistoryEvent[] }>('GetExecutionHistory', { executionArn: selected }).then(
      (r) => setVisits(pathOf(r.events)),
      (e: Error) => setError(e.message),
    );
  }, [selected, round]);

  return (
    <div className="workflows">
      {error && <p role="alert">{error}</p>}
      <div className="row">
        <label>
          State machine
          <select value={machine ?? ''} onChange={(e) => setMachine(e.target.value)}>
            {machines.map((m) => (
              <option key={m.stateMachineArn} value={m.stateMachineArn}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setRound((r) => r + 1)}>
          Refresh
        </button>
      </div>
      <div className="workflow-layout">
        <section aria-labelledby="executions-title">
          <h2 id="executions-title">Executions</h2>
          {executions.length === 0 && <p>None yet: a checkout starts one.</p>}
          <ul className="executions">
            {executions.map((e) => (
              <li key={e.executionArn}>
                <button type="button" aria-pressed={selected === e.executionArn} onClick={() => setSelected(e.executionArn)}>
                  <span className={`status ${e.status.toLowerCase()}`}>{e.status}</span> {e.name.slice(0, 24)}…{' '}
                  {new Date(e.startDate * 1000).toLocaleTimeString()}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="graph-title">
          <h2 id="graph-title">Graph</h2>
          {definition && <Graph definition={definition} visits={visits} />}
        </section>
      </div>
      {selected && <ExecutionPath visits={visits} />}
    </div>
  );
}

function Graph({ definition, visits }: { definition: Definition; visits: StateVisit[] }) {
  const { nodes, edges, width, height } = layOut(definition);
  const outcome = new Map(visits.map((v) => [v.name, v.error ? 'failed' : v.exitedAt === undefined ? 'running' : 'succeeded']));
  const taken = new Set(visits.slice(1).map((v, i) => `${visits[i]!.name}→${v.name}`));
  return (
    <svg
      className="graph"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="The state machine's states and transitions; the execution's path highlighted"
    >
      <defs>
        <marker
          id="arrow"
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerWidth="8"
          markerHeight="8"
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#777" />
        </marker>
      </defs>
      {edges.map((e) => (
        <line
          key={`${e.from}→${e.to}`}
          x1={e.x1}
          y1={e.y1}
          x2={e.x2}
          y2={e.y2}
          className={`edge ${e.kind} ${taken.has(`${e.from}→${e.to}`) ? 'taken' : ''}`}
          markerEnd="url(#arrow)"
        />
      ))}
      {nodes.map((n) => (
        <g
          key={n.name}
          className={`state ${outcome.get(n.name) ?? ''}`}
          data-state={n.name}
          data-outcome={outcome.get(n.name) ?? 'not-visited'}
        >
          <rect x={n.x} y={n.y} width={n.width} height={n.height} rx="6" />
          <text x={n.x + n.width / 2} y={n.y + n.height / 2 + 4} textAnchor="middle">
            {n.name}
          </text>
          <title>{`${n.name} (${n.type})`}</title>
        </g>
      ))}
    </svg>
  );
}

function ExecutionPath({ visits }: { visits: StateVisit[] }) {
  return (
    <section aria-labelledby="path-title">
      <h2 id="path-title">Path through the states</h2>
      <table className="path">
        <thead>
          <tr>
            <th scope="col">State</th>
            <th scope="col">Started</th>
            <th scope="col">Duration</th>
            <th scope="col">Input, output, error</th>
          </tr>
        </thead>
        <tbody>
          {visits.map((v, i) => (
            <tr key={i} className={v.error ? 'failed' : ''}>
              <th scope="row">{v.name}</th>
              <td>+{v.enteredAt} ms</td>
              <td>{v.exitedAt === undefined ? '…' : `${v.exitedAt - v.enteredAt} ms`}</td>
              <td>
                <details>
                  <summary>{v.error ? `${v.error.error}${v.retried ? ` (tried ${v.retried + 1}×)` : ''}` : 'input / output'}</summary>
                  {v.error && <pre>{v.error.cause}</pre>}
                  <pre>input: {v.input}</pre>
                  {v.output !== undefined && <pre>output: {v.output}</pre>}
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
