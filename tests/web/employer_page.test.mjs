// The employer's page of a shared plan in a real browser (Debian's chromium,
// driven by playwright-core): exactly the employer-visible parts of a plan
// with every field filled, the stylesheet applied under the strict CSP, the
// acknowledge and comment round trip reaching the adviser, the pages for
// revoked, expired and guessed links, print media, and screenshots at phone
// (390 px) and desktop widths in ./screenshots. Run by run-browser-test.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const failures = [];
function check(ok, what) {
  if (!ok) failures.push(what);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
}

const fixture = spawn(process.env.RTW_WEB_FIXTURE, [], { stdio: ['pipe', 'pipe', 'inherit'] });
const lines = createInterface({ input: fixture.stdout });
const nextLine = () => new Promise((resolve, reject) => {
  lines.once('line', resolve);
  fixture.once('exit', (code) => reject(new Error(`web_fixture exited with ${code}`)));
});

const shots = 'screenshots';
mkdirSync(shots, { recursive: true });
const setup = JSON.parse(await nextLine());
const url = (token) => `${setup.baseUrl}/e/${token}`;
const comment = 'Can we start at 10:00? <script>alert(1)</script>';

const browser = await chromium.launch({
  executablePath: process.env.RTW_CHROMIUM,
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
try {
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cspErrors = [];
  desktop.on('console', (m) => { if (m.type() === 'error') cspErrors.push(m.text()); });

  // The plan: exactly the employer-visible parts.
  const res = await desktop.goto(url(setup.open));
  check(res.status() === 200, 'open link answers 200');
  check(res.headers()['content-security-policy']?.startsWith("default-src 'none'"), 'strict CSP header');
  check(res.headers()['referrer-policy'] === 'no-referrer', 'no-referrer');
  check(res.headers()['cache-control'] === 'no-store', 'no-store');
  const h2 = await desktop.locator('main h2').allTextContents();
  check(JSON.stringify(h2) === JSON.stringify(['Phased return schedule', 'Workplace adjustments',
    'Actions for you', 'Dates', 'Adviser contact', 'Your response']), `sections in order: ${h2}`);
  check(await desktop.locator('h1').count() === 1, 'one h1');
  for (const landmark of ['header', 'main', 'footer'])
    check(await desktop.locator(landmark).count() === 1, `landmark ${landmark}`);
  const rows = await desktop.locator('table tbody tr').allInnerTexts();
  check(rows.length === 2, `two visible phases (${rows.length})`);
  check(rows[0]?.includes('Week 1') && rows[0]?.includes('4.5') &&
        rows[0]?.includes('Mornings only <b>not</b> & "quiet" desk'), 'phase 1 as typed, escaped');
  check(rows[1]?.includes('Week 3') && rows[1]?.includes('7.25'), 'phase 3');
  const text = await desktop.locator('main').innerText();
  for (const shown of ['Amended duties: No lifting over 10 kg', 'Arrange a sit-stand desk',
    'Due: 20 April 2026', 'Walk 20 minutes daily', 'By: Employee', '4 May 2026',
    '27 April 2026', '25 May 2026', 'Ann Adviser', '0113 496 0000', 'ann@nhs.net', 'Version 2'])
    check(text.includes(shown), `shows "${shown}"`);
  const html = await desktop.content();
  for (const hidden of ['SECRET', 'Week 5', 'Ergonomic', 'low mood', 'mental', 'Dr '])
    check(!html.includes(hidden), `never shows "${hidden}"`);
  check(await desktop.locator('script').count() === 0, 'no script on the page');
  const banner = await desktop.locator('header.banner').evaluate((e) => getComputedStyle(e).backgroundColor);
  check(banner === 'rgb(0, 94, 184)', `stylesheet applied under the CSP (${banner})`);
  check(await desktop.getByLabel('Comment or question for the adviser').count() === 1, 'comment box is labelled');
  await desktop.screenshot({ path: `${shots}/plan-desktop.png`, fullPage: true });

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  await phone.goto(url(setup.open));
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth);
  check(overflow <= 390, `no sideways scrolling on a phone (${overflow}px)`);
  await phone.screenshot({ path: `${shots}/plan-phone.png`, fullPage: true });

  // Print: the plan without the forms, on A4.
  await desktop.emulateMedia({ media: 'print' });
  check(!(await desktop.locator('section.respond').isVisible()), 'forms are not printed');
  await desktop.screenshot({ path: `${shots}/plan-print.png`, fullPage: true });
  await desktop.pdf({ path: `${shots}/plan-a4.pdf`, format: 'A4', printBackground: true });
  await desktop.emulateMedia({ media: 'screen' });

  // Acknowledge, then comment: both reach the adviser.
  await desktop.getByRole('button', { name: 'I have read this plan' }).click();
  const ackH1 = await desktop.locator('h1').innerText();
  check(ackH1 === 'Thank you', `acknowledgement thanked (${ackH1}: ${await desktop.locator('main p').first().innerText()})`);
  await desktop.getByRole('link', { name: 'Back to the plan' }).click();
  check((await desktop.locator('main').innerText()).includes('You acknowledged this plan on'),
        'the plan now says it was acknowledged');
  await desktop.getByLabel('Comment or question for the adviser').fill(comment);
  await desktop.getByRole('button', { name: 'Send comment' }).click();
  check((await desktop.locator('main').innerText()).includes('Your comment has been sent'), 'comment thanked');
  await desktop.screenshot({ path: `${shots}/comment-sent-desktop.png`, fullPage: true });
  check(cspErrors.length === 0, `no console errors (CSP violations): ${cspErrors.join(' | ')}`);

  // Links that do not open.
  for (const [name, token, status, heading] of [
    ['revoked', setup.revoked, 410, 'This plan is no longer available'],
    ['expired', setup.expired, 410, 'This plan is no longer available'],
    ['guessed', setup.guessed, 404, 'Page not found']]) {
    const r = await phone.goto(url(token));
    check(r.status() === status, `${name} link answers ${status}`);
    check((await phone.locator('h1').innerText()) === heading, `${name} link: "${heading}"`);
    check(!(await phone.content()).includes('Phased return'), `${name} link shows no plan`);
    await phone.screenshot({ path: `${shots}/${name}-phone.png`, fullPage: true });
  }
} finally {
  await browser.close();
}

fixture.stdin.end();
const after = JSON.parse(await nextLine());
check(after.acknowledgements === 1, `the adviser pulls one acknowledgement (${after.acknowledgements})`);
check(JSON.stringify(after.comments) === JSON.stringify([comment]), `the adviser pulls the comment as typed`);
check(after.reads === 3, `each view of the plan is audited (${after.reads} reads)`);

if (failures.length) {
  console.log(`\n${failures.length} check(s) failed`);
  process.exit(1);
}
console.log(`\nall checks passed; screenshots in ${process.cwd()}/${shots}`);
