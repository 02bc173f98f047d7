import { localTime } from '../../../models/shared/localTime';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export interface AvailabilitySettings {
  /** "09:00-19:00", wall-clock time in `timeZone`. */
  hours: string;
  /** IANA zone the agents work in (the deployment's, "Asia/Kolkata"). */
  timeZone: string;
  /** "Mon-Sat". */
  days: string;
  /** Conversations one agent handles at once. */
  capacity: number;
  avgHandleMinutes: number;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** Business hours and queue arithmetic: is anyone there, how long is the wait, when could we call back. */
export class AgentAvailability {
  private readonly open: number;
  private readonly close: number;
  private readonly workdays: Set<number>;

  constructor(private readonly settings: AvailabilitySettings) {
    const [from, to] = settings.hours.split('-');
    this.open = minutesOf(from);
    this.close = minutesOf(to);
    const [first, last] = settings.days.split('-').map((d) => DAYS.indexOf(d));
    this.workdays = new Set();
    for (let d = first; ; d = (d + 1) % 7) {
      this.workdays.add(d);
      if (d === last) break;
    }
  }

  isOpen(at: Date): boolean {
    const local = localTime(at, this.settings.timeZone);
    const minute = local.hour * 60 + local.minute;
    return this.workdays.has(local.weekday) && minute >= this.open && minute < this.close;
  }

  /** Someone can take a new conversation now: within hours, signed in, and not all at capacity. */
  canTakeNow(at: Date, agentsOnline: number, casesWaiting: number): boolean {
    return this.isOpen(at) && agentsOnline > 0 && casesWaiting < agentsOnline * this.settings.capacity;
  }

  estimatedWaitMinutes(position: number, agentsOnline: number): number {
    return Math.max(1, Math.ceil((position / Math.max(1, agentsOnline)) * this.settings.avgHandleMinutes));
  }

  /** The next `count` half-hour slots inside business hours, at least an hour from now. */
  callbackSlots(from: Date, count = 3): string[] {
    const slots: string[] = [];
    const t = new Date(from.getTime() + 60 * 60_000);
    t.setUTCSeconds(0, 0);
    t.setUTCMinutes(t.getUTCMinutes() < 30 ? 30 : 60);
    for (let guard = 0; slots.length < count && guard < 14 * 48; guard++) {
      if (this.isOpen(t)) slots.push(t.toISOString());
      t.setUTCMinutes(t.getUTCMinutes() + 30);
    }
    return slots;
  }
}
