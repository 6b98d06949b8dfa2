// Serves the project folder on 127.0.0.1 for the demo: a static server with no dependencies.
// PORT chooses the port (default 8000; 0 takes any free one). Prints the demo's address.
import {createServer} from 'node:http';
import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root) || file.includes('node_modules')) {
    response.writeHead(404).end('Not found');
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
  } catch {
    response.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
    return;
  }
  response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache'});
  createReadStream(file).pipe(response);
});

server.listen(Number(process.env.PORT ?? 8000), '127.0.0.1', () => {
  const {port} = server.address();
  console.log(`Passerelle demo: http://127.0.0.1:${port}/demo/`);
});
