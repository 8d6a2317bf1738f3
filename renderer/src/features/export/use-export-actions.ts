/**
 * Every export the app offers, in one place: load the records, generate the file (pure,
 * in shared/), save or copy it through the platform, say what happened, and log an
 * "exported" activity on the role. A cancelled save says nothing; a failure says why.
 */
import { useMemo } from 'react';
import {
  briefFileName,
  calendarFileName,
  notesFileName,
  roleFileName,
} from '../../../../shared/export/file-names';
import { stagesToIcs } from '../../../../shared/export/ics';
import { interviewBriefToMarkdown } from '../../../../shared/export/interview-brief';
import { notesToMarkdown } from '../../../../shared/export/notes-markdown';
import { roleToMarkdown } from '../../../../shared/export/role-markdown';
import type { RoleExportData } from '../../../../shared/export/types';
import type { SaveFileRequest, SaveOutcome } from '../../../../shared/ipc/channels';
import type { IpcResult } from '../../../../shared/ipc/result';
import { useNotify } from '../../components/notices';
import { useDb } from '../../db/db-context';
import { logExport } from '../../db/export-activity';
import { loadCalendarItems, loadRoleExport } from '../../db/export-repo';
import { loadReminderSettings } from '../../db/reminders-repo';
import { usePlatform } from '../../platform';
import type { ExportAllReport } from './export-all-job';
import { runExportAll } from './export-all-run';
import { baseName, currentExportOptions, errorText, plural, savedMessage } from './export-messages';

/** Which interviews go into a calendar file. */
export interface CalendarScope {
  /** Names the file, e.g. the role's title or "Upcoming interviews". */
  label: string;
  roleId?: string;
  stageId?: string;
}

export interface ExportActions {
  /** The role as one Markdown file. */
  saveRole(roleId: string): Promise<void>;
  copyRole(roleId: string): Promise<void>;
  /** The role's notes alone as one Markdown file. */
  saveNotes(roleId: string): Promise<void>;
  /** One stage's interview brief. */
  saveBrief(roleId: string, stageId: string): Promise<void>;
  copyBrief(roleId: string, stageId: string): Promise<void>;
  /** Upcoming scheduled interviews (all, one role's or one stage) as an .ics file. */
  saveCalendar(scope: CalendarScope): Promise<void>;
  /**
   * Every role, one file each plus index.md, as a folder (a .zip in the browser);
   * `signal` cancels it, leaving nothing saved.
   */
  saveAll(report?: ExportAllReport, signal?: AbortSignal): Promise<void>;
}

const GONE = 'This role no longer exists.';

export function useExportActions(): ExportActions {
  const db = useDb();
  const platform = usePlatform();
  const notify = useNotify();

  return useMemo(() => {
    /** Runs one export; anything thrown becomes an error notice. */
    async function attempt(what: string, work: () => Promise<void>): Promise<void> {
      try {
        await work();
      } catch (error) {
        notify(`Could not ${what}: ${errorText(error)}`, 'error');
      }
    }

    /** The saved path, or null when the user cancelled; a failure throws its message. */
    function finish(result: IpcResult<SaveOutcome>): string | null {
      if (!result.ok) throw new Error(result.error);
      if (result.value.status === 'cancelled') return null;
      notify(savedMessage(platform.kind, result.value));
      return result.value.path;
    }

    const saveFile = async (request: SaveFileRequest) => finish(await platform.saveFile(request));

    async function copy(text: string, message: string): Promise<void> {
      const result = await platform.copyText(text);
      if (!result.ok) throw new Error(result.error);
      notify(message);
    }

    /** The log is a record of the export, not part of it: a failure there is reported apart. */
    async function log(roleId: string, summary: string): Promise<void> {
      try {
        await logExport(db, roleId, summary);
      } catch (error) {
        notify(
          `The export worked, but the activity log was not updated: ${errorText(error)}`,
          'error',
        );
      }
    }

    async function load(roleId: string): Promise<RoleExportData> {
      const data = await loadRoleExport(db, roleId);
      if (!data) throw new Error(GONE);
      return data;
    }

    async function brief(roleId: string, stageId: string) {
      const data = await load(roleId);
      const stage = data.stages.find((candidate) => candidate.id === stageId);
      const markdown = interviewBriefToMarkdown(data, stageId, currentExportOptions());
      if (!stage || markdown === null) throw new Error('This interview stage no longer exists.');
      return { data, stage, markdown };
    }

    const actions: ExportActions = {
      saveRole: (roleId) =>
        attempt('save the role as Markdown', async () => {
          const data = await load(roleId);
          const content = roleToMarkdown(data, currentExportOptions());
          const path = await saveFile({
            kind: 'markdown',
            suggestedName: roleFileName(data.role),
            content,
          });
          if (path !== null) await log(roleId, `Saved as Markdown (${baseName(path)})`);
        }),

      copyRole: (roleId) =>
        attempt('copy the role as Markdown', async () => {
          const data = await load(roleId);
          await copy(
            roleToMarkdown(data, currentExportOptions()),
            `Copied ${data.role.title} as Markdown`,
          );
          await log(roleId, 'Copied as Markdown');
        }),

      saveNotes: (roleId) =>
        attempt('save the notes as Markdown', async () => {
          const data = await load(roleId);
          const path = await saveFile({
            kind: 'markdown',
            suggestedName: notesFileName(data.role),
            content: notesToMarkdown(data, currentExportOptions()),
          });
          if (path !== null) await log(roleId, `Saved the notes as Markdown (${baseName(path)})`);
        }),

      saveBrief: (roleId, stageId) =>
        attempt('save the interview brief', async () => {
          const { data, stage, markdown } = await brief(roleId, stageId);
          const path = await saveFile({
            kind: 'markdown',
            suggestedName: briefFileName(data.role, stage),
            content: markdown,
          });
          if (path !== null) {
            await log(roleId, `Saved the brief for ${stage.name} (${baseName(path)})`);
          }
        }),

      copyBrief: (roleId, stageId) =>
        attempt('copy the interview brief', async () => {
          const { stage, markdown } = await brief(roleId, stageId);
          await copy(markdown, `Copied the brief for ${stage.name} as Markdown`);
          await log(roleId, `Copied the brief for ${stage.name}`);
        }),

      saveCalendar: ({ label, roleId, stageId }) =>
        attempt('save the calendar file', async () => {
          const now = Date.now();
          const items = await loadCalendarItems(db, {
            now,
            ...(roleId === undefined ? {} : { roleId }),
            ...(stageId === undefined ? {} : { stageId }),
          });
          if (items.length === 0) {
            notify(
              stageId === undefined
                ? 'There are no upcoming interviews to add to a calendar.'
                : 'This interview stage no longer exists.',
            );
            return;
          }
          const path = await saveFile({
            kind: 'calendar',
            suggestedName: calendarFileName(label),
            // Each event's alarm: the reminders' lead time.
            content: stagesToIcs(items, { now, alarm: (await loadReminderSettings(db)).lead }),
          });
          if (path === null || roleId === undefined) return;
          await log(roleId, `Saved ${plural(items.length, 'interview')} to a calendar file`);
        }),

      saveAll: (report, signal) =>
        attempt('export all roles', async () => {
          const outcome = await runExportAll({
            db,
            options: currentExportOptions(),
            openWriter: (name) => platform.openFolderWriter(name),
            ...(report ? { report } : {}),
            ...(signal ? { signal } : {}),
          });
          if (outcome.status === 'empty') notify('There are no roles to export yet.');
          else if (outcome.status === 'finished') finish(outcome.result);
          else if (signal?.aborted) notify('Export all was cancelled; nothing was saved.');
        }),
    };
    return actions;
  }, [db, platform, notify]);
}
