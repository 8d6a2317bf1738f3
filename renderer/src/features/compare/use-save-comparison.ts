/** Saves the comparison, as the applicant sees it (filters applied), as one Markdown file. */
import { useCallback } from 'react';
import {
  comparisonFileName,
  comparisonMarkdown,
} from '../../../../shared/export/comparison-markdown';
import type { Comparison, ComparisonRow } from '../../../../shared/similarity/compare';
import { useNotify } from '../../components/notices';
import { usePlatform } from '../../platform';
import { errorText, savedMessage } from '../export/export-messages';

export function useSaveComparison(): (
  comparison: Comparison,
  rows: readonly ComparisonRow[],
) => Promise<void> {
  const platform = usePlatform();
  const notify = useNotify();
  return useCallback(
    async (comparison, rows) => {
      try {
        const result = await platform.saveFile({
          kind: 'markdown',
          suggestedName: comparisonFileName(comparison),
          content: comparisonMarkdown(comparison, rows),
        });
        if (!result.ok) throw new Error(result.error);
        if (result.value.status === 'saved') notify(savedMessage(platform.kind, result.value));
      } catch (error) {
        notify(`Could not save the comparison: ${errorText(error)}`, 'error');
      }
    },
    [platform, notify],
  );
}
