import { createServer, type Server } from 'node:http';

export interface ReceivedDelivery {
  id: string;
  event: string;
  body: string;
}

export interface WebhookReceiver {
  readonly url: string;
  /** every POST in arrival order, duplicates included */
  readonly received: ReceivedDelivery[];
  close(): Promise<void>;
}

/**
 * The tenant's own HTTP endpoint: answers 200 to every delivery once its body is fully read, so
 * a delivery the sender has to repeat is one whose commit the crash cut, never one we refused.
 */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedDelivery[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        id: String(req.headers['x-signoff-delivery'] ?? ''),
        event: String(req.headers['x-signoff-event'] ?? ''),
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
