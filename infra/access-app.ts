// The one-time stacks' CDK app: `npm run access -- synth`, `npm run access -- deploy <stack>`.
import { createAccessApp } from './create-access-app.ts';

createAccessApp().synth();
