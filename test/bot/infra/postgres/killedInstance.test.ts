import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_BORROWERS } from '../../../../models/loanBook/syntheticLoanBook';
import { textOf } from '../../../support/intakeConversation';
import { messagesBorrower } from '../../../support/messagesBorrower';
import { testSchema } from '../../../support/postgresSchema';
import { startServerProcess, type ServerProcess } from '../../../support/serverProcess';
import { tempDir } from '../../../support/tempDir';

const MEDIUM = DEMO_BORROWERS.find((b) => b.expectedBand === 'medium')!;
const schema = await testSchema();
const running: ServerProcess[] = [];
afterAll(async () => {
  for (const server of running) server.child.kill('SIGKILL');
  await schema.drop();
});

function instance(): ServerProcess {
  const server = startServerProcess({ STORE: 'postgres', DATABASE_URL: schema.url, DATA_DIR: tempDir(), DEMO_LOANS: '60' });
  running.push(server);
  return server;
}

describe.skipIf(schema.unreachable !== null)('an instance killed with SIGKILL mid-intake', () => {
  it("the borrower's next message, sent to the other instance, carries on the same intake with nothing lost", async () => {
    const a = instance();
    const b = instance();
    const [urlA, urlB] = await Promise.all([a.listening, b.listening]);
    const say = messagesBorrower(urlA, 'pg-killed-1', 'borrower-killed');
    expect(textOf(await say('hello'))).toMatch(/Would you like to continue/);
    expect(textOf(await say('yes'))).toMatch(/loan reference/);
    expect(textOf(await say(MEDIUM.loanId))).toMatch(/date of birth|last four/i);
    expect(textOf(await say(MEDIUM.phoneLast4))).toMatch(/verified/);
    expect(textOf(await say('my salary was cut in half last month'))).toMatch(/Is that right/);
    expect(textOf(await say('yes'))).toMatch(/get better/);
    // Acknowledged means committed: A dies the moment it has answered, with no chance to flush anything.
    a.child.kill('SIGKILL');
    expect(await a.exited).toBeNull();

    // B has never seen this conversation: everything it knows comes from the database.
    expect(textOf(await say("I don't know", urlB))).toMatch(/take-home income/);
    expect(textOf(await say('30000 a month', urlB))).toMatch(/rent or mortgage/);
  }, 120_000);
});
