/** Renderer entry: open the database, add the sample roles on first launch, render. */
import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StartupError } from './app/StartupError';
import { backupBeforeOpening } from './db/backup/pre-upgrade';
import { openShortlistDb } from './db/db';
import { loadSamples, SAMPLE_SEEDS } from './db/sample-seeds';
import { getRoleSearch } from './db/search-index';
import { prepareDatabase } from './db/startup';
import { detectPlatform } from './platform';
import './styles/base.css';
import './styles/shell.css';
import './styles/loading.css';
import './styles/controls.css';
import './styles/roles-table.css';
import './styles/role.css';
import './styles/feedback.css';
import './styles/application.css';
import './styles/activity.css';
import './styles/interviews.css';
import './styles/interviews-editor.css';
import './styles/notes.css';
import './styles/notes-editor.css';
import './styles/notes-editor-switch.css';
import './styles/checklist.css';
import './styles/checklist-details.css';
import './styles/agenda.css';
import './styles/reminders.css';
import './styles/board.css';
import './styles/insights.css';
import './styles/stories.css';
import './styles/contacts.css';
import './styles/compare.css';
import './styles/backup.css';
import './styles/import.css';
import './styles/import-review.css';
import './styles/reparse.css';
import './styles/export.css';
import './styles/storage.css';
import './styles/conflict.css';
import './styles/palette.css';
import './styles/money-dates.css';
import './styles/shell-narrow.css';

/** After the first paint and the first screen's queries, before a person starts typing. */
const PREPARE_SEARCH_AFTER_MS = 1000;

const root = createRoot(document.getElementById('root') as HTMLElement);
const db = openShortlistDb();
const platform = detectPlatform();
// Before any write (the sample roles on first launch), so the search index follows them.
const roleSearch = getRoleSearch(db);

// Before the database is first used (and so opened, and upgraded if it is older). With
// storage full it opens read-only (see db/storage-status.ts), never as an error.
backupBeforeOpening(platform, import.meta.env.VITE_APP_VERSION ?? '')
  .then(() => prepareDatabase(db, { seeds: SAMPLE_SEEDS, load: loadSamples }))
  .then(() => {
    root.render(
      <StrictMode>
        <App db={db} platform={platform} />
      </StrictMode>,
    );
    // Once the first screen is up: check the persisted search index against the data and
    // rebuild it in the background if it is missing or stale (searches answer meanwhile).
    setTimeout(() => {
      roleSearch.prepare().catch((error: unknown) => {
        console.warn('The search index could not be checked; searching without it.', error);
      });
    }, PREPARE_SEARCH_AFTER_MS);
  })
  .catch((error: unknown) => {
    root.render(<StartupError error={error} kind={platform.kind} />);
  });
