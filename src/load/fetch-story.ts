/**
 * Fetching a story from a URL: once per URL for the page's elements, without credentials, with a
 * time limit and a size cap, each failure turned into its `StoryError` code.
 */
import {StoryError} from '../story/story-error.js';
import {MAX_DOCUMENT_BYTES, parseStoryJson} from '../story/parse-story.js';
import type {Story} from '../story/types.js';
import {warmIntl} from '../locale/warm-intl.js';

/** The contract's limits. Exported for tests, which shorten the timeout; pages never change them. */
export const fetchLimits = {
  timeoutMs: 15_000,
  maxBytes: MAX_DOCUMENT_BYTES,
};

const requests = new Map<string, Promise<Story>>();
/**
 * How many URLs' loaded stories are kept for the elements that ask for them later (a page's other
 * cards, a route shown again): not every one, or a feed that shows story after story would hold
 * them all for the life of the page (some 20 KB each).
 */
const KEPT = 64;
/** The URLs whose stories have loaded, oldest first. */
const loaded: string[] = [];
/**
 * Requests made ahead of the elements that will ask for them (see autoload.ts), which no element
 * has asked for yet. Kept even when they fail, so that the element reports that failure rather
 * than sending the same request again the moment it arrives; until `releaseUnclaimed`.
 */
const unclaimed = new Set<string>();

/**
 * Once the elements that requests were made ahead for have had their chance to ask (the one that
 * named a URL may have left the page meanwhile), each is claimed as an element claims it: its
 * failure is then forgotten like any other, and an element naming that URL later asks again
 * rather than inherit an old failure. (The request has its own handler: claimed, none is needed.)
 * Through an arrow, not forEach(fetchStory): forEach's second argument would be read as `prefetch`.
 */
export const releaseUnclaimed = () => unclaimed.forEach((url) => fetchStory(url));

/**
 * The story at `url` (resolved against the page), fetched once however many elements ask, while
 * it is one of the last `KEPT` stories loaded. A failed request is forgotten when it settles (a
 * prefetched one, once an element has asked for it), so setting `src` again retries it.
 * @param prefetch true for a request made ahead of the elements that will claim it (autoload.ts);
 *   a boolean rather than an options object, which costs more bytes.
 */
export function fetchStory(url: string, prefetch = false): Promise<Story> {
  let absolute: string;
  try {
    absolute = new URL(url, document.baseURI).href;
  } catch {
    return Promise.reject(new StoryError('fetch-failed', `${url}: not a URL`));
  }
  const forgetIfFailed = (request: Promise<Story>) => request.catch(() => requests.delete(absolute));
  let request = requests.get(absolute);
  if (!request) {
    // Relative URLs in the document resolve against where it was finally served from.
    request = download(absolute).then(([text, served]) => parseStoryJson(text, {baseUrl: served}));
    requests.set(absolute, request);
    // Once loaded, past KEPT, the oldest story loaded is let go, unless its element has yet to
    // claim it (requested ahead): never a request still on its way, which elements share.
    request.then(() => {
      const oldest = loaded.push(absolute) > KEPT ? loaded.findIndex((url) => !unclaimed.has(url)) : -1;
      if (oldest >= 0) requests.delete(loaded.splice(oldest, 1)[0]);
    }, () => {});
    if (prefetch) unclaimed.add(absolute);
    else forgetIfFailed(request);
  } else if (!prefetch && unclaimed.delete(absolute)) {
    forgetIfFailed(request);
  }
  return request;
}

/**
 * The document's text and the URL it was finally served from: a pair rather than an object, whose
 * field names the minifier would keep.
 */
async function download(url: string): Promise<[text: string, served: string]> {
  warmIntl();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, fetchLimits.timeoutMs);
  try {
    const response = await fetch(url, {credentials: 'omit', signal: controller.signal});
    // The contract's http-error is 400 and above; a 3xx the browser did not follow is read as it is.
    if (response.status >= 400) throw new StoryError('http-error', `${url}: HTTP ${response.status}`);
    return [await readCapped(response, url), response.url || url];
  } catch (error) {
    if (error instanceof StoryError) throw error;
    if (timedOut) throw new StoryError('timeout', `${url}: no answer in ${fetchLimits.timeoutMs / 1000} s`);
    throw new StoryError('fetch-failed', `${url}: ${(error as Error).message || 'network error'}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body as UTF-8, refusing it as soon as it passes the cap rather than buffering it all. */
async function readCapped(response: Response, url: string): Promise<string> {
  const tooLarge = () => new StoryError('too-large', `${url}: larger than ${fetchLimits.maxBytes} bytes`);
  if (Number(response.headers.get('content-length')) > fetchLimits.maxBytes) {
    void response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > fetchLimits.maxBytes) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  // A Blob joins the chunks into one run of bytes, so that a character split between two chunks
  // is decoded whole.
  const bytes = await new Blob(chunks).arrayBuffer();
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    throw new StoryError('invalid-json', `${url}: not UTF-8 text`);
  }
}
