/**
 * Zod 4 compiles fast object parsers with `new Function`, after probing whether eval is
 * allowed. Our CSP forbids eval, so the probe alone raised a `script-src` violation on
 * every run. Jitless mode skips both the probe and the compiled path (same results).
 * Imported first by main.tsx, before any schema is parsed. From zod's core, which both
 * the full build and the tree-shakable one (zod/mini) share, so that the full build can
 * load later, with the screens that edit.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
