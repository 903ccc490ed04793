import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../local/dynamodb-local/local-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoDbEndpoint: string;
  }
}

/** One DynamoDB Local for the whole run; each test file isolates itself with its own table prefix. */
export default async function setup(project: TestProject) {
  const db = process.env.AWS_ENDPOINT_URL_DYNAMODB
    ? { endpoint: process.env.AWS_ENDPOINT_URL_DYNAMODB, stop: async () => {} }
    : await startDynamoDbLocal({
        onExit: (error) => console.error(`\nThe test run's shared ${error.message}\nEvery test using DynamoDB fails from here on.`),
      });
  project.provide('dynamoDbEndpoint', db.endpoint);
  return () => db.stop();
}
