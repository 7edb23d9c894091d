// Prints the question bank's figures and the bounds it breaks:
//   npx tsx scripts/content/bank-report.ts                       whole bank
//   npx tsx scripts/content/bank-report.ts upstreams signer      only these lessons' files
import { bankFigures, bankProblems, formatBankFigures } from './bank.ts';
import { loadBlueprint, loadQuestions } from './load.ts';

const lessons = process.argv.slice(2);
const all = loadQuestions();
const questions = lessons.length ? all.filter((q) => lessons.includes(q.lesson)) : all;
const blueprint = loadBlueprint();
console.log(formatBankFigures(bankFigures(questions, blueprint)).join('\n'));
const problems = bankProblems(questions, blueprint);
console.log(
  problems.length ? `\n${problems.length} problem(s):\n${problems.join('\n')}` : '\nno problems',
);
