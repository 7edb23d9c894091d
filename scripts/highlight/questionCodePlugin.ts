// Highlights the code inside question files at build time: a question whose stem or explanation
// holds a JSON policy or a fenced block gets `highlighted.stem` / `highlighted.explanation`, the
// same text as parts (prose strings and coloured tokens) that React renders without any HTML.
import type { Plugin } from 'vite';
import { splitCode, type Highlighted, type RichText } from '../../src/domain/content/richText.ts';
import { highlightCode } from './shiki.ts';

const QUESTION_FILE = /\/content\/questions\/[^/]+\.json(\?.*)?$/;
const FIELDS = ['stem', 'explanation'] as const;

/** The text as rich parts, or null when it holds no code (it then renders as it is). */
export async function richText(text: string): Promise<RichText | null> {
  const parts = splitCode(text);
  if (!parts.some((p) => 'code' in p)) return null;
  return Promise.all(parts.map((p) => ('text' in p ? p.text : highlightCode(p.code, p.lang))));
}

export function questionCodePlugin(): Plugin {
  return {
    name: 'artifact-lab-question-code',
    // Before Vite's JSON plugin, so it sees (and returns) the file as JSON.
    enforce: 'pre',
    transform: {
      // Only question files reach the handler (a hook filter, checked by the bundler).
      filter: { id: QUESTION_FILE },
      async handler(source) {
        let questions: unknown;
        try {
          questions = JSON.parse(source);
        } catch {
          return null; // the content plugin reports broken files with their location
        }
        if (!Array.isArray(questions)) return null;
        for (const question of questions as (Record<string, unknown> & Highlighted)[]) {
          for (const field of FIELDS) {
            const text = question[field];
            const rich = typeof text === 'string' ? await richText(text) : null;
            if (rich) question.highlighted = { ...question.highlighted, [field]: rich };
          }
        }
        return { code: JSON.stringify(questions), map: null };
      },
    },
  };
}
