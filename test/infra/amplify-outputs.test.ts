import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { deployedAmplifyOutputs } from '../../infra/amplify-outputs.ts';
import { amplifyOutputs, amplifyOutputsAuth } from '../../model/amplify-outputs.ts';
import { DEFAULT_USER_POOL } from '../../model/declaration.ts';
import { videoshopsApi } from '../../model/videoshops.ts';

// CloudFormation has no local counterpart: DescribeStacks answers as AWS documents it.
describe("A deployed stage's amplify_outputs.json", () => {
  const cloudformation = mockClient(CloudFormationClient);
  const stack = {
    StackName: 'Videoshops-dev',
    StackId: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/Videoshops-dev/0a1b2c3d',
    CreationTime: new Date(0),
    StackStatus: 'CREATE_COMPLETE' as const,
    Outputs: [
      { OutputKey: 'GraphqlUrl', OutputValue: 'https://abc.appsync-api.eu-west-1.amazonaws.com/graphql' },
      { OutputKey: 'ApiKey', OutputValue: 'da2-abcdefghijklmnopqrstuvwxyz' },
      { OutputKey: 'UserPoolId', OutputValue: 'eu-west-1_AbCdEf' },
      { OutputKey: 'UserPoolClientId', OutputValue: 'client123' },
      { OutputKey: 'AlarmTopicArn', OutputValue: 'arn:aws:sns:eu-west-1:123456789012:videoshops-dev-alarms' },
    ],
  };
  afterEach(() => cloudformation.reset());
  afterAll(() => cloudformation.restore());

  it("is the stack's outputs in the shape npm start writes, asking CloudFormation for that stack alone", async () => {
    // Prepare
    cloudformation.on(DescribeStacksCommand).resolves({ Stacks: [stack] });
    // Act
    const outputs = await deployedAmplifyOutputs(new CloudFormationClient({ region: 'eu-west-1' }), 'Videoshops-dev', videoshopsApi);
    // Assess
    expect(cloudformation.commandCalls(DescribeStacksCommand).map((call) => call.args[0].input)).toEqual([{ StackName: 'Videoshops-dev' }]);
    expect(outputs).toEqual(
      amplifyOutputs({
        url: 'https://abc.appsync-api.eu-west-1.amazonaws.com/graphql',
        region: 'eu-west-1',
        apiKey: 'da2-abcdefghijklmnopqrstuvwxyz',
        defaultAuthorizationType: 'AMAZON_COGNITO_USER_POOLS',
        authorizationTypes: ['AMAZON_COGNITO_USER_POOLS', 'API_KEY', 'AWS_IAM'],
        auth: amplifyOutputsAuth(DEFAULT_USER_POOL, { region: 'eu-west-1', userPoolId: 'eu-west-1_AbCdEf', userPoolClientId: 'client123' }),
      }),
    );
    expect(outputs).toMatchObject({
      version: '1.4',
      data: { url: stack.Outputs[0]!.OutputValue, aws_region: 'eu-west-1', default_authorization_type: 'AMAZON_COGNITO_USER_POOLS' },
      auth: { user_pool_id: 'eu-west-1_AbCdEf', user_pool_client_id: 'client123', username_attributes: ['email'] },
    });
    expect(outputs).not.toHaveProperty('custom');
  });

  it('is refused, naming what is missing, for a stack deployed before it had those outputs', async () => {
    // Prepare
    cloudformation
      .on(DescribeStacksCommand)
      .resolves({ Stacks: [{ ...stack, Outputs: stack.Outputs.filter((o) => o.OutputKey !== 'ApiKey') }] });
    // Act
    const outputs = deployedAmplifyOutputs(new CloudFormationClient({ region: 'eu-west-1' }), 'Videoshops-dev', videoshopsApi);
    // Assess
    await expect(outputs).rejects.toThrow('Stack Videoshops-dev has no output ApiKey');
  });
});
