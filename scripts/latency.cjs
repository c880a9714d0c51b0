// Live latency: from a tick in one browser to its showing in every other viewer, for ReadinessBoard
// and, in the same run, for a bare Blazor Server app (ReadinessBoard.Benchmarks.BareBlazor) as the floor.
//
//   npm install --prefix /tmp/pw playwright-core
//   dotnet build -c Release ReadinessBoard && dotnet build -c Release ReadinessBoard.Benchmarks.BareBlazor
//   NODE_PATH=/tmp/pw/node_modules node scripts/latency.cjs [--viewers 1,10,50] [--ticks 30] [--min-samples 300]
//       [--turns 3] [--warmup 60] [--warmup-seconds 40] [--port 5105] [--bare-port 5115]
//
// The script starts both apps itself (ReadinessBoard on a fresh data folder with its sample board, on
// port 5105; the bare app on 5115; --port and --bare-port move them), in one headless Chromium. At
// each viewer count the two apps take turns, --turns (3) times each, bare app first: a turn opens N
// viewer pages (each in a browser context of its own) and one ticker page, makes its share of the
// ticks and closes them. Taking turns, a change in the machine's load during a round falls on both
// apps alike; one turn each, a minute or more apart, gave 10-viewer ratios from 1.3x to 2.1x with
// one build.
// The ticker clicks one item's checkbox, alternately ticking and unticking it; each viewer records the
// moment its copy of that row changes class (a MutationObserver). Times are performance.timeOrigin +
// performance.now() in every page: one clock for every page on this machine, with sub-millisecond
// resolution. After each tick the script waits until every viewer has seen it, and a moment more,
// before the next. Each app makes --ticks (30) counted ticks at a viewer count, or more where that
// gives fewer than --min-samples (300) latencies: with one viewer, 30 ticks are 30 samples, and their
// p95 is the second-slowest tick, which one stray moment moves by half. Percentiles are over all of an
// app's turns; the p95 of each turn is printed too. In each app's first turn at a viewer count the
// first --warmup ticks (60), and more until --warmup-seconds (40) have passed, are made the same way
// but not counted (in a later turn, 10 for its new pages): a process just started runs its code at the
// runtime's quick first tier and compiles the hot methods again, optimized, over its first few dozen
// changes; the figures are for a process past that, as a server is for nearly all its life. Beside
// each app's latencies the script prints the CPU time its server and the browser spent per counted
// tick (from /proc), which says where a difference comes from, and the mean latency of the first
// viewer to show a tick, the second, and so on, which says where the wait grows
// (scripts/viewer-cost.cjs breaks one viewer's share down by thread and step). ReadinessBoard's pages
// need a member of the board's team: an Owner of "My team" (where the sample board goes) is made with
// `users add` before the app starts, signed in once, and every context opens with that sign-in cookie.
const { execFileSync } = require('child_process');
const fs = require('fs');
const { signIn, assertSignedIn } = require('./sign-in.cjs');
const { liveApps, startApp, waitUp, stopApps, launchChromium } = require('./live-apps.cjs');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const viewerCounts = arg('viewers', '1,10,50').split(',').map(Number);
const minTicks = Number(arg('ticks', '30'));
const minSamples = Number(arg('min-samples', '300'));
const settleMs = Number(arg('settle', '250'));
// Ticks made and waited for before measuring: the first changes after a start run code paths (and,
// in ReadinessBoard, database queries) for the first time, then again while the runtime recompiles
// the hot ones optimized (tiered compilation); a process pays that once, not per change.
const warmupTicks = Number(arg('warmup', '60'));
// ...and for at least this long: a quick round (one viewer) makes 60 ticks before the runtime is done.
const warmupSeconds = Number(arg('warmup-seconds', '40'));
// The apps take turns, each turn with pages of its own: the first turn of each at a viewer count warms
// up as above, a later one with a few ticks only, for its new pages (the server is warm by then).
const turnCount = Number(arg('turns', '3'));
const rewarmTicks = 10;

const apps = liveApps({ port: Number(arg('port', '5105')), barePort: Number(arg('bare-port', '5115')) });

// CPU time (ms) used so far by a process and everything it started, from /proc; 'browser' stands for
// the Chromium this script started (every process under it).
const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
function cpuMs(root) {
  const stats = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name, in brackets, may hold spaces: the fields after it are what matters.
      const text = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      const command = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
      stats.push({ pid: Number(name), ppid: Number(fields[1]), command, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch { /* gone meanwhile */ }
  }
  const tree = new Set(root === 'browser'
    ? stats.filter((s) => s.ppid === process.pid && /chrom/i.test(s.command)).map((s) => s.pid)
    : [root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const s of stats) if (!tree.has(s.pid) && tree.has(s.ppid)) { tree.add(s.pid); grew = true; }
  }
  return stats.filter((s) => tree.has(s.pid)).reduce((sum, s) => sum + s.ticks, 0) * 1000 / clockTicks;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

// One turn of an app: opens its viewers and its ticker, warms up (`warm`: the ticks and the seconds),
// makes `ticks` counted ticks and closes the pages again. Returns the raw latencies and sums.
async function measure(browser, app, viewers, ticks, warm) {
  const { base } = app;
  const contexts = [];
  const seen = new Map(); // tick number -> array of latencies
  let current = 0;
  let expected = null;
  let t0 = 0;
  const pages = [];
  // Signed in once per app; every turn opens its contexts with that cookie.
  if (app.account && !app.storageState) app.storageState = await signIn(browser, base, app.account);
  const { storageState } = app;
  for (let v = 0; v < viewers; v++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, storageState });
    contexts.push(context);
    const page = await context.newPage();
    await page.exposeFunction('reportChange', (isDone, t) => {
      if (expected === null || isDone !== expected) return;
      const list = seen.get(current) ?? [];
      if (list.length < viewers && !list.some((x) => x.v === v)) list.push({ v, ms: t - t0 });
      seen.set(current, list);
    });
    await page.goto(base + app.path);
    if (app.account) assertSignedIn(page);
    await page.locator(app.ready).waitFor({ timeout: 120000 });
    await page.evaluate(([row, done]) => {
      const observe = () => {
        const li = document.querySelector(row);
        if (!li) return setTimeout(observe, 50);
        let last = li.classList.contains(done);
        new MutationObserver(() => {
          const now = document.querySelector(row);
          const isDone = now.classList.contains(done);
          if (isDone !== last) {
            last = isDone;
            window.reportChange(isDone, performance.timeOrigin + performance.now());
          }
        }).observe(document.body, { attributes: true, attributeFilter: ['class'], subtree: true, childList: true });
      };
      observe();
    }, [app.row, app.done]);
    pages.push(page);
  }

  const tickerContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, storageState });
  contexts.push(tickerContext);
  const ticker = await tickerContext.newPage();
  await ticker.goto(base + app.path);
  await ticker.locator(app.ready).waitFor({ timeout: 120000 });
  const box = ticker.locator(`${app.row} input[type=checkbox]`).first();
  await ticker.waitForTimeout(1000);

  const latencies = [];
  const byOrder = [];
  let missed = 0;
  let cpuAtStart = null;
  const warmUntil = Date.now() + warm.seconds * 1000;
  let tick = 0;
  for (let k = 1 - warm.ticks; k <= ticks; k++) {
    // Warming up is over once both its ticks and its time are done; until then k stays at 0.
    if (k === 1 && Date.now() < warmUntil) k = 0;
    if (k === 1) cpuAtStart = { server: cpuMs(app.child.pid), browser: cpuMs('browser') };
    tick++;
    await box.waitFor();
    await ticker.waitForFunction((sel) => !document.querySelector(sel).disabled, `${app.row} input[type=checkbox]`);
    current = tick;
    expected = !(await box.isChecked());
    t0 = await ticker.evaluate((sel) => {
      const t = performance.timeOrigin + performance.now();
      document.querySelector(sel).click();
      return t;
    }, `${app.row} input[type=checkbox]`);
    const deadline = Date.now() + 20000;
    while ((seen.get(tick)?.length ?? 0) < viewers && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 5));
    }
    const got = seen.get(tick) ?? [];
    if (k > 0) {
      missed += viewers - got.length;
      latencies.push(...got.map((x) => x.ms));
      // The first viewer to show the tick, the second, ...: where the wait grows.
      got.map((x) => x.ms).sort((a, b) => a - b).forEach((ms, i) => { byOrder[i] = (byOrder[i] ?? 0) + ms; });
    }
    await new Promise((r) => setTimeout(r, settleMs));
  }

  const serverCpu = cpuMs(app.child.pid) - cpuAtStart.server;
  const browserCpu = cpuMs('browser') - cpuAtStart.browser;
  for (const c of contexts) await c.close();
  return { latencies, missed, serverCpu, browserCpu, byOrder, ticks };
}

// An app's turns at one viewer count taken together: percentiles over every latency, CPU and the
// latency by order per tick.
function summary(turns) {
  const latencies = turns.flatMap((t) => t.latencies).sort((a, b) => a - b);
  const ticks = turns.reduce((sum, t) => sum + t.ticks, 0);
  const byOrder = [];
  for (const t of turns) t.byOrder.forEach((ms, i) => { byOrder[i] = (byOrder[i] ?? 0) + ms; });
  return {
    samples: latencies.length,
    missed: turns.reduce((sum, t) => sum + t.missed, 0),
    serverCpu: turns.reduce((sum, t) => sum + t.serverCpu, 0) / ticks,
    browserCpu: turns.reduce((sum, t) => sum + t.browserCpu, 0) / ticks,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    byOrder: byOrder.map((sum) => sum / ticks),
    turnP95: turns.map((t) => (t.latencies.length ? percentile([...t.latencies].sort((a, b) => a - b), 95) : NaN)),
  };
}

(async () => {
  try {
    for (const app of Object.values(apps)) startApp(app);
    await waitUp(`http://127.0.0.1:${apps.board.port}/health/ready`);
    await waitUp(`http://127.0.0.1:${apps.bare.port}/`);
    const browser = await launchChromium();
    const rows = [];
    for (const viewers of viewerCounts) {
      const ticks = Math.max(minTicks, Math.ceil(minSamples / viewers));
      const turns = { bare: [], board: [] };
      // The floor first, then the app, and again, --turns times: both under the same load, and a
      // change in the machine's load during the round falls on both alike.
      for (let turn = 0; turn < turnCount; turn++) {
        const share = Math.ceil((ticks * (turn + 1)) / turnCount) - Math.ceil((ticks * turn) / turnCount);
        for (const key of ['bare', 'board']) {
          const warm = turn === 0 ? { ticks: warmupTicks, seconds: warmupSeconds } : { ticks: rewarmTicks, seconds: 0 };
          turns[key].push(await measure(browser, apps[key], viewers, share, warm));
        }
      }
      const result = { bare: summary(turns.bare), board: summary(turns.board) };
      for (const key of ['bare', 'board']) {
        const r = result[key];
        console.error(`${apps[key].name}, ${viewers} viewer(s): p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, ` +
          `p99 ${r.p99.toFixed(0)} ms (${r.samples} samples, ${r.missed} missed; p95 by turn ${r.turnP95.map((ms) => ms.toFixed(0)).join(', ')} ms); ` +
          `CPU per tick: server ${r.serverCpu.toFixed(0)} ms, browsers ${r.browserCpu.toFixed(0)} ms; ` +
          `mean by the order viewers showed it: ${r.byOrder.map((ms) => ms.toFixed(1)).join(' ')} ms`);
      }
      rows.push({ viewers, ...result });
    }
    await browser.close();
    console.log('| viewers | bare p50 | bare p95 | bare p99 | ReadinessBoard p50 | p95 | p99 | p95 ratio | samples (missed) | server CPU per tick, bare / ReadinessBoard |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    for (const r of rows) {
      const f = (x) => `${x.toFixed(0)} ms`;
      console.log(`| ${r.viewers} | ${f(r.bare.p50)} | ${f(r.bare.p95)} | ${f(r.bare.p99)} | ${f(r.board.p50)} | ${f(r.board.p95)} | ` +
        `${f(r.board.p99)} | ${(r.board.p95 / r.bare.p95).toFixed(2)}x | ${r.bare.samples} (${r.bare.missed}) / ${r.board.samples} (${r.board.missed}) | ` +
        `${f(r.bare.serverCpu)} / ${f(r.board.serverCpu)} |`);
    }
  } finally {
    stopApps(apps);
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
