/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** package.json's version, injected by electron.vite.config.ts. */
  readonly VITE_APP_VERSION?: string;
}
