export { canonicalize, safeCanonicalize, CanonicalizationError, type CanonicalizeOutcome } from '@sisc/model';
export { pae, IN_TOTO_PAYLOAD_TYPE, type DsseEnvelope, type DsseSignature } from './dsse.js';
export { generateKeyPair, keyIdOfSpki, pemToDer, derToPem, type KeyPairPem, type PrivateKeyInput, type PublicKeyInput } from './keys.js';
export {
  STATEMENT_TYPE,
  PREDICATE_TYPE,
  PREDICATE_SCHEMA_ID,
  StatementSchema,
  DeclarationPredicateSchema,
  assessmentDigest,
  type Statement,
  type DeclarationPredicate,
} from './statement.js';
export { sign, signStatement, makeStatement, type SignOptions } from './sign.js';
export { verify, MAX_SIGNATURES, MAX_PUBLIC_KEYS, type VerifyOptions, type Verification, type VerificationCheck, type CheckOutcome } from './verify.js';
export { CHECK_NAMES, ATTEST_ISSUE_CODES, type CheckName, type AttestIssueCode, type AttestIssue, type Bilingual } from './issues.js';
