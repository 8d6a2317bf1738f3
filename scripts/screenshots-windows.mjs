// The conflict panel of a note typed in two windows, for scripts/screenshots.mjs. Its
// own browser context (a fresh IndexedDB) with two pages, as two windows of the app.

const TITLE = 'Questions for the hiring manager';
const COMMON = '- How is the LXD team split across time zones?\n- What does success look like?';

/** Two windows type on the same saved note at once: the panel of the one that saves second. */
export async function noteConflictShot(browser, base, outDir, scheme) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme: scheme,
  });
  const body = (page) => page.getByRole('textbox', { name: 'Note text (Markdown)', exact: true });
  const saved = (page) => page.locator('.note-save-status', { hasText: /^Saved$/ }).waitFor();
  const openNotes = async (page) => {
    await page.goto(base);
    await page.getByRole('link', { name: 'Engineering Manager, LXD', exact: true }).click();
    await page.getByRole('tab', { name: 'Notes' }).click();
  };
  try {
    const a = await context.newPage();
    await openNotes(a);
    await a.getByRole('button', { name: 'New note' }).click();
    await a.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
    await body(a).fill(COMMON);
    await saved(a);
    const b = await context.newPage();
    await openNotes(b);
    await b.getByRole('list', { name: 'Notes' }).getByRole('button', { name: TITLE }).click();
    await body(b).waitFor();
    // Both windows type before either saves: whichever commits second shows the panel
    // (a window with nothing unsaved would simply take in the other's save instead).
    await body(b).fill(`${COMMON}\n- How are on-call duties shared?`);
    await body(a).fill(`${COMMON}\n- Who are the main partner teams?`);
    const panel = (page) =>
      page
        .getByRole('region', { name: 'This note was changed in another window' })
        .waitFor()
        .then(() => page);
    const shown = await Promise.race([panel(a), panel(b)]);
    await shown.screenshot({ path: `${outDir}/note-conflict-${scheme}.png` });
  } finally {
    await context.close();
  }
}
