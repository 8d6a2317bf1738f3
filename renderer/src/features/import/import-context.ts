/** Lets any screen open the "New role" dialog, empty or with a posting already in it. */
import { createContext, useContext } from 'react';

export interface ImportApi {
  /** Opens the dialog; `text` (e.g. pasted on the Roles screen) prefills it. */
  openNewRole: (text?: string) => void;
  /** Asks for a posting file (native dialog or file picker), then opens the dialog with it. */
  openPostingFile: () => void;
}

export const ImportContext = createContext<ImportApi | null>(null);

/** The import actions of the nearest ImportProvider. */
export function useImport(): ImportApi {
  const api = useContext(ImportContext);
  if (!api) throw new Error('useImport() outside <ImportProvider>');
  return api;
}
