/**
 * A failed assertion about a DOM node (`expect(part(el, 'original')).to.equal(null)`) must name
 * its test, not hang the run: the runner sends each failure's `actual` and `expected` values to
 * the terminal as they are, and with a node among them the run stalls until its 180 s limit and
 * ends with "Browser tests did not finish", naming no test. So a failing test's nodes go as a
 * short description instead (the assertion's message shows the node already). Imported for its
 * effect by helpers.ts, and by the test files that do not use it: a root hook, it applies to
 * every test of the file's page.
 */
const MAX = 200;

// By its shape rather than `instanceof Node`: a node of a frame (the drop-in tests load their
// pages in iframes) is an instance of that frame's Node, not of this window's.
const isNode = (value: unknown): value is Node =>
  typeof (value as Node | null)?.nodeType === 'number' && typeof (value as Node).nodeName === 'string';

const described = (value: unknown): unknown => {
  if (isNode(value)) {
    const html = value.nodeType === Node.ELEMENT_NODE ? (value as Element).outerHTML : value.nodeName;
    return html.length > MAX ? `${html.slice(0, MAX)}…` : html;
  }
  return Array.isArray(value) && value.some(isNode) ? value.map(described) : value;
};

afterEach(function () {
  const error = this.currentTest?.err as {actual?: unknown; expected?: unknown} | undefined;
  if (!error) return;
  for (const key of ['actual', 'expected'] as const) if (key in error) error[key] = described(error[key]);
});
