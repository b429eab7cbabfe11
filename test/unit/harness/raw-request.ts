// Test helper: one HTTP request with an exact path and headers (fetch would normalise both). Must not import main/.
import { request } from 'node:http';

export interface RawRequest {
  origin: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function rawRequest(options: RawRequest): Promise<RawResponse> {
  const { hostname, port } = new URL(options.origin);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { hostname, port, path: options.path, method: options.method ?? 'GET', headers: options.headers, setHost: options.headers?.host === undefined },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}
