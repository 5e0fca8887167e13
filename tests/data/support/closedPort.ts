import { createServer } from 'net';

/** The URL of a local port that nothing listens on (taken from the OS, then released). */
export function freePortUrl(): Promise<string> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(`http://127.0.0.1:${port}/sites/utbildning`));
    });
    server.on('error', reject);
  });
}
