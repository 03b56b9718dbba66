import crypto from 'node:crypto';
import http from 'node:http';

/**
 * A bounded HTTP client for the soak: every call has a deadline (the socket is destroyed when it
 * passes), only 127.0.0.1 is ever called, and every call leaves one Sample behind.
 */

export interface Sample {
  kind: string;
  /** ms since epoch. */
  start: number;
  end: number;
  /** HTTP status, or 0 when no response came (timeout, network error). */
  status: number;
  /** GraphQL error codes, or TIMEOUT / NETWORK_ERROR / NO_CODE / a business `errorCode`. */
  codes: string[];
  ok: boolean;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class Client {
  readonly samples: Sample[] = [];
  private readonly agent: http.Agent;

  constructor(
    private readonly port: number,
    private readonly token: string,
    private readonly timeoutMs: number,
    sockets: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  }

  /** GET on the API (probes); never throws. */
  async get(path: string, timeoutMs = this.timeoutMs): Promise<{ status: number; ms: number }> {
    const started = Date.now();
    const { status } = await this.send('GET', path, undefined, timeoutMs);
    return { status, ms: Date.now() - started };
  }

  /**
   * GETs a document (a PDF) and records it under `kind`: ok when 200 came with a body; its SHA-256
   * (hex) is kept, not its bytes.
   */
  async download(kind: string, path: string): Promise<{ ok: boolean; sha256?: string; sample: Sample }> {
    const start = Date.now();
    const { status, body, bytes } = await this.send('GET', path, undefined, this.timeoutMs);
    const sample: Sample = { kind, start, end: Date.now(), status, codes: [], ok: status === 200 && !!bytes?.length };
    if (status === 0) sample.codes.push(body === 'timeout' ? 'TIMEOUT' : 'NETWORK_ERROR');
    else if (status !== 200) sample.codes.push(`HTTP_${status}`);
    this.samples.push(sample);
    return { ok: sample.ok, sha256: sample.ok ? crypto.createHash('sha256').update(bytes!).digest('hex') : undefined, sample };
  }

  /**
   * Runs a GraphQL operation and records it under `kind`. `expect` names the __typename of success
   * for the field `field`; another member of the union is a business result (its errorCode is kept).
   */
  async gql<T = Record<string, unknown>>(
    kind: string,
    query: string,
    variables: Record<string, unknown> = {},
    expect?: { field: string; typename: string },
  ): Promise<{ ok: boolean; data?: T; business?: string; sample: Sample }> {
    const start = Date.now();
    const { status, body } = await this.send('POST', '/graphql', JSON.stringify({ query, variables }), this.timeoutMs);
    const sample: Sample = { kind, start, end: Date.now(), status, codes: [], ok: false };
    let parsed: GraphQLBody | undefined;
    if (status === 0) {
      sample.codes.push(body === 'timeout' ? 'TIMEOUT' : 'NETWORK_ERROR');
    } else {
      try {
        parsed = JSON.parse(body) as GraphQLBody;
      } catch {
        sample.codes.push('UNPARSABLE_BODY');
      }
    }
    let business: string | undefined;
    if (parsed?.errors?.length) {
      for (const error of parsed.errors) sample.codes.push(error.extensions?.code ?? 'NO_CODE');
    } else if (parsed && status === 200 && parsed.data) {
      sample.ok = true;
      if (expect) {
        const result = parsed.data[expect.field] as { __typename?: string; errorCode?: string } | undefined;
        if (result?.__typename !== expect.typename) {
          business = result?.errorCode ?? result?.__typename ?? 'NULL_RESULT';
          sample.codes.push(business);
        }
      }
    } else if (parsed) {
      sample.codes.push(`HTTP_${status}`);
    }
    this.samples.push(sample);
    return { ok: sample.ok && !business, data: (parsed?.data ?? undefined) as T | undefined, business, sample };
  }

  private send(method: string, path: string, payload: string | undefined, timeoutMs: number): Promise<{ status: number; body: string; bytes?: Buffer }> {
    return new Promise((resolve) => {
      let settled = false;
      const finish = (status: number, body: string, bytes?: Buffer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status, body, bytes });
      };
      const req = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path,
          agent: this.agent,
          headers: {
            authorization: `Bearer ${this.token}`,
            ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const bytes = Buffer.concat(chunks);
            finish(res.statusCode ?? 0, bytes.toString('utf8'), bytes);
          });
          res.on('error', () => finish(0, 'network'));
        },
      );
      const timer = setTimeout(() => {
        finish(0, 'timeout');
        req.destroy();
      }, timeoutMs);
      req.on('error', () => finish(0, 'network'));
      if (payload) req.write(payload);
      req.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
