import { ComponentDialog, WaterfallDialog, type Dialog } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { createIntakeDialog } from '../../dialogs/intakeDialogs';
import { STAGES, type Stage } from '../../models/intake/intakeState';
import { MemoryEscalations } from '../support/memoryPorts';
import { IntakeConversation, intakeServices, textOf, type TestPorts } from '../support/intakeConversation';
import type { IntakeServices } from '../../models/ports/intakeServices';
import { MEDIUM, TO, walk, type Step } from '../support/intakePaths';
import { agreedInAugust } from '../support/lapsedArrangement';

const NO_AGENTS = () =>
  new MemoryEscalations({ agentsAvailable: false, estimatedWaitMinutes: null, callbackSlots: ['2026-11-24T09:00:00.000Z', '2026-11-24T09:30:00.000Z'] });

interface State {
  name: string;
  path: Step[];
  /** What the borrower is asked again after "help" (the question of this state, or where the case stands). */
  reask: RegExp;
  /** Restart is refused here (the case stays with the team); the reply says why. */
  restartRefused?: RegExp;
  escalations?: () => MemoryEscalations;
  /** The loan's history before the chat (an arrangement already agreed). */
  before?: (services: IntakeServices, ports: TestPorts) => Promise<unknown>;
}

/** Every state a borrower can be in between two messages: each prompt of each stage, and the states after the flow. */
const STATES: State[] = [
  { name: 'consent question', path: TO.consent, reask: /Would you like to continue\?/ },
  { name: 'loan reference', path: TO.verify, reask: /loan reference/ },
  { name: 'date of birth or phone', path: TO.secret, reask: /date of birth/ },
  { name: 'story', path: TO.story, reask: /What has made it hard/ },
  { name: 'story read back', path: TO.confirm, reask: /Is that right/ },
  { name: 'story: pick the closest reason', path: [...TO.confirm, 'Not quite'], reask: /closest/ },
  { name: 'outlook', path: TO.outlook, reask: /get better/ },
  { name: 'budget: income', path: TO.income, reask: /take-home income/ },
  { name: 'budget: housing', path: TO.housing, reask: /rent or mortgage/ },
  { name: 'budget: essentials', path: TO.essentials, reask: /bills, food/ },
  { name: 'budget: other debts', path: TO.otherDebts, reask: /other loans/ },
  { name: 'offers', path: TO.offers, reask: /tap "Accept this plan"/ },
  { name: 'live arrangement shown', path: [...TO.accepted, 'restart', ...TO.offers], reask: /change your arrangement, or keep it/ },
  {
    name: 'missed payment shown',
    path: TO.story,
    reask: /catch up, change the plan, or talk to someone/,
    before: (services, ports) => agreedInAugust(services, ports, MEDIUM.loanId),
  },
  { name: 'closed (arrangement made)', path: TO.accepted, reask: /arrangement \(reference FB-\w+\) is in place/ },
  { name: 'parked (time to think)', path: [...TO.offers, 'I need time to think'], reask: /Welcome back/ },
  { name: 'queued (asked for a person)', path: [...TO.story, 'agent'], reask: /number 2 in the queue, and someone should be with you in about 4 minutes/ },
  { name: 'queued (declined the offers)', path: [...TO.offers, 'None of these'], reask: /number 2 in the queue/ },
  {
    name: 'queued (declined a callback)',
    path: [...TO.story, 'agent', 'No thanks'],
    reask: /number 2 in the queue, and our team will be with you as soon as they can/,
    escalations: NO_AGENTS,
  },
  {
    name: 'crisis',
    path: [...TO.housing, "i can't go on anymore, i want to end my life"],
    reask: /contact you as a priority/,
    restartRefused: /contact you as a priority, so I won't go back to questions about payments/,
  },
];

async function reach(state: State) {
  const { services, ports } = intakeServices({ escalations: state.escalations?.() });
  await state.before?.(services, ports);
  const conv = new IntakeConversation(services);
  await walk(conv, state.path);
  return { conv, ports };
}

/** The dialogs that wait for a borrower's message: prompts and the offer and arrangement waits. */
function waitingDialogs(dialog: Dialog, into = new Set<string>()): Set<string> {
  if (dialog instanceof ComponentDialog) for (const child of dialog.dialogs.getDialogs()) waitingDialogs(child, into);
  else if (!(dialog instanceof WaterfallDialog)) into.add(dialog.id);
  return into;
}

describe('conversation graph: no dead ends', () => {
  it('the states below cover every dialog that waits for the borrower and every stage', async () => {
    const leaves = new Set<string>();
    const stages = new Set<Stage>();
    for (const state of STATES) {
      const { conv } = await reach(state);
      const path = await conv.dialogPath();
      if (path.length > 0) leaves.add(path.at(-1)!);
      stages.add((await conv.intake()).stage);
    }
    const { conv } = await reach({ name: 'opted out', path: [...TO.story, 'STOP'], reask: /^$/ });
    stages.add((await conv.intake()).stage);
    const { services } = intakeServices();
    expect([...leaves].sort()).toEqual(
      [...waitingDialogs(createIntakeDialog(services, new IntakeConversation(services).conversationState.createProperty('x')))].sort(),
    );
    // 'declined' is written only on the way to 'escalated' (the offer dialog escalates at once).
    expect([...stages].sort()).toEqual(STAGES.filter((s) => s !== 'declined').sort());
  });

  describe.each(STATES)('$name', (state) => {
    it('help explains the options, then asks again or says where the case stands', async () => {
      const { conv } = await reach(state);
      const reply = await conv.sayText('help');
      expect(reply).toMatch(/restart|"agent"|STOP/);
      expect(reply).toMatch(state.reask);
    });

    it('restart starts again from the welcome, or says why the case stays with the team', async () => {
      const { conv, ports } = await reach(state);
      const reply = await conv.sayText('restart');
      if (state.restartRefused) {
        expect(reply).toMatch(state.restartRefused);
        expect((await conv.intake()).stage).toBe('crisis');
        return;
      }
      expect(reply).toMatch(/OK, let's start again[\s\S]*Would you like to continue\?/);
      expect((await conv.intake()).verifiedLoanId).toBeUndefined();
      const queued = state.path.includes('agent') || state.path.includes('None of these');
      if (queued) expect(ports.escalations.withdrawn).toEqual(['C-1']);
    });

    it('asking for a person escalates', async () => {
      const { conv, ports } = await reach(state);
      const before = ports.escalations.requests.length;
      expect(await conv.sayText('I want to talk to a person')).toMatch(/passing you to a member of our team|isn't available right now/);
      expect(ports.escalations.requests).toHaveLength(before + 1);
    });

    it('STOP is confirmed once, then nothing is sent', async () => {
      const { conv, ports } = await reach(state);
      expect(await conv.sayText('STOP')).toMatch(/won't get any more messages/);
      expect(ports.contacts.optedOut.size).toBe(1);
      expect(await conv.say('help')).toEqual([]);
    });
  });

  it('opted out: every exit stays silent (STOP is honoured) until START, which picks up where the borrower was', async () => {
    const { conv } = await reach({ name: 'opted out', path: [...TO.housing, 'STOP'], reask: /^$/ });
    for (const text of ['help', 'restart', 'agent', 'STOP', 'what happens if I cannot pay?']) expect(await conv.say(text)).toEqual([]);
    const back = textOf(await conv.say('START'));
    expect(back).toMatch(/Welcome back[\s\S]*rent or mortgage/);
  });
});
