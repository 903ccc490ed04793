import type { ServerResponse } from 'node:http';
import type { Route } from '../http/server.ts';
import { missingAuthenticationToken, serviceErrorBody, unknownOperation, type ServiceError } from '../http/rejections.ts';
import type { CodeEvaluator } from './evaluator.ts';
import { BadRequestException } from './request.ts';

export const EVALUATE_CODE_PATH = '/v1/dataplane-evaluatecode';

/** A SigV4 Authorization header, as every AWS SDK sends it (the signature itself is not checked locally). */
const SIGV4 = /^AWS4-HMAC-SHA256\s+Credential=[^/\s]+\/\d{8}\/[^/\s]+\/[^/\s]+\/aws4_request,/;

/**
 * `POST /v1/dataplane-evaluatecode` on the runtime's HTTP server, answered as AppSync's control
 * plane does, so `@aws-sdk/client-appsync`'s EvaluateCodeCommand (and `aws appsync evaluate-code`)
 * work with `endpoint` set to the runtime's base URL. The runtime gives it a sandbox process of
 * its own, so submitted code never shares a realm with the API being served, and a watch-mode
 * reload does not affect it. A control endpoint: loopback host names only, no cross-origin page.
 */
export function evaluateCodeRoute(evaluator: CodeEvaluator): Route {
  const route: Route = async (req, body, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== EVALUATE_CODE_PATH) return false;
    if (req.method !== 'POST') {
      sendError(res, unknownOperation());
      return true;
    }
    if (!SIGV4.test(req.headers.authorization ?? '')) {
      sendError(res, missingAuthenticationToken());
      return true;
    }
    try {
      send(res, 200, await evaluator.evaluateBody(body));
    } catch (e) {
      if (!(e instanceof BadRequestException)) throw e;
      sendError(res, { statusCode: e.status, errorType: e.errorType, message: e.message });
    }
    return true;
  };
  route.controlPaths = [EVALUATE_CODE_PATH];
  return route;
}

function sendError(res: ServerResponse, error: ServiceError) {
  res.setHeader('x-amzn-errortype', error.errorType);
  send(res, error.statusCode, serviceErrorBody(error));
}

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
