// CDK entry point (cdk.json "app"): `npx cdk synth -c stage=dev`.
import { createApp } from './create-app.ts';

createApp().synth();
