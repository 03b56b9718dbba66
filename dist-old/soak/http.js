"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Client = void 0;
const node_http_1 = __importDefault(require("node:http"));
class Client {
    constructor(port, token, timeoutMs, sockets) {
        this.port = port;
        this.token = token;
        this.timeoutMs = timeoutMs;
        this.samples = [];
        this.agent = new node_http_1.default.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
    }
    /** GET on the API (probes); never throws. */
    async get(path, timeoutMs = this.timeoutMs) {
        const started = Date.now();
        const { status } = await this.send('GET', path, undefined, timeoutMs);
        return { status, ms: Date.now() - started };
    }
    /**
     * Runs a GraphQL operation and records it under `kind`. `expect` names the __typename of success
     * for the field `field`; another member of the union is a business result (its errorCode is kept).
     */
    async gql(kind, query, variables = {}, expect) {
        const start = Date.now();
        const { status, body } = await this.send('POST', '/graphql', JSON.stringify({ query, variables }), this.timeoutMs);
        const sample = { kind, start, end: Date.now(), status, codes: [], ok: false };
        let parsed;
        if (status === 0) {
            sample.codes.push(body === 'timeout' ? 'TIMEOUT' : 'NETWORK_ERROR');
        }
        else {
            try {
                parsed = JSON.parse(body);
            }
            catch {
                sample.codes.push('UNPARSABLE_BODY');
            }
        }
        let business;
        if (parsed?.errors?.length) {
            for (const error of parsed.errors)
                sample.codes.push(error.extensions?.code ?? 'NO_CODE');
        }
        else if (parsed && status === 200 && parsed.data) {
            sample.ok = true;
            if (expect) {
                const result = parsed.data[expect.field];
                if (result?.__typename !== expect.typename) {
                    business = result?.errorCode ?? result?.__typename ?? 'NULL_RESULT';
                    sample.codes.push(business);
                }
            }
        }
        else if (parsed) {
            sample.codes.push(`HTTP_${status}`);
        }
        this.samples.push(sample);
        return { ok: sample.ok && !business, data: (parsed?.data ?? undefined), business, sample };
    }
    send(method, path, payload, timeoutMs) {
        return new Promise((resolve) => {
            let settled = false;
            const finish = (status, body) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                resolve({ status, body });
            };
            const req = node_http_1.default.request({
                host: '127.0.0.1',
                port: this.port,
                method,
                path,
                agent: this.agent,
                headers: {
                    authorization: `Bearer ${this.token}`,
                    ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
                },
            }, (res) => {
                const chunks = [];
                res.on('data', (chunk) => chunks.push(chunk));
                res.on('end', () => finish(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
                res.on('error', () => finish(0, 'network'));
            });
            const timer = setTimeout(() => {
                finish(0, 'timeout');
                req.destroy();
            }, timeoutMs);
            req.on('error', () => finish(0, 'network'));
            if (payload)
                req.write(payload);
            req.end();
        });
    }
    close() {
        this.agent.destroy();
    }
}
exports.Client = Client;
//# sourceMappingURL=http.js.map