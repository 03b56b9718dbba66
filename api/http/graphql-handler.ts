import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable, Transform } from 'node:stream';
import zlib from 'node:zlib';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextThunk } from '@apollo/server';
import type { Logger } from '../logger';
import type { ResponseSink } from '../read/request-reads';
import { MAX_BODY_BYTES } from '../config';
import type { KnownQueries } from './known-queries';

/** An HTTP-level refusal, in the GraphQL error shape, never with a stack trace. */
export function sendHttpError(res: ServerResponse, status: number): void {
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
  const message =
    status === 413 ? `Request body too large (limit ${MAX_BODY_BYTES / 1024 / 1024} MB)`
    : status === 415 ? 'Unsupported Content-Encoding (use identity, gzip, deflate or br)'
    : status < 500 ? 'Malformed request'
    : 'Internal server error';
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

class BodyTooLarge extends Error {}
/** The client went away before sending its whole body: nobody is left to answer. */
class RequestAborted extends Error {}
/** A compressed body that does not inflate. */
class MalformedBody extends Error {}
/** A Content-Encoding other than identity, gzip, deflate or br. */
class UnsupportedEncoding extends Error {}

const INFLATERS: Record<string, () => Transform> = {
  gzip: () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/**
 * The request body as text, inflated if the client compressed it. Past `limit` bytes (inflated) the
 * rest is read and dropped, then BodyTooLarge.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    let inflating: Transform | undefined;
    if (encoding !== 'identity') {
      const inflater = INFLATERS[encoding];
      if (!inflater) {
        req.resume();
        return reject(new UnsupportedEncoding());
      }
      inflating = req.pipe(inflater());
    }
    const source: Readable = inflating ?? req;
    let tooLarge = encoding === 'identity' && Number(req.headers['content-length']) > limit;
    const chunks: Buffer[] = [];
    let length = 0;
    const drop = () => {
      chunks.length = 0;
      if (!inflating) return;
      req.unpipe(inflating);
      inflating.destroy();
      req.resume();
    };
    source.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      length += chunk.length;
      if (length > limit) {
        tooLarge = true;
        drop();
        // A small compressed body may have been received whole before it inflated past the limit.
        if (req.readableEnded) reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    source.on('end', () => {
      if (!tooLarge) resolve(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8'));
    });
    req.on('end', () => {
      if (tooLarge) reject(new BodyTooLarge());
    });
    if (inflating) {
      inflating.on('error', () => {
        if (tooLarge) return;
        drop();
        reject(new MalformedBody());
      });
    }
    req.on('error', (error) => (req.readableAborted ? reject(new RequestAborted()) : reject(error)));
    req.on('close', () => {
      if (!req.readableEnded) reject(new RequestAborted());
    });
  });
}

/** Parts of an answer in one buffer, outside the JavaScript heap: no large string is built. */
function joined(parts: readonly string[]): Buffer {
  let length = 0;
  for (const part of parts) length += Buffer.byteLength(part);
  const buffer = Buffer.allocUnsafe(length);
  let offset = 0;
  for (const part of parts) offset += buffer.write(part, offset);
  return buffer;
}

/** A complete answer, its length known; parts (an answer with rendered items) are joined outside the heap. */
function sendAnswer(res: ServerResponse, status: number, contentType: string | undefined, answer: string | readonly string[]): void {
  const body = typeof answer === 'string' ? answer : joined(answer);
  res.statusCode = status;
  if (contentType) res.setHeader('content-type', contentType);
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

const isJson = (contentType: string | undefined) => contentType !== undefined && contentType.split(';', 1)[0].trim().toLowerCase() === 'application/json';

/**
 * /graphql served from node:http straight into Apollo Server (`executeHTTPGraphQLRequest`, what its
 * Express integration calls): the hot path of every API call goes through no router, no body-parser
 * middleware and no Express response helpers, a large share of a small query's CPU (bench/README.md).
 * Apollo still does everything GraphQL over HTTP needs (methods, content negotiation, CSRF prevention,
 * GET queries, errors). Bodies are JSON (`application/json`), possibly compressed (gzip, deflate, br),
 * up to 1 MB once inflated: larger is 413 PAYLOAD_TOO_LARGE, unreadable JSON or compression 400
 * BAD_REQUEST, another encoding 415 BAD_REQUEST; any other content type goes to Apollo as text, which
 * refuses it. A query already served once is answered again by `known` (known-queries.ts) when it
 * succeeds, without Apollo's pipeline.
 */
export function graphqlHandler<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage, sink: ResponseSink) => Promise<Context>,
  logger: Logger,
  known?: KnownQueries,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    try {
      let body: unknown;
      if (req.method === 'POST') {
        let text: string;
        try {
          text = await readBody(req, MAX_BODY_BYTES);
        } catch (error) {
          if (error instanceof RequestAborted) return void res.destroy();
          if (error instanceof BodyTooLarge) return sendHttpError(res, 413);
          if (error instanceof UnsupportedEncoding) return sendHttpError(res, 415);
          if (error instanceof MalformedBody) return sendHttpError(res, 400);
          throw error;
        }
        if (isJson(req.headers['content-type'])) {
          try {
            body = text === '' ? {} : JSON.parse(text);
          } catch {
            return sendHttpError(res, 400);
          }
        } else body = text;
      }
      if (known && body !== undefined && (await known.answer(req, res, body, sendAnswer))) return;
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const url = req.url ?? '';
      const query = url.indexOf('?');
      const sink: ResponseSink = {};
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: query < 0 ? '' : url.slice(query), body },
        context: (() => context(req, sink)) as ContextThunk<Context>,
      });
      res.statusCode = response.status ?? 200;
      for (const [key, value] of response.headers) res.setHeader(key, value);
      if (response.body.kind === 'complete') return sendAnswer(res, res.statusCode, undefined, sink.parts ?? response.body.string);
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      logger.error('unexpected http error', { error: error instanceof Error ? error.message : String(error) });
      if (res.headersSent) res.destroy();
      else sendHttpError(res, 500);
    }
  };
}
