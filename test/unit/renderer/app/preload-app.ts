/**
 * For tests that render the whole <App>: the code the app loads on demand (other screens,
 * the shell's dialogs, the New role dialog, the sample postings and the parser) is loaded
 * before the test starts, and the shell's parts mount at once. The app then behaves as
 * in a window whose first screen has long been idle, and no test's wait includes
 * compiling a chunk.
 */
import { mountDeferredPartsAtOnce } from '../../../../renderer/src/app/DeferredPart';
import { prefetchScreens } from '../../../../renderer/src/app/lazy-screens';
import { loadShellParts } from '../../../../renderer/src/app/ShellParts';
import { loadSamples } from '../../../../renderer/src/db/sample-seeds';
import { prefetchImport } from '../../../../renderer/src/features/import/ImportProvider';

/** Run in `beforeAll` (give it a generous timeout: it compiles most of the renderer). */
export async function preloadApp(): Promise<void> {
  mountDeferredPartsAtOnce();
  await Promise.all([
    prefetchScreens(),
    loadShellParts(),
    prefetchImport(),
    loadSamples(),
    import('../../../../renderer/src/db/role-records'),
  ]);
}
