/**
 * "Export stories": every story as Markdown, one file each in a folder (a .zip in the
 * browser) with front matter for its date, tags and roles, or all in one file.
 */
import { isoDay, usableZone } from '../../../../shared/export/format';
import { storiesToMarkdown, storyFiles } from '../../../../shared/export/story-markdown';
import type { IpcResult } from '../../../../shared/ipc/result';
import type { SaveOutcome } from '../../../../shared/ipc/channels';
import { useNotify } from '../../components/notices';
import { useDb } from '../../db/db-context';
import { loadStoryExports } from '../../db/story-export-repo';
import { usePlatform } from '../../platform';
import { ExportMenu } from '../export/ExportMenu';
import { currentExportOptions, errorText, savedMessage } from '../export/export-messages';

export function StoriesExportMenu() {
  const db = useDb();
  const platform = usePlatform();
  const notify = useNotify();

  async function run(save: () => Promise<IpcResult<SaveOutcome>>) {
    try {
      const result = await save();
      if (!result.ok) throw new Error(result.error);
      if (result.value.status === 'saved') notify(savedMessage(platform.kind, result.value));
    } catch (error) {
      notify(`Could not export the stories: ${errorText(error)}`, 'error');
    }
  }

  const oneFile = () =>
    run(async () => {
      const options = currentExportOptions();
      const content = storiesToMarkdown(await loadStoryExports(db), options);
      return platform.saveFile({ kind: 'markdown', suggestedName: 'stories.md', content });
    });

  const folder = () =>
    run(async () => {
      const options = currentExportOptions();
      const files = storyFiles(await loadStoryExports(db), options);
      const day = isoDay(options.exportedAt, usableZone(options.timeZone, 'UTC'));
      return platform.saveFolder({ suggestedName: `Shortlist stories ${day}`, files });
    });

  return (
    <ExportMenu
      label="Export stories"
      items={[
        { label: 'One Markdown file per story…', run: () => void folder() },
        { label: 'All stories in one Markdown file…', run: () => void oneFile() },
      ]}
    />
  );
}
