import crypto from 'node:crypto';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { PartnerAttestationsDocument, PartnerYearDocument, type PartnerAttestationsQuery, type PartnerYearQuery } from './gql/graphql';

/**
 * A typed client for partner portals: the operations of `operations/`, typed by graphql-codegen from
 * the API's schema (`gql/`, generated: `npm run codegen`), sent with a partner API key. Node's fetch,
 * no other dependency.
 */

export interface PartnerClientOptions {
  /** The API's base URL, e.g. https://api.example.fr (GraphQL at /graphql). */
  apiUrl: string;
  /** A partner API key (`ubk_…`), sent as `Authorization: ApiKey <key>`. */
  apiKey: string;
}

export class PartnerApiError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
  }
}

export type PartnerAttestation = PartnerAttestationsQuery['oethAttestations']['items'][number];

export class PartnerClient {
  private readonly base: string;

  constructor(private readonly options: PartnerClientOptions) {
    this.base = options.apiUrl.replace(/\/+$/, '');
  }

  /** Runs one typed operation; GraphQL errors become a PartnerApiError with their codes. */
  async request<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
    const response = await fetch(`${this.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `ApiKey ${this.options.apiKey}` },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as { data?: Result; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) {
      throw new PartnerApiError(body.errors.map((error) => error.message).join('; '), body.errors.map((error) => error.extensions?.code ?? 'UNKNOWN'));
    }
    if (!response.ok || !body.data) throw new PartnerApiError(`HTTP ${response.status}`, [String(response.status)]);
    return body.data;
  }

  /** The customer's impact figures and sales documents of a year. */
  year(year: number): Promise<PartnerYearQuery> {
    return this.request(PartnerYearDocument, { year });
  }

  /** Every issued attestation of the year (all pages). */
  async attestations(year: number): Promise<PartnerAttestation[]> {
    const items: PartnerAttestation[] = [];
    for (;;) {
      const page = await this.request(PartnerAttestationsDocument, { year, skip: items.length });
      items.push(...page.oethAttestations.items);
      if (items.length >= page.oethAttestations.totalItems || page.oethAttestations.items.length === 0) return items;
    }
  }

  /** An attestation's PDF as issued, checked against the SHA-256 the API states for it. */
  async downloadAttestation(attestation: Pick<PartnerAttestation, 'pdfPath' | 'pdfSha256' | 'number'>): Promise<Buffer> {
    if (!attestation.pdfPath) throw new PartnerApiError(`attestation ${attestation.number} has no PDF`, ['NOT_FOUND']);
    const response = await fetch(`${this.base}${attestation.pdfPath}`, { headers: { authorization: `ApiKey ${this.options.apiKey}` } });
    if (!response.ok) throw new PartnerApiError(`downloading ${attestation.number}: HTTP ${response.status}`, [String(response.status)]);
    const pdf = Buffer.from(await response.arrayBuffer());
    const sha256 = crypto.createHash('sha256').update(pdf).digest('hex');
    const expected = attestation.pdfSha256 ?? response.headers.get('x-content-sha256');
    if (expected && expected !== sha256) throw new PartnerApiError(`attestation ${attestation.number}: the PDF does not match its SHA-256`, ['INTEGRITY']);
    return pdf;
  }
}
