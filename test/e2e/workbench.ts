/**
 * Drives the VS Code workbench in headless Chromium the way a person would:
 * Quick Open, mouse hover, command palette, activity bar, screenshots.
 *
 * `scripts/test-e2e.mjs` starts the VS Code server (with this extension
 * loaded as a development extension) and a Chromium server, then runs the
 * compiled `out/test/e2e/*.test.js` with mocha. Test files call
 * `useWorkbench()` inside their `describe` to get a fresh workbench page.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/** Values the e2e runner hands to the test files. */
function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the e2e tests with npm run test:e2e`);
  return value;
}

/** Ctrl on Linux/Windows; the workbench's keybindings follow the browser's platform. */
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

/** How long UI waits last before a check fails (the extension host may still be starting). */
const uiTimeoutMs = 20_000;

/**
 * How long to wait for what the extension contributes (commands, views): the
 * remote extension host scans the development extension after the workbench
 * is already usable, which takes several seconds on this 2-core machine.
 */
const extensionReadyTimeoutMs = 45_000;

/** Turns a test title into a file name. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}

/** One workbench page on the fixture workspace. */
export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly browser: Browser,
  ) {}

  /** Connects to the harness's Chromium, opens the workbench and waits until it is usable. */
  static async open(): Promise<Workbench> {
    const browser = await chromium.connect(requiredEnv('AWS_NOTES_E2E_BROWSER_WS'));
    // A fresh context per workbench: no editors or views restored from an earlier test.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(uiTimeoutMs);
    await page.goto(requiredEnv('AWS_NOTES_E2E_WORKBENCH_URL'));
    const workbench = new Workbench(page, context, browser);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    // The explorer listing the fixture folders means the remote connection and workspace are up.
    await workbench.explorerItem('templates').waitFor({ state: 'visible', timeout: 60_000 });
    return workbench;
  }

  /** A row of the Explorer view by its label. */
  explorerItem(label: string): Locator {
    return this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${label}"]`);
  }

  /** The editor tab that is active in the focused group. */
  activeTab(): Locator {
    return this.page.locator('.editor-group-container.active .tab.active');
  }

  /** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor. */
  async openFile(relativePath: string): Promise<void> {
    const fileName = path.posix.basename(relativePath);
    await this.page.keyboard.press(`${mod}+P`);
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(relativePath);
    // Wait for the file to be listed before accepting, or Enter picks nothing.
    await this.quickInputRows().filter({ hasText: fileName }).first().waitFor({ state: 'visible' });
    await this.page.keyboard.press('Enter');
    await this.activeTab().filter({ hasText: fileName }).waitFor({ state: 'visible' });
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor({ state: 'visible' });
  }

  /** Text of the visible lines of the active text editor. */
  async editorText(): Promise<string> {
    const lines = this.page.locator('.editor-group-container.active .monaco-editor .view-lines');
    return (await lines.innerText()).replace(/\u00a0/g, ' ');
  }

  /**
   * Scrolls `text` into view in the active editor (with the Find widget, as a
   * person would), moves the mouse over it and returns the hover popup once
   * it is visible with some content.
   */
  async hoverOverText(text: string): Promise<Locator> {
    await this.page.keyboard.press(`${mod}+F`);
    const find = this.page.locator('.editor-group-container.active .find-widget textarea, .editor-group-container.active .find-widget input').first();
    await find.waitFor({ state: 'visible' });
    await find.fill(text);
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Escape');
    // The innermost span rendering the text: Monaco splits lines into token spans.
    const target = this.page.locator('.editor-group-container.active .view-line span span', { hasText: text }).first();
    await target.waitFor({ state: 'visible' });
    // A real mouse move onto the word (playwright waits until the span is stable).
    await target.hover();
    const hover = this.page.locator('.monaco-hover:not(.hidden)').filter({ has: this.page.locator('.hover-contents, .rendered-markdown') }).first();
    await hover.waitFor({ state: 'visible', timeout: extensionReadyTimeoutMs });
    // The hover fades in; a screenshot taken mid-fade shows the editor text through it.
    await this.animationsSettled();
    return hover;
  }

  /**
   * Like {@link hoverOverText}, for text that the editor splits into several
   * tokens or shares a span with (`s3.Bucket(`, a Terraform line in plain
   * text): finds it, then moves the mouse to `at` (0–1) along its selection.
   */
  async hoverOverMatch(text: string, at = 0.5): Promise<Locator> {
    await this.page.keyboard.press(`${mod}+F`);
    const find = this.page.locator('.editor-group-container.active .find-widget textarea, .editor-group-container.active .find-widget input').first();
    await find.waitFor({ state: 'visible' });
    await find.fill(text);
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Escape');
    // The find widget must be gone from the picture; a second Escape closes it when the first went to the editor.
    const widget = this.page.locator('.editor-group-container.active .find-widget.visible');
    if (await widget.isVisible()) {
      await find.focus();
      await this.page.keyboard.press('Escape');
      await widget.waitFor({ state: 'hidden' });
    }
    const selection = this.page.locator('.editor-group-container.active .monaco-editor .view-overlays .selected-text').first();
    await selection.waitFor({ state: 'visible' });
    const box = await selection.boundingBox();
    if (!box) throw new Error(`no selection box for "${text}"`);
    await this.page.mouse.move(box.x + box.width * at, box.y + box.height / 2);
    const hover = this.page.locator('.monaco-hover:not(.hidden)').filter({ has: this.page.locator('.hover-contents, .rendered-markdown') }).first();
    await hover.waitFor({ state: 'visible', timeout: extensionReadyTimeoutMs });
    await this.animationsSettled();
    return hover;
  }

  /**
   * Opens the command palette and runs the command with this exact title
   * ("Category: Title"), leaving open any quick pick it shows. The palette
   * lists an extension's commands only once the remote extension host has
   * registered the extension, so an absent command is retried until the UI
   * time-out.
   */
  async runCommand(title: string, timeoutMs = extensionReadyTimeoutMs): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const input = this.page.locator('.quick-input-widget input');
    const row = this.quickInputRows().filter({ has: this.page.locator('.label-name', { hasText: title }) }).first();
    for (;;) {
      await this.page.keyboard.press(`${mod}+Shift+P`);
      await input.waitFor({ state: 'visible' });
      await input.fill(`>${title}`);
      try {
        await row.waitFor({ state: 'visible', timeout: 3000 });
        break;
      } catch (error) {
        await this.page.keyboard.press('Escape');
        if (Date.now() > deadline) throw new Error(`command "${title}" is not in the command palette`, { cause: error });
      }
    }
    await row.click();
  }

  /** Rows of the open quick input (Quick Open, command palette, an extension's quick pick). */
  quickInputRows(): Locator {
    return this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  }

  /** Types into the open quick input, replacing its value. */
  async typeInQuickInput(text: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(text);
  }

  /** Clicks an activity-bar item by its label (e.g. "AWS Notes") and returns the side bar. */
  async clickActivityBarItem(label: string): Promise<Locator> {
    // The label is "Explorer (Ctrl+Shift+E)" for built-ins and the plain title for extensions.
    const item = this.page.locator(`.part.activitybar .action-item a.action-label[aria-label^="${label}"]`).first();
    await item.waitFor({ state: 'visible', timeout: extensionReadyTimeoutMs });
    await item.click();
    const sideBar = this.page.locator('.part.sidebar');
    await sideBar.waitFor({ state: 'visible' });
    return sideBar;
  }

  /** Rows of the tree in the side bar view with this title (e.g. "Topics"). */
  treeRows(sideBar: Locator): Locator {
    return sideBar.locator('.monaco-list-row[role="treeitem"]');
  }

  /** Expands a collapsed tree row (a click on an expanded one would collapse it). */
  async expandTreeRow(row: Locator): Promise<void> {
    if ((await row.getAttribute('aria-expanded')) === 'false') await row.click();
    // The list re-renders its rows, so poll the attribute through the locator rather than an element handle.
    const deadline = Date.now() + uiTimeoutMs;
    while ((await row.getAttribute('aria-expanded')) === 'false') {
      if (Date.now() > deadline) throw new Error('the tree row did not expand');
      await this.page.waitForTimeout(100);
    }
  }

  /**
   * Text shown by the active editor, whether a text editor or a webview
   * panel (a rendered note preview). Webviews load asynchronously, so this
   * waits until the content is non-empty.
   */
  async activeEditorContent(): Promise<string> {
    const deadline = Date.now() + uiTimeoutMs;
    const textEditor = this.page.locator('.editor-group-container.active .monaco-editor .view-lines');
    // A webview is an iframe laid over the editor area, with the content in a nested frame.
    const webviewBody = this.page.frameLocator('iframe.webview.ready:visible').frameLocator('#active-frame').locator('body');
    for (;;) {
      if (await textEditor.isVisible()) return this.editorText();
      const text = await webviewBody.innerText({ timeout: 1000 }).catch(() => '');
      if (text.trim()) return text;
      if (Date.now() > deadline) throw new Error('the active editor shows no content');
      await this.page.waitForTimeout(250);
    }
  }

  /** Number of editor tabs open in all groups. */
  async tabCount(): Promise<number> {
    return this.page.locator('.editor-group-container .tab').count();
  }

  /**
   * Parks the mouse where nothing shows a tooltip (the empty lower editor area), so a tooltip left by
   * the last pointer position does not cover what a screenshot is meant to show.
   */
  async moveMouseAway(): Promise<void> {
    const size = this.page.viewportSize() ?? { width: 1440, height: 900 };
    await this.page.mouse.move(size.width - 200, size.height - 120);
    await this.page.locator('.workbench-hover-container:not(.hidden), .monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden', timeout: 2000 }).catch(() => undefined);
    // A tooltip fades out too; half-faded, it still shows over the list.
    await this.animationsSettled();
  }

  /**
   * Waits for the workbench's running animations (fades) to finish. A string, as the tests compile without the
   * DOM library. Endless animations such as the cursor blink are skipped, and the wait is capped: an unrelated
   * long animation elsewhere must not hold the test up.
   */
  private async animationsSettled(): Promise<void> {
    await this.page.evaluate(
      `Promise.race([
        Promise.all(document.getAnimations().filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity).map((a) => a.finished.catch(() => null))),
        new Promise((resolve) => setTimeout(resolve, 1000)),
      ]).then(() => true)`,
    );
  }

  /** Saves a full-page screenshot under test-results/screenshots/ and returns its path. */
  async screenshot(name: string): Promise<string> {
    const dir = requiredEnv('AWS_NOTES_E2E_SCREENSHOTS');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${slug(name)}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Closes this workbench's page and context (the shared browser stays up). */
  async close(): Promise<void> {
    await this.context.close();
    await this.browser.close();
  }
}

/**
 * Opens a fresh workbench before the suite, screenshots every test's final
 * state (named after the test, failures included) and closes it afterwards.
 * Call inside `describe`; use the returned getter in the tests.
 */
export function useWorkbench(): () => Workbench {
  let workbench: Workbench | undefined;
  before(async function () {
    this.timeout(120_000);
    workbench = await Workbench.open();
  });
  afterEach(async function () {
    const title = this.currentTest?.fullTitle() ?? 'unnamed';
    if (workbench) await workbench.screenshot(title).catch(() => undefined);
  });
  after(async () => {
    await workbench?.close();
    workbench = undefined;
  });
  return () => {
    if (!workbench) throw new Error('the workbench did not open (see the before hook)');
    return workbench;
  };
}
