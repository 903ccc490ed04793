import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DescribeExecutionCommand,
  ExecutionAlreadyExists,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { startVideoshops, type TestApi } from '../recommendations/api.ts';
import { checkout, checkoutInput, checkoutShop, sagasSettled } from './support.ts';

describe('the local Step Functions endpoint', () => {
  let api: TestApi;
  let sfn: SFNClient;
  let machineArn: string;

  beforeAll(async () => {
    api = await startVideoshops({ onLambdaLog: () => {} });
    sfn = new SFNClient({
      endpoint: api.runtime.stepFunctions.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const { stateMachines } = await sfn.send(new ListStateMachinesCommand({}));
    machineArn = stateMachines![0]!.stateMachineArn!;
  });

  afterAll(async () => {
    await api?.runtime.stop();
  });

  /** An execution that stays RUNNING for a few seconds: its first step retries an order that does not exist. */
  const lingering = (name: string) =>
    new StartExecutionCommand({ stateMachineArn: machineArn, name, input: JSON.stringify({ orderId: `missing-${name}` }) });

  it('lists the declared state machine, as @aws-sdk/client-sfn sees it', async () => {
    const { stateMachines } = await sfn.send(new ListStateMachinesCommand({}));
    expect(stateMachines).toEqual([expect.objectContaining({ name: 'videoshops-checkout', type: 'STANDARD' })]);
  });

  it('treats a StartExecution of the same name and input as the same running execution, and other input as ExecutionAlreadyExists', async () => {
    const first = await sfn.send(lingering('same-name'));
    const again = await sfn.send(lingering('same-name'));
    const other = sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn, name: 'same-name', input: '{"orderId":"other"}' }));

    expect(again.executionArn).toBe(first.executionArn);
    await expect(other).rejects.toBeInstanceOf(ExecutionAlreadyExists);
    await sfn.send(new StopExecutionCommand({ executionArn: first.executionArn }));
  });

  it('refuses the same name and input once the execution has ended', async () => {
    const { executionArn } = await sfn.send(lingering('ended'));
    await sfn.send(new StopExecutionCommand({ executionArn }));
    await api.runtime.stepFunctions.executions.get(executionArn!).done;

    await expect(sfn.send(lingering('ended'))).rejects.toBeInstanceOf(ExecutionAlreadyExists);
    expect((await sfn.send(new DescribeExecutionCommand({ executionArn }))).status).toBe('ABORTED');
  });

  it('describes a checkout’s execution and its history, state by state', async () => {
    const s = await checkoutShop(api, 'sfn-shop', { count: 1 });
    const order = await checkout(s.shopper, checkoutInput(s, [{ product: s.products[0]!, quantity: 1 }]));
    await sagasSettled(api);

    const { executions } = await sfn.send(new ListExecutionsCommand({ stateMachineArn: machineArn, statusFilter: 'SUCCEEDED' }));
    const execution = executions!.find((e) => e.name!.startsWith('checkout-'))!;
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn: execution.executionArn }));
    const { events } = await sfn.send(new GetExecutionHistoryCommand({ executionArn: execution.executionArn }));

    expect(JSON.parse(described.input!).orderId).toBeDefined();
    expect(described).toMatchObject({ status: 'SUCCEEDED', startDate: expect.any(Date), stopDate: expect.any(Date) });
    expect(events![0]).toMatchObject({ type: 'ExecutionStarted', id: 1, previousEventId: 0 });
    expect(events!.filter((e) => e.type === 'TaskStateEntered').map((e) => e.stateEnteredEventDetails!.name)).toEqual([
      'PublishPending',
      'ReserveStock',
      'AuthorizePayment',
      'ConfirmOrder',
      'CapturePayment',
      'PublishConfirmed',
    ]);
    expect(events!.at(-1)!.type).toBe('ExecutionSucceeded');
    expect(order.status).toBe('PENDING');
  });

  it('answers no web page of another origin: it is a control endpoint', async () => {
    const res = await fetch(api.runtime.stepFunctions.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'AWSStepFunctions.ListStateMachines',
        origin: 'https://evil.example',
      },
      body: '{}',
    });
    expect(res.status).toBe(403);
  });
});
