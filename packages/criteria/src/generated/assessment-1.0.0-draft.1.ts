/* Generated from schemas/assessment-1.0.0-draft.1.schema.json by json-schema-to-typescript. Do not edit: run `pnpm generate`. */

/**
 * What a company (self-declaration) or an auditor (audit) writes: the answers to one criteria release.
 */
export interface Assessment_1_0_0_draft_1 {
  $schema?: string;
  /**
   * The criteria release the answers are given against: si-security-certification 1.0.0-draft.1.
   */
  criteria: {
    scheme: 'si-security-certification';
    version: '1.0.0-draft.1';
  };
  /**
   * The organisation that is assessed.
   */
  organization: {
    name: string;
    /**
     * 法人番号: the 13-digit corporate number, check digit included.
     */
    corporateNumber?: string;
  };
  /**
   * The level the organisation declares or is audited for.
   */
  targetLevel: number;
  /**
   * self-declaration (Level 1) or audit (Level 2).
   */
  mode: 'self-declaration' | 'audit';
  declaration?: Declaration;
  audit?: Audit;
  /**
   * Answers keyed by the requirement IDs of criteria 1.0.0-draft.1; any other key is an error.
   */
  answers: {
    'GOV-01.01'?: Answer;
    'GOV-01.02'?: Answer;
    'GOV-01.03'?: Answer;
    'GOV-02.01'?: Answer;
    'GOV-02.02'?: Answer;
    'GOV-02.03'?: Answer;
    'GOV-02.04'?: Answer;
    'GOV-03.01'?: Answer;
    'GOV-03.02'?: Answer;
    'GOV-03.03'?: Answer;
    'GOV-04.01'?: Answer;
    'GOV-04.02'?: Answer;
    'BLD-01.01'?: Answer;
    'BLD-01.02'?: Answer;
    'BLD-01.03'?: Answer;
    'BLD-01.04'?: Answer;
    'BLD-02.01'?: Answer;
    'BLD-02.02'?: Answer;
    'BLD-02.03'?: Answer;
    'BLD-02.04'?: Answer;
    'BLD-03.01'?: Answer;
    'BLD-03.02'?: Answer;
    'BLD-03.03'?: Answer;
    'BLD-04.01'?: Answer;
    'BLD-04.02'?: Answer;
    'BLD-04.03'?: Answer;
    'BLD-04.04'?: Answer;
    'OPS-01.01'?: Answer;
    'OPS-01.02'?: Answer;
    'OPS-01.03'?: Answer;
    'OPS-01.04'?: Answer;
    'OPS-02.01'?: Answer;
    'OPS-02.02'?: Answer;
    'OPS-02.03'?: Answer;
    'OPS-02.04'?: Answer;
    'OPS-03.01'?: Answer;
    'OPS-03.02'?: Answer;
    'OPS-03.03'?: Answer;
    'OPS-03.04'?: Answer;
    'CTR-01.01'?: Answer;
    'CTR-01.02'?: Answer;
    'CTR-01.03'?: Answer;
    'CTR-01.04'?: Answer;
  };
}
/**
 * A self-declaration of conformity (自己適合宣言).
 */
export interface Declaration {
  /**
   * The person who signs the declaration, by name and role.
   */
  signatory: {
    /**
     * Left out or blank: the declaration is incomplete (issue declaration-incomplete).
     */
    name?: string;
    /**
     * e.g. 代表取締役社長. Left out or blank: the declaration is incomplete (issue declaration-incomplete).
     */
    role?: string;
  };
  /**
   * The date the declaration is signed.
   */
  date: string;
}
/**
 * A certification audit (認定審査).
 */
export interface Audit {
  /**
   * The auditor who examined the documents. A name left out or blank: issue audit-incomplete.
   */
  auditor: {
    name?: string;
  };
  /**
   * The certification body the auditor works for. A name left out or blank: issue audit-incomplete.
   */
  body: {
    name?: string;
  };
  /**
   * The date of the audit decision.
   */
  date: string;
  /**
   * The audit or certificate number.
   */
  reference?: string;
}
/**
 * The answer to one requirement.
 */
export interface Answer {
  /**
   * met, not-met or not-applicable.
   */
  status: 'met' | 'not-met' | 'not-applicable';
  /**
   * Why: required for not-applicable where the requirement says so.
   */
  justification?: string;
  evidence?: EvidenceItem[];
  note?: string;
}
/**
 * One piece of evidence for an answer.
 */
export interface EvidenceItem {
  /**
   * What the evidence is, e.g. 情報セキュリティ基本方針 第3版.
   */
  title: string;
  /**
   * Where it can be found (a URL or a document reference).
   */
  uri?: string;
  /**
   * The date of the evidence: when the document was issued or the activity took place.
   */
  date: string;
  /**
   * SHA-256 of the submitted file, so an auditor can check it is the same one.
   */
  sha256?: string;
}
