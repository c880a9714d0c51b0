// What one viewer's browser spends on one tick it receives, by thread and by step, for ReadinessBoard
// and for the bare Blazor app beside it: the CPU behind the live latency (scripts/latency.cjs).
//
//   npm install --prefix /tmp/pw playwright-core
//   dotnet build -c Release ReadinessBoard && dotnet build -c Release ReadinessBoard.Benchmarks.BareBlazor
//   NODE_PATH=/tmp/pw/node_modules node scripts/viewer-cost.cjs [--ticks 30] [--rounds 3]
//       [--css 'name=CSS'] [--port 5105] [--bare-port 5115]
//
// Two headless Chromiums: one holds the ticker pages, the other one viewer page at a time, so every
// thread the second one runs works for that viewer alone. For each round and each case (the bare
// app, ReadinessBoard, and ReadinessBoard with each --css injected into the viewer, for trying what a
// style change would save) the script opens the viewer, lets 5 ticks pass, then records a Chromium
// trace of the viewer's browser over --ticks ticks (each followed by 250 ms). From the trace it sums
// each thread's CPU time (the events' thread time, not their wall time, so another process taking
// the core does not count) per tick: the page's main thread, split into handling the message (the
// WebSocket frame and Blazor applying the change) and making the frame (style, layout, paint,
// pre-paint, layerize), its compositor thread, its raster workers, the GPU process's compositor
// (Viz: it draws every frame, in software here) and the browser process. Figures are medians over the
// rounds. The apps start as in latency.cjs; 30 ticks are made first, in both, to warm their servers.
const { signIn, assertSignedIn } = require('./sign-in.cjs');
const { liveApps, startApp, waitUp, stopApps, launchChromium } = require('./live-apps.cjs');

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const ticks = Number(arg('ticks', '30'));
const rounds = Number(arg('rounds', '3'));
const styles = args.flatMap((a, i) => (a === '--css' ? [args[i + 1]] : [])).map((s) => {
  const eq = s.indexOf('=');
  if (eq < 1) throw new Error(`--css takes name=CSS, not ${s}`);
  return { name: s.slice(0, eq), css: s.slice(eq + 1) };
});
const apps = liveApps({ port: Number(arg('port', '5105')), barePort: Number(arg('bare-port', '5115')) });
const cases = [
  { name: 'bare Blazor app', app: apps.bare },
  { name: 'ReadinessBoard', app: apps.board },
  ...styles.map((s) => ({ name: `ReadinessBoard, ${s.name}`, app: apps.board, css: s.css })),
];

// The steps of the main thread, by the trace events that time them.
const steps = [
  ['message', ['SimpleWatcher::OnHandleReady']],
  ['frame', ['ProxyMain::BeginMainFrame']],
  ['style', ['UpdateLayoutTree']],
  ['layout', ['Layout']],
  ['paint', ['LocalFrameView::RunPaintLifecyclePhase']],
  ['pre-paint', ['PrePaint']],
  ['layerize', ['Layerize']],
];
const threads = [
  ['main', /^CrRendererMain$/],
  ['compositor', /^Compositor$/],
  ['raster', /^(CompositorTileWorker|ThreadPoolForegroundWorker)/],
  ['Viz', /^VizCompositorThread$/],
  ['browser', /^(CrBrowserMain|Chrome_IOThread)$/],
];
const columns = ['total', ...threads.map(([t]) => t), ...steps.map(([s]) => s)];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function openPage(browser, app, storageState, css) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, storageState: app.account ? storageState : undefined });
  const page = await context.newPage();
  await page.goto(app.base + app.path);
  if (app.account) assertSignedIn(page);
  await page.locator(app.ready).waitFor({ timeout: 120000 });
  if (css) await page.addStyleTag({ content: css });
  return page;
}

function costPerTick(events) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  // The viewer's renderer is the process whose main thread made frames.
  const main = events.find((e) => e.name === 'ProxyMain::BeginMainFrame' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const cost = Object.fromEntries(columns.map((c) => [c, 0]));
  const cpu = (e) => (e.tdur ?? e.dur) / 1000 / ticks;
  for (const e of events) {
    if (e.ph !== 'X') continue;
    const thread = names.get(`${e.pid}:${e.tid}`) ?? '';
    if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'ThreadPool_RunTask') {
      const group = threads.find(([, pattern]) => pattern.test(thread));
      if (!group || (group[0] !== 'Viz' && group[0] !== 'browser' && e.pid !== main?.pid)) continue;
      cost[group[0]] += cpu(e);
      cost.total += cpu(e);
    }
    if (main && e.pid === main.pid && e.tid === main.tid) {
      for (const [step, stepEvents] of steps) if (stepEvents.includes(e.name)) cost[step] += cpu(e);
    }
  }
  return cost;
}

async function measure(viewerBrowser, tickerPages, item, storageState) {
  const ticker = tickerPages.get(item.app);
  const viewer = await openPage(viewerBrowser, item.app, storageState, item.css);
  const box = `${item.app.row} input[type=checkbox]`;
  const tick = async () => {
    await ticker.waitForFunction((sel) => !document.querySelector(sel).disabled, box);
    await ticker.locator(box).first().click();
    await sleep(250);
  };
  for (let i = 0; i < 5; i++) await tick();
  await viewerBrowser.startTracing(viewer, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc'] });
  for (let i = 0; i < ticks; i++) await tick();
  const trace = JSON.parse((await viewerBrowser.stopTracing()).toString());
  await viewer.context().close();
  return costPerTick(trace.traceEvents);
}

(async () => {
  try {
    for (const app of Object.values(apps)) startApp(app);
    await waitUp(`${apps.board.base}/health/ready`);
    await waitUp(`${apps.bare.base}/`);
    const tickerBrowser = await launchChromium();
    const viewerBrowser = await launchChromium();
    const storageState = await signIn(tickerBrowser, apps.board.base, apps.board.account);
    const tickerPages = new Map();
    for (const app of [apps.bare, apps.board]) {
      const page = await openPage(tickerBrowser, app, storageState);
      const box = page.locator(`${app.row} input[type=checkbox]`).first();
      for (let i = 0; i < 30; i++) {
        await page.waitForFunction((sel) => !document.querySelector(sel).disabled, `${app.row} input[type=checkbox]`);
        await box.click();
        await sleep(100);
      }
      tickerPages.set(app, page);
    }
    const results = new Map(cases.map((c) => [c, []]));
    for (let r = 0; r < rounds; r++) {
      for (const item of cases) {
        const cost = await measure(viewerBrowser, tickerPages, item, storageState);
        results.get(item).push(cost);
        console.error(`round ${r + 1}, ${item.name}: ${cost.total.toFixed(2)} ms per tick (main ${cost.main.toFixed(2)}, Viz ${cost.Viz.toFixed(2)})`);
      }
    }
    await tickerBrowser.close();
    await viewerBrowser.close();
    console.log(`CPU per tick of one viewer's browser, ms (median of ${rounds} rounds of ${ticks} ticks); the main thread's steps after the threads`);
    console.log(`| case | ${columns.join(' | ')} |`);
    console.log(`| --- | ${columns.map(() => '---:').join(' | ')} |`);
    for (const [item, costs] of results) {
      console.log(`| ${item.name} | ${columns.map((c) => median(costs.map((x) => x[c])).toFixed(2)).join(' | ')} |`);
    }
  } finally {
    stopApps(apps);
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
