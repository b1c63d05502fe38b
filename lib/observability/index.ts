import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';

// One instance of each per container (Powertools' recommended singletons); service and namespace come from
// POWERTOOLS_SERVICE_NAME / POWERTOOLS_METRICS_NAMESPACE. Nothing personal is ever passed to the logger:
// message text, e-mail, phone and address stay out of every log line.
export const logger = new Logger();
export const metrics = new Metrics();
export const tracer = new Tracer();
