// Sends exact bytes to a loopback port and collects everything that comes back until the other side closes (or `waitMs` passes): for requests no HTTP client would write. Must not import main/.
import { connect } from 'node:net';

export interface RawExchange {
  /** Everything received, as Latin-1 text. */
  text: string;
  /** The status code of the first answer, or 0 when none came. */
  status: number;
  /** The body of the first answer (after the blank line). */
  body: string;
  /** True when the connection ended before `waitMs`. */
  closed: boolean;
}

export function rawExchange(port: number, request: string | Buffer, waitMs = 3000): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let closed = false;
    const timer = setTimeout(() => socket.destroy(), waitMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => {
      closed = true;
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
      closed = true;
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      const bodyAt = text.indexOf('\r\n\r\n');
      resolve({ text, status, body: bodyAt === -1 ? '' : text.slice(bodyAt + 4), closed });
    });
    socket.write(request);
  });
}

/** An HTTP/1.1 request text: request line, the given header lines in order, a blank line, the body. */
export function requestText(method: string, target: string, headers: readonly [string, string][], body = ''): string {
  return `${method} ${target} HTTP/1.1\r\n${headers.map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n${body}`;
}
