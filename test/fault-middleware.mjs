// Network faults for the loading tests, served under /faults/ by the test server.
const MiB = 1024 * 1024;
/** The files that cdn-failing has failed once already. */
const failedOnce = new Set();

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
      // /faults/large/<declared|streamed|declared-stalls|streamed-stalls>[/<bytes>]: the protocol
      // story padded with spaces (which JSON allows) to exactly that many bytes, 2 MiB by default;
      // `declared` sends its Content-Length, `streamed` sends none and the body in 64 KiB pieces.
      const size = Number(url.pathname.split('/')[4] ?? 2 * MiB);
      const story = (await import('node:fs')).readFileSync('src/content/alliance-numerique-ccia.json');
      const body = Buffer.concat([story, Buffer.alloc(size - story.length, ' ')]);
      const pieces = (length) => Array.from({length: Math.ceil(length / (64 * 1024))}, (_, i) => body.subarray(i * 64 * 1024, Math.min((i + 1) * 64 * 1024, length)));
      context.type = 'application/json';
      if (arg?.endsWith('-stalls')) {
        // Sends part of the body, then nothing until the client goes. declared-stalls declares
        // the size and sends the first KiB: a client that believes the declared length refuses
        // the document at once. streamed-stalls declares none and sends 1 MiB and 64 KiB: a
        // client that counts the bytes as they come refuses it at once. A client that reads on
        // waits for the rest until its time limit.
        const {PassThrough} = await import('node:stream');
        const stream = new PassThrough();
        for (const piece of arg === 'declared-stalls' ? [body.subarray(0, 1024)] : pieces(MiB + 64 * 1024)) stream.write(piece);
        context.req.on('close', () => stream.end());
        context.body = stream;
        if (arg === 'declared-stalls') context.length = size; // after the body, which unsets it
        return;
      }
      if (arg === 'declared') {
        context.body = body;
      } else {
        const {Readable} = await import('node:stream');
        context.body = Readable.from(pieces(body.length));
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
    case 'cross-origin-redirect': { // to the same document on the other loopback name, which sends no CORS header
      const other = context.host.startsWith('localhost') ? context.host.replace('localhost', '127.0.0.1') : context.host.replace(/^[^:]+/, 'localhost');
      context.redirect(`http://${other}/src/content/alliance-numerique-ccia.json`);
      return;
    }
    case 'slow': // /faults/slow/300: the protocol story, after 300 ms
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(arg) || 0, 10_000)));
      context.type = 'application/json';
      context.body = (await import('node:fs')).readFileSync('src/content/alliance-numerique-ccia.json', 'utf8');
      return;
    case 'strict-csp': {
      // /faults/strict-csp/<variant>[/two-copies]: test/fixtures/strict-csp.html (or
      // strict-csp-two-copies.html) under a strict policy. `listed` is the policy the README gives
      // site owners; `lit-html` lists only Lit's Trusted Types policy; `unlisted` leaves it out
      // (what a page that forgets it gets); `duplicates` allows a second policy of the same name.
      const trustedTypes = {
        listed: 'lit-html passerelle',
        'lit-html': 'lit-html',
        unlisted: 'passerelle',
        duplicates: "lit-html passerelle 'allow-duplicates'",
      }[arg];
      const page = url.pathname.split('/')[4] === 'two-copies' ? 'strict-csp-two-copies.html' : 'strict-csp.html';
      if (!trustedTypes) return void (context.status = 404);
      context.set(
        'Content-Security-Policy',
        `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types ${trustedTypes}`
      );
      context.type = 'text/html';
      context.body = (await import('node:fs')).readFileSync(`test/fixtures/${page}`, 'utf8');
      return;
    }
    case 'nonce-preload': {
      // /faults/nonce-preload/<with|without>: test/fixtures/drop-in-fr-preload.html under a policy
      // that allows scripts by nonce, its script given the nonce, and its modulepreload line too
      // (`with`) or not (`without`: the browser blocks that request).
      if (arg !== 'with' && arg !== 'without') return void (context.status = 404);
      const html = (await import('node:fs')).readFileSync('test/fixtures/drop-in-fr-preload.html', 'utf8');
      context.set('Content-Security-Policy', "default-src 'self'; script-src 'nonce-t3st' 'strict-dynamic'");
      context.type = 'text/html';
      context.body = html
        .replace('<script type="module"', '<script nonce="t3st" type="module"')
        .replace('<link rel="modulepreload"', arg === 'with' ? '<link nonce="t3st" rel="modulepreload"' : '<link rel="modulepreload"');
      return;
    }
    case 'paused': { // /faults/paused/600/drop-in-streamed.html: a fixture page sent up to its <!-- pause -->, the rest 600 ms later
      const file = url.pathname.split('/')[4] ?? '';
      if (!/^[\w.-]+\.html$/.test(file)) return void (context.status = 404);
      const html = await (await import('node:fs/promises')).readFile(`test/fixtures/${file}`, 'utf8').catch(() => undefined);
      if (html === undefined) return void (context.status = 404);
      const [head, tail = ''] = html.split('<!-- pause -->\n');
      const {Readable} = await import('node:stream');
      context.type = 'text/html';
      context.set('Cache-Control', 'no-store');
      context.body = Readable.from((async function* () {
        yield head;
        await new Promise((resolve) => setTimeout(resolve, Math.min(Number(arg) || 0, 10_000)));
        yield tail;
      })());
      return;
    }
    case 'delay': { // /faults/delay/150/dist/cdn/passerelle.js: a file of the build, 150 ms late, as from a CDN
      const path = url.pathname.split('/').slice(4).join('/');
      if (!/^dist\/[\w./-]+$/.test(path) || path.includes('..')) return void (context.status = 404);
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(arg) || 0, 10_000)));
      const body = await (await import('node:fs/promises')).readFile(path).catch(() => undefined);
      if (!body) return void (context.status = 404);
      context.set('Vary', '*'); // late every time: never from the cache (the test runner marks files cacheable)
      context.type = path.slice(path.lastIndexOf('.'));
      context.body = body;
      return;
    }
    case 'cdn-failing':
    case 'cdn-missing-late':
    case 'cdn-stalling':
    case 'cdn-missing': {
      // /faults/cdn-failing/<token>/<prefix>/<file>: a file of dist/cdn/, except that the first
      // request (per token) for a file whose name starts with <prefix> fails with 503, as on a
      // flaky network; asked for again, it loads. <file> may be a fixture page instead
      // (drop-in-fr.html), served with its /dist/cdn/ scripts taken from here. cdn-stalling: that
      // first request is never answered (until the page goes, or 30 s), as from a stalled server.
      // cdn-missing: every request for such a file fails, as for a file left out of a copy.
      // cdn-missing-late: as cdn-missing, each failure half a second late. A fixture page takes
      // ?lang=<tag> for its <html lang>: the same page in another language.
      const [, , , token, prefix, file] = url.pathname.split('/');
      if (!/^[\w.-]+$/.test(file ?? '')) return void (context.status = 404);
      const here = `/faults/${fault}/${token}/${prefix}/`;
      const fs = await import('node:fs/promises');
      if (file.endsWith('.html')) {
        const html = await fs.readFile(`test/fixtures/${file}`, 'utf8').catch(() => undefined);
        if (html === undefined) return void (context.status = 404);
        const lang = url.searchParams.get('lang');
        if (lang !== null && !/^[a-zA-Z-]+$/.test(lang)) return void (context.status = 400);
        context.type = 'text/html';
        context.body = (lang ? html.replace(/<html lang="[^"]*">/, `<html lang="${lang}">`) : html).replaceAll('/dist/cdn/', here);
        return;
      }
      if (file.startsWith(prefix) && (fault.startsWith('cdn-missing') || !failedOnce.has(here + file))) {
        failedOnce.add(here + file);
        if (fault === 'cdn-missing-late') await new Promise((resolve) => setTimeout(resolve, 500));
        if (fault === 'cdn-stalling') {
          await new Promise((resolve) => {
            context.req.on('close', resolve);
            setTimeout(resolve, 30_000);
          });
        }
        context.status = 503;
        // Asked for again, it goes to the network (the test runner marks every response cacheable).
        context.set('Vary', '*');
        return;
      }
      const body = await fs.readFile(`dist/cdn/${file}`).catch(() => undefined);
      if (!body) return void (context.status = 404);
      context.type = file.slice(file.lastIndexOf('.'));
      context.body = body;
      return;
    }
    case 'without-stylesheet': { // /faults/without-stylesheet/layout-shift.html: that fixture with its <link rel="stylesheet"> removed
      if (!/^[\w-]+\.html$/.test(arg)) return void (context.status = 404);
      const html = (await import('node:fs')).readFileSync(`test/fixtures/${arg}`, 'utf8');
      context.type = 'text/html';
      context.body = html.replace(/<link rel="stylesheet"[^>]*>/g, '');
      return;
    }
    default:
      context.status = 404;
  }
}
