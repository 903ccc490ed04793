import { appendFileSync, readFileSync } from 'node:fs';

/** Notes each attempt's request id in the journal file, and fails the first `failures` attempts. */
export const handler = async (event: { journal: string; failures: number }, context: { awsRequestId: string }) => {
  appendFileSync(event.journal, `${context.awsRequestId}\n`);
  const attempts = readFileSync(event.journal, 'utf8').trim().split('\n').length;
  if (attempts <= event.failures) throw new Error(`Attempt ${attempts} fails`);
  return { attempts };
};
