/**
 * The state of Backup & restore: backing up (with progress), choosing and checking a
 * file, asking before replacing everything, restoring (with progress), and what
 * happened. One instance lives in the app shell, so the menu commands and the Sidebar
 * entry share it.
 */
import { useCallback, useRef, useState } from 'react';
import type { AutoBackupEntry, BackupInfo, OpenedFile } from '../../../../shared/ipc/channels';
import type { BackupTable } from '../../db/backup/backup-format';
import {
  backupFileName,
  createBackupBlob,
  createBackupText,
  type BackupProgress,
} from '../../db/backup/create-backup';
import { countRows, restoreBackup } from '../../db/backup/restore-backup';
import { diffWithBackup, type TableChanges } from '../../db/backup/restore-diff';
import { replaceAcrossWindows } from '../../db/cross-window';
import { checkBackup } from '../../db/backup/upgrade-backup';
import type { ValidBackup } from '../../db/backup/validate-backup';
import { useDb } from '../../db/db-context';
import { usePlatform } from '../../platform';
import { navigate, ROLES_HREF } from '../../services/routes';
import { formatBackupDate, restoredSummary } from './backup-text';

export type BackupPhase =
  | { name: 'idle' }
  | { name: 'backing-up'; progress: BackupProgress }
  | { name: 'checking' }
  | {
      name: 'confirm';
      backup: ValidBackup;
      fileName: string;
      current: Record<BackupTable, number>;
      changes: Record<BackupTable, TableChanges>;
    }
  | { name: 'restoring'; progress: BackupProgress };

export interface BackupOutcome {
  tone: 'info' | 'error';
  text: string;
}

export type BackupInfoState =
  | { status: 'loading' }
  | { status: 'ready'; info: BackupInfo }
  | { status: 'unavailable'; error: string };

export type AutoBackupsState =
  | { status: 'loading' }
  | { status: 'ready'; entries: AutoBackupEntry[] }
  | { status: 'unavailable'; error: string };

const START: BackupProgress = { done: 0, total: 0 };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Lets the browser paint "Checking…" before a long synchronous check starts. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function useBackupCenter() {
  const db = useDb();
  const platform = usePlatform();
  const [open, setOpen] = useState(false);
  const [phase, setPhase] = useState<BackupPhase>({ name: 'idle' });
  const [outcome, setOutcome] = useState<BackupOutcome | null>(null);
  const [info, setInfo] = useState<BackupInfoState>({ status: 'loading' });
  const [autoBackups, setAutoBackups] = useState<AutoBackupsState>({ status: 'loading' });
  // A ref, not state: two commands in one tick must not both start.
  const busy = useRef(false);
  /** Cancels the backup under way. */
  const backupRun = useRef<AbortController | null>(null);

  const refreshInfo = useCallback(async () => {
    const failed = (error: unknown) => ({ ok: false as const, error: messageOf(error) });
    const [result, listed] = await Promise.all([
      platform.getBackupInfo().catch(failed),
      platform.listAutoBackups().catch(failed),
    ]);
    setInfo(
      result.ok
        ? { status: 'ready', info: result.value }
        : { status: 'unavailable', error: result.error },
    );
    setAutoBackups(
      listed.ok
        ? { status: 'ready', entries: listed.value }
        : { status: 'unavailable', error: listed.error },
    );
  }, [platform]);

  const show = useCallback(() => {
    setOpen(true);
    void refreshInfo();
  }, [refreshInfo]);

  const close = useCallback(() => {
    if (busy.current) return;
    setOpen(false);
    setOutcome(null);
  }, []);

  /** Runs one long action at a time; anything it throws becomes an error outcome. */
  const exclusive = useCallback(async (action: () => Promise<void>, failure: string) => {
    if (busy.current) return;
    busy.current = true;
    setOutcome(null);
    try {
      await action();
    } catch (error) {
      setPhase({ name: 'idle' });
      setOutcome({ tone: 'error', text: `${failure} ${messageOf(error)}` });
    } finally {
      busy.current = false;
    }
  }, []);

  const backUp = useCallback(async () => {
    show();
    await exclusive(async () => {
      setPhase({ name: 'backing-up', progress: START });
      const run = new AbortController();
      backupRun.current = run;
      const app = await platform.getAppInfo();
      const content = await createBackupBlob(db, {
        appVersion: app.ok ? app.value.version : '',
        onProgress: (progress) => {
          setPhase({ name: 'backing-up', progress });
        },
        signal: run.signal,
      })
        .catch((error: unknown) => {
          if (run.signal.aborted) return null;
          throw error;
        })
        .finally(() => {
          backupRun.current = null;
        });
      if (content === null) {
        setPhase({ name: 'idle' });
        setOutcome({ tone: 'info', text: 'The backup was cancelled; nothing was saved.' });
        return;
      }
      const saved = await platform.saveBlob({
        kind: 'backup',
        suggestedName: backupFileName(),
        content,
      });
      setPhase({ name: 'idle' });
      if (!saved.ok) {
        setOutcome({ tone: 'error', text: `The backup was not saved: ${saved.error}` });
      } else if (saved.value.status === 'saved') {
        setOutcome({ tone: 'info', text: `Saved to ${saved.value.path}.` });
      }
    }, 'The backup failed:');
  }, [db, platform, show, exclusive]);

  /**
   * The one way into a restore, whatever the file's source: validate all of it, count
   * what is there now, then ask. Runs inside {@link exclusive}.
   */
  const checkFile = useCallback(
    async (file: OpenedFile) => {
      setPhase({ name: 'checking' });
      await nextFrame();
      const checked = await checkBackup(file.content, file.size);
      if (!checked.ok) {
        setPhase({ name: 'idle' });
        setOutcome({ tone: 'error', text: checked.error });
        return;
      }
      const [current, changes] = await Promise.all([
        countRows(db),
        diffWithBackup(db, checked.backup),
      ]);
      setPhase({ name: 'confirm', backup: checked.backup, fileName: file.name, current, changes });
    },
    [db],
  );

  const chooseRestore = useCallback(async () => {
    show();
    await exclusive(async () => {
      const picked = await platform.openFile('backup');
      if (!picked.ok) {
        setOutcome({ tone: 'error', text: picked.error });
        return;
      }
      if (picked.value.status === 'cancelled') return;
      await checkFile(picked.value.file);
    }, 'The file could not be read:');
  }, [platform, show, exclusive, checkFile]);

  /** Restore… on one automatic backup: read it, then the same path as a chosen file. */
  const restoreAutoBackup = useCallback(
    async (entry: AutoBackupEntry) => {
      await exclusive(async () => {
        const read = await platform.readAutoBackup(entry.id);
        if (!read.ok) {
          setOutcome({ tone: 'error', text: read.error });
          // It may have been rotated away meanwhile; show what is kept now.
          void refreshInfo();
          return;
        }
        await checkFile(read.value);
      }, 'The automatic backup could not be read:');
    },
    [platform, exclusive, checkFile, refreshInfo],
  );

  const cancelRestore = useCallback(() => {
    setPhase({ name: 'idle' });
    setOutcome({ tone: 'info', text: 'Nothing was restored; your data is as it was.' });
  }, []);

  const confirmRestore = useCallback(async () => {
    if (phase.name !== 'confirm') return;
    const { backup } = phase;
    await exclusive(async () => {
      // A copy of what is about to be replaced comes first, kept with the automatic
      // backups; without it, nothing is replaced.
      setPhase({ name: 'backing-up', progress: START });
      const app = await platform.getAppInfo();
      const current = await createBackupText(db, {
        appVersion: app.ok ? app.value.version : '',
        onProgress: (progress) => {
          setPhase({ name: 'backing-up', progress });
        },
      });
      const kept = await platform.writeAutoBackup('pre-restore', current);
      if (!kept.ok) {
        setPhase({ name: 'idle' });
        setOutcome({
          tone: 'error',
          text: `Nothing was restored: a copy of your current data could not be saved first (${kept.error}).`,
        });
        return;
      }
      setPhase({ name: 'restoring', progress: START });
      // Other windows stop writing first, and reload onto the restored data after.
      await replaceAcrossWindows(() =>
        restoreBackup(db, backup, (progress) => {
          setPhase({ name: 'restoring', progress });
        }),
      );
      setPhase({ name: 'idle' });
      const text = `Restored the backup from ${formatBackupDate(backup.header.createdAt)}: ${restoredSummary(backup.counts)}.`;
      // Said in the dialog, which stays open; a notice as well would say it twice.
      setOutcome({ tone: 'info', text });
      // The role on screen may not exist in the restored data.
      navigate(ROLES_HREF);
      // The list now holds the pre-restore copy.
      void refreshInfo();
    }, 'The restore failed and nothing was changed:');
  }, [db, platform, phase, exclusive, refreshInfo]);

  /** Stops the backup under way before anything is saved. */
  const cancelBackup = useCallback(() => {
    backupRun.current?.abort();
  }, []);

  return {
    open,
    phase,
    outcome,
    info,
    autoBackups,
    show,
    close,
    backUp,
    cancelBackup,
    chooseRestore,
    restoreAutoBackup,
    cancelRestore,
    confirmRestore,
    refreshInfo,
  };
}

export type BackupCenterState = ReturnType<typeof useBackupCenter>;
