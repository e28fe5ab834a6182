/**
 * What a seller writes as a lesson, by what it is about (a criterion or reason by name, a buyer step by
 * position) and whether it worked or hurt. `{rival}` becomes the competitor the case was measured against.
 * Short, concrete sentences, as the debrief asks for.
 */
import type { LessonKind } from '../../shared/domain/vocabulary';
import type { Random } from './random';

type Texts = Partial<Record<string, Record<LessonKind, string[]>>>;

const byName: Texts = {
  Price: {
    hurt: [
      '{rival} came in well below our quote; we argued features instead of total cost.',
      'Procurement compared licence prices only: show the three-year cost before they build the spreadsheet.',
    ],
    worked: [
      'Showing the three-year cost beside the licence price took price off the table.',
      'A phased start kept the first-year budget within their limit.',
    ],
  },
  'Strategy fit': {
    hurt: ['{rival} knew their roadmap better; we pitched the product, not their plan.'],
    worked: ['Mapping our roadmap to their three-year plan won the steering group.'],
  },
  Quality: {
    hurt: ['{rival} showed a more polished product in the demo; our pilot came too late.'],
    worked: ['A two-week pilot on their own data convinced the users.'],
  },
  Brand: {
    hurt: ["The board felt safer with {rival}'s name; we needed a peer reference earlier."],
    worked: ['A call with a reference customer in the same industry settled the brand question.'],
  },
  Security: {
    hurt: ['The security questionnaire was answered late and in part; {rival} had the certificates ready.'],
    worked: ['Sending the security pack before they asked built trust with IT.'],
  },
  Sustainability: {
    hurt: ['The tender weighted sustainability heavily and we had no emissions figures to show.'],
    worked: ["Our emissions report scored full marks on the tender's sustainability criterion."],
  },
  'Decision maker not reached': {
    hurt: ['We never met the decision maker; our contact could not carry the proposal upstairs.'],
    worked: ['Asking for the decision maker in the second meeting paid off.'],
  },
  'Came in late': {
    hurt: ['We were invited after the requirements were written around another vendor.'],
    worked: ['Coming in late, we reframed the problem instead of answering the spec.'],
  },
  'Incumbent advantage': {
    hurt: ['{rival} was the incumbent and we never addressed the cost of switching.'],
    worked: ['A migration plan with a fixed price removed the fear of switching.'],
  },
  'Strong champion': {
    hurt: ['Our champion left mid-case and nobody else knew us.'],
    worked: ['Our champion briefed us before every meeting: keep champions close.'],
  },
  'Early involvement': {
    hurt: ['We joined after the shortlist was set.'],
    worked: ['Being in before the requirements were set let us shape them.'],
  },
  'Relationship with the buyer': {
    hurt: ['{rival} had years of relationship with the buyer; one good meeting was not enough.'],
    worked: ['Regular check-ins with the buyer between meetings built the trust that decided it.'],
  },
  References: {
    hurt: ['We had no reference in their industry to offer.'],
    worked: ['The reference visit decided it.'],
  },
  'No budget': {
    hurt: ['Budget was never confirmed: qualify budget before the demo.'],
    worked: ['Helping them build the business case unlocked the budget.'],
  },
  'Lost to status quo': {
    hurt: ['The cost of doing nothing was never quantified, so nothing won.'],
    worked: ['Quantifying the cost of doing nothing moved them off the status quo.'],
  },
  Timing: {
    hurt: ['A reorganisation froze the decision; we should have found a sponsor above it.'],
    worked: ['Aligning the start date with their budget year made it easy to say yes.'],
  },
};

/** By buyer step position: need recognised, requirements set, shortlisted, evaluated, decision, contract. */
const bySteps: Record<LessonKind, string[]>[] = [
  { hurt: ['The need was never agreed in writing.'], worked: ['Writing down the need together made the case.'] },
  {
    hurt: ['Requirements were set before we arrived.'],
    worked: ['Helping them write the requirements gave us the inside track.'],
  },
  {
    hurt: ['We made the shortlist through procurement only and never met the users.'],
    worked: ['Getting on the shortlist early gave us time to meet every stakeholder.'],
  },
  {
    hurt: ['The evaluation dragged on for weeks without a date for the decision.'],
    worked: ['An evaluation plan agreed with the buyer kept the process on track.'],
  },
  {
    hurt: ['We learned of the decision from a third party.'],
    worked: ['Asking what the decision would hinge on told us what to fix.'],
  },
  {
    hurt: ['Legal review of the contract took six weeks; start it in parallel next time.'],
    worked: ['Sending the contract draft with the proposal saved weeks.'],
  },
];

export function lessonText(
  random: Random,
  kind: LessonKind,
  about: { name: string } | { step: number },
  rival: string | null,
): string {
  const texts = 'name' in about ? byName[about.name] : bySteps[about.step];
  if (!texts) throw new Error(`No lesson texts for ${JSON.stringify(about)}`);
  return random.pick(texts[kind]).replace('{rival}', rival ?? 'The other vendor');
}
