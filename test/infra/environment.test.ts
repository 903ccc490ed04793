import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_ACCOUNT, PLACEHOLDER_REGION, stageEnvironment } from '../../infra/environment.ts';

describe('The account and region a stage synthesizes for', () => {
  it('are placeholders when nothing names them, so synth works offline and a deploy cannot land anywhere', () => {
    // Act
    const env = stageEnvironment('dev', { context: {}, env: {} });
    // Assess
    expect(env).toEqual({ account: PLACEHOLDER_ACCOUNT, region: PLACEHOLDER_REGION });
  });

  it('come from -c account/region first, then CDK_DEPLOY_*, then the credentials the CLI found', () => {
    // Prepare
    const ambient = { CDK_DEFAULT_ACCOUNT: '111111111111', CDK_DEFAULT_REGION: 'eu-west-1' };
    const deploy = { ...ambient, CDK_DEPLOY_ACCOUNT: '222222222222', CDK_DEPLOY_REGION: 'eu-central-1' };
    // Act
    const fromAmbient = stageEnvironment('dev', { context: {}, env: ambient });
    const fromDeploy = stageEnvironment('dev', { context: {}, env: deploy });
    const fromContext = stageEnvironment('dev', { context: { account: '333333333333', region: 'us-west-2' }, env: deploy });
    // Assess
    expect(fromAmbient).toEqual({ account: ambient.CDK_DEFAULT_ACCOUNT, region: ambient.CDK_DEFAULT_REGION });
    expect(fromDeploy).toEqual({ account: deploy.CDK_DEPLOY_ACCOUNT, region: deploy.CDK_DEPLOY_REGION });
    expect(fromContext).toEqual({ account: '333333333333', region: 'us-west-2' });
  });

  it('never follow the ambient credentials in prod, so prod cannot be deployed into a dev account by mistake', () => {
    // Prepare
    const ambient = { CDK_DEFAULT_ACCOUNT: '111111111111', CDK_DEFAULT_REGION: 'eu-west-1' };
    // Act
    const prod = stageEnvironment('prod', { context: {}, env: ambient });
    const explicit = stageEnvironment('prod', {
      context: { account: '444444444444' },
      env: { ...ambient, CDK_DEPLOY_REGION: 'eu-west-1' },
    });
    // Assess
    expect(prod).toEqual({ account: PLACEHOLDER_ACCOUNT, region: PLACEHOLDER_REGION });
    expect(explicit).toEqual({ account: '444444444444', region: 'eu-west-1' });
  });

  it('refuse an account that is not 12 digits and a region that is not a region', () => {
    // Act
    const badAccount = () => stageEnvironment('dev', { context: { account: '12345' }, env: {} });
    const badRegion = () => stageEnvironment('dev', { context: { region: 'europe' }, env: {} });
    // Assess
    expect(badAccount).toThrow(/12 digits/);
    expect(badRegion).toThrow(/Not an AWS region/);
  });
});
