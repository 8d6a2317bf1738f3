/** Saves the insights as one Markdown file, through the same save path as every export. */
import { useCallback } from 'react';
import type { Insights } from '../../../../shared/domain/insights';
import { localTimeZone } from '../../../../shared/domain/stage-time';
import { insightsFileName, insightsMarkdown } from '../../../../shared/export/insights-markdown';
import { useNotify } from '../../components/notices';
import { usePlatform } from '../../platform';
import { errorText, savedMessage } from '../export/export-messages';

export function useSaveInsights(): (insights: Insights) => Promise<void> {
  const platform = usePlatform();
  const notify = useNotify();
  return useCallback(
    async (insights) => {
      try {
        const zone = localTimeZone();
        const result = await platform.saveFile({
          kind: 'markdown',
          suggestedName: insightsFileName(insights.at, zone),
          content: insightsMarkdown(insights, zone),
        });
        if (!result.ok) throw new Error(result.error);
        if (result.value.status === 'saved') notify(savedMessage(platform.kind, result.value));
      } catch (error) {
        notify(`Could not save the insights: ${errorText(error)}`, 'error');
      }
    },
    [platform, notify],
  );
}
