/**
 * zod schemas for every channel's request payload. The main process parses each
 * payload with these before a handler sees it: the renderer is not trusted.
 */
import { z } from 'zod';
import type { ChannelName, ChannelRequests } from './channels';

export const requestSchemas = {
  'app:get-info': z.null(),
  'shell:open-external': z.strictObject({ url: z.string().min(1).max(2048) }),
} satisfies { [C in ChannelName]: z.ZodType<ChannelRequests[C]> };
