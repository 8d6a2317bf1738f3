/**
 * Reminders' storage: the user's choices (a setting), the log of reminders already
 * shown (so each shows once, whichever window shows it, also after a restart), and
 * what reminders can be about (the Agenda's interviews and follow-ups).
 */
import { z } from 'zod';
import {
  DEFAULT_REMINDER_SETTINGS,
  REMINDER_LEADS,
  followUpMoment,
  recordShown,
  type ReminderSettings,
  type ReminderSource,
} from '../../../shared/domain/reminders';
import type { Result } from '../../../shared/result';
import { listAgenda } from './agenda-repo';
import type { ShortlistDb } from './db';
import { getSetting, setSetting } from './settings-repo';

/** The setting's key in the settings store. */
export const REMINDER_SETTING = 'reminders';
/** The shown-log's meta key: bookkeeping, not a setting, so not size-limited like one. */
const SHOWN_KEY = 'reminders:shown';

const settingsSchema: z.ZodType<ReminderSettings> = z
  .object({
    enabled: z.boolean(),
    lead: z.enum(REMINDER_LEADS),
    optedInAt: z.number().optional(),
  })
  .transform(({ optedInAt, ...rest }) => (optedInAt === undefined ? rest : { ...rest, optedInAt }));

const shownSchema = z.array(z.string());

/** The user's reminder choices (off, 1 hour, until they choose). */
export function loadReminderSettings(db: ShortlistDb): Promise<ReminderSettings> {
  return getSetting(db, REMINDER_SETTING, settingsSchema, DEFAULT_REMINDER_SETTINGS);
}

/** Stores the user's reminder choices. */
export function saveReminderSettings(
  db: ShortlistDb,
  settings: ReminderSettings,
): Promise<Result<void>> {
  return setSetting(db, REMINDER_SETTING, settings);
}

async function readShown(db: ShortlistDb): Promise<string[]> {
  const parsed = shownSchema.safeParse((await db.meta.get(SHOWN_KEY))?.value);
  return parsed.success ? parsed.data : [];
}

/** The keys of the reminders already shown. */
export async function loadShownReminders(db: ShortlistDb): Promise<Set<string>> {
  return new Set(await readShown(db));
}

/**
 * Records `keys` as shown and returns those this call recorded: a key another window
 * (or an earlier call) recorded first is left out, so only one caller shows each
 * reminder. One transaction, so two windows cannot both claim a key.
 */
export function claimReminders(
  db: ShortlistDb,
  keys: readonly string[],
  now: number,
): Promise<string[]> {
  if (keys.length === 0) return Promise.resolve([]);
  return db.transaction('rw', db.meta, async () => {
    const shown = await readShown(db);
    const taken = new Set(shown);
    const claimed = [...new Set(keys)].filter((key) => !taken.has(key));
    if (claimed.length > 0) {
      await db.meta.put({ key: SHOWN_KEY, value: recordShown(shown, claimed, now) });
    }
    return claimed;
  });
}

/**
 * What reminders can be about: the Agenda's open interviews and the due follow-ups of
 * open applications (archived roles left out), each at the moment it happens.
 */
export async function listReminderSources(db: ShortlistDb, now: number): Promise<ReminderSource[]> {
  const items = await listAgenda(db, now);
  return items.map((item) => ({
    kind: item.kind === 'interview' ? 'interview' : 'follow-up',
    id: item.id,
    roleId: item.roleId,
    roleTitle: item.roleTitle,
    title: item.title,
    at: item.kind === 'interview' ? item.at : followUpMoment(item.at),
  }));
}
