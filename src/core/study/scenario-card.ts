/**
 * An exam-scenario walk-through as a card. The bundled explanations follow a
 * pattern: an introduction (which names the answer), "Understanding the
 * Scenario/Requirements" (the situation), "Analyzing Your Chosen Solution: …"
 * (the wrong pick), then "Correct Solution: …" or "Why … is Correct", and a
 * "Conclusion". The question side is the situation and the pick; the answer
 * side is the right solution and why. The section's title names the answer, so
 * it is never on the question side.
 */

/** The two sides of a scenario card (Markdown). */
export interface ScenarioSides {
  question: string;
  answer: string;
}

const ATX = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const SITUATION = /^understanding the (?:scenario|requirements?|setup|problem|question)\b/i;
const CHOSEN = /^analy[sz]ing (?:your|the) chosen (?:solution|answer|option)s?\s*[:–—-]\s*(\S.*)$/i;
const NEGATIVE = /\b(?:isn['’]?t|not|less|wrong|your choice|chosen)\b/i;
const RIGHT_ANSWER = /\b(?:correct|recommended|right|best)\b.*\b(?:solutions?|answers?|options?|approach|choice)\b|\b(?:solutions?|answers?|options?|approach)\b.*\b(?:is|are) (?:correct|better|best|more effective|ideal)\b|^why\b|^conclusion\b|^(?:in )?summary\b/i;

interface Part {
  heading: string;
  level: number;
  /** Lines of the part, its heading excluded, up to the next heading of the same or a higher level. */
  from: number;
  to: number;
}

/**
 * The sides of a scenario card made from a section body, given the section's
 * title. Without a situation heading, the question is the title as a question
 * ("Why …?", or "Explain: …") and the answer the whole walk-through.
 */
export function scenarioSides(body: string, title: string, bodyWithoutTitle: () => string): ScenarioSides {
  const lines = (body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body).split('\n');
  const parts = partsOf(lines);
  const situation = parts.find((part) => SITUATION.test(plain(part.heading)));
  const chosen = parts.map((part) => CHOSEN.exec(plain(part.heading))?.[1]).find((pick) => pick !== undefined);
  const answers = parts.filter((part) => part !== situation && !NEGATIVE.test(plain(part.heading)) && RIGHT_ANSWER.test(plain(part.heading)));
  // A part nested in another chosen part is already in it.
  const outer = answers.filter((part) => !answers.some((other) => other !== part && other.from <= part.from - 1 && part.to <= other.to));

  if (situation) {
    const situationText = text(lines, situation);
    if (situationText) {
      const question = [situationText, chosen ? `*You chose:* ${chosen.trim()}` : '', '**Which solution fits, and why?**'].filter(Boolean).join('\n\n');
      const answer = outer.length > 0 ? outer.map((part) => `#### ${plain(part.heading)}\n\n${text(lines, part)}`).join('\n\n') : withoutPart(lines, situation);
      return { question, answer: answer.trim() };
    }
  }
  const question = /^why\b/i.test(title) ? `**${title.replace(/[?.!]*$/, '')}?**` : `**Explain:** ${title}`;
  return { question, answer: bodyWithoutTitle().trim() };
}

function partsOf(lines: readonly string[]): Part[] {
  const headings: { line: number; level: number; text: string }[] = [];
  let inFence = false;
  lines.forEach((line, index) => {
    // Most lines are prose; only those starting (after up to three spaces) with `#` or a fence need a regex.
    if (!startsLikeHeadingOrFence(line)) return;
    if (/^\s{0,3}(?:```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    const match = ATX.exec(line);
    if (match) headings.push({ line: index, level: match[1].length, text: match[2] });
  });
  return headings.map((heading, i) => {
    let end = lines.length - 1;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].level <= heading.level) {
        end = headings[j].line - 1;
        break;
      }
    }
    return { heading: heading.text, level: heading.level, from: heading.line + 1, to: end };
  });
}

/** The first character after up to three spaces is `#`, a backtick or `~`. */
function startsLikeHeadingOrFence(line: string): boolean {
  for (let i = 0; i < 4 && i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 32) continue;
    return code === 35 || code === 96 || code === 126;
  }
  return false;
}

function text(lines: readonly string[], part: Part): string {
  return lines.slice(part.from, part.to + 1).join('\n').trim();
}

/** The body without one part (and without its heading line). */
function withoutPart(lines: readonly string[], part: Part): string {
  return [...lines.slice(0, part.from - 1), ...lines.slice(part.to + 1)].join('\n').trim();
}

function plain(heading: string): string {
  return heading.replace(/[*_`]/g, '').trim();
}
