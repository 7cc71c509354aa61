// Opens Custodian's Swagger UI in a real Chromium, signs in the way a person does (the browser
// answers the server's Basic challenge), and checks that the page rendered the API document:
// the title, and one operation block per expected path. Prints what it saw as JSON; exits 1 with
// the reason if the page did not render. Usage:
//   CUSTODIAN_URL=http://127.0.0.1:8181 CUSTODIAN_USER=admin CUSTODIAN_PASSWORD=... \
//   node swagger-ui.mjs [/health /system ...]  (SCREENSHOT=file.png to keep a picture)
import { chromium } from 'playwright-core';

const base = process.env.CUSTODIAN_URL;
const expectedPaths = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  // This machine has no outside network: without these flags Chromium keeps trying to reach
  // Google's services and floods the log with refused connections.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failure = null;
try {
  const context = await browser.newContext({
    httpCredentials: { username: process.env.CUSTODIAN_USER, password: process.env.CUSTODIAN_PASSWORD },
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/api/v1/docs`);
  await page.locator('.opblock').first().waitFor({ timeout: 30000 });
  const title = (await page.locator('h2.title').first().textContent()).trim();
  const paths = await page.locator('.opblock-summary-path').evaluateAll(
      (nodes) => nodes.map((n) => n.getAttribute('data-path')));
  if (process.env.SCREENSHOT) {
    await page.screenshot({ path: process.env.SCREENSHOT, fullPage: false });
  }
  const missing = expectedPaths.filter((p) => !paths.includes(p));
  console.log(JSON.stringify({ title, operations: paths.length, paths: [...new Set(paths)], errors }));
  if (missing.length > 0) failure = `operations missing from the rendered page: ${missing.join(', ')}`;
  if (errors.length > 0) failure = `script errors on the page: ${errors.join('; ')}`;
} catch (e) {
  failure = `Swagger UI did not render: ${e.message}`;
} finally {
  await browser.close();
}
if (failure) {
  console.error(failure);
  process.exit(1);
}
