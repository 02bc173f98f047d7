import type { LoanLookup } from '../../../models/ports/loans';
import type { CaseRecord } from '../../casework/cases/caseRecord';
import { maskPhone } from '../../channels/whatsApp/phonePseudonym';
import { WHATSAPP_CHANNEL_ID } from '../../channels/whatsApp/inboundActivity';

/** A number a person can call the borrower on, and where it came from; `masked` is what the console shows until someone reveals it. */
export interface BorrowerPhone {
  number: string;
  masked: string;
  source: 'whatsapp' | 'loan_book';
}

export interface BorrowerPhonesDeps {
  loans: Pick<LoanLookup, 'get'>;
  whatsAppNumber?: (conversationId: string) => Promise<string | undefined>;
}

/**
 * The borrower's phone number for a case, so a crisis can be followed up by a
 * call: the WhatsApp number they are writing from, else the loan book's number
 * once they have been verified (never for an unverified chat).
 */
export class BorrowerPhones {
  constructor(private readonly deps: BorrowerPhonesDeps) {}

  async of(record: CaseRecord): Promise<BorrowerPhone | undefined> {
    const conversationId = record.conversation.conversation?.id;
    const whatsApp = record.channelId === WHATSAPP_CHANNEL_ID && conversationId ? await this.deps.whatsAppNumber?.(conversationId) : undefined;
    if (whatsApp) return phone(`+${whatsApp.replace(/\D/g, '')}`, 'whatsapp');
    const onFile = record.loanId ? this.deps.loans.get(record.loanId)?.Phone : undefined;
    return onFile ? phone(onFile, 'loan_book') : undefined;
  }
}

function phone(number: string, source: BorrowerPhone['source']): BorrowerPhone {
  return { number, masked: maskPhone(number), source };
}
