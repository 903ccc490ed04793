import { StateMachine } from 'aws-local-stepfunctions';
import type { LambdaInvocationResult } from '../lambda/local-function.ts';
import { taskStates, type Definition } from './definition.ts';
import { SfnError } from './errors.ts';

// aws-local-stepfunctions calls Promise.withResolvers (Node 22); without it on Node 20 every Task fails.
if (!('withResolvers' in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T) => void;
      let reject!: (reason: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

type EventLogs = ReturnType<StateMachine['run']>['eventLogs'];
type EventLog = Exclude<Awaited<ReturnType<EventLogs['next']>>['value'], void>;

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

export interface HistoryEvent {
  timestamp: Date;
  type: string;
  id: number;
  previousEventId: number;
  [details: string]: unknown;
}

export interface Execution {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  input: string;
  status: ExecutionStatus;
  startDate: Date;
  stopDate?: Date;
  output?: string;
  error?: string;
  cause?: string;
  history: HistoryEvent[];
  /** Resolves when the execution ends. */
  done: Promise<void>;
  abort?: () => void;
}

export interface LocalStateMachine {
  name: string;
  arn: string;
  definition: Definition;
  createdAt: Date;
}

/** Validating a definition costs far more than running it: once per state machine, not per execution. */
const engines = new WeakMap<LocalStateMachine, StateMachine>();
const engineOf = (machine: LocalStateMachine) => {
  let engine = engines.get(machine);
  if (!engine) engines.set(machine, (engine = new StateMachine(machine.definition as never, { validationOptions: { checkArn: false } })));
  return engine;
};

export type InvokeFunction = (functionArn: string, payload: unknown) => Promise<LambdaInvocationResult>;

/**
 * Standard workflow executions on this machine, kept in memory: started with Step Functions'
 * rules for names (the same name and input while running is the same execution; anything else
 * is ExecutionAlreadyExists), run by aws-local-stepfunctions with each Task state invoking the
 * declared Lambda function in its local execution environments.
 */
export class LocalExecutions {
  private readonly executions = new Map<string, Execution>();
  private readonly listeners = new Set<(execution: Execution) => void>();

  constructor(
    readonly machines: Map<string, LocalStateMachine>,
    private readonly invoke: InvokeFunction,
  ) {}

  /** Called with every execution that ends (npm start logs each one's path). */
  onEnd(listener: (execution: Execution) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(stateMachineArn: string, name: string, input: string): Execution {
    const machine = this.machines.get(stateMachineArn);
    if (!machine) throw new SfnError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${stateMachineArn}'`);
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(name)) throw new SfnError('InvalidName', `Invalid Name: '${name}'`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(input);
    } catch {
      throw new SfnError('InvalidExecutionInput', 'Invalid State Machine Execution Input: not valid JSON');
    }
    const executionArn = `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
    const existing = this.executions.get(executionArn);
    if (existing) {
      // https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
      if (existing.status === 'RUNNING' && existing.input === input) return existing;
      throw new SfnError('ExecutionAlreadyExists', `Execution Already Exists: '${executionArn}'`);
    }
    const execution: Execution = {
      executionArn,
      stateMachineArn,
      name,
      input,
      status: 'RUNNING',
      startDate: new Date(),
      history: [],
      done: Promise.resolve(),
    };
    this.executions.set(executionArn, execution);
    execution.done = this.run(machine, execution, parsed);
    return execution;
  }

  get(executionArn: string): Execution {
    const execution = this.executions.get(executionArn);
    if (!execution) throw new SfnError('ExecutionDoesNotExist', `Execution Does Not Exist: '${executionArn}'`);
    return execution;
  }

  /** Newest first; every state machine's when `stateMachineArn` is empty. */
  list(stateMachineArn: string, status?: ExecutionStatus): Execution[] {
    return [...this.executions.values()]
      .filter((e) => (!stateMachineArn || e.stateMachineArn === stateMachineArn) && (!status || e.status === status))
      .sort((a, b) => b.startDate.getTime() - a.startDate.getTime());
  }

  stop(executionArn: string, error?: string, cause?: string): Execution {
    const execution = this.get(executionArn);
    if (execution.status === 'RUNNING') {
      execution.error = error;
      execution.cause = cause;
      execution.abort?.();
    }
    return execution;
  }

  /** Waits for every running execution (tests, and stopping the runtime). */
  async settled(): Promise<void> {
    await Promise.all([...this.executions.values()].map((e) => e.done));
  }

  private async run(machine: LocalStateMachine, execution: Execution, input: unknown): Promise<void> {
    const handlers = Object.fromEntries(
      taskStates(machine.definition).map(([stateName]) => [
        stateName,
        async (params: unknown) => {
          const { FunctionName, Payload } = params as { FunctionName: string; Payload: unknown };
          const result = await this.invoke(FunctionName, Payload);
          if (result.error) {
            // A function error reaches Retry and Catch under the function's errorType, as with Lambda's integration.
            const error = new Error(JSON.stringify(result.error));
            error.name = result.error.errorType;
            throw error;
          }
          return { ExecutedVersion: '$LATEST', Payload: result.payload ?? null, StatusCode: 200 } as never;
        },
      ]),
    );
    const run = engineOf(machine).run(input as never, {
      overrides: { taskResourceLocalHandlers: handlers },
      context: {
        Execution: {
          Id: execution.executionArn,
          Name: execution.name,
          Input: input,
          StartTime: execution.startDate.toISOString(),
        } as never,
      },
    });
    execution.abort = run.abort;
    const recording = this.record(execution, run.eventLogs);
    try {
      const output = await run.result;
      execution.status = 'SUCCEEDED';
      execution.output = JSON.stringify(output);
    } catch (e) {
      const error = e as Error & { name: string; cause?: unknown };
      if (error.name === 'ExecutionAbortedError') execution.status = 'ABORTED';
      else if (error.name === 'ExecutionTimeoutError') execution.status = 'TIMED_OUT';
      else {
        execution.status = 'FAILED';
        execution.error = execution.error ?? errorNameOf(error);
        execution.cause = execution.cause ?? causeOf(error);
      }
    }
    execution.stopDate = new Date();
    await recording.catch(() => {});
    for (const listener of this.listeners) listener(execution);
  }

  private async record(execution: Execution, events: EventLogs): Promise<void> {
    for await (const event of events) {
      for (const entry of historyEntries(event)) {
        const id = execution.history.length + 1;
        execution.history.push({ ...entry, id, previousEventId: id - 1, timestamp: new Date(event.timestamp) });
      }
    }
  }
}

const errorNameOf = (error: Error & { cause?: unknown }) => (error.name === 'FailStateError' ? String(error.message) : error.name);
const causeOf = (error: Error) => error.message;

const json = (value: unknown) => (value === undefined ? undefined : JSON.stringify(value));

/** aws-local-stepfunctions' event log in GetExecutionHistory's terms. */
function historyEntries(event: EventLog): { type: string; [details: string]: unknown }[] {
  switch (event.type) {
    case 'ExecutionStarted':
      return [{ type: 'ExecutionStarted', executionStartedEventDetails: { input: json(event.input) } }];
    case 'ExecutionSucceeded':
      return [{ type: 'ExecutionSucceeded', executionSucceededEventDetails: { output: json(event.output) } }];
    case 'ExecutionFailed':
      return [{ type: 'ExecutionFailed', executionFailedEventDetails: { error: event.Error, cause: String(event.Cause ?? '') } }];
    case 'ExecutionAborted':
      return [{ type: 'ExecutionAborted', executionAbortedEventDetails: {} }];
    case 'ExecutionTimeout':
      return [{ type: 'ExecutionTimedOut', executionTimedOutEventDetails: {} }];
    case 'StateEntered':
      return [
        { type: `${event.state.type}StateEntered`, stateEnteredEventDetails: { name: event.state.name, input: json(event.state.input) } },
      ];
    case 'StateExited':
      return [
        { type: `${event.state.type}StateExited`, stateExitedEventDetails: { name: event.state.name, output: json(event.state.output) } },
      ];
    case 'StateFailed':
    case 'StateRetried':
    case 'StateCaught':
      return 'Error' in event
        ? [
            {
              type: event.state.type === 'Task' ? 'TaskFailed' : `${event.state.type}StateFailed`,
              taskFailedEventDetails: { resourceType: 'lambda', resource: 'invoke', error: event.Error, cause: String(event.Cause ?? '') },
            },
          ]
        : [];
    default:
      return [];
  }
}
