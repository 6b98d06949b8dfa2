// Network faults for the loading tests, served under /faults/ by the test server.
const MiB = 1024 * 1024;

export async function faultMiddleware(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/faults/')) return next();
  const [, , fault, arg] = url.pathname.split('/');
  switch (fault) {
    case 'status': // /faults/status/404
      context.status = Number(arg);
      context.body = `status ${arg}`;
      return;
    case 'hang': // never answers (until the client gives up); the client's timeout must fire
      await new Promise((resolve) => {
        context.req.on('close', resolve);
        setTimeout(resolve, 30_000);
      });
      context.status = 504;
      return;
    case 'large': {
      // /faults/large/declared: Content-Length says too much; /faults/large/streamed: no length, 2 MiB of body.
      const body = '{"padding":"' + 'x'.repeat(2 * MiB) + '"}';
      context.type = 'application/json';
      if (arg === 'declared') {
        context.body = body;
      } else {
        const {Readable} = await import('node:stream');
        context.body = Readable.from((function* () {
          for (let i = 0; i < body.length; i += 64 * 1024) yield body.slice(i, i + 64 * 1024);
        })());
      }
      return;
    }
    case 'html': // an error page where JSON was expected
      context.type = 'text/html';
      context.body = '<!doctype html><title>Oops</title><h1>Server error</h1>';
      return;
    case 'invalid-utf8':
      context.type = 'application/json';
      context.body = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
      return;
    case 'text-plain': // static hosts often serve .json as text/plain; it must still load
      context.type = 'text/plain';
      context.body = (await import('node:fs')).readFileSync('src/content/alliance-numerique-ccia.json', 'utf8');
      return;
    case 'redirect': // /faults/redirect/relative-urls: the document is served from another path
      context.redirect('/test/fixtures/relative-urls.json');
      return;
    default:
      context.status = 404;
  }
}
