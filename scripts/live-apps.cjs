// The two apps the live scripts drive side by side: ReadinessBoard (its sample board, signed in as an
// Owner of its team) and the bare Blazor Server app (ReadinessBoard.Benchmarks.BareBlazor) that is
// the floor. Both run from bin/Release on a port of their own; build them first:
//
//   dotnet build -c Release ReadinessBoard && dotnet build -c Release ReadinessBoard.Benchmarks.BareBlazor
//
//   liveApps({ port, barePort })  the two apps' settings: how to start each, which page to open, which
//                                 row the scripts tick and how a page shows that it is done
//   startApp(app)                 starts an app on a fresh data folder (making the account first)
//   waitUp(url)                   until the URL answers
//   stopApps(apps)                kills the apps and removes their data folders
//   launchChromium()              headless Chromium as every live script runs it
const { chromium } = require('playwright-core');
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createAccount, scriptAccount } = require('./sign-in.cjs');

const root = path.resolve(__dirname, '..');

function liveApps({ port = 5105, barePort = 5115 } = {}) {
  return {
    bare: {
      name: 'bare Blazor app',
      port: barePort,
      exe: path.join(root, 'ReadinessBoard.Benchmarks.BareBlazor/bin/Release/net10.0/ReadinessBoard.Benchmarks.BareBlazor'),
      args: (p) => [`--urls=http://127.0.0.1:${p}`],
      path: '/',
      ready: 'ul[data-interactive=true]',
      row: 'li[data-box="2"]',
      done: 'done',
    },
    board: {
      name: 'ReadinessBoard',
      port,
      exe: path.join(root, 'ReadinessBoard/bin/Release/net10.0/ReadinessBoard'),
      // Every viewer is the same account from the same address: the cap on live connections per
      // person (10 by default) would turn the eleventh away.
      args: (p, data) => ['serve', `--urls=http://127.0.0.1:${p}`, `--ReadinessBoard:DataDirectory=${data}`,
        '--ReadinessBoard:MaxCircuitsPerClient=1000'],
      path: '/boards/1',
      ready: 'article.rb-board[data-interactive=true]',
      // The sample board's third item, "Rate limiting on the public API".
      row: 'li.rb-item:nth-of-type(3)',
      done: 'rb-status-done',
      account: scriptAccount,
    },
  };
}

function startApp(app) {
  if (!fs.existsSync(app.exe)) throw new Error(`${app.exe} is missing: build it in Release first`);
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'readinessboard-live-'));
  if (app.account) createAccount(app.exe, [`--ReadinessBoard:DataDirectory=${data}`], app.account);
  const child = spawn(app.exe, app.args(app.port, data), { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, Logging__LogLevel__Default: 'Warning' } });
  child.stderr.on('data', () => {});
  app.child = child;
  app.data = data;
  app.base = `http://127.0.0.1:${app.port}`;
}

async function waitUp(url) {
  for (let i = 0; i < 300; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

function stopApps(apps) {
  for (const app of Object.values(apps)) {
    app.child?.kill('SIGKILL');
    if (app.data) fs.rmSync(app.data, { recursive: true, force: true });
  }
}

function launchChromium() {
  return chromium.launch({
    executablePath: process.env.READINESSBOARD_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-renderer-backgrounding', '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows'],
  });
}

module.exports = { liveApps, startApp, waitUp, stopApps, launchChromium };
