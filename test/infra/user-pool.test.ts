import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureApi } from '../../model/fixture/api.ts';
import { DEFAULT_USER_POOL, secondFactorRefusal } from '../../model/declaration.ts';
import { synthesizeApiStack, type SynthesizedStack } from './support/synthesize.ts';

type Resource = { Type: string; Properties: Record<string, any> };

describe('The deployed user pool', () => {
  let dev: SynthesizedStack;
  let prod: SynthesizedStack;
  const resources = (synth: SynthesizedStack) => synth.artifact.template.Resources as Record<string, Resource>;
  const ofType = (synth: SynthesizedStack, type: string) => Object.values(resources(synth)).filter((r) => r.Type === type);
  const logicalId = (synth: SynthesizedStack, construct: { node: { defaultChild?: unknown } }) =>
    synth.stack.getLogicalId(construct.node.defaultChild as never);
  const poolOf = (synth: SynthesizedStack) => resources(synth)[logicalId(synth, synth.stack.users.userPool)]!.Properties;

  beforeAll(() => {
    dev = synthesizeApiStack(fixtureApi, 'dev');
    prod = synthesizeApiStack(fixtureApi, 'prod');
  });
  afterAll(() => {
    dev?.remove();
    prod?.remove();
  });

  it('offers TOTP and only TOTP as a second factor, optional for everyone', () => {
    // Assess
    expect(poolOf(prod)).toMatchObject({ MfaConfiguration: 'OPTIONAL', EnabledMfas: ['SOFTWARE_TOKEN_MFA'] });
  });

  it('requires TOTP of admins with a pre token generation trigger that may read the pool’s users and nothing else of Cognito', () => {
    // Prepare
    const trigger = prod.stack.users.secondFactorTrigger!;
    const triggerId = logicalId(prod, trigger);
    const roleId = prod.stack.getLogicalId(trigger.role!.node.defaultChild as never);
    // Act
    const cognitoStatements = ofType(prod, 'AWS::IAM::Policy')
      .filter((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === roleId))
      .flatMap((p) => p.Properties.PolicyDocument.Statement)
      .filter((s) => [s.Action].flat().some((a: string) => a.startsWith('cognito-idp:')));
    // Assess
    expect(poolOf(prod).LambdaConfig).toEqual({ PreTokenGeneration: { 'Fn::GetAtt': [triggerId, 'Arn'] } });
    expect(resources(prod)[triggerId]!.Properties.Environment.Variables).toMatchObject({ SECOND_FACTOR_GROUPS: 'admins' });
    expect(cognitoStatements).toEqual([
      {
        Action: 'cognito-idp:AdminGetUser',
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [logicalId(prod, prod.stack.users.userPool), 'Arn'] },
      },
    ]);
  });

  it('turns CDK’s default OAuth settings off on every app client: no implicit or code grant, no callback URL', () => {
    for (const client of ofType(prod, 'AWS::Cognito::UserPoolClient')) {
      // Assess
      expect(client.Properties.AllowedOAuthFlowsUserPoolClient).toBe(false);
      expect(client.Properties).not.toHaveProperty('AllowedOAuthFlows');
      expect(client.Properties).not.toHaveProperty('CallbackURLs');
    }
  });

  it('sends its e-mails through SES in prod, and with Cognito’s own sender elsewhere', () => {
    // Assess
    expect(poolOf(prod).EmailConfiguration).toMatchObject({
      EmailSendingAccount: 'DEVELOPER',
      From: 'Videoshops <no-reply@videoshops.app>',
      SourceArn: expect.stringMatching(/^arn:aws:ses:[^:]+:\d{12}:identity\/no-reply@videoshops\.app$/),
    });
    expect(poolOf(dev).EmailConfiguration).toBeUndefined();
  });

  it('puts the stack’s web ACL in front of the pool', () => {
    // Act
    const associations = ofType(prod, 'AWS::WAFv2::WebACLAssociation').map((a) => a.Properties);
    // Assess
    expect(associations).toContainEqual({
      ResourceArn: { 'Fn::GetAtt': [logicalId(prod, prod.stack.users.userPool), 'Arn'] },
      WebACLArn: { 'Fn::GetAtt': [prod.stack.getLogicalId(prod.stack.firewall.webAcl), 'Arn'] },
    });
  });
});

describe('The rule the pre token generation trigger and the local pool share', () => {
  const required = DEFAULT_USER_POOL.secondFactorRequiredOf;

  it('refuses an admin without TOTP', () => {
    // Assess
    expect(secondFactorRefusal(required, ['admins'], false)).toMatch(/^Members of admins sign in with an authenticator app \(TOTP\)/);
  });

  it('lets an admin with TOTP on, and anyone outside the groups, through', () => {
    // Assess
    expect(secondFactorRefusal(required, ['admins', 'creators'], true)).toBeUndefined();
    expect(secondFactorRefusal(required, ['shoppers'], false)).toBeUndefined();
  });
});
