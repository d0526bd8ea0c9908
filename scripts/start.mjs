// "Try it": builds the extension and opens it in a real VS Code on the demo
// workspace (test/fixtures/workspace: CloudFormation YAML and JSON templates,
// a SAM template and an architecture doc).
//   - With `code` on PATH: desktop VS Code with --extensionDevelopmentPath.
//   - Otherwise: the VS Code server (prepared offline under .vscode-test/);
//     prints the URL to open in a browser and runs until Ctrl-C.
// AWS_NOTES_START_HOST=desktop|server overrides the choice.
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { cleanupAll } from './vscode-server/cleanup.mjs';
import { prepareServerHost } from './vscode-server/install.mjs';
import { cacheRoot, fixtureWorkspace, repoRoot } from './vscode-server/paths.mjs';
import { startVsCodeServer } from './vscode-server/server.mjs';

const log = (line) => console.log(`[start] ${line}`);

function build() {
  log('building the extension');
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build failed');
}

function hasCode() {
  return spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
}

async function main() {
  build();
  const override = process.env.AWS_NOTES_START_HOST;
  if (override && override !== 'desktop' && override !== 'server') throw new Error('AWS_NOTES_START_HOST must be desktop or server');
  if (override === 'desktop' || (!override && hasCode())) {
    log(`opening desktop VS Code on ${path.relative(repoRoot, fixtureWorkspace)} with the extension under development`);
    const child = spawn('code', ['--new-window', `--extensionDevelopmentPath=${repoRoot}`, fixtureWorkspace], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }

  await prepareServerHost(log);
  const server = await startVsCodeServer({ dataDir: path.join(cacheRoot, 'run-start'), log });
  const url = server.workbenchUrl({ folder: fixtureWorkspace, extensionDevelopmentPath: repoRoot });
  console.log('');
  console.log('  AWS Notes is running in VS Code ' + server.vscodeVersion + '. Open this URL in a browser:');
  console.log('');
  console.log(`    ${url}`);
  console.log('');
  console.log('  Try: open templates/web-app.yaml and hover AWS::S3::Bucket; click the AWS Notes');
  console.log('  icon in the activity bar; run "AWS Notes: Search Notes" from the command palette.');
  console.log('  Press Ctrl-C to stop.');
  // Runs until a signal: cleanup.mjs stops the server on SIGINT/SIGTERM.
  await new Promise(() => {});
}

main().catch(async (error) => {
  console.error(`[start] ${error instanceof Error ? error.message : error}`);
  await cleanupAll();
  process.exit(1);
});
