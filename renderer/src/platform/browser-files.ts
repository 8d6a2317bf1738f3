/**
 * Files in the browser build: saving is a download (several files become one .zip),
 * opening is a file picker. The browser never reveals paths, so a saved file's path is
 * its download name.
 */
import type {
  OpenKind,
  OpenOutcome,
  SaveFileRequest,
  SaveFolderRequest,
  SaveOutcome,
} from '../../../shared/ipc/channels';
import { fail, ok, type IpcResult } from '../../../shared/ipc/result';

const MIME: Record<SaveFileRequest['kind'], string> = {
  markdown: 'text/markdown;charset=utf-8',
  calendar: 'text/calendar;charset=utf-8',
  vcard: 'text/vcard;charset=utf-8',
  backup: 'application/json;charset=utf-8',
};

/** What each kind of file may be, for the picker and the size check. */
export const OPEN_RULES: Record<OpenKind, { accept: string; maxBytes: number; label: string }> = {
  backup: { accept: '.json,application/json', maxBytes: 256 * 1024 * 1024, label: 'backup' },
  posting: {
    accept: '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html',
    maxBytes: 2 * 1024 * 1024,
    label: 'posting',
  },
};

/** Starts the browser's download of `blob` as `name`. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}

export function downloadFile(request: SaveFileRequest): Promise<IpcResult<SaveOutcome>> {
  downloadBlob(new Blob([request.content], { type: MIME[request.kind] }), request.suggestedName);
  return Promise.resolve(ok({ status: 'saved', path: request.suggestedName }));
}

export async function downloadFolder(request: SaveFolderRequest): Promise<IpcResult<SaveOutcome>> {
  // The zip library loads with the first export, not with the first screen.
  const { strToU8, zipSync } = await import('fflate');
  const folder = request.suggestedName;
  const entries = Object.fromEntries(
    request.files.map((file) => [`${folder}/${file.name}`, strToU8(file.content)]),
  );
  const zipped = zipSync(entries);
  const name = `${folder}.zip`;
  downloadBlob(new Blob([zipped], { type: 'application/zip' }), name);
  return ok({ status: 'saved', path: name });
}

/** Reads a file the user picks in a file picker; a closed picker is a cancel. */
export function pickFile(kind: OpenKind): Promise<IpcResult<OpenOutcome>> {
  const rule = OPEN_RULES[kind];
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = rule.accept;
    input.addEventListener('cancel', () => {
      resolve(ok({ status: 'cancelled' }));
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) {
        resolve(ok({ status: 'cancelled' }));
        return;
      }
      void readPickedFile(file, kind).then(resolve);
    });
    input.click();
  });
}

/** Reads a picked or dropped file as text, refusing files over the kind's size limit. */
export async function readPickedFile(file: File, kind: OpenKind): Promise<IpcResult<OpenOutcome>> {
  const rule = OPEN_RULES[kind];
  if (file.size > rule.maxBytes) {
    const mb = Math.round(rule.maxBytes / (1024 * 1024));
    return fail(`“${file.name}” is too large for a ${rule.label} (the limit is ${String(mb)} MB).`);
  }
  try {
    const content = await file.text();
    return ok({ status: 'opened', file: { name: file.name, content, size: file.size } });
  } catch {
    return fail(`“${file.name}” could not be read.`);
  }
}
