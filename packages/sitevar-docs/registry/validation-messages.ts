import type { SiteVariable } from './definitions.ts';
import type { Registry } from './index.ts';
import { messageKey, type ProblemMessages } from './problem-messages.ts';
import { fillTemplate } from './template.ts';
import type { Check, Problem } from './validation.ts';

export type Validation = { ok: true; value: string } | { ok: false; message: string };

const SUBJECTS = { name: 'problemSubjectName', subdomain: 'problemSubjectSubdomain', 'host name': 'problemSubjectHost' } as const;

function messageOf(problem: Problem, messages: ProblemMessages, variable?: SiteVariable): string {
  // A site's own rule says why in its own words.
  if (problem.code === 'pattern' && variable?.kind === 'pattern') return variable.message;
  const parts: Record<string, string> = {
    detail: problem.detail ?? '',
    subject: messages[SUBJECTS[problem.subject ?? 'name']],
    options: variable?.kind === 'select' ? variable.options.map((option) => option.value).join(', ') : '',
  };
  return fillTemplate(messages[messageKey(problem.code)], (name) => parts[name]);
}

/** A check's result with its reason put in words. */
export function withMessage(check: Check, messages: ProblemMessages, variable?: SiteVariable): Validation {
  return check.ok ? check : { ok: false, message: messageOf(check.problem, messages, variable) };
}

/**
 * Checks what a reader typed, with the reason for a refusal in words (the site's, from its UI
 * strings): for the preferences form and the build. Not a method of the registry: the
 * before-paint script checks stored values and never needs the sentences.
 */
export function validateValue(registry: Registry, variable: SiteVariable, input: string, messages: ProblemMessages): Validation {
  return withMessage(registry.check(variable, input), messages, variable);
}
