import { Writable } from 'node:stream';
import { createLogger } from '../api/logger';

/** Log lines (pino, api/logger.ts): the same JSON fields as before, and secrets redacted by name. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

test('a line is one JSON object: level, ISO time, message and the fields given', () => {
  const { lines, stream } = capture();
  const logger = createLogger('info', stream);
  logger.debug('not at info');
  logger.info('request', { requestId: 'r-1', operationName: 'Orders', durationMs: 3.2, userId: 7, organizationId: 1, errorCodes: ['FORBIDDEN'] });
  expect(lines).toHaveLength(1);
  const line = JSON.parse(lines[0]);
  expect(line).toEqual({ level: 'info', time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/), message: 'request', requestId: 'r-1', operationName: 'Orders', durationMs: 3.2, userId: 7, organizationId: 1, errorCodes: ['FORBIDDEN'] });
});

test('tokens, API keys and passwords never reach a log line, however they are nested', () => {
  const { lines, stream } = capture();
  const logger = createLogger('debug', stream);
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
  logger.error('unexpected error', {
    authorization: `Bearer ${jwt}`,
    headers: { authorization: `ApiKey ub_live_secret_key_123`, cookie: 'session=abc', 'x-request-id': 'r-2' },
    input: { email: 'a@b.fr', password: 'hunter2-password' },
    request: { body: { variables: { apiKey: 'ub_live_other_key_456', token: jwt } } },
  });
  const text = lines.join('\n');
  for (const secret of [jwt, 'ub_live_secret_key_123', 'session=abc', 'hunter2-password', 'ub_live_other_key_456']) expect(text).not.toContain(secret);
  const line = JSON.parse(lines[0]);
  expect(line.headers).toEqual({ authorization: '[redacted]', cookie: '[redacted]', 'x-request-id': 'r-2' });
  expect(line.input).toEqual({ email: 'a@b.fr', password: '[redacted]' });
});
