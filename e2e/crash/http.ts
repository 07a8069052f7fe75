import http from 'node:http';

// One request on a connection of its own. The server is killed and restarted on the same port, and a pooled
// keep-alive connection to the dead process would fail the first request after a restart; a fresh connection per
// request keeps every failure the crash's own.

export type HttpAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string };

export type HttpOptions = {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The local address to send from (the view beacons come from the trusted proxy's, 127.0.0.2). */
  localAddress?: string;
  timeoutMs?: number;
};

export function httpRequest(url: string, options: HttpOptions = {}): Promise<HttpAnswer> {
  const { method = 'GET', headers = {}, body, localAddress, timeoutMs = 30_000 } = options;
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method,
        agent: false,
        localAddress,
        headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('aborted', () => reject(new Error('The answer was cut off.')));
        response.on('end', () => {
          // A body cut off by the crash ends without `complete`: it is no answer.
          if (!response.complete) return reject(new Error('The answer was cut off.'));
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
          });
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error(`No answer within ${timeoutMs} ms.`)));
    request.on('error', reject);
    request.end(body);
  });
}
