import { describe, expect, it } from 'vitest';
import { stageEnvironment } from '../../infra/environment.ts';

describe('The account and region a stage synthesizes for', () => {
  const placement = { account: '111111111111', region: 'eu-west-1' };

  it('are the ones the configuration names, whatever the credentials point at', () => {
    // Act
    const env = stageEnvironment('dev', placement, {});
    // Assess
    expect(env).toEqual(placement);
  });

  it('may be repeated on the command line as a guard', () => {
    // Act
    const env = stageEnvironment('dev', placement, { account: '111111111111', region: 'eu-west-1' });
    // Assess
    expect(env).toEqual(placement);
  });

  it('refuse -c account and -c region that contradict the configuration, naming the file', () => {
    // Act
    const otherAccount = () => stageEnvironment('prod', placement, { account: '222222222222' });
    const otherRegion = () => stageEnvironment('prod', placement, { region: 'us-east-1' });
    // Assess
    expect(otherAccount).toThrow(
      '-c account=222222222222 contradicts infra/config/stages.ts, which deploys prod to account 111111111111: the file decides where a stage deploys, -c stage only selects one',
    );
    expect(otherRegion).toThrow(/-c region=us-east-1 contradicts infra\/config\/stages.ts, which deploys prod to region eu-west-1/);
  });
});
