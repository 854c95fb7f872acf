/** Starts the HTTP server on HOST:PORT. */
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';

export function startServer(
  app: Hono,
  host: string,
  port: number,
): Promise<{ server: ServerType; url: string }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({ server, url: `http://${shownHost}:${info.port}` });
    });
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          Object.assign(
            new Error(
              `port ${port} on ${host} is already in use (set PORT to a free port, e.g. PORT=3001)`,
            ),
            { code: 'port-in-use' },
          ),
        );
      } else reject(error);
    });
  });
}
