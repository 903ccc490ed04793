import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { amplifyOutputs, amplifyOutputsAuth } from '../model/amplify-outputs.ts';
import { DEFAULT_AUTHORIZATION, userPoolOf, type ApiDeclaration } from '../model/declaration.ts';

/** The stack outputs (api-stack.ts) a front end's configuration is made of. */
const NEEDED = ['GraphqlUrl', 'ApiKey', 'UserPoolId', 'UserPoolClientId'] as const;

/**
 * A deployed stack's `amplify_outputs.json`, in the shape `npm start` writes for the local API
 * (model/amplify-outputs.ts): the endpoint, region and key from the stack's outputs, the auth
 * modes and the user pool's settings from the declaration the stack was deployed from.
 */
export async function deployedAmplifyOutputs(client: CloudFormationClient, stackName: string, api: ApiDeclaration) {
  const { Stacks: [stack] = [] } = await client.send(new DescribeStacksCommand({ StackName: stackName }));
  if (!stack) throw new Error(`Stack ${stackName} does not exist in this account and region.`);
  const outputs = new Map((stack.Outputs ?? []).map(({ OutputKey, OutputValue }) => [OutputKey, OutputValue]));
  const missing = NEEDED.filter((key) => !outputs.get(key));
  if (missing.length) throw new Error(`Stack ${stackName} has no output ${missing.join(', ')}: was it deployed from this version?`);
  const output = (key: (typeof NEEDED)[number]) => outputs.get(key)!;
  // A stack's ARN names its region: arn:aws:cloudformation:<region>:<account>:stack/<name>/<id>.
  const region = stack.StackId?.split(':')[3] ?? (await client.config.region());
  const { defaultMode, additionalModes = [] } = api.authorization ?? DEFAULT_AUTHORIZATION;
  return amplifyOutputs({
    url: output('GraphqlUrl'),
    region,
    apiKey: output('ApiKey'),
    defaultAuthorizationType: defaultMode,
    authorizationTypes: [defaultMode, ...additionalModes],
    auth: amplifyOutputsAuth(userPoolOf(api), { region, userPoolId: output('UserPoolId'), userPoolClientId: output('UserPoolClientId') }),
  });
}
