import { z } from 'zod';
import { ISSUE_CODES, SEVERITIES } from '../issues.js';

export const IssueCodeSchema = /* @__PURE__ */ z.enum(ISSUE_CODES).meta({
  id: 'IssueCode',
  description: 'What kind of problem this is. A closed set: tools may switch on it.',
});

export const SeveritySchema = /* @__PURE__ */ z.enum(SEVERITIES).meta({
  id: 'Severity',
  description: 'error: the document is not valid or the requirement cannot count as met; warning: valid, but worth a look; info: for the record.',
});

export const IssueSchema = /* @__PURE__ */ z
  .strictObject({
    code: IssueCodeSchema,
    severity: SeveritySchema,
    message: z.string().describe('A plain English sentence naming the place, what was expected and what was found.'),
    path: z.string().describe('JSON path of the place in the document, e.g. $.answers["GOV-01.01"].status ($ is the whole document).'),
    requirementId: z.string().optional().describe('The requirement the issue is about, when there is one.'),
    params: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .optional()
      .describe('The values the message was built from, to render it in another language.'),
  })
  .meta({ id: 'Issue', description: 'One problem found in a document, with where it is and what to do.' });
