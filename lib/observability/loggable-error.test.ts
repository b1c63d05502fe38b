import { DynamoDBToolboxError } from 'dynamodb-toolbox';
import { loggableError } from './loggable-error.ts';

describe('loggableError', () => {
  it('keeps a toolbox error’s code and path but not the value it refused', () => {
    const error = new DynamoDBToolboxError('parsing.invalidAttributeInput', {
      message: "Attribute 'contactEmail' should be a string.",
      path: 'contactEmail',
      payload: { received: 'ivanov@example.ru', expected: 'string' },
    });
    const logged = loggableError(error);
    expect(logged).toMatchObject({ name: 'DynamoDBToolboxError', code: 'parsing.invalidAttributeInput', path: 'contactEmail' });
    expect(JSON.stringify(logged)).not.toContain('ivanov@example.ru');
    expect(logged['stack']).toEqual(expect.stringContaining('loggable-error.test.ts'));
  });

  it('keeps an SDK error’s request metadata and drops other properties', () => {
    const error = Object.assign(new Error('The conditional request failed'), {
      name: 'ConditionalCheckFailedException',
      $metadata: { httpStatusCode: 400, requestId: 'R1' },
      Item: { text: { S: 'Текст обращения гражданина' } },
    });
    const logged = loggableError(error);
    expect(logged).toMatchObject({ name: 'ConditionalCheckFailedException', $metadata: { httpStatusCode: 400, requestId: 'R1' } });
    expect(JSON.stringify(logged)).not.toContain('Текст обращения');
  });

  it('describes a thrown non-error without its content', () => {
    expect(loggableError({ text: 'секрет' })).toEqual({ name: 'NonError', message: 'object' });
    expect(loggableError('boom')).toEqual({ name: 'NonError', message: 'boom' });
  });
});
