/**
 * The simulator's policy texts parsed as ECR and S3 would, remembered per text (the UI asks on
 * every render): a value, or the located problem that makes the service refuse the text.
 */
import { PolicyError } from '../errors';
import { parseEcrLifecyclePolicy } from './ecr';
import { parseS3LifecycleConfiguration } from './s3';

export interface Parsed<T> {
  value: T | null;
  /** null when the text is empty (no policy) or valid. */
  problem: { path: string; message: string } | null;
}

export function problemOf(error: unknown): { path: string; message: string } {
  if (error instanceof PolicyError) return { path: error.path, message: error.problem };
  return { path: '', message: String(error) };
}

function memo<T>(parse: (text: string) => T): (text: string) => Parsed<T> {
  let last: { text: string; result: Parsed<T> } | null = null;
  return (text) => {
    if (last?.text === text) return last.result;
    let result: Parsed<T>;
    if (text.trim() === '') result = { value: null, problem: null };
    else {
      try {
        result = { value: parse(text), problem: null };
      } catch (error) {
        result = { value: null, problem: problemOf(error) };
      }
    }
    last = { text, result };
    return result;
  };
}

export const parseEcrPolicyText = memo(parseEcrLifecyclePolicy);
export const parseS3ConfigurationText = memo(parseS3LifecycleConfiguration);
