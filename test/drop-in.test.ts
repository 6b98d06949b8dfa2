import {expect} from '@open-wc/testing';

// The one test of the built bundle (the others test src/): a plain page that loads only
// dist/cdn/passerelle.js and embeds the protocol story by its URL. `npm test` builds first.
async function openPage(path: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '600px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const article = win.document.querySelector('news-article')!;
  for (let i = 0; i < 100 && !article.shadowRoot?.querySelector('[part~="headline"]'); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return {frame, win, article};
}

describe('the drop-in bundle', () => {
  it('renders the protocol story card in French on a French page', async () => {
    const {frame, win, article} = await openPage('/test/fixtures/drop-in-fr.html');
    const root = article.shadowRoot!;
    expect(root.querySelector('[part~="headline"]')!.textContent).to.contain('L’Alliance numérique et la Chinese Cultural Industry Association');
    expect(root.querySelector('[part~="expand"]')!.textContent!.trim()).to.equal('Lire la suite');
    const scripts = win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js'));
    expect(scripts.some((n) => /passerelle-fr-/.test(n)), 'the French strings load on demand').to.equal(true);
    expect(scripts.some((n) => /zh-Hans/.test(n)), 'the Chinese strings are not loaded').to.equal(false);
    frame.remove();
  });

  it('renders it in Chinese under <html lang="zh-CN">', async () => {
    const {frame, article} = await openPage('/test/fixtures/drop-in-zh-CN.html');
    const root = article.shadowRoot!;
    expect(root.querySelector('[part~="headline"]')!.textContent).to.contain('数字联盟与中国文化产业协会');
    expect(root.querySelector('[part~="expand"]')!.textContent!.trim()).to.equal('阅读全文');
    frame.remove();
  });
});
