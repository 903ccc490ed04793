import { fixtureApi } from '../model/fixture/api.ts';
import type { ApiDeclaration } from '../model/declaration.ts';
import type { StageName } from './stages.ts';
import { videoshopsApi } from '../model/videoshops.ts';

export interface DeployedApi {
  /** Stack name without the stage suffix. */
  stackName: string;
  api: ApiDeclaration;
}

/**
 * Which API declarations each stage deploys. The fixture API goes to dev and test only, where
 * the real AppSync can be compared with the local runtime; it is never deployed to prod.
 */
export function deployedApis(stage: StageName): DeployedApi[] {
  const apis: DeployedApi[] = [{ stackName: 'Videoshops', api: videoshopsApi }];
  if (stage !== 'prod') apis.push({ stackName: 'VideoshopsFixture', api: fixtureApi });
  return apis;
}
