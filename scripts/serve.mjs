// Serves the project folder on 127.0.0.1 for the demo: a static server with no dependencies.
// PORT chooses the port; 0 takes any free one. Without PORT it tries 8000 and, when 8000 is
// taken, says so and takes a free port instead. Prints the address of every demo page.
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

/** The demo pages, in the order they are printed. */
const pages = [
  ['demo/', 'index: the elements and their snippets'],
  ['demo/alliance-numerique.html', 'Alliance numérique, French'],
  ['demo/ccia.html', 'Chinese Cultural Industry Association, Simplified Chinese'],
  ['demo/bilingue.html', 'French and Chinese side by side'],
];

const server = createServer(async (request, response) => {
  let path;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    response.writeHead(400, {'content-type': 'text/plain'}).end('Bad request');
    return;
  }
  // The project's root has no page of its own: whoever opens the bare address meets the demo.
  if (path === '/') {
    response.writeHead(302, {location: '/demo/'}).end();
    return;
  }
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

// Set but empty (`PORT= npm start`, or an empty line in an env file) is the same as unset.
const chosen = process.env.PORT || undefined;
if (chosen !== undefined && !/^\d+$/.test(chosen)) {
  console.error(`PORT must be a number, not "${chosen}".`);
  process.exit(1);
}

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && chosen === undefined) {
    console.log('Port 8000 is taken: serving on a free port instead (PORT=… npm start picks one).');
    server.listen(0, '127.0.0.1');
    return;
  }
  if (error.code === 'EADDRINUSE') console.error(`Port ${chosen} is taken: stop what uses it, or choose another (PORT=0 takes any free one).`);
  else console.error(`The demo server cannot listen on 127.0.0.1:${chosen ?? 8000}: ${error.message}`);
  process.exit(1);
});

server.on('listening', () => {
  const base = `http://127.0.0.1:${server.address().port}/`;
  console.log(`Passerelle demo: ${base}demo/`);
  for (const [path, title] of pages.slice(1)) console.log(`  ${base}${path}  ${title}`);
  console.log('Ctrl-C stops it.');
});

server.listen(Number(chosen ?? 8000), '127.0.0.1');
