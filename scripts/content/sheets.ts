// What a lesson's cheat sheet takes from the lesson text itself: its first table (the key
// comparison) and its shell commands. Objectives, traps and numbers come from their own data.
import { plainText, type LessonSource } from './load.ts';

export interface SheetTable {
  head: string[];
  rows: string[][];
}

export interface SheetSource {
  table: SheetTable | null;
  /** Every command of the lesson's shell blocks (continued lines kept together), comments and repeats left out. */
  commands: string | null;
}

const SHELL = /^(bash|sh|shell|console|zsh)$/;

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => plainText(cell.replace(/\\\|/g, '|')));
}

function firstTable(lines: string[]): SheetTable | null {
  for (let i = 0; i + 1 < lines.length; i += 1) {
    if (!lines[i]!.trim().startsWith('|') || !/^\s*\|?\s*:?-{3,}/.test(lines[i + 1]!)) continue;
    const rows: string[][] = [];
    for (let j = i + 2; j < lines.length && lines[j]!.trim().startsWith('|'); j += 1)
      rows.push(cells(lines[j]!));
    return { head: cells(lines[i]!), rows };
  }
  return null;
}

export function sheetSource(lesson: LessonSource): SheetSource {
  const prose: string[] = [];
  const commands: string[] = [];
  let fence: string | null = null;
  let command: string[] = [];
  for (const line of lesson.body.split('\n')) {
    const marker = /^\s*```(\S*)/.exec(line);
    if (marker) {
      fence = fence === null ? marker[1]! : null;
      continue;
    }
    if (fence === null) prose.push(line);
    else if (
      SHELL.test(fence) &&
      (command.length || (line.trim() && !line.trim().startsWith('#')))
    ) {
      command.push(line);
      if (line.trimEnd().endsWith('\\')) continue;
      const whole = command.join('\n');
      if (!commands.includes(whole)) commands.push(whole);
      command = [];
    }
  }
  return { table: firstTable(prose), commands: commands.length ? commands.join('\n') : null };
}
