import { ArnFormat, Stack } from 'aws-cdk-lib';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { CfnLoggingConfiguration, CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import type { IGraphqlApi } from 'aws-cdk-lib/aws-appsync';
import { Construct } from 'constructs';
import { logDataProtection } from '../log-data-protection.ts';
import type { StageConfig } from '../stages.ts';

export interface ApiFirewallProps {
  /** Prefix of the web ACL's name and metrics, e.g. `videoshops-prod`. */
  name: string;
  stage: StageConfig;
}

/** The rule that limits each client IP address; its name is what the tests and the metrics use. */
export const RATE_RULE_NAME = 'RequestsPerIp';

/** AWS managed rule groups every API request is checked against. */
export const MANAGED_RULE_GROUPS = ['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet'] as const;

/** Request headers WAF leaves out of its logs: they authorize whoever holds them. */
export const REDACTED_HEADERS = ['authorization', 'x-api-key'] as const;

/**
 * A regional WAFv2 web ACL in front of the stack's GraphQL APIs: a per-IP rate limit from the
 * stage, then AWS's common and known-bad-input rules. Requests that pass are allowed. Every
 * request it sees is logged, without its credentials, to a log group whose name starts with
 * `aws-waf-logs-`, as WAF requires of a CloudWatch Logs destination
 * (https://docs.aws.amazon.com/waf/latest/developerguide/logging-cw-logs.html).
 */
export class ApiFirewall extends Construct {
  readonly webAcl: CfnWebACL;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, { name, stage }: ApiFirewallProps) {
    super(scope, id);
    const visibility = (metric: string): CfnWebACL.VisibilityConfigProperty => ({
      metricName: `${name}-${metric}`,
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
    });
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: `${name}-api`,
      description: `GraphQL APIs of ${name}: per-IP rate limit and AWS managed rules`,
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('api'),
      rules: [
        {
          // First, so a flood is dropped before any other rule is evaluated. 429 tells clients
          // (and the SDK's retry strategy) to back off rather than report an authorization failure.
          name: RATE_RULE_NAME,
          priority: 0,
          statement: {
            rateBasedStatement: { limit: stage.requestsPerIpPer5Minutes, evaluationWindowSec: 300, aggregateKeyType: 'IP' },
          },
          action: { block: { customResponse: { responseCode: 429 } } },
          visibilityConfig: visibility(RATE_RULE_NAME),
        },
        ...MANAGED_RULE_GROUPS.map((group, index): CfnWebACL.RuleProperty => ({
          name: group,
          priority: index + 1,
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: group,
              // A GraphQL request carries its whole document in the body, and a product
              // description may be 5,000 characters (CreateProductInput): more than the 8 KB this rule
              // blocks above once it is UTF-8 and JSON-escaped. Counted, so it still shows in metrics.
              ruleActionOverrides:
                group === 'AWSManagedRulesCommonRuleSet' ? [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }] : undefined,
            },
          },
          overrideAction: { none: {} },
          visibilityConfig: visibility(group),
        })),
      ],
    });
    this.logGroup = this.logRequests(name, stage);
  }

  private logRequests(name: string, stage: StageConfig): LogGroup {
    const logGroupName = `aws-waf-logs-${name}`;
    const logGroup = new LogGroup(this, 'Logs', {
      logGroupName,
      retention: stage.logRetention,
      removalPolicy: stage.removalPolicy,
      dataProtectionPolicy: logDataProtection(),
    });
    const logging = new CfnLoggingConfiguration(this, 'Logging', {
      resourceArn: this.webAcl.attrArn,
      // The log group's ARN without CloudFormation's trailing `:*`, which WAF refuses.
      logDestinationConfigs: [
        Stack.of(this).formatArn({
          service: 'logs',
          resource: 'log-group',
          resourceName: logGroupName,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      ],
      redactedFields: REDACTED_HEADERS.map((header) => ({ singleHeader: { Name: header } })),
    });
    logging.node.addDependency(logGroup);
    return logGroup;
  }

  /** Puts the web ACL in front of one API (regional resources take one web ACL each). */
  protect(scope: Construct, id: string, api: IGraphqlApi): CfnWebACLAssociation {
    return new CfnWebACLAssociation(scope, id, { resourceArn: api.arn, webAclArn: this.webAcl.attrArn });
  }
}
