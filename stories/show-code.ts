/**
 * What *Show code* gives under a story: markup that a page loading the drop-in script can paste
 * and see the story in. Storybook's snippet is the rendered story's `innerHTML`, where a story
 * given as a property (`.story=${…}`) leaves no trace: pasted, the element would wait for a story
 * for ever. So the story is written back in, the way a page without script of its own gives it:
 * the shipped protocol story by `src`, any other document inline, in a
 * `<script type="application/json">` child. Paths the catalogue serves are written as a page
 * would serve them.
 *
 * No Storybook or Vite imports: test/show-code.test.ts runs this under web-test-runner.
 */

/** Where the snippets (like the README's) say a page serves the shipped `dist/content/alliance-numerique-ccia.json`. */
export const PROTOCOL_SRC = '/stories/alliance-numerique-ccia.json';

/** Where the catalogue serves its story files (`staticDirs` in .storybook/main.ts). */
const CATALOGUE_CONTENT = './content/';

/** Stands for the `blob:` URL of a document over 1 MiB that the catalogue makes in the page. */
const TOO_LARGE_NAME = 'a-story-over-1-MiB.json';

const TAGS = 'news-article, news-pull-quote, news-org-badge, news-timeline';

export interface PageMarkupOptions {
  /** The shipped protocol story: named by `src` rather than written out. */
  protocol: unknown;
  /** Where the page serves the shipped protocol story; its folder stands for the catalogue's other files too. */
  protocolSrc?: string;
}

/** `value` as JSON that no `</script>` or `<!--` in its text can end or change inside a `<script>`. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

const sameDocument = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The documents of the element's inline `<script type="application/json">` children that parse. */
function inlineStories(element: Element): unknown[] {
  return [...element.children]
    .filter((child) => child.localName === 'script' && child.getAttribute('type') === 'application/json')
    .flatMap((script) => {
      try {
        return [JSON.parse(script.textContent ?? '')];
      } catch {
        return [];
      }
    });
}

/**
 * The page's markup for a story's snippet `code` (its decorators left out), whose element was
 * given `story` as a property (or nothing).
 */
export function pageMarkup(code: string, story: unknown, {protocol, protocolSrc = PROTOCOL_SRC}: PageMarkupOptions): string {
  const folder = protocolSrc.slice(0, protocolSrc.lastIndexOf('/') + 1);
  const template = document.createElement('template');
  template.innerHTML = code;
  for (const element of template.content.querySelectorAll(TAGS)) {
    let src = element.getAttribute('src');
    if (src?.startsWith('blob:')) src = folder + TOO_LARGE_NAME;
    else if (src?.startsWith(CATALOGUE_CONTENT)) src = folder + src.slice(CATALOGUE_CONTENT.length);
    if (story !== undefined && story !== null) {
      if (sameDocument(story, protocol)) src = protocolSrc;
      // Storybook transforms a snippet twice (when the story renders, and again in the docs
      // block), so markup that already holds the story is left as it is.
      else if (!inlineStories(element).some((json) => sameDocument(json, story))) {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = `\n${scriptSafeJson(story)}\n`;
        element.prepend('\n', script, '\n');
      }
    }
    if (src !== null) {
      // `src` first, where a reader looks for what the element shows.
      const others = [...element.attributes].filter((attribute) => attribute.name !== 'src');
      for (const {name} of others) element.removeAttribute(name);
      element.setAttribute('src', src);
      for (const {name, value} of others) element.setAttribute(name, value);
    }
  }
  return template.innerHTML;
}
