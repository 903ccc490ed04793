import type { RuleContext } from './context.ts';
import { MESSAGES, type MessageKey, type ValidationMessage } from './messages.ts';

type Describe<K extends MessageKey> = (typeof MESSAGES)[K]['describe'];

/** Reports one of the table's messages at the given nodes; rules never spell a message themselves. */
export function reporter(context: RuleContext) {
  return <K extends MessageKey>(key: K, args: Parameters<Describe<K>>, at: Parameters<RuleContext['report']>[2]) => {
    const entry = MESSAGES[key] as ValidationMessage<Parameters<Describe<K>>>;
    context.report(entry.type, entry.describe(...args), at);
  };
}
