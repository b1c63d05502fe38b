import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { instrumentDynamoClient } from './dynamodb-usage.ts';

// Endpoints come from the SDK's own AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE> variables, so the same code
// talks to AWS, to the local emulators or to LocalStack without a branch here.
let dynamo: DynamoDBDocumentClient | undefined;
let sqs: SQSClient | undefined;
let s3: S3Client | undefined;

export const dynamoDocumentClient = (): DynamoDBDocumentClient => {
  if (!dynamo) {
    const client = new DynamoDBClient({ maxAttempts: 4 });
    instrumentDynamoClient(client);
    dynamo = DynamoDBDocumentClient.from(client, {
      marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
    });
  }
  return dynamo;
};

// Emulators answer queue URLs on hosts like sqs.<region>.localhost that do not resolve here; with an endpoint
// override, requests go to that endpoint instead of the queue URL's host.
const hasSqsEndpointOverride = (): boolean => Boolean(process.env['AWS_ENDPOINT_URL_SQS'] ?? process.env['AWS_ENDPOINT_URL']);

export const sqsClient = (): SQSClient => (sqs ??= new SQSClient({ useQueueUrlAsEndpoint: !hasSqsEndpointOverride() }));

export const s3Client = (): S3Client =>
  (s3 ??= new S3Client({ forcePathStyle: process.env['S3_FORCE_PATH_STYLE'] === 'true' }));
