// `npx tsx infra/deploy-target.ts <stage> >> "$GITHUB_OUTPUT"`: where the pipeline deploys a stage
// (.github/workflows/deploy-stage.yml), from infra/config/stages.ts.
import { CONFIGURATION } from './config/stages.ts';
import { pipelineStages, validateConfiguration } from './stages.ts';
import { deployRoleArn } from './deploy-access-stack.ts';

validateConfiguration(CONFIGURATION);
const stage = process.argv[2];
const placement = pipelineStages(CONFIGURATION).find(([name]) => name === stage)?.[1];
if (!placement) {
  console.error(
    `Unknown stage ${JSON.stringify(stage)}: choose one of ${pipelineStages(CONFIGURATION)
      .map(([name]) => name)
      .join(', ')}`,
  );
  process.exit(1);
}
console.log(`role=${deployRoleArn(stage!, placement.account)}\nregion=${placement.region}`);
