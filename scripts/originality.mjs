// Originality check: no run of 12 consecutive words shared with the syllabus note.
// The note itself is not ours to commit, so the repo keeps only hashes of its 12-word runs
// (scripts/note-shingles.json); when ../shared is present the hashes are rebuilt from it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RUN = 12;
const root = fileURLToPath(new URL('..', import.meta.url));
const notePath = join(root, '../shared/reference/artifact-management-note.txt');
const shinglesPath = join(root, 'scripts/note-shingles.json');

export function words(text) {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const hash = (run) => createHash('sha1').update(run).digest('hex').slice(0, 16);

export function shingles(text) {
  const w = words(text);
  const out = [];
  for (let i = 0; i + RUN <= w.length; i += 1)
    out.push({ at: i, run: w.slice(i, i + RUN).join(' ') });
  return out;
}

export function noteHashes() {
  if (existsSync(notePath)) {
    const hashes = [
      ...new Set(shingles(readFileSync(notePath, 'utf8')).map((s) => hash(s.run))),
    ].sort();
    const stored = existsSync(shinglesPath) ? readFileSync(shinglesPath, 'utf8') : '';
    const fresh = JSON.stringify(hashes);
    if (stored.trim() !== fresh) writeFileSync(shinglesPath, `${fresh}\n`);
    return new Set(hashes);
  }
  return new Set(JSON.parse(readFileSync(shinglesPath, 'utf8')));
}

/** Every string a learner reads in a content file (JSON values or MDX text). */
function readableText(file) {
  const raw = readFileSync(file, 'utf8');
  if (!file.endsWith('.json')) return [raw];
  const out = [];
  const walk = (v) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(raw));
  return out;
}

function contentFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return contentFiles(p);
    return /\.(mdx|json)$/.test(e.name) ? [p] : [];
  });
}

/** The 12-word-run hashes of a text (as stored for the note). */
export function hashesOf(text) {
  return new Set(shingles(text).map((s) => hash(s.run)));
}

export function findCopiedRuns(files = contentFiles(join(root, 'content')), note = noteHashes()) {
  const problems = [];
  for (const file of files) {
    for (const text of readableText(file)) {
      for (const s of shingles(text)) {
        if (note.has(hash(s.run))) {
          problems.push({ file: relative(root, file), run: s.run });
          break;
        }
      }
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = findCopiedRuns();
  for (const p of problems) console.error(`${p.file}: shares 12 words with the note: "${p.run}"`);
  console.log(problems.length ? `originality: ${problems.length} problem(s)` : 'originality: ok');
  process.exit(problems.length ? 1 : 0);
}
