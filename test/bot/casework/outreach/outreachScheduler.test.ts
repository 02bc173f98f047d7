import { afterEach, describe, expect, it } from 'vitest';
import { fileBackend } from '../../../../bot/infra/storage/fileBackend';
import { inHoldout } from '../../../../models/outreach/holdout';
import { sendReference } from '../../../../models/outreach/sendReference';
import type { CampaignStore } from '../../../../models/ports/campaigns';
import { tempDir } from '../../../support/tempDir';
import { campaign, freshStore, indianBorrowers, schedulerOver, type SenderCall, type StoreKind } from './schedulerHarness';

const HOUR = 3_600_000;
/** 09:00 in India on a Monday. */
const START = Date.parse('2026-03-02T03:30:00Z');

describe.each<StoreKind>(['embedded', 'postgres'])('outreach scheduler (%s store)', (kind) => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => void (await close?.()));

  async function stores(): Promise<(() => CampaignStore) | undefined> {
    const fresh = await freshStore(kind, () => fileBackend(tempDir()));
    if (typeof fresh === 'string') return undefined;
    close = fresh.close;
    return fresh.open;
  }

  it('a restart mid-campaign sends nothing twice and skips nothing', async (ctx) => {
    const open = await stores();
    if (!open) return ctx.skip();
    const borrowers = indianBorrowers(24);
    const first = open();
    await first.saveCampaign(campaign());
    const clock = { now: new Date(START) };
    const calls: SenderCall[] = [];
    // The first process dies on its fifth send: the message went out, the answer was never written.
    let sent = 0;
    const dying = schedulerOver(first, borrowers, clock, calls, 1, async (loan, c, row) => {
      calls.push({ key: row.key, loanId: loan.Loan_ID, campaignId: c.id, channel: 'whatsapp', at: clock.now });
      if (++sent >= 5) return new Promise(() => undefined);
      return { ok: true, messageId: `wamid.${row.key}` };
    });
    for (let i = 0; i < 12 && sent < 5; i++, clock.now = new Date(clock.now.getTime() + HOUR)) {
      await Promise.race([dying.tick(), new Promise((r) => setTimeout(r, 500))]);
    }
    expect(sent).toBe(5);

    const second = schedulerOver(open(), borrowers, clock, calls);
    for (let t = 0; t < 6 * 24; t++) {
      await second.tick();
      clock.now = new Date(clock.now.getTime() + HOUR);
    }
    const keys = calls.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    const rows = await open().sends(campaign().id);
    const treated = borrowers.filter((b) => !inHoldout(campaign().id, b.loan.Loan_ID, 0.1));
    for (const b of treated) {
      for (const step of [0, 1]) {
        const row = rows.find((r) => r.key === `${campaign().id}:${b.loan.Loan_ID}:${step}`);
        expect(row?.state, `${b.loan.Loan_ID} step ${step}`).toMatch(/^(sent|uncertain)$/);
      }
    }
    expect(rows.filter((r) => r.state === 'uncertain')).toHaveLength(1);
    expect(rows.filter((r) => r.state === 'held_out').length).toBe(borrowers.length - treated.length);
    expect(calls).toHaveLength(2 * treated.length);
  });

  it("Meta's status carrying the send's callback key settles a send a crash left uncertain; a key naming another message changes nothing", async (ctx) => {
    const open = await stores();
    if (!open) return ctx.skip();
    const borrowers = indianBorrowers(6);
    const c = campaign({ holdoutShare: 0, steps: [0] });
    await open().saveCampaign(c);
    const clock = { now: new Date(START) };
    const calls: SenderCall[] = [];
    // Dies on its second send: WhatsApp took the message, the process never wrote the answer.
    let sent = 0;
    const dying = schedulerOver(open(), borrowers, clock, calls, 1, async (loan, cc, row) => {
      calls.push({ key: row.key, loanId: loan.Loan_ID, campaignId: cc.id, channel: 'whatsapp', at: clock.now });
      if (++sent >= 2) return new Promise(() => undefined);
      return { ok: true, messageId: `wamid.${row.key}` };
    });
    for (let i = 0; i < 12 && sent < 2; i++, clock.now = new Date(clock.now.getTime() + HOUR)) {
      await Promise.race([dying.tick(), new Promise((r) => setTimeout(r, 500))]);
    }
    const second = schedulerOver(open(), borrowers, clock, calls);
    for (let t = 0; t < 24; t++, clock.now = new Date(clock.now.getTime() + HOUR)) await second.tick();
    const before = await open().sends(c.id);
    const lost = before.find((r) => r.state === 'uncertain')!;
    const other = before.find((r) => r.state === 'sent')!;
    expect(lost.messageId).toBeUndefined();

    // A reference naming a send that already has its message id, or no send at all, changes nothing.
    await second.onStatus('wamid.forged', 'delivered', clock.now, undefined, sendReference(c.id, other.key));
    await second.onStatus('wamid.forged', 'delivered', clock.now, undefined, `${c.id}.${'0'.repeat(32)}`);
    await second.onStatus('wamid.forged', 'delivered', clock.now, undefined, lost.key);
    expect(await open().sends(c.id)).toEqual(before);

    await second.onStatus('wamid.recovered', 'sent', clock.now, undefined, sendReference(c.id, lost.key));
    await second.onStatus('wamid.recovered', 'delivered', clock.now);
    const after = (await open().sends(c.id)).find((r) => r.key === lost.key)!;
    expect(after).toMatchObject({ state: 'sent', messageId: 'wamid.recovered' });
    expect(Object.keys(after.statuses).sort()).toEqual(['delivered', 'sent']);
    expect((await open().sends(c.id)).filter((r) => r.state === 'uncertain')).toHaveLength(0);
    // Nothing was sent twice on the way.
    expect(new Set(calls.map((x) => x.key)).size).toBe(calls.length);
  });

  it.runIf(kind === 'postgres')('two instances sweeping together never send the same step twice', async (ctx) => {
    const open = await stores();
    if (!open) return ctx.skip();
    const borrowers = indianBorrowers(30);
    const c = campaign({ holdoutShare: 0, steps: [0] });
    await open().saveCampaign(c);
    const clock = { now: new Date(START) };
    const calls: SenderCall[] = [];
    const instances = [schedulerOver(open(), borrowers, clock, calls, 1), schedulerOver(open(), borrowers, clock, calls, 2)];
    for (let t = 0; t < 10; t++, clock.now = new Date(clock.now.getTime() + HOUR)) await Promise.all(instances.map((i) => i.tick()));
    const keys = calls.map((x) => x.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(borrowers.length);
  });

  it('records each suppressed send with its rule and never sends it', async (ctx) => {
    const open = await stores();
    if (!open) return ctx.skip();
    const store = open();
    const c = campaign({ holdoutShare: 0 });
    await store.saveCampaign(c);
    const borrowers = indianBorrowers(8);
    const [stopped, disputed, complained, held, respite, crisis] = borrowers;
    stopped.facts.optedOut = ['whatsapp'];
    disputed.facts.openDispute = true;
    complained.facts.openComplaint = true;
    held.facts.holds = ['bereavement'];
    respite.facts.moratoriumUntil = '2026-06-01T00:00:00Z';
    crisis.facts.crisisAt = '2026-02-25T10:00:00Z';
    const clock = { now: new Date(START) };
    const calls: SenderCall[] = [];
    const scheduler = schedulerOver(store, borrowers, clock, calls);
    for (let t = 0; t < 12; t++, clock.now = new Date(clock.now.getTime() + HOUR)) await scheduler.tick();

    const byLoan = new Map((await store.suppressions(c.id)).map((s) => [s.loanId, s.rule]));
    expect(Object.fromEntries([stopped, disputed, complained, held, respite, crisis].map((b) => [b.loan.Loan_ID, byLoan.get(b.loan.Loan_ID)]))).toEqual({
      [stopped.loan.Loan_ID]: 'opted_out',
      [disputed.loan.Loan_ID]: 'dispute',
      [complained.loan.Loan_ID]: 'complaint',
      [held.loan.Loan_ID]: 'bereavement_hold',
      [respite.loan.Loan_ID]: 'moratorium',
      [crisis.loan.Loan_ID]: 'crisis_cooling_off',
    });
    expect(calls.map((x) => x.loanId).sort()).toEqual([borrowers[6].loan.Loan_ID, borrowers[7].loan.Loan_ID].sort());
  });

  it('checks the rules again as a queued send goes out: a STOP in between suppresses it', async (ctx) => {
    const open = await stores();
    if (!open) return ctx.skip();
    const store = open();
    const c = campaign({ holdoutShare: 0 });
    await store.saveCampaign(c);
    const borrowers = indianBorrowers(1);
    // 06:00 in India: planned for later in the day, queued, not yet sent.
    const clock = { now: new Date('2026-03-02T00:30:00Z') };
    const calls: SenderCall[] = [];
    const scheduler = schedulerOver(store, borrowers, clock, calls);
    await scheduler.tick();
    expect((await store.sends(c.id)).map((r) => r.state)).toEqual(['queued']);
    borrowers[0].facts.optedOut = ['whatsapp'];
    for (let t = 0; t < 14; t++, clock.now = new Date(clock.now.getTime() + HOUR)) await scheduler.tick();
    expect(calls).toEqual([]);
    expect((await store.sends(c.id)).map((r) => [r.state, r.rule])).toEqual([['suppressed', 'opted_out']]);
  });

  it('does not try a channel again once WhatsApp said the number is not a WhatsApp user', async (ctx) => {
    const open = await stores();
    if (!open) return ctx.skip();
    const store = open();
    const c = campaign({ holdoutShare: 0, steps: [0, 1] });
    await store.saveCampaign(c);
    const [unreachable, reachable] = indianBorrowers(2);
    const clock = { now: new Date(START) };
    const calls: SenderCall[] = [];
    const scheduler = schedulerOver(store, [unreachable, reachable], clock, calls, 1, async (loan, camp, row) => {
      calls.push({ key: row.key, loanId: loan.Loan_ID, campaignId: camp.id, channel: 'whatsapp', at: clock.now });
      if (loan.Loan_ID === unreachable.loan.Loan_ID) return { ok: false, retryable: false, error: 'Graph API 400 (code 131026): Message undeliverable' };
      return { ok: true, messageId: `wamid.${row.key}` };
    });
    for (let t = 0; t < 72; t++, clock.now = new Date(clock.now.getTime() + HOUR)) await scheduler.tick();
    expect(calls.filter((x) => x.loanId === unreachable.loan.Loan_ID)).toHaveLength(1);
    expect(calls.filter((x) => x.loanId === reachable.loan.Loan_ID)).toHaveLength(2);
    const rows = await store.sends(c.id);
    expect(rows.find((r) => r.key === `${c.id}:${unreachable.loan.Loan_ID}:1`)).toMatchObject({ state: 'suppressed', rule: 'unreachable' });
  });

  it('a paused campaign holds its queue; a stopped one cancels it', async (ctx) => {
    const open = await stores();
    if (!open) return ctx.skip();
    const store = open();
    const c = campaign({ holdoutShare: 0 });
    await store.saveCampaign(c);
    const clock = { now: new Date('2026-03-02T00:30:00Z') };
    const calls: SenderCall[] = [];
    const scheduler = schedulerOver(store, indianBorrowers(3), clock, calls);
    await scheduler.tick();
    await store.saveCampaign({ ...c, status: 'paused' });
    for (let t = 0; t < 14; t++, clock.now = new Date(clock.now.getTime() + HOUR)) await scheduler.tick();
    expect(calls).toEqual([]);
    expect((await store.sends(c.id)).every((r) => r.state === 'queued')).toBe(true);
    await store.saveCampaign({ ...c, status: 'stopped' });
    await scheduler.tick();
    expect(calls).toEqual([]);
    expect((await store.sends(c.id)).map((r) => r.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });
});
