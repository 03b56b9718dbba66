"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.sendHttpError = sendHttpError;
exports.graphqlHandler = graphqlHandler;
const node_zlib_1 = __importDefault(require("node:zlib"));
const server_1 = require("@apollo/server");
const config_1 = require("../config");
/** An HTTP-level refusal, in the GraphQL error shape, never with a stack trace. */
function sendHttpError(res, status) {
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message = status === 413 ? `Request body too large (limit ${config_1.MAX_BODY_BYTES / 1024 / 1024} MB)`
        : status === 415 ? 'Unsupported Content-Encoding (use identity, gzip, deflate or br)'
            : status < 500 ? 'Malformed request'
                : 'Internal server error';
    const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
}
class BodyTooLarge extends Error {
}
/** The client went away before sending its whole body: nobody is left to answer. */
class RequestAborted extends Error {
}
/** A compressed body that does not inflate. */
class MalformedBody extends Error {
}
/** A Content-Encoding other than identity, gzip, deflate or br. */
class UnsupportedEncoding extends Error {
}
const INFLATERS = {
    gzip: () => node_zlib_1.default.createGunzip(),
    deflate: () => node_zlib_1.default.createInflate(),
    br: () => node_zlib_1.default.createBrotliDecompress(),
};
/**
 * The request body as text, inflated if the client compressed it. Past `limit` bytes (inflated) the
 * rest is read and dropped, then BodyTooLarge.
 */
function readBody(req, limit) {
    return new Promise((resolve, reject) => {
        const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
        let inflating;
        if (encoding !== 'identity') {
            const inflater = INFLATERS[encoding];
            if (!inflater) {
                req.resume();
                return reject(new UnsupportedEncoding());
            }
            inflating = req.pipe(inflater());
        }
        const source = inflating ?? req;
        let tooLarge = encoding === 'identity' && Number(req.headers['content-length']) > limit;
        const chunks = [];
        let length = 0;
        const drop = () => {
            chunks.length = 0;
            if (!inflating)
                return;
            req.unpipe(inflating);
            inflating.destroy();
            req.resume();
        };
        source.on('data', (chunk) => {
            if (tooLarge)
                return;
            length += chunk.length;
            if (length > limit) {
                tooLarge = true;
                drop();
                // A small compressed body may have been received whole before it inflated past the limit.
                if (req.readableEnded)
                    reject(new BodyTooLarge());
            }
            else
                chunks.push(chunk);
        });
        source.on('end', () => {
            if (!tooLarge)
                resolve(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8'));
        });
        req.on('end', () => {
            if (tooLarge)
                reject(new BodyTooLarge());
        });
        if (inflating) {
            inflating.on('error', () => {
                if (tooLarge)
                    return;
                drop();
                reject(new MalformedBody());
            });
        }
        req.on('error', (error) => (req.readableAborted ? reject(new RequestAborted()) : reject(error)));
        req.on('close', () => {
            if (!req.readableEnded)
                reject(new RequestAborted());
        });
    });
}
/** Parts of an answer in one buffer, outside the JavaScript heap: no large string is built. */
function joined(parts) {
    let length = 0;
    for (const part of parts)
        length += Buffer.byteLength(part);
    const buffer = Buffer.allocUnsafe(length);
    let offset = 0;
    for (const part of parts)
        offset += buffer.write(part, offset);
    return buffer;
}
const isJson = (contentType) => contentType !== undefined && contentType.split(';', 1)[0].trim().toLowerCase() === 'application/json';
/**
 * /graphql served from node:http straight into Apollo Server (`executeHTTPGraphQLRequest`, what its
 * Express integration calls): the hot path of every API call goes through no router, no body-parser
 * middleware and no Express response helpers, a large share of a small query's CPU (bench/README.md).
 * Apollo still does everything GraphQL over HTTP needs (methods, content negotiation, CSRF prevention,
 * GET queries, errors). Bodies are JSON (`application/json`), possibly compressed (gzip, deflate, br),
 * up to 1 MB once inflated: larger is 413 PAYLOAD_TOO_LARGE, unreadable JSON or compression 400
 * BAD_REQUEST, another encoding 415 BAD_REQUEST; any other content type goes to Apollo as text, which
 * refuses it.
 */
function graphqlHandler(apollo, context, logger) {
    return async (req, res) => {
        try {
            let body;
            if (req.method === 'POST') {
                let text;
                try {
                    text = await readBody(req, config_1.MAX_BODY_BYTES);
                }
                catch (error) {
                    if (error instanceof RequestAborted)
                        return void res.destroy();
                    if (error instanceof BodyTooLarge)
                        return sendHttpError(res, 413);
                    if (error instanceof UnsupportedEncoding)
                        return sendHttpError(res, 415);
                    if (error instanceof MalformedBody)
                        return sendHttpError(res, 400);
                    throw error;
                }
                if (isJson(req.headers['content-type'])) {
                    try {
                        body = text === '' ? {} : JSON.parse(text);
                    }
                    catch {
                        return sendHttpError(res, 400);
                    }
                }
                else
                    body = text;
            }
            const headers = new server_1.HeaderMap();
            for (const [key, value] of Object.entries(req.headers)) {
                if (value !== undefined)
                    headers.set(key, Array.isArray(value) ? value.join(', ') : value);
            }
            const url = req.url ?? '';
            const query = url.indexOf('?');
            const sink = {};
            const response = await apollo.executeHTTPGraphQLRequest({
                httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: query < 0 ? '' : url.slice(query), body },
                context: (() => context(req, sink)),
            });
            res.statusCode = response.status ?? 200;
            for (const [key, value] of response.headers)
                res.setHeader(key, value);
            if (response.body.kind === 'complete') {
                const answer = sink.parts ? joined(sink.parts) : response.body.string;
                res.setHeader('content-length', Buffer.byteLength(answer));
                res.end(answer);
                return;
            }
            for await (const chunk of response.body.asyncIterator)
                res.write(chunk);
            res.end();
        }
        catch (error) {
            logger.error('unexpected http error', { error: error instanceof Error ? error.message : String(error) });
            if (res.headersSent)
                res.destroy();
            else
                sendHttpError(res, 500);
        }
    };
}
//# sourceMappingURL=graphql-handler.js.map