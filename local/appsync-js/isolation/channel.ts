import type { Socket } from 'node:net';

/**
 * The pipe between the host and a sandbox process (the child's fd 3): one JSON text per line
 * (protocol.ts), as JSON text never holds a raw line break. Node's own IPC channel frames messages
 * the same way and adds a tick and an event per message; here the lines one read brings are
 * handled at once.
 */
export function onLines(channel: Socket, handle: (lines: string[]) => void): void {
  let rest = '';
  channel.setEncoding('utf8');
  channel.on('data', (chunk: string) => {
    const end = chunk.lastIndexOf('\n');
    if (end < 0) {
      rest += chunk;
      return;
    }
    const lines = (rest + chunk.slice(0, end)).split('\n');
    rest = chunk.slice(end + 1);
    handle(lines);
  });
}

export function writeLine(channel: Socket, text: string): void {
  channel.write(`${text}\n`);
}
