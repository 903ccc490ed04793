import { describe, expect, it } from 'vitest';
import { CONFIGURATION } from '../../infra/config/stages.ts';
import {
  logDestinationArn,
  pipelineStages,
  STAGE_NAMES,
  stageConfig,
  stageConfigs,
  validateConfiguration,
  type Configuration,
} from '../../infra/stages.ts';

/** A copy of the checked-in configuration with some stages' entries changed. */
const withStages = (
  stages: Record<string, Partial<Configuration['stages'][string]>>,
  base: Configuration = CONFIGURATION,
): Configuration => ({
  ...base,
  stages: {
    ...base.stages,
    ...Object.fromEntries(
      Object.entries(stages).map(([name, change]) => [name, { ...(base.stages[name] ?? base.stages.dev!), ...change }]),
    ),
  },
});

describe('The stage configuration (infra/config/stages.ts)', () => {
  it('declares dev, test and prod in accounts of their own, and a logging account apart from them', () => {
    // Act
    const stages = stageConfigs();
    // Assess
    expect(STAGE_NAMES).toEqual(['dev', 'test', 'prod']);
    expect(new Set([...stages.map((s) => s.account), CONFIGURATION.logging.account]).size).toBe(4);
    expect(() => validateConfiguration(CONFIGURATION)).not.toThrow();
  });

  it("gives each stage the logging account's destination of its archive, prod's one with Object Lock", () => {
    // Act
    const [dev, test, prod] = ['dev', 'test', 'prod'].map((name) => stageConfig(name));
    // Assess
    expect(dev!.logDestinationArn).toBe(`arn:aws:logs:eu-west-1:${CONFIGURATION.logging.account}:destination:videoshops-logs-workloads`);
    expect(test!.logDestinationArn).toBe(dev!.logDestinationArn);
    expect(prod!.logDestinationArn).toBe(logDestinationArn(CONFIGURATION, 'prod'));
    expect(CONFIGURATION.logging.archives.prod.objectLock).toEqual({ mode: 'COMPLIANCE', days: 365 });
  });

  it('makes a new stage out of one more entry, deployed after the others', () => {
    // Prepare
    const configuration = withStages({ qa: { account: '000000000004' } });
    // Act
    const qa = stageConfig('qa', configuration);
    // Assess
    expect(qa).toMatchObject({ name: 'qa', account: '000000000004', region: 'eu-west-1' });
    expect(pipelineStages(configuration).map(([name]) => name)).toEqual(['logging', 'dev', 'test', 'prod', 'qa']);
  });

  it('refuses a stage it does not know, naming the ones it does', () => {
    expect(() => stageConfig('staging')).toThrow('Unknown stage "staging": choose one of dev, test, prod (cdk synth -c stage=dev)');
  });

  it('names every bad field: account ids, regions, archives and a name that cannot name resources', () => {
    // Prepare
    const configuration = withStages({
      dev: { account: '1234', logArchive: 'nowhere' },
      test: { region: 'europe' },
      'Big Stage': {},
    });
    // Act
    const validate = () => validateConfiguration(configuration);
    // Assess
    expect(validate).toThrow(/^Invalid stage configuration \(infra\/config\/stages.ts\):/);
    expect(validate).toThrow('stages.dev.account: "1234" is not a 12-digit AWS account id');
    expect(validate).toThrow('stages.dev.logArchive: "nowhere" is not one of logging.archives (workloads, prod)');
    expect(validate).toThrow('stages.test.region: "europe" is not an AWS region');
    expect(validate).toThrow('stages.Big Stage: stage names are 2–10 lowercase letters and digits, other than "logging"');
  });

  it('refuses to let prod share its account with another stage, or any stage share the logging account', () => {
    // Prepare
    const sharedProd = withStages({ test: { account: CONFIGURATION.stages.prod.account } });
    const sharedLogging = withStages({ dev: { account: CONFIGURATION.logging.account } });
    // Act + Assess
    expect(() => validateConfiguration(sharedProd)).toThrow(
      `stages.prod.account: ${CONFIGURATION.stages.prod.account} is also the account of test; prod has an account of its own`,
    );
    expect(() => validateConfiguration(sharedLogging)).toThrow(
      `stages.dev.account: ${CONFIGURATION.logging.account} is the logging account; workloads never share it`,
    );
  });

  it("refuses a stage outside the logging account's region, whose log groups could not reach its destination", () => {
    // Prepare
    const configuration = withStages({ dev: { region: 'us-west-2' } });
    // Act + Assess
    expect(() => validateConfiguration(configuration)).toThrow(
      /stages\.dev\.region: us-west-2 is not the logging account's region \(eu-west-1\): a log group subscribes only to a destination in its own region/,
    );
  });

  it('refuses an archive that would expire logs before their Object Lock retention ends, and prod logs without Object Lock', () => {
    // Prepare
    const { prod, workloads } = CONFIGURATION.logging.archives;
    const shortLived = {
      ...CONFIGURATION,
      logging: { ...CONFIGURATION.logging, archives: { workloads, prod: { ...prod, expireAfterDays: 300 } } },
    };
    const unlocked = withStages({ prod: { logArchive: 'workloads' } });
    // Act + Assess
    expect(() => validateConfiguration(shortLived)).toThrow(
      'logging.archives.prod.expireAfterDays: 300 days is shorter than the Object Lock retention (365 days)',
    );
    expect(() => validateConfiguration(unlocked)).toThrow(
      `stages.prod.logArchive: prod's logs are evidence: "workloads" must be an archive with objectLock`,
    );
  });

  it('refuses settings AppSync or WAF would refuse at deploy, naming the stage', () => {
    // Prepare
    const configuration = withStages({ test: { queryDepthLimit: 76, requestsPerIpPer5Minutes: 5 } });
    // Act
    const validate = () => validateConfiguration(configuration);
    // Assess
    expect(validate).toThrow('stages.test.queryDepthLimit: AppSync allows 1–75');
    expect(validate).toThrow('stages.test.requestsPerIpPer5Minutes: WAF rate limits start at 10');
  });
});
