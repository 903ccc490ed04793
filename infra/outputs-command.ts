// `npm run outputs -- --stage dev [--out amplify_outputs.json]`: a deployed stage's front-end configuration.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { deployedAmplifyOutputs } from './amplify-outputs.ts';
import { deployedApis } from './deployed-apis.ts';
import { stageConfig } from './stages.ts';

const { values } = parseArgs({
  options: { stage: { type: 'string', default: 'dev' }, out: { type: 'string', default: 'amplify_outputs.json' } },
});
const stage = stageConfig(values.stage);
const [{ stackName, api }] = deployedApis(stage.name);
// Credentials and region as the AWS CLI finds them (AWS_PROFILE, AWS_REGION, …).
const outputs = await deployedAmplifyOutputs(new CloudFormationClient({}), `${stackName}-${stage.name}`, api!);
writeFileSync(values.out, `${JSON.stringify(outputs, null, 2)}\n`);
console.log(`Wrote ${values.out} for ${stackName}-${stage.name}: ${outputs.data.url}`);
