/**
 * The dialect registry: the first dialect that accepts a document parses it.
 * Adapters ask only {@link parseTemplate}; they never name a dialect.
 */
import { CDK_DIALECT } from './cdk';
import { CLOUDFORMATION_DIALECT } from './cloudformation';
import type { TemplateDialect, TemplateDocument, TemplateInput } from './template-model';
import { TERRAFORM_DIALECT } from './terraform';

export type * from './template-model';

/** Every dialect, most specific first. Each dialect file adds itself here. */
// Terraform first: it claims `.tf`/`.tf.json` by file name, which a JSON-reading dialect must not take.
const DIALECTS: readonly TemplateDialect[] = [TERRAFORM_DIALECT, CLOUDFORMATION_DIALECT, CDK_DIALECT];

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
