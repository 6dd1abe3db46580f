// A page of the browser tests that records whatever should never happen in a self-contained report:
// a script error, a CSP violation (logged as a console error), a request for anything not on disk.
import type { Browser, Page } from 'playwright-core';

/** A new 1400×1000 page whose errors and non-`file:` requests are pushed onto `problems`. */
export async function watchedPage(browser: Browser, problems: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) problems.push(`request to ${request.url()}`);
  });
  return page;
}
