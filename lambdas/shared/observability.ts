import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { redact, redactedError } from './redaction.ts';

/**
 * Powertools for AWS Lambda: structured JSON logs, X-Ray subsegments, and metrics in CloudWatch's
 * embedded metric format. The service name and metrics namespace come from the function's
 * declared environment (POWERTOOLS_SERVICE_NAME, POWERTOOLS_METRICS_NAMESPACE: model/apis/commerce.ts);
 * the local runtime turns tracing off, having no X-Ray (model/lambda-environment.ts).
 */
export const logger = new Logger({
  // Every string of every log line passes the redaction rule: no payment token reaches a log.
  jsonReplacerFn: (_key, value) => (typeof value === 'string' ? redact(value) : value),
});
export const tracer = new Tracer();
export const metrics = new Metrics();

export { MetricUnit };

/** The Lambda context, as Powertools' logger takes it. */
type Context = Parameters<Logger['addContext']>[0];

/**
 * A handler with Powertools around it: the invocation's context on every log line, a subsegment
 * for the handler with cold-start and service annotations, and the metrics it recorded published
 * when it ends. A thrown error is logged and rethrown redacted, its name kept (Retry and Catch
 * match it); neither the event nor the result is traced or logged, since they carry orders.
 */
export function observed<E, R>(handler: (event: E) => Promise<R>): (event: E, context: Context) => Promise<R> {
  return async (event, context) => {
    logger.addContext(context);
    metrics.captureColdStartMetric();
    const segment = tracer.getSegment();
    const subsegment = segment?.addNewSubsegment(`## ${process.env._HANDLER ?? 'handler'}`);
    if (subsegment) tracer.setSegment(subsegment);
    tracer.annotateColdStart();
    tracer.addServiceNameAnnotation();
    try {
      return await handler(event);
    } catch (e) {
      const error = redactedError(e);
      tracer.addErrorAsMetadata(error);
      logger.error('The invocation failed', error);
      throw error;
    } finally {
      subsegment?.close();
      if (segment) tracer.setSegment(segment);
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
}
