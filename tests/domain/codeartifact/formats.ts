import type { PackageFormat } from '../../../src/domain/codeartifact';
import { PACKAGE_FORMATS } from '../../../src/domain/codeartifact';

export function isPackageFormatForTests(value: string): value is PackageFormat {
  return (PACKAGE_FORMATS as readonly string[]).includes(value);
}
