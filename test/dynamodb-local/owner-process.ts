// A server process for the lock tests to kill: starts DynamoDB Local on the folder given, then waits.
import { startDynamoDbLocal } from '../../local/dynamodb-local/local-server.ts';

const db = await startDynamoDbLocal({ dataDir: process.argv[2] });
console.log(JSON.stringify({ java: db.pid }));
setInterval(() => {}, 60_000);
