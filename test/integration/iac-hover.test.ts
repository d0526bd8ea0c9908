/**
 * Terraform and the AWS CDK in a real VS Code, through
 * `vscode.executeHoverProvider`, with the bundled notes and TypeScript's own
 * language features active beside us: resource and property hovers in the
 * fixture stacks (test/fixtures/workspace/terraform, cdk-ts, cdk-py), the
 * places that must stay silent (and the ordinary modules in app-ts, app-py),
 * "In this file", and Search Notes for Selection.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AwsNotesApi } from '../../src/api';
import type { EntryNode, TreeNode } from '../../src/core/tree-model';
import type { TopicTree } from '../../src/topic-tree';
import { getExtension, openFixture, positionOf, waitFor, HOVER_TRUSTED_COMMANDS } from './helpers';

const OUR_COMMANDS = HOVER_TRUSTED_COMMANDS;

interface Seen {
  markdown: string;
  range?: vscode.Range;
  trusted: vscode.MarkdownString['isTrusted'];
}

/** Every hover VS Code collects at the `occurrence`-th `text` (1-based), `offset` characters in. */
async function hoversAt(document: vscode.TextDocument, text: string, offset = 1, occurrence = 1): Promise<vscode.Hover[]> {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = document.getText().indexOf(text, index + 1);
  assert.ok(index >= 0, `"${text}" is in ${path.basename(document.uri.fsPath)}`);
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(index + offset))) ?? [];
}

/** Ours among them: the hover whose Markdown links our commands. */
async function ourHover(document: vscode.TextDocument, text: string, offset = 1, occurrence = 1): Promise<Seen | undefined> {
  for (const hover of await hoversAt(document, text, offset, occurrence)) {
    for (const content of hover.contents) {
      if (content instanceof vscode.MarkdownString && /command:awsNotes\.|AWS docs/.test(content.value)) {
        return { markdown: content.value, range: hover.range, trusted: content.isTrusted };
      }
    }
  }
  return undefined;
}

const unescape = (markdown: string) => markdown.replace(/\\([\\`*_{}[\]()<>#+\-.!|~&$:])/g, '$1');
const header = (hover: Seen) => unescape(hover.markdown.split('\n')[0]).replace(/\*\*/g, '').trim();
const links = (hover: Seen) => [...hover.markdown.matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);

function assertOnlyOurLinks(hover: Seen): void {
  for (const target of links(hover)) {
    assert.ok(
      /^https:\/\/(?:docs\.aws\.amazon\.com|registry\.terraform\.io)\//.test(target) || OUR_COMMANDS.some((c) => target.startsWith(`command:${c}?`)),
      `unexpected link ${target}`,
    );
  }
  assert.deepEqual([...(hover.trusted as { enabledCommands: string[] }).enabledCommands].sort(), [...OUR_COMMANDS].sort());
}

async function open(relative: string): Promise<vscode.TextDocument> {
  return (await openFixture(relative)).document;
}

describe('Terraform and CDK hover', function () {
  this.timeout(90_000);
  let api: AwsNotesApi;

  before(async () => {
    api = (await getExtension().activate()) as AwsNotesApi;
    await api.ready;
  });

  describe('in a Terraform stack (main.tf)', () => {
    let document: vscode.TextDocument;
    before(async () => {
      document = await open('terraform/main.tf');
    });

    it('opens as VS Code gives it (plain text without HashiCorp\'s extension) and still hovers', async () => {
      assert.ok(['plaintext', 'terraform', 'hcl'].includes(document.languageId), document.languageId);
      const hover = await ourHover(document, 'aws_dynamodb_table', 6);
      assert.ok(hover, 'no hover over aws_dynamodb_table');
      assert.match(header(hover), /DynamoDB/);
      const text = unescape(hover.markdown);
      assert.match(text, /AWS::DynamoDB::Table/);
      assert.ok(links(hover).includes('https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table'), links(hover).join(' '));
      assert.match(text, /`aws_dynamodb_table` · \[Terraform docs\]/);
      assert.equal(document.getText(hover.range), 'aws_dynamodb_table');
      assertOnlyOurLinks(hover);
    });

    it('a resource whose name is not its CloudFormation type still finds it (aws_lb → the load balancer)', async () => {
      const hover = await ourHover(document, 'aws_lb" "web', 2);
      assert.ok(hover);
      assert.match(unescape(hover.markdown), /AWS::ElasticLoadBalancingV2::LoadBalancer/);
    });

    it('an attribute key gets the property hover (multi_az → MultiAZ)', async () => {
      const hover = await ourHover(document, 'multi_az', 2);
      assert.ok(hover, 'no hover over multi_az');
      assert.match(header(hover), /^MultiAZ/);
      assert.ok(links(hover).some((l) => l.includes('aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-multiaz')), links(hover).join(' '));
      assert.equal(document.getText(hover.range), 'multi_az');
    });

    it('a nested block is a property too (point_in_time_recovery { → PointInTimeRecoverySpecification)', async () => {
      const hover = await ourHover(document, 'point_in_time_recovery {', 3);
      assert.ok(hover);
      assert.match(header(hover), /^PointInTimeRecoverySpecification/);
    });

    for (const [place, text, offset] of [
      ['a label (logical id)', '"sessions"', 2],
      ['a meta-argument', 'depends_on', 2],
      ['a lifecycle block', 'create_before_destroy', 2],
      ['a comment', '# Orders service', 4],
      ['the provider block', 'provider "aws"', 11],
      ['a key inside a map value', 'TABLE_NAME', 2],
      ['an argument CloudFormation does not have', 'skip_final_snapshot', 3],
    ] as const) {
      it(`stays silent on ${place}`, async () => {
        assert.equal(await ourHover(document, text, offset), undefined);
      });
    }
  });

  describe('in Terraform modules and JSON', () => {
    it('a registry module source hovers with its service', async () => {
      const document = await open('terraform/modules.tf');
      const hover = await ourHover(document, 'terraform-aws-modules/vpc/aws', 24);
      assert.ok(hover);
      assert.match(unescape(hover.markdown), /AWS::EC2::VPC/);
      assert.ok(links(hover).includes('https://registry.terraform.io/modules/terraform-aws-modules/vpc/aws/latest'));
      assert.equal(await ourHover(document, './modules/naming', 3), undefined);
      assert.equal(await ourHover(document, 'enable_nat_gateway', 3), undefined);
    });

    it('a .tf.json resource hovers', async () => {
      const document = await open('terraform/queues.tf.json');
      const hover = await ourHover(document, 'aws_sqs_queue', 3);
      assert.ok(hover);
      assert.match(unescape(hover.markdown), /AWS::SQS::Queue/);
    });
  });

  describe('in a CDK TypeScript stack, with TypeScript\'s own hover present', () => {
    let document: vscode.TextDocument;
    let previousTsdk: string | undefined;
    before(async () => {
      // The VS Code server build ships the TypeScript extension without its bundled compiler;
      // point it at the repository's own (user setting `typescript.tsdk`) so its language server starts.
      const typescriptConfig = vscode.workspace.getConfiguration('typescript');
      previousTsdk = typescriptConfig.inspect<string>('tsdk')?.globalValue;
      await typescriptConfig.update('tsdk', path.resolve(__dirname, '..', '..', '..', 'node_modules', 'typescript', 'lib'), vscode.ConfigurationTarget.Global);
      document = await open('cdk-ts/lib/orders-stack.ts');
      assert.equal(document.languageId, 'typescript');
      const typescript = vscode.extensions.getExtension('vscode.typescript-language-features');
      assert.ok(typescript, 'the built-in TypeScript extension is installed');
      await waitFor(() => typescript.isActive, 'TypeScript language features to activate', 30_000);
      await vscode.commands.executeCommand('typescript.restartTsServer');
    });

    after(async () => {
      await vscode.workspace.getConfiguration('typescript').update('tsdk', previousTsdk, vscode.ConfigurationTarget.Global);
    });

    it('TypeScript answers hovers beside us', async () => {
      const textOf = (hover: vscode.Hover) => hover.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join(' ');
      let last: vscode.Hover[] = [];
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        last = await hoversAt(document, 'class OrdersStack', 8);
        if (last.some((h) => textOf(h).includes('OrdersStack'))) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      assert.ok(last.some((h) => textOf(h).includes('OrdersStack')), `TypeScript's hover on the class name; got ${JSON.stringify(last.map(textOf))}`);
      assert.equal(await ourHover(document, 'class OrdersStack', 8), undefined, 'we stay out of a plain class name');
    });

    it('new s3.Bucket( hovers with S3 and the CDK API reference', async () => {
      const hover = await ourHover(document, 's3.Bucket(', 4);
      assert.ok(hover, 'no hover over s3.Bucket');
      assert.match(header(hover), /S3/);
      assert.ok(links(hover).includes('https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_s3.Bucket.html'));
      assert.equal(document.getText(hover.range), 's3.Bucket');
      assertOnlyOurLinks(hover);
    });

    it('an L1 class and a listed L2 find their types (s3.CfnBucket, rds.DatabaseInstance)', async () => {
      assert.match(unescape((await ourHover(document, 's3.CfnBucket(', 5))?.markdown ?? ''), /AWS::S3::Bucket/);
      assert.match(unescape((await ourHover(document, 'rds.DatabaseInstance(', 6))?.markdown ?? ''), /AWS::RDS::DBInstance/);
    });

    it('a construct prop gets the property hover (multiAz → MultiAZ)', async () => {
      const hover = await ourHover(document, 'multiAz', 2);
      assert.ok(hover, 'no hover over multiAz');
      assert.match(header(hover), /^MultiAZ/);
    });

    for (const [place, text, offset] of [
      ['a construct id', "'Sessions'", 3],
      ['a variable', 'const vpc', 7],
      ['a comment', '// Network', 5],
      ['a method call', 'sessions.grantReadWriteData', 12],
      ['an import from another package', "Construct } from 'constructs'", 3],
      ['a CDK-only prop', 'natGateways', 3],
    ] as const) {
      it(`stays silent on ${place}`, async () => {
        assert.equal(await ourHover(document, text, offset), undefined);
      });
    }
  });

  describe('in a CDK Python stack', () => {
    let document: vscode.TextDocument;
    before(async () => {
      document = await open('cdk-py/orders/orders_stack.py');
    });

    it('_lambda.Function( hovers with Lambda', async () => {
      const hover = await ourHover(document, '_lambda.Function(', 10);
      assert.ok(hover);
      assert.match(unescape(hover.markdown), /AWS::Lambda::Function/);
      assert.ok(links(hover).includes('https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_lambda/Function.html'));
    });

    it('a keyword argument gets the property hover (billing_mode= → BillingMode)', async () => {
      const hover = await ourHover(document, 'billing_mode=dynamodb', 3);
      assert.ok(hover);
      assert.match(header(hover), /^BillingMode/);
    });

    it("stays silent on Python's lambda keyword and on a comment", async () => {
      assert.equal(await ourHover(document, 'lambda item', 2), undefined);
      assert.equal(await ourHover(document, '# Network', 4), undefined);
    });
  });

  describe('in ordinary modules', () => {
    for (const [file, text, offset] of [
      ['app-ts/src/job-queue.ts', 'class Queue', 8],
      ['app-ts/src/job-queue.ts', 'const lambda', 8],
      ['app-ts/src/job-queue.ts', 'dynamodb.Table s3.Bucket', 11],
      ['app-ts/src/job-queue.ts', 'like the one SQS has', 14],
      ['app-py/worker.py', 'lambda item', 2],
      ['app-py/worker.py', 'class Table', 8],
    ] as const) {
      it(`${file}: "${text}" stays silent`, async () => {
        const document = await open(file);
        assert.equal(await ourHover(document, text, offset), undefined);
      });
    }
  });

  describe('"In this file" and Search Notes for Selection', () => {
    let tree: TopicTree;
    before(async () => {
      const exports = (await getExtension().activate()) as AwsNotesApi & { internals?: { topicTree: TopicTree } };
      assert.ok(exports.internals?.topicTree);
      tree = exports.internals.topicTree;
    });

    for (const [file, expected] of [
      ['terraform/main.tf', ['vpc', 'rds', 'dynamodb', 's3', 'sqs', 'lambda']],
      ['cdk-ts/lib/orders-stack.ts', ['rds', 'dynamodb', 's3', 'sqs', 'lambda']],
      ['cdk-py/orders/orders_stack.py', ['rds', 'dynamodb', 's3', 'sqs', 'lambda']],
    ] as const) {
      it(`lists the services ${file} declares`, async () => {
        await open(file);
        const ids = await waitFor(async () => {
          const roots: TreeNode[] = await tree.getChildren();
          if (roots[0]?.kind !== 'inFile') return undefined;
          const found = ((await tree.getChildren(roots[0])) as EntryNode[]).map((e) => e.entry.id);
          return expected.every((id) => found.includes(id)) ? found : undefined;
        }, `"In this file" with ${expected.join(', ')}`);
        assert.ok(!ids.includes('cdk') && !ids.includes('cloudformation'), `no services from identifiers or comments: ${ids.join(', ')}`);
      });
    }

    it('an ordinary TypeScript module has no "In this file"', async () => {
      await open('app-ts/src/job-queue.ts');
      await waitFor(async () => (await tree.getChildren())[0]?.kind === 'category', 'the categories at the top');
    });

    it('searches the service of the Terraform resource under the cursor', async () => {
      const previous = vscode.workspace.getConfiguration('awsNotes').inspect<string>('openIn')?.globalValue;
      await vscode.workspace.getConfiguration('awsNotes').update('openIn', 'source', vscode.ConfigurationTarget.Global);
      try {
        const editor = await openFixture('terraform/main.tf');
        const at = positionOf(editor.document, 'aws_dynamodb_table', 8);
        editor.selection = new vscode.Selection(at, at);
        const lookedUp = api.lookup('AWS::DynamoDB::Table');
        await vscode.commands.executeCommand('awsNotes.searchSelection');
        await new Promise((resolve) => setTimeout(resolve, 300));
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        const opened = await waitFor(() => {
          const active = vscode.window.activeTextEditor;
          return active && active.document.uri.fsPath.includes(`${path.sep}notes${path.sep}`) ? active : undefined;
        }, 'a notes file to open from the search');
        const section = lookedUp.find((s) => s.file === opened.document.uri.fsPath && s.line === opened.selection.start.line);
        assert.ok(section, `the opened section (${opened.document.uri.fsPath}:${opened.selection.start.line}) is a DynamoDB note`);
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        await vscode.workspace.getConfiguration('awsNotes').update('openIn', previous, vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      }
    });
  });
});
