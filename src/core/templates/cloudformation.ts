/**
 * The CloudFormation/SAM dialect, in YAML and JSON: which resource, property
 * key, property value or logical id stands at an offset, and what every
 * resource sets. The format readers (`cloudformation-yaml.ts`,
 * `cloudformation-json.ts`) turn each resource into the same small tree
 * (`cloudformation-nodes.ts`); this file walks it.
 *
 * What counts as a setting: keys and scalar values under a resource's
 * `Properties`, at any depth (list items keep their parent's path). Inside
 * `Fn::If` both branches are the property's value; any other intrinsic
 * function (`!Ref`, `!Sub`, `!GetAtt`…) computes its value, so nothing in it
 * is a setting. A resource whose `Type` is not `Vendor::Service::Resource`
 * (a Kubernetes manifest's `Resources:` list, a half-typed type) has no
 * settings.
 */
import { readJsonTemplate } from './cloudformation-json';
import { isIntrinsicKey, type CfnNode, type MapNode, type RawResource } from './cloudformation-nodes';
import { readYamlTemplate } from './cloudformation-yaml';
import type {
  DeclaredProperty,
  DeclaredResource,
  ResourceRef,
  TemplateDialect,
  TemplateDocument,
  TemplateInput,
  TemplateSubject,
} from './template-model';

/** How much of a document `accepts` looks at: the top of any template names its format version or its resources. */
const SNIFF_CHARS = 256 * 1024;
const LANGUAGES = new Set(['yaml', 'json', 'jsonc', 'cloudformation', 'cloudformation-yaml', 'cloudformation-json', 'sam', 'sam-yaml', 'sam-json']);
const FILE_NAMES = /\.(?:ya?ml|json|jsonc|template|cfn)$/i;
/** What only a CloudFormation/SAM template says near its top. */
const TEMPLATE_MARKERS = /AWSTemplateFormatVersion|AWS::Serverless-20\d\d|["']?Resources["']?\s*:/;
/** A CloudFormation type as a resource declares it. */
const RESOURCE_TYPE = /^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+(?:::[A-Za-z0-9]+)?$/;

/** The dialect; registered in `index.ts`. */
export const CLOUDFORMATION_DIALECT: TemplateDialect = {
  id: 'cloudformation',
  accepts(input: TemplateInput): boolean {
    if (!LANGUAGES.has(input.languageId) && !FILE_NAMES.test(input.fileName)) return false;
    const head = input.text.length > SNIFF_CHARS ? input.text.slice(0, SNIFF_CHARS) : input.text;
    return TEMPLATE_MARKERS.test(head) && head.includes('::');
  },
  parse(input: TemplateInput): TemplateDocument | undefined {
    const resources = isJson(input) ? readJsonTemplate(input.text) : readYamlTemplate(input.text);
    return resources ? new CloudFormationDocument(resources) : undefined;
  },
};

function isJson(input: TemplateInput): boolean {
  if (/json/.test(input.languageId)) return true;
  if (/ya?ml/.test(input.languageId)) return false;
  const match = /\S/.exec(input.text.slice(0, 4096));
  return match?.[0] === '{';
}

/** One resource's body as the walker needs it. */
interface ReadResource {
  raw: RawResource;
  ref?: ResourceRef;
  typeNode?: CfnNode;
  properties?: MapNode;
}

class CloudFormationDocument implements TemplateDocument {
  readonly dialect = 'cloudformation' as const;
  private readonly read = new Map<RawResource, ReadResource>();
  private declared: DeclaredResource[] | undefined;

  constructor(private readonly resources: readonly RawResource[]) {}

  at(offset: number): TemplateSubject | undefined {
    const raw = this.resourceAt(offset);
    if (!raw) return undefined;
    if (offset >= raw.idSpan.start && offset < raw.idSpan.end) {
      // A logical id is known from the scan alone; its resource is named only if it was already read.
      return { kind: 'logicalId', span: raw.idSpan, logicalId: raw.logicalId, ...(this.read.get(raw)?.ref ? { resource: this.read.get(raw)!.ref } : {}) };
    }
    const resource = this.readResource(raw);
    if (!resource.ref) return undefined;
    const typeNode = resource.typeNode;
    if (typeNode?.kind === 'scalar' && contains(typeNode.span, offset)) {
      return { kind: 'resourceType', span: typeNode.span, resource: resource.ref };
    }
    if (!resource.properties || !contains(resource.properties.span, offset)) return undefined;
    return subjectIn(resource.properties, offset, [], resource.ref);
  }

  logicalIds(): readonly string[] {
    return this.resources.map((resource) => resource.logicalId);
  }

  declarations(): readonly DeclaredResource[] {
    if (!this.declared) {
      this.declared = [];
      for (const raw of this.resources) {
        const resource = this.readResource(raw);
        if (!resource.ref || resource.typeNode?.kind !== 'scalar') continue;
        const properties: DeclaredProperty[] = [];
        if (resource.properties) collect(resource.properties, [], properties);
        this.declared.push({ logicalId: raw.logicalId, resource: resource.ref, typeSpan: resource.typeNode.span, properties });
      }
    }
    return this.declared;
  }

  /** The resource whose text holds the offset: resources are in document order, so a binary search finds it. */
  private resourceAt(offset: number): RawResource | undefined {
    let low = 0;
    let high = this.resources.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const { span } = this.resources[mid];
      if (offset < span.start) high = mid - 1;
      else if (offset >= span.end) low = mid + 1;
      else return this.resources[mid];
    }
    return undefined;
  }

  private readResource(raw: RawResource): ReadResource {
    let resource = this.read.get(raw);
    if (!resource) {
      const body = raw.body();
      resource = { raw };
      if (body) {
        // The last of duplicate keys wins, as CloudFormation's own parsers do.
        for (const entry of body.entries) {
          if (entry.key === 'Type') resource.typeNode = entry.value;
          else if (entry.key === 'Properties') resource.properties = entry.value?.kind === 'map' ? entry.value : undefined;
        }
        const type = resource.typeNode?.kind === 'scalar' ? resource.typeNode.text.trim() : '';
        if (RESOURCE_TYPE.test(type)) resource.ref = { written: type, cfnType: type };
      }
      this.read.set(raw, resource);
    }
    return resource;
  }
}

function contains(span: { start: number; end: number }, offset: number): boolean {
  return offset >= span.start && offset < span.end;
}

/** What stands at `offset` inside `node`, the value of the property at `path`. */
function subjectIn(node: CfnNode, offset: number, path: string[], resource: ResourceRef): TemplateSubject | undefined {
  switch (node.kind) {
    case 'map':
      for (const entry of node.entries) {
        // `Fn::Transform` beside other keys (an include) computes settings; nothing in it is written as one.
        if (isIntrinsicKey(entry.key)) {
          if (contains(entry.keySpan, offset) || (entry.value && contains(entry.value.span, offset))) return undefined;
          continue;
        }
        if (contains(entry.keySpan, offset)) {
          const keyPath = [...path, entry.key];
          const value = scalarValue(entry.value);
          return { kind: 'propertyKey', span: entry.keySpan, resource, path: keyPath, cfnPath: keyPath, ...(value !== undefined ? { value } : {}) };
        }
        if (entry.value && contains(entry.value.span, offset)) return subjectIn(entry.value, offset, [...path, entry.key], resource);
      }
      return undefined;
    case 'seq':
      for (const item of node.items) if (contains(item.span, offset)) return subjectIn(item, offset, path, resource);
      return undefined;
    case 'scalar':
      if (path.length === 0 || !contains(node.span, offset)) return undefined;
      return { kind: 'propertyValue', span: node.span, resource, path, cfnPath: path, value: node.text };
    case 'fn': {
      const branches = ifBranches(node);
      for (const branch of branches) if (contains(branch.span, offset)) return subjectIn(branch, offset, path, resource);
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The two value branches of `Fn::If [condition, whenTrue, whenFalse]`; none for any other function. */
function ifBranches(node: CfnNode): CfnNode[] {
  if (node.kind !== 'fn' || node.name !== 'Fn::If' || node.args?.kind !== 'seq') return [];
  return node.args.items.slice(1, 3);
}

/** The scalar a key is set to, when it is one (through `Fn::If` only when both branches agree). */
function scalarValue(node: CfnNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.text;
  return undefined;
}

/** Every key and scalar value under `node`, depth first. */
function collect(node: CfnNode, path: string[], out: DeclaredProperty[]): void {
  switch (node.kind) {
    case 'map':
      for (const entry of node.entries) {
        if (isIntrinsicKey(entry.key)) continue;
        const keyPath = [...path, entry.key];
        const value = scalarValue(entry.value);
        out.push({ path: keyPath, cfnPath: keyPath, span: entry.keySpan, ...(value !== undefined ? { value } : {}) });
        if (entry.value && entry.value.kind !== 'scalar') collect(entry.value, keyPath, out);
      }
      return;
    case 'seq':
      for (const item of node.items) {
        if (item.kind === 'scalar' && path.length > 0) out.push({ path, cfnPath: path, value: item.text, span: item.span });
        else collect(item, path, out);
      }
      return;
    case 'fn':
      for (const branch of ifBranches(node)) {
        if (branch.kind === 'scalar' && path.length > 0) out.push({ path, cfnPath: path, value: branch.text, span: branch.span });
        else collect(branch, path, out);
      }
      return;
    default:
  }
}
