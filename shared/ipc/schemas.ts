/**
 * zod schemas for every channel's request payload. The main process parses each
 * payload with these before a handler sees it: the renderer is not trusted.
 */
import { z } from 'zod';
import type { ChannelName, ChannelRequests } from './channels';

/** One schema per channel; the mapped type keeps `requestSchemas[channel]` typed for a generic channel. */
export const requestSchemas: { [C in ChannelName]: z.ZodType<ChannelRequests[C]> } = {
  'app:get-info': z.null(),
  // Strict: an unexpected key means a confused or hostile caller, so it is refused.
  'shell:open-external': z.strictObject({ url: z.string().min(1).max(2048) }),
};
