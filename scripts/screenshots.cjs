// Takes the screenshots in docs/screenshots from a running ReadinessBoard, in Debian's Chromium.
//   npm install --prefix /tmp/pw playwright-core
//   dotnet run --project ReadinessBoard -- users add --email shots@example.com --password shots-password \
//     --team "My team" --role Owner --ReadinessBoard:DataDirectory=/tmp/shots
//   dotnet run --project ReadinessBoard -- --urls http://127.0.0.1:5090 --ReadinessBoard:DataDirectory=/tmp/shots
//   READINESSBOARD_EMAIL=shots@example.com READINESSBOARD_PASSWORD=shots-password \
//     NODE_PATH=/tmp/pw/node_modules node scripts/screenshots.cjs http://127.0.0.1:5090 docs/screenshots
// The board views (Overview, Matrix, KPIs, Costs, Plan, Activity) are taken of a third argument's board, by
// default the one the import of the corpus' audit checklist makes on a fresh data folder (board 2):
//   dotnet run --project ReadinessBoard -- import ../shared/corpus/004_8b219cbebdcce178.txt --team "My team" --ReadinessBoard:DataDirectory=/tmp/shots
// Every page needs a member of the board's team ("My team" holds the sample board): the script signs
// in once as READINESSBOARD_EMAIL and opens every context with that sign-in cookie.
const { chromium } = require('playwright-core');
const { accountFromEnvironment, signIn, assertSignedIn } = require('./sign-in.cjs');

(async () => {
const account = accountFromEnvironment();
const [base = 'http://127.0.0.1:5090', out = 'docs/screenshots', viewsBoard = '2'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.READINESSBOARD_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const storageState = await signIn(browser, base, account);

async function shoot(name, path, viewport, fullPage = false) {
  const context = await browser.newContext({ viewport, isMobile: viewport.width < 600, hasTouch: viewport.width < 600, storageState });
  const page = await context.newPage();
  await page.goto(base + path);
  assertSignedIn(page);
  await page.locator('article.rb-board[data-interactive=true], .rb-board-grid, .rb-doc, .rb-view, .rb-empty').first().waitFor();
  // Charts measure their box once the circuit is up; give them a moment to draw.
  await page.waitForTimeout(path.match(/overview|costs|kpis/) ? 1500 : 0);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
  await context.close();
}

await shoot('boards-1366', '/', { width: 1366, height: 768 });
await shoot('board-1366', '/boards/1', { width: 1366, height: 768 });
await shoot('board-390', '/boards/1', { width: 390, height: 844 });
await shoot('document-1366', '/boards/1/document', { width: 1366, height: 768 });
await shoot('document-390', '/boards/1/document', { width: 390, height: 844 });
await shoot('not-found-1366', '/boards/999', { width: 1366, height: 768 });
for (const view of ['overview', 'matrix', 'kpis', 'costs', 'plan', 'activity']) {
  await shoot(`${view}-1366`, `/boards/${viewsBoard}/${view}`, { width: 1366, height: 768 });
  await shoot(`${view}-390`, `/boards/${viewsBoard}/${view}`, { width: 390, height: 844 });
}
await browser.close();
})().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
