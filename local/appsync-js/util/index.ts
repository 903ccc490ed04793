import type { Util } from '@aws-appsync/utils';
import type { EvaluationScope } from '../scope.ts';
import { createAuthType } from './auth-type.ts';
import { dynamodb } from './dynamodb.ts';
import { base64Decode, base64Encode, escapeJavaScript, urlDecode, urlEncode } from './encoding.ts';
import { createErrorUtils } from './errors.ts';
import { createHttp } from './http.ts';
import { autoId, autoKsuid, autoUlid } from './ids.ts';
import { matches } from './matches.ts';
import { math } from './math.ts';
import { rds } from './rds.ts';
import { str } from './str.ts';
import { time } from './time.ts';
import { transform } from './transform.ts';
import { xml } from './xml.ts';

/** Host implementation of AppSync's `util`, reached from the sandbox through the bridge. */
export function createUtil(scope: () => EvaluationScope) {
  return {
    ...createErrorUtils(scope),
    authType: createAuthType(scope),
    escapeJavaScript,
    urlEncode,
    urlDecode,
    base64Encode,
    base64Decode,
    autoId,
    autoUlid: () => autoUlid(),
    autoKsuid: () => autoKsuid(),
    matches,
    time,
    dynamodb,
    rds,
    http: createHttp(scope),
    xml,
    transform,
    math,
    str,
  } satisfies Util;
}
