/**
 * Resolves a property path against the CloudFormation resource specification
 * in @aws-cdk/aws-service-spec, comparing names without case or separators
 * (`multi_az` → `MultiAZ`), the way the property hover does. Tests use it to
 * check that what a dialect reports leads to a real property.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { repoRoot } from './paths';

interface SpecType { type: string; reference?: { $ref: string }; element?: SpecType; types?: SpecType[] }
interface SpecProperty { type: SpecType }
interface Spec {
  resources: Map<string, Record<string, SpecProperty>>;
  typeDefinitions: Map<string, Record<string, SpecProperty>>;
}

let spec: Spec | undefined;

function load(): Spec {
  if (spec) return spec;
  const file = path.join(repoRoot(), 'node_modules', '@aws-cdk', 'aws-service-spec', 'db.json.gz');
  const db = JSON.parse(gunzipSync(fs.readFileSync(file)).toString('utf8')) as {
    schema: { resource: { entities: { cloudFormationType: string; properties: Record<string, SpecProperty> }[] }; typeDefinition: { entities: { $id: string; properties: Record<string, SpecProperty> }[] } };
  };
  spec = {
    resources: new Map(db.schema.resource.entities.map((r) => [r.cloudFormationType, r.properties])),
    typeDefinitions: new Map(db.schema.typeDefinition.entities.map((t) => [t.$id, t.properties])),
  };
  return spec;
}

const fold = (name: string) => name.replace(/[-_\s]/g, '').toLowerCase();

/** The definition a property's type refers to, through arrays, maps and unions. */
function referenced(type: SpecType | undefined): string | undefined {
  if (!type) return undefined;
  if (type.type === 'ref') return type.reference?.$ref;
  if (type.element) return referenced(type.element);
  for (const option of type.types ?? []) {
    const found = referenced(option);
    if (found) return found;
  }
  return undefined;
}

/** The CloudFormation spelling of `segments` under `cfnType`, or undefined when any segment is not a property there. */
export function resolveCfnPropertyPath(cfnType: string, segments: readonly string[]): string[] | undefined {
  const { resources, typeDefinitions } = load();
  let properties = resources.get(cfnType);
  const resolved: string[] = [];
  for (const segment of segments) {
    if (!properties) return undefined;
    const name = Object.keys(properties).find((key) => fold(key) === fold(segment));
    if (!name) return undefined;
    resolved.push(name);
    const ref = referenced(properties[name].type);
    properties = ref ? typeDefinitions.get(ref) : undefined;
  }
  return resolved;
}
