import { Stack, Token } from 'aws-cdk-lib';
import { CfnLogGroup, CfnSubscriptionFilter, FilterPattern, LogGroup, SubscriptionFilter, type ILogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface CentralLogsProps {
  /** The logging account's CloudWatch Logs destination (StageConfig.logDestinationArn). */
  destinationArn: string;
  /** The AppSync, Lambda and Step Functions log groups of the stack. */
  logGroups: ILogGroup[];
  /** The web ACL's log group, whose name WAF requires to start with `aws-waf-logs-`. */
  firewallLogGroup?: ILogGroup;
}

/** WAF delivers only to log groups named so (https://docs.aws.amazon.com/waf/latest/APIReference/API_LoggingConfiguration.html). */
export const WAF_LOG_GROUP_PREFIX = 'aws-waf-logs-';

/**
 * CloudWatch Logs allows two subscription filters per log group
 * (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutSubscriptionFilter.html):
 * a third fails the deploy, so synth refuses it first.
 */
export const MAX_SUBSCRIPTION_FILTERS = 2;

/**
 * Ships every event of the given log groups to the logging account, one subscription filter each,
 * keeping the other of the two filters a log group may have free.
 */
export class CentralLogs extends Construct {
  constructor(scope: Construct, id: string, { destinationArn, logGroups, firewallLogGroup }: CentralLogsProps) {
    super(scope, id);
    const firewallGroupName = firewallLogGroup && physicalName(firewallLogGroup);
    if (firewallGroupName !== undefined && !Token.isUnresolved(firewallGroupName) && !firewallGroupName.startsWith(WAF_LOG_GROUP_PREFIX)) {
      throw new Error(`WAF logs only to log groups named ${WAF_LOG_GROUP_PREFIX}…, not ${firewallGroupName}`);
    }
    // A cross-account destination needs no role in the sending account: its policy admits the account.
    const destination = { bind: () => ({ arn: destinationArn }) };
    for (const logGroup of firewallLogGroup ? [...logGroups, firewallLogGroup] : logGroups) {
      new SubscriptionFilter(logGroup, 'ToLoggingAccount', { logGroup, destination, filterPattern: FilterPattern.allEvents() });
    }
    this.node.addValidation({ validate: () => tooManyFilters(Stack.of(this)) });
  }
}

/** The name a log group is given, which its `logGroupName` (a reference) does not show. */
const physicalName = (logGroup: ILogGroup): string | undefined =>
  logGroup.node.defaultChild instanceof CfnLogGroup ? logGroup.node.defaultChild.logGroupName : logGroup.logGroupName;

/** The log groups created under the given constructs. */
export const logGroupsUnder = (...scopes: Construct[]): LogGroup[] =>
  scopes.flatMap((scope) => scope.node.findAll().filter((c): c is LogGroup => c instanceof LogGroup));

/** The log groups of a stack that would get more than two subscription filters. */
function tooManyFilters(stack: Stack): string[] {
  const counts = new Map<string, number>();
  for (const filter of stack.node.findAll().filter((c) => c instanceof CfnSubscriptionFilter)) {
    const logGroup = JSON.stringify(stack.resolve(filter.logGroupName));
    counts.set(logGroup, (counts.get(logGroup) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count > MAX_SUBSCRIPTION_FILTERS)
    .map(
      ([logGroup, count]) => `Log group ${logGroup} has ${count} subscription filters; CloudWatch Logs allows ${MAX_SUBSCRIPTION_FILTERS}`,
    );
}
