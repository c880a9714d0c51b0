// Accounts for the scripts that drive ReadinessBoard in a browser: every page needs a signed-in member
// of the board's team.
//
//   createAccount(exe, settings, account)  `users add` on the app's command line, before the app starts
//   signIn(browser, base, account)         signs in once through the sign-in form; returns the storage
//                                          state (the sign-in cookie) to open every context with
//   accountFromEnvironment()               READINESSBOARD_EMAIL / READINESSBOARD_PASSWORD
//
// Sign in once and share the state: the sign-in form takes 10 posts a minute from one address.
const { execFileSync } = require('child_process');

const scriptAccount = { email: 'scripts@example.com', password: 'scripts-sign-in-password', team: 'My team' };

function createAccount(exe, settings, account = scriptAccount) {
  execFileSync(exe, ['users', 'add', '--email', account.email, '--password', account.password, '--team', account.team,
    '--role', 'Owner', ...settings], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function accountFromEnvironment() {
  const email = process.env.READINESSBOARD_EMAIL;
  const password = process.env.READINESSBOARD_PASSWORD;
  if (!email || !password) {
    throw new Error('Set READINESSBOARD_EMAIL and READINESSBOARD_PASSWORD to an account of the board\'s team, made with\n' +
      '  dotnet run --project ReadinessBoard -- users add --email E --password P --team "My team" --role Owner ' +
      '--ReadinessBoard:DataDirectory=DIR\nbefore the app starts.');
  }
  return { email, password };
}

async function signIn(browser, base, account) {
  const context = await browser.newContext();
  try {
    const form = await context.request.get(`${base}/account/sign-in`, { maxRedirects: 0 });
    if (form.status() !== 200) {
      const where = form.headers().location ?? '';
      throw new Error(`GET /account/sign-in answered ${form.status()} ${where}` +
        (where.includes('/setup') ? ': the app has no account yet; create one with `users add` before it starts' : ''));
    }
    const token = /name="__RequestVerificationToken"[^>]*value="([^"]+)"/.exec(await form.text())?.[1];
    if (!token) throw new Error('the sign-in page has no __RequestVerificationToken');
    const answer = await context.request.post(`${base}/account/sign-in`, {
      form: { _handler: 'sign-in', __RequestVerificationToken: token, 'Input.Email': account.email, 'Input.Password': account.password },
      maxRedirects: 0,
    });
    const state = await context.storageState();
    if (answer.status() !== 302 || !state.cookies.some((c) => c.name === 'ReadinessBoard.SignIn')) {
      throw new Error(`signing in as ${account.email} failed: POST /account/sign-in answered ${answer.status()} without the sign-in cookie`);
    }
    return state;
  } finally {
    await context.close();
  }
}

// Fails clearly when a page was sent to sign in or to the first-run set-up instead of showing.
function assertSignedIn(page) {
  const { pathname } = new URL(page.url());
  if (pathname.startsWith('/setup') || pathname.startsWith('/account/sign-in')) {
    throw new Error(`${page.url()}: the page asks to ${pathname.startsWith('/setup') ? 'set up the first account' : 'sign in'}; ` +
      'the account is missing, or not a member of the board\'s team');
  }
}

module.exports = { scriptAccount, createAccount, accountFromEnvironment, signIn, assertSignedIn };
