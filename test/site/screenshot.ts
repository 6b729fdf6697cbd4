/**
 * Takes the README's screenshot of the trust page in headless Chromium:
 *   make site && TS_NODE_PROJECT=tsconfig.test.json node_modules/.bin/ts-node --transpile-only test/site/screenshot.ts out/site docs/trust-page.png [width] [page]
 */
import { launch, serve } from './browser';

async function main(dir: string, out: string, width: number, file: string): Promise<void> {
  const server = await serve(dir);
  const chromium = await launch();
  try {
    const page = await chromium.browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(`${server.url}${file}`, { waitUntil: 'networkidle0' });
    await page.screenshot({ path: out as `${string}.png`, fullPage: process.env.FULL_PAGE === '1' });
  } finally {
    await chromium.close();
    await server.close();
  }
}

const [dir = 'out/site', out = 'docs/trust-page.png', width = '1280', file = 'index.html'] = process.argv.slice(2);
void main(dir, out, Number(width), file);
