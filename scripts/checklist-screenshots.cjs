// Takes the checklist's screenshots in docs/screenshots from a running ReadinessBoard, in Debian's Chromium.
//   npm install --prefix /tmp/pw playwright-core
//   dotnet run --project ReadinessBoard -- users add --email shots@example.com --password shots-password \
//     --team "My team" --role Owner --ReadinessBoard:DataDirectory=/tmp/shots
//   dotnet run --project ReadinessBoard -- --urls http://127.0.0.1:5090 --ReadinessBoard:DataDirectory=/tmp/shots
//   READINESSBOARD_EMAIL=shots@example.com READINESSBOARD_PASSWORD=shots-password \
//     NODE_PATH=/tmp/pw/node_modules node scripts/checklist-screenshots.cjs http://127.0.0.1:5090 docs/screenshots [board]
// Every page needs a member of the board's team ("My team" holds the sample board): the script signs
// in once as READINESSBOARD_EMAIL and opens every context with that sign-in cookie.
const { chromium } = require('playwright-core');
const { accountFromEnvironment, signIn, assertSignedIn } = require('./sign-in.cjs');

(async () => {
const account = accountFromEnvironment();
const [base = 'http://127.0.0.1:5090', out = 'docs/screenshots', board = '1'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.READINESSBOARD_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const storageState = await signIn(browser, base, account);

async function open(path, viewport) {
  const context = await browser.newContext({ viewport, isMobile: viewport.width < 600, hasTouch: viewport.width < 600, storageState });
  const page = await context.newPage();
  await page.goto(base + path);
  assertSignedIn(page);
  await page.locator('article.rb-board[data-interactive=true], .rb-empty').first().waitFor();
  await page.waitForTimeout(300);
  return { context, page };
}

async function shoot(name, path, viewport, act) {
  const { context, page } = await open(path, viewport);
  if (act) {
    await act(page);
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: `${out}/${name}.png` });
  await context.close();
}

await shoot('checklist-1366', `/boards/${board}`, { width: 1366, height: 768 });
await shoot('checklist-390', `/boards/${board}`, { width: 390, height: 844 });
await shoot('item-details-1366', `/boards/${board}`, { width: 1366, height: 768 },
  page => page.locator('button[aria-label^="Details of"]').nth(0).click().then(() => page.locator('.rb-panel').waitFor()));
await browser.close();
})().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
