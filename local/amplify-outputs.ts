import { writeFileSync } from 'node:fs';
import type { AmplifyOutputs } from '../model/amplify-outputs.ts';

/** `npm start`'s amplify_outputs.json, in the shape a deployed stage's has (model/amplify-outputs.ts). */
export function writeAmplifyOutputs(file: string, outputs: AmplifyOutputs): void {
  writeFileSync(file, `${JSON.stringify(outputs, null, 2)}\n`);
}
