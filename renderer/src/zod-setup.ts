/**
 * Zod 4 compiles fast object parsers with `new Function`, after probing whether eval is
 * allowed. Our CSP forbids eval, so the probe alone raised a `script-src` violation on
 * every run. Jitless mode skips both the probe and the compiled path (same results).
 * Imported first by main.tsx, before any schema is parsed.
 */
import { config } from 'zod';

config({ jitless: true });
