export * from './terms.js';
export { BLOCKER_MESSAGES, blockerMessage, refusalText, type BlockerParams, type RefusalParams } from './blocker-messages.js';
export { issueMessageJa, localizeIssue, SEVERITY_DEPENDENT_CODES, type IssueParams, type IssueParamsOf } from './issue-messages.js';
export { localize } from './localize.js';
