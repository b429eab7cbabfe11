// Connects to the running app: reads the connection file, proves the key over a fresh challenge, checks the app's proof, then carries one request. Imports node:* and its own files only.
import { connect } from 'node:net';
import { join } from 'node:path';
import { wrapSocket, type MessageSocket } from './channel/message-socket';
import { proofFor, proofMatches, randomToken } from './channel/proof';
import {
  connectionFileName,
  connectionFileSchema,
  describeCliError,
  protocolVersion,
  serverMessageSchema,
  type ClientMessage,
  type ServerMessage,
} from './contract';
import { exitCodes } from './exit-codes';

export type AppChannel = MessageSocket<ServerMessage, ClientMessage>;

/** A failure that ends the command with a message on stderr and an exit code. */
export class CommandFailure extends Error {
  override readonly name = 'CommandFailure';

  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export const notRunningText = 'akool-vault is not running (or runs with another data directory): start the app, then try again.';
const confusedText = 'The app answered something this command does not understand: are the app and the command the same version?';

const notRunning = (): CommandFailure => new CommandFailure(notRunningText, exitCodes.appNotRunning);
export const confused = (): CommandFailure => new CommandFailure(confusedText, exitCodes.protocol);

function readConnectionFile(dataDir: string, readFile: (path: string) => string): { endpoint: string; key: string } {
  let text: string;
  try {
    text = readFile(join(dataDir, connectionFileName));
  } catch {
    throw notRunning();
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw notRunning();
  }
  const parsed = connectionFileSchema.safeParse(json);
  if (!parsed.success) throw notRunning();
  return parsed.data;
}

function open(endpoint: string): Promise<AppChannel> {
  return new Promise((resolve, reject) => {
    const socket = connect(endpoint);
    socket.once('connect', () => {
      socket.removeAllListeners('error');
      resolve(wrapSocket(socket, serverMessageSchema));
    });
    socket.once('error', () => reject(notRunning()));
  });
}

/** The next message, or the failure it means: an error from the app, a closed connection, or something unreadable. */
export async function expectMessage(channel: AppChannel): Promise<ServerMessage> {
  const received = await channel.receive();
  if (received.kind === 'closed') throw new CommandFailure('The app closed the connection before answering.', exitCodes.protocol);
  if (received.kind === 'invalid') {
    channel.end();
    throw confused();
  }
  const message = received.message;
  if (message.type === 'error') {
    const exitCode =
      message.code === 'denied' || message.code === 'timed-out' || message.code === 'refused'
        ? exitCodes.denied
        : message.code === 'unsupported-version' || message.code === 'bad-message' || message.code === 'wrong-key'
          ? exitCodes.protocol
          : exitCodes.attention;
    throw new CommandFailure(describeCliError(message.code, message.detail), exitCode);
  }
  return message;
}

/** Connects and completes the handshake in both directions; throws CommandFailure (exit 3 when the app is not there). */
export async function connectToApp(dataDir: string, readFile: (path: string) => string): Promise<AppChannel> {
  const { endpoint, key } = readConnectionFile(dataDir, readFile);
  const channel = await open(endpoint);
  const challenge = await expectMessage(channel);
  if (challenge.type !== 'challenge') throw confused();
  const nonce = randomToken();
  channel.send({ v: protocolVersion, type: 'hello', proof: proofFor(key, 'cli', challenge.nonce), nonce });
  const welcome = await expectMessage(channel);
  if (welcome.type !== 'welcome' || !proofMatches(key, 'app', nonce, welcome.proof)) {
    channel.end();
    throw new CommandFailure('The program listening for akool-vault could not prove it holds the key: nothing was sent.', exitCodes.protocol);
  }
  return channel;
}
