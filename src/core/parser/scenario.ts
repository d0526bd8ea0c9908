/**
 * Exam-scenario explanations: `---`-separated blocks, each walking through one
 * exam question under generic headings ("Understanding the Scenario",
 * "Analyzing Your Chosen Solution: …", "Key Points…", "Conclusion"). Such a
 * block is one topic, titled after what it is about.
 */

import { cleanTitleText, firstLineTitle, headingTitle, isGenericTitle } from './titles';

const SCENARIO_MARKER = /^(?:understanding the (?:scenario|requirements?|setup|problem|question)|analy[sz]ing (?:your|the)\b|key (?:points|takeaways)|conclusion|summary|why (?:this|your)\b|(?:the )?(?:correct|recommended|best) (?:solution|answer|option))/i;

/** True for a heading that belongs to the walk-through pattern rather than a subject. */
export function isScenarioMarkerHeading(text: string): boolean {
  return SCENARIO_MARKER.test(headingTitle(text));
}

const CORRECT_SOLUTION = /^(?:analy[sz]ing )?(?:the )?(?:correct|recommended|best|right) (?:solutions?|answers?|options?|approach)\s*[:–—-]\s*(\S.*)$/i;
const WHY_OVER = /^why\s.+\s(?:over|vs\.?|versus|instead of|rather than)\s.+$/i;
const WHY_NEGATIVE = /\b(?:isn['’]?t|not|less|wrong|your choice|this approach)\b/i;

const LEAD_INS: RegExp[] = [
  /^to address your confusion,\s*/i,
  /^in this scenario,\s*/i,
  /^the key issue in this scenario is\s+/i,
  /^your (?:confusion|question)(?: in this scenario)?\s+(?:seems to |appears to )?(?:stem from|revolves? around|be centered around|be about|involves?)\s+/i,
  /^let(?:'|’)?s\s+(?:explore|analy[sz]e|dissect|delve deeper into|break down|look at|clarify)\s+(?:why\s+)?/i,
  /^(?:the )?requirements and (?:the )?/i,
];

/** "…why the solution involving X is the best fit" names the answer: X. */
const WHY_SOLUTION = /\bwhy the (?:solution|option|answer) (?:involving|using|with) (.{3,150}?) (?:is|are) (?:the |a )?(?:best|better|more|correct|right|ideal)\b/i;

function withoutLeadIns(sentence: string): string {
  let text = sentence;
  for (const leadIn of LEAD_INS) text = text.replace(leadIn, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Titles a scenario block: the part after the colon of a "Correct Solution: …"
 * heading, else a "Why … over …" heading, else another positive "Why …"
 * heading, else the first sentence of the introduction without its
 * conversational lead-in, else the first specific heading (with
 * `headingsFirst`, that heading comes before the introduction).
 */
export function scenarioTitle(headingTexts: readonly string[], introduction: string | undefined, options: { headingsFirst?: boolean } = {}): string {
  const titles = headingTexts.map(headingTitle);
  for (const title of titles) {
    const match = CORRECT_SOLUTION.exec(title);
    if (match) return headingTitle(match[1]);
  }
  const whyOver = titles.find((title) => WHY_OVER.test(title) && !WHY_NEGATIVE.test(title));
  if (whyOver) return whyOver;
  const why = titles.find((title) => /^why\s/i.test(title) && !WHY_NEGATIVE.test(title) && !isGenericTitle(title));
  if (why) return why;
  const specific = () => titles.find((title) => title && !isGenericTitle(title) && !isScenarioMarkerHeading(title));
  if (options.headingsFirst) {
    const heading = specific();
    if (heading) return heading;
  }
  if (introduction) {
    const answer = WHY_SOLUTION.exec(cleanTitleText(introduction).slice(0, 1000));
    if (answer) return headingTitle(answer[1]);
    const title = firstLineTitle(withoutLeadIns(cleanTitleText(introduction)));
    if (title && !isGenericTitle(title)) return title;
  }
  return specific() ?? '';
}
