import type { ServerResponse } from 'node:http';
import type { Route } from '../http/server.ts';
import { SfnError } from './errors.ts';
import type { Execution, ExecutionStatus, LocalExecutions } from './executions.ts';

/** Where `npm start` serves Step Functions: a path of the API's origin, never `/` (the web app's). */
export const STEP_FUNCTIONS_PATH = '/stepfunctions';

const seconds = (date: Date | undefined) => (date ? date.getTime() / 1000 : undefined);

/**
 * The Step Functions API (AWS JSON 1.0: `X-Amz-Target: AWSStepFunctions.<Operation>`) over the
 * local executions, so `@aws-sdk/client-sfn` with `endpoint: <origin>/stepfunctions` (and Lambda
 * functions through `AWS_ENDPOINT_URL_SFN`) start and inspect executions as in AWS. A control
 * endpoint: loopback host names only, no cross-origin page.
 */
export function stepFunctionsRoute(executions: LocalExecutions): Route {
  const operations: Record<string, (body: Record<string, unknown>) => unknown> = {
    StartExecution: (b) => {
      const e = executions.start(String(b.stateMachineArn ?? ''), String(b.name ?? crypto.randomUUID()), String(b.input ?? '{}'));
      return { executionArn: e.executionArn, startDate: seconds(e.startDate) };
    },
    DescribeExecution: (b) => describe(executions.get(String(b.executionArn ?? ''))),
    StopExecution: (b) => {
      const e = executions.stop(String(b.executionArn ?? ''), b.error as string | undefined, b.cause as string | undefined);
      return { stopDate: seconds(e.stopDate ?? new Date()) };
    },
    GetExecutionHistory: (b) => {
      const e = executions.get(String(b.executionArn ?? ''));
      const events = b.reverseOrder ? [...e.history].reverse() : e.history;
      return { events: events.map((event) => ({ ...event, timestamp: seconds(event.timestamp) })) };
    },
    ListExecutions: (b) => ({
      executions: executions
        .list(String(b.stateMachineArn ?? ''), b.statusFilter as ExecutionStatus | undefined)
        .slice(0, Number(b.maxResults) || 100)
        .map(summary),
    }),
    ListStateMachines: () => ({
      stateMachines: [...executions.machines.values()].map((m) => ({
        stateMachineArn: m.arn,
        name: m.name,
        type: 'STANDARD',
        creationDate: seconds(m.createdAt),
      })),
    }),
    DescribeStateMachine: (b) => {
      const machine = executions.machines.get(String(b.stateMachineArn ?? ''));
      if (!machine) throw new SfnError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${String(b.stateMachineArn)}'`);
      return {
        stateMachineArn: machine.arn,
        name: machine.name,
        status: 'ACTIVE',
        type: 'STANDARD',
        definition: JSON.stringify(machine.definition),
        creationDate: seconds(machine.createdAt),
      };
    },
  };
  const route: Route = (req, body, res) => {
    const path = (req.url ?? '/').split('?')[0]!.replace(/\/$/, '');
    if (path !== STEP_FUNCTIONS_PATH) return false;
    const target = String(req.headers['x-amz-target'] ?? '');
    const operation = target.startsWith('AWSStepFunctions.') ? operations[target.slice('AWSStepFunctions.'.length)] : undefined;
    try {
      if (req.method !== 'POST' || !operation) throw new SfnError('UnknownOperationException', `Unknown operation ${target}`);
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(body || '{}');
      } catch {
        throw new SfnError('SerializationException', 'The request body is not valid JSON.');
      }
      send(res, 200, operation(parsed));
    } catch (e) {
      if (!(e instanceof SfnError)) throw e;
      res.setHeader('x-amzn-errortype', e.type);
      send(res, e.status, { __type: e.type, message: e.message });
    }
    return true;
  };
  route.controlPaths = [STEP_FUNCTIONS_PATH, `${STEP_FUNCTIONS_PATH}/`];
  return route;
}

function summary(e: Execution) {
  return {
    executionArn: e.executionArn,
    stateMachineArn: e.stateMachineArn,
    name: e.name,
    status: e.status,
    startDate: seconds(e.startDate),
    stopDate: seconds(e.stopDate),
  };
}

function describe(e: Execution) {
  return {
    ...summary(e),
    input: e.input,
    output: e.output,
    error: e.error,
    cause: e.cause,
  };
}

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
