// One CLI connection: the key handshake, then one request answered through the CLI service; a run lasts until the child ends or the connection drops. Must not import electron.
import type { Socket } from 'node:net';
import { resolve } from 'node:path';
import { clientMessageSchema, protocolVersion, scanOutputPiece, type ClientMessage, type CliErrorCode, type ServerMessage } from '../../../cli/contract';
import { wrapSocket, type MessageSocket, type Received } from '../../../cli/channel/message-socket';
import { proofFor, proofMatches, randomToken } from '../../../cli/channel/proof';
import { CliFailure } from '../../core/cli-grants/cli-failure';
import type { CliService } from '../../core/cli-grants/cli-service';
import type { RunGrant } from '../../core/cli-grants/run-request';
import type { Logger } from '../../core/ports';

type Channel = MessageSocket<ClientMessage, ServerMessage>;

/** A connection that has not proved the key by then is closed. */
export const handshakeTimeoutMs = 10_000;

const v = protocolVersion;
const errorMessage = (code: CliErrorCode, detail: string | null = null): ServerMessage => ({ v, type: 'error', code, detail });

function invalidAnswer(received: Extract<Received<ClientMessage>, { kind: 'invalid' }>): ServerMessage {
  return errorMessage(received.reason === 'version' ? 'unsupported-version' : 'bad-message');
}

async function handshake(channel: Channel, key: string): Promise<boolean> {
  const nonce = randomToken();
  channel.send({ v, type: 'challenge', nonce });
  const received = await channel.receive();
  if (received.kind === 'closed') return false;
  if (received.kind === 'invalid') {
    channel.end(invalidAnswer(received));
    return false;
  }
  const hello = received.message;
  if (hello.type !== 'hello' || !proofMatches(key, 'cli', nonce, hello.proof)) {
    channel.end(errorMessage(hello.type === 'hello' ? 'wrong-key' : 'bad-message'));
    return false;
  }
  channel.send({ v, type: 'welcome', proof: proofFor(key, 'app', hello.nonce) });
  return true;
}

async function followRun(channel: Channel, grant: RunGrant): Promise<void> {
  const received = await channel.receive();
  if (received.kind === 'message' && received.message.type === 'run-ended') {
    const summary = await grant.finish('exited');
    channel.end({ v, type: 'run-summary', summary });
    return;
  }
  await grant.finish('disconnected');
  channel.end(received.kind === 'invalid' ? invalidAnswer(received) : undefined);
}

/** Sends what the scan prints in pieces small enough for one line each, stdout first, then its exit code. */
function sendScanOutcome(channel: Channel, outcome: { stdout: string; stderr: string; exitCode: 0 | 1 | 64 }): void {
  for (const stream of ['stdout', 'stderr'] as const) {
    const text = outcome[stream];
    for (let start = 0; start < text.length; start += scanOutputPiece) {
      channel.send({ v, type: 'scan-output', stream, text: text.slice(start, start + scanOutputPiece) });
    }
  }
  channel.end({ v, type: 'scan-done', exitCode: outcome.exitCode });
}

async function answer(channel: Channel, service: CliService, request: ClientMessage): Promise<void> {
  const session = { closed: channel.closed, onWaiting: () => channel.send({ v, type: 'waiting' }) };
  switch (request.type) {
    case 'status':
      return channel.end({ v, type: 'status', ...service.status() });
    case 'list':
      return channel.end({ v, type: 'list', accounts: service.list() });
    case 'secret': {
      const value = await service.secret(request, session);
      return channel.end({ v, type: 'secret', value });
    }
    case 'run': {
      const grant = await service.run(request, { ...session, onStopped: () => channel.send({ v, type: 'run-stopped' }) });
      if (channel.isClosed()) {
        await grant.finish('disconnected');
        return;
      }
      channel.send({ v, type: 'run-granted', env: { ...grant.env } });
      return followRun(channel, grant);
    }
    case 'scan': {
      // The caller's folder is what it reports: it runs as the same user (the socket is private), so it could read the files itself.
      const outcome = await service.scan(request.args, (dir) => resolve(request.caller.cwd, dir), session);
      return sendScanOutcome(channel, outcome);
    }
    default:
      return channel.end(errorMessage('bad-message'));
  }
}

export async function serveCliConnection(socket: Socket, deps: { key: string; service: CliService; logger: Logger }): Promise<void> {
  const channel: Channel = wrapSocket(socket, clientMessageSchema);
  const timer = setTimeout(() => socket.destroy(), handshakeTimeoutMs);
  const proved = await handshake(channel, deps.key).finally(() => clearTimeout(timer));
  if (!proved) {
    deps.logger.warn('cli connection refused: the connection key was not proved');
    return;
  }
  const received = await channel.receive();
  if (received.kind === 'closed') return;
  if (received.kind === 'invalid') return channel.end(invalidAnswer(received));
  try {
    await answer(channel, deps.service, received.message);
  } catch (error) {
    if (!(error instanceof CliFailure)) deps.logger.error('cli request failed', { error: error instanceof Error ? error.name : typeof error });
    const failure = error instanceof CliFailure ? error : new CliFailure('internal');
    channel.end(errorMessage(failure.code, failure.detail));
  }
}
