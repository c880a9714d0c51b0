// Memory per idle viewer of a 200-item board: the app's resident memory with no viewer, then with N
// viewers that only watch (each in a browser context of its own, so each is a circuit of its own).
//
//   npm install --prefix /tmp/pw playwright-core
//   dotnet build -c Release ReadinessBoard
//   NODE_PATH=/tmp/pw/node_modules node scripts/idle-viewers.cjs [--viewers 50] [--gc workstation|server] [--port 5105]
//
// The app runs from bin/Release on port 5105 (or --port) with a fresh data folder holding one imported 200-item
// board. It reads the process's resident memory (VmRSS in /proc) as the median of five readings a
// second apart, after a warm-up and after the viewers have settled. The app runs with the
// workstation GC by default here (--gc server for the server GC it uses in production), which
// collects sooner, so the difference is closer to what the viewers keep alive. The board's pages need a
// member of its team: an Owner is made with `users add` before the app starts and signed in once;
// every viewer's context opens with that sign-in cookie.
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createAccount, scriptAccount, signIn, assertSignedIn } = require('./sign-in.cjs');
const { waitUp, launchChromium } = require('./live-apps.cjs');

const root = path.resolve(__dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const viewers = Number(arg('viewers', '50'));
const gc = arg('gc', 'workstation');
const port = Number(arg('port', '5105'));
const exe = path.join(root, 'ReadinessBoard/bin/Release/net10.0/ReadinessBoard');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function checklist() {
  const lines = ['# Idle viewers board', ''];
  for (let s = 0; s < 10; s++) {
    lines.push(`## Area ${s + 1}`, '');
    for (let i = 0; i < 20; i++) lines.push(`- [${i % 3 === 0 ? 'x' : ' '}] Check ${s * 20 + i + 1} of area ${s + 1}`);
    lines.push('');
  }
  return lines.join('\n');
}

const rssMb = (pid) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
};

// The median of a few readings a second apart: one reading can catch a collection half done.
async function settledRss(pid) {
  const readings = [];
  for (let i = 0; i < 5; i++) {
    readings.push(rssMb(pid));
    await sleep(1000);
  }
  return readings.sort((a, b) => a - b)[2];
}

(async () => {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'readinessboard-idle-'));
  const source = path.join(data, 'board.md');
  fs.writeFileSync(source, checklist());
  const settings = [`--ReadinessBoard:DataDirectory=${data}`, '--ReadinessBoard:SeedSampleBoard=false'];
  const boardId = execFileSync(exe, ['import', source, '--team', scriptAccount.team, ...settings], { encoding: 'utf8' }).match(/\d+/)[0];
  createAccount(exe, settings, scriptAccount);
  const env = { ...process.env, Logging__LogLevel__Default: 'Warning', DOTNET_gcServer: gc === 'server' ? '1' : '0' };
  // Every viewer is the same account from the same address: lift the cap on live connections per person.
  const app = spawn(exe, ['serve', `--urls=http://127.0.0.1:${port}`, ...settings, '--ReadinessBoard:MaxCircuitsPerClient=1000'], { stdio: 'ignore', env });
  const base = `http://127.0.0.1:${port}`;
  const browser = await launchChromium();
  try {
    await waitUp(`${base}/health/ready`);
    const storageState = await signIn(browser, base, scriptAccount);
    const open = async () => {
      const context = await browser.newContext({ storageState });
      const page = await context.newPage();
      await page.goto(`${base}/boards/${boardId}`);
      assertSignedIn(page);
      await page.locator('article.rb-board[data-interactive=true]').waitFor({ timeout: 120000 });
      return context;
    };
    // Warm up: the first page pays for JIT and caches, not for a viewer.
    for (let i = 0; i < 3; i++) await (await open()).close();
    await sleep(5000);
    const before = await settledRss(app.pid);
    const contexts = [];
    for (let i = 0; i < viewers; i++) contexts.push(await open());
    const items = await (contexts[0].pages()[0]).locator('input.rb-check').count();
    await sleep(10000);
    const after = await settledRss(app.pid);
    console.log(`board ${boardId}: 200 items, ${items} on its first page; GC: ${gc}; viewers: ${viewers}`);
    console.log(`resident memory: ${before.toFixed(1)} MB with no viewer, ${after.toFixed(1)} MB with ${viewers} idle viewers`);
    console.log(`per idle viewer: ${(((after - before) * 1024) / viewers).toFixed(0)} KB`);
    for (const c of contexts) await c.close();
  } finally {
    await browser.close();
    app.kill('SIGKILL');
    fs.rmSync(data, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
