// The bench's data set: 5,000 roles, each with its posting, 12 requirements, one
// application, two interview stages, an activity and 20 notes of ~600 characters
// (100,000 notes), written straight into the app's IndexedDB from inside the page.
/* global indexedDB */

export const ROLE_COUNT = 5000;
export const NOTES_PER_ROLE = 20;
/** Companies of the bench roles, one per role in turn: the Roles search filters by them. */
export const COMPANIES = ['Initech', 'Globex', 'Hooli', 'Vandelay', 'Soylent'];
/**
 * Words that appear only in notes: word k is in one note of every (k + 6)th role, so
 * each word matches a different, known number of roles, none equal to a company's
 * (ROLE_COUNT / COMPANIES.length), and those roles are of every company.
 */
export const NOTE_WORDS = ['zeppelin', 'quokka', 'marzipan', 'xylophone', 'kumquat'];
const NOTE_WORD_FIRST_STEP = 6;

/**
 * Asks that recur across roles, as in real postings: the first item of every 50th role
 * is one of these, in turn (20 roles each), so "Also asked by" has something to suggest.
 */
export const SHARED_ASKS = [
  'Technical leadership and a solid background in software engineering',
  'Experience leading distributed teams of engineers across time zones',
  'Willingness to travel up to four times a year for company events',
  'A Bachelors degree in Computer Science or a similar STEM field',
  'Track record of mentoring engineers and reviewing their code',
];
const SHARED_ASK_EVERY = 50;

/** How many bench roles the search for NOTE_WORDS[k] finds. */
export function noteWordRoleCount(k) {
  return Math.floor((ROLE_COUNT - 1) / (k + NOTE_WORD_FIRST_STEP)) + 1;
}

/** How many bench roles the search for a company finds. */
export function companyRoleCount() {
  return ROLE_COUNT / COMPANIES.length;
}

/** Roles per transaction: 500 roles carry 10,000 notes (~6 MB). */
const CHUNK = 500;

/**
 * Seeds the open page's `shortlist` database (the app must have created it) and returns
 * the milliseconds it took, measured in the page.
 */
export async function seedDatabase(page) {
  let total = 0;
  for (let from = 0; from < ROLE_COUNT; from += CHUNK) {
    total += await page.evaluate(writeChunk, {
      from,
      to: Math.min(ROLE_COUNT, from + CHUNK),
      notesPerRole: NOTES_PER_ROLE,
      companies: COMPANIES,
      noteWords: NOTE_WORDS,
      firstStep: NOTE_WORD_FIRST_STEP,
      sharedAsks: SHARED_ASKS,
      sharedEvery: SHARED_ASK_EVERY,
    });
  }
  return total;
}

/** Runs in the page: builds the records of roles [from, to) and puts them in one transaction. */
async function writeChunk({
  from,
  to,
  notesPerRole,
  companies,
  noteWords,
  firstStep,
  sharedAsks,
  sharedEvery,
}) {
  const started = performance.now();
  const VOCAB = (
    'team project design review system service deploy release customer product data ' +
    'pipeline metrics latency budget roadmap hiring manager recruiter salary equity remote ' +
    'office travel onboarding mentor growth feedback question answer follow coffee call ' +
    'panel whiteboard architecture scaling cache queue database migration testing quality ' +
    'incident postmortem oncall dashboard alert frontend backend mobile platform security ' +
    'privacy compliance audit contract offer negotiate benefits schedule calendar interview'
  ).split(' ');
  const STATUSES = [
    'interested',
    'applied',
    'screening',
    'interviewing',
    'offer',
    'accepted',
    'rejected',
    'withdrawn',
    'ghosted',
  ];
  const LEVELS = ['Junior', 'Senior', 'Staff', 'Principal', 'Lead'];
  const AREAS = ['Backend', 'Frontend', 'Platform', 'Data', 'Mobile', 'Security', 'Infra'];
  const DAY = 86_400_000;
  const now = Date.now();
  let state = from * 7919 + 1;
  const random = () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
  const words = (count) =>
    Array.from({ length: count }, () => VOCAB[Math.floor(random() * VOCAB.length)]).join(' ');
  const tables = {
    roles: [],
    postings: [],
    requirements: [],
    applications: [],
    stages: [],
    activities: [],
    notes: [],
  };
  for (let i = from; i < to; i += 1) {
    const roleId = crypto.randomUUID();
    const createdAt = now - (i % 365) * DAY;
    const stamps = { createdAt, updatedAt: createdAt };
    const items = Array.from({ length: 12 }, (_, order) => ({
      id: crypto.randomUUID(),
      roleId,
      // Drawn either way, so the other items' words stay as they were.
      ...{ text: `Experience with ${words(6)}` },
      ...(order === 0 && i % sharedEvery === 0
        ? { text: sharedAsks[(i / sharedEvery) % sharedAsks.length] }
        : {}),
      kind: order < 8 ? 'required' : 'preferred',
      origin: 'posting',
      order,
      checked: (i + order) % 3 === 0 ? 1 : 0,
      evidence: order % 4 === 0 ? words(20) : '',
      storyIds: [],
      ...stamps,
    }));
    const progress = {
      required: { done: 0, total: 0 },
      preferred: { done: 0, total: 0 },
    };
    for (const item of items) {
      progress[item.kind].total += 1;
      progress[item.kind].done += item.checked;
    }
    tables.requirements.push(...items);
    tables.roles.push({
      id: roleId,
      title: `${LEVELS[i % LEVELS.length]} ${AREAS[i % AREAS.length]} Engineer ${i + 1}`,
      company: companies[i % companies.length],
      team: `Team ${(i % 97) + 1}`,
      location: i % 2 === 0 ? 'Remote' : 'London',
      sourceUrl: `https://jobs.example.com/${i + 1}`,
      archived: 0,
      progress,
      lastActivityAt: createdAt,
      ...stamps,
    });
    const required = items.filter((item) => item.kind === 'required').map((item) => item.text);
    const preferred = items.filter((item) => item.kind === 'preferred').map((item) => item.text);
    const about = words(60);
    tables.postings.push({
      roleId,
      text: `# Engineer\n\n${about}\n\n## Requirements\n\n${required.map((t) => `- ${t}`).join('\n')}\n\n## Nice to have\n\n${preferred.map((t) => `- ${t}`).join('\n')}\n`,
      sections: [
        { heading: '', kind: 'summary', paragraphs: [about], items: [] },
        { heading: 'Requirements', kind: 'requirements', paragraphs: [], items: required },
        { heading: 'Nice to have', kind: 'nice-to-haves', paragraphs: [], items: preferred },
      ],
    });
    const status = STATUSES[i % STATUSES.length];
    const applicationId = crypto.randomUUID();
    tables.applications.push({
      id: applicationId,
      roleId,
      status,
      ...(status === 'interested' ? {} : { appliedAt: createdAt + DAY }),
      channel: 'Company site',
      contact: '',
      nextAction: '',
      compensationNotes: '',
      ...stamps,
    });
    const stage = { applicationId, roleId, interviewers: '', location: '', prepNotes: '' };
    tables.stages.push(
      {
        id: crypto.randomUUID(),
        ...stage,
        name: 'Recruiter call',
        kind: 'recruiter call',
        order: 0,
        status: 'done',
        scheduledAt: createdAt + 2 * DAY,
        durationMinutes: 30,
        outcomeNotes: words(10),
        probeRequirementIds: [],
        ...stamps,
      },
      {
        id: crypto.randomUUID(),
        ...stage,
        name: 'Technical interview',
        kind: 'technical',
        order: 1,
        status: 'scheduled',
        scheduledAt: now + ((i % 60) + 1) * DAY,
        durationMinutes: 60,
        timezone: 'Europe/London',
        outcomeNotes: '',
        probeRequirementIds: [items[0].id, items[1].id],
        ...stamps,
      },
    );
    tables.activities.push({
      id: crypto.randomUUID(),
      roleId,
      type: 'role-created',
      at: createdAt,
      summary: 'Role added',
    });
    for (let n = 0; n < notesPerRole; n += 1) {
      // Note n of role i carries marker word k when n = k and (k + firstStep) divides i.
      const marker = noteWords.find((_, k) => n === k && i % (k + firstStep) === 0);
      const body = words(85);
      tables.notes.push({
        id: crypto.randomUUID(),
        roleId,
        title: `Note ${n + 1}: ${words(3)}`,
        body: marker ? `${body} ${marker}` : body,
        tags: n % 5 === 0 ? ['prep'] : [],
        pinned: n === 0 ? 1 : 0,
        createdAt: createdAt + n * 3_600_000,
        updatedAt: createdAt + n * 3_600_000,
      });
    }
  }
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('shortlist');
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(new Error(String(request.error)));
    };
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction(Object.keys(tables), 'readwrite');
    for (const [name, rows] of Object.entries(tables)) {
      const store = tx.objectStore(name);
      for (const row of rows) store.put(row);
    }
    tx.oncomplete = () => {
      resolve();
    };
    tx.onerror = () => {
      reject(new Error(String(tx.error)));
    };
  });
  db.close();
  return performance.now() - started;
}
