/**
 * The dialect registry: the first dialect that accepts a document parses it.
 * Adapters ask only {@link parseTemplate}; they never name a dialect.
 */
import type { TemplateDialect, TemplateDocument, TemplateInput } from './template-model';
import { CDK_DIALECT } from './cdk';
import { TERRAFORM_DIALECT } from './terraform';

export type * from './template-model';

/** Every dialect, most specific first. Each dialect file adds itself here. */
const DIALECTS: readonly TemplateDialect[] = [TERRAFORM_DIALECT, CDK_DIALECT];

/** The dialect that claims the document, if any. */
export function dialectFor(input: TemplateInput): TemplateDialect | undefined {
  return DIALECTS.find((dialect) => dialect.accepts(input));
}

/** Parses the document with the dialect that claims it. Never throws. */
export function parseTemplate(input: TemplateInput): TemplateDocument | undefined {
  const dialect = dialectFor(input);
  if (!dialect) return undefined;
  try {
    return dialect.parse(input);
  } catch {
    return undefined;
  }
}
