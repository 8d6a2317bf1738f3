import { describe, expect, it } from 'vitest';
import {
  findDuplicate,
  normalizeSourceUrl,
  textSimilarity,
  type DuplicateCandidate,
} from '../../../../shared/import/duplicates';

const POSTING = `# Platform Engineer
### Harbor Freight Systems

We run the logistics platform behind two hundred warehouses across Europe.

## What you will do
- Operate Kubernetes clusters and the deployment pipeline
- Improve observability with Prometheus and Grafana
- Automate infrastructure with Terraform

## Requirements
- 4+ years operating production systems
- Strong Linux and networking fundamentals
- Experience with Go or Python
`;

/** The same posting pasted as plain lines: no markdown, different bullets and case. */
const REPASTED = POSTING.replace(/^#+ /gm, '').replace(/^- /gm, '• ').replace('We run', 'we run');

const OTHER = `# Product Designer
### Clover Health

Design flows for patients and clinicians.

## Requirements
- A portfolio of shipped products
- Fluency in Figma
`;

const candidate = (roleId: string, text: string, sourceUrl = ''): DuplicateCandidate => ({
  roleId,
  title: `Role ${roleId}`,
  sourceUrl,
  text,
});

describe('normalizeSourceUrl', () => {
  it('drops tracking parameters, the fragment and trailing slashes, and lowercases the host', () => {
    expect(
      normalizeSourceUrl(
        ' HTTPS://Boards.Example.com/acme/jobs/42/?utm_source=linkedin&gh_jid=42&UTM_Medium=x#apply ',
      ),
    ).toBe('https://boards.example.com/acme/jobs/42?gh_jid=42');
  });

  it('treats http and https, www and default ports alike but keeps the path’s case', () => {
    expect(normalizeSourceUrl('http://www.example.com:443/Jobs/A')).toBe(
      'https://example.com/Jobs/A',
    );
    expect(normalizeSourceUrl('https://example.com/?fbclid=1&gclid=2')).toBe('https://example.com');
  });

  it('leaves text that is not a URL trimmed, and empty as empty', () => {
    expect(normalizeSourceUrl('  not a url ')).toBe('not a url');
    expect(normalizeSourceUrl('')).toBe('');
  });
});

describe('textSimilarity', () => {
  it('is 1 for the same text and ignores formatting, bullets and case', () => {
    expect(textSimilarity(POSTING, POSTING)).toBe(1);
    expect(textSimilarity(POSTING, REPASTED)).toBe(1);
  });

  it('folds case in every script and splits words on emoji and punctuation', () => {
    expect(textSimilarity('CAFÉ Crème BRÛLÉE Ünïcode', 'café crème brûlée ünïcode')).toBe(1);
    expect(textSimilarity('Ζήτω ΕΛΛΆΔΑ τώρα', 'ζήτω ελλάδα τώρα')).toBe(1);
    expect(textSimilarity('🚀Rust🚀Go🚀Zig', 'rust, go; zig')).toBe(1);
    expect(textSimilarity('𝐀𝐁𝐂 letters outside the BMP', '𝐀𝐁𝐂 letters outside the BMP')).toBe(1);
    expect(textSimilarity('Rust Go Zig', 'Rust Go Nim')).toBe(0);
  });

  it('leaves links out of the comparison', () => {
    expect(textSimilarity(`https://jobs.example.com/a/1?ref=x\n\n${POSTING}`, POSTING)).toBe(1);
  });

  it('stays high for a small edit and low for a different posting', () => {
    const edited = POSTING.replace('two hundred', 'three hundred');
    const similarity = textSimilarity(POSTING, edited);
    expect(similarity).toBeGreaterThan(0.85);
    expect(similarity).toBeLessThan(1);
    expect(textSimilarity(POSTING, OTHER)).toBeLessThan(0.2);
  });

  it('is 0 when either text has no words', () => {
    expect(textSimilarity('', '')).toBe(0);
    expect(textSimilarity('  -- ', POSTING)).toBe(0);
  });

  it('compares texts of fewer than three words by their words', () => {
    expect(textSimilarity('Rust', 'rust')).toBe(1);
    expect(textSimilarity('Rust', 'Go')).toBe(0);
  });
});

describe('findDuplicate', () => {
  it('matches the same URL first, whatever the text', () => {
    const match = findDuplicate(
      { sourceUrl: 'https://jobs.example.com/7?utm_source=x', text: OTHER },
      [candidate('a', POSTING), candidate('b', 'unrelated', 'https://jobs.example.com/7/')],
    );
    expect(match).toEqual({ roleId: 'b', title: 'Role b', reason: 'same-url', similarity: 1 });
  });

  it('matches nearly the same text, preferring the most similar', () => {
    const edited = POSTING.replace('Terraform', 'Terraform and Pulumi');
    const match = findDuplicate({ sourceUrl: '', text: REPASTED }, [
      candidate('a', OTHER),
      candidate('b', edited),
      candidate('c', POSTING, 'https://elsewhere.example/1'),
    ]);
    expect(match).toEqual({ roleId: 'c', title: 'Role c', reason: 'similar-text', similarity: 1 });
  });

  it('returns null for a new posting, an empty paste or no candidates', () => {
    expect(
      findDuplicate({ sourceUrl: 'https://a.example/1', text: POSTING }, [candidate('x', OTHER)]),
    ).toBeNull();
    expect(findDuplicate({ sourceUrl: '', text: '' }, [candidate('x', '')])).toBeNull();
    expect(findDuplicate({ sourceUrl: '', text: POSTING }, [])).toBeNull();
  });

  it('does not match postings sharing only boilerplate', () => {
    const eeo = '\n\nWe are an equal opportunity employer and value diversity at our company.';
    expect(
      findDuplicate({ sourceUrl: '', text: POSTING + eeo }, [candidate('x', OTHER + eeo)]),
    ).toBeNull();
  });

  it('stays fast with thousands of candidates', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      candidate(
        `r${i}`,
        `${OTHER}\nRole number ${i} in team ${i % 17}.\n${POSTING.slice(0, (i * 7) % 400)}`,
      ),
    );
    const start = performance.now();
    expect(findDuplicate({ sourceUrl: '', text: POSTING }, many)).toBeNull();
    expect(performance.now() - start).toBeLessThan(3_000);
  });
});
