// The bench's Board steps, with the 5,000 bench roles: opening the Board from the
// sidebar, and moving a card one column with the keyboard (Alt+Right, then Alt+Left
// back, so the columns stay as seeded). Each resolves with the milliseconds until the
// first animation frame after the DOM shows the result (window.__benchUntil).
/* global document, window, KeyboardEvent */

/** Runs the Board's measures `runs` times each; returns rows for the bench's table. */
export async function measureBoard(page, runs) {
  const opens = [];
  const shown = [];
  const stored = [];
  for (let run = 0; run < runs; run += 1) {
    await showRoles(page);
    opens.push(await openBoard(page));
    const move = await moveFirstCard(page, run % 2 === 0 ? 'right' : 'left');
    shown.push(move.shown);
    stored.push(move.stored);
  }
  await showRoles(page);
  return [
    { name: 'board: open with 5,000 roles (sidebar → cards)', samples: opens, kind: 'target' },
    {
      name: 'board: move a card (Alt+Right/Left → card in column)',
      samples: shown,
      kind: 'target',
    },
    { name: 'board: move a card, until stored', samples: stored, kind: 'info' },
  ];
}

async function showRoles(page) {
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.getByRole('table', { name: 'Roles' }).waitFor();
}

function openBoard(page) {
  return page.evaluate(() => {
    const link = document.querySelector('nav[aria-label="Main"] a[href="#/board"]');
    const done = () =>
      /applications by status$/.test(
        document.querySelector('.screen-subtitle')?.textContent ?? '',
      ) &&
      document.querySelector('.board-column-interested article') !== null &&
      document.querySelector('.board-column-applied article') !== null;
    const start = performance.now();
    link.click();
    return window.__benchUntil(done).then((end) => end - start);
  });
}

/**
 * Moves the first card of Interested right (or of Applied left) by a key press on its
 * link, and times until it shows in the other column, then until the move is stored
 * (the columns are no longer busy).
 */
function moveFirstCard(page, direction) {
  return page.evaluate((direction) => {
    const [from, to] =
      direction === 'right' ? ['interested', 'applied'] : ['applied', 'interested'];
    const link = document.querySelector(`.board-column-${from} article a.board-card-title`);
    const id = link.id;
    const inTarget = () =>
      document.querySelector(`.board-column-${to} article[aria-labelledby="${id}"]`) !== null;
    const busy = () =>
      document.querySelector('.board-columns')?.getAttribute('aria-busy') === 'true';
    const start = performance.now();
    link.focus();
    link.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: direction === 'right' ? 'ArrowRight' : 'ArrowLeft',
        altKey: true,
        bubbles: true,
        cancelable: true,
      }),
    );
    return window.__benchUntil(inTarget).then(async (shownAt) => {
      const storedAt = await window.__benchUntil(() => inTarget() && !busy());
      return { shown: shownAt - start, stored: storedAt - start };
    });
  }, direction);
}
