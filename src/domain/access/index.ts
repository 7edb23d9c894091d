/**
 * The cross-account access engine: IAM policy grammar, matching, conditions and the
 * evaluation logic, with the KMS, ECR and CodeArtifact rules the DOP-C02 artifact topics need.
 */
export type {
  AccessInput,
  AccessPrincipal,
  AccessRequest,
  AccessResult,
  ConditionBlock,
  ContextValue,
  Decision,
  Effect,
  KmsKeyInput,
  PolicyDocument,
  PolicyInput,
  PolicyKind,
  PolicyVersion,
  PrincipalElement,
  PrincipalMap,
  Statement,
  TracePolicy,
  TraceStep,
} from './types';
export { parsePolicy, normalizePolicy, type ParseOptions } from './parse';
export { printPolicy } from './print';
export { evaluateAccess, worse } from './evaluate';
export {
  whatWouldAllow,
  type Blocker,
  type Suggestion,
  type SuggestionSide,
  type WhatWouldAllowResult,
} from './what-would-allow';
export {
  codeArtifactCrossAccountInstall,
  ecrCrossAccountPull,
  s3KmsArtifactRead,
  type JourneyPrincipal,
  type JourneyResult,
  type JourneyStep,
} from './journeys';
