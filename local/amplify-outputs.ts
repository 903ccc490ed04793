import { writeFileSync } from 'node:fs';
import { amplifyOutputs, type AmplifyOutputsInput } from '../model/amplify-outputs.ts';

/** `npm start`'s amplify_outputs.json, in the shape a deployed stage's has (model/amplify-outputs.ts). */
export function writeAmplifyOutputs(file: string, input: AmplifyOutputsInput): void {
  writeFileSync(file, `${JSON.stringify(amplifyOutputs(input), null, 2)}\n`);
}
