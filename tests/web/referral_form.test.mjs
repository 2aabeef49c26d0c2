// The GP referral form, its receipt and the referral's status page in a real
// browser (Debian's chromium, driven by playwright-core): one invalid
// attempt (a wrong NHS number) showing its message by the field with what was
// typed kept, then a valid referral that the adviser's device pulls as a case
// awaiting first contact; the status page, a discharged referral's summary,
// the self-referral variant and a revoked link; screenshots of each page at
// phone (390 px) and desktop widths in ./screenshots. Run by run-browser-test.
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

const browser = await chromium.launch({
  executablePath: process.env.RTW_CHROMIUM,
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
const consoleErrors = [];
async function pages() {
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  for (const p of [desktop, phone])
    p.on('console', (m) => {
      // A page answered 400 (form errors), 404 or 410 is expected here; any
      // other error (a CSP violation above all) is not.
      if (m.type() === 'error' && !/status of (400|404|410)/.test(m.text())) consoleErrors.push(m.text());
    });
  return { desktop, phone };
}
async function shootBoth(name, url, { desktop, phone }) {
  for (const [p, width] of [[desktop, 'desktop'], [phone, 'phone']]) {
    if (url) await p.goto(url);
    if (width === 'phone') {
      const w = await p.evaluate(() => document.documentElement.scrollWidth);
      check(w <= 390, `${name}: no sideways scrolling on a phone (${w}px)`);
    }
    await p.screenshot({ path: `${shots}/referral-${name}-${width}.png`, fullPage: true });
  }
}

async function fillGpForm(page, nhs) {
  await page.getByLabel('First name', { exact: true }).fill('Jo');
  await page.getByLabel('Last name', { exact: true }).fill('Bloggs');
  await page.getByLabel('Date of birth', { exact: true }).fill('27/03/1981');
  await page.getByLabel('NHS number', { exact: true }).fill(nhs);
  await page.getByLabel('Phone number', { exact: true }).fill('0113 496 0000');
  await page.getByLabel('Reason for referral', { exact: true }).fill('Low back pain; off work for three weeks.');
  await page.getByLabel('Musculoskeletal (pain in muscles, joints or back)', { exact: true }).check();
  await page.getByLabel('Lower back', { exact: true }).check();
  await page.getByLabel('Employed, at work but struggling', { exact: true }).check();
  await page.getByLabel('May be fit for work', { exact: true }).check();
  await page.getByLabel('Your name', { exact: true }).fill('Dr Asha Patel');
  await page.getByLabel('The patient agrees to be contacted by the Work and Health service', { exact: true }).check();
}

try {
  const { desktop, phone } = await pages();
  const formUrl = `${setup.baseUrl}/r/${setup.gpReferral}`;
  const res = await desktop.goto(formUrl);
  check(res.status() === 200, 'GP form answers 200');
  check(res.headers()['content-security-policy']?.startsWith("default-src 'none'"), 'strict CSP header');
  check(res.headers()['cache-control'] === 'no-store', 'no-store');
  check(res.headers()['referrer-policy'] === 'no-referrer', 'no-referrer');
  check((await desktop.locator('h1').innerText()) === 'Refer a patient for work and health support', 'GP form heading');
  check(await desktop.locator('script').count() === 0, 'no script on the page');
  await shootBoth('form', formUrl, { desktop, phone });

  // A wrong check digit first: the message by the field, the values kept.
  await fillGpForm(desktop, '943 476 5918');
  await desktop.getByRole('button', { name: 'Send referral' }).click();
  check((await desktop.title()).startsWith('Error:'), 'the title says there is an error');
  const summary = await desktop.locator('.error-summary').innerText();
  check(summary.includes('NHS number is not a valid NHS number'), `error summary names the NHS number (${summary})`);
  const fieldError = await desktop.locator('#nhsNumber-error').innerText();
  check(fieldError.includes('NHS number is not a valid NHS number'), 'the message is by the NHS number field');
  check((await desktop.getByLabel('NHS number', { exact: true }).getAttribute('aria-invalid')) === 'true', 'the field is marked invalid');
  check((await desktop.getByLabel('First name', { exact: true }).inputValue()) === 'Jo', 'typed values are kept');
  check(await desktop.getByLabel('Lower back', { exact: true }).isChecked(), 'ticked boxes stay ticked');
  await desktop.screenshot({ path: `${shots}/referral-form-error-desktop.png`, fullPage: true });
  await phone.goto(formUrl);
  await fillGpForm(phone, '943 476 5918');
  await phone.getByRole('button', { name: 'Send referral' }).click();
  await phone.screenshot({ path: `${shots}/referral-form-error-phone.png`, fullPage: true });

  // Corrected: sent, and the status link is given once.
  await desktop.getByLabel('NHS number', { exact: true }).fill('943 476 5919');
  await desktop.getByRole('button', { name: 'Send referral' }).click();
  check((await desktop.locator('h1').innerText()) === 'Referral sent', 'receipt after a valid referral');
  const statusLink = desktop.locator('.status-link a');
  const statusUrl = await statusLink.getAttribute('href');
  check(/\/s\/[A-Za-z0-9_-]{43}$/.test(statusUrl ?? ''), `a status link (${statusUrl})`);
  await desktop.screenshot({ path: `${shots}/referral-receipt-desktop.png`, fullPage: true });
  // The receipt is shown once: the same page at phone width.
  await desktop.setViewportSize({ width: 390, height: 844 });
  const receiptWidth = await desktop.evaluate(() => document.documentElement.scrollWidth);
  check(receiptWidth <= 390, `receipt: no sideways scrolling at 390 px (${receiptWidth}px)`);
  await desktop.screenshot({ path: `${shots}/referral-receipt-phone.png`, fullPage: true });
  await desktop.setViewportSize({ width: 1280, height: 900 });

  await statusLink.click();
  const statusText = await desktop.locator('main').innerText();
  check(statusText.includes('Referral progress') && statusText.includes('Jo Bloggs'), 'status page of the referral');
  check(statusText.includes('Received') && statusText.includes('Waiting for first contact'), 'received, waiting for first contact');
  await shootBoth('status', statusUrl, { desktop, phone });

  // A referral the adviser has discharged: the summary, printable.
  const dischargedUrl = `${setup.baseUrl}/s/${setup.dischargedStatus}`;
  await desktop.goto(dischargedUrl);
  const letter = await desktop.locator('main').innerText();
  for (const shown of ['Contacted', 'Discharged', 'Discharge summary', 'Stayed in work',
    'Sam Example', '943 476 5870', '8 out of 10', 'lifting normally again'])
    check(letter.includes(shown), `discharged referral shows "${shown}"`);
  await shootBoth('discharged', dischargedUrl, { desktop, phone });
  await desktop.emulateMedia({ media: 'print' });
  await desktop.pdf({ path: `${shots}/referral-discharge-letter-a4.pdf`, format: 'A4', printBackground: true });
  await desktop.emulateMedia({ media: 'screen' });

  // The self-referral variant, in the first person, without referrer fields.
  const selfUrl = `${setup.baseUrl}/r/${setup.selfReferral}`;
  await desktop.goto(selfUrl);
  check((await desktop.locator('h1').innerText()) === 'Refer yourself for work and health support', 'self-referral heading');
  check(await desktop.getByLabel('Your name', { exact: true }).count() === 0, 'no referrer fields on the self-referral form');
  check(await desktop.getByLabel('I agree to be contacted by the Work and Health service', { exact: true }).count() === 1, 'consent in the first person');
  await shootBoth('self-form', selfUrl, { desktop, phone });

  // A revoked link and a guessed one.
  for (const [name, url, status, heading] of [
    ['revoked', `${setup.baseUrl}/r/${setup.revokedReferral}`, 410, 'This referral link is no longer in use'],
    ['guessed', `${setup.baseUrl}/s/${setup.guessed}`, 404, 'Page not found']]) {
    const r = await phone.goto(url);
    check(r.status() === status, `${name} link answers ${status}`);
    check((await phone.locator('h1').innerText()) === heading, `${name} link: "${heading}"`);
    check(await phone.locator('form').count() === 0, `${name} link shows no form`);
    await phone.screenshot({ path: `${shots}/referral-${name}-phone.png`, fullPage: true });
  }
  check(consoleErrors.length === 0, `no console errors (CSP violations): ${consoleErrors.join(' | ')}`);
} finally {
  await browser.close();
}

fixture.stdin.end();
const after = JSON.parse(await nextLine());
const jo = after.referrals.filter((r) => r.givenName === 'Jo');
check(jo.length === 1, `the adviser pulls the browser's referral once (${jo.length})`);
check(jo[0]?.caseStatus === 'awaiting_first_contact', `as a case awaiting first contact (${jo[0]?.caseStatus})`);
check(jo[0]?.nhsNumber === '9434765919' && jo[0]?.source === 'gp', 'with the NHS number and source as sent');

if (failures.length) {
  console.log(`\n${failures.length} check(s) failed`);
  process.exit(1);
}
console.log(`\nall checks passed; screenshots in ${process.cwd()}/${shots}`);
