/**
 * Export all in the browser: a .zip built as the files come, with fflate's streaming
 * Zip. Each batch is compressed at once and kept only as compressed bytes (in a Blob,
 * which the browser may keep out of the page's memory), so the Markdown of thousands of
 * roles is never held at the same time; the download starts when the last file is in.
 * Given up, nothing is downloaded.
 */
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { fail, ok } from '../../../shared/ipc/result';
import type { FolderWriter } from './types';

/**
 * A writer whose files go into `<folder>/` in `<folder>.zip`, handed to `save` (the
 * download) when finished.
 */
export function createZipWriter(
  folder: string,
  save: (zip: Blob, name: string) => void,
): FolderWriter {
  let batches: Blob[] = [];
  let chunks: Uint8Array[] = [];
  let failure: string | null = null;
  let closed = false;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error.message;
    else chunks.push(chunk);
  });
  /** Moves the compressed bytes so far into one Blob, out of the page's arrays. */
  function flush(): void {
    if (chunks.length === 0) return;
    batches.push(new Blob(chunks as BlobPart[]));
    chunks = [];
  }
  return {
    write(files) {
      if (closed) return Promise.resolve(fail('The export was already finished.'));
      for (const file of files) {
        const entry = new ZipDeflate(`${folder}/${file.name}`, { level: 6 });
        zip.add(entry);
        entry.push(strToU8(file.content), true);
      }
      flush();
      return Promise.resolve(failure === null ? ok(null) : fail(failure));
    },
    finish() {
      if (closed) return Promise.resolve(fail('The export was already finished.'));
      closed = true;
      zip.end();
      flush();
      if (failure !== null) return Promise.resolve(fail(failure));
      const name = `${folder}.zip`;
      save(new Blob(batches, { type: 'application/zip' }), name);
      batches = [];
      return Promise.resolve(ok({ status: 'saved', path: name }));
    },
    abort() {
      closed = true;
      zip.terminate();
      batches = [];
      chunks = [];
      return Promise.resolve();
    },
  };
}
